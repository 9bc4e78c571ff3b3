"""Breach tallies, round 26d (extract.rules.tally_tables, tallies): a caption printed under
its table, a figure "recorded the year before" that a rise is measured on, and a ranked figure
set off by commas after "the most" with no noun of its own. Paraphrases written for these
tests; each pairs what must become a row with what must not."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2023, 6, 1)
rows = partial(tally_rows.rows, published=PUBLISHED)

TABLE = "Force | 2021 | 2022\nSurrey Police | 88 | 95\nSussex Police | 120 | 131\n"


def test_a_caption_under_its_table(nlp) -> None:  # type: ignore[no-untyped-def]
    expected = {
        ("Surrey Police", "2021", None, 88),
        ("Surrey Police", "2022", None, 95),
        ("Sussex Police", "2021", None, 120),
        ("Sussex Police", "2022", None, 131),
    }
    assert rows(TABLE + "Data breaches recorded by each force.\n", nlp) == expected
    labelled = TABLE + "\nTable 2: data breaches logged by the two forces, FOI figures\n"
    assert rows(labelled, nlp) == expected
    # a sentence of the story going on under the table is no caption of it
    story = TABLE + "Data breaches have risen at both forces.\n"
    assert rows(story, nlp) == set()
    other = "Officer numbers by force:\n" + TABLE + "Data breaches were also published.\n"
    assert rows(other, nlp) == set()


def test_a_figure_recorded_the_year_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk Constabulary logged 140 data breaches in 2022, up 19% on the 120 recorded the "
        "year before."
    )
    assert rows(text, nlp) == {
        ("Norfolk Constabulary", "2021", None, 120),
        ("Norfolk Constabulary", "2022", None, 140),
    }
    prior = (
        "Norfolk Constabulary logged 140 data breaches in 2022, a rise on the 120 reported the "
        "previous year."
    )
    assert rows(prior, nlp) == {
        ("Norfolk Constabulary", "2021", None, 120),
        ("Norfolk Constabulary", "2022", None, 140),
    }
    # a figure recorded of something else, with no period after it, stays out
    staff = (
        "Norfolk Constabulary logged 140 data breaches in 2022, when the 120 recorded staff left."
    )
    assert ("Norfolk Constabulary", "2021", None, 120) not in rows(staff, nlp)


def test_the_most_with_its_figure_set_off_by_commas(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures show the data breaches forces recorded in 2022. Cumbria Constabulary had the "
        "most, 310, followed by Durham Constabulary with 150."
    )
    assert rows(text, nlp) == {
        ("Cumbria Constabulary", "2022", None, 310),
        ("Durham Constabulary", "2022", None, 150),
    }
    # "the most officers, 3,100": the ranking names its own measure, no breaches
    officers = (
        "Figures show the data breaches forces recorded in 2022. Cumbria Constabulary had the "
        "most officers, 3,100, of the two."
    )
    assert ("Cumbria Constabulary", "2022", None, 3100) not in rows(officers, nlp)


def test_a_period_told_under_a_table_of_one_column(nlp) -> None:  # type: ignore[no-untyped-def]
    table = "Force | Breaches\nCleveland Police | 310\nNorthumbria Police | 150\n"
    expected = {("Cleveland Police", "2022", None, 310), ("Northumbria Police", "2022", None, 150)}
    assert rows(table + "Data breaches recorded in 2022. Source: FOI requests.\n", nlp) == expected
    assert rows(table + "Source: FOI answers on data breaches, 2022\n", nlp) == expected
    # a story sentence under it dates nothing
    story = table + "Both forces said they had improved training in 2022 after the figures.\n"
    assert rows(story, nlp) == set()
