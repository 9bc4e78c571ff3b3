"""Breach tallies, round 35b (extract.rules.tallies, extract.rules.tally_types): a figure
dated by a part of a year is no year's figure; a change told from one figure to another
counts the kind its subject names; a force's figures under "It"/"the force" after it was
named; a part of a total whose whole is dated by a relative year keeps its kind.
Paraphrases written for these tests; each pairs what must become a row with what must not."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2023, 6, 1)
rows = partial(tally_rows.rows, published=PUBLISHED)


def test_a_quarters_figure_is_no_years_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lincolnshire Police logged 11 data breaches in the first quarter of 2022 and 47 over "
        "the whole of 2021."
    )
    assert rows(text, nlp) == {("Lincolnshire Police", "2021", None, 47)}


def test_a_months_figure_is_no_years_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Cheshire Constabulary recorded 8 data breaches in October 2022, the force said."
    assert rows(text, nlp) == set()
    text = "Cheshire Constabulary recorded 58 data breaches in 2022, the force said."
    assert rows(text, nlp) == {("Cheshire Constabulary", "2022", None, 58)}


def test_the_last_months_of_a_year_are_no_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Wiltshire Police reported 6 data breaches in the final three months of 2021."
    assert rows(text, nlp) == set()


def test_a_financial_year_to_a_month_is_still_a_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Wiltshire Police reported 66 data breaches in the year to March 2022."
    assert rows(text, nlp) == {("Wiltshire Police", "2021-2022", None, 66)}


def test_a_change_counts_the_kind_its_subject_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dorset Police has published its data breach figures. Letters sent to the wrong "
        "address at the force went up from 7 in 2020 to 15 in 2022."
    )
    assert rows(text, nlp) == {
        ("Dorset Police", "2020", "posted_to_incorrect_recipient", 7),
        ("Dorset Police", "2022", "posted_to_incorrect_recipient", 15),
    }


def test_a_change_of_all_breaches_stays_a_total(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Data breaches at Dorset Police went up from 70 in 2020 to 95 in 2022."
    assert rows(text, nlp) == {
        ("Dorset Police", "2020", None, 70),
        ("Dorset Police", "2022", None, 95),
    }


def test_kinds_counted_by_the_force_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cumbria Constabulary has released its data breach log for the year. It recorded 12 "
        "lost warrant cards and 19 emails sent to the wrong person in 2022."
    )
    assert ("Cumbria Constabulary", "2022", "emailed_to_incorrect_recipient", 19) in rows(text, nlp)


def test_a_part_of_last_years_total_keeps_its_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Durham Constabulary said 9 of the 52 data breaches it suffered last year were "
        "caused by laptops or phones going missing."
    )
    assert rows(text, nlp) == {
        ("Durham Constabulary", "2022", None, 52),
        ("Durham Constabulary", "2022", "loss_or_theft_of_device", 9),
    }
    text = (
        "Durham Constabulary said 9 of its 52 data breaches last year were caused by laptops "
        "or phones going missing."
    )
    assert rows(text, nlp) == {
        ("Durham Constabulary", "2022", None, 52),
        ("Durham Constabulary", "2022", "loss_or_theft_of_device", 9),
    }


def test_pairs_of_a_year_and_its_figure_after_commas(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Data breaches recorded by Gwent Police, year by year: 2020, 41; 2021, 47; 2022, 53."
    assert rows(text, nlp) == {
        ("Gwent Police", "2020", None, 41),
        ("Gwent Police", "2021", None, 47),
        ("Gwent Police", "2022", None, 53),
    }


def test_a_year_closing_its_figures_clause_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Gwent Police logged 41 data breaches in 2020, 47 in 2021 and 53 in 2022."
    assert rows(text, nlp) == {
        ("Gwent Police", "2020", None, 41),
        ("Gwent Police", "2021", None, 47),
        ("Gwent Police", "2022", None, 53),
    }


def test_an_untold_kind_ending_a_list_of_kinds_is_no_total(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Merseyside Police's data breaches in 2021 comprised 26 emails sent to the wrong "
        "person, 9 letters posted to the wrong address and 2 missing radios."
    )
    assert rows(text, nlp) == {
        ("Merseyside Police", "2021", "emailed_to_incorrect_recipient", 26),
        ("Merseyside Police", "2021", "posted_to_incorrect_recipient", 9),
    }


def test_a_total_after_a_list_of_kinds_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Merseyside Police recorded 26 emails sent to the wrong person and 9 letters posted "
        "to the wrong address in 2021, and 64 data breaches in all."
    )
    assert ("Merseyside Police", "2021", None, 64) in rows(text, nlp)


def test_figures_compared_in_turn_with_kinds_before_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Avon and Somerset Police published its data breach figures. It logged 27 misdirected "
        "emails and 8 lost documents in 2021/22, compared with 19 and 5 in 2020/21."
    )
    assert rows(text, nlp) == {
        ("Avon and Somerset Police", "2021-2022", "emailed_to_incorrect_recipient", 27),
        ("Avon and Somerset Police", "2021-2022", "loss_or_theft_of_paperwork", 8),
        ("Avon and Somerset Police", "2020-2021", "emailed_to_incorrect_recipient", 19),
        ("Avon and Somerset Police", "2020-2021", "loss_or_theft_of_paperwork", 5),
    }


def test_a_total_compared_stays_a_total(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Avon and Somerset Police logged 140 data breaches in 2021/22, compared with 119 in "
        "2020/21."
    )
    assert rows(text, nlp) == {
        ("Avon and Somerset Police", "2021-2022", None, 140),
        ("Avon and Somerset Police", "2020-2021", None, 119),
    }
