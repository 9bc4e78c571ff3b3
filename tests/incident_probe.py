"""What the whole extraction gives a text, as the attribution and assembly tests probe it: the
chosen fields of every incident, the values one field takes, or one field per force. A
`published` date anchors relative dates ("last year") as a page's dateline would."""

from __future__ import annotations

from datetime import date

from extract.clean import clean_text
from extract.models import Document, Extraction, IncidentFact
from extract.nlp import extract


def _incidents(nlp, text: str, published: date | None = None) -> list[IncidentFact]:  # type: ignore[no-untyped-def]
    return extract(Document(text=text, published=published), nlp).incidents


def incident_rows(nlp, text: str, *fields: str, published: date | None = None) -> set[tuple]:  # type: ignore[no-untyped-def]
    return {tuple(getattr(i, f) for f in fields) for i in _incidents(nlp, text, published)}


def incident_list(nlp, text: str, *fields: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    """The chosen fields of every incident, sorted, one entry per incident (two incidents
    alike count twice)."""
    return sorted(tuple(getattr(i, f) for f in fields) for i in _incidents(nlp, text))


def field_values(nlp, text: str, field: str, published: date | None = None) -> set:  # type: ignore[no-untyped-def]
    """The values `field` takes over the text's incidents, unstated ones left out."""
    return {v for i in _incidents(nlp, text, published) if (v := getattr(i, field))}


def per_force(nlp, text: str, field: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {i.force: getattr(i, field) for i in _incidents(nlp, text)}


def story_incidents(  # type: ignore[no-untyped-def]
    nlp, head: str, body: str, published: date | None = None, url: str | None = None
) -> list[IncidentFact]:
    """The incidents of a story with its headline (and the page's address), cleaned as a
    page's text is (the headline becomes the title, as a force named only there is found)."""
    doc = clean_text(head + "\n\n" + body)
    page = Document(text=doc.text, title=doc.title, url=url, published=published)
    return extract(page, nlp).incidents


def story_forces(  # type: ignore[no-untyped-def]
    nlp, head: str, body: str, published: date | None = None, url: str | None = None
) -> set[str]:
    """The forces of a story's incidents, as `story_incidents` finds them."""
    return {i.force for i in story_incidents(nlp, head, body, published, url) if i.force}


def cleaned_page(nlp, text: str, published: date | None = None) -> Extraction:  # type: ignore[no-untyped-def]
    """The extraction of a text cleaned as a page's is (its first line the headline, page
    furniture out), with `published` as its dateline."""
    doc = clean_text(text)
    doc.published = published
    return extract(doc, nlp)


def cleaned_rows(nlp, text: str, published: date | None = None) -> set[tuple]:  # type: ignore[no-untyped-def]
    """(force, type, year) of every incident of the cleaned page."""
    return {
        (i.force, i.breach_type, i.breach_year)
        for i in cleaned_page(nlp, text, published).incidents
    }
