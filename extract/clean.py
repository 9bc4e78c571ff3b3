"""The cleaning stage: raw bytes (HTML or text) to a `Document` with clean text and metadata.

`clean()` refuses what is not an article (empty, binary, oversized, no text) with a
`RejectedDocument` that says why; `clean_html()` and `clean_text()` take already-decoded input.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from extract.aliases import force_aliases
from extract.boilerplate import cue_count, filter_lines, is_headline, line_reason, load_cues
from extract.decode import (
    DEFAULT_MAX_BYTES,
    check_binary,
    check_size,
    decode,
    maybe_gunzip,
    repair,
    sniff_kind,
)
from extract.errors import RejectedDocument
from extract.html_text import extract_page
from extract.models import Document
from extract.page_metadata import url_date
from extract.rules.tally_glued import split_glued_names

__all__ = ["clean", "clean_html", "clean_text", "DEFAULT_MAX_BYTES"]

_SENTENCE_END = (".", "!", "?")
# Fewer words than this is a fragment (a stray field, a caption), not a report to store.
MIN_WORDS = 5
# spaCy's default `max_length`: a longer text is a dump, not an article, and the pipeline
# refuses it anyway (with a traceback rather than a reason).
MAX_TEXT_CHARS = 1_000_000
_WORD_RE = re.compile(r"\w+")


def _unwrap(lines: list[str]) -> list[str]:
    """Rejoin hard-wrapped paragraphs: a long line that runs on into a lower-case line."""
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        if (
            line
            and prev
            and len(prev) >= 50
            and not prev.endswith(_SENTENCE_END)
            and line[0].islower()
        ):
            out[-1] = f"{prev} {line}"
        else:
            out.append(line)
    return out


# A force's name the line break cut in two ("Devon and\nCornwall Police", "Dyfed-\nPowys
# Police"): at most this many words of it on either side of the break.
_NAME_WORDS = 4
_EDGE_PUNCT = ".,;:!?'’\")("


@cache
def _split_names() -> frozenset[str]:
    """The lower-cased force names of more than one word (or with a hyphen) a break can split."""
    return frozenset(
        a.text.lower() for a in force_aliases() if " " in a.text.strip() or "-" in a.text
    )


def _name_across(prev: str, line: str) -> str | None:
    """How `prev` and `line` join when a force's name runs across the break between them: with
    a space, or with none after a hyphen ("Dyfed-" / "Powys Police"); None when no name does."""
    tail, head = prev.split()[-_NAME_WORDS:], line.split()[:_NAME_WORDS]
    if not tail or not head or prev.rstrip().endswith((".", "!", "?", ":", ";")):
        return None
    names = _split_names()
    glue = "" if tail[-1].endswith("-") else " "
    for k in range(1, len(tail) + 1):
        before = " ".join(tail[-k:]).lstrip(_EDGE_PUNCT)
        for j in range(1, len(head) + 1):
            after = " ".join(head[:j])
            if f"{before}{glue}{after.rstrip(_EDGE_PUNCT)}".lower() in names or (
                after.endswith(("'s", "’s")) and f"{before}{glue}{after[:-2]}".lower() in names
            ):
                return glue
    return None


def _rejoin_names(lines: list[str]) -> list[str]:
    """Rejoin two lines a single line break split inside a force's name: the name is one name,
    and its sentence one sentence (a blank line between them is a paragraph break: kept)."""
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        glue = _name_across(prev, line.strip()) if prev.strip() and line.strip() else None
        if glue is None:
            out.append(line)
        else:
            out[-1] = f"{prev.rstrip()}{glue}{line.strip()}"
    return out


def _paragraphs(text: str) -> list[str]:
    return [line for line in _unwrap(_rejoin_names(text.split("\n"))) if line.strip()]


def _require_text(doc: Document) -> Document:
    """A page of scripts, of nothing but furniture or of a word or two is not an article."""
    if not re.search(r"\w", doc.text):
        reason = f"no extractable text in this {doc.content_type} document"
        if doc.dropped:
            reason += f" ({len(doc.dropped)} boilerplate line(s) dropped)"
        raise RejectedDocument(reason)
    if len(doc.text) > MAX_TEXT_CHARS:
        raise RejectedDocument(
            f"text is {len(doc.text):,} characters, over the {MAX_TEXT_CHARS:,} limit"
        )
    # The headline counts too (an HTML page keeps it apart from the text).
    title = doc.title if doc.title and not doc.text.startswith(doc.title) else ""
    found = _WORD_RE.finditer(f"{title}\n{doc.text}")
    words = sum(1 for _ in zip(range(MIN_WORDS), found, strict=False))
    if words < MIN_WORDS:
        raise RejectedDocument(
            f"too short to be an article ({words} word(s), at least {MIN_WORDS} needed)"
        )
    return doc


def clean_text(text: str) -> Document:
    """Clean plain text: repair, take a headline-like first line as title, drop boilerplate."""
    lines = _paragraphs(repair(text))
    if not lines:
        raise RejectedDocument("no text (empty or whitespace only)")
    # The headline is the first line that is not furniture (a photo credit, a date).
    cues = load_cues()
    first = next(
        (i for i, ln in enumerate(lines) if line_reason(ln, cues) is None and not cue_count(ln)),
        None,
    )
    headline = first if first is not None and is_headline(lines[first]) else None
    title = lines[headline] if headline is not None else None
    kept, dropped = filter_lines(lines, title=title, headline=headline)
    kept = split_glued_names(kept)
    author, published = _byline_metadata(dropped)
    return _require_text(
        Document(
            text="\n\n".join(kept),
            content_type="text",
            title=title,
            author=author,
            published=published,
            dropped=dropped,
        )
    )


# "14 March 2021", "11th March 2025", "March 14, 2021", "08Jun, 2018", "2021-03-14", "14/03/2021"
_DATE_SPAN_RE = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)?\s*[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}"
)


def _byline_metadata(dropped: list[tuple[str, str]]) -> tuple[str | None, date | None]:
    """Author and date of a plain-text article, from the byline and dateline it dropped."""
    author = published = None
    cues = load_cues()
    for line, reason in dropped:
        if reason == "byline" and author is None and (m := cues.byline.match(line)):
            author = m.group("name")
        if reason in ("byline", "dateline") and published is None:
            published = _parse_date(line)
    return author, published


def _parse_date(line: str) -> date | None:
    if not (m := _DATE_SPAN_RE.search(line)):
        return None
    import dateparser  # slow to import; only articles with a dateline need it

    span = re.sub(r"(?<=\d)(?=[A-Za-z])", " ", m.group(0))
    parsed = dateparser.parse(
        span, languages=["en"], settings={"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past"}
    )
    return parsed.date() if parsed else None


def clean_html(html: str, url: str | None = None) -> Document:
    """Clean an HTML page: trafilatura text and metadata, then the same boilerplate filter."""
    page = extract_page(html, url=url)
    title = repair(page.title).replace("\n", " ") if page.title else None
    kept, dropped = filter_lines(_paragraphs(repair(page.text)), title=title)
    kept = split_glued_names(kept)  # a table's header whose names ran together
    return _require_text(
        Document(
            text="\n\n".join(kept),
            content_type="html",
            title=title,
            author=repair(page.author) if page.author else None,
            published=page.published,
            published_from_url=page.published_from_url,
            site_name=repair(page.site_name) if page.site_name else None,
            url=url,
            dropped=dropped,
        )
    )


def clean(
    raw: bytes,
    *,
    path: str | None = None,
    url: str | None = None,
    content_type: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Sniff, decode and clean one document; raise `RejectedDocument` if it is not an article."""
    check_size(raw, max_bytes, path)
    data = maybe_gunzip(raw, max_bytes, path)
    if not data.strip():
        raise RejectedDocument("empty document (no bytes or whitespace only)", path)
    check_binary(data, path)
    kind = sniff_kind(data, path=path, content_type=content_type)
    text, encoding = decode(data, content_type=content_type)
    if not text.strip():
        raise RejectedDocument("empty document (whitespace only)", path)
    try:
        doc = clean_html(text, url=url) if kind == "html" else clean_text(text)
    except RejectedDocument as exc:
        raise RejectedDocument(exc.reason, path) from None
    doc.raw = raw
    doc.path = path
    doc.url = url
    if doc.published is None:
        doc.published = url_date(url)  # "/2016/06/08/": as for HTML pages
        doc.published_from_url = doc.published is not None
    doc.encoding = encoding
    return doc
