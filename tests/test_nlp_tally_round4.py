"""Breach tallies, round 4 (extract.rules.tallies): spans counted back from the end of a
calendar year and referred to again, "since <month> <year>" beside financial years, tables of
month-to-month periods with a grand total, and breakdowns of "last year's total" on a page of
financial years. Paraphrases written for these tests; each pairs what must become a row with
what must not."""

from __future__ import annotations

from datetime import date

from extract.models import Document, Extraction
from extract.nlp import extract

PUBLISHED = date(2023, 9, 12)


def run(text: str, nlp, published: date | None = PUBLISHED) -> Extraction:  # type: ignore[no-untyped-def]
    return extract(Document(text=text, published=published), nlp)


def rows(text: str, nlp, published: date | None = PUBLISHED) -> set[tuple]:  # type: ignore[no-untyped-def]
    return {
        (c.force, c.period, c.breach_type, c.count)
        for c in run(text, nlp, published).breach_counts
        if not c.approximate
    }


def test_years_to_the_end_of_a_year_and_the_same_years_again(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Forces across Britain logged 9,000 data breaches in the four years to the end of 2022, "
        "a survey found.\n\nLancashire Constabulary accounted for 410 of them. Cumbria "
        "Constabulary reported 96 over the same four years."
    )
    found = rows(text, nlp)
    assert ("Lancashire Constabulary", "2019-2022", None, 410) in found
    assert ("Cumbria Constabulary", "2019-2022", None, 96) in found
    assert not any(r[1] == "2022" for r in found)


def test_since_a_month_is_not_the_financial_year_named_beside_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nCleveland Police recorded 58 data breaches in 2020/21. Durham "
        "Constabulary gave no yearly figures but said it had logged 140 breaches since "
        "October 2020."
    )
    found = rows(text, nlp)
    assert ("Durham Constabulary", "2020-2023", None, 140) in found
    assert ("Durham Constabulary", "2020-2021", None, 140) not in found
    assert ("Cleveland Police", "2020-2021", None, 58) in found
