"""Breach tallies, round 53: a repetition over a period ("broke data protection law 51 times
over the past three years", "55 times over the course of 2010") counts breaches in that period;
"times over" multiplies only when no period phrase follows "over" ("three times over the figure
for 2010"). Paraphrases written for these tests; each mechanism has cases that must fire and
near misses that must not."""

from __future__ import annotations

from datetime import date

from tally_rows import cleaned_tally_rows

PUBLISHED = date(2012, 3, 1)


def rows(text: str, nlp) -> set[tuple]:  # type: ignore[no-untyped-def]
    return cleaned_tally_rows(text, nlp, PUBLISHED)


HEAD = "Officers misused police data, figures show\n\n"


def test_times_over_the_course_of_a_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        HEAD + "Records released under freedom of information rules show that staff at Kent "
        "Police broke the Data Protection Act 55 times over the course of 2010.\n"
    )
    assert rows(text, nlp) == {("Kent Police", "2010", None, 55)}


def test_times_over_a_relative_span(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        HEAD + "Essex Police officers and staff breached data protection rules 51 times over "
        "the last three years, a freedom of information request found.\n"
    )
    assert rows(text, nlp) == {("Essex Police", "2009-2011", None, 51)}


def test_times_over_a_span_of_years(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        HEAD + "Norfolk Constabulary staff broke data protection law 31 times over the whole "
        "of 2011, the force said.\n"
    )
    assert rows(text, nlp) == {("Norfolk Constabulary", "2011", None, 31)}


def test_times_over_a_figure_still_multiplies(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: "3 times over the figure for 2010" is a multiplier, no count of its own
    text = (
        HEAD + "Kent Police recorded 90 data breaches in 2011, which is 3 times over the "
        "figure for 2010.\n"
    )
    assert rows(text, nlp) == {("Kent Police", "2011", None, 90)}


def test_times_over_alone_still_multiplies(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: "four times over" with nothing after it is no count
    text = (
        HEAD + "Kent Police recorded 40 data breaches in 2011, and its spending on training "
        "has repaid itself four times over.\n"
    )
    assert rows(text, nlp) == {("Kent Police", "2011", None, 40)}
