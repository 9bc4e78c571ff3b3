"""Round 22 (breach year), each mechanism proved by paraphrases written for it, positive and
negative: a masthead line whose items are set apart by spaced dashes ('Kent Messenger —
Published 3 May 2024 — Courts & crime') gives the page's date, as one set apart by bars
does, so that 'in March', 'last month', 'two years ago' have something to count from; a line
a full stop ends is a sentence with an aside, no masthead."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract

HEADLINE = "Police force reprimanded over email blunder\n\n"
BODY = (
    "\n\nKent Police has been reprimanded by the Information Commissioner's Office after an "
    "officer emailed a victim's statement to the wrong address {when}.\n\nThe force said it "
    "had apologised to the woman."
)


def primary(nlp, text: str) -> int | None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text, published=None), nlp)
    incident = next(i for i in ex.incidents if i.mention == "primary")
    return incident.breach_year


# --- a masthead set apart by dashes dates the page


def test_a_masthead_set_apart_by_dashes_dates_the_page(nlp) -> None:  # type: ignore[no-untyped-def]
    cases = [
        ("Kent Messenger — Published 3 May 2024 — Courts & crime", "in March", 2024),
        ("Public Sector Review — Published 3 May 2024 — Threat intelligence", "last month", 2024),
        ("Kent Messenger — Courts and crime — 3 May 2024", "last April", 2023),
        ("Kent Messenger – 3 May 2024 – By Jo Bloggs, Crime Reporter", "two years ago", 2022),
        ("Kent Messenger — News — Published 3 May 2024, 06:00 — By Jo Bloggs", "in March", 2024),
    ]
    for head, when, year in cases:
        assert primary(nlp, HEADLINE + head + BODY.format(when=when)) == year, head
    # negative: a sentence, which a full stop ends, with a date set off by dashes
    head = "The chief constable said — on 3 May 2024 — it was sorry."
    assert primary(nlp, HEADLINE + head + BODY.format(when="in March")) is None
    # negative: with no page date, 'in March' has nothing to count from
    assert primary(nlp, HEADLINE + BODY.format(when="in March").lstrip()) is None


PUBLISHED = date(2024, 6, 14)
FORCE = "Kent Police has been reprimanded by the Information Commissioner's Office"


def dated(nlp, text: str) -> int | None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text, published=PUBLISHED), nlp)
    incident = next(i for i in ex.incidents if i.mention == "primary")
    return incident.breach_year


# --- a part of a month with no year is read as the month


def test_a_part_of_a_month_is_read_as_the_month(nlp) -> None:  # type: ignore[no-untyped-def]
    act = " after an officer emailed a victim's statement to the wrong address "
    assert dated(nlp, FORCE + act + "at the beginning of March.") == 2024
    assert dated(nlp, FORCE + act + "in the first week of January.") == 2024
    assert dated(nlp, FORCE + act + "in the last few days of December.") == 2023
    # negative: a deadline is no event, nor is the report's month
    text = FORCE + act.rstrip() + ". The force must respond by the end of March."
    assert dated(nlp, text) is None
    text = FORCE + act.rstrip() + ". It told the regulator at the start of March."
    assert dated(nlp, text) is None


# --- part of a year told before, else the page's


def test_earlier_in_the_year_takes_the_year_told_before(nlp) -> None:  # type: ignore[no-untyped-def]
    act = "an officer emailed a victim's statement to the wrong address."
    assert dated(nlp, FORCE + ". Earlier in the year, " + act) == 2024
    assert dated(nlp, FORCE + ". At the start of the year, " + act) == 2024
    text = FORCE + ". The reprimand was issued in March 2023. Earlier in the year, " + act
    assert dated(nlp, text) == 2023
    # negative: 'that year' and 'later' point at a year told before, and there is none
    assert dated(nlp, FORCE + ". Later that year, " + act) is None
    assert dated(nlp, FORCE + ". Earlier that year, " + act) is None


# --- weeks and days before a date told in the sentence


def test_weeks_or_days_after_count_back_from_the_date_told(nlp) -> None:  # type: ignore[no-untyped-def]
    lead = FORCE + " after a victim's statement was emailed to the wrong address. "
    assert (
        dated(nlp, lead + "The error was found in May 2023, two weeks after it happened.") == 2023
    )
    text = lead + "The force noticed in January 2023, six weeks after the email was sent."
    assert dated(nlp, text) == 2022
    text = (
        lead + "The force noticed the mistake in March 2023, a fortnight after the email was sent."
    )
    assert dated(nlp, text) == 2023
    text = lead + "The force noticed the mistake in March 2023, days after the email was sent."
    assert dated(nlp, text) == 2023
    # negative: weeks before a January may fall in either year; a report's time is no breach's
    text = lead + "The force noticed in January 2023, two weeks after the email was sent."
    assert dated(nlp, text) is None
    text = lead + "It told the ICO in March 2023, two weeks after it was discovered."
    assert dated(nlp, text) is None


# --- bullets and slashes set a masthead's items apart as bars do


def test_a_masthead_set_apart_by_bullets_dates_the_page(nlp) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, HEADLINE + "3 May 2024 • 4 min read" + BODY.format(when="in March")) == 2024
    assert (
        primary(
            nlp,
            HEADLINE + "Kent Messenger · 3 May 2024 · 4 min read" + BODY.format(when="last month"),
        )
        == 2024
    )
    # negative: no page date, nothing to count 'last month' from
    assert primary(nlp, HEADLINE + "4 min read" + BODY.format(when="last month")) is None


# --- so long before a date the clause after it tells


def test_so_long_before_a_dated_clause_counts_back_from_its_date(nlp) -> None:  # type: ignore[no-untyped-def]
    lead = FORCE + " after a victim's statement was emailed to the wrong address. "
    text = lead + "The email was sent three months before it was discovered in March 2023."
    assert dated(nlp, text) == 2022
    text = lead + "He accessed her records two years before his arrest in May 2022."
    assert dated(nlp, text) == 2020
    # negative: a date beyond a comma is no date of the clause; with no date, nothing
    text = lead + "The email was sent a year before the law changed, and in May 2018 it was found."
    assert dated(nlp, text) is None
    text = lead + "The email was sent three months before the force noticed."
    assert dated(nlp, text) is None
