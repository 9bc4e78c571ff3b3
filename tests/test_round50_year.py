"""Round 50 (r50-year50): when a story's breach began, and dates that are not it.

1. A masthead line that names the outlet and its region before the bar ("BBC News, Tyne &
   Wear | 4 March 2021") is the page's date, so "on Tuesday" or "late last month" in the story
   can be counted from it (extract/rules/dates.py `_masthead`: commas part items only on a
   line with bars).
2. A duty left undone in a perfect tense on a "since" date ("since at least 2017 the force
   has failed to review ...") began then (`_shortfall_since`); a deed done since then stays a
   bound.
3. In a story of records mishandled (unlawful processing), a duty stopped ("had stopped
   carrying out the reviews in 2018") began the shortfall (`_stopped_duty`); the same verb in
   a story of another kind, or a finding's own date before it, is no start.
4. A stretch before a finding ("online for three weeks before staff noticed"), the finding
   dated in another sentence, dates the breach that long before it.
5. "came to its attention on ..." is a finding (`discovery` cues), never the breach's date.
6. A quoted request ("Please provide ... for the period from ...") dates no breach.
7. "two summers ago" counts back from the page's date as "last summer" does.

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.incident_probe import cleaned_page, field_values, per_force


def _years(text: str, nlp) -> dict[str | None, object]:  # type: ignore[no-untyped-def]
    return {i.force: i.breach_year for i in cleaned_page(nlp, text).incidents}


MASTHEAD = [
    (
        "Police papers found dumped in a park\n\n"
        "BBC News, West Midlands & Black Country | 4 January 2021\n\n"
        "A bundle of statements belonging to Cleveland Police was left in a park by an officer"
        " late last month and handed in by a jogger. The force has told the ICO.",
        "Cleveland Police",
        2020,
    ),
    (
        "Police payroll server hacked\n\n"
        "ITV News, Thames Valley & West Berkshire | 9 January 2023\n\n"
        "Sussex Police says the names of 300 officers may have been taken after its own payroll"
        " server was hacked late last month. The force has told the ICO.",
        "Sussex Police",
        2022,
    ),
]


@pytest.mark.parametrize(("text", "force", "year"), MASTHEAD)
def test_a_region_masthead_dates_the_page(nlp, text: str, force: str, year: int) -> None:  # type: ignore[no-untyped-def]
    assert _years(text, nlp).get(force) == year


def test_a_comma_line_without_bars_is_no_masthead(nlp) -> None:  # type: ignore[no-untyped-def]
    # a sentence with commas and a date, no bar: not the page's date, so 'on Tuesday' stays
    # unanchored and the breach undated
    text = (
        "Police papers found dumped in a park\n\n"
        "Kent Police, Maidstone, Sussex, 4 March 2021 saw heavy rain.\n\n"
        "A bundle of statements belonging to Kent Police was left in a park by an officer and"
        " found by a jogger on Tuesday."
    )
    assert _years(text, nlp).get("Kent Police") != 2021


SHORTFALL = [
    (
        "The ICO has served a notice on Lincolnshire Police for holding on to the files of"
        " people never charged. It said that since 2017 the constabulary has failed to weed out"
        " entries its own rules say should go.",
        "Lincolnshire Police",
        2017,
    ),
    (
        "The ICO has told Cumbria Constabulary off for holding intelligence on people longer than"
        " needed. The watchdog said officers have not purged old entries since 2016.",
        "Cumbria Constabulary",
        2016,
    ),
]


@pytest.mark.parametrize(("text", "force", "year"), SHORTFALL)
def test_a_duty_undone_since_a_date_began_then(nlp, text: str, force: str, year: int) -> None:  # type: ignore[no-untyped-def]
    assert per_force(nlp, text, "breach_year").get(force) == year


NOT_SHORTFALL = [
    # a deed done since a date: a bound
    (
        "The ICO has reprimanded Essex Police for keeping custody images of people never"
        " charged. Since 2018 the force has reviewed 9,000 old records.",
        "Essex Police",
        None,
    ),
    # in a story of a deed (a misdirected email), a duty undone since a date is background
    (
        "Kent Police was reprimanded after a witness's account went by email to an unknown man"
        " in 2023. Its sent-mail logs had not been checked since 2019.",
        "Kent Police",
        2023,
    ),
    (
        "Essex Police was reprimanded after a blacked-out report handed to a suspect still showed"
        " a victim's address in 2022. Nobody had audited its blacking-out work since 2014.",
        "Essex Police",
        2022,
    ),
]


@pytest.mark.parametrize(("text", "force", "year"), NOT_SHORTFALL)
def test_no_shortfall_start_where_none_is_the_breach(
    nlp, text: str, force: str, year: int | None
) -> None:  # type: ignore[no-untyped-def]
    assert per_force(nlp, text, "breach_year").get(force) == year


STOPPED = [
    (
        "Dorset Police kept the custody records of people never charged for too long, the"
        " regulator found. The force had stopped reviewing them in 2017.",
        "Dorset Police",
        2017,
    ),
    (
        "The ICO reprimanded Avon and Somerset Constabulary for retaining intelligence on people"
        " longer than necessary. The force ceased carrying out reviews in 2016 after a system"
        " change.",
        "Avon and Somerset Police",
        2016,
    ),
]


@pytest.mark.parametrize(("text", "force", "year"), STOPPED)
def test_a_duty_stopped_began_the_shortfall(nlp, text: str, force: str, year: int) -> None:  # type: ignore[no-untyped-def]
    assert per_force(nlp, text, "breach_year").get(force) == year


def test_a_practice_stopped_in_another_story_is_no_start(nlp) -> None:  # type: ignore[no-untyped-def]
    # a story of a misdirected email: the fax stopped in 2015 is background
    text = (
        "Surrey Police apologised after an officer emailed a witness statement to the wrong"
        " person in 2021. The force had stopped using fax machines in 2015."
    )
    assert per_force(nlp, text, "breach_year").get("Surrey Police") == 2021


def test_a_finding_dated_before_the_stopping_is_no_start(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The audit found in May 2024 that Wiltshire Police had stopped reviewing its records, and"
        " the ICO issued a reprimand."
    )
    assert per_force(nlp, text, "breach_year").get("Wiltshire Police") is None


# 4. A stretch before a finding told in one sentence ("online for three weeks before a member
#    of staff noticed"), the finding dated in another: the breach began that long before it
#    (`_lasted_before_found_told`); with no stretch, the finding's date alone is no breach's.
LASTED = [
    (
        "Cumbria Constabulary said officers' names had been visible on its website for three"
        " weeks before a member of staff noticed them. The error was discovered on 14 January"
        " 2023 and the page was removed that day.",
        "Cumbria Constabulary",
        2022,
    ),
    (
        "Lincolnshire Police said a spreadsheet naming witnesses was published on its website in"
        " error and stayed online for two years before an auditor spotted it. The force found"
        " the file on 2 February 2024.",
        "Lincolnshire Police",
        2022,
    ),
]


@pytest.mark.parametrize(("text", "force", "year"), LASTED)
def test_a_stretch_before_a_finding_dated_elsewhere(nlp, text: str, force: str, year: int) -> None:  # type: ignore[no-untyped-def]
    assert per_force(nlp, text, "breach_year").get(force) == year


# 5. "came to its attention on 6 March 2023" is a finding, never the breach's date.
def test_coming_to_its_attention_is_a_finding(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cleveland Police says the breach came to its attention on 6 March 2023, and the"
        " spreadsheet of officers' pay was taken off its website the same day."
    )
    assert per_force(nlp, text, "breach_year").get("Cleveland Police") is None


def test_a_dated_deed_stays_beside_its_finding(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Surrey Police emailed a list of domestic abuse victims to a charity in error on 3 April"
        " 2023. The mistake came to its attention two days later."
    )
    assert per_force(nlp, text, "breach_year").get("Surrey Police") == 2023


# 6. A request quoted on a disclosure log ("Please provide ... from 2021 to date"): its
#    dates bound what is asked, no breach's; "Please note" tells and keeps its date.
def test_a_requests_period_dates_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Please provide a yearly count of data breaches logged at Devon and Cornwall Police"
        " for the period from 1 January 2021 to date. Devon and Cornwall Police"
        " holds this information. In one case a member of staff emailed a victim's details to"
        " the wrong address."
    )
    assert not field_values(nlp, text, "breach_year")


def test_please_note_still_tells(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Please note that in 2019 an officer of Norfolk Constabulary told a victim's ex-husband"
        " where she lived. He was sacked."
    )
    assert per_force(nlp, text, "breach_year").get("Norfolk Constabulary") == 2019


# 7. "two summers ago" counts back from the page's date as "last summer" does.
def test_seasons_ago_count_back_from_the_page(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dorset Police said footage of an arrest filmed two summers ago was posted on social"
        " media by an officer. The force has told the IOPC."
    )
    assert field_values(nlp, text, "breach_year", published=date(2026, 5, 20)) == {2024}
    # in October this summer may be "last summer": two summers back is not sure
    assert not field_values(nlp, text, "breach_year", published=date(2026, 10, 20))


NO_DUTY = [
    # the undone duty is another body's, or on someone's own matter, not the force's records
    "The ICO has reprimanded Lancashire Constabulary for holding the DNA of people never"
    " charged. Auditors have not checked the force's files since 2018, a report said.",
    "The ICO has reprimanded Norfolk Constabulary for keeping wrong details about a man on its"
    " systems. He says the force has not reviewed his appeal since 2021.",
    # a body whose name ends in a police word is no force
    "The ICO has reprimanded Dyfed-Powys Police for keeping custody photos too long. The"
    " Chief Inspector of Constabulary has not audited the force's files since 2017.",
    # the negation governs a seeing, the duty only told inside what was seen
    "The ICO has reprimanded Essex Police for holding on to old custody images. Families said"
    " they have not heard of the force purging any of the pictures since 2016.",
    # a negated perfect beside "since" that is no duty of keeping records
    "The ICO has reprimanded Gwent Police for keeping the fingerprints of people never charged."
    " The regulator has not had a reply from the force since 2021.",
    "Kent Police was reprimanded for holding stop and search records longer than allowed."
    " Residents said the force has never returned their calls since 2020.",
]


@pytest.mark.parametrize("text", NO_DUTY)
def test_a_negation_beside_since_needs_a_records_duty(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not field_values(nlp, text, "breach_year")


def test_a_records_duty_undone_dates_a_story_of_another_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    # the kind reads as inaccurate records; the undone review still dates it, nothing else does
    text = (
        "The ICO has reprimanded Lancashire Constabulary for holding out-of-date and wrong"
        " details about people on its intelligence system. The force has not reviewed those"
        " entries since 2013, the regulator said."
    )
    assert field_values(nlp, text, "breach_year") == {2013}


def test_a_stay_before_learning_of_an_act_is_no_exposure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A man had rented a flat for three years before he found out that Wiltshire Police had"
        " passed his new address to his former landlord. He found the leak in March 2022 when"
        " the landlord wrote to him."
    )
    assert 2019 not in field_values(nlp, text, "breach_year")


DEED_STORIES = [
    # a deed with no date of its own: an undone duty beside it dates nothing
    "West Mercia Police sent a rape victim's statement to the suspect by email. The force has"
    " not reviewed its email rules since 2017, the regulator said.",
    "An officer at Derbyshire Constabulary has been dismissed for searching police systems for"
    " his neighbours. The force has not audited staff searches since 2019.",
]


@pytest.mark.parametrize("text", DEED_STORIES)
def test_an_undone_duty_beside_a_deed_dates_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not field_values(nlp, text, "breach_year")


# 8. "earlier this month" is before the page's date: the story's one loose date may date it.
def test_earlier_this_month_is_a_past_date_of_the_story(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Folders naming witnesses turned up in a skip behind a closed station. Wiltshire Police"
        " said the folders were meant to be shredded when the building was cleared earlier this"
        " month."
    )
    assert field_values(nlp, text, "breach_year", published=date(2022, 11, 14)) == {2022}


def test_said_earlier_this_week_is_the_news_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Wiltshire Police said earlier this week that it had lost a folder of witness names."
    assert not field_values(nlp, text, "breach_year", published=date(2022, 11, 14))
