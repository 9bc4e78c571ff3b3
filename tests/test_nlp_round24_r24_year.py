"""Round 24 (breach year), each mechanism proved by paraphrases written for it, positive and
negative: 'N months after' the clause after it counts back from the date it is anchored to even
when that date is a bound ('not noticed until May 2023, six months after the file was sent');
a verb of starting right before a breach verb ('began looking up') is that breach's start, so
the breach verb times the date of the clause it is coordinated with; a stretch counted back
from its end ('over an 18-month period up to December 2021') begins so long before it, and is
left undated when its start may fall in either of two years."""

from __future__ import annotations

from datetime import date

from extract.components.dates import find_dates
from extract.models import Document
from extract.nlp import extract

PUBLISHED = date(2024, 6, 14)
HEADLINE = "Police force data breach\n\n"
LEAD = "Essex Police has been reprimanded by the Information Commissioner's Office. "


def year(nlp, text: str) -> int | None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=HEADLINE + LEAD + text, published=PUBLISHED), nlp)
    incident = next(i for i in ex.incidents if i.mention == "primary")
    return incident.breach_year


# --- 'N months after' counts back from a date that is a bound


def test_months_after_counts_back_from_a_bound_date(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in [
        "Staff did not notice the error until May 2023, six months after the attachment was sent.",
        "Nobody picked it up until May 2022, five months after the email was sent.",
    ]:
        assert year(nlp, text) == (2022 if "2023" in text else 2021), text
    # negative: the count lands in the anchor's own year
    text = "The force did not notice until November 2023, two months after the list was sent."
    assert year(nlp, text) == 2023
    # negative: months before a bare year may fall in either year
    text = "The force did not notice until 2023, three months after the list was sent."
    assert year(nlp, text) is None


# --- a verb of starting governs the breach verb after it


def test_a_starting_verb_before_a_breach_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in [
        "A sergeant befriended the woman in 2020 and started checking her records on the "
        "police computer.",
        "The detective fell out with his neighbour in 2018 and began to search the database "
        "for him.",
    ]:
        assert year(nlp, text) == (2020 if "2020" in text else 2018), text
    # negative: the starting verb with no breach verb after it dates nothing
    text = "A sergeant befriended the woman in 2020 and started a relationship with her."
    assert year(nlp, text) is None


# --- a stretch counted back from its end


def test_a_stretch_counted_back_from_its_end() -> None:
    assert [d[2:] for d in find_dates("over a 20-month period up to August 2022")] == [
        ("span", "2021-01/2022-08")
    ]
    assert [d[2:] for d in find_dates("for nine months until March 2019")] == [
        ("span", "2018-07/2019-03")
    ]
    assert [d[2:] for d in find_dates("over a period of 15 months up to April 2020")] == [
        ("span", "2019-02/2020-04")
    ]
    # negative: a start in either of two years is no date, and not the end's year
    assert [d[2:] for d in find_dates("over a three-year period ending in 2021")] == [
        ("relative", "period")
    ]
    # negative: a plain stretch from a date is read as before
    assert [d[2:] for d in find_dates("for ten months from May 2019")] == [("month", "2019-05")]


def test_the_breach_year_is_the_stretch_start(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Over a 20-month period up to August 2022, a call handler looked up the records of "
        "people she knew."
    )
    assert year(nlp, text) == 2021
    text = "A call handler looked up records over a three-year period ending in 2021."
    assert year(nlp, text) is None


# --- weeks or days before a clause whose date closes it after a comma


def test_weeks_before_a_clause_dated_after_a_comma(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The list was emailed to a stranger three weeks before the force realised, in July 2022."
    assert year(nlp, text) == 2022
    text = (
        "The letter went to the wrong house ten days before a colleague noticed the error on "
        "18 May 2021."
    )
    assert year(nlp, text) == 2021
    # negative: the count may cross into the year before
    text = (
        "The list was emailed to a stranger three weeks before the force realised, in January 2022."
    )
    assert year(nlp, text) is None
    # negative: months before a date after the comma, which may time either clause
    text = (
        "The list was emailed to a stranger four months before the force realised, in March 2022."
    )
    assert year(nlp, text) is None
