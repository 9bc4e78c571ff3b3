"""Round 41, breach types told without their usual words (extract/data/breach_types.toml,
extract/components/breach_types.py):

- recipients of one message who could see each other's addresses are a failure to use blind
  copy though no word of copying is written ("the addresses were visible to one another",
  "each of them could see who else had been sent it");
- people's details carried out in an answer to a freedom of information request are data
  published in error, whatever verb carries them ("included in files released under the
  Freedom of Information Act", "its replies to FOI requests held victims' names"); figures in
  such an answer, or a request that revealed something, name no one's data;
- a recording that was lost (a video interview, a recording of a call) is a lost device;
  footage "of the theft" is what a camera saw, no recording gone;
- "lost property" is a place for found things, not a loss.

Every sentence here was written for these tests; none is quoted from an article.
"""

from __future__ import annotations

import pytest

from extract.sentences import split_sentences
from tests.incident_probe import field_values
from tests.type_probe import best_type_of

SHOWN_TO_EACH_OTHER = [
    "Lincolnshire Police emailed a survey to 600 burglary victims, and their addresses were "
    "visible to each other.",
    "A message from Gwent Police to a residents' group showed every member's email address to "
    "everyone else on the list.",
    "Hampshire Constabulary sent an update to 90 complainants whose addresses were exposed to "
    "one another.",
    "When West Mercia Police emailed the witnesses, each of them could see who else had been "
    "sent the message.",
    "Every parent on the list could see the email addresses of all the others after Durham "
    "Constabulary sent the newsletter.",
]


@pytest.mark.parametrize("text", SHOWN_TO_EACH_OTHER)
def test_addresses_shown_to_each_other_are_a_failure_to_use_bcc(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == "failure_to_use_bcc"


def test_a_letter_to_the_address_of_another_woman_is_no_bcc_failure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Cumbria Constabulary posted a letter holding a victim's statement to the address of "
            "another woman by mistake.")  # fmt: skip
    assert best_type_of(nlp, text) == "posted_to_incorrect_recipient"


CARRIED_IN_FOI_ANSWERS = [
    "The personal details of 700 people were included in spreadsheets that Kent Police "
    "released under the Freedom of Information Act.",
    "Raw data on suspects and victims was attached by Essex Police to replies it sent to FOI "
    "requests.",
    "Avon and Somerset Constabulary said its answers to freedom of information requests had "
    "contained the names of witnesses.",
    "An answer West Midlands Police gave to an FOI request carried a hidden list of officers' "
    "home addresses.",
]


@pytest.mark.parametrize("text", CARRIED_IN_FOI_ANSWERS)
def test_peoples_details_carried_in_foi_answers_are_published_in_error(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == "published_in_error"


NOT_CARRIED = [
    # the figures of an answer name no one
    "Warwickshire Police's reply to the FOI request included figures for each of the past "
    "five years.",
    # a request that found something is where the news came from
    "A freedom of information request revealed that Dorset Police recorded 210 data breaches.",
]


@pytest.mark.parametrize("text", NOT_CARRIED)
def test_figures_or_findings_of_an_foi_answer_are_not_a_publication(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) != "published_in_error"


LOST_RECORDINGS = [
    "North Wales Police lost the video of a child's interview together with its only copy.",
    "The recording of the victim's statement had been lost by the force before the trial.",
]


@pytest.mark.parametrize("text", LOST_RECORDINGS)
def test_a_lost_recording_is_a_lost_device(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == "loss_or_theft_of_device"


def test_footage_of_a_theft_is_no_lost_recording(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Bedfordshire Police released CCTV footage of the theft and asked for witnesses."
    assert best_type_of(nlp, text) != "loss_or_theft_of_device"


def test_lost_property_is_no_loss(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Staff at a Merseyside Police station handed a man a folder of case papers when he "
            "came to collect lost property.")  # fmt: skip
    assert best_type_of(nlp, text) not in {"loss_or_theft_of_paperwork", "loss_or_theft_of_device"}


def test_a_loss_of_control_seen_on_video_is_no_lost_recording(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Dashcam video showed the moment the Essex Police driver lost control of the car."
    assert best_type_of(nlp, text) != "loss_or_theft_of_device"


def test_the_recording_after_a_determiner_is_a_thing_lost(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Cleveland Police lost the recording of an interview with a rape victim."
    assert best_type_of(nlp, text) == "loss_or_theft_of_device"


def test_a_pages_skip_link_is_no_rubbish_skip(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Skip to main content\n\nA Norfolk Constabulary sergeant passed details of a "
            "burglary inquiry to his brother, a misconduct panel heard.")  # fmt: skip
    assert best_type_of(nlp, text) == "inappropriate_disclosure"


def test_a_skip_things_were_dumped_in_stays_a_disposal(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Boxes of Kent Police custody records were dumped in a skip behind a station."
    assert best_type_of(nlp, text) == "insecure_disposal"


def test_information_improperly_disclosed_is_a_strong_disclosure_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A Suffolk Constabulary inquiry found that intelligence had been improperly disclosed."
    cues = {(c.label_, c.kb_id_) for s in split_sentences(nlp(text)) for c in s.types}
    assert ("inappropriate_disclosure", "strong") in cues


def test_peoples_details_made_available_on_a_website_are_published_in_error(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The personal details of 150 special constables were made available on the Durham "
            "Constabulary website for a week.")  # fmt: skip
    assert best_type_of(nlp, text) == "published_in_error"


def test_reports_made_available_on_a_website_are_no_publication(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Merseyside Police makes its annual reports available on its website."
    assert best_type_of(nlp, text) is None


def test_a_second_dismissal_among_figures_is_a_case_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Figures obtained by this newspaper show Dorset Police recorded 40 data breaches last "
            "year. One officer was sacked in 2021 for sharing a victim's address with her "
            "attacker. A second dismissal followed in 2022, when a member of staff looked up her "
            "neighbour's records on the police computer.")  # fmt: skip
    assert field_values(nlp, text, "breach_type") == {
        "inappropriate_disclosure",
        "unauthorised_access",
    }
