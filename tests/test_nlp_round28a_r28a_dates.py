"""Round 28a (breach year), each mechanism proved by paraphrases written for these tests,
positive and negative: a report's noun (or another role's noun modifying the thing sent) as the
object of a breach verb ('forwarded a safeguarding referral to the wrong school in October last
year') dates the sending; a 'when' clause of another event hanging on the breach ('had been left
in a cupboard when the station closed in 2016') times it only as a described breach does, so a
date a breach verb governs outranks it; a loose date a month before the report of the same year
still dates the story; a document published ('a report into the leak was published in 2023',
'in a decision notice published in 2023, ...') dates the document, not the leak; 'the summer
before last' is a year before last summer; a fronted 'two years after the mistake' counts back
from now when the main clause is in the perfect; a year after a bound word that premodifies an
event noun ('fined after 2019 leak') is that event's year, no bound."""

from __future__ import annotations

from datetime import date

import pytest

from extract.models import Document
from extract.nlp import extract

PUBLISHED = date(2024, 5, 14)


def year(nlp, text: str, published: date | None = PUBLISHED) -> int | None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text, published=published), nlp)
    return next(i for i in ex.incidents if i.mention == "primary").breach_year


# --- a report's noun as the object of a breach verb


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Norfolk Constabulary criticised\n\nThe ICO said a detective at Norfolk Constabulary "
            "forwarded a safeguarding referral to the wrong school in October last year.",
            2023,
        ),
        (
            "Essex Police admits data breach\n\nEssex Police has admitted that a sergeant emailed "
            "the complaint file to the complainant's neighbour in November last year.",
            2023,
        ),
        (
            "Durham force in data blunder\n\nThe watchdog said a Durham Constabulary staff member "
            "posted the report to an old address in January 2022 and the force told the ICO "
            "weeks later.",
            2022,
        ),
    ],
)
def test_report_noun_sent_dates_the_sending(nlp, text: str, want: int) -> None:  # type: ignore[no-untyped-def]
    assert year(nlp, text) == want


def test_guard_report_to_regulator_stays_a_report(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard: a referral sent to the regulator is the report, no breach date."""
    text = (
        "Kent Police reprimanded\n\nKent Police sent a referral to the ICO in March 2023 after "
        "an officer emailed a victim's address to her former partner."
    )
    assert year(nlp, text) != 2023


# --- a 'when' clause of another event


@pytest.mark.parametrize(
    "text",
    [
        "Suffolk records found in skip\n\nSuffolk Constabulary has been reprimanded after a "
        "passer-by found bags of witness statements dumped outside an old police station in the "
        "spring of 2019. The papers had been stored in an attic when the building closed in 2016 "
        "and were cleared out by the new owners.",
        "Records dumped\n\nA builder found files dumped behind a Lincolnshire Police station in "
        "2019. They had been left in a cupboard when the force moved offices in 2015 and were "
        "later thrown away.",
    ],
)
def test_when_clause_yields_to_breach_verb(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert year(nlp, text) == 2019


def test_guard_when_clause_alone_still_dates(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard: with no other date, the 'when' clause's year still dates the breach."""
    text = (
        "Officer disciplined\n\nA Cheshire Constabulary officer accessed his neighbour's "
        "records when he was off duty in May 2021."
    )
    assert year(nlp, text) == 2021


# --- a loose date a month before the report


def test_loose_date_before_report_of_same_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Warwickshire Police\n\nWarwickshire Police faces a fine after a data breach. The "
        "breach, which the ICO was told about in March 2022, saw the home addresses of two "
        "witnesses handed to a defendant's solicitor. The documents were handed over in "
        "February 2022."
    )
    assert year(nlp, text) == 2022


def test_guard_loose_date_same_month_as_report(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard: a loose date in the very month of the report may be the report's course."""
    text = (
        "Warwickshire Police\n\nWarwickshire Police faces a fine after a data breach. The "
        "breach, which the ICO was told about in March 2022, saw the home addresses of two "
        "witnesses handed to a defendant's solicitor. A meeting was held in March 2022."
    )
    assert year(nlp, text) is None


# --- a document published


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Lincolnshire Police\n\nIn a decision notice published in 2023, the ICO found "
            "Lincolnshire Police had shared a victim's details with a journalist. The disclosure "
            "took place in 2024.",
            2024,
        ),
        (
            "Cheshire Police data leak\n\nA report into the leak was published in 2023. It found "
            "that Cheshire Constabulary had accidentally published the personal details of 200 "
            "officers in the summer of 2024.",
            2024,
        ),
    ],
)
def test_published_document_dates_no_breach(nlp, text: str, want: int) -> None:  # type: ignore[no-untyped-def]
    assert year(nlp, text, date(2024, 11, 2)) == want


def test_guard_data_published_still_dates(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard: names published are the breach, whatever precedes them."""
    text = (
        "Cheshire Police data leak\n\nThe names of informants were published on the Cheshire "
        "Constabulary website in 2022."
    )
    assert year(nlp, text) == 2022


# --- relative dates


def test_season_before_last(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gwent Police\n\nA Gwent Police officer looked up a neighbour's record on the police "
        "national computer the summer before last."
    )
    assert year(nlp, text) == 2022


def test_fronted_years_after_counts_from_now(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Suffolk Constabulary\n\nTwo years after the mistake, Suffolk Constabulary has been "
        "reprimanded. An officer had emailed the file to a journalist."
    )
    assert year(nlp, text) == 2022


def test_guard_fronted_years_after_past_main_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard: a main clause in the simple past gives no 'now' to count from."""
    text = (
        "Suffolk Constabulary\n\nTwo years after the mistake, Suffolk Constabulary was "
        "reprimanded. An officer had emailed the file to a journalist."
    )
    assert year(nlp, text) is None


# --- a year premodifying an event noun after a bound word


def test_bound_word_before_year_of_event_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Force fined after 2019 leak of officers' names\n\nWest Midlands Police has been fined "
        "£75,000 by the Information Commissioner's Office. The force accidentally published a "
        "spreadsheet containing the names of 2,000 officers on its website."
    )
    assert year(nlp, text, date(2022, 10, 4)) == 2019


def test_guard_bound_year_stays_a_bound(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard: 'after 2019' with no event noun after it is still a bound."""
    text = (
        "West Midlands Police fined\n\nWest Midlands Police has been fined by the ICO. Some "
        "time after 2019, the force accidentally published a spreadsheet of officers' names."
    )
    assert year(nlp, text, date(2022, 10, 4)) != 2019
