"""Regulator actions: each action from its wording; threats and internal probes are not actions."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def action(nlp, text: str) -> str | None:
    ex = extract(Document(text=text), nlp)
    return ex.incidents[0].action if ex.incidents else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ICO fined Avon and Somerset Police £50,000 after a data breach.", "monetary_penalty"),
        (
            "Avon and Somerset Police has been reprimanded by the ICO over a data breach.",
            "reprimand",
        ),
        (
            "The ICO issued an enforcement notice to Avon and Somerset Police over its data "
            "protection failings.",
            "enforcement_notice",
        ),
        (
            "The Chief Constable of Avon and Somerset Police signed an undertaking with the ICO "
            "after personal data was lost.",
            "undertaking",
        ),
        (
            "Avon and Somerset Police referred the matter to the ICO after personal data leaked.",
            "referral",
        ),
        (
            "The ICO is investigating Avon and Somerset Police after personal data leaked.",
            "investigation",
        ),
    ],
)
def test_each_action(nlp, text, expected):
    assert action(nlp, text) == expected


def test_could_face_a_fine_is_not_a_fine(nlp):
    text = "Avon and Somerset Police could face a fine after personal data was lost."
    assert action(nlp, text) is None


def test_internal_investigation_is_not_a_regulator_action(nlp):
    text = (
        "Avon and Somerset Police launched an internal investigation after personal data "
        "leaked, and referred the matter to the ICO."
    )
    assert action(nlp, text) == "referral"


def test_fine_and_undertaking_is_a_monetary_penalty(nlp):
    text = (
        "The ICO fined Avon and Somerset Police £70,000 after personal data was lost, and the "
        "force has agreed to an undertaking."
    )
    assert action(nlp, text) == "monetary_penalty"


def test_reprimand_outranks_investigation(nlp):
    text = (
        "The ICO investigated and has reprimanded Avon and Somerset Police after personal "
        "data was deleted."
    )
    assert action(nlp, text) == "reprimand"


def test_a_regulators_prosecution_of_an_officer_is_its_investigation(nlp):
    assert (
        action(
            nlp,
            "A Dorset Police officer looked up the records of his neighbours. Prosecuting for "
            "the Information Commissioner's Office, a barrister said the searches had no reason.",
        )
        == "investigation"
    )
    # Prosecuting for the Crown, with the ICO only told of it: no ICO investigation.
    assert (
        action(
            nlp,
            "A Dorset Police officer looked up the records of his neighbours and was prosecuted "
            "by the Crown Prosecution Service. The force had referred the breach to the ICO.",
        )
        == "referral"
    )


def test_a_body_the_force_works_with_does_not_take_the_sentence_away(nlp):
    text = (
        "Dorset Police officers' home addresses were stolen in a ransomware attack.\n"
        "A spokesperson said: \"We have notified the Information Commissioner's Office and "
        'are working with the National Crime Agency."'
    )
    inc = extract(Document(text=text), nlp).incidents[0]
    assert (inc.regulator, inc.action) == ("Information Commissioner's Office", "referral")
    # A body that acts in the sentence keeps it: its action is not the force's.
    acting = (
        "Dorset Police officers' home addresses were stolen in a ransomware attack.\n"
        "The vetting company said it had notified the Information Commissioner's Office."
    )
    assert all(i.regulator is None for i in extract(Document(text=acting), nlp).incidents)


def test_a_case_brought_by_the_regulator_is_its_investigation(nlp):
    text = (
        "A Dorset Police call handler admitted looking up the records of her neighbours. "
        "The case was brought by the Information Commissioner's Office."
    )
    assert action(nlp, text) == "investigation"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dorset Police emailed victims' details to the wrong person. The ICO said it was "
         "aware and was making enquiries.", "investigation"),
        ("Dorset Police emailed victims' details to the wrong person. The force has made a "
         "mandatory referral to the IOPC.", "referral"),
        ("Police Scotland emailed a victim's statement to the wrong person. PIRC is reviewing "
         "how the force handled her complaint.", "investigation"),
        # The force's own review is no regulator's.
        ("Dorset Police is reviewing its procedures after it emailed victims' details to the "
         "wrong person.", None),
    ],
)  # fmt: skip
def test_inquiries_and_referrals_in_other_words(nlp, text, expected):
    assert action(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a regulator's findings come of its inquiry
        (
            "An officer of Durham Constabulary passed a witness's address to a suspect, the "
            "Independent Office for Police Conduct has found.",
            "investigation",
        ),
        (
            "The IOPC upheld a complaint that a Durham Constabulary officer had shared a "
            "victim's details with her ex-partner.",
            "investigation",
        ),
        # someone else finding something is no inquiry of a regulator
        (
            "A member of the public found a Durham Constabulary folder of witness statements on "
            "a bus and handed it to the ICO.",
            None,
        ),
        (
            "Durham Constabulary informed the ICO after a passer-by found a folder of its "
            "witness statements on a bus.",
            "referral",
        ),
        (
            "The ICO said a passer-by found a folder of Durham Constabulary witness statements "
            "on a bus.",
            None,
        ),
        # a force's own people finding misuse: no regulator acted
        (
            "Durham Constabulary said an officer looked up records without a policing purpose. "
            '"When we find misuse of our systems we act on it," a spokesman said.',
            None,
        ),
    ],
)
def test_a_regulators_findings_are_its_investigation(nlp, text: str, expected: str | None):
    assert action(nlp, text) == expected


@pytest.mark.parametrize(
    "declined",
    ["decided against a fine", "opted against a fine", "chose not to fine the force",
     "stopped short of a fine"],
)  # fmt: skip
def test_a_fine_decided_against_is_no_fine(nlp, declined: str) -> None:
    text = (
        "Avon and Somerset Police posted a victim's statement to the wrong address. The ICO "
        f"{declined} and issued a reprimand instead."
    )
    ex = extract(Document(text=text), nlp)
    [fact] = ex.incidents
    assert (fact.action, fact.fine_amount) == ("reprimand", None)


def test_a_regulator_writing_to_the_force_is_involved(nlp) -> None:
    # asking the force for its account is the regulator's enquiry (round 61,
    # `regulator_asks_account`): an investigation, no longer involvement alone
    text = (
        "Avon and Somerset Police emailed a list of witnesses to the wrong person. The ICO has "
        "written to the force asking for an explanation."
    )
    [fact] = extract(Document(text=text), nlp).incidents
    assert (fact.regulator, fact.action) == ("Information Commissioner's Office", "investigation")
    text = (
        "Avon and Somerset Police emailed a list of witnesses to the wrong person. The force "
        "has written to everyone affected to apologise."
    )
    [fact] = extract(Document(text=text), nlp).incidents
    assert fact.regulator is None
