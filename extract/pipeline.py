"""The one path every document takes: clean (HTML or text) then NLP extraction."""

from __future__ import annotations

from extract import EXTRACTOR_VERSION, nlp
from extract.clean import clean
from extract.models import Document, Extraction


def process(
    raw: bytes,
    *,
    path: str | None = None,
    url: str | None = None,
    content_type: str | None = None,
    screen: bool = False,
) -> tuple[Document, Extraction]:
    """Clean `raw` and extract its facts; raises `RejectedDocument` for unusable input.

    `screen`: the raw scan's condition is checked again on the cleaned document before the
    NLP (extract.raw_scan.scan_document), and a page it rejects is not relevant without
    spaCy; the result is the same but for the reason an irrelevant page gives."""
    document = clean(raw, path=path, url=url, content_type=content_type)
    if screen:
        from extract.raw_scan import scan_document

        verdict = scan_document(document)
        if not verdict.keep:
            return document, Extraction(
                relevant=False,
                relevance_reason=verdict.reason,
                extractor_version=EXTRACTOR_VERSION,
            )
    return document, nlp.extract(document)
