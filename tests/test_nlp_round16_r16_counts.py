"""Breach tallies, round 16 (branch r16-counts): a bound written with an article ("more than a
thousand") is approximate; a figure opening its clause as a part of a period's breaches
("Nine of last year's breaches were ...") counts no total of its own; a period opening a
clause after "and" ("..., and in 2023 there were 38") dates the figure after it; a breach
word modifying another noun ("14 data breach claims") counts those things, not breaches.
Paraphrases written for these tests; each pairs what must become a row with what must not."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2024, 11, 14)
rows = partial(tally_rows.rows, published=PUBLISHED)
HEAD = "Force data breaches revealed\nPublished 14 November 2024\n\n"


def _all(text: str, nlp) -> set[tuple]:  # type: ignore[no-untyped-def]
    run = tally_rows.run(text, nlp, PUBLISHED)
    return {(c.force, c.period, c.breach_type, c.count, c.approximate) for c in run.breach_counts}


def test_a_bound_with_an_article_is_approximate(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        HEAD
        + "Avon and Somerset Police logged more than a thousand data breaches from 2018 to 2022."
    )
    assert _all(text, nlp) == {("Avon and Somerset Police", "2018-2022", None, 1000, True)}
    text = HEAD + "Wiltshire Police logged well over a hundred data breaches during 2021."
    assert _all(text, nlp) == {("Wiltshire Police", "2021", None, 100, True)}
    # an exact figure in words with its article stays exact
    text = HEAD + "Wiltshire Police logged a hundred and twelve data breaches during 2021."
    assert _all(text, nlp) == {("Wiltshire Police", "2021", None, 112, False)}


def test_part_of_a_periods_breaches_is_no_total(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Bedfordshire Police logged 64 data breaches in the last financial year. Seven of last "
        "year's breaches were thought serious enough to tell the Information Commissioner."
    )
    assert rows(text, nlp) == {("Bedfordshire Police", "2023-2024", None, 64)}
    text = HEAD + (
        "Bedfordshire Police logged 64 data breaches in 2023, and only five of last year's "
        "breaches were reported to the regulator."
    )
    assert rows(text, nlp) == {("Bedfordshire Police", "2023", None, 64)}
    # a part naming its kind still counts that kind
    text = HEAD + (
        "Bedfordshire Police logged 64 data breaches in 2023. Nineteen of last year's breaches "
        "involved emails going to the wrong person."
    )
    assert rows(text, nlp) == {
        ("Bedfordshire Police", "2023", None, 64),
        ("Bedfordshire Police", "2023", "emailed_to_incorrect_recipient", 19),
    }
    # a force's share of last year's regional breaches is its total
    text = HEAD + (
        "Forces across the region logged 900 data breaches last year. Bedfordshire Police was "
        "responsible for 140 of last year's breaches."
    )
    assert rows(text, nlp) == {("Bedfordshire Police", "2023", None, 140)}


def test_a_period_opening_a_clause_after_and(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Warwickshire Police answered the request. In 2020 there were 33 data breaches, in "
        "2021 there were 29 and in 2022 there were 40."
    )
    assert rows(text, nlp) == {
        ("Warwickshire Police", "2020", None, 33),
        ("Warwickshire Police", "2021", None, 29),
        ("Warwickshire Police", "2022", None, 40),
    }
    text = HEAD + "Warwickshire Police logged 33 data breaches in 2020 and in 2021 it logged 29."
    assert rows(text, nlp) == {
        ("Warwickshire Police", "2020", None, 33),
        ("Warwickshire Police", "2021", None, 29),
    }
    # a period closing the clause of the figure before it stays that figure's
    text = HEAD + "Warwickshire Police logged 33 data breaches in 2020 and 29 in 2021."
    assert rows(text, nlp) == {
        ("Warwickshire Police", "2020", None, 33),
        ("Warwickshire Police", "2021", None, 29),
    }


def test_a_breach_word_modifying_another_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + "Staffordshire Police settled 23 data breach claims during 2022."
    assert rows(text, nlp) == set()
    text = HEAD + (
        "Staffordshire Police recorded 210 data breaches in 2022 and faced 17 data breach "
        "compensation claims."
    )
    assert rows(text, nlp) == {("Staffordshire Police", "2022", None, 210)}
    # a breach word before a word for breaches still counts them
    text = HEAD + "Staffordshire Police recorded 210 data breach incidents in 2022."
    assert rows(text, nlp) == {("Staffordshire Police", "2022", None, 210)}


def test_a_relative_span_its_yearly_figures_add_up_to(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Lancashire Constabulary logged 210 data breaches in the past three years. It logged "
        "80 in 2021, 66 in 2022 and 64 in 2023."
    )
    assert rows(text, nlp) == {
        ("Lancashire Constabulary", "2021-2023", None, 210),
        ("Lancashire Constabulary", "2021", None, 80),
        ("Lancashire Constabulary", "2022", None, 66),
        ("Lancashire Constabulary", "2023", None, 64),
    }
    # yearly figures that do not add up leave the span as the dateline reads it
    text = HEAD + (
        "Lancashire Constabulary logged 250 data breaches in the past three years. It logged "
        "80 in 2021, 66 in 2022 and 64 in 2023."
    )
    assert ("Lancashire Constabulary", "2021-2024", None, 250) in rows(text, nlp)


def test_bulleted_kinds_under_a_lead_naming_the_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Durham Constabulary's FOI response for 2022 showed:\n"
        "- 31 emails sent to the wrong recipient\n"
        "- 9 lost or stolen devices\n"
    )
    assert rows(text, nlp) == {
        ("Durham Constabulary", "2022", "emailed_to_incorrect_recipient", 31),
        ("Durham Constabulary", "2022", "loss_or_theft_of_device", 9),
    }
    # items that name no kind of breach count nothing
    text = HEAD + (
        "Durham Constabulary's FOI response for 2022 showed:\n"
        "- 31 officers on restricted duties\n"
        "- 9 vehicles written off\n"
    )
    assert rows(text, nlp) == set()


def test_a_figure_compared_with_and_recorded_in_its_period(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "West Mercia Police had 188 data breaches in 2023, a rise of 15% on the 163 recorded "
        "in 2022."
    )
    assert rows(text, nlp) == {
        ("West Mercia Police", "2023", None, 188),
        ("West Mercia Police", "2022", None, 163),
    }
    # a figure of another measure recorded in its period is no breach figure
    text = HEAD + (
        "West Mercia Police had 188 data breaches in 2023. Burglaries fell, with 2,400 "
        "recorded in 2022."
    )
    assert rows(text, nlp) == {("West Mercia Police", "2023", None, 188)}
