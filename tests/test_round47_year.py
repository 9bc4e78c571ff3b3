"""Round 47 (r47-year): a vague count of breaches makes its sentence a statistic.

"Hundreds of data breaches between 2016 and 2020", "the thousands of incidents took place from
...": like a count in figures, the span is the set's, not one incident's (`vague_counts` in
cues.toml [dates], read by `_statistic` only when "of" joins the count to a tally noun a few
words on, so "the names of thousands in a breach in 2023" still dates the breach). Only for
breaches and incidents (`vague_tally_nouns`), in the sentence's first clause with a tally verb
("recorded", "logged", "took place"; `count_clause`, `tally_verbs`), the count opening that
clause or right after the verb, with a date there: "the leak, in 2020, was one of hundreds of
breaches", "in 2021, a year in which the force logged hundreds of breaches", "hundreds of
incident logs", "a report detailing dozens of incidents was lost in 2019", "searched dozens of
domestic incidents", "dozens of breaches were committed by a sergeant in 2019", "dozens of
breaches were logged in 2021 by a single officer" and "hundreds of breaches occurred in 2022
when a fault put addresses online" date one incident, as does a date in a later clause
("..., including one in which a detective emailed ... in June 2019"), a hearing told of the
count ("..., the misconduct hearing heard") or a case dated by it ("..., the year a letter
...") (`count_hearings`, `count_year_tails`).

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
    (
        "Between 2017 and 2021, thousands of data incidents were logged by Surrey Police, the"
        " figures show. In one case a constable looked up a neighbour on the police computer.",
        set(),
    ),
    (
        "Leicestershire Police logged thousands of data breaches between 2018 and 2022, a report"
        " shows. In one case a detective looked up a neighbour on the police computer.",
        set(),
    ),
    # near misses: the vague count only sets one incident among others, or counts one act's
    # things, and the incident keeps its own year
    (
        "A Norfolk Constabulary sergeant was sacked after he looked up his ex-wife's address on"
        " the police computer. The breach, in June 2020, was one of hundreds of breaches the force"
        " logged that year.",
        {2020},
    ),
    (
        "Durham Constabulary posted a victim's statement to her attacker in April 2021, a year in"
        " which the force reported hundreds of data breaches.",
        {2021},
    ),
    (
        "Hundreds of incident logs were found dumped in a skip outside a Sussex Police station in"
        " 2018. The force apologised to the public for the data breach.",
        {2018},
    ),
    (
        "A Wiltshire Police constable looked up dozens of domestic incidents about his neighbours"
        " on the force system in 2019 with no policing purpose.",
        {2019},
    ),
    (
        "Dozens of breaches were committed by a Gloucestershire Constabulary sergeant in 2019"
        " when he kept checking the police computer for news of his former wife.",
        {2019},
    ),
    (
        "A Cumbria Constabulary detective's report detailing dozens of incidents was left on a"
        " train in May 2019.",
        {2019},
    ),
    (
        "Video of hundreds of incidents recorded on Dyfed-Powys Police body cameras was deleted"
        " by mistake in 2020.",
        {2020},
    ),
    (
        "The court heard a Lincolnshire Police constable recorded dozens of offences in 2021 by"
        " checking crime records about his neighbours for no policing purpose.",
        {2021},
    ),
    (
        "Hundreds of data breaches occurred in 2022 when a fault in a North Wales Police website"
        " put the addresses of crime victims online.",
        {2022},
    ),
    (
        "Dozens of breaches were logged in 2021 by a single Bedfordshire Police officer who kept"
        " looking up his former partner on the police computer.",
        {2021},
    ),
    (
        "In 2019, dozens of data breaches were recorded by Hertfordshire Constabulary, including"
        " one in which a detective emailed a victim's statement to the wrong person in June 2019.",
        {2019},
    ),
    (
        "Hundreds of data breaches took place in 2016, when a Northamptonshire Police constable"
        " searched the force computer for details of friends and neighbours.",
        {2016},
    ),
    (
        "A Warwickshire Police sergeant was sacked for looking up his tenants on police systems."
        " Dozens of breaches took place between 2018 and 2020, the misconduct hearing heard.",
        {2018},
    ),
    (
        "Hundreds of incidents were logged by Gwent Police in 2022, the year a letter naming"
        " informants was posted to the wrong address by mistake.",
        {2022},
    ),
    (
        "Thousands of breaches at force as Essex Police officer jailed for 2021 leak to a drug"
        " dealer",
        {2021},
    ),
]


@pytest.mark.parametrize(("text", "years"), CASES)
def test_round47_year(nlp, text: str, years: set) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_year", published=PAGE_DAY) == years
