"""Breach years: the year the breach happened, never the year of the fine, law or advert."""

from __future__ import annotations

from datetime import date

import pytest

from extract.models import Document
from extract.nlp import extract


def years(nlp, text: str, published: date | None = None) -> tuple:
    ex = extract(Document(text=text, published=published), nlp)
    primary = next(i for i in ex.incidents if i.mention == "primary")
    return primary.breach_year, primary.fine_year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The ICO fined Cheshire Constabulary after a laptop was stolen in July 2011.", 2011),
        ("Cheshire Constabulary lost the disks on 19 December 2016, the ICO said.", 2016),
        (
            "Cheshire Constabulary was fined by the ICO. Disks have been encrypted since the "
            "incident in 2015.",
            2015,
        ),
        (
            "The ICO fined Cheshire Constabulary because tapes were left behind when the "
            "station was abandoned in 2009.",
            2009,
        ),
    ],
)
def test_explicit_breach_year(nlp, text, year):
    assert years(nlp, text)[0] == year


def test_relative_year_resolved_against_publication_date(nlp):
    text = "The ICO fined Cheshire Constabulary after a laptop was stolen in a burglary last year."
    assert years(nlp, text, date(2019, 5, 1))[0] == 2018
    assert years(nlp, text)[0] is None  # no publication date, no guess


@pytest.mark.parametrize(
    "text",
    [
        # when a system went live / a practice began
        "The ICO fined Cheshire Constabulary after data was uploaded to a test system used "
        "by the force since 2019.",
        # a statute
        "The ICO fined Cheshire Constabulary under the Data Protection Act 1998 after a "
        "laptop was stolen.",
        # training and age of records
        "The ICO reprimanded Cheshire Constabulary after disks were lost. Training became "
        "mandatory in 2017. Records dated back to the late 1980s.",
        # an event advert
        "The ICO reprimanded Cheshire Constabulary after disks were lost.\n\n"
        "Registration now open for the largest data protection event of 2020.",
        # when the force told the regulator
        "The ICO reprimanded Cheshire Constabulary. On 5 October 2016 the force told the "
        "Information Commissioner that disks had been lost.",
    ],
)
def test_years_that_are_not_breach_years(nlp, text):
    assert years(nlp, text)[0] is None


def test_publication_date_line_is_not_a_breach_year(nlp):
    text = (
        "Cheshire Constabulary fined over lost disks\n\nJune 10, 2016 |\n\nThe ICO fined the force."
    )
    assert years(nlp, text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "A monetary penalty of £100,000 on Cheshire Constabulary for lost disks was imposed on "
        "19 March 2014.",
        "In March 2014 the ICO fined Cheshire Constabulary £100,000 for lost disks.",
    ],
)
def test_fine_year_is_not_the_breach_year(nlp, text):
    assert years(nlp, text) == (None, 2014)


def test_a_date_told_with_the_incidents_own_weaker_cues_dates_it(nlp):
    text = (
        "The ICO reprimanded Cumbria Constabulary after a fault in its online portal. For two "
        "weeks in March 2021, anyone who signed in could read other users' statements."
    )
    assert years(nlp, text)[0] == 2021
    # Suggestive words of another kind date nothing.
    other = (
        "The ICO reprimanded Cumbria Constabulary after an officer accessed records without a "
        "policing purpose. In 2019 the force's website moved online."
    )
    assert years(nlp, other)[0] is None


@pytest.mark.parametrize(
    ("text", "published", "year"),
    [
        # a month after the publication's month: the one of the year before
        (
            "The ICO reprimanded Durham Constabulary after a bag of files was lost on a bus "
            "last October.",
            date(2020, 3, 5),
            2019,
        ),
        # the publication's own month: a year back
        (
            "The ICO fined Durham Constabulary after an unencrypted laptop was stolen last May.",
            date(2018, 5, 20),
            2017,
        ),
        # an earlier month is last year's too: this year's would be "in April"
        (
            "The ICO reprimanded Durham Constabulary after a bag of files was lost on a bus "
            "last April.",
            date(2020, 6, 10),
            2019,
        ),
    ],
)
def test_last_month_name_counts_back_a_year(nlp, text, published, year):
    assert years(nlp, text, published)[0] == year


def test_the_year_before_last_counts_two_years_back(nlp):
    text = (
        "The ICO reprimanded Durham Constabulary after a box of case files was lost in the "
        "post the year before last."
    )
    assert years(nlp, text, date(2021, 4, 1))[0] == 2019


def test_a_lower_case_march_after_last_is_no_month(nlp):
    from extract.components.dates import find_dates

    assert find_dates("on the last march through the city centre") == []
    assert [d[3] for d in find_dates("It was lost last March.")] == ["last march"]


@pytest.mark.parametrize(
    "text",
    [
        "The ICO reprimanded Durham Constabulary after a sergeant, who was recruited in 2009, "
        "looked up records about a neighbour in 2019.",
        "Durham Constabulary was reprimanded after an officer accessed records about his "
        "ex-partner in 2019. The constable, who had joined the constabulary in 2007, "
        "admitted the searches.",
    ],
)
def test_a_career_date_is_no_breach_year(nlp, text):
    assert years(nlp, text)[0] == 2019


@pytest.mark.parametrize(
    "text",
    [
        # when an audit picked the searches up: discovery
        "Durham Constabulary said a constable looked up records about his neighbour without a "
        "policing purpose. The searches were flagged up by an audit in March 2021.",
        "Durham Constabulary said a constable looked up records about his neighbour without a "
        "policing purpose. The searches were detected by routine monitoring in 2021.",
        # the force's own discipline of the officer: a decision
        "Durham Constabulary said a constable who searched police systems for his ex-partner's "
        "address without a policing purpose was given a final written warning in 2021.",
    ],
)
def test_discovery_and_discipline_dates_are_no_breach_year(nlp, text):
    assert years(nlp, text, date(2022, 9, 1))[0] is None


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # the incident's own noun before a verb of no role ("dates back", "began")
        (
            "Durham Constabulary was reprimanded by the ICO. The mix-up dates back to May 2017, "
            "when two people's custody records were wrongly merged.",
            2017,
        ),
        (
            "Durham Constabulary was reprimanded by the ICO after a constable looked up records "
            "about his ex-partner without a policing purpose. The checks began in 2020 and went "
            "on for months.",
            2020,
        ),
    ],
)
def test_the_incidents_own_noun_dates_it(nlp, text, year):
    assert years(nlp, text)[0] == year


def test_records_that_date_back_are_still_no_breach_year(nlp):
    text = (
        "Durham Constabulary was reprimanded by the ICO after boxes of files were left in a "
        "disused station. The files date back to 1998."
    )
    assert years(nlp, text)[0] is None


@pytest.mark.parametrize(
    "opener",
    ["In one case in 2019,", "In another instance in March 2019,", "In a separate case in 2019"],
)
def test_a_case_opener_dates_the_case(nlp, opener):
    text = (
        "Durham Constabulary was reprimanded by the ICO over officers' misuse of its systems. "
        f"{opener} a constable was sacked after he used police systems to look up his "
        "ex-partner's address."
    )
    assert years(nlp, text)[0] == 2019


@pytest.mark.parametrize(
    "stamp",
    ["First published on Wed 9 Mar 2022 10.32 GMT", "Last modified on Wed 9 Mar 2022 12.10 GMT"],
)
def test_relative_year_counts_from_a_stamp_printed_in_the_text(nlp, stamp):
    text = (
        "Force fined over lost files\n\n"
        f"{stamp}\n\n"
        "The ICO fined Durham Constabulary after a laptop was stolen from a car last year."
    )
    assert years(nlp, text)[0] == 2021


@pytest.mark.parametrize(
    ("published", "year"),
    [(date(2021, 2, 14), 2020), (date(2021, 7, 30), 2020), (date(2021, 10, 5), None)],
)
def test_last_summer_counts_back_only_when_it_cannot_be_this_years(nlp, published, year):
    text = (
        "The ICO reprimanded Durham Constabulary after a detective's bag of case files was "
        "stolen from his car last summer."
    )
    assert years(nlp, text, published)[0] == year


def test_records_held_since_a_year_date_the_retention_from_then(nlp) -> None:
    """'photographs ... held since 2012': a retention that began in 2012; 'has risen every
    year since 2012' is a bound, no breach date."""
    text = (
        "The ICO served Gwent Police with an enforcement notice in 2021 because the force had "
        "unlawfully retained photographs of people never charged, some of them held since "
        "2012."
    )
    [inc] = extract(Document(text=text), nlp).incidents
    assert (inc.breach_type, inc.breach_year) == ("other", 2012)
    bound = text.replace("some of them held since 2012", "a number that has risen since 2012")
    [inc] = extract(Document(text=bound), nlp).incidents
    assert inc.breach_year is None


def test_the_year_before_counts_one_year_back_from_the_story(nlp) -> None:
    """'the year before' has no count of years ('two years before' has): one year back from
    the sentence's own date, else from the publication date."""
    text = (
        "Avon and Somerset Constabulary was reprimanded by the ICO. The mix-up took place the "
        "year before, when a clerk posted a witness statement to the suspect."
    )
    assert years(nlp, text, date(2020, 6, 1))[0] == 2019
    anchored = text.replace(
        "The mix-up took place the year before,",
        "It admitted in 2017 that files went astray the year before,",
    )
    assert years(nlp, anchored, date(2020, 6, 1))[0] == 2016


def test_a_date_opening_a_state_clause_after_since_dates_its_start(nlp) -> None:
    """'Since 2014 the force had kept ...': the state began then (a start, not a bound); a
    clause whose verb is no state ('since 2014 complaints have risen') keeps it a bound."""
    text = (
        "The ICO ordered Dyfed-Powys Police to delete fingerprints of people never convicted. "
        "Since 2014 the force had kept them on a local database, the regulator said."
    )
    [inc] = extract(Document(text=text), nlp).incidents
    assert inc.breach_year == 2014
    bound = text.replace("Since 2014 the force had kept them", "Since 2014 complaints had risen")
    [inc] = extract(Document(text=bound), nlp).incidents
    assert inc.breach_year is None


def test_what_a_finding_says_had_happened_is_dated_as_the_breach(nlp) -> None:
    """'the review found a statement had been given to the suspect's family in 2019': a past
    perfect after the discovery tells the earlier event; 'found in 2021 that ...' dates the
    finding."""
    text = (
        "Lancashire Constabulary was reprimanded after a review found a victim's statement had "
        "been given to the suspect's family in 2019."
    )
    assert years(nlp, text)[0] == 2019
    found = text.replace(
        "a review found a victim's statement had been given",
        "a review found in 2021 that a victim's statement was given",
    ).replace(" in 2019.", ".")
    assert years(nlp, found)[0] is None


def test_relative_year_counts_from_a_sign_off_date_at_the_end(nlp) -> None:
    """'Shropshire Star, 9 March 2022' closing the text dates the page when nothing at the top
    does; a sentence with a date in it is no sign-off."""
    body = (
        "Force reprimanded over lost files\n\n"
        "The ICO reprimanded Durham Constabulary after a laptop was stolen from a car last "
        "year.\n\nThe force apologised. It has written to the people affected. Officers "
        "have been retrained. Laptops are now encrypted. A helpline has been set up. The "
        "chief constable said lessons had been learned.\n\n"
    )
    assert years(nlp, body + "Shropshire Star, 9 March 2022")[0] == 2021
    told = body + "A review of the case was completed on 9 March 2022 by the force."
    assert years(nlp, told)[0] is None
