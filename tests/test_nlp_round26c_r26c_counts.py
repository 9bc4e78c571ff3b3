"""Breach tallies, round 26c (extract.rules.tally_tables, periods): figures of one row joined
in words under a caption of periods, one figure under a caption naming several years, twelve
months that end in another month than March, and a figure in the clause telling what the
year a rise started from saw. Paraphrases written for these tests; each pairs what must
become a row with what must not."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2024, 5, 20)
rows = partial(tally_rows.rows, published=PUBLISHED)


def test_figures_of_a_row_joined_by_and_take_the_captions_columns(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches logged by force (2021/22, 2022/23):\n"
        "Dorset Police - 64 and 71\n"
        "Wiltshire Police - 52 and 49\n"
    )
    assert rows(text, nlp) == {
        ("Dorset Police", "2021-2022", None, 64),
        ("Dorset Police", "2022-2023", None, 71),
        ("Wiltshire Police", "2021-2022", None, 52),
        ("Wiltshire Police", "2022-2023", None, 49),
    }
    # "and" before a name is no joint of figures: each force keeps its own figure
    prose = "Dorset Police logged 64 data breaches in 2022 and Wiltshire Police 52."
    found = rows(prose, nlp)
    assert ("Dorset Police", "2022", None, 64) in found
    assert not any(r[3] == 52 and r[0] == "Dorset Police" for r in found)


def test_one_figure_under_a_heading_of_several_years_counts_them_all(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Data breaches recorded in 2021 and 2022\nGwent Police: 188\nDyfed-Powys Police: 95\n"
    assert rows(text, nlp) == {
        ("Gwent Police", "2021-2022", None, 188),
        ("Dyfed-Powys Police", "2021-2022", None, 95),
    }
    # one year in the heading dates each figure by that year alone
    single = "Data breaches recorded in 2022\nGwent Police: 188\nDyfed-Powys Police: 95\n"
    assert rows(single, nlp) == {
        ("Gwent Police", "2022", None, 188),
        ("Dyfed-Powys Police", "2022", None, 95),
    }


def test_twelve_months_ending_in_another_month_than_march(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Lancashire Constabulary logged 133 data breaches in the 12 months to August 2023."
    assert rows(text, nlp) == {("Lancashire Constabulary", "2022-2023", None, 133)}
    ending = "In the year ending 30 June 2022, Merseyside Police reported 76 data breaches."
    assert rows(ending, nlp) == {("Merseyside Police", "2021-2022", None, 76)}
    # twelve months to December are one calendar year
    december = "Merseyside Police reported 76 data breaches in the year to December 2022."
    assert rows(december, nlp) == {("Merseyside Police", "2022", None, 76)}


def test_a_figure_told_of_the_year_a_rise_started_from(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches at the force have gone up every year since 2020, when Suffolk "
        "Constabulary recorded 38."
    )
    assert rows(text, nlp) == {("Suffolk Constabulary", "2020", None, 38)}
    # with no figure in the clause, "since 2020" still spans the years up to now
    since = (
        "Suffolk Constabulary has recorded 310 data breaches since 2020, when it moved to a "
        "new records system."
    )
    assert rows(since, nlp) == {("Suffolk Constabulary", "2020-2024", None, 310)}


def test_a_yardstick_year_with_its_own_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cheshire Constabulary logged 84 data breaches in 2023, the most since 2017, when "
        "it logged 90."
    )
    assert rows(text, nlp) == {
        ("Cheshire Constabulary", "2023", None, 84),
        ("Cheshire Constabulary", "2017", None, 90),
    }
    # a yardstick with no figure of its own dates nothing
    bare = "Cheshire Constabulary logged 84 data breaches in 2023, the most since 2017."
    assert rows(bare, nlp) == {("Cheshire Constabulary", "2023", None, 84)}


def test_years_listed_before_figures_given_respectively(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In 2021 and 2022, Cleveland Police logged 66 and 79 data breaches respectively."
    assert rows(text, nlp) == {
        ("Cleveland Police", "2021", None, 66),
        ("Cleveland Police", "2022", None, 79),
    }
    # one year before the figures of two forces dates both
    forces = (
        "In 2022, Cleveland Police and Durham Constabulary logged 79 and 58 data breaches "
        "respectively."
    )
    assert rows(forces, nlp) == {
        ("Cleveland Police", "2022", None, 79),
        ("Durham Constabulary", "2022", None, 58),
    }


def test_a_comparisons_base_year_does_not_date_the_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "During the 2023 calendar year, Northamptonshire Police logged 71 data breaches, "
        "an increase of 9 on 2022."
    )
    found = rows(text, nlp)
    assert ("Northamptonshire Police", "2023", None, 71) in found
    assert ("Northamptonshire Police", "2022", None, 71) not in found
    # with no other period, the year after the count still dates it
    alone = "Northamptonshire Police logged 71 data breaches in 2022."
    assert rows(alone, nlp) == {("Northamptonshire Police", "2022", None, 71)}
