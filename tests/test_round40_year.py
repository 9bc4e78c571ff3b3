"""Round 40 (r40-year): years of the proceedings that real pages tell around a breach.

Oversight bodies' and courts' write-ups date every step of the case: the case file sent to
prosecutors ("passed its evidence file to the CPS in May 2021"), the hearing that "took
place" in a year, the referral the inquiry "followed"; claims firms' and roundups' lists put
a date at the head of each line of sanctions ("- June 2018: ... fined £80,000 for ...").
None of those dates is a breach year (extract/rules/dates.py `_to_prosecutor`,
`_proceeding_happened`, `_dated_sanction_item`, `_REFERRAL_NOUNS`; cues.toml [dates]
prosecutors, case_files, proceedings, happening, decision). Data sent to prosecutors
astray is still a breach, and a line of a timeline that dates the breach itself still dates
it.

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.incident_probe import field_values

TOLD = date(2024, 5, 10)

CASE_HANDED_ON = [
    "A Cumbria Police officer who searched records about his ex-partner has been convicted."
    " After our investigation finished in June 2022 we passed a file to the CPS, which charged"
    " him in December 2022.",
    "The case was passed to prosecutors in 2019 after a Lancashire Constabulary detective was"
    " accused of looking up crime reports on a friend.",
    "A West Mercia Police sergeant was found guilty of misusing the force's computer systems."
    " Investigators sent their evidence to the Crown Prosecution Service in May 2020.",
    "Police Scotland sent a report to the procurator fiscal in 2022 about a constable who had"
    " checked a relative's record on the police database.",
]


@pytest.mark.parametrize("text", CASE_HANDED_ON)
def test_a_case_handed_to_prosecutors_is_no_breach(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_year", published=TOLD) == set()


SENT_ASTRAY_TO_PROSECUTORS = [
    (
        "Cumbria Constabulary sent unencrypted discs of victim interviews to the Crown"
        " Prosecution Service by ordinary post in October 2019, and they never arrived.",
        {2019},
    ),
    (
        "A Cleveland Police officer forwarded CCTV footage to the CPS from his personal email"
        " account in 2023.",
        {2023},
    ),
    (
        "A Kent Police officer accessed the crime record of his former partner in May 2019."
        " The IOPC sent a file to the CPS in 2020.",
        {2019},
    ),
]


@pytest.mark.parametrize(("text", "years"), SENT_ASTRAY_TO_PROSECUTORS)
def test_data_sent_astray_or_a_dated_act_still_dates_the_breach(nlp, text: str, years: set) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_year", published=TOLD) == years


PROCEEDINGS_HAPPENED = [
    "Three hearings took place in 2022 after West Yorkshire Police officers accessed records"
    " without a reason.",
    "The misconduct hearing took place in March 2023. The Merseyside Police constable had"
    " searched for his neighbours on police systems.",
]


@pytest.mark.parametrize("text", PROCEEDINGS_HAPPENED)
def test_a_hearing_that_took_place_is_no_breach(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_year", published=TOLD) == set()


def test_the_act_told_at_the_hearing_keeps_its_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The hearing was told the Merseyside Police constable had searched for his neighbours"
        " on police systems in 2021. The hearing took place in March 2023."
    )
    assert field_values(nlp, text, "breach_year", published=TOLD) == {2021}


def test_charges_date_the_prosecution(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "An officer from Wiltshire Police was charged in 2021 under the Computer Misuse Act"
        " 1990 after looking up a woman he had met."
    )
    assert field_values(nlp, text, "breach_year", published=TOLD) == set()


SANCTION_LINES = [
    "Examples of police data breaches:\n- April 2016: Kent Police data breach leading to a fine"
    " of £80,000 for leaving interview tapes in an old station\n- November 2013: Merseyside"
    " Police penalty of £150,000 after a laptop was stolen",
    "Some recent police fines:\n- June 2018: Gloucestershire Constabulary fined £80,000 for"
    " revealing the names of abuse victims in an email\n- April 2016: Kent Police fined £80,000"
    " after it passed a woman's details to her ex-partner",
]


@pytest.mark.parametrize("text", SANCTION_LINES)
def test_a_dated_line_of_sanctions_dates_the_sanction(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_year", published=TOLD) == set()


def test_a_timeline_line_of_the_breach_itself_dates_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Timeline:\n- March 2019: Sussex Police loses a memory stick holding witness"
        " statements\n- June 2020: the ICO issues a reprimand"
    )
    assert field_values(nlp, text, "breach_year", published=TOLD) == {2019}


def test_a_referral_dates_the_report(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "This followed a referral from Northumbria Police in January 2020. The officer looked"
        " at a log about a domestic incident without a policing purpose."
    )
    assert field_values(nlp, text, "breach_year", published=TOLD) == set()


def test_the_act_found_after_a_referral_keeps_its_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Following a referral in 2020, investigators found that a Staffordshire Police"
        " constable had searched records about his neighbours in 2018."
    )
    assert field_values(nlp, text, "breach_year", published=TOLD) == {2018}
