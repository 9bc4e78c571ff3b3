"""Round 60 (date60): blind probes of the breach year among a page's many dates.

- A year standing in a document's or a law's name, as titles and headlines write it ('the
  Annual Data Protection Report 2021 showed ...', 'Force broke 1998 law') names the document
  or the law: it dates no breach, and the breach's own date stands.
- "The previous year" right after the news's own time ("The ICO reprimanded the force this
  week. The previous year ...", "appeared in court yesterday ... the previous year") counts
  back from the page's date, as "last year" does.
- A date told right after a court ("appeared in court yesterday accused of accessing ...",
  "A county court in 2022 ordered the force to pay ...") is the proceedings' date, not the
  breach's; not when a deed befell the data there ("emailed the Crown Court in 2021", "left
  the files at Norwich Crown Court in 2021", "handed the statement to the court in 2021").

Paraphrases written for these tests, not taken from any page.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract import nlp
from extract.models import Document


def _years(text: str, published: date | None = None) -> set[int | None]:
    doc = Document(text=text, published=published)
    return {i.breach_year for i in nlp.extract(doc).incidents}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Leak revealed\n\nThe Kent Police Data Protection Report 2023 showed that an "
            "officer had given a victim's phone number to a reporter in 2021.",
            2021,
        ),
        (
            "Force breached 1998 law\n\nNorfolk Constabulary was found to have breached data "
            "protection law after a worker faxed a victim's medical notes to the wrong number "
            "in 2013.",
            2013,
        ),
    ],
)
def test_year_naming_a_document_or_law_dates_nothing(text: str, year: int) -> None:
    assert _years(text) == {year}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a year after "in" before a document still times the sentence's deed
        (
            "Police error\n\nIn 2019 reports of a Surrey Police officer emailing a victim's "
            "address to her attacker were sent to the regulator.",
            2019,
        ),
    ],
)
def test_year_beside_a_time_word_or_event_keeps_its_date(text: str, year: int) -> None:
    assert year in _years(text)


@pytest.mark.parametrize(
    ("text", "published", "year"),
    [
        (
            "Force reprimanded\n\nThe data watchdog reprimanded Cheshire Constabulary this "
            "week. The previous year a detective had emailed a witness list to the wrong "
            "solicitor.",
            date(2024, 6, 12),
            2023,
        ),
        (
            "PC before magistrates\n\nA Dorset Police officer was charged yesterday with "
            "misconduct in public office. He looked up a former girlfriend's records the "
            "previous year, the court heard.",
            date(2022, 3, 9),
            2021,
        ),
    ],
)
def test_previous_year_after_the_news_time_counts_from_the_page(
    text: str, published: date, year: int
) -> None:
    assert year in _years(text, published)


def test_previous_year_after_a_stated_year_counts_from_it() -> None:
    text = (
        "Force reprimanded\n\nThe data watchdog reprimanded Cheshire Constabulary in 2021. "
        "The previous year a detective had emailed a witness list to the wrong solicitor."
    )
    assert _years(text, date(2024, 6, 12)) == {2020}


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Force must pay\n\nA county court in 2024 ordered Kent Police to pay a man whose "
            "address a PC had given to his former partner. The PC had made the disclosure "
            "three years earlier.",
            {2021},
        ),
        (
            "PC in dock\n\nA Norfolk Constabulary detective appeared at Norwich Crown Court in "
            "March 2023 accused of looking up crime reports about his neighbours.",
            {None},
        ),
    ],
)
def test_date_right_after_a_court_is_the_proceedings(text: str, years: set[int | None]) -> None:
    assert _years(text) == years


@pytest.mark.parametrize(
    "text",
    [
        "Disclosure error\n\nA Norfolk Constabulary officer sent an unredacted witness "
        "statement to the court in 2021, revealing the witness's address.",
        "Disclosure error\n\nA Norfolk Constabulary officer emailed the Crown Court in 2021 "
        "with a victim's medical records attached by mistake.",
        "Files left behind\n\nA Norfolk Constabulary officer left a bag of case files at "
        "Norwich Crown Court in 2021.",
        "Papers\n\nA Norfolk Constabulary officer handed a victim's unredacted statement to "
        "the court in 2021.",
    ],
)
def test_court_the_data_went_to_keeps_the_date(text: str) -> None:
    assert 2021 in _years(text)
