"""Round 59 (action59): blind probes of regulator actions, fines and their scope.

- A fine the force escaped, with the regulator named as the fine's owner ('avoided an ICO
  fine', 'escaped the Information Commissioner's fine', 'was spared a data watchdog
  penalty'): the regulator's words between the escape cue and the sanction stand like an
  adjective, so the fine is not imposed and the action is what was done instead.

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
