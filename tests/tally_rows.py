"""The tally test modules' shared view of an extraction: the rows (force, period, type, count)
a text gives, approximate figures left out as the scorer leaves them out."""

from __future__ import annotations

from datetime import date

from extract.clean import clean_text
from extract.models import Document, Extraction
from extract.nlp import extract

PUBLISHED = date(2023, 6, 1)


def run(text: str, nlp, published: date | None = PUBLISHED) -> Extraction:  # type: ignore[no-untyped-def]
    return extract(Document(text=text, published=published), nlp)


def rows(text: str, nlp, published: date | None = PUBLISHED) -> set[tuple]:  # type: ignore[no-untyped-def]
    return {
        (c.force, c.period, c.breach_type, c.count)
        for c in run(text, nlp, published).breach_counts
        if not c.approximate
    }


def cleaned_tally_rows(text: str, nlp, published: date | None = PUBLISHED) -> set[tuple]:  # type: ignore[no-untyped-def]
    """Rows of a text put through the cleaner first, as a fetched page's text is (flattened
    tables, runs of whitespace), for tests whose input is a page's raw layout."""
    doc = clean_text(text)
    doc.published = published
    return {
        (c.force, c.period, c.breach_type, c.count)
        for c in extract(doc, nlp).breach_counts
        if not c.approximate
    }


def people_in(ex: Extraction) -> set[tuple]:
    """(force, period, count) of the people an extraction found put through misconduct
    proceedings: outcomes (`outcome_counts`, measure `misconduct`), never breach rows."""
    return {
        (c.force, c.period, c.count)
        for c in ex.outcome_counts
        if c.measure == "misconduct" and not c.approximate
    }


def people(text: str, nlp, published: date | None = PUBLISHED) -> set[tuple]:  # type: ignore[no-untyped-def]
    """`people_in` of a text's extraction."""
    return people_in(run(text, nlp, published))
