"""Breach tallies, round 35 (extract.rules.tally_tables, extract.rules.tally_types): list
items a bullet opens whose figures carry their own periods, and a kind's figure given for
one period then a bare figure for another. Paraphrases written for these tests; each pairs
what must become a row with what must not."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2023, 6, 1)
rows = partial(tally_rows.rows, published=PUBLISHED)


def test_bulleted_items_with_bracketed_years_are_each_forces_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches logged by forces in Wales:\n"
        "- Gwent Police: 22 (2020), 27 (2021)\n"
        "- North Wales Police: 31 (2020), 35 (2021)"
    )
    assert rows(text, nlp) == {
        ("Gwent Police", "2020", None, 22),
        ("Gwent Police", "2021", None, 27),
        ("North Wales Police", "2020", None, 31),
        ("North Wales Police", "2021", None, 35),
    }


def test_bulleted_item_after_a_dash_keeps_its_force(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breaches of data protection rules by force:\n"
        "• Surrey Police – 97 (2022)\n"
        "• Sussex Police – 143 (2022)"
    )
    assert rows(text, nlp) == {
        ("Surrey Police", "2022", None, 97),
        ("Sussex Police", "2022", None, 143),
    }


def test_bulleted_items_with_figures_in_years(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches logged by forces in Wales:\n"
        "- Gwent Police: 22 in 2020, 27 in 2021\n"
        "- North Wales Police: 31 in 2020/21, 35 in 2021/22"
    )
    assert rows(text, nlp) == {
        ("Gwent Police", "2020", None, 22),
        ("Gwent Police", "2021", None, 27),
        ("North Wales Police", "2020-2021", None, 31),
        ("North Wales Police", "2021-2022", None, 35),
    }


def test_a_kinds_figure_then_a_bare_figure_for_another_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Suffolk Constabulary recorded 61 data breaches in 2022. Lost paperwork accounted for "
        "9 breaches in 2021 and 12 in 2022."
    )
    assert rows(text, nlp) == {
        ("Suffolk Constabulary", "2022", None, 61),
        ("Suffolk Constabulary", "2021", "loss_or_theft_of_paperwork", 9),
        ("Suffolk Constabulary", "2022", "loss_or_theft_of_paperwork", 12),
    }


def test_cases_of_a_kind_in_two_financial_years(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk Constabulary logged 120 data breaches in 2021/22, the force said. It logged 24 "
        "misdirected emails in 2020/21 and 35 in 2021/22."
    )
    assert rows(text, nlp) == {
        ("Norfolk Constabulary", "2021-2022", None, 120),
        ("Norfolk Constabulary", "2020-2021", "emailed_to_incorrect_recipient", 24),
        ("Norfolk Constabulary", "2021-2022", "emailed_to_incorrect_recipient", 35),
    }


def test_two_kinds_of_one_total_stay_two_kinds(nlp) -> None:  # type: ignore[no-untyped-def]
    # a bare figure for the same period as the part before it is no more of that kind
    text = (
        "Essex Police recorded 131 data breaches in 2022/23. Of these, 42 involved emails "
        "sent to the wrong recipient and 18 involved lost paperwork."
    )
    assert rows(text, nlp) == {
        ("Essex Police", "2022-2023", None, 131),
        ("Essex Police", "2022-2023", "emailed_to_incorrect_recipient", 42),
        ("Essex Police", "2022-2023", "loss_or_theft_of_paperwork", 18),
    }


def test_a_part_compared_with_its_own_earlier_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gloucestershire Constabulary recorded 52 breaches in 2022. Unauthorised access "
        "accounted for 14, up from 9 the year before."
    )
    assert rows(text, nlp) == {
        ("Gloucestershire Constabulary", "2022", None, 52),
        ("Gloucestershire Constabulary", "2022", "unauthorised_access", 14),
        ("Gloucestershire Constabulary", "2021", "unauthorised_access", 9),
    }


def test_a_part_in_the_totals_sentence_compared_with_an_earlier_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk Constabulary logged 120 data breaches in 2022, including 35 cases of "
        "unauthorised access, up from 24 in 2021."
    )
    assert rows(text, nlp) == {
        ("Norfolk Constabulary", "2022", None, 120),
        ("Norfolk Constabulary", "2022", "unauthorised_access", 35),
        ("Norfolk Constabulary", "2021", "unauthorised_access", 24),
    }


def test_the_whole_compared_stays_a_total(nlp) -> None:  # type: ignore[no-untyped-def]
    # a figure of the order of the whole, not of the part, compares the whole
    text = (
        "Kent Police recorded 181 breaches in 2023, including 52 emails sent to the wrong "
        "person, up from 167 in 2022."
    )
    assert ("Kent Police", "2022", None, 167) in rows(text, nlp)


def test_a_spans_figure_below_one_of_its_years_is_no_total(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Surrey Police recorded 97 breaches in 2020, 104 in 2021 and 112 in 2022. Over the "
        "three years, nine breaches were referred to the Information Commissioner."
    )
    assert rows(text, nlp) == {
        ("Surrey Police", "2020", None, 97),
        ("Surrey Police", "2021", None, 104),
        ("Surrey Police", "2022", None, 112),
    }


def test_a_spans_total_above_its_years_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police recorded 143 breaches in 2021, 167 in 2022 and 181 in 2023 - a total of "
        "491 over the three years."
    )
    assert ("Kent Police", "2021-2023", None, 491) in rows(text, nlp, published=date(2024, 3, 1))
