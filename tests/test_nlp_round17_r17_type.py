"""Round 17 (r17-type): breach-type mechanisms, each with paraphrases of its own."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract

PUBLISHED = date(2024, 6, 10)


def cues(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [(c.label_, c.kb_id_) for c in doc.spans["breach_cues"]]


def types_of(nlp, text: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text, published=PUBLISHED), nlp)
    return sorted({i.breach_type for i in ex.incidents}, key=str)


# --- a pair's action and object are in one sentence: a headline without a full stop ends
# where the next line starts

_SPLIT = [
    ("Council shares new plans\n\nFriends of the park like it.", "inappropriate_disclosure"),
    ("Figures obtained by the Echo\n\nRecords show 40 breaches.", "unauthorised_access"),
    ("Officer passes fitness test\n\nFamily of the victim cheer.", "inappropriate_disclosure"),
]
# negative: the same words in one sentence are still a pair
_ONE_SENTENCE = [
    ("The officer shares new photos with friends of the victim.", "inappropriate_disclosure"),
    ("A civilian worker obtained the victim's records without a reason.", "unauthorised_access"),
]


def test_no_pair_links_two_sentences(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, label in _SPLIT:
        assert (label, "strong") not in cues(nlp, text), text
    for text, label in _ONE_SENTENCE:
        assert (label, "strong") in cues(nlp, text), text


# --- a thing left in a public place is lost: the place, after "in", "on" or "at"

_LEFT = [
    (
        "Essex Police has apologised after an officer's notebook holding witness details "
        "was left in a cafe in Colchester.",
        "loss_or_theft_of_paperwork",
    ),
    (
        "Essex Police has apologised after a detective forgot a bundle of witness statements at "
        "a restaurant in Chelmsford.",
        "loss_or_theft_of_paperwork",
    ),
    (
        "Essex Police has apologised after a memory stick holding interview recordings was "
        "left on a park bench by an officer.",
        "loss_or_theft_of_device",
    ),
]
# negative: someone leaving a place, or a thing kept in one's own car, loses nothing
_NOT_LEFT = [
    "The officer left the station at noon and drove to a cafe in Colchester.",
    "The files were left in his car overnight before he took them to court.",
]


def test_a_thing_left_in_a_public_place_is_lost(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, kind in _LEFT:
        assert types_of(nlp, text) == [kind], text
    for text in _NOT_LEFT:
        assert ("_loss", "loss") not in cues(nlp, text), text


# --- "records" the noun is no recording: `other`'s "recorded ... without" takes the verb


def test_records_the_noun_are_no_unlawful_recording(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Twelve staff accessed records without a policing purpose last year.",
        "An officer viewed custody records without any reason to do so.",
    ):
        assert ("other", "strong") not in cues(nlp, text), text
    # negative: the verb still tells an unlawful recording
    for text in (
        "The force recorded phone calls without telling the callers.",
        "Officers were recording interviews without consent.",
    ):
        assert ("other", "strong") in cues(nlp, text), text


# --- what a pair's object word names: no verb form, no idiom, no handing-over to the police


def test_a_verb_form_of_an_object_noun_is_no_object(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Figures obtained by the Gazette show the force recorded 61 data breaches.",
        "Numbers obtained by the paper show officers filed 30 reports.",
    ):
        assert ("unauthorised_access", "strong") not in cues(nlp, text), text
    # negative: the noun itself is still what was looked at
    for text in (
        "A call handler obtained the records of her former partner.",
        "The officer accessed files about his neighbour.",
    ):
        assert ("unauthorised_access", "strong") in cues(nlp, text), text


def test_coming_forward_forwards_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Victims who come forward to the police must trust that their details are safe.",
        "She urged anyone who saw the crash to step forward to officers.",
    ):
        assert ("inappropriate_disclosure", "strong") not in cues(nlp, text), text
    # negative: forwarding something to someone still discloses it
    text = "The officer forwarded the victim's statement to his girlfriend."
    assert ("inappropriate_disclosure", "strong") in cues(nlp, text)


def test_data_handed_to_the_police_is_no_disclosure(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Fraud reports were passed to the force by Action Fraud.",
        "The completed file was passed to prosecutors in March.",
    ):
        assert ("inappropriate_disclosure", "strong") not in cues(nlp, text), text
    # negative: handed to anyone else is still a disclosure
    text = "A victim's statement was passed to a private investigator."
    assert ("inappropriate_disclosure", "strong") in cues(nlp, text)
