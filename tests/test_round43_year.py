"""Round 43 (r43-year): two places where the breach's own year was dropped on real pages.

- What proceedings someone faces allege ("faced allegations that between March 2017 and
  June 2019 she searched the system", "faces a charge of misusing records in 2020"): the
  hypothetical scope that "face" opens ran over the allegation's content, so the deed's date
  was no fact. `_alleged` (extract/rules/dates.py; `allegation_*` in cues.toml [dates]) keeps
  it when every scope over the date opens after "face" and an allegation noun joined to its
  content ("allegations that", "a charge of") or a word telling it ("accused of") comes first.
  "Could face a charge ..." keeps its own modal scope, so it stays hypothetical.
- How many people or records one breach touched ("the details of 1,230 victims between April
  2021 and March 2022 were included ..."): a figure after "of" after a data noun
  (`touched_nouns`) is the breach's size, not a statistic that makes the sentence's dates a
  baseline (`_measure`). A page with no dateline is told no earlier than a span's closing
  year (`_story_now`).

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.incident_probe import field_values

PAGE_DAY = date(2022, 6, 14)

CASES = [
    # an allegation the person faced: the deed alleged keeps its year
    (
        "A Sussex Police constable faced allegations that between March 2017 and June 2019 she"
        " searched the force's records for details of her neighbours. A misconduct panel found"
        " the case proven and she was dismissed.",
        {2017},
    ),
    (
        "A Durham Constabulary sergeant faces a charge of misusing the police computer in 2020"
        " to look up a former partner, a misconduct hearing was told.",
        {2020},
    ),
    (
        "A Kent Police officer faced a hearing accused of disclosing a victim's address to a"
        " friend in 2019, and was given a final written warning.",
        {2019},
    ),
    (
        "The detective faced claims that in October 2018 he passed a victim's address to a"
        " suspect. Greater Manchester Police said he had resigned.",
        {2018},
    ),
    # near misses: a modal before "face" keeps the whole thing open; a fine faced is no deed
    (
        "A West Yorkshire Police officer could face allegations that in 2021 he looked up"
        " records, the force said.",
        set(),
    ),
    (
        "Essex Police may face a fine of £100,000 in 2023 for the loss of case files, the"
        " regulator warned.",
        set(),
    ),
    # a count of people one breach touched is no statistic
    (
        "Lancashire Police said an error meant the personal details of 2,400 witnesses between"
        " May 2020 and April 2021 were wrongly attached to replies to information requests.",
        {2020},
    ),
    (
        "Cheshire Constabulary said a fault meant the names of 350 victims in 2019 were left"
        " visible in a spreadsheet it sent to a journalist.",
        {2019},
    ),
    (
        "Merseyside Police has apologised for a data breach. A fault meant the personal details"
        " of 940 victims between June 2019 and May 2020 were included in answers to information"
        " requests, a spokesman said.",
        {2019},
    ),
    # near misses: figures beside a date still make it a baseline; the force's own act
    (
        "Avon and Somerset Police recorded 1,640 breaches, against 1,400 when the rules changed"
        " in 2018.",
        set(),
    ),
    (
        "Merseyside Police has apologised for a data breach in which a letter went to the"
        " wrong address. The force retrained 940 staff in 2021.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "years"), CASES)
def test_the_breach_year_of_an_alleged_deed_or_a_counted_breach(nlp, text: str, years: set) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_year", published=PAGE_DAY) == years


def test_an_undated_page_is_told_no_earlier_than_a_spans_close(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A Norfolk Constabulary officer faced allegations that between February 3 2015 and"
        " August 9 2017 he accessed police systems for no policing purpose. He received a"
        " final written warning."
    )
    assert field_values(nlp, text, "breach_year") == {2015}
