"""Round 27c (breach year), each mechanism proved by paraphrases written for it, positive and
negative: a stretch before a bound clause of finding ('went undetected for three years until it
was discovered in 2022') dates the breach that long before the finding, a bound clause of
another verb still bounds; a present verb in '-s' after a decision noun ('the reprimand relates
to a breach in 2020') makes the event noun that verb's object, dated on its own; an uninflected
system word after a breach verb and its object ('left open online', 'left the records open') is
the state the data were left in, no system started; a fronted "two years after the breach"
counts back from the main clause's date; a maximum's 'up to' inside a noun ('in the
run-up to the 2019 general election') is no limit; 'the new year' as a time is the page's
year's first days, told so in the half year after them."""

from __future__ import annotations

from datetime import date

import pytest

from extract.models import Document
from extract.nlp import extract

HEADLINE = "Police force data breach\n\n"


def year(nlp, text: str, published: date | None = date(2024, 3, 14)) -> int | None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=HEADLINE + text, published=published), nlp)
    return next(i for i in ex.incidents if i.mention == "primary").breach_year


# --- a stretch before a bound clause of finding


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Durham Constabulary was reprimanded over a leak which went unnoticed for two years "
            "until it was spotted in 2021.",
            2019,
        ),
        (
            "A list of witnesses was kept on a Durham Constabulary shared drive for two years "
            "until an auditor found it in 2023.",
            2021,
        ),
        (
            "Durham Constabulary was reprimanded over a leak which went unnoticed for a couple "
            "of years until it was spotted in 2021.",
            2019,
        ),
    ],
)
def test_stretch_before_finding_dates_breach(nlp, text: str, want: int) -> None:  # type: ignore[no-untyped-def]
    assert year(nlp, text) == want


def test_stretch_before_other_bound_is_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Durham Constabulary ran the database for four years until it was replaced in 2022."
    assert year(nlp, text) is None


# --- a present verb after a decision noun


def test_present_verb_after_decision_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The regulator's 2023 penalty concerns a breach in 2020 at Durham Constabulary when "
        "victims' addresses were disclosed."
    )
    assert year(nlp, text) == 2020


def test_decision_verb_on_breach_still_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Durham Constabulary reported the breach to the ICO in 2022, after a folder of "
        "statements was lost."
    )
    assert year(nlp, text) is None


# --- a state left in after a breach verb


@pytest.mark.parametrize(
    "text",
    [
        "A database of Durham Constabulary informants was left open online in 2022, the ICO said.",
        "Durham Constabulary left the custody records open to anyone in 2022.",
    ],
)
def test_state_left_in_is_breach(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert year(nlp, text) == 2022


def test_system_opened_after_breach_verb_and_conjunction(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Durham Constabulary lost the custody records and started a review in 2022."
    assert year(nlp, text) is None


# --- a noun's "up to"


@pytest.mark.parametrize("time", ["the lead-up to", "the run up to", "the run-up to"])
def test_run_up_to_is_no_maximum(nlp, time: str) -> None:  # type: ignore[no-untyped-def]
    """A ConText pseudo-trigger (context.toml): the noun's "up to" opens no maximum scope."""
    text = (
        f"Home addresses of Durham Constabulary officers were leaked in {time} the 2019 "
        "general election, the ICO said."
    )
    assert year(nlp, text) == 2019


def test_modal_stays_unasserted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Home addresses of Durham Constabulary officers may have been leaked in the run-up to "
        "the 2019 general election."
    )
    assert year(nlp, text) is None


# --- the new year


def test_new_year_as_time(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Durham Constabulary said a laptop was stolen from a patrol car over the new year."
    assert year(nlp, text) == 2024


def test_new_year_late_in_year_is_no_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Durham Constabulary said a laptop was stolen from a patrol car over the new year."
    assert year(nlp, text, date(2024, 11, 20)) is None


def test_new_year_honours_is_no_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A Durham Constabulary officer named in the New Year Honours said a laptop was stolen."
    assert year(nlp, text) is None


# --- a fronted stretch after the breach, counted back from the main clause's date


def test_fronted_years_after_counts_back_from_main_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Durham Constabulary sent a list of informants to the wrong address. Three years after "
        "the mistake, the ICO issued a reprimand in 2023."
    )
    assert year(nlp, text) == 2020


def test_fronted_years_after_keeps_told_breach_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Durham Constabulary sent a list of informants to the wrong address in 2019. Two years "
        "after the mistake, the officer retired."
    )
    assert year(nlp, text) == 2019
