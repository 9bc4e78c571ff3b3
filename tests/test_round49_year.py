"""Round 49 (r49-year): the year of a deed told over a stretch of time.

Regulators and papers tell a failure, a practice or repeated searches over a stretch set at
the head of the clause ("Between June 2022 and May 2023, the force answered ..."), or at the
head of what an inquiry found ("the investigation found that from 2019 to 2022, the force
did not ..."). No breach verb need name the deed (slow answers to requests, records never
reviewed), and a percentage or a count of requests sits beside it; the stretch's earliest
year is still the breach year (extract/rules/dates.py `_fronted_span`, `_opens_finding`).
A tally over a stretch stays a statistic, and a stretch told after a dated breach does not
displace it.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.incident_probe import per_force

FRONTED = [
    (
        "The Information Commissioner's Office has reprimanded Dyfed-Powys Police over delays"
        " to subject access requests. An ICO investigation found that between June 2022 and May"
        " 2023, the force answered only 41% of requests on time.",
        "Dyfed-Powys Police",
        2022,
    ),
    (
        "Gloucestershire Constabulary was reprimanded by the ICO last week. The investigation"
        " found that from 2019 to 2022, the force did not review or delete old intelligence"
        " records.",
        "Gloucestershire Constabulary",
        2019,
    ),
    (
        "Suffolk Constabulary has been told by the ICO to clear its backlog. The ICO found that"
        " between April 2022 – March 2023, Suffolk Constabulary answered just a third of subject"
        " access requests within the legal time limit.",
        "Suffolk Constabulary",
        2022,
    ),
    (
        "The regulator has reprimanded Warwickshire Police over late replies. From November 2019"
        " to October 2020, Warwickshire Police received 150 subject access requests, of which 40"
        " per cent were answered in time.",
        "Warwickshire Police",
        2019,
    ),
]


@pytest.mark.parametrize(("text", "force", "year"), FRONTED)
def test_a_stretch_heading_the_deed_dates_it(nlp, text: str, force: str, year: int) -> None:  # type: ignore[no-untyped-def]
    assert per_force(nlp, text, "breach_year").get(force) == year


KEPT = [
    # a dated breach first: a later stretch (training, compensation) does not displace it
    (
        "An officer at Durham Constabulary emailed a victim's statement to the wrong address in"
        " March 2023. Between 2019 and 2022, the force had trained all staff on data protection.",
        "Durham Constabulary",
        2023,
    ),
    (
        "Derbyshire Constabulary was fined after an officer sent a file to the wrong person in"
        " 2020. Between 2021 and 2023, the force paid compensation to those affected.",
        "Derbyshire Constabulary",
        2020,
    ),
    # no comma after the stretch: not set before its clause, the finding's own time stays out
    (
        "The audit found in May 2024 that Wiltshire Police had stopped reviewing its records, and"
        " the ICO issued a reprimand.",
        "Wiltshire Police",
        None,
    ),
]


@pytest.mark.parametrize(("text", "force", "year"), KEPT)
def test_a_stretch_elsewhere_leaves_the_year(nlp, text: str, force: str, year: int | None) -> None:  # type: ignore[no-untyped-def]
    assert per_force(nlp, text, "breach_year").get(force) == year


def test_a_tally_over_a_stretch_is_no_breach_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Between 2018 and 2022, Avon and Somerset Constabulary recorded 412 data breaches,"
        " figures obtained through an information request show."
    )
    assert 2018 not in per_force(nlp, text, "breach_year").values()


# Mends after review: a fronted stretch dates the breach only when its clause tells a shortfall
# (`stretch_shortfalls` in cues.toml) and only when nothing else in the story dates it; a single
# date opening a finding's 'that' clause by its preposition dates what was found.
MENDED = [
    # a fronted stretch of a failing, and no other date: the failing's start
    (
        "Cleveland Police has been reprimanded by the ICO. Between 2020 and 2022, the force"
        " failed to review thousands of records about crime victims.",
        "Cleveland Police",
        2020,
    ),
    # a fronted stretch of a plain deed in a story whose breach is undated: background
    (
        "Kent Police has apologised after a victim's new address was given to her former"
        " partner. From 2017 to 2021, the force handled more than 6,000 such requests.",
        "Kent Police",
        None,
    ),
    (
        "A constable in Essex Police was dismissed for looking up a neighbour on police"
        " systems. Between 2013 and 2017, the force employed him as a special constable.",
        "Essex Police",
        None,
    ),
    # a dated finding first: a fronted stretch of an older shortfall is background, even with
    # the earlier year
    (
        "The ICO found that between 2021 and 2023, Norfolk Constabulary did not delete custody"
        " images it no longer needed. From 2010 to 2014, the force did not have a records"
        " manager, a spokesman said.",
        "Norfolk Constabulary",
        2021,
    ),
    # a single date opening the finding's clause with its preposition
    (
        "A misconduct panel has ruled on the case of a Merseyside Police officer. The panel"
        " found that in 2022 the constable, who was off duty at the time, shared photographs of"
        " a crime scene with friends.",
        "Merseyside Police",
        2022,
    ),
]


@pytest.mark.parametrize(("text", "force", "year"), MENDED)
def test_a_fronted_stretch_is_a_shortfall_and_a_fallback(
    nlp, text: str, force: str, year: int | None
) -> None:  # type: ignore[no-untyped-def]
    assert per_force(nlp, text, "breach_year").get(force) == year


TOPICAL = [
    # no shortfall word, but the clause repeats the headline's matter: the story's deed
    (
        "Humberside Police reprimanded over custody photographs\n"
        "The ICO has reprimanded Humberside Police after a data protection breach. Between"
        " 2018 and 2023, the force kept custody photographs of 2,000 people cleared by the courts.",
        "Humberside Police",
        2018,
    ),
    # the clause shares only a word every police story has ('officer'): background
    (
        "Surrey officer looked up ex-partner's address\n"
        "A Surrey Police constable was sacked after searching for a former partner on police"
        " systems. From 2012 to 2016, Surrey Police employed the officer at a custody suite.",
        "Surrey Police",
        None,
    ),
]


@pytest.mark.parametrize(("text", "force", "year"), TOPICAL)
def test_a_fronted_stretch_of_the_headlines_matter(
    nlp, text: str, force: str, year: int | None
) -> None:  # type: ignore[no-untyped-def]
    assert per_force(nlp, text, "breach_year").get(force) == year
