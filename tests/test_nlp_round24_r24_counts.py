"""Breach tallies, round 24: forces listed with their figures in brackets before the measure
("Kent Police (312) and Essex Police (208) recorded the most data breaches"), and a force's
share of a wider whole ("312 of the region's 900 data breaches"). Paraphrases written for
these tests; each pairs what must become a row with what must not."""

from __future__ import annotations

import tally_rows


def test_bracketed_figures_after_forces_named_before_the_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lincolnshire Police (143), Norfolk Constabulary (88) and Suffolk Constabulary (61) "
        "logged the most data breaches in 2021."
    )
    assert tally_rows.rows(text, nlp) == {
        ("Lincolnshire Police", "2021", None, 143),
        ("Norfolk Constabulary", "2021", None, 88),
        ("Suffolk Constabulary", "2021", None, 61),
    }


def test_an_open_bracket_aside_still_gives_its_force(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches recorded in 2021:\n"
        "- Dorset Police, which shares systems with Devon and Cornwall Police: 54\n"
        "- Wiltshire Police: 37"
    )
    assert tally_rows.rows(text, nlp) == {
        ("Dorset Police", "2021", None, 54),
        ("Wiltshire Police", "2021", None, 37),
    }


def test_a_force_share_of_the_regions_whole_is_its_total(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Lincolnshire Police accounted for 143 of the region's 610 data breaches in 2021."
    assert tally_rows.rows(text, nlp) == {("Lincolnshire Police", "2021", None, 143)}


def test_a_force_share_of_the_countrys_whole_is_its_total(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In 2021 Norfolk Constabulary recorded 88 of the country's 8,450 data breaches."
    assert tally_rows.rows(text, nlp) == {("Norfolk Constabulary", "2021", None, 88)}


def test_a_whole_recorded_across_the_region_is_no_force_total(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Suffolk Constabulary was behind 61 of the 610 data breaches recorded across the "
        "region in 2021."
    )
    assert tally_rows.rows(text, nlp) == {("Suffolk Constabulary", "2021", None, 61)}


def test_a_part_of_the_forces_own_whole_stays_a_part(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk Constabulary recorded 88 data breaches in 2021, and 30 of its 88 breaches "
        "were emails sent to the wrong person."
    )
    assert tally_rows.rows(text, nlp) == {
        ("Norfolk Constabulary", "2021", None, 88),
        ("Norfolk Constabulary", "2021", "emailed_to_incorrect_recipient", 30),
    }
