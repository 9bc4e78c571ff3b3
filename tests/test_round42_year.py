"""Round 42 (r42-year): the breach year follows the breach's own clause.

Four places where a year sat next to the breach without being its year
(extract/rules/dates.py, cues.toml [dates]):
- a law cited by its initials ("s45 DPA 2018"): `statute_words` take the initials too;
- someone learning of a thing already done ("In 2019 she was told the tapes had been lost"):
  `_learned_later`, `learning`; the date is the learning's, no finding that dates a loss;
- a finding dated by its day whatever clause tells the breach after it ("became aware of a
  breach on 6 March in which ..."): the discovery verb keeps the date;
- the story's breach set beside an earlier event ("The leak comes months after hackers
  stole ... in 2022"): `_beside_other`, `beside`, `beside_links`, `beside_subjects`;
a backlog of requests "since 2018" is the breach's start (`state_since`), as "missing since"
is; and one where a day of the breach itself was dropped as the news's day: data the force put
out "last week" (`_news_published`) keeps the day; a document put out then does not.

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.incident_probe import field_values

PAGE_DAY = date(2023, 9, 20)

CASES = [
    # a law's initials
    (
        "Dyfed-Powys Police has been reprimanded by the ICO for breaching the DPA 2018 after a"
        " laptop holding witness statements was stolen from an unlocked car.",
        None,
        set(),
    ),
    (
        "West Mercia Police failed to keep the records secure as the DPA 1998 required, the"
        " regulator found, after files were dumped in a skip.",
        None,
        set(),
    ),
    (
        "The watchdog said Gwent Police had broken section 45 of the DPA 2018 when a sergeant"
        " emailed a victim's statement to her abuser in 2021.",
        None,
        {2021},
    ),
    (
        "A Staffordshire Police officer who looked up his neighbours on the force database in"
        " 2020 admitted offences under the Computer Misuse Act 1990.",
        None,
        {2020},
    ),
    # learning of a thing already done
    (
        "In autumn 2019 she was told that the recordings of her interview with Essex Police had"
        " been lost.",
        None,
        set(),
    ),
    (
        "He was told in 2018 that a Kent Police officer had looked at his crime record in 2016"
        " without a policing purpose.",
        None,
        {2016},
    ),
    (
        "In 2019 a Lancashire Police officer lost a file of witness statements and was told he"
        " had breached policy.",
        None,
        {2019},
    ),
    (
        "Cheshire Constabulary posted a prisoner's custody file to the wrong law firm in June"
        " last year and later heard from the regulator that it would take no further steps, as"
        " the file had come back within a day.",
        date(2024, 5, 22),
        {2023},
    ),
    # a finding dated by its day
    (
        "Suffolk Constabulary found out about a breach on Tuesday 14 May 2024 in which the home"
        " addresses of its special constables had been put on a shared drive.",
        None,
        set(),
    ),
    (
        "Northumbria Police reported an incident in 2019 in which a detective's diary of"
        " witness names went missing on a train.",
        None,
        {2019},
    ),
    # the story's breach beside an earlier event
    (
        "Essex Police emailed a spreadsheet of victims' details to a reporter in 2023, a data"
        " breach it reported to the ICO. The leak comes months after hackers stole a council's"
        " payroll files in an attack in 2022.",
        None,
        {2023},
    ),
    (
        "Staffordshire Police sent the addresses of 30 witnesses to a defence solicitor in error"
        " in 2022, a data breach reported to the ICO. The disclosure came just a few days after"
        " a university said criminals had reached its student records in 2021.",
        None,
        {2022},
    ),
    (
        "Gwent Police was warned about its email system. A data breach followed in March 2021"
        " when an officer emailed a victim's statement to her abuser.",
        None,
        {2021},
    ),
    (
        "The ICO fine follows a data breach in 2021 when Wiltshire Police officers emailed the"
        " names of informants to a suspect.",
        None,
        {2021},
    ),
    # requests left unanswered since a date: the breach began then
    (
        "The regulator reprimanded Dorset Police over a backlog since 2018 of requests from"
        " people for their own records.",
        None,
        {2018},
    ),
    (
        "Dorset Police has received 300 subject access requests since 2018, the force said, and"
        " the ICO reprimanded it for a data breach.",
        None,
        set(),
    ),
    # a day of the breach told against the page's date
    (
        "Leicestershire Police accidentally published the names of 400 officers on its website"
        " last week. The breach comes months after a hospital trust said attackers had copied"
        " patient letters between 2019 and 2022.",
        PAGE_DAY,
        {2023},
    ),
    (
        "A North Wales Police laptop holding witness details had no encryption, the regulator's"
        " reprimand, made public this week, says.",
        PAGE_DAY,
        set(),
    ),
    (
        "The ICO's report, published last week, said West Yorkshire Police had lost a laptop"
        " holding victims' details.",
        PAGE_DAY,
        set(),
    ),
]


@pytest.mark.parametrize(("text", "published", "years"), CASES)
def test_the_breach_year_is_the_breach_clauses(nlp, text: str, published, years: set) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_year", published=published) == years
