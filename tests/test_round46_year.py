"""Round 46 (r46-year): the age of records and the day a breach was noticed taken for its year.

Two ways a story hands the extractor a year that is not the breach's:
- the age of the records told with "going back to" or "stretching back to" ("a laptop holding
  records going back to 2009 was stolen in 2012"), which "dating back to" already marks as
  records' age (`age_phrasal` in cues.toml [dates], read by `_records_age`, `_kept_since` and
  `_breach_dates_back` only where the date follows at once: "went back to the station in
  2019" is a movement and keeps its date);
- records kept on "in breach of" a policy: that phrase is the keeping's own wrong, not
  another event, so the age of the records still dates the keeping (`_breach_of_rules`);
- the day the breach "came to its attention" ("the error came to its attention on 6 March"),
  a discovery like "came to light", whose date is not the breach's (`discovery`).

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
        " The force was reprimanded by the Information Commissioner's Office.",
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
        "Gwent Police had retained the fingerprints of about 3,000 people who were never"
        " charged, some going back to 2017, in breach of its own retention policy.",
        {2017},
    ),
    (
        "Gwent Police had retained the fingerprints of about 3,000 people who were never"
        " charged, some dating back to 2017, in breach of its own retention policy.",
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
]

DISCOVERY_CASES = [
    # the day the force noticed the breach is not when it happened
    (
        "Cumbria Constabulary has admitted publishing the pay details of all its officers on"
        " its website. The force said the error came to its attention on 6 March 2023 and the"
        " spreadsheet was taken down the same day.",
        set(),
    ),
    (
        "Staffordshire Police staff sent the names of sex offenders to a member of the public"
        " by email. The breach came to the attention of the force in 2021 when the recipient"
        " called.",
        set(),
    ),
    # near misses: the breach dated on its own keeps its year
    (
        "Cumbria Constabulary published the pay details of its officers on its website in"
        " January 2022. The error came to its attention on 6 March 2023.",
        {2022},
    ),
    (
        "A Lancashire Police officer passed a victim's new address to the man she had fled in"
        " May 2021. The disclosure came to the attention of the force weeks later.",
        {2021},
    ),
]


@pytest.mark.parametrize(("text", "years"), AGE_CASES)
def test_the_age_of_records_is_not_the_breach_year(nlp, text: str, years: set) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_year", published=PAGE_DAY) == years


@pytest.mark.parametrize(("text", "years"), DISCOVERY_CASES)
def test_the_day_a_breach_came_to_attention_is_not_its_year(nlp, text: str, years: set) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_year", published=PAGE_DAY) == years
