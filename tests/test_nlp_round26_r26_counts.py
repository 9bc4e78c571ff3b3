"""Breach tallies, round 26: a breakdown dated "in the latest year" / "the most recent year"
belongs to the latest period the page gives figures for, not to the last one it named.
Paraphrases written for these tests; each pairs what must become a row with what must not."""

from __future__ import annotations

from datetime import date

import tally_rows


def test_the_latest_year_is_the_latest_period_given_not_the_last_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gwent Police logged 210 data breaches in 2022/23, up from 180 in 2021/22. In 2020/21 "
        "the force recorded 150. The most common kind in the latest year was emails sent to "
        "the wrong address, which happened 40 times."
    )
    rows = tally_rows.rows(text, nlp)
    assert ("Gwent Police", "2022-2023", "emailed_to_incorrect_recipient", 40) in rows
    assert ("Gwent Police", "2020-2021", "emailed_to_incorrect_recipient", 40) not in rows
    assert ("Gwent Police", "2020-2021", None, 150) in rows


def test_the_most_recent_year_among_calendar_years(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dorset Police recorded 88 breaches in 2022 and 75 in 2021. Back in 2020 there were "
        "60. In the most recent year, 12 involved letters posted to the wrong address."
    )
    rows = tally_rows.rows(text, nlp)
    assert ("Dorset Police", "2022", "posted_to_incorrect_recipient", 12) in rows
    assert ("Dorset Police", "2020", "posted_to_incorrect_recipient", 12) not in rows


def test_the_year_to_march_without_a_year_is_the_last_one_ended_before_the_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In the 12 months to March, Lincolnshire Police recorded 64 data breaches, according "
        "to figures obtained by this newspaper."
    )
    assert tally_rows.rows(text, nlp, date(2023, 6, 1)) == {
        ("Lincolnshire Police", "2022-2023", None, 64)
    }
    # published before April: the March that ended a year before, not the coming one
    assert tally_rows.rows(text, nlp, date(2024, 2, 10)) == {
        ("Lincolnshire Police", "2022-2023", None, 64)
    }

    # with its year stated, that year whatever the date
    stated = "Lincolnshire Police recorded 64 data breaches in the year to March 2021."
    assert tally_rows.rows(stated, nlp, date(2023, 6, 1)) == {
        ("Lincolnshire Police", "2020-2021", None, 64)
    }


def test_a_clause_of_another_periods_figures_dates_those_not_the_figure_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police recorded 97 data breaches in 2022 and Essex Police 120, the figures for "
        "2021 being 80 and 95."
    )
    assert tally_rows.rows(text, nlp) == {
        ("Kent Police", "2022", None, 97),
        ("Essex Police", "2022", None, 120),
        ("Kent Police", "2021", None, 80),
        ("Essex Police", "2021", None, 95),
    }
    respectively = (
        "Kent Police recorded 97 data breaches in 2022 and Essex Police 120, with the totals "
        "for 2021 at 80 and 95 respectively."
    )
    rows = tally_rows.rows(respectively, nlp)
    assert ("Essex Police", "2021", None, 120) not in rows
    assert ("Kent Police", "2021", None, 80) in rows
    # "the highest figure for 2022" is no clause of another period's figures
    single = (
        "Essex Police recorded 120 data breaches, the highest figure for 2022 among forces in "
        "the region."
    )
    assert tally_rows.rows(single, nlp) == {("Essex Police", "2022", None, 120)}


def test_the_final_year_of_a_span_stated_before_is_its_last_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Between 2019 and 2022 Kent Police recorded 400 data breaches. In the final year "
        "alone there were 130."
    )
    rows = tally_rows.rows(text, nlp)
    assert ("Kent Police", "2022", None, 130) in rows
    assert ("Kent Police", "2019-2022", None, 130) not in rows
    assert ("Kent Police", "2019-2022", None, 400) in rows


def test_the_year_to_march_31_written_month_first(nlp) -> None:  # type: ignore[no-untyped-def]
    bare = "Lincolnshire Police recorded 64 data breaches in the year to March 31."
    assert tally_rows.rows(bare, nlp, date(2023, 6, 1)) == {
        ("Lincolnshire Police", "2022-2023", None, 64)
    }
    dated = "Lincolnshire Police recorded 64 data breaches in the year to March 31, 2021."
    assert tally_rows.rows(dated, nlp, date(2023, 6, 1)) == {
        ("Lincolnshire Police", "2020-2021", None, 64)
    }
