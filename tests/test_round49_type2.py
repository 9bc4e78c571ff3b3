"""Round 49, close type pairs (extract/data/breach_types.toml, extract/rules/types.py):

- recipients shown to one another in an email ("revealed their names to one another",
  "shared the addresses with other residents") is a failure to use bcc -- not a group chat's
  sharing "with each other", which names no email;
- a sending told only as a mistake ("the email was sent in error") in a story with a strong
  bcc cue is the bulk email's sending -- not one sent in error to a named wrong person;
- "inaccurate" is a wrong record's strong cue only told of personal data -- not "inaccurate
  figures" given to a regulator, nor a claim called inaccurate;
- "a redacted version", "in redacted form" is a redaction done, no failure to redact.

Every sentence here was written for these tests; none is quoted from an article.
"""

from __future__ import annotations

import pytest

from tests.type_probe import best_type_of

SHOWN_TO_EACH_OTHER = [
    "Kent Police apologised after an email sent to 40 witnesses revealed their names and phone "
    "numbers to one another.",
    "A detective emailed an update to victims of the fraud but exposed their addresses to each "
    "other.",
    "Essex Police accidentally shared the email addresses of 300 residents with other residents "
    "in a newsletter email.",
    "An email from Durham Constabulary named the complainants to each other, the force admitted.",
    "North Wales Police emailed 25 parents, revealing their email addresses to other parents.",
]


@pytest.mark.parametrize("text", SHOWN_TO_EACH_OTHER)
def test_recipients_shown_to_one_another_in_an_email_is_bcc(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == "failure_to_use_bcc"


def test_sharing_with_each_other_without_an_email_is_no_bcc(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Officers in a WhatsApp group shared pictures of a crime scene with each other."
    assert best_type_of(nlp, text) != "failure_to_use_bcc"


BLIND_SENDING = [
    "Force apologises over email sent by mistake. An officer emailed 20 victims with an update "
    'on the case but revealed their names to one another. A spokesman said: "An email was sent '
    'in error today."',
    "An email was sent by mistake to residents on Monday. The force said the email was sent in "
    "error. The addresses were visible to each other.",
]


@pytest.mark.parametrize("text", BLIND_SENDING)
def test_a_sending_in_error_in_a_bcc_story_is_the_bulk_email(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == "failure_to_use_bcc"


WRONG_PERSON = [
    "An email containing a victim's statement was sent in error to the suspect's brother.",
    "Dorset Police said an email holding details of a rape victim was sent in error to a member "
    "of the public.",
    "The force mistakenly sent an email holding witness details to a journalist.",
]


@pytest.mark.parametrize("text", WRONG_PERSON)
def test_a_sending_to_a_named_wrong_person_stays_a_misdirection(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == "emailed_to_incorrect_recipient"


INACCURATE_DATA = [
    "The force held inaccurate personal information about the man on its systems for years.",
    "The ICO found that the intelligence held on the database was inaccurate and out of date.",
]


@pytest.mark.parametrize("text", INACCURATE_DATA)
def test_inaccurate_told_of_personal_data_is_a_wrong_record(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == "inaccurate_data"


NOT_INACCURATE_DATA = [
    "Thames Valley Police gave the watchdog inaccurate figures about its backlog of requests.",
    "The chief constable said the newspaper's claim was inaccurate.",
    "Officers relied on inaccurate press reports about the arrest.",
]


@pytest.mark.parametrize("text", NOT_INACCURATE_DATA)
def test_inaccurate_told_of_no_personal_data_is_no_wrong_record(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) != "inaccurate_data"


REDACTION_DONE = [
    "A redacted copy of the report was later handed to the family's solicitor.",
    "The force released the report in redacted form after the request.",
]


@pytest.mark.parametrize("text", REDACTION_DONE)
def test_a_redacted_copy_is_no_failure_to_redact(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) != "failure_to_redact"


REDACTION_FAILED = [
    "Cheshire Police sent the defence an unredacted statement that showed the victim's new "
    "address.",
    "The witness statement had not been properly redacted before it was served on the defendant.",
    "Staff did not redact the man's address from the court bundle.",
    "Kent Police admitted a failure to redact documents before they were sent to the defence.",
]


@pytest.mark.parametrize("text", REDACTION_FAILED)
def test_a_redaction_failure_still_counts(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == "failure_to_redact"


# Near misses found in review (each sentence written for these tests).

NOT_RECIPROCAL = [
    # "each other" before a noun is "every other", no reciprocal
    "A constable forwarded a woman's phone number to each other player in his football club's "
    "email group.",
    # email only as the channel between the two who shared: their exchange, no bulk email
    "Two PCs swapped the complainants' details with one another by email from home accounts.",
]


@pytest.mark.parametrize("text", NOT_RECIPROCAL)
def test_every_other_or_an_exchange_by_email_is_no_bcc(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) != "failure_to_use_bcc"


def test_a_sending_in_error_with_only_replies_seen_stays_a_misdirection(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Avon and Somerset Police emailed every officer in a district with an attachment that "
        "listed informants. The email was sent in error and was recalled. Officers could see "
        "each other's replies, the force said."
    )
    assert best_type_of(nlp, text) == "emailed_to_incorrect_recipient"


REDACTION_BOTCHED = [
    "Avon and Somerset Police gave a claimant poorly redacted documents that revealed an officer's "
    "home address.",
    "The force put redacted documents online, but the hidden names could be read by copying the "
    "text.",
    "Staffordshire Police sent an incorrectly redacted report to a solicitor.",
]


@pytest.mark.parametrize("text", REDACTION_BOTCHED)
def test_a_botched_redacted_thing_is_a_failure_to_redact(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == "failure_to_redact"


def test_inaccurate_before_a_certificate_is_a_wrong_record(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Norfolk Police issued an inaccurate enhanced vetting certificate about a carer."
    assert best_type_of(nlp, text) == "inaccurate_data"


def test_reports_called_inaccurate_are_no_wrong_record(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Surrey Police said reports that its officers' data had been stolen were inaccurate."
    assert best_type_of(nlp, text) != "inaccurate_data"
