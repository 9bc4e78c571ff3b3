"""Round 36 (r36-typeattach): facts of a second incident told in a story about another stay
with that incident.

- A line of the story dating its own breach years before the story's, and telling a
  sanction over it ('was fined £X in 2016 after tapes were lost in 2015'), is an earlier
  occasion with its own fine and year, whatever its wording says of the kind.
- A story line stating figures ('letters about 30 reports were posted to the wrong homes in
  2024') still dates the story's breach: an earlier line of another kind is split off.
- A line framing what it tells as what came before the story ('It comes weeks after ...',
  'The case comes as the force deals with its 2023 breach, when ...'), of another kind, is
  its own occasion even in the story's year; the next line's sanction 'over that breach'
  goes with it.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract.pipeline import process


def _tuples(text: str) -> set[tuple]:
    ex = process(text.encode(), path="story.txt")[1]
    return {(i.force, i.breach_type, i.breach_year, i.fine_amount) for i in ex.incidents}


def test_earlier_fine_with_its_own_year_is_not_the_story_s() -> None:
    text = (
        "Bedfordshire Police worker looked up footballer's file\n\n"
        "A call handler at Bedfordshire Police searched the records of a local footballer in "
        "2024 without any reason, a tribunal heard. She has left the force. Bedfordshire "
        "Police was fined £90,000 in 2017 after recordings of witness interviews went astray in "
        "the post in 2016."
    )
    got = _tuples(text)
    assert ("Bedfordshire Police", "unauthorised_access", 2024, None) in got
    assert any(t[2] == 2016 and t[1] != "unauthorised_access" for t in got)


def test_counted_lede_still_dates_the_story() -> None:
    text = (
        "Crime letters went to wrong homes\n\n"
        "Humberside Police has admitted that letters about 25 crime reports were posted to "
        "the wrong addresses in Grimsby in 2024. A printing fault was blamed. In 2021 the "
        "force disclosed a victim's new address to her former partner on the phone."
    )
    got = _tuples(text)
    assert ("Humberside Police", "posted_to_incorrect_recipient", 2024, None) in got
    assert not any(t[1] == "posted_to_incorrect_recipient" and t[2] == 2021 for t in got)


@pytest.mark.parametrize(
    ("text", "story", "earlier"),
    [
        (
            "Tablet stolen from Norfolk officer\n\n"
            "A tablet holding witness statements was stolen from a Norfolk Constabulary "
            "officer's car in November 2023. The force said it was encrypted. It comes weeks "
            "after the force's email servers were hit by a ransomware attack in October 2023.",
            ("Norfolk Constabulary", "loss_or_theft_of_device", 2023, None),
            ("Norfolk Constabulary", "cyber_attack", 2023, None),
        ),
        (
            "Durham officer warned over searches\n\n"
            "A Durham Constabulary officer has been warned after searching police records "
            "about his landlord in 2023. He said he was curious. The case comes as the force "
            "faces claims over its 2023 breach, when a list of staff names was published on "
            "its website by mistake. The ICO fined the force £45,000 over that breach.",
            ("Durham Constabulary", "unauthorised_access", 2023, None),
            ("Durham Constabulary", "published_in_error", 2023, 45000),
        ),
    ],
)
def test_framed_earlier_occasion_keeps_its_own_facts(text, story, earlier) -> None:  # type: ignore[no-untyped-def]
    got = _tuples(text)
    assert story in got
    assert earlier in got


def test_that_breach_of_the_story_itself_stays_with_it() -> None:
    text = (
        "Wiltshire Police fined over open email\n\n"
        "Wiltshire Police emailed 150 witnesses in 2023 without using blind copy. The ICO "
        "fined the force £25,000 over that breach. The force said it was sorry."
    )
    assert _tuples(text) == {("Wiltshire Police", "failure_to_use_bcc", 2023, 25000)}


def test_frame_retelling_the_same_kind_splits_nothing() -> None:
    text = (
        "Gloucestershire Constabulary fined over stolen laptop\n\n"
        "Gloucestershire Constabulary has been fined £35,000 after a laptop was stolen from a "
        "patrol car in 2022. It comes after the force admitted the laptop was not encrypted "
        "when it was taken in 2022."
    )
    assert _tuples(text) == {
        ("Gloucestershire Constabulary", "loss_or_theft_of_device", 2022, 35000)
    }
