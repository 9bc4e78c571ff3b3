"""`breachkb_dates_v1`: year mentions -> `doc.spans["dates"]`.

Label: the year ("2015"), or "relative" for "last year" / "two years ago" (resolved later
against the document's publication date, with dateparser, because the Doc does not know it).
kb_id: "year", "decade" ("the late 1980s": the age of records, never a breach year) or the
relative phrase. Whether a year is a breach year is decided by the assembly step from cues.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.components.doctext import doc_text

SPAN_KEY = "dates"

YEAR_RE = re.compile(r"(?<![\w£$€,.])(19[5-9]\d|20[0-4]\d)(?!\d|,\d)('?s\b)?")
_NUMBER_WORDS = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few)"
RELATIVE_RE = re.compile(
    rf"\b(?:(?:earlier |later )?this year|last year|the previous year|the year before|"
    rf"the following year|{_NUMBER_WORDS} years? ago|a year ago)\b",
    re.IGNORECASE,
)


@Language.component("breachkb_dates_v1")
def dates(doc: Doc) -> Doc:
    text = doc_text(doc)
    spans = []
    for m in YEAR_RE.finditer(text):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is not None:
            kind = "decade" if m.group(2) else "year"
            spans.append(Span(doc, span.start, span.end, label=m.group(1), kb_id=kind))
    relative = RELATIVE_RE.finditer(text) if "year" in text.lower() else ()
    for m in relative:
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            spans.append(Span(doc, span.start, span.end, label="relative", kb_id=m.group(0)))
    doc.spans[SPAN_KEY] = sorted(spans, key=lambda s: s.start)
    return doc
