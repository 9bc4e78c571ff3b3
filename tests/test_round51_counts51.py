"""Breach tallies, round 51: a study's one span dates the figure of a force compared far down
the page ("Essex Police fared worse still, logging 350 breaches"), unless its sentence says it
came from elsewhere; and a year fronting an impersonal report ("In 2019 it was revealed that
...") dates the news, not the figures reported in it. Paraphrases written for these tests;
each mechanism has cases that must fire and near misses that must not."""

from __future__ import annotations

from datetime import date

from tally_rows import cleaned_tally_rows

PUBLISHED = date(2024, 3, 1)


def rows(text: str, nlp) -> set[tuple]:  # type: ignore[no-untyped-def]
    return cleaned_tally_rows(text, nlp, PUBLISHED)


HEAD = "Campaigners publish police data figures\n\n"

STUDY = (
    "A study by a privacy charity counted 4,100 data breaches across police forces from "
    "January 2017 to December 2021.\n\n"
)

# sentences with no figure and no period, putting the comparison far from the study's span
FILLER = (
    'A Kent Police spokesman said: "We take the handling of information very seriously."\n\n'
    '"Every officer is trained in data protection."\n\n'
    '"Where staff fall short, we act."\n\n'
    "The group wants tougher penalties for officers who misuse systems.\n\n"
    "It says victims should be told when their details are looked up.\n\n"
    "Ministers have said they will consider the findings.\n\n"
)


def test_study_span_dates_a_distant_comparison(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        HEAD
        + STUDY
        + "Kent Police was one of the worst performers, with 301 breaches over the period.\n\n"
        + FILLER
        + "Essex Police fared worse still, logging 350 breaches.\n\n"
        "Suffolk Constabulary, next door, reported a mere 40 breaches.\n"
    )
    assert rows(text, nlp) == {
        ("Kent Police", "2017-2021", None, 301),
        ("Essex Police", "2017-2021", None, 350),
        ("Suffolk Constabulary", "2017-2021", None, 40),
    }


def test_figure_from_another_source_takes_no_span(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: the far figure's sentence says it is not the study's
    text = (
        HEAD
        + STUDY
        + "Kent Police was one of the worst performers, with 301 breaches over the period.\n\n"
        + FILLER
        + "Essex Police, whose figures were not included in the study, said its own audit "
        "found 350 breaches.\n"
    )
    assert rows(text, nlp) == {("Kent Police", "2017-2021", None, 301)}


def test_page_of_two_periods_lends_no_span(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: the page dates figures by a span and by a year, the far figure's is unsaid
    text = (
        HEAD
        + STUDY
        + "Kent Police was one of the worst performers, with 301 breaches over the period, "
        "and 80 in 2021 alone.\n\n" + FILLER + "Essex Police fared worse still, logging 350 "
        "breaches.\n"
    )
    got = rows(text, nlp)
    assert ("Kent Police", "2017-2021", None, 301) in got
    assert not any(r[0] == "Essex Police" for r in got)


def test_single_year_is_no_study_span(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: one year's figure is no study over a span; a far figure stays undated
    text = (
        HEAD
        + "Kent Police logged 120 data breaches in 2021, figures show.\n\n"
        + FILLER
        + "Essex Police fared worse still, logging 350 breaches.\n"
    )
    assert rows(text, nlp) == {("Kent Police", "2021", None, 120)}


# A year fronting an impersonal report dates the news, not the figures reported in it.

FIGURES = "Force data breach figures\n\n"


def test_previous_year_counts_from_the_report_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = FIGURES + (
        "In 2019 it was revealed that Kent Police staff had caused 31 data breaches in the "
        "previous year.\n"
    )
    assert rows(text, nlp) == {("Kent Police", "2018", None, 31)}


def test_reported_figure_takes_its_neighbours_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = FIGURES + (
        "In 2019 it was reported that Kent Police had recorded 31 data breaches in a single "
        "year. The breaches are thought to have happened during 2018.\n"
    )
    assert rows(text, nlp) == {("Kent Police", "2018", None, 31)}


def test_following_year_counts_from_the_clause_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = FIGURES + (
        "In 2020 it emerged that Gwent Police had logged 52 data breaches in 2017 and 47 in "
        "the following year.\n"
    )
    assert rows(text, nlp) == {
        ("Gwent Police", "2017", None, 52),
        ("Gwent Police", "2018", None, 47),
    }


def test_year_of_the_figures_own_clause_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    # near misses: the fronted year opens the recording clause itself, or closes it
    for text in (
        "In 2019 Kent Police recorded 31 data breaches, it was reported.",
        "Kent Police recorded 31 data breaches in 2019, figures show.",
        "During 2019, Kent Police recorded 31 data breaches, figures show.",
    ):
        assert rows(FIGURES + text + "\n", nlp) == {("Kent Police", "2019", None, 31)}, text


def test_report_of_a_figure_not_set_apart_keeps_its_year(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: the reported clause does not place its figure apart from the news's year
    text = FIGURES + (
        "Staffordshire Police recorded 70 data breaches in 2021. In 2022 it was reported that "
        "the figure had risen to 88.\n"
    )
    assert ("Staffordshire Police", "2022", None, 88) in rows(text, nlp)


def test_relative_years_count_from_the_report_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = FIGURES + (
        "In 2021 it was disclosed that Norfolk Constabulary staff were to blame for 140 data "
        "breaches across the past three years.\n"
    )
    assert rows(text, nlp) == {("Norfolk Constabulary", "2018-2020", None, 140)}


def test_separate_breaches_are_no_other_source(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss of the other-source guard: "separate" qualifies the breaches, not a source
    text = (
        HEAD
        + STUDY
        + "Kent Police was one of the worst performers, with 301 breaches over the period.\n\n"
        + FILLER
        + "Essex Police, which keeps its own records system, fared worse still with 350 "
        "separate breaches.\n"
    )
    assert ("Essex Police", "2017-2021", None, 350) in rows(text, nlp)
