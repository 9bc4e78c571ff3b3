"""Round 17, branch r17-action: a deliberation told as done before the act it led to
("after considering the representations, the ICO fined ...") proposes nothing; a context
alias several regulators share ("the watchdog") stands for the regulator the story has just
named, not always the ICO; a regulator told of the breach, in the passive, does not close
the matter when the closing words open a clause of their own ("the ICO was informed and no
further action will be taken against the officer"). Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract

ICO = "Information Commissioner's Office"
IOPC = "Independent Office for Police Conduct"
PONI = "Police Ombudsman for Northern Ireland"
PIRC = "Police Investigations and Review Commissioner"


def primary(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return next(i for i in ex.incidents if i.mention == "primary")


# --- a deliberation done: "after considering", "having considered"

_LOSS = (
    "Penalty for lost papers\nEssex Police left a bag of witness statements on a train in 2019. "
)


@pytest.mark.parametrize(
    "told",
    [
        "After considering the representations made by the force, the Information "
        "Commissioner's Office fined it £80,000.",
        "Having considered the force's response, the ICO imposed a penalty of £80,000.",
        "Upon considering the evidence, the ICO fined the force £80,000.",
    ],
)
def test_a_deliberation_done_proposes_nothing(nlp, told) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _LOSS + told)
    assert (inc.fine_amount, inc.action, inc.regulator) == (80000, "monetary_penalty", ICO)
    # negative: a deliberation under way is still a proposal
    for proposal in (
        "The ICO is considering a fine of £80,000.",
        "The ICO said it would consider fining the force £80,000.",
    ):
        inc = primary(nlp, _LOSS + proposal)
        assert inc.fine_amount is None
        assert inc.action != "monetary_penalty"


# --- "the watchdog" is the regulator just named


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Officer searched records\nA Merseyside Police officer looked up her neighbours on "
            "force systems in 2021. The case was referred to the Independent Office for Police "
            "Conduct. The watchdog said it had launched an investigation.",
            IOPC,
        ),
        (
            "Officer searched records\nA PSNI constable looked up his neighbours on police "
            "systems in 2021. The matter was passed to the Police Ombudsman. The watchdog has "
            "opened an investigation into the constable's conduct.",
            PONI,
        ),
        (
            "Officer searched records\nA Police Scotland officer looked up her neighbours in "
            "2021. The matter was referred to the Police Investigations and Review "
            "Commissioner. The Commissioner is investigating.",
            PIRC,
        ),
    ],
)
def test_the_watchdog_is_the_police_body_just_named(nlp, text, body) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, text)
    assert (inc.regulator, inc.action) == (body, "investigation")


def test_the_watchdog_follows_the_nearest_body_named_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officer searched records\nA Merseyside Police officer looked up her neighbours on "
        "force systems in 2021. The force reported the breach to the Information "
        "Commissioner's Office. The case was also referred to the Independent Office for "
        "Police Conduct. The watchdog said it had launched an investigation."
    )
    inc = primary(nlp, text)
    assert (inc.regulator, inc.action) == (IOPC, "investigation")
    # negative: the ICO named last, "the watchdog" is the ICO
    text = (
        "Files lost\nKent Police lost a folder of witness statements in 2021. The force told "
        "the Independent Office for Police Conduct about the officer involved and reported "
        "the loss to the Information Commissioner's Office. The watchdog has reprimanded "
        "the force."
    )
    inc = primary(nlp, text)
    assert (inc.regulator, inc.action) == (ICO, "reprimand")


# --- told in the passive, then another's closing


@pytest.mark.parametrize(
    "told",
    [
        "The force said the ICO had been informed and no further action would be taken "
        "against the constable.",
        "A spokesman said the Information Commissioner's Office had been notified and no "
        "formal action would be taken against the sergeant involved.",
    ],
)
def test_a_regulator_told_does_not_close_what_another_closes(nlp, told) -> None:  # type: ignore[no-untyped-def]
    text = "Files lost\nKent Police lost a folder of witness statements in 2021. " + told
    inc = primary(nlp, text)
    assert (inc.regulator, inc.action) == (ICO, "referral")
    # negative: a regulator told that goes on to close the matter itself closes it
    text = (
        "Files lost\nKent Police lost a folder of witness statements in 2021. The Information "
        "Commissioner's Office was told and took no further action."
    )
    inc = primary(nlp, text)
    assert (inc.regulator, inc.action) == (ICO, None)


# --- an inquiry word, then "and" and a regulator: the regulator does not run that inquiry

_DISCLOSED = (
    "Address passed on\nA Norfolk Constabulary officer disclosed a victim's new address to "
    "her former partner in 2022. "
)


@pytest.mark.parametrize(
    "told",
    [
        "The force's professional standards department investigated and the Information "
        "Commissioner's Office was informed.",
        "The constabulary is investigating and has notified the ICO.",
    ],
)
def test_an_inquiry_then_a_regulator_told_is_a_referral(nlp, told) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _DISCLOSED + told)
    assert (inc.regulator, inc.action) == (ICO, "referral")
    # negative: an inquiry by the regulator named right after it is the regulator's
    inc = primary(nlp, _DISCLOSED + "The breach is now under investigation by the ICO.")
    assert (inc.regulator, inc.action) == (ICO, "investigation")


# --- "its investigation": the regulator the pronoun stands for


@pytest.mark.parametrize(
    "told",
    [
        "The ICO decided not to take formal action after its investigation.",
        "The data watchdog took no formal action after completing its investigation.",
        "The ICO issued no sanction after its inquiries.",
    ],
)
def test_its_investigation_is_the_regulators(nlp, told) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _DISCLOSED + told)
    assert (inc.regulator, inc.action) == (ICO, "investigation")
    # negative: "its" after a regulator that was told stands for the teller
    told = "The constabulary told the ICO about its investigation."
    inc = primary(nlp, _DISCLOSED + told)
    assert (inc.regulator, inc.action) == (ICO, "referral")
