"""Round 26c, breach type: words of a name are no pair objects ("Freedom of Information"), an
owner's name stands for a determiner before a recipient ("to Kent Police's network"), a phone
call recorded is no call told in, an attack aimed at a computer, an email system is no email,
and a spreadsheet emailed is no publication. Paraphrases written for these tests, not taken
from any article."""

from __future__ import annotations

import pytest
from type_probe import first_incident_type

LEAD = "Kent Police has been reprimanded by the Information Commissioner's Office over a breach. "


def breach_type(nlp, text: str) -> str | None:
    return first_incident_type(nlp, LEAD + text)


def headline_type(nlp, text: str) -> str | None:
    return first_incident_type(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Figures obtained through a Freedom of Information request show nine laptops were lost "
        "by Kent Police. The force was reprimanded by the ICO.",
        "Data obtained under the Freedom of Information Act shows two laptops went missing at "
        "Kent Police. The force was reprimanded by the ICO.",
    ],
)
def test_name_word_is_no_access_object(nlp, text: str) -> None:
    assert headline_type(nlp, text) == "loss_or_theft_of_device"


def test_system_name_stays_an_object(nlp) -> None:
    text = "A sergeant carried out checks on his neighbours on the Scottish Intelligence Database."
    assert breach_type(nlp, text) == "unauthorised_access"


def test_owner_name_before_a_network(nlp) -> None:
    text = "Criminals obtained access to Kent Police's network last spring."
    assert breach_type(nlp, text) == "cyber_attack"


def test_owner_name_before_a_person(nlp) -> None:
    text = "A constable passed Kent Police's intelligence report on to Essex Police's suspect."
    assert breach_type(nlp, text) == "inappropriate_disclosure"


def test_recorded_calls_are_processing(nlp) -> None:
    text = "The force had been recording phone calls without telling people who rang it."
    assert breach_type(nlp, text) == "other"


def test_told_on_the_phone_stays_verbal(nlp) -> None:
    text = "A call handler told the caller her sister's new address over the phone."
    assert breach_type(nlp, text) == "verbal_disclosure"


@pytest.mark.parametrize(
    "text",
    [
        "An attack on the force's email system exposed the addresses of hundreds of staff.",
        "An attack on its computer network left staff locked out of files.",
    ],
)
def test_attack_on_a_computer(nlp, text: str) -> None:
    assert breach_type(nlp, text) == "cyber_attack"


def test_attack_on_a_person_is_no_attack_on_a_computer(nlp) -> None:
    text = "An attack on a police officer was filmed and the footage was posted online."
    assert breach_type(nlp, text) != "cyber_attack"


def test_spreadsheet_emailed_is_no_publication(nlp) -> None:
    text = (
        "Spreadsheet of officers' sickness records sent to rail firm\n\nKent Police mistakenly "
        "emailed a spreadsheet to a rail company, the ICO said. The spreadsheet held details of "
        "900 staff."
    )
    assert headline_type(nlp, text) == "emailed_to_incorrect_recipient"


@pytest.mark.parametrize(
    "text",
    [
        "A staff member mistakenly copied a member of the public into an email about a missing "
        "child.",
        "A detective copied a member of the public into a reply listing witnesses' phone numbers.",
    ],
)
def test_wrong_recipient_copied_in(nlp, text: str) -> None:
    assert breach_type(nlp, text) == "emailed_to_incorrect_recipient"


def test_records_copied_are_no_recipient(nlp) -> None:
    text = "Staff copied the records of members of the public into a new database last year."
    assert breach_type(nlp, text) != "emailed_to_incorrect_recipient"
