"""Round 27c, breach type: an insider's checks on someone in their own life ("checked on a
neighbour", "ran checks on his former girlfriend"), on people they know, or on anyone looked
for on a police system ("checked her new partner on the PNC"), and a look "out of curiosity",
are unauthorised access; writing to the wrong person, or a letter ending up at someone's
home, is a misdirected letter; images kept of people "who had been cleared" are an unlawful
retention; details left in a court bundle given to the defendant were not redacted; a
filing cabinet or furniture sold on is an insecure disposal; details visible on a force's
social-media page were published. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from type_probe import best_type_of

# --- insider checks


@pytest.mark.parametrize(
    "text",
    [
        "A Merseyside Police officer used the Police National Computer to check on a "
        "neighbour, a misconduct hearing was told.",
        "A civilian worker carried out checks on people he knew, a hearing was told.",
        "A detective constable ran checks on his former girlfriend on the force's computer system.",
        "He checked his ex-wife's new partner on the PNC.",
        "A civilian employee searched for her own family members on police systems.",
        "A police worker who looked at information about a murder case out of curiosity was "
        "dismissed.",
    ],
)
def test_insider_checks_are_unauthorised_access(nlp, text: str) -> None:
    assert best_type_of(nlp, text) == "unauthorised_access"


@pytest.mark.parametrize(
    "text",
    [
        "Officers carried out checks on the car and found it was stolen.",
        "Police carried out checks on the vehicle before releasing it.",
        "He was arrested after a friend checked on him.",
        "Officers searched for the missing man on foot and with a police helicopter.",
    ],
)
def test_checks_on_things_are_no_access(nlp, text: str) -> None:
    assert best_type_of(nlp, text) is None


# --- letters to the wrong person


@pytest.mark.parametrize(
    "text",
    [
        "Surrey Police wrote to the wrong woman, telling her that her rape case had been dropped.",
        "The letter ended up at her attacker's home.",
        "A letter from the force containing her new address ended up at her abuser's home.",
    ],
)
def test_letters_to_the_wrong_person_are_misdirected(nlp, text: str) -> None:
    assert best_type_of(nlp, text) == "posted_to_incorrect_recipient"


@pytest.mark.parametrize(
    "text",
    [
        "The ICO wrote to the force asking for an explanation.",
        "The story ended up on the front page of the local paper.",
        "Officers arrived at her home to arrest him.",
    ],
)
def test_writing_and_arriving_are_no_misdirection(nlp, text: str) -> None:
    assert best_type_of(nlp, text) is None


# --- kept although cleared


@pytest.mark.parametrize(
    "text",
    [
        "The force held on to images of people who had been cleared, the watchdog found.",
        "Police kept the custody photographs of people who were later cleared.",
        "The force kept photographs of men who had been acquitted.",
    ],
)
def test_kept_of_people_cleared_is_retention(nlp, text: str) -> None:
    assert best_type_of(nlp, text) == "other"


@pytest.mark.parametrize(
    "text",
    [
        "The force held a hearing and cleared the officer.",
        "A misconduct panel held that the officer was cleared of wrongdoing.",
        "A sergeant who held the post for ten years was cleared of misconduct.",
    ],
)
def test_hearings_and_clearings_are_no_retention(nlp, text: str) -> None:
    assert best_type_of(nlp, text) is None


# --- court bundles, furniture sold, social-media pages


def test_detail_in_a_court_bundle_was_not_redacted(nlp) -> None:
    text = "Her address was included in a court bundle sent to the defendant."
    assert best_type_of(nlp, text) == "failure_to_redact"


def test_a_bundle_sent_by_prosecutors_is_no_breach(nlp) -> None:
    text = "The defendant was sent a bundle of evidence by the Crown Prosecution Service."
    assert best_type_of(nlp, text) is None


def test_a_cabinet_sold_with_files_is_insecure_disposal(nlp) -> None:
    text = "A filing cabinet was sold with files still in it."
    assert best_type_of(nlp, text) == "insecure_disposal"


def test_visible_on_a_facebook_page_is_published(nlp) -> None:
    text = "Details of informants were visible on the force's Facebook page for two days."
    assert best_type_of(nlp, text) == "published_in_error"


def test_an_appeal_shared_on_facebook_is_no_breach(nlp) -> None:
    text = "The appeal was shared on the force's Facebook page."
    assert best_type_of(nlp, text) is None


# --- a disclosure that is a misdirection's recipient


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "An email with a spreadsheet of 1,000 names was sent to a journalist by mistake.",
            "emailed_to_incorrect_recipient",
        ),
        (
            "Details of 50 victims were sent to a journalist in error.",
            "emailed_to_incorrect_recipient",
        ),
        (
            "A letter containing her address was sent to her violent ex-husband.",
            "posted_to_incorrect_recipient",
        ),
    ],
)
def test_sent_by_mistake_to_someone_is_a_misdirection(nlp, text: str, code: str) -> None:
    assert best_type_of(nlp, text) == code


@pytest.mark.parametrize(
    "text",
    [
        "An officer sent photos of the crime scene to his girlfriend.",
        "A PC emailed confidential documents to a journalist.",
    ],
)
def test_sent_on_purpose_stays_a_disclosure(nlp, text: str) -> None:
    assert best_type_of(nlp, text) == "inappropriate_disclosure"


# --- papers in a bin, a phone left behind


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Documents containing victims' details were thrown in a public bin.",
            "insecure_disposal",
        ),
        ("Officers put confidential papers into an ordinary waste bin.", "insecure_disposal"),
        ("A police phone was left in a taxi.", "loss_or_theft_of_device"),
        ("An officer's work phone was left on a train.", "loss_or_theft_of_device"),
    ],
)
def test_binned_papers_and_phones_left_behind(nlp, text: str, code: str) -> None:
    assert best_type_of(nlp, text) == code


@pytest.mark.parametrize(
    "text",
    [
        "A man threw a knife in a bin after the attack.",
        "The suspect put the phone in his pocket.",
        "She phoned police and left a message.",
    ],
)
def test_knives_in_bins_and_phone_calls_are_no_breach(nlp, text: str) -> None:
    assert best_type_of(nlp, text) is None
