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


def _relative_matches(text: str) -> list[re.Match[str]]:
    """RELATIVE_RE only around each "year": scanning the whole text with it is slow."""
    lowered = text.lower()
    found: dict[int, re.Match[str]] = {}
    pos = lowered.find("year")
    while pos != -1:
        for m in RELATIVE_RE.finditer(text, max(0, pos - 30), min(len(text), pos + 10)):
            found.setdefault(m.start(), m)
        pos = lowered.find("year", pos + 4)
    out: list[re.Match[str]] = []
    for k in sorted(found):
        if not out or found[k].start() >= out[-1].end():
            out.append(found[k])  # "earlier this year" once, not also "this year"
    return out


@Language.component("breachkb_dates_v1")
def dates(doc: Doc) -> Doc:
    text = doc_text(doc)
    spans = []
    for m in YEAR_RE.finditer(text):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is not None:
            kind = "decade" if m.group(2) else "year"
            spans.append(Span(doc, span.start, span.end, label=m.group(1), kb_id=kind))
    for m in _relative_matches(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            spans.append(Span(doc, span.start, span.end, label="relative", kb_id=m.group(0)))
    doc.spans[SPAN_KEY] = sorted(spans, key=lambda s: s.start)
    return doc
