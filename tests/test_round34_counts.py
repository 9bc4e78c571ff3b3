"""Breach tallies, round 34 (extract.rules.tallies, extract.rules.periods): one figure given
for several periods at once.
Paraphrases written for these tests; each pairs what must become a row with what must not."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2023, 6, 1)
rows = partial(tally_rows.rows, published=PUBLISHED)


def test_one_figure_in_both_of_two_years(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Gwent Police logged 52 data breaches in both 2019 and 2020, FOI figures show."
    found = rows(text, nlp)
    assert found == {("Gwent Police", "2019", None, 52), ("Gwent Police", "2020", None, 52)}


def test_one_figure_in_each_of_two_financial_years(nlp) -> None:  # type: ignore[no-untyped-def]
    found = rows("Dyfed-Powys Police reported 19 breaches in each of 2020/21 and 2021/22.", nlp)
    assert found == {
        ("Dyfed-Powys Police", "2020-2021", None, 19),
        ("Dyfed-Powys Police", "2021-2022", None, 19),
    }


def test_a_figure_again_in_a_later_year(nlp) -> None:  # type: ignore[no-untyped-def]
    found = rows("Staffordshire Police recorded 63 data breaches in 2021 and again in 2022.", nlp)
    assert found == {
        ("Staffordshire Police", "2021", None, 63),
        ("Staffordshire Police", "2022", None, 63),
    }


def test_two_years_joined_without_each_stay_one_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    # "52 breaches in 2019 and 2020" may be a total over both: no second row is made up
    found = rows("Kent Police recorded 52 breaches in 2019 and 2020.", nlp)
    assert ("Kent Police", "2020", None, 52) not in found


def test_each_of_the_following_years(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Dorset Police recorded 38 data breaches in 2019 and 44 in each of the next two years."
    assert rows(text, nlp) == {
        ("Dorset Police", "2019", None, 38),
        ("Dorset Police", "2020", None, 44),
        ("Dorset Police", "2021", None, 44),
    }


def test_the_following_years_without_each_is_one_span(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Dorset Police recorded 38 data breaches in 2019 and 90 over the following two years."
    assert rows(text, nlp) == {
        ("Dorset Police", "2019", None, 38),
        ("Dorset Police", "2020-2021", None, 90),
    }


def test_a_figure_for_each_year_of_a_span(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Sussex Police recorded 30 breaches in each year between 2019 and 2021."
    assert rows(text, nlp) == {
        ("Sussex Police", "2019", None, 30),
        ("Sussex Police", "2020", None, 30),
        ("Sussex Police", "2021", None, 30),
    }
    # without 'each' the figure is the span's total
    text = "Sussex Police recorded 90 breaches in the years between 2019 and 2021."
    assert rows(text, nlp) == {("Sussex Police", "2019-2021", None, 90)}


def test_a_change_dated_before_the_figure_it_ended_at(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Data breaches at Norfolk Constabulary rose by 15 per cent in 2021 to 45."
    assert rows(text, nlp) == {("Norfolk Constabulary", "2021", None, 45)}
    text = "Data breaches at Norfolk Constabulary fell 10% last year, to 45, the figures show."
    assert rows(text, nlp) == {("Norfolk Constabulary", "2022", None, 45)}
    # a change with no figure it ended at gives no row
    text = "Data breaches at Norfolk Constabulary rose by 15 per cent in 2021, compared with 2020."
    assert rows(text, nlp) == set()
