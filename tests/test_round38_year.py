"""Round 38 (r38-year): years that time something other than the breach.

Real reporting often dates the *telling* of a breach rather than the breach ("the force
confirmed the breach in August", "the leak was revealed last year"), names the years records
cover ("files covering 2008 to 2012 were on the stolen laptop"), or dates a regulator's
document ("the ICO published its monetary penalty notice in June"). None of those years is the
breach year (extract/rules/dates.py `_telling_of`, `_records_age`, `_publishes_document`);
the year of the breach itself, told in another sentence, still is.

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.incident_probe import field_values

TOLD = date(2023, 9, 1)

TELLING_ONLY = [
    "Durham Constabulary confirmed the data breach in August 2023, saying staff details had"
    " been exposed by a supplier.",
    "The leak was revealed in January 2023 when a reporter contacted Wiltshire Police about"
    " informants' names sent to a local shop.",
    "West Mercia Police admitted the mistake in May 2023, weeks after a victim complained that"
    " her address had been given to her former partner.",
    "Cumbria Constabulary announced the breach in August 2023. Salaries of officers had been"
    " put online by mistake.",
    "Essex Police admitted the breach this week and said it had begun contacting the people"
    " whose details were wrongly attached to replies to information requests.",
    "The leak, which Suffolk Constabulary only disclosed last year, put the names of 200"
    " witnesses on a public website.",
]


@pytest.mark.parametrize("text", TELLING_ONLY)
def test_the_year_a_breach_was_told_is_not_its_year(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_year", published=TOLD) == set()


TELLING_AND_BREACH = [
    (
        "Names of informants were sent to a local business by Wiltshire Police in 2019. The"
        " leak was revealed in January 2023.",
        {2019},
    ),
    (
        "West Mercia Police gave a victim's address to her former partner in March 2021. The"
        " force admitted the mistake in May 2023.",
        {2021},
    ),
    (
        "Bedfordshire Police suffered a data breach in 2021 when a spreadsheet of crime"
        " victims was emailed to a charity.",
        {2021},
    ),
    (
        "The breach happened in March when Cumbria Constabulary accidentally published the"
        " salaries of staff online.",
        {2023},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TELLING_AND_BREACH)
def test_the_breach_s_own_year_stays(nlp, text: str, expected: set[int]) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_year", published=TOLD) == expected


def test_data_disclosed_is_still_the_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kent Police wrongly disclosed the names of two rape victims to a newspaper in 2021."
    assert field_values(nlp, text, "breach_year", published=TOLD) == {2021}


def test_an_incident_dated_before_its_which_clause_keeps_its_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gwent Police confirmed a data breach in 2020 in which a notebook holding witness"
        " details was left on a bus."
    )
    assert field_values(nlp, text, "breach_year", published=TOLD) == {2020}


def test_the_years_records_cover_are_not_the_breach_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Nottinghamshire Police was fined £80,000 after records covering 2008 to 2012 were"
        " left on a laptop stolen in 2014."
    )
    assert field_values(nlp, text, "breach_year", published=date(2015, 4, 14)) == {2014}
    spanning = "A laptop holding Leicestershire Police files spanning 2015 to 2018 was stolen."
    assert field_values(nlp, spanning, "breach_year", published=date(2019, 2, 1)) == set()


def test_a_penalty_notice_published_dates_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gwent Police has been fined £150,000 by the Information Commissioner after an email"
        " naming sex offenders went to a member of the public.\nThe ICO published its monetary"
        " penalty notice in June 2016."
    )
    assert field_values(nlp, text, "breach_year", published=date(2016, 6, 8)) == set()


def test_a_contravention_span_gives_way_to_the_dated_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The ICO has fined the Police Service of Northern Ireland £750,000. It followed the"
        " accidental disclosure of the names of 9,483 officers and staff on 8 August 2023.\nThe"
        " ICO found that between 25 May 2018 and 14 June 2024 the service had breached the"
        " security principle."
    )
    assert field_values(nlp, text, "breach_year", published=date(2024, 11, 26)) == {2023}
    emailed = (
        "The ICO found Essex Police had breached article 5 of the GDPR between 2019 and 2021"
        " after a victim's statement was emailed to the wrong solicitor in March 2020."
    )
    assert field_values(nlp, emailed, "breach_year", published=date(2022, 3, 1)) == {2020}


def test_a_contravention_alone_still_dates_the_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Between 2016 and 2019 Leicestershire Police breached data protection law by keeping"
        " custody images of people never charged, the ICO said."
    )
    assert field_values(nlp, text, "breach_year", published=date(2021, 3, 1)) == {2016}
