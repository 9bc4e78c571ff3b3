"""Breach tallies, round 31: a bare figure after a sentence's own typed figures counts the same
kind (tally_types.sentence_type): the second force of a gapped clause ("88 emails sent to the
wrong person in 2023, and Kent Police 95") and the figure a typed count is compared with ("64
cases of unauthorised access in 2022, up from 51 in 2021"). Guards: a bare figure after a
total stays a total, after a part of a total stays no row of that kind, and one called the
whole ("412 in total") takes no kind. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2023, 6, 1)
rows = partial(tally_rows.rows, published=PUBLISHED)
UA = "unauthorised_access"
EM = "emailed_to_incorrect_recipient"
DEV = "loss_or_theft_of_device"


def test_gapped_second_force_counts_the_same_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sussex Police recorded 88 breaches involving emails sent to the wrong person in "
        "2023, and Kent Police 95."
    )
    assert rows(text, nlp) == {("Sussex Police", "2023", EM, 88), ("Kent Police", "2023", EM, 95)}


def test_gapped_second_force_of_a_device_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cheshire Constabulary recorded 17 breaches involving lost or stolen laptops in "
        "2021/22, and Lancashire Constabulary 23."
    )
    assert rows(text, nlp) == {
        ("Cheshire Constabulary", "2021-2022", DEV, 17),
        ("Lancashire Constabulary", "2021-2022", DEV, 23),
    }


def test_typed_count_compared_with_an_earlier_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Essex Police recorded 64 cases of unauthorised access in 2022, up from 51 in 2021."
    assert rows(text, nlp) == {("Essex Police", "2022", UA, 64), ("Essex Police", "2021", UA, 51)}


def test_guard_bare_figure_after_a_total_stays_a_total(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kent Police logged 233 data breaches last year, compared with 198 in 2021."
    assert rows(text, nlp) == {
        ("Kent Police", "2022", None, 233),
        ("Kent Police", "2021", None, 198),
    }


def test_guard_second_force_after_a_total_stays_a_total(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Northumbria Police logged 177 data breaches in 2021 and Cheshire Constabulary 93."
    assert rows(text, nlp) == {
        ("Northumbria Police", "2021", None, 177),
        ("Cheshire Constabulary", "2021", None, 93),
    }


def test_guard_figure_called_the_whole_takes_no_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Essex Police recorded 64 cases of unauthorised access in 2022 and 412 in total."
    assert ("Essex Police", "2022", UA, 412) not in rows(text, nlp)


def test_guard_part_then_total_of_another_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sussex Police reported 318 data breaches in 2020; 117 of them involved unauthorised "
        "access to records."
    )
    assert rows(text, nlp) == {
        ("Sussex Police", "2020", None, 318),
        ("Sussex Police", "2020", UA, 117),
    }
