"""The breach type `types.best_type` gives a text on its own, as the type-rule tests probe it."""

from __future__ import annotations

from extract.rules.types import best_type
from extract.sentences import split_sentences


def best_type_of(nlp, text: str) -> str | None:  # type: ignore[no-untyped-def]
    found = best_type(split_sentences(nlp(text)))
    return None if found is None else str(found.value)
