"""Round 27b (breach year), each mechanism proved by paraphrases written for it, positive and
negative: a sign-off line naming the page as its stamp's subject ('This article was first
published on 14 February 2024') is the page's date, from which 'last year' counts, while a
report's publication is not; a year's possessive written with an apostrophe and nothing
before it ('during 2020's first lockdown') is that year, 'the 1990's' still a decade; a hedge
between 'since' and its date ('since at least 2017') leaves a misuse going on from that
date, another act going on since it no breach; a short stretch before the page's date ('in
recent weeks', 'over the past few months') is the page's year when it cannot reach into the
year before; a bound that is a date ('until 2021') opens no clause, so a count back after it
('having begun two years earlier') is the breach's start, not a bound."""

from __future__ import annotations

from datetime import date

import pytest

from extract.models import Document
from extract.nlp import extract

HEADLINE = "Police force data breach\n\n"


def year(nlp, text: str, published: date | None = date(2024, 6, 14)) -> int | None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=HEADLINE + text, published=published), nlp)
    return next(i for i in ex.incidents if i.mention == "primary").breach_year


# --- the page named as its stamp's subject in a sign-off line


@pytest.mark.parametrize(
    "signoff",
    [
        "This article was first published on 14 February 2024.",
        "This story was originally published on 3 March 2024.",
    ],
)
def test_signoff_naming_the_page_dates_it(nlp, signoff: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Wiltshire Police has been reprimanded by the ICO after a folder of witness statements "
        f"was left on a train last year.\n\n{signoff}"
    )
    assert year(nlp, text, None) == 2023


def test_signoff_of_another_document_is_no_page_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Wiltshire Police has been reprimanded by the ICO after a folder of witness statements "
        "was left on a train last year.\n\nThe inspectors' report was first published on 14 "
        "February 2024."
    )
    assert year(nlp, text, None) is None


# --- a year's possessive


def test_possessive_year_is_that_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hampshire Constabulary has been reprimanded after a spreadsheet of vulnerable people "
        "was emailed to a charity during 2020's first lockdown."
    )
    assert year(nlp, text) == 2020


def test_decade_with_apostrophe_stays_a_decade(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hampshire Constabulary has been reprimanded after custody records from the 1990's "
        "were dumped in a skip in March 2023."
    )
    assert year(nlp, text) == 2023


# --- a hedge between 'since' and its date


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Northumbria Police has been reprimanded. A constable had been looking up the "
            "records of his former partner since at least 2017, the regulator said.",
            2017,
        ),
    ],
)
def test_hedged_since_starts_the_breach(nlp, text: str, want: int) -> None:  # type: ignore[no-untyped-def]
    assert year(nlp, text) == want


def test_hedged_since_of_no_misuse_dates_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Northumbria Police has been reprimanded after an officer emailed a victim's address "
        "to her attacker in 2022. The officer had been working at the station since at least "
        "2017."
    )
    assert year(nlp, text) == 2022


# --- a short stretch before the page's date


@pytest.mark.parametrize(
    "when", ["in recent weeks", "over the past few days", "in the past few months"]
)
def test_recent_stretch_is_the_page_year(nlp, when: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Leicestershire Police has been reprimanded after the names of informants were "
        f"emailed to a member of the public {when}."
    )
    assert year(nlp, text, date(2024, 7, 2)) == 2024


def test_recent_months_early_in_the_year_is_undated(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Leicestershire Police has been reprimanded after the names of informants were "
        "emailed to a member of the public in recent months."
    )
    assert year(nlp, text, date(2024, 2, 2)) is None


# --- a span told by its end and a count back


@pytest.mark.parametrize("verb", ["having begun", "having started"])
def test_end_then_count_back_dates_the_start(nlp, verb: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gloucestershire Constabulary has been reprimanded by the ICO after a sergeant looked "
        "up the addresses of his neighbours. The look-ups went on until 2022, "
        f"{verb} three years earlier."
    )
    assert year(nlp, text) == 2019


def test_system_begun_before_a_bound_date_is_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gloucestershire Constabulary has been reprimanded by the ICO. The force kept paper "
        "files until 2022, having bought a new records system three years earlier."
    )
    assert year(nlp, text) is None
