"""Round 53 (r53-year53): the breach year from the sentence about this force's breach.

1. The story's breach set beside an earlier event of another body ("The leak comes days
   after a council said that it had been hacked in an attack in which files from 2016 were
   taken"): the other event is told on through what it said and held -- its "that" and
   "in which" clauses -- so their dates are its own (`_beside_end`), up to a turn to
   another matter ("but", ";").
2. A verb of holding data (recorded, stored, kept) in a story whose breach is data passed on
   or lost dates the thing made or kept ("the footage was recorded in 2022"): it times the
   story only weakly, below the passing on ("in 2023 she sent the clip to a friend").
3. A job applied for ("applied for a warehouse manager post in 2021") is a step of a career: the
   "post" is no letter sent, and the date is no incident's.
4. A year naming a thing that is no event ("despite a 1994 ceasefire") dates no breach, but
   is told: "in March of that year" after it counts from it, not from the page's date.
5. A plain text's day taken only from its URL ('/2009/03/09/') is no date the story states:
   relative dates ("in December", "last Thursday") give no breach year there; the page keeps
   the day as its publication date, and a dateline printed in the text still counts.

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from extract.models import Document, IncidentFact
from extract.nlp import extract
from tests.incident_probe import field_values


def _incidents(nlp, text: str) -> list[IncidentFact]:  # type: ignore[no-untyped-def]
    return extract(Document(text=text, published=date(2022, 6, 1)), nlp).incidents


BESIDE_ASIDE = [
    (
        "Kent Police accidentally emailed the addresses of 300 victims to a journalist in May"
        " 2022. The leak comes days after a county council said that it had suffered a"
        " ransomware attack in which records from 2016 onwards were copied by criminals.",
        {2022},
    ),
    (
        "Essex Police accidentally emailed the addresses of 90 victims to a journalist in March"
        " 2021. The leak comes days after a county council said that it had suffered a"
        " ransomware attack in which files on tenants housed between 2012 and 2019 were copied.",
        {2021},
    ),
]


@pytest.mark.parametrize(("text", "years"), BESIDE_ASIDE)
def test_beside_event_told_on_through_its_asides(nlp, text: str, years: set[int]) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_year", published=date(2022, 6, 1)) == years


def test_beside_event_ends_at_a_turn(nlp) -> None:  # type: ignore[no-untyped-def]
    """After "but" the sentence is back on the force's breach: its date is kept."""
    text = (
        "Essex Police accidentally emailed the addresses of 90 victims to a journalist. The leak"
        " comes days after a county council said that it had suffered a ransomware attack, but"
        " the force said the email was sent in March 2021."
    )
    assert field_values(nlp, text, "breach_year", published=date(2022, 6, 1)) == {2021}


def test_beside_event_of_a_force_keeps_its_date(nlp) -> None:  # type: ignore[no-untyped-def]
    """A force's own earlier incident, told through its aside, keeps its date for that force."""
    text = (
        "Essex Police accidentally emailed the addresses of 90 victims to a journalist. The leak"
        " follows an incident in which Avon and Somerset Police said that an officer had lost a"
        " folder of statements in 2018."
    )
    years = {i.force: i.breach_year for i in _incidents(nlp, text)}
    assert years.get("Avon and Somerset Police") == 2018


# 2. A verb of holding data (recorded, stored, kept) in a story of data passed on or lost
#    dates the thing made or kept, weaker than the passing on (`_holding_before_passing`).
HELD_THEN_PASSED = [
    (
        "A worker at Kent Police shared bodycam footage of an arrest with a friend. The footage"
        " was recorded in March 2022 outside a pub in Margate. In June 2023 the worker copied"
        " the clip onto her own phone and sent it to an old school friend on WhatsApp.",
        {2023},
    ),
    (
        "Essex Police lost a memory stick holding witness statements in May 2021. The"
        " statements were stored on the stick in 2019.",
        {2021},
    ),
    (
        "An officer from Dorset Police emailed a recording of a 999 call to a journalist in"
        " August 2023. The call had been recorded in 2021.",
        {2023},
    ),
]


@pytest.mark.parametrize(("text", "years"), HELD_THEN_PASSED)
def test_holding_dates_the_thing_not_the_passing_on(nlp, text: str, years: set[int]) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_year", published=date(2024, 6, 1)) == years


HELD_IS_BREACH = [
    # unlawful keeping: the recording is the breach
    (
        "Kent Police was reprimanded by the ICO after it recorded calls to a victims helpline"
        " without telling callers. The calls were recorded in 2019 and 2020 and kept on a"
        " server.",
        {2019},
    ),
    # the only date of a leak story: the recording still times it
    (
        "A worker at Kent Police shared bodycam footage of an arrest with a friend. The footage"
        " was recorded in March 2022 outside a pub in Margate. The worker later copied the clip"
        " onto her own phone and sent it to an old school friend on WhatsApp.",
        {2022},
    ),
    # "store" as a place is no keeping: the loss in the move keeps its year
    (
        "Forty DVDs of witness interviews went missing during the move of Kent Police's"
        " evidence store from Dover to Folkestone in 2020. The loss was only noticed in 2022.",
        {2020},
    ),
]


@pytest.mark.parametrize(("text", "years"), HELD_IS_BREACH)
def test_holding_still_dates_a_breach(nlp, text: str, years: set[int]) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_year", published=date(2024, 6, 1)) == years


# 3. A job applied for ('applied for a warehouse manager post in 2021') is a career step: the
#    "post" is no letter sent, and the date is no incident's (`_job_applications`).
def test_job_application_is_no_breach_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police Scotland wrongly merged a man's record with a convicted namesake's in 2021. He"
        " applied for a part-time caretaker post in 2023 and the wrong record was disclosed"
        " to the school."
    )
    assert field_values(nlp, text, "breach_year", published=date(2024, 6, 1)) == {2021}


def test_job_alone_gives_no_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police Scotland wrongly merged a man's record with that of a convicted namesake. The"
        " man applied for a warehouse manager post in 2021."
    )
    assert not field_values(nlp, text, "breach_year", published=date(2024, 6, 1))


def test_applying_for_information_is_no_job(nlp) -> None:  # type: ignore[no-untyped-def]
    """'applied for information' is no career step: a disclosure dated there keeps its year."""
    text = (
        "A Gwent Police officer told a neighbour the name of a local woman who had applied for"
        " information under the domestic violence disclosure scheme in May 2022."
    )
    assert field_values(nlp, text, "breach_year", published=date(2024, 6, 1)) == {2022}


# 4. A year naming a thing that is no event ("despite a 1994 ceasefire", "the 2021
#    figures") dates no breach (`_dates_other_thing`, role NAMED); it is still told, so "in
#    March of that year" after it counts from it (`_month_of_that_year`).
def test_year_naming_a_thing_dates_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police accidentally emailed the addresses of 90 victims to a journalist. The"
        " force has faced threats from protesters despite a 1994 ceasefire."
    )
    assert not field_values(nlp, text, "breach_year", published=date(2024, 6, 1))


def test_year_naming_an_event_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police accidentally emailed the addresses of 90 victims to a journalist after"
        " the 2019 data leak at the force."
    )
    assert field_values(nlp, text, "breach_year", published=date(2024, 6, 1)) == {2019}


def test_month_of_that_year_counts_from_the_year_told(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The 2021 figures include the worst breach Kent Police has had, in March of that year,"
        " when an officer accidentally emailed the addresses of 90 victims to a journalist."
    )
    assert field_values(nlp, text, "breach_year", published=date(2024, 6, 1)) == {2021}


def test_month_with_no_year_after_it_counts_from_the_page(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police accidentally emailed the addresses of 90 victims to a journalist in March."
        " The force said it was sorry."
    )
    assert field_values(nlp, text, "breach_year", published=date(2024, 6, 1)) == {2024}


# 5. A plain text's day taken only from its URL is no date the story states: "in December"
#    or "last Thursday" tells no breach year there (`extract.nlp.story_date`); a date printed
#    in the text still counts.
_URL = "https://news.example/2009/03/09/memory-stick-lost/"


def _story_years(nlp, body: str) -> set[int]:  # type: ignore[no-untyped-def]
    from extract.clean import clean

    doc = clean(body.encode(), url=_URL)
    return {i.breach_year for i in extract(doc, nlp).incidents if i.breach_year}


def test_url_day_dates_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Police memory stick lost\n\nA memory stick holding details of 400 suspects went"
        " missing from Essex Police headquarters last Thursday, the force said."
    )
    assert not _story_years(nlp, body)


def test_printed_day_still_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Police memory stick lost\n\nMonday 9 March 2009\n\nA memory stick holding details of"
        " 400 suspects went missing from Essex Police headquarters last Thursday, the force"
        " said."
    )
    assert _story_years(nlp, body) == {2009}


def test_url_day_stays_the_pages_date() -> None:
    from extract.clean import clean

    assert clean(b"Force fined\n\nThe force was fined.", url=_URL).published == date(2009, 3, 9)


def test_thing_after_a_word_of_time_times_the_act(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police accidentally emailed the addresses of 90 victims to a journalist during"
        " the 2012 Olympics."
    )
    assert field_values(nlp, text, "breach_year", published=date(2024, 6, 1)) == {2012}


def test_thing_after_a_word_of_shift_still_only_names(nlp) -> None:  # type: ignore[no-untyped-def]
    """'after' shifts away from the thing: its year is no time of the act."""
    text = (
        "A Kent Police officer looked up the record of a singer six times in 2021, a hearing"
        " was told. The searches came in the months after the 2020 song contest, in which the"
        " singer had taken part."
    )
    assert field_values(nlp, text, "breach_year", published=date(2024, 6, 1)) == {2021}
