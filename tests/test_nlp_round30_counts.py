"""Breach tallies, round 30: a share written beside the count it stands for ("41% (52)", "52
(41 per cent)", "97 of them, or 29%,", "36 per cent, or 43 breaches", "40 - about a quarter -")
is an aside, so the count reads as the typed part of the whole and the percentage never as a
row; "12 of the total" is a part of the figure before; a zero written in more shapes ("no
breaches were recorded", "there were no data breaches in 2022", "not one breach"). Every
sentence here was written for these tests; each mechanism has a guard that must stay no row
(the guards pass on main too)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
import tally_rows

PUBLISHED = date(2024, 3, 5)
rows = partial(tally_rows.rows, published=PUBLISHED)

EMAIL = "emailed_to_incorrect_recipient"
ACCESS = "unauthorised_access"
DEVICE = "loss_or_theft_of_device"


@pytest.mark.parametrize(
    ("text", "force", "year", "kind", "part", "whole"),
    [
        (
            "Warwickshire Police logged 210 data breaches in 2022. Emails sent to the wrong "
            "person made up 30% (63) of the 210 breaches.",
            "Warwickshire Police",
            "2022",
            EMAIL,
            63,
            210,
        ),
        (
            "Cleveland Police reported 96 data breaches in 2021. Unauthorised access to police "
            "records accounted for 25 per cent (24) of them.",
            "Cleveland Police",
            "2021",
            ACCESS,
            24,
            96,
        ),
        (
            "Gwent Police had 150 breaches in 2020; 45 of them, or 30%, involved staff looking "
            "up records without a policing purpose.",
            "Gwent Police",
            "2020",
            ACCESS,
            45,
            150,
        ),
        (
            "Derbyshire Constabulary recorded 220 data breaches in 2023. Misdirected emails made "
            "up 20 per cent, or 44 breaches.",
            "Derbyshire Constabulary",
            "2023",
            EMAIL,
            44,
            220,
        ),
        (
            "Of the 180 breaches logged by Humberside Police in 2019, 60 - about a third - "
            "involved lost or stolen phones and laptops.",
            "Humberside Police",
            "2019",
            DEVICE,
            60,
            180,
        ),
        (
            "Suffolk Constabulary logged 90 data breaches in 2021. Emails sent to the wrong "
            "recipient made up 12.2 per cent (11) of them.",
            "Suffolk Constabulary",
            "2021",
            EMAIL,
            11,
            90,
        ),
    ],
)
def test_a_share_beside_its_count_leaves_the_count_a_typed_part(  # type: ignore[no-untyped-def]
    nlp, text: str, force: str, year: str, kind: str, part: int, whole: int
) -> None:
    found = rows(text, nlp)
    assert (force, year, None, whole) in found
    assert (force, year, kind, part) in found
    assert len(found) == 2  # the percentage is never a row


def test_a_part_of_the_total(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk Constabulary logged 88 data breaches in 2022, with lost or stolen devices "
        "making up 14 of the total."
    )
    found = rows(text, nlp)
    assert ("Norfolk Constabulary", "2022", DEVICE, 14) in found
    assert ("Norfolk Constabulary", "2022", None, 88) in found


def test_guard_a_share_alone_or_a_change_is_no_row(nlp) -> None:  # type: ignore[no-untyped-def]
    # guard: a percentage with no count beside it, and a rise in per cent, are never rows
    text = (
        "Bedfordshire Police logged 130 data breaches in 2023, up 18% on the year before. "
        "Around 40 per cent of them were emails sent to the wrong person."
    )
    found = rows(text, nlp)
    assert ("Bedfordshire Police", "2023", None, 130) in found
    assert not any(r[3] in (18, 40) for r in found)


@pytest.mark.parametrize(
    ("text", "force", "year", "count"),
    [
        ("Durham Constabulary said no data breaches were recorded in 2019.",
         "Durham Constabulary", "2019", 0),
        ("At Dyfed-Powys Police, no breaches had been logged in 2021.",
         "Dyfed-Powys Police", "2021", 0),
        ("North Wales Police said there were no data breaches in 2020.",
         "North Wales Police", "2020", 0),
        ("Lincolnshire Police recorded not a single data breach in 2017.",
         "Lincolnshire Police", "2017", 0),
        ("Not one data breach was logged by Cumbria Constabulary in 2023.",
         "Cumbria Constabulary", "2023", 0),
    ],
)  # fmt: skip
def test_zero_in_words(nlp, text: str, force: str, year: str, count: int) -> None:  # type: ignore[no-untyped-def]
    assert rows(text, nlp) == {(force, year, None, count)}


@pytest.mark.parametrize(
    "text",
    [
        "Kent Police said no breaches were reported to the ICO in 2022.",
        "Essex Police said no officers were disciplined over data breaches in 2021.",
        "A single email sent in error exposed the details of 300 victims, Surrey Police said "
        "in 2021.",
        "Not a single officer was sacked by Gwent Police over the data breach in 2019.",
        "Dorset Police said there were no arrests in 2022 after the data breach.",
        "Hampshire Constabulary said no further breaches were recorded in 2020.",
    ],
)
def test_guard_zero_and_one_of_no_breach_count(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # guard: an outcome, people, one incident's email or arrests are no breach tally
    assert rows(text, nlp) == set()
