"""Round 19, branch r19-action: a regulator's work in general (reports counted in bulk or
told by how often they come) makes it no incident's regulator; a regulator told of the
breach in its own words, as a quoted 'us'/'we' or a reported 'it', is its referral (a
reported 'it was aware' is a state, no telling); a telling denied only 'until' a time is
a late telling, done; a reprimand on an officer beside a conduct body that reprimands no
force is discipline; a regulator that tells someone else is not told. Every sentence here
was written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract

ICO = "Information Commissioner's Office"
IOPC = "Independent Office for Police Conduct"

_LOSS = "Laptop taken from car\nA Kent Police laptop was stolen from a parked car in 2022. "
_LOOKUP = (
    "Officer searched records\nA Surrey Police officer looked up his former partner's "
    "address on police systems in 2021. "
)


def primary(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return next(i for i in ex.incidents if i.mention == "primary")


def pair(nlp, text: str):  # type: ignore[no-untyped-def]
    inc = primary(nlp, text)
    return inc.action, inc.regulator


# --- a regulator's work in general


@pytest.mark.parametrize(
    "told",
    [
        "The ICO said it gets thousands of breach reports every year.",
        "The Information Commissioner's Office says it receives hundreds of reports from "
        "police forces each month.",
        "The ICO said it had logged 2,400 breach reports from public bodies last year.",
    ],
)
def test_a_regulators_work_in_general_is_not_this_breach(nlp, told) -> None:  # type: ignore[no-untyped-def]
    assert pair(nlp, _LOSS + told) == (None, None)
    # negative: one report, of this breach
    assert pair(nlp, _LOSS + "The ICO said it had received a report from the force.") == (
        "referral",
        ICO,
    )


# --- told in its own words: a quoted "us" or "we", a reported "it"


@pytest.mark.parametrize(
    "told",
    [
        'A spokeswoman for the ICO said: "The force has made us aware of the theft."',
        '"Kent Police told us about the loss last week," the ICO said.',
        'The ICO said: "We have been notified of the theft of a laptop."',
        "The ICO said the constabulary had made it aware of the theft.",
        "The data watchdog confirmed the force had notified it of the loss.",
    ],
)
def test_a_regulator_told_in_its_own_words_is_a_referral(nlp, told) -> None:  # type: ignore[no-untyped-def]
    assert pair(nlp, _LOSS + told) == ("referral", ICO)
    # negatives: a duty in general, a telling denied, a state with no telling
    for other in (
        'The ICO said: "Organisations must tell us about serious breaches within 72 hours."',
        'The ICO said: "Kent Police has not informed us of any incident."',
        "The ICO said it was aware of the theft.",
    ):
        assert primary(nlp, _LOSS + other).action is None


def test_a_quoted_referral_names_the_speaking_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _LOOKUP + 'An IOPC spokesman said: "The force referred the case to us on Monday."'
    assert pair(nlp, text) == ("referral", IOPC)


# --- told late, not never


@pytest.mark.parametrize(
    "told",
    [
        "The force did not report the theft to the ICO until April.",
        "The constabulary did not pass details of the loss to the Information Commissioner's "
        "Office until a reporter asked about it.",
    ],
)
def test_a_telling_denied_until_a_time_is_late_but_done(nlp, told) -> None:  # type: ignore[no-untyped-def]
    assert pair(nlp, _LOSS + told) == ("referral", ICO)
    # negative: denied outright
    inc = primary(nlp, _LOSS + "The force did not report the theft to the ICO.")
    assert inc.action is None


# --- an officer's reprimand beside a conduct body


@pytest.mark.parametrize(
    "told",
    [
        "The IOPC directed the inquiry and the officer was given a reprimand at a misconduct "
        "hearing.",
        "The constable received a written reprimand after an IOPC investigation.",
    ],
)
def test_an_officers_reprimand_beside_the_iopc_is_discipline(nlp, told) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, _LOOKUP + told).action != "reprimand"
    # negative: the force reprimanded by the body that reprimands forces
    text = _LOOKUP + "The IOPC looked into it and the force was given a reprimand by the ICO."
    assert pair(nlp, text) == ("reprimand", ICO)


# --- a regulator that tells is not told


@pytest.mark.parametrize(
    "told",
    [
        "The ICO said it would notify the force of its decision.",
        "The watchdog informed the constabulary that it had closed the file. The ICO said so.",
    ],
)
def test_a_regulator_telling_others_is_no_referral(nlp, told) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, _LOSS + told).action is None
    # negative: the force tells the regulator
    assert pair(nlp, _LOSS + "Kent Police said it had notified the ICO.") == ("referral", ICO)
