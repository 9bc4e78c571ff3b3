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


def test_a_second_force_run_takes_the_first_runs_periods(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cheshire Constabulary recorded 77 data breaches in 2020 and 91 in 2021, while "
        "Cumbria Constabulary recorded 40 and 52."
    )
    assert tally_rows.rows(text, nlp) == {
        ("Cheshire Constabulary", "2020", None, 77),
        ("Cheshire Constabulary", "2021", None, 91),
        ("Cumbria Constabulary", "2020", None, 40),
        ("Cumbria Constabulary", "2021", None, 52),
    }


def test_a_second_force_run_of_another_length_takes_no_periods_in_order(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cheshire Constabulary recorded 77 data breaches in 2020 and 91 in 2021, while "
        "Cumbria Constabulary recorded 40, 52 and 61."
    )
    rows = tally_rows.rows(text, nlp)
    assert ("Cumbria Constabulary", "2020", None, 40) not in rows
    assert ("Cumbria Constabulary", "2021", None, 52) not in rows


def test_data_blunders_and_mistakes_are_breaches(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cheshire Constabulary made 64 data protection blunders in 2021, figures show. "
        "The force said every breach was looked into."
    )
    assert tally_rows.rows(text, nlp) == {("Cheshire Constabulary", "2021", None, 64)}


def test_mistakes_in_handling_a_breach_are_no_tally(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "An inquiry found Cheshire Constabulary made 9 mistakes in 2021 in how it handled "
        "a data breach at a partner agency."
    )
    assert tally_rows.rows(text, nlp) == set()
