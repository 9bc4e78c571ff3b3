"""Round 31 (breach year told relatively), each mechanism proved by paraphrases written for
these tests, positive and negative: 'at the weekend', 'over the weekend', 'last weekend' in a
news report is the weekend up to the page's date (so a Monday 4 January story's weekend is
that year's, a Tuesday 2 January story's is the year before), as 'on Saturday' is; a date that
closes a second predicate after one of learning ('became aware of the inquiry through his work
and mentioned the victim's name in a pub in August 2022') dates what the person then did, not
the learning, unless the second predicate has a cue of its own ('found the error and reported
it to the ICO in May 2021' stays the report's date)."""

from __future__ import annotations

import pytest

from tests.incident_probe import per_force

# --- the weekend of a news report


@pytest.mark.parametrize(
    ("text", "force", "want"),
    [
        (
            "Manchester Evening News, Monday 4 January 2021\n\nA bag of evidence files was "
            "stolen from a Greater Manchester Police van at the weekend.",
            "Greater Manchester Police",
            2021,
        ),
        (
            "Published Tuesday 2 January 2018\n\nA laptop holding the names of informants was "
            "taken from a Derbyshire Constabulary officer's car over the weekend.",
            "Derbyshire Constabulary",
            2017,
        ),
        (
            "Cambridge News | Monday, 2 January 2017\n\nCambridgeshire Constabulary sent a "
            "spreadsheet of crime victims to the wrong email address last weekend.",
            "Cambridgeshire Constabulary",
            2016,
        ),
        (
            "Lincolnshire Echo, 8 May 2019\n\nAn officer from Lincolnshire Police left a folder "
            "of victim statements on a bus at the weekend.",
            "Lincolnshire Police",
            2019,
        ),
    ],
)
def test_weekend_is_the_one_before_the_page(nlp, text: str, force: str, want: int) -> None:  # type: ignore[no-untyped-def]
    assert per_force(nlp, text, "breach_year").get(force) == want


def test_weekend_of_a_statement_dates_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard: the force confirming at the weekend is the news's day; the email's date holds."""
    text = (
        "Published 3 January 2021\n\nNorfolk Constabulary emailed victims' details to the wrong "
        "address in October 2020, the force confirmed at the weekend."
    )
    assert per_force(nlp, text, "breach_year") == {"Norfolk Constabulary": 2020}


# --- learned of something, then did the dated deed


@pytest.mark.parametrize(
    ("text", "force", "want"),
    [
        (
            "Published 3 "
            "March 2024\n\nThe IOPC said a Cleveland Police constable became aware of the "
            "investigation through his work and mentioned the victim's name in a pub in August "
            "2022.",
            "Cleveland Police",
            2022,
        ),
        (
            "Published 1 "
            "September 2023\n\nThe misconduct hearing was told a Gwent Police officer learned "
            "of the case at a briefing and gossiped about the victim on a night out in 2021.",
            "Gwent Police",
            2021,
        ),
        (
            "Published 6 "
            "April 2020\n\nA Police Scotland sergeant became aware of the complaint and "
            "discussed it with the suspect's brother in September 2018, the PIRC said.",
            "Police Scotland",
            2018,
        ),
    ],
)
def test_deed_after_learning_is_dated(nlp, text: str, force: str, want: int) -> None:  # type: ignore[no-untyped-def]
    headline = f"{force} officer disclosed victim's personal details, watchdog finds\n\n"
    assert per_force(nlp, headline + text, "breach_year").get(force) == want


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "Published 10 August 2022\n\nAn email containing victims' names was sent to the "
            "wrong address by Kent Police. The force found the error and reported it to the ICO "
            "in May 2021.",
            "Kent Police",
        ),
        (
            "Published 10 August 2022\n\nA spreadsheet of witnesses was emailed to a journalist "
            "by Dorset Police. The force became aware of the error and informed the Information "
            "Commissioner's Office in June 2021.",
            "Dorset Police",
        ),
        (
            "Published 10 August 2022\n\nAn email containing victims' names was sent to the "
            "wrong address by Suffolk Constabulary. The force discovered the mistake in May 2021 "
            "and apologised.",
            "Suffolk Constabulary",
        ),
    ],
)
def test_reporting_after_finding_is_no_breach_date(nlp, text: str, force: str) -> None:  # type: ignore[no-untyped-def]
    """Guards: a report or the finding itself dated, the breach's year is not stated."""
    assert per_force(nlp, text, "breach_year") == {force: None}
