"""Round 61: police data breaches told plainly, with no data-breach word.

- A complaint told by the person whose data it was: "a man claims Kent Police sent his bank
  details to a car dealer" -- a telling word with no police word before it, the force named
  after it as the one handing, and the data owned by a possessive pronoun
  (`extract/rules/relevance.py` `_tellers_data_object`, `teller_frames` and
  `teller_possessives` in `cues.toml [relevance.grammar]`). Not an outsider's handing ("a
  woman says her sister passed her address to ...").
- On a page of the force's people disciplined, one of them told as looking at what the police
  hold, in weak words ("a PCSO who accessed incident logs about her neighbour was sacked"), is
  the force's unauthorised access (`relevance.staff_looked_up`; `extract/assemble.py` gives
  the type when no other is read). Not a look at offending content ("accessed indecent
  images"), nor a look-up on a page with no one disciplined.
- A message holding someone else's details ("received a letter from the force holding another
  person's address") or told by the one who got it as meant for someone else ("an
  email meant for someone else, giving details of ...") went to the wrong person
  (`misdirected_pairs` in `breach_types.toml`); such a message's "giving details" is no news
  put out (`relevance._put_out`). Not a letter about other people's gardens.
"""

from __future__ import annotations

import pytest

from extract.models import Document, Extraction
from extract.nlp import extract


def _read(text: str) -> Extraction:
    return extract(Document(text=text, url="https://news.example.com/story"))


@pytest.mark.parametrize(
    "text",
    [
        "Complaint over police letter\n\nA shop owner in Rochdale says Greater Manchester "
        "Police sent her home address to a customer she had reported for theft in 2021.",
        "Family angry at force\n\nA retired teacher claims Essex Police emailed his "
        "medical records to a private landlord in 2020.",
        "Couple want answers\n\nA couple from Taunton allege that Avon and Somerset Police "
        "sent the details of their burglary report to a double-glazing salesman in 2022.",
    ],
)
def test_a_tellers_own_data_handed_on_by_the_force_is_a_breach(text: str) -> None:
    ex = _read(text)
    assert ex.relevant, ex.relevance_reason
    assert ex.incidents and ex.incidents[0].force is not None


@pytest.mark.parametrize(
    "text",
    [
        # the teller's sister handed it on; the force was only told
        "Shop row\n\nA shop owner in Rochdale says her sister passed her home address to a "
        "customer in 2021, and Greater Manchester Police were told.",
        # an outsider handed the data on; the force only investigates
        "Man charged\n\nA shop owner in Rochdale says a customer passed her home address to "
        "a gang in 2021. Greater Manchester Police is investigating.",
    ],
)
def test_no_tellers_data_when_another_hands_it_on(text: str) -> None:
    assert not _read(text).relevant


@pytest.mark.parametrize(
    "text",
    [
        "PCSO sacked\n\nA Durham Constabulary PCSO who accessed incident logs about her "
        "neighbour's divorce in 2021 has been sacked after a misconduct hearing.",
        "Detective resigns\n\nA Kent Police detective looked at the files of men his "
        "daughter had dated in 2022. He resigned before a gross misconduct hearing.",
        "Ex-officer admits offence\n\nA former Essex Police sergeant admitted misconduct in "
        "public office over using police systems in 2019 to trace his former girlfriend.",
    ],
)
def test_staff_disciplined_for_looking_at_police_records_is_a_breach(text: str) -> None:
    ex = _read(text)
    assert ex.relevant, ex.relevance_reason
    assert any(i.breach_type == "unauthorised_access" for i in ex.incidents)


@pytest.mark.parametrize(
    "text",
    [
        # offending content: an offence of its own, no police records
        "PCSO sacked\n\nA Durham Constabulary PCSO who accessed indecent images on her work "
        "phone in 2021 has been sacked after a misconduct hearing.",
        # no one disciplined: an officer's work told in court
        # (the same look-up before "has been sacked after a misconduct hearing" is one)
        "Inquest hears from officer\n\nA Durham Constabulary PCSO who looked at the crash "
        "files in 2021 told the inquest the road had been icy.",
    ],
)
def test_no_staff_look_up_for_offending_content_or_with_no_one_disciplined(text: str) -> None:
    assert not _read(text).relevant


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Mix-up at force\n\nA Hastings man received a Sussex Police letter in 2022 "
            "holding someone else's bail conditions and home address.",
            "posted_to_incorrect_recipient",
        ),
        (
            "Wrong details\n\nA Dorset Police email sent to a Poole woman in 2021 held "
            "another person's details.",
            "emailed_to_incorrect_recipient",
        ),
        (
            "Police error\n\nA Hull pensioner got a Humberside Police email intended for "
            "another family in 2020, giving details of their children.",
            "emailed_to_incorrect_recipient",
        ),
    ],
)
def test_a_message_holding_someone_elses_details_went_astray(text: str, kind: str) -> None:
    ex = _read(text)
    assert ex.relevant, ex.relevance_reason
    assert any(i.breach_type == kind for i in ex.incidents), ex.incidents


def test_a_letter_about_other_peoples_property_is_no_misdirection() -> None:
    ex = _read(
        "Shed warning\n\nNorfolk Constabulary sent letters to villagers in 2021 after thefts "
        "from other people's sheds, urging them to fit locks."
    )
    assert not ex.relevant, ex.incidents
