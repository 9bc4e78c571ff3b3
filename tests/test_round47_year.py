"""Round 47 (r47-year): a vague count of breaches makes its sentence a statistic.

"Hundreds of data breaches between 2016 and 2020", "the thousands of incidents took place from
...": like a count in figures, the span is the set's, not one incident's (`vague_counts` in
cues.toml [dates], read by `_statistic` only when "of" joins the count to a tally noun a few
words on, so "the names of thousands in a breach in 2023" still dates the breach).

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.incident_probe import field_values

PAGE_DAY = date(2024, 8, 20)

CASES = [
    # a vague count of breaches: the span is a statistic's
    (
        "Hundreds of data breaches took place at Lancashire Constabulary between 2016 and 2020,"
        " figures show. In one case an officer looked up his neighbour on the police computer.",
        set(),
    ),
    (
        "The hundreds of breaches happened between April 2015 and March 2019, according to the"
        " figures, and one Dyfed-Powys Police officer sold details to a criminal.",
        set(),
    ),
    (
        "Dozens of data protection breaches were recorded by Gwent Police between 2018 and 2020,"
        " including a constable who checked the record of a former partner.",
        set(),
    ),
    # near misses: a vague count of people or records beside one breach's own date
    (
        "A Kent Police officer looked up hundreds of records on the force's computer system in"
        " 2019 without a policing purpose.",
        {2019},
    ),
    (
        "Cheshire Constabulary exposed the details of thousands of people in a data breach in"
        " May 2020.",
        {2020},
    ),
    (
        "In 2020 a West Yorkshire Police worker emailed the addresses of hundreds of witnesses to"
        " the wrong recipient in a breach.",
        {2020},
    ),
]


@pytest.mark.parametrize(("text", "years"), CASES)
def test_round47_year(nlp, text: str, years: set) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_year", published=PAGE_DAY) == years
