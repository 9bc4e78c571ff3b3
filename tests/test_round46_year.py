"""Round 46 (r46-year): the age of records kept apart from the breach year.

- the age of the records told with "going back to" or "stretching back to" ("a laptop holding
  records going back to 2009 was stolen in 2012"), which "dating back to" already marks as
  records' age (`age_phrasal` in cues.toml [dates], read by `_records_age`, `_kept_since` and
  `_breach_dates_back` only as a participle with the date at once after it: "went back to the
  station in 2019" is a movement and "his checks went back to 2018" tells when the checks
  began, both keep their dates);
- records kept on "in breach of" a policy: that phrase is the keeping's own wrong, not
  another event, so the age of the records still dates the keeping (`_breach_of_rules`); a
  count ("about 3,000 people") between the keeping verb and the age is no topic link, while "a
  review into 300 complaints" still is.

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.incident_probe import field_values

PAGE_DAY = date(2023, 6, 3)

AGE_CASES = [
    # the records' age, told by "going back to" / "stretching back to", is not the loss's year
    (
        "A laptop holding records going back to 2009 was stolen from a Gwent Police officer's"
        " car in 2012, the force has admitted.",
        {2012},
    ),
    (
        "Essex Police lost a USB stick in 2019 holding witness statements going back to 2011."
        " The Information Commissioner's Office later reprimanded the force.",
        {2019},
    ),
    (
        "Surrey Police lost a bundle of case papers stretching back to 2015 on a train in 2021,"
        " exposing the addresses of victims. The force told the Information Commissioner's"
        " Office.",
        {2021},
    ),
    (
        "A hard drive with custody records going back to 2010 was stolen from a Cheshire"
        " Constabulary office in March 2017.",
        {2017},
    ),
    # records kept on: their age is when the unlawful keeping began, also when the sentence
    # says the keeping was "in breach of" a policy (the keeping's wrong, no other event)
    (
        "Gwent Police held the fingerprints of about 3,000 people released without charge,"
        " some going back to 2017, in breach of its data retention rules.",
        {2017},
    ),
    (
        "Gwent Police held the fingerprints of about 3,000 people released without charge,"
        " some dating back to 2017, in breach of its data retention rules.",
        {2017},
    ),
    # near misses: a movement, a breach's own age
    (
        "An Avon and Somerset Police officer went back to the station in 2019, copied the"
        " records of a woman he had met and shared them with his brother.",
        {2019},
    ),
    (
        "Dorset Police said the breach goes back to 2017, when a civilian worker first looked"
        " up the records of her neighbours without a policing purpose.",
        {2017},
    ),
    # a finite "went back to" tells when the wrong acts began, not how old the records are
    (
        "A Durham Constabulary officer has been sacked after a hearing found that his checks"
        " on the files of his former partner went back to 2018.",
        {2018},
    ),
    # "into" before a number stays a topic: a review's subject dates no keeping
    (
        "West Mercia Police emailed the names of 40 informants to a local charity in 2022."
        " Separately, the force ran a review into 300 complaints dating back to 2010.",
        {2022},
    ),
]


@pytest.mark.parametrize(("text", "years"), AGE_CASES)
def test_the_age_of_records_is_not_the_breach_year(nlp, text: str, years: set) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_year", published=PAGE_DAY) == years
