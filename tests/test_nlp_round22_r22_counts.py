"""Breach tallies, round 22: a breakdown running on over sentences after its total, a total
over a number of years the text does not place, and "the same year" after a sentence that
counts something else. Paraphrases written for these tests; each pairs what must become a row
with what must not."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

rows = partial(tally_rows.rows, published=date(2024, 5, 20))


def test_a_kind_noun_counts_while_the_breakdown_runs_on(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breaches at Dorset Police\n"
        "Dorset Police logged 88 data breaches in 2023.\n\n"
        "Misdirected emails made up the biggest share, accounting for 30 breaches. There were "
        "11 cases of documents being lost, and six verbal disclosures."
    )
    assert ("Dorset Police", "2023", "verbal_disclosure", 6) in rows(text, nlp)


def test_a_kind_noun_after_another_forces_figure_is_not_a_part(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breaches at Dorset Police\n"
        "Dorset Police logged 88 data breaches in 2023.\n\n"
        "Wiltshire Police said it had recorded 40 cases of misdirected emails. Officers there "
        "later found six lost laptops in a storeroom."
    )
    got = rows(text, nlp)
    assert ("Dorset Police", "2023", None, 88) in got
    assert not any(r[3] == 6 for r in got)


def test_a_total_over_unplaced_years_spans_the_yearly_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Avon and Somerset data breaches\n"
        "Herald | News | South West | 3 March 2025\n\n"
        "Avon and Somerset Police recorded 417 data breaches across four years, an FOI request "
        "has revealed.\n\n"
        "The force logged 96 in 2020, 101 in 2021, 110 in 2022 and 110 in 2023."
    )
    got = rows(text, nlp)
    assert ("Avon and Somerset Police", "2020-2023", None, 417) in got
    assert not any(r[3] == 417 and r[1] != "2020-2023" for r in got)


def test_a_total_over_unplaced_years_without_yearly_figures_is_left_out(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Avon and Somerset data breaches\n"
        "Herald | News | South West | 3 March 2025\n\n"
        "Avon and Somerset Police recorded 417 data breaches in four years, an FOI request "
        "has revealed."
    )
    assert not any(r[3] == 417 for r in rows(text, nlp))


def test_the_same_year_as_the_sentence_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breaches at Suffolk Constabulary\n"
        "Suffolk Constabulary answered 950 subject access requests in 2022, figures show. "
        "It reported 61 data breaches in the same year."
    )
    assert ("Suffolk Constabulary", "2022", None, 61) in rows(text, nlp)


def test_the_same_year_with_two_years_before_is_not_guessed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breaches at Suffolk Constabulary\n"
        "Suffolk Constabulary answered 950 subject access requests in 2022 and 1,010 in 2023. "
        "It reported 61 data breaches in the same year."
    )
    got = rows(text, nlp)
    assert not any(r[3] == 61 for r in got)


def test_a_figure_shared_by_forces_named_after_a_word_of_sharing(nlp) -> None:  # type: ignore[no-untyped-def]
    for lead in ("Together", "Combined", "Between them"):
        text = (
            "Breaches in the east\n"
            f"{lead}, Norfolk Constabulary and Suffolk Constabulary logged 188 data breaches "
            "in 2022, figures show."
        )
        assert not any(r[3] == 188 for r in rows(text, nlp)), lead


def test_forces_named_after_another_opening_word_keep_their_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breaches in the east\n"
        "Meanwhile, Norfolk Constabulary logged 101 data breaches in 2022 and Suffolk "
        "Constabulary 87."
    )
    got = rows(text, nlp)
    assert ("Norfolk Constabulary", "2022", None, 101) in got
    assert ("Suffolk Constabulary", "2022", None, 87) in got


def test_an_undated_figure_never_takes_the_pages_date(nlp) -> None:  # type: ignore[no-untyped-def]
    for line in (
        "Wessex Gazette | News | Dorset | 14 January 2025",
        "By Sam Jones, 14 January 2025",
    ):
        text = (
            "Dorset breaches\n"
            f"{line}\n\n"
            "Dorset Police recorded 73 data breaches, figures released under freedom of "
            "information show."
        )
        assert not any(r[3] == 73 for r in rows(text, nlp)), line


def test_an_undated_figure_takes_the_period_stated_in_the_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dorset breaches\n"
        "Wessex Gazette | News | Dorset | 14 January 2025\n\n"
        "Dorset Police recorded 73 data breaches, figures released under freedom of "
        "information show. The figures cover 2023."
    )
    assert ("Dorset Police", "2023", None, 73) in rows(text, nlp)
