"""Breach tallies, round 26b (extract.rules.periods, tally_state, tallies): years told by their
rank in a span stated before ("in the first year", "in the second"), the final year of a span
of financial years, and a span closing the clause of the figure before it. Paraphrases
written for these tests; each pairs what must become a row with what must not."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2024, 5, 20)
rows = partial(tally_rows.rows, published=PUBLISHED)


def test_years_told_by_their_rank_in_a_span(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Over 2020 and 2021 Gwent Police logged 310 data breaches: 140 in the first year "
        "and 170 in the second."
    )
    assert rows(text, nlp) == {
        ("Gwent Police", "2020-2021", None, 310),
        ("Gwent Police", "2020", None, 140),
        ("Gwent Police", "2021", None, 170),
    }


def test_ranked_years_in_later_sentences(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk Constabulary reported 420 data breaches between 2018 and 2020. "
        "During the first year there were 120, and in the third year 160."
    )
    assert rows(text, nlp) == {
        ("Norfolk Constabulary", "2018-2020", None, 420),
        ("Norfolk Constabulary", "2018", None, 120),
        ("Norfolk Constabulary", "2020", None, 160),
    }
    # a rank of something else than the span's years dates nothing
    pandemic = (
        "Suffolk Constabulary logged 330 data breaches between 2019 and 2022. In the first "
        "year of the pandemic, officers working from home accounted for 45 of them."
    )
    found = rows(pandemic, nlp)
    assert ("Suffolk Constabulary", "2019-2022", None, 330) in found
    assert not any(r[1] == "2019" for r in found)
    quarter = (
        "Suffolk Constabulary logged 330 data breaches between 2019 and 2022. "
        "In the second quarter there were 14."
    )
    assert not any(r[1] == "2020" for r in rows(quarter, nlp))


def test_ranked_financial_years_and_a_span_closing_its_figures_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Durham Constabulary recorded 260 data breaches between 2019/20 and 2021/22: 70 in "
        "the first year, 90 in the second and 100 in the third."
    )
    assert rows(text, nlp) == {
        ("Durham Constabulary", "2019-2022", None, 260),
        ("Durham Constabulary", "2019-2020", None, 70),
        ("Durham Constabulary", "2020-2021", None, 90),
        ("Durham Constabulary", "2021-2022", None, 100),
    }


def test_the_final_year_of_a_span_of_financial_years_is_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cumbria Constabulary logged 205 data breaches from 2020/21 to 2022/23. "
        "In the final year alone it logged 81."
    )
    assert ("Cumbria Constabulary", "2022-2023", None, 81) in rows(text, nlp)
    # a span of calendar years: its last calendar year
    calendar = (
        "Cumbria Constabulary logged 205 data breaches between 2020 and 2022. "
        "In the final year alone it logged 81."
    )
    assert ("Cumbria Constabulary", "2022", None, 81) in rows(calendar, nlp)


def test_a_freedom_of_information_request_names_no_kind_of_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures obtained through a Freedom of Information request show the number of data "
        "breaches each force logged in 2023: Dorset Police – 96; Devon and Cornwall Police – "
        "171; Gloucestershire Constabulary – 58."
    )
    assert rows(text, nlp) == {
        ("Dorset Police", "2023", None, 96),
        ("Devon and Cornwall Police", "2023", None, 171),
        ("Gloucestershire Constabulary", "2023", None, 58),
    }
    # a kind the lead names outside the request's name is still the list's
    kinds = (
        "Figures obtained through a Freedom of Information request show the number of "
        "emails sent to the wrong person in 2023: Dorset Police – 21; Devon and Cornwall "
        "Police – 34."
    )
    assert rows(kinds, nlp) == {
        ("Dorset Police", "2023", "emailed_to_incorrect_recipient", 21),
        ("Devon and Cornwall Police", "2023", "emailed_to_incorrect_recipient", 34),
    }


def test_items_giving_a_figure_for_each_period_their_heading_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Personal data breaches, 2021 and 2022\n"
        "Merseyside Police: 88, 97\n"
        "Cheshire Constabulary: 64, 70\n"
        "Both forces said they took the security of information seriously."
    )
    assert rows(text, nlp) == {
        ("Merseyside Police", "2021", None, 88),
        ("Merseyside Police", "2022", None, 97),
        ("Cheshire Constabulary", "2021", None, 64),
        ("Cheshire Constabulary", "2022", None, 70),
    }
    # as many figures as periods, or no turns: three figures under two years are not paired
    other = "Personal data breaches, 2021 and 2022\nMerseyside Police: 88, 97, 102\n"
    assert ("Merseyside Police", "2022", None, 97) not in rows(other, nlp)
