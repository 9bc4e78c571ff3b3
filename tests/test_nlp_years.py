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
