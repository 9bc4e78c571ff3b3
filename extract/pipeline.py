"""The one path every document takes: clean (HTML or text) then NLP extraction."""

from __future__ import annotations

from extract import nlp
from extract.clean import clean
from extract.models import Document, Extraction


def process(
    raw: bytes,
    *,
    path: str | None = None,
    url: str | None = None,
    content_type: str | None = None,
) -> tuple[Document, Extraction]:
    """Clean `raw` and extract its facts; raises `RejectedDocument` for unusable input.

    A page that cannot be relevant is decided without spaCy (`extract.nlp.extract`'s gate,
    which includes the raw scan's condition on the cleaned document)."""
    document = clean(raw, path=path, url=url, content_type=content_type)
    return document, nlp.extract(document)
