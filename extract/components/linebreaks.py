"""`breachkb_linebreaks_v1`: a new sentence starts after every line break (a numbered list
item's number stays with its line).

Clean text keeps titles, captions and list items on their own lines without final
punctuation; the punctuation-based sentencizer alone would glue them to the next sentence.
Runs after `sentencizer`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from extract.components.doctext import doc_text

_LINE_START_RE = re.compile(r"\n\s*(?=\S)")
# A numbered list item ("1. Kent Police - 45", "2) Essex ..."): its number opens the line's
# sentence and the rest belongs to it; the sentencizer would end a sentence at "1.".
_NOT_START = 2**64 - 1  # SENT_START -1 ("not a sentence start") in Doc.to_array's uint64
_NUMBERED_RE = re.compile(r"(?:^|\n)[ \t]*\d{1,2}[.)][ \t]+(?=\S)")


@Language.component("breachkb_linebreaks_v1")
def linebreaks(doc: Doc) -> Doc:
    text = doc_text(doc)
    if "\n" not in text:
        return doc
    starts = doc.to_array("IDX").tolist()
    flags: Any = doc.to_array([SENT_START]).reshape(-1, 1)
    changed = False
    for m in _LINE_START_RE.finditer(text):
        i = bisect_left(starts, m.end())
        if 0 < i < len(doc) and starts[i] == m.end() and flags[i, 0] != 1:
            flags[i, 0] = 1
            changed = True
    for m in _NUMBERED_RE.finditer(text):
        i = bisect_left(starts, m.end())
        if 0 < i < len(doc) and starts[i] == m.end() and flags[i, 0] == 1:
            flags[i, 0] = _NOT_START
            changed = True
    if changed:
        # One bulk write: setting Token.is_sent_start rescans the whole Doc on each call.
        doc.from_array([SENT_START], flags)
    return doc
