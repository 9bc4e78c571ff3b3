"""Round 20, branch r20-action: a sanction's regulator is one that can impose it on a force
(`sole_issuer_of`), not a conduct body named nearer; a sanction verb whose object is another
body is that body's, not the force's action; a regulator is carried past a relative clause
set off by commas to its verb. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract

ICO = "Information Commissioner's Office"
IOPC = "Independent Office for Police Conduct"

_LOSS = "Laptop taken from car\nA Kent Police laptop was stolen from a parked car in 2022. "
_FILES = (
    "Kent Police reprimanded over data breach\n"
    "Kent Police lost files holding the details of 300 victims of crime in 2022. "
)


def pair(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    inc = next(i for i in ex.incidents if i.mention == "primary")
    return inc.action, inc.regulator


# --- a sanction's regulator can impose it


@pytest.mark.parametrize(
    "told",
    [
        "After an IOPC inquiry into the loss, the force was handed a reprimand. The ICO said "
        "the force had not kept the device encrypted.",
        "The force received a reprimand once the IOPC had finished its investigation. The "
        "Information Commissioner's Office said lessons had been learned.",
    ],
)
def test_a_sanctions_regulator_is_one_that_imposes_it(nlp, told) -> None:  # type: ignore[no-untyped-def]
    assert pair(nlp, _LOSS + told) == ("reprimand", ICO)


def test_an_issuer_named_with_the_sanction_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _LOSS + "The IOPC looked into the officer's conduct and the ICO reprimanded the force."
    assert pair(nlp, text) == ("reprimand", ICO)


# --- a sanction on another body


@pytest.mark.parametrize(
    "told",
    [
        "The ICO fined the Kent Police and Crime Commissioner £8,000 and reprimanded the force.",
        "The regulator reprimanded the force and fined the Kent Police and Crime Commissioner "
        "£8,000. The ICO said both had failed victims.",
        "The Information Commissioner fined the Kent Police and Crime Commissioner and "
        "reprimanded the force over the files.",
    ],
)
def test_a_sanction_on_another_body_is_not_the_forces(nlp, told) -> None:  # type: ignore[no-untyped-def]
    assert pair(nlp, _FILES + told)[0] == "reprimand"


def test_a_sanction_on_the_force_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    assert pair(nlp, _FILES + "The ICO fined the force £8,000 over the loss.")[0] == (
        "monetary_penalty"
    )
    assert pair(nlp, _FILES + "The ICO fined Kent Police £8,000.")[0] == "monetary_penalty"


# --- a regulator carried past a relative clause set off by commas


@pytest.mark.parametrize(
    ("told", "regulator"),
    [
        ("The ICO, which enforces data protection law, said it was looking into it.", ICO),
        (
            "The Information Commissioner's Office, which has wide powers, has opened an "
            "investigation.",
            ICO,
        ),
        ("The IOPC, who were called in last week, are investigating.", IOPC),
    ],
)
def test_a_regulator_acts_past_its_relative_clause(nlp, told, regulator) -> None:  # type: ignore[no-untyped-def]
    assert pair(nlp, _LOSS + told) == ("investigation", regulator)


@pytest.mark.parametrize(
    "told",
    [
        "The ICO, which was told on Friday, said the force was investigating.",
        "The ICO, which was told on Friday, said officers were looking into it.",
    ],
)
def test_another_subject_past_the_relative_clause_runs_the_inquiry(nlp, told) -> None:  # type: ignore[no-untyped-def]
    assert pair(nlp, _LOSS + told)[0] != "investigation"


@pytest.mark.parametrize(
    "told",
    [
        "The ICO handed a penalty to the Kent Police and Crime Commissioner and reprimanded "
        "the force.",
        "The ICO served the Kent Police and Crime Commissioner with a fine and gave the force "
        "a reprimand.",
    ],
)
def test_a_sanction_nouns_recipient_is_its_patient(nlp, told) -> None:  # type: ignore[no-untyped-def]
    assert pair(nlp, _FILES + told)[0] == "reprimand"
    # negative: the force is the recipient
    assert pair(nlp, _FILES + "The ICO handed a penalty to the force.")[0] == "monetary_penalty"


def test_a_passive_sanctions_subject_is_its_patient(nlp) -> None:  # type: ignore[no-untyped-def]
    told = (
        "The Kent Police and Crime Commissioner was fined by the ICO, and the force was "
        "reprimanded."
    )
    assert pair(nlp, _FILES + told)[0] == "reprimand"
    assert pair(nlp, _LOSS + "The force was fined by the ICO.")[0] == ("monetary_penalty")
