"""Round 14 mechanisms (audit22's tuning half), each proved by paraphrases written for it,
positive and negative: a regulator a force told is no actor of the force's next verb, and an
inquiry handed to a force to run is the force's, not the regulator's that handed it over."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract


def primary(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return next(i for i in ex.incidents if i.mention == "primary")


# --- the regulator a force told is the recipient, not the one looking into it


def test_a_told_regulator_does_not_run_the_tellers_review(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Durham Constabulary lost a folder of witness statements in 2022. "
        "\"We have informed the Information Commissioner's Office and are looking into how "
        'this happened," a spokesman for the force said.'
    )
    inc = primary(nlp, text)
    assert inc.action == "referral"
    assert inc.regulator == "Information Commissioner's Office"
    # negative: the regulator as the subject still runs its own inquiry
    text = (
        "Durham Constabulary lost a folder of witness statements in 2022. "
        "The Information Commissioner's Office has been told and is looking into how this "
        "happened."
    )
    assert primary(nlp, text).action == "investigation"


# --- an inquiry handed to a force to run is the force's


def test_an_inquiry_handed_back_to_the_force_is_no_regulators(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In 2023 a Cumbria Police sergeant searched the intelligence system for his "
        "neighbour. Cumbria Police referred the case to the Independent Office for Police "
        "Conduct. The IOPC assessed the referral and sent it back to the force to "
        "investigate itself."
    )
    inc = primary(nlp, text)
    assert inc.action == "referral"
    assert inc.regulator == "Independent Office for Police Conduct"
    # negative: the regulator that keeps the case investigates it
    text = (
        "In 2023 a Cumbria Police sergeant searched the intelligence system for his "
        "neighbour. Cumbria Police referred the case to the Independent Office for Police "
        "Conduct. The IOPC assessed the referral and decided to investigate it itself."
    )
    assert primary(nlp, text).action == "investigation"


# --- a regulator's quoted "we" is the regulator


def test_a_regulators_quoted_we_makes_its_inquiry(nlp) -> None:  # type: ignore[no-untyped-def]
    lede = "In 2024 a Norfolk Police officer shared crime scene photos in a group chat. "
    for quote in (
        "The Information Commissioner's Office said: \"We have been told about this and are "
        'making enquiries."',
        '"We have been told about this and are making enquiries," the Information '
        "Commissioner's Office said.",
    ):
        inc = primary(nlp, lede + quote)
        assert inc.action == "investigation"
        assert inc.regulator == "Information Commissioner's Office"
    # negative: a force's quoted "we" is the force's own inquiry
    text = lede + '"We have been told about this and are making enquiries," a force spokesman said.'
    assert primary(nlp, text).action is None


# --- published by the press: a leak, not a publication in error


def test_footage_published_by_the_press_is_a_leak(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police officer footage leak. In 2024 footage of an arrest filmed by a Kent "
        "Police officer was published on a tabloid's website without authorisation, the "
        "force said. The ICO is investigating."
    )
    assert primary(nlp, text).breach_type == "inappropriate_disclosure"
    # negative: a force putting data on its own website by mistake published it in error
    text = (
        "Kent Police data breach. In 2024 Kent Police published the names of crime victims "
        "on its website in error. The ICO is investigating."
    )
    assert primary(nlp, text).breach_type == "published_in_error"
