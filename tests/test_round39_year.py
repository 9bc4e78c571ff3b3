"""Round 39 (r39-year): years that bound a count, head a list or describe data, and figures
that count nothing.

Real statistics stories date the span their figures cover ("the cases date back to 2016",
"over the five years from 2015, the force investigated 87 staff"); regulators' action lists
put a period heading over their items ("April to June 2024"); a published list is described
"as at" a date. None of those years is a breach year (extract/rules/dates.py
`_counted_cases`, `_counted_over`, `_period_heading`; cues.toml [dates] bounds). The other
way round, a sentence is no statistic because a number stands in it that counts no breaches:
"viewed two incident logs in 2019" counts logs, "a section 170 offence" labels an offence,
"the totals for 2023/24" names a financial year (`_modifier_after_count`, `_figure`), so the
year of the act it tells still dates the breach.

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.incident_probe import field_values, story_incidents

TOLD = date(2021, 8, 5)

SPANS_OF_FIGURES = [
    "More than 300 officers and staff at Kent Police have faced action for misusing data,"
    " figures show.\n\nThe cases date back to 2016 and include looking up friends on the"
    " police national computer.",
    "Figures show 142 officers at Lancashire Constabulary faced misconduct action for data"
    " breaches. The incidents, which date back to 2014, include staff sharing details of"
    " crime victims.",
    "Staffordshire Police said 31 officers had been disciplined for accessing records without"
    " a policing reason. Some of the cases date back as far as 2015.",
    "Over the five years from 2015, Surrey Police investigated 87 members of staff for"
    " accessing records without a policing purpose.",
    "In the three years since 2018, Durham Constabulary has investigated 23 staff for looking"
    " up records without a policing purpose.",
]


@pytest.mark.parametrize("text", SPANS_OF_FIGURES)
def test_the_span_figures_cover_is_no_breach_year(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_year", published=TOLD) == set()


ONE_BREACH_DATED_BACK = [
    (
        "A Gwent Police sergeant looked up his former wife on police computers without a"
        " policing purpose. The searches date back to 2019, the hearing was told.",
        {2019},
    ),
    (
        "Bedfordshire Police said the leak of victims' names, which came to light in May,"
        " dates back to 2019.",
        {2019},
    ),
    (
        "From 2015 to 2018, a constable with Cleveland Police searched the police national"
        " computer for information he sold to a criminal gang.",
        {2015},
    ),
]


@pytest.mark.parametrize("text,expected", ONE_BREACH_DATED_BACK)
def test_one_breach_s_own_start_stays(nlp, text: str, expected: set[int]) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_year", published=TOLD) == expected


PERIOD_HEADINGS = [
    (
        "Action we have taken",
        "April to June 2024\n\nReprimand: Hertfordshire Constabulary. Personal information"
        " about a crime victim was given to the suspect's solicitor without redaction.",
    ),
    (
        "Actions taken",
        "January to March 2023\n\nReprimand issued to Surrey Police. An officer disclosed a"
        " victim's address to the suspect.",
    ),
    (
        "Enforcement action",
        "Quarter one, 2023/24\n\nReprimands\n\nSurrey Police and Sussex Police\nDate: 18 April"
        " 2023\nThe forces used an app that recorded phone calls, collecting the personal data"
        " of a large number of people.\n\nQuarter four, 2022/23\n\nReprimands\n\nNorth Wales"
        " Police\nDate: 2 March 2023\nAn officer gave a witness's address to the suspect.",
    ),
]


@pytest.mark.parametrize("head,body", PERIOD_HEADINGS)
def test_a_period_heading_dates_no_item_under_it(nlp, head: str, body: str) -> None:  # type: ignore[no-untyped-def]
    years = {i.breach_year for i in story_incidents(nlp, head, body) if i.breach_year}
    assert years == set()


def test_a_when_label_still_dates_the_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Breach details\nWhat: A bag of custody records was left in a taxi by a staff"
        " member.\nWhen: 3 May 2015.\n\nRegulatory action\nRegulator: ICO\nAction: Monetary"
        " penalty of £80,000\nWhen: 2 March 2016."
    )
    years = {i.breach_year for i in story_incidents(nlp, "Cleveland Police", body)}
    assert years == {2015}


@pytest.mark.parametrize(
    "text",
    [
        "Lancashire Constabulary published a spreadsheet of officers' names on its website by"
        " mistake. The spreadsheet listed staff as at 31 March 2022.",
        "Merseyside Police put a list of staff names on its website by mistake. The list showed"
        " staff in post as of 1 April 2021.",
    ],
)
def test_a_reference_date_of_data_is_no_breach_year(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_year") == set()


NUMBERS_COUNTING_NO_BREACHES = [
    "A Durham Constabulary officer viewed two incident logs in 2019 about his neighbour"
    " without a policing purpose.",
    "A Durham Constabulary officer viewed two further incident logs in 2019 about his"
    " neighbour without a policing purpose.",
    "A former Kent Police officer admitted a section 170 offence after looking up records of"
    " her neighbour without a policing purpose in 2019.",
]


@pytest.mark.parametrize("text", NUMBERS_COUNTING_NO_BREACHES)
def test_a_number_counting_no_breaches_leaves_the_act_dated(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_year", published=TOLD) == {2019}


def test_a_count_of_breaches_is_still_a_statistic(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kent Police recorded 45 data breach incidents in 2019 and 52 in 2020."
    assert field_values(nlp, text, "breach_year", published=TOLD) == set()


def test_one_person_s_acts_counted_over_a_stretch_keep_their_start(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In the two years from 2019, PC Jones of Essex Police looked up 400 records about"
        " people he knew."
    )
    assert field_values(nlp, text, "breach_year", published=TOLD) == {2019}
