"""Breach tallies, round 15 (branch r15-counts): bare figures ("Kent Police logged 212, Essex
Police 190") take their measure and period from the sentence about breaches that introduces
them, even when a sentence saying who answered stands between; a force written with its
article ("the Met") heads its figure in a run. Paraphrases written for these tests; each pairs
what must become a row with what must not."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2024, 3, 4)
rows = partial(tally_rows.rows, published=PUBLISHED)

HEAD = "Police forces reveal data breach totals\nPublished 4 March 2024\n\n"


def test_bare_figures_two_sentences_after_the_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "A privacy group asked every force in England and Wales how many data breaches they "
        "had logged during 2022. Thirty-eight forces replied.\n\n"
        "Kent Police logged 212, Essex Police 190 and Sussex Police 144. Surrey Police came "
        "next with 98."
    )
    assert rows(text, nlp) == {
        ("Kent Police", "2022", None, 212),
        ("Essex Police", "2022", None, 190),
        ("Sussex Police", "2022", None, 144),
        ("Surrey Police", "2022", None, 98),
    }
    # another measure named between leaves the bare figures uncounted
    text = HEAD + (
        "Forces were asked how many data breaches they had recorded in 2022. They were also "
        "asked how many officers had been disciplined.\n\n"
        "Kent Police recorded 21, Essex Police 19 and Sussex Police 14."
    )
    assert rows(text, nlp) == set()
    # nor figures of something else, listed by force under the measure's sentence
    text = HEAD + (
        "Forces were asked how many data breaches they had recorded in 2022.\n\n"
        "Kent Police employs 3,800, Essex Police 3,500 and Sussex Police 2,900."
    )
    assert rows(text, nlp) == set()


def test_a_force_opening_a_ranking_takes_the_measure_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Forces were asked how many data breaches they had recorded in 2022. Most replied "
        "within the deadline.\n\n"
        "Top of the list was Kent Police on 212, followed by Essex Police on 190."
    )
    assert rows(text, nlp) == {
        ("Kent Police", "2022", None, 212),
        ("Essex Police", "2022", None, 190),
    }


def test_a_force_named_with_its_article_heads_its_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Data breaches rose across the capital's neighbours in 2022, figures show.\n\n"
        "Kent Police logged 212 breaches in the year, ahead of the Met on 195."
    )
    assert rows(text, nlp) == {
        ("Kent Police", "2022", None, 212),
        ("Metropolitan Police Service", "2022", None, 195),
    }
    # 'on' a date after the name is no figure of the force's
    text = HEAD + (
        "Data breaches rose across the capital's neighbours in 2022, figures show.\n\n"
        "Kent Police logged 212 breaches in the year, and wrote to the Met on 12 separate days."
    )
    assert rows(text, nlp) == {("Kent Police", "2022", None, 212)}


def test_a_bare_figure_dated_in_its_own_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Suffolk Constabulary has revealed the number of data breaches it recorded over the "
        "past three years.\n\nIn 2021 there were 77. The following year the figure rose to 93."
    )
    assert rows(text, nlp) == {
        ("Suffolk Constabulary", "2021", None, 77),
        ("Suffolk Constabulary", "2022", None, 93),
    }
    # a sentence that gave a figure of its own introduces no bare figures
    text = HEAD + (
        "Suffolk Constabulary has revealed it paid 14 staff to review data breaches over the "
        "past three years.\n\nIn 2021 there were 77."
    )
    assert ("Suffolk Constabulary", "2021", None, 77) not in rows(text, nlp)


def test_the_force_recording_a_bare_figure_dated_by_the_lead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "The number of data breaches recorded by Lancashire Constabulary rose last year.\n\n"
        "The force recorded 133, compared with 110 in 2022."
    )
    assert rows(text, nlp) == {
        ("Lancashire Constabulary", "2023", None, 133),
        ("Lancashire Constabulary", "2022", None, 110),
    }


def test_a_comparison_run_through_a_relative_period_leaves_the_total(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Figures obtained under freedom of information laws show Norfolk Constabulary "
        "recorded 148 data breaches in 2023.\n\n"
        "That compares with 121 the previous year and 97 in 2021.\n\n"
        "The most common type was emails sent to the wrong recipient, which accounted for 41."
    )
    found = rows(text, nlp)
    # the breakdown is of the force's total, not of the last figure it was compared with
    assert ("Norfolk Constabulary", "2023", "emailed_to_incorrect_recipient", 41) in found
    assert ("Norfolk Constabulary", "2021", "emailed_to_incorrect_recipient", 41) not in found
    assert ("Norfolk Constabulary", "2021", None, 97) in found


def test_a_change_from_one_figure_to_another_over_a_span(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + "Data breaches at Bedfordshire Police rose from 66 to 92 between 2021 and 2023."
    assert rows(text, nlp) == {
        ("Bedfordshire Police", "2021", None, 66),
        ("Bedfordshire Police", "2023", None, 92),
    }
    text = HEAD + (
        "Data breaches at Bedfordshire Police rose from 66 to 92 between 2019/20 and 2022/23."
    )
    assert rows(text, nlp) == {
        ("Bedfordshire Police", "2019-2020", None, 66),
        ("Bedfordshire Police", "2022-2023", None, 92),
    }
    # figures dated on their own keep their dates
    text = HEAD + "Data breaches at Bedfordshire Police rose from 66 in 2020 to 92 in 2023."
    assert rows(text, nlp) == {
        ("Bedfordshire Police", "2020", None, 66),
        ("Bedfordshire Police", "2023", None, 92),
    }
    # a change of another measure is no change of breaches: its start is not counted
    text = HEAD + (
        "Data breaches at Bedfordshire Police were studied. Its staff numbers rose from "
        "3,100 to 3,400 between 2021 and 2023."
    )
    assert not any(r[3] == 3100 for r in rows(text, nlp))


def test_a_run_as_long_as_the_dated_one_before_shares_its_periods(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Leicestershire Police has disclosed how many data breaches it recorded in each of "
        "the last three years.\n\nThere were 88 in 2021, 102 in 2022 and 95 in 2023.\n\n"
        "Northamptonshire Police, which answered the same request, had 47, 52 and 60."
    )
    found = rows(text, nlp)
    assert {
        ("Northamptonshire Police", "2021", None, 47),
        ("Northamptonshire Police", "2022", None, 52),
        ("Northamptonshire Police", "2023", None, 60),
    } <= found
    # a run of another length is not paired with those periods
    text = HEAD + (
        "Leicestershire Police has disclosed how many data breaches it recorded in each of "
        "the last three years.\n\nThere were 88 in 2021, 102 in 2022 and 95 in 2023.\n\n"
        "Northamptonshire Police, which answered the same request, had 47 and 52."
    )
    found = rows(text, nlp)
    assert ("Northamptonshire Police", "2022", None, 52) not in found


def test_a_force_topping_the_table_on_a_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    lead = HEAD + (
        "Figures show the number of data breaches recorded by police forces in the East of "
        "England in 2023.\n\n"
    )
    text = lead + "Essex Police topped the list on 231. Norfolk Constabulary was next on 148."
    assert rows(text, nlp) == {
        ("Essex Police", "2023", None, 231),
        ("Norfolk Constabulary", "2023", None, 148),
    }
    # 'on' a date after the table is no figure
    text = lead + "Essex Police was at the top of the table on 12 March, when the figures came out."
    assert rows(text, nlp) == set()
