"""Round 59 (action59): blind probes of regulator actions, fines and their scope.

- A fine the force escaped, with the regulator named as the fine's owner ('avoided an ICO
  fine', 'escaped the Information Commissioner's fine', 'was spared a data watchdog
  penalty'): the regulator's words between the escape cue and the sanction stand like an
  adjective, so the fine is not imposed and the action is what was done instead.
- A sum the force was made or forced to pay ('was made to pay £60,000 by the ICO', 'has been
  forced to pay £45,000 by the data watchdog') is a penalty in all but name, as 'ordered to
  pay' is; not when a person pays or the sum is compensation.

Paraphrases written for these tests, not taken from any page.
"""

from __future__ import annotations

import pytest

from extract import nlp
from extract.models import Document


def _actions(text: str) -> set[tuple[str | None, str | None]]:
    return {(i.force, i.action) for i in nlp.extract(Document(text=text)).incidents}


@pytest.mark.parametrize(
    ("text", "force", "action"),
    [
        (
            "Force escapes ICO penalty\n\nKent Police was given a reprimand by the Information "
            "Commissioner's Office after a laptop holding crime reports was stolen.",
            "Kent Police",
            "reprimand",
        ),
        (
            "Police report\n\nNottinghamshire Police avoided an ICO fine after witness "
            "statements were emailed to the wrong person, and was reprimanded instead.",
            "Nottinghamshire Police",
            "reprimand",
        ),
        (
            "Police report\n\nDurham Constabulary was spared an ICO fine over lost custody "
            "records but signed an undertaking to train its staff.",
            "Durham Constabulary",
            "undertaking",
        ),
        (
            "Police report\n\nGwent Police escaped the Information Commissioner's fine after "
            "victims' names were leaked, receiving a reprimand.",
            "Gwent Police",
            "reprimand",
        ),
        (
            "Force dodges ICO penalty\n\nSurrey Police was issued with an enforcement "
            "notice by the ICO after its custody records were left unsecured.",
            "Surrey Police",
            "enforcement_notice",
        ),
    ],
)
def test_fine_escaped_with_regulator_named_is_not_imposed(
    text: str, force: str, action: str
) -> None:
    assert (force, action) in _actions(text)


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "ICO fines force\n\nThe ICO issued an £80,000 fine to Kent Police after a laptop "
            "was stolen; the force had avoided a reprimand in an earlier case.",
            "Kent Police",
        ),
        (
            "Police fined\n\nThe Information Commissioner's Office fined Essex Police £50,000 "
            "after it disclosed a victim's address to her former partner.",
            "Essex Police",
        ),
    ],
)
def test_fine_imposed_still_a_penalty(text: str, force: str) -> None:
    assert (force, "monetary_penalty") in _actions(text)


@pytest.mark.parametrize(
    ("text", "force", "fine"),
    [
        (
            "Police made to pay over leak\n\nKent Police was made to pay £60,000 by the ICO "
            "after the names of informants were emailed to a journalist.",
            "Kent Police",
            60000,
        ),
        (
            "Police report\n\nStaffordshire Police has been forced to pay £45,000 by the "
            "Information Commissioner's Office after a disc of witness interviews was lost.",
            "Staffordshire Police",
            45000,
        ),
        (
            "Police report\n\nHumberside Police has been made to pay £45,000 by the data "
            "watchdog after a disc of a rape victim's interview was lost.",
            "Humberside Police",
            45000,
        ),
    ],
)
def test_made_or_forced_to_pay_is_a_fine(text: str, force: str, fine: int) -> None:
    incidents = nlp.extract(Document(text=text)).incidents
    assert (force, "monetary_penalty", fine) in {
        (i.force, i.action, i.fine_amount) for i in incidents
    }


@pytest.mark.parametrize(
    "text",
    [
        "Police report\n\nKent Police was made to pay £20,000 in compensation to a woman "
        "whose address was leaked to her former partner.",
        "Police report\n\nA Kent Police officer was made to pay £500 by magistrates after "
        "looking up his ex-partner on police systems.",
    ],
)
def test_made_to_pay_compensation_or_by_a_person_is_no_fine(text: str) -> None:
    incidents = nlp.extract(Document(text=text)).incidents
    assert all(i.fine_amount is None for i in incidents)
