"""Round 43b (broundup): a framed earlier breach is split off only where the page shows it is
another occasion.

"It comes after the force published ..." retells the story's own breach as often as it tells
an earlier one, and "The fine comes two years after ..." tells the breach fined. Now
(`rules/framed.frame`, `rules/framed.tells_several`; vocabulary in cues.toml [passing]
`answer_nouns`, `several_words`, `several_nouns`) a frame that dates nothing itself -- a bare
"It comes after" / "The incident follows", or any frame opened on what answered a breach --
splits only on a page that calls a breach a further or earlier one ("a second data breach",
"the latest incident", "two recent breaches", "another leak"). A frame naming a span of time
("weeks after"), or a clause naming an earlier time ("... last month"), still splits alone.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from incident_probe import incident_list

SPLIT = [
    # a bare frame on a page calling its breach a second one
    (
        "PSNI hit by second data breach\n\nA folder of papers naming 150 officers was stolen "
        "from an unmarked car in Newry, the Police Service of Northern Ireland "
        "confirmed.\n\nIt comes "
        "after the force published the surnames and ranks of all its staff online in error "
        "following a freedom of information request.",
        [
            ("Police Service of Northern Ireland", "loss_or_theft_of_paperwork"),
            ("Police Service of Northern Ireland", "published_in_error"),
        ],
    ),
    # the earlier breaches called recent in the frame's own line
    (
        "Lancashire Police loses notebook\n\nLancashire Constabulary is investigating after an"
        " officer's notebook holding the names of 40 witnesses went missing in Preston.\n\nThe "
        "incident follows two recent data breaches, the worst of which saw the force email a "
        "list of informants to a journalist.",
        [
            ("Lancashire Constabulary", "emailed_to_incorrect_recipient"),
            ("Lancashire Constabulary", "loss_or_theft_of_paperwork"),
        ],
    ),
    # no word of several breaches, but the clause dates itself before the story
    (
        "Merseyside Police laptop stolen\n\nA laptop holding the addresses of 70 victims was "
        "stolen from a Merseyside Police officer's car.\n\nIt comes after the force emailed the"
        " names of 300 witnesses to the wrong person last month.",
        [
            ("Merseyside Police", "emailed_to_incorrect_recipient"),
            ("Merseyside Police", "loss_or_theft_of_device"),
        ],
    ),
    # a span of time in the frame
    (
        "North Wales Police in fresh data breach\n\nNorth Wales Police lost a box of paper "
        "files holding the statements of 25 witnesses, it has confirmed.\n\nThe loss comes a "
        "fortnight after the force emailed a spreadsheet of burglary victims to the wrong "
        "resident.",
        [
            ("North Wales Police", "emailed_to_incorrect_recipient"),
            ("North Wales Police", "loss_or_theft_of_paperwork"),
        ],
    ),
    (
        "Another leak at Sussex Police\n\nSussex Police has admitted a USB stick containing "
        "interviews with children was lost by a detective.\n\nThis follows a breach in which "
        "the force published a spreadsheet of victims online by mistake.",
        [("Sussex Police", "loss_or_theft_of_device"), ("Sussex Police", "published_in_error")],
    ),
]


@pytest.mark.parametrize(("text", "want"), SPLIT)
def test_framed_breach_of_another_occasion_splits(
    nlp, text: str, want: list[tuple[str, str]]
) -> None:
    assert incident_list(nlp, text, "force", "breach_type") == sorted(want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the same bare frame on a page telling of one breach: the story's breach retold
        (
            "Essex Police loses laptop\n\nEssex Police has admitted that an unencrypted laptop "
            "containing witness statements was stolen from an officer's car.\n\nIt comes after "
            "the force emailed a list of informants to the wrong person.",
            [("Essex Police", "loss_or_theft_of_device")],
        ),
        # a span from the fine dates the breach fined, not an earlier one
        (
            "Cheshire Police fined over lost discs\n\nCheshire Constabulary has been fined "
            "£80,000 by the Information Commissioner's Office over a data breach involving "
            "recordings of victim interviews.\n\nThe fine comes two years after officers sent "
            "unencrypted discs of the interviews to the wrong address by post.",
            [("Cheshire Constabulary", "posted_to_incorrect_recipient")],
        ),
    ],
)
def test_frame_dating_nothing_on_a_page_of_one_breach_splits_nothing(
    nlp, text: str, want: list[tuple[str, str]]
) -> None:
    assert incident_list(nlp, text, "force", "breach_type") == want


def test_a_framed_breach_of_another_body_is_no_earlier_breach_of_the_force(nlp) -> None:
    # the framed clause names a hospital trust and no force: the trust's breach, not the force's
    text = (
        "Dyfed-Powys Police loses memory stick\n\nDyfed-Powys Police lost a memory stick "
        "holding witness statements in 2024.\n\nThe loss comes weeks after hackers broke "
        "into a hospital trust's appointment system in 2023."
    )
    assert incident_list(nlp, text, "force", "breach_type") == [
        ("Dyfed-Powys Police", "loss_or_theft_of_device")
    ]
