"""The breach type `types.best_type` gives a text on its own, and the type of the first incident
the whole extraction gives it, as the type-rule tests probe them."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract
from extract.rules.types import best_type
from extract.sentences import split_sentences


def best_type_of(nlp, text: str) -> str | None:  # type: ignore[no-untyped-def]
    found = best_type(split_sentences(nlp(text)))
    return None if found is None else str(found.value)


def first_incident_type(nlp, text: str) -> str | None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return ex.incidents[0].breach_type if ex.incidents else None
