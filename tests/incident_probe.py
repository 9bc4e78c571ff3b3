"""What the whole extraction gives a text, as the attribution and assembly tests probe it: the
chosen fields of every incident, or one field per force."""

from __future__ import annotations

from extract.models import Document, IncidentFact
from extract.nlp import extract


def _incidents(nlp, text: str) -> list[IncidentFact]:  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).incidents


def incident_rows(nlp, text: str, *fields: str) -> set[tuple]:  # type: ignore[no-untyped-def]
    return {tuple(getattr(i, f) for f in fields) for i in _incidents(nlp, text)}


def per_force(nlp, text: str, field: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {i.force: getattr(i, field) for i in _incidents(nlp, text)}
