"""Breach tallies, round 56 (family counts56).

1. Breaches one person suffered are that person's story, no force's tally: a claim or
   compensation page ("damages for a client after three breaches by officers", "officers
   leaked her address on two occasions") counts the breaches of one case. One person named
   before a handful of breaches, or repeats of what was done to a person named by title or
   pronoun, give no row; a statistics page's kinds ("Two involved a victim's address") and
   larger figures beside a person stay rows.
2. A number of years with a bound before it ("over almost five years", "in nearly three
   years") is a span the text does not place, as "over five years" is (round 22): the
   force's yearly figures on the page place it, else no row -- never the year a neighbouring
   sentence states.
3. A ranking whose lead names plain breaches ("The forces with the most breaches were Kent
   with 310, ...") gives each force's total, though a national figure of one kind came just
   before; "the most such breaches", "breaches of that kind" and bare figures with no lead
   ("Kent Police recorded 31 and Essex 20") still take that kind.
4. On a page with no date to count back from, "the past three years" is an unplaced span of
   three years, as "over three years" is (round 22): the force's yearly figures place it, else
   no row; "last year" on such a page still dates nothing.
5. The one figure of a sentence followed by two consecutive years joined by "and" ("140
   breaches in 2021 and 2022") counts both years: the span 2021-2022, not its first year; "over
   the period" after it is that span. Two figures ("40 and 52 breaches in 2021 and 2022") are
   one for each year.

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2023, 5, 1)
rows = partial(tally_rows.rows, published=PUBLISHED)


# 1. one person's breaches


def test_breaches_a_woman_suffered_are_her_case_not_a_tally(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "£5,000 payout for woman after police leaks\n\nOur solicitors won £5,000 in damages "
        "for a woman who was badly affected by two data breaches committed by Essex Police "
        "staff.\n\nIn the spring of 2021, officers at Essex Police gave her new address "
        "to her ex-husband on two separate occasions."
    )
    assert rows(text, nlp) == set()


def test_a_man_paid_after_breaches_gives_no_row(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Compensation for man after police leaks\n\nA man has been paid £3,000 after four "
        "privacy breaches by Kent Police officers in 2022 exposed his criminal record to his "
        "employer."
    )
    assert rows(text, nlp) == set()


def test_a_pensioner_named_before_the_count_gives_no_row(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Payout for pensioner\n\nSolicitors won £4,500 for a pensioner after two breaches by "
        "Surrey Police staff in 2020 revealed his address to a neighbour."
    )
    assert rows(text, nlp) == set()


def test_repeats_done_to_a_titled_client_give_no_row(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Damages for victim of police leaks\n\nIn 2021 Essex Police officers breached data "
        "protection law on two separate occasions while dealing with our client, Mr C."
    )
    assert rows(text, nlp) == set()


def test_the_same_repeats_with_no_person_stay_a_row(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Damages for victim of police leaks\n\nIn 2021 Essex Police officers breached data "
        "protection law on two separate occasions."
    )
    assert rows(text, nlp) == {("Essex Police", "2021", None, 2)}


def test_a_kind_involving_a_victim_on_a_statistics_page_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police data breaches\n\nFigures show Kent Police recorded four breaches in 2022. "
        "Two involved a victim's address being sent to the wrong person."
    )
    assert ("Kent Police", "2022", None, 4) in rows(text, nlp)


def test_a_speaker_by_title_before_the_count_is_no_sufferer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police data breaches\n\nMr Jones, who obtained the figures, said Kent Police "
        "recorded four breaches in 2022."
    )
    assert rows(text, nlp) == {("Kent Police", "2022", None, 4)}


def test_more_than_a_handful_beside_a_person_stays_a_tally(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police figures\n\nA woman was among those hit by the 14 breaches Kent Police "
        "recorded in 2022, figures show."
    )
    assert rows(text, nlp) == {("Kent Police", "2022", None, 14)}


# 2. "over almost five years": an unplaced span, as "over five years"


def test_a_bounded_number_of_years_spans_the_yearly_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police breaches\n\nKent Police recorded 120 data breaches over almost four "
        "years, figures show. The force logged 28 in 2019, 30 in 2020, 31 in 2021 and 31 in "
        "2022."
    )
    assert ("Kent Police", "2019-2022", None, 120) in rows(text, nlp)


def test_a_bounded_span_takes_no_year_from_the_next_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police breaches\n\nKent Police recorded 120 data breaches in nearly four years, "
        "figures show. The two cases that led to dismissals both took place in 2019."
    )
    assert not any(r[3] == 120 for r in rows(text, nlp))


def test_a_bound_on_the_figure_is_no_bound_on_the_years(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police breaches\n\nKent Police recorded almost 120 data breaches in 2021, "
        "figures show."
    )
    assert tally_rows.run(text, nlp, PUBLISHED).breach_counts[0].period == "2021"


# 3. a ranking led by plain breaches is of totals

_NATIONAL_KIND = (
    "Forces leaking data\n\nPolice forces across the UK recorded 640 cases of inappropriate "
    "disclosure between 2017 and 2021, a survey found.\n\n"
)


def test_a_ranking_led_by_plain_breaches_gives_totals(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        _NATIONAL_KIND + "The forces with the most breaches were Kent Police with 310, Essex "
        "with 150 and Sussex with 120."
    )
    assert rows(text, nlp) == {
        ("Kent Police", "2017-2021", None, 310),
        ("Essex Police", "2017-2021", None, 150),
        ("Sussex Police", "2017-2021", None, 120),
    }


def test_a_table_topped_for_breaches_gives_totals(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        _NATIONAL_KIND + "Topping the table for data breaches overall was Kent Police, with "
        "310, followed by Essex with 150."
    )
    assert rows(text, nlp) == {
        ("Kent Police", "2017-2021", None, 310),
        ("Essex Police", "2017-2021", None, 150),
    }


def test_a_ranking_of_such_breaches_keeps_the_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    for lead in ("the most such breaches", "the most breaches of that kind"):
        text = (
            _NATIONAL_KIND + f"The forces with {lead} were Kent Police with 310 and Essex with 150."
        )
        assert ("Kent Police", "2017-2021", "inappropriate_disclosure", 310) in rows(text, nlp)


def test_bare_figures_after_a_national_kind_keep_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _NATIONAL_KIND + "Kent Police recorded 31 and Essex 20."
    assert rows(text, nlp) == {
        ("Kent Police", "2017-2021", "inappropriate_disclosure", 31),
        ("Essex Police", "2017-2021", "inappropriate_disclosure", 20),
    }


# 4. "the past three years" on an undated page


_UNDATED = (
    "Kent Police breaches\n\nKent Police staff broke data protection laws 61 times over the "
    "past three years, an FOI request shows."
)


def test_undated_past_years_span_the_yearly_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _UNDATED + " The force recorded 18 breaches in 2019, 20 in 2020 and 23 in 2021."
    assert ("Kent Police", "2019-2021", None, 61) in tally_rows.rows(text, nlp, None)


def test_undated_past_years_without_yearly_figures_give_no_row(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not any(r[3] == 61 for r in tally_rows.rows(_UNDATED, nlp, None))


def test_undated_last_year_borrows_no_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police breaches\n\nKent Police recorded three breaches in 2019. The regulator "
        "looked into four breaches at the force last year."
    )
    assert tally_rows.rows(text, nlp, None) == {("Kent Police", "2019", None, 3)}


# 5. "in 2021 and 2022" after one figure


def _kent(text: str) -> str:
    return "Kent Police breaches\n\n" + text


def test_one_figure_for_two_joined_years_is_their_span(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _kent("Kent Police recorded 140 data breaches in 2021 and 2022, figures show.")
    assert rows(text, nlp) == {("Kent Police", "2021-2022", None, 140)}


def test_two_figures_for_two_joined_years_are_one_each(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _kent("Kent Police recorded 40 and 52 data breaches in 2021 and 2022, figures show.")
    assert rows(text, nlp) == {("Kent Police", "2021", None, 40), ("Kent Police", "2022", None, 52)}


def test_the_period_after_a_figure_for_two_joined_years_is_their_span(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _kent(
        "Kent Police recorded 140 data breaches in 2021 and 2022, figures show. Over the "
        "period, Essex Police recorded 95."
    )
    assert ("Essex Police", "2021-2022", None, 95) in rows(text, nlp)


def test_the_period_after_yearly_figures_is_still_their_years(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _kent(
        "Kent Police recorded 60 data breaches in 2021 and 80 in 2022, figures show. Over the "
        "period, Essex Police recorded 95."
    )
    assert ("Essex Police", "2021-2022", None, 95) in rows(text, nlp)


def test_parts_over_the_period_of_two_joined_years_are_no_rows_of_their_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _kent(
        "Figures show Kent Police had 140 laptops and mobile phones lost or stolen in 2021 and "
        "2022. Most of them, 80, went missing in 2021. Over the period 60 phones and 40 "
        "laptops went missing."
    )
    assert rows(text, nlp) == {("Kent Police", "2021-2022", "loss_or_theft_of_device", 140)}
