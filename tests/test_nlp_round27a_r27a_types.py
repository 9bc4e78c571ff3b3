"""Round 27, breach type: a recipient told by a clause about them ("the man accused of attacking
her"), and one wrong person copied in on an email (a misdirection, not a bcc failure).
Paraphrases written for these tests, not taken from any article."""

from __future__ import annotations

import pytest
from type_probe import first_incident_type


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Sussex Police was reprimanded after a letter containing a woman's new address was "
            "posted to the man accused of attacking her.",
            "posted_to_incorrect_recipient",
        ),
        (
            "Sussex Police was reprimanded after the letter was sent to the man who had been "
            "convicted of stalking her.",
            "posted_to_incorrect_recipient",
        ),
        (
            "Sussex Police was reprimanded after an email giving the boy's school was sent to the "
            "woman charged with abusing him.",
            "emailed_to_incorrect_recipient",
        ),
    ],
)
def test_recipient_cast_by_a_clause(nlp, text: str, code: str) -> None:
    assert first_incident_type(nlp, text) == code


@pytest.mark.parametrize(
    "text",
    [
        "Sussex Police said a letter was sent to the woman who was accused of shoplifting in "
        "the town.",
        "Sussex Police said officers were sent to the man accused of attacking her.",
    ],
)
def test_no_cast_recipient(nlp, text: str) -> None:
    assert first_incident_type(nlp, text) is None


def test_one_wrong_person_copied_in_is_a_misdirection(nlp) -> None:
    text = (
        "Kent Police was reprimanded after a staff member accidentally copied in the wrong person "
        "on an email containing a victim's medical details."
    )
    assert first_incident_type(nlp, text) == "emailed_to_incorrect_recipient"


def test_recipients_copied_in_stay_bcc(nlp) -> None:
    text = (
        "Kent Police was reprimanded after staff copied in all 200 recipients of an email rather "
        "than using bcc."
    )
    assert first_incident_type(nlp, text) == "failure_to_use_bcc"


@pytest.mark.parametrize(
    "text",
    [
        "Essex Police held on to the DNA profiles of thousands of people for longer than it "
        "should have, the ICO said.",
        "Lancashire Police kept data on thousands of people for years longer than it was allowed "
        "to.",
    ],
)
def test_kept_longer_than_allowed_is_other(nlp, text: str) -> None:
    assert first_incident_type(nlp, text) == "other"


def test_person_held_longer_is_no_retention(nlp) -> None:
    text = (
        "Lancashire Police was reprimanded after a suspect was held in custody for longer than "
        "he should have been."
    )
    assert first_incident_type(nlp, text) != "other"


def test_shown_to_mates_is_a_disclosure(nlp) -> None:
    text = "A Lancashire Police PC showed bodycam footage of a crash victim to his mates in a pub."
    assert first_incident_type(nlp, text) == "inappropriate_disclosure"


def test_possessive_names_an_owner_not_a_recipient(nlp) -> None:
    text = (
        "Kent Police was reprimanded after it posted a photo on Twitter which showed a whiteboard "
        "with suspects' names."
    )
    assert first_incident_type(nlp, text) != "inappropriate_disclosure"


def test_shared_with_the_suspect_stays_a_disclosure(nlp) -> None:
    text = (
        "Kent Police was reprimanded after an officer shared the suspect's photo with his friend."
    )
    assert first_incident_type(nlp, text) == "inappropriate_disclosure"


def test_calls_recorded_without_telling_is_other(nlp) -> None:
    text = (
        "Kent Police was reprimanded after it recorded phone calls of members of the public "
        "without telling them."
    )
    assert first_incident_type(nlp, text) == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Kent Police was reprimanded after an officer's work phone was stolen from his car.",
        "Kent Police was reprimanded after an officer lost his work phone on a night out.",
    ],
)
def test_phone_lost_or_stolen_is_a_device(nlp, text: str) -> None:
    assert first_incident_type(nlp, text) == "loss_or_theft_of_device"


def test_phoned_about_a_theft_is_no_device(nlp) -> None:
    text = "Kent Police was reprimanded after officers phoned the woman whose car was stolen."
    assert first_incident_type(nlp, text) != "loss_or_theft_of_device"


def test_member_of_public_added_to_an_email_is_a_misdirection(nlp) -> None:
    text = (
        "Kent Police was reprimanded after a staff member mistakenly added a member of the public "
        "to an email chain about an investigation."
    )
    assert first_incident_type(nlp, text) == "emailed_to_incorrect_recipient"
