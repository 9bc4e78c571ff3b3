"""`breachkb_linebreaks_v1`: a new sentence starts after every line break (a numbered list
item's number stays with its line), except where a line wraps a sentence ("we are sorry for
the\nerror,"); no sentence ends on a shortened rank or word before a figure ("Det Insp. Jo
Bloggs", "approx. 300"), and one does after an amount whose unit holds its full stop ("fined
£1.2m. It will").

Clean text keeps titles, captions and list items on their own lines without final
punctuation; the punctuation-based sentencizer alone would glue them to the next sentence.
Runs after `sentencizer`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import Any

import numpy
from spacy.attrs import LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from extract.components.doctext import doc_data_dir, doc_text
from extract.datafiles import load_toml

_LINE_START_RE = re.compile(r"\n\s*(?=\S)")
# A numbered list item ("1. Kent Police - 45", "2) Essex ..."): its number opens the line's
# sentence and the rest belongs to it; the sentencizer would end a sentence at "1.".
_NOT_START = 2**64 - 1  # SENT_START -1 ("not a sentence start") in Doc.to_array's uint64
_NUMBERED_RE = re.compile(r"(?:^|\n)[ \t]*\d{1,2}[.)][ \t]+(?=\S)")


# A line that runs on into the next ("... deeply sorry for the\nerror,"): long, no closing
# punctuation, and the next line opens on a lower-case word (not a brand such as "i News").
_WRAP_WORDS = 6
_LINE_END_RE = re.compile(r"[.!?:;\"”’')\]|•*-]\s*$")
_RUN_ON_RE = re.compile(r"[a-z][a-z'’-]+\b")
# Lower-case words that open a line of their own under a headline ("by Jo Bloggs", "updated
# 3 May"): a byline or stamp, no run-on.
_LINE_OPENERS = {"by", "updated", "published", "posted", "photo", "image", "picture", "credit"}


def _wrapped(text: str, at: int) -> bool:
    """The line break before offset `at` wraps a sentence: the line before is prose that has
    not ended, and the line after goes on in lower case."""
    line_start = text.rfind("\n", 0, text.rfind("\n", 0, at)) + 1
    before = text[line_start : text.rfind("\n", 0, at)]
    if len(before.split()) < _WRAP_WORDS or _LINE_END_RE.search(before):
        return False
    if before.lstrip()[:1] in {"-", "•", "*", "·"}:
        return False  # a bullet item
    m = _RUN_ON_RE.match(text, at)
    return m is not None and m.group().lower() not in _LINE_OPENERS


@cache
def _abbreviation_words(
    data_dir: str | None,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], Any]:
    """Titles, words before figures and amount units of context.toml, read once; and the
    hashes of "." and the units, to find the few tokens worth a look in a Doc's arrays."""
    data = load_toml("context.toml", data_dir)["abbreviations"]
    units = frozenset(data["amount_units"])
    return (
        frozenset(data["titles"]),
        frozenset(data["before_figures"]),
        units,
        numpy.array(sorted({get_string_id(w) for w in (".", *units)}), dtype=numpy.uint64),
    )


def _abbreviations(doc: Doc, flags: Any) -> bool:
    """Unset the sentence start after a shortened rank or word ('Det Insp. Jo Bloggs',
    'approx. 300 people'), set it after an amount's unit and full stop ('£1.2m. It')."""
    titles, figures, units, wanted = _abbreviation_words(doc_data_dir(doc))
    # Only a full stop or a unit can change a flag: find them in the arrays, not by building
    # a Token for every word.
    hits: Any = numpy.isin(doc.to_array([ORTH, LOWER]), wanted).any(axis=1)
    changed = False
    for i in (numpy.flatnonzero(hits[1 : len(doc) - 1]) + 1).tolist():
        t, nxt = doc[i], doc[i + 1]
        if t.text == "." and not doc[i - 1].whitespace_ and "\n" not in t.whitespace_:
            word = doc[i - 1].lower_
            if flags[i + 1, 0] == 1 and (
                (word in titles and nxt.is_title)
                or (word in figures and (nxt.like_num or nxt.is_currency))
            ):
                flags[i + 1, 0] = _NOT_START
                changed = True
        elif (
            t.lower_ in units
            and doc[i - 1].like_num
            and not doc[i - 1].whitespace_
            and t.whitespace_
            and (nxt.is_title or nxt.is_upper)
            and flags[i + 1, 0] != 1
        ):
            flags[i + 1, 0] = 1
            changed = True
    return changed


@Language.component("breachkb_linebreaks_v1")
def linebreaks(doc: Doc) -> Doc:
    text = doc_text(doc)
    starts = doc.to_array("IDX").tolist()
    flags: Any = doc.to_array([SENT_START]).reshape(-1, 1)
    changed = _abbreviations(doc, flags) if len(doc) > 2 else False
    if "\n" not in text:
        if changed:
            doc.from_array([SENT_START], flags)
        return doc
    for m in _LINE_START_RE.finditer(text):
        i = bisect_left(starts, m.end())
        if 0 < i < len(doc) and starts[i] == m.end() and flags[i, 0] != 1:
            if _wrapped(text, m.end()):
                continue
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
