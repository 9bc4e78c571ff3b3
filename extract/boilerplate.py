"""Paragraph-level boilerplate filter: drop page furniture, keep every article sentence.

Works on a list of lines (one paragraph each), in two passes. The first judges each line on its
own (navigation headings, share buttons, bylines, datelines, photo credits, promotions). The
second uses position and topic: the article body runs from its first to its last real sentence;
short title-case lines outside that span are headings of link lists, and promotional lines near
the end that share few words with the article are adverts. Cue lists live in
`extract/data/boilerplate.toml`.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

_MAX_CUE_WORDS = 7
_TOKEN_RE = re.compile(r"[a-z0-9£$€]+(?:[-'’.][a-z0-9]+)*")
_WORD_RE = re.compile(r"[^\W_][\w'’.&-]*")
_CONTENT_RE = re.compile(r"[a-z0-9£][a-z0-9£'’-]{2,}")
_SENTENCE_END = tuple(".!?…\"”’')]。！？")
# 2018-06-08, 08/06/2018, 8.6.18 (not phone numbers: every field must fit a date).
_NUMERIC_DATE_RE = re.compile(
    r"\b(?:\d{4}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:\d{4}|\d{2}))\b"
)
_MENU_ARROW_RE = re.compile(r"\s[>»›]\s")
_MENU_SEP_RE = re.compile(r"\s[|/•·]\s")
_URL_ONLY_RE = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+")
# "— Greater Manchester Police (@gmpolice) June 1, 2020": the signature of an embedded post.
_EMBED_RE = re.compile(r"^[—–-]\s*.*\(@\w+\)|^.{0,60}\(@\w+\)\s+\w+ \d{1,2}, \d{4}$")
_QUOTE_RE = re.compile(r"[\"“].{20,}[\"”]|\b(?:said|says|told|added)\b")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_BULLET_RE = re.compile(r"^(?:[•·▪●◦‣∙*-]|\d{1,2}[.)])\s+")


@dataclass(frozen=True)
class Cues:
    """The compiled contents of boilerplate.toml."""

    strong: frozenset[tuple[str, ...]]
    weak: frozenset[tuple[str, ...]]
    headings: re.Pattern[str]
    share: re.Pattern[str]
    byline: re.Pattern[str]
    bio: re.Pattern[str]
    credit_prefix: re.Pattern[str]
    credit_suffix: re.Pattern[str]
    agency_end: re.Pattern[str]
    teaser: re.Pattern[str]
    copyright: re.Pattern[str]
    bio_sentence: re.Pattern[str]
    reporting: re.Pattern[str]
    field: re.Pattern[str]
    months: frozenset[str]
    date_words: frozenset[str]
    minor: frozenset[str]
    stop: frozenset[str]


def _alternation(items: list[str]) -> str:
    return "|".join(re.escape(i) for i in sorted(items, key=len, reverse=True))


@cache
def load_cues() -> Cues:
    """Read and compile the cue file once per process."""
    data = tomllib.loads(
        resources.files("extract").joinpath("data/boilerplate.toml").read_text("utf-8")
    )
    by = data["bylines"]
    credits = data["credits"]
    name = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|der|al|bin|la|le)){0,4}"
    name2 = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"  # two to four capitalised words
    tail = _alternation(by["byline_tail"])
    agencies = _alternation(credits["agencies"])
    return Cues(
        strong=frozenset(tuple(_tokens(cue)) for cue in data["promo"]["strong"]),
        weak=frozenset(tuple(_tokens(cue)) for cue in data["promo"]["weak"]),
        headings=re.compile(rf"(?:{'|'.join(data['headings']['patterns'])})"),
        share=re.compile(rf"(?:{'|'.join(data['share']['patterns'])})"),
        # "By Carl Jackson", "By Carl Jackson | Crime | Published:", "By Jo Bloggs, Reporter"
        # Only "by" and the tail ignore case: the name must be capitalised.
        byline=re.compile(
            rf"^(?i:by|author|words|text)\s*:?\s+(?P<name>{name}(?:\s+(?:and|&)\s+{name})?)"
            rf"\s*(?:(?i:{tail}).*)?$"
        ),
        bio=re.compile(
            rf"^(?:[A-Z][\w'’-]*\s+){{0,4}}(?:{_alternation(by['roles'])})s?\s+"
            rf"(?:{_alternation(by['bio_links'])})\b",
            re.I,
        ),
        credit_prefix=re.compile(
            rf"^(?:(?:{_alternation(credits['captions'])})\b"
            rf"|(?:{_alternation(credits['prefixes'])})\s*[:|])",
            re.I,
        ),
        # "... stolen USB stick. Credit: PA", "... (Image: Getty Images)"
        credit_suffix=re.compile(
            r"(?:(?<=[.!?”\"’])\s*|\s*[(\[]\s*|\s+)"
            rf"(?:{_alternation(credits['prefixes'])})\s*[:|]\s*"
            rf"(?:{agencies}|[A-Z][\w.&'’ -]{{0,40}}?)\s*[)\]]?$",
            re.I,
        ),
        agency_end=re.compile(rf"(?:^|[\s/|,-])(?:{agencies})$"),
        teaser=re.compile(
            rf"^(?:{_alternation(data['headings']['teasers'])})\s*[:|›»>–-]\s*\w", re.I
        ),
        copyright=re.compile(rf"^(?:{'|'.join(data['copyright']['patterns'])})", re.I),
        bio_sentence=re.compile(
            rf"^(?!(?:The|This|That|These|Those|Our|Its|Their|His|Her)\b){name2}\s+"
            rf"(?:{_alternation(by['bio_verbs'])})\s+(?:[\w'’-]+\s+){{0,5}}?"
            rf"(?:{_alternation(by['roles'])})s?\b"
        ),
        reporting=re.compile(rf"^(?:{_alternation(by['reporting'])})\s+{name}", re.I),
        # "Organisation: Kent Police", "Data controller - Essex Police": a fact box's field
        field=re.compile(rf"^\s*(?:{_alternation(data['fields']['labels'])})\s*[:–-]\s*\S", re.I),
        months=frozenset(data["dates"]["months"]),
        date_words=frozenset(data["dates"]["words"]) | frozenset(data["dates"]["months"]),
        minor=frozenset(data["words"]["minor"]),
        stop=frozenset(data["words"]["stop"]),
    )


@lru_cache(maxsize=8192)
def _words(line: str) -> list[str]:
    return _WORD_RE.findall(line)


def _tokens(text: str) -> list[str]:
    """Lower-case word tokens, plural "s" cut so "newsletters" meets the cue "newsletter"."""
    return [
        t[:-1] if len(t) > 3 and t.endswith("s") else t for t in _TOKEN_RE.findall(text.lower())
    ]


@lru_cache(maxsize=8192)
def cue_count(line: str, strong: bool = True) -> int:
    """How many promotional cue phrases (strong or weak list) the line contains."""
    phrases = load_cues().strong if strong else load_cues().weak
    lengths = _cue_lengths(strong)
    tokens = _tokens(line)
    # Phrases are token n-grams: a set lookup per n-gram beats one huge regex alternation, and
    # only n-grams that start with a phrase's first word (at that phrase's length) are looked up.
    count = 0
    for i, token in enumerate(tokens):
        for n in lengths.get(token, ()):  # most words start no phrase: no generator per word
            if i + n <= len(tokens) and tuple(tokens[i : i + n]) in phrases:
                count += 1
    return count


@cache
def _cue_lengths(strong: bool) -> dict[str, tuple[int, ...]]:
    """First word of each cue phrase -> the lengths (up to _MAX_CUE_WORDS) of its phrases."""
    lengths: dict[str, set[int]] = {}
    for phrase in load_cues().strong if strong else load_cues().weak:
        if 1 <= len(phrase) <= _MAX_CUE_WORDS:
            lengths.setdefault(phrase[0], set()).add(len(phrase))
    return {word: tuple(sorted(ns)) for word, ns in lengths.items()}


@lru_cache(maxsize=8192)
def _norm(line: str) -> str:
    """Lower-case, strip bullets and surrounding punctuation: the form headings are matched in.

    Whitespace runs become one space (`split` breaks on what `\\s` matches, and is faster)."""
    line = _BULLET_RE.sub("", line.strip())
    return " ".join(line.lower().strip(" .:;|>»›-–—•·*#\"'“”‘’()[]").split())


def is_sentence(line: str) -> bool:
    """Eight or more words ending like a sentence: the stuff articles are made of."""
    if not line.rstrip().endswith(_SENTENCE_END):
        return False
    # Scripts without spaces between words: count characters instead.
    return len(_words(line)) >= 8 or len(_CJK_RE.findall(line)) >= 15


def is_title_case(line: str, cues: Cues | None = None) -> bool:
    """Most non-minor words capitalised, as in headings, names and link lists."""
    cues = cues or load_cues()
    words = [w for w in _words(line) if any(c.isalpha() for c in w)]
    major = [w for w in words if w.lower() not in cues.minor]
    if not major:
        return False
    upper = sum(1 for w in major if w[0].isupper() or w[0].isdigit())
    return upper / len(major) >= 0.75


def is_headline(line: str) -> bool:
    """Short, no final period: a headline rather than a sentence."""
    words = _words(line)
    end = line.rstrip().rstrip("\"'”’)]")  # a quoted sentence still ends in its period
    return 0 < len(words) <= 25 and len(line) <= 220 and not end.endswith((".", ",", ";"))


def _short(line: str, limit: int = 8) -> bool:
    return len(_words(line)) <= limit and not line.rstrip().endswith((".", "!", "?"))


_DATE_RANGE_RE = re.compile(
    r"\b(?:19|20)\d\d\s*(?:-|–|—|to|until)\s*[A-Za-z]+\.?\s+(?:\d+\s+)?(?:19|20)\d\d\b"
)


def _dateline(line: str, cues: Cues) -> bool:
    """A line made only of date/time tokens and 'Published'-style words."""
    tokens = re.findall(r"[a-z]+|\d+", line.lower())
    if not tokens or len(tokens) > 12 or _DATE_RANGE_RE.search(line):
        return False  # "April 2020 - March 2021": a period (a table's row label), no dateline
    has_date = (
        any(t in cues.months for t in tokens)
        or bool(_NUMERIC_DATE_RE.search(line))
        or any(t in ("published", "updated", "posted") for t in tokens)
    )
    rest = [t for t in tokens if not t.isdigit() and t not in cues.date_words]
    # "08Jun, 2018" splits into 08 / jun / 2018; "- Published" is just the word.
    return has_date and not rest


def _credit_line(line: str, norm: str, cues: Cues) -> bool:
    """A short line ending in an agency name ("Jo Bloggs/PA Wire", "Getty Images")."""
    m = cues.agency_end.search(norm)
    if not m:
        return False
    words = _words(line)
    rest = words[: max(0, len(words) - len(_words(m.group(0))))]
    return all(w[0].isupper() or w.lower() in cues.minor for w in rest)


def _is_menu(line: str, cues: Cues) -> bool:
    """ "Home | News | Crime": three or more short title-case items between separators."""
    items = [item.strip() for item in _MENU_SEP_RE.split(line) if item.strip()]
    return len(items) >= 3 and all(
        len(_words(item)) <= 3 and is_title_case(item, cues) and not any(c.isdigit() for c in item)
        for item in items
    )


def _is_bio(line: str, cues: Cues) -> bool:
    """ "Crime Reporter covering Leeds", "Jo Bloggs is a freelance journalist", "Reporting by X"."""
    if len(_words(line)) > 25 or _QUOTE_RE.search(line):
        return False
    text = line.strip()
    return bool(cues.bio.match(text) or cues.reporting.match(text))


def line_reason(line: str, cues: Cues) -> str | None:
    """Why this line is boilerplate judged on its own, or None."""
    norm = _norm(line)
    if not any(c.isalnum() for c in line):
        return "no_text"
    short = _short(line)
    if _short(line, 12) and cues.headings.fullmatch(norm):
        return "nav_heading"
    if short and cues.share.fullmatch(norm):
        return "share_button"
    if _short(line, 14) and cues.byline.match(line.strip()):
        return "byline"
    if short and (_MENU_ARROW_RE.search(line) or _is_menu(line, cues)):
        return "breadcrumb"
    if _short(line, 12) and _dateline(line, cues):
        return "dateline"
    if _is_bio(line, cues):
        return "author_bio"
    if _short(line, 25) and cues.teaser.match(line.strip()):
        return "link_teaser"
    if len(_words(line)) <= 20 and cues.copyright.match(line.strip()):
        return "copyright"
    if _URL_ONLY_RE.fullmatch(line.strip()):
        return "url_only"
    if _short(line, 20) and _EMBED_RE.search(line):
        return "social_embed"
    if cues.credit_prefix.match(line.strip()):
        return "image_caption"
    if _short(line, 6) and _credit_line(line, norm, cues):
        return "photo_credit"
    return None


def content_words(line: str, cues: Cues) -> set[str]:
    """Lower-cased words that carry topic (no function words, three letters or more)."""
    return {w for w in _CONTENT_RE.findall(line.lower()) if w not in cues.stop}


def _is_caption_name(line: str, lines: list[str]) -> bool:
    """A bare name inside the body is an image caption or tag when the article's own
    sentences use it ("West Midlands Police" under the byline)."""
    words = _words(line)
    return (
        len(words) <= 4
        and all(w[0].isupper() for w in words)
        and any(line in other and other != line for other in lines)
    )


def _body_lines(lines: list[str], reasons: list[str | None]) -> list[int]:
    """Indices of real sentences, plus the items of lists that a sentence introduces with ':'."""
    body: list[int] = []
    in_list = False
    for i, line in enumerate(lines):
        if reasons[i] is not None:
            in_list = False
            continue
        if is_sentence(line) or in_list:
            body.append(i)
        introduces = line.rstrip().endswith(":") and len(_words(line)) >= 3
        in_list = introduces or (in_list and not is_sentence(line))
    return body


class _Page:
    """Lines under judgement, their verdicts, and the article's vocabulary."""

    def __init__(self, lines: list[str], cues: Cues, headline: int | None) -> None:
        self.cues = cues
        self.headline = headline
        self.lines: list[str] = []
        self.reasons: list[str | None] = []
        self.dropped: list[tuple[str, str]] = []
        for i, raw in enumerate(lines):
            line = raw.strip()
            reason = None if i == headline else line_reason(line, cues)
            if reason is None and i != headline:
                line = self._strip_credit(line)
            self.lines.append(line)
            self.reasons.append(reason)
        self.n = len(self.lines)
        # The article's vocabulary: every line that is neither furniture nor a call to act.
        self.words = {
            i: content_words(line, cues)
            for i, line in enumerate(self.lines)
            if self.reasons[i] is None and not cue_count(line)
        }
        self.counts = Counter(w for ws in self.words.values() for w in ws)

    def _strip_credit(self, line: str) -> str:
        """Cut a trailing photo credit ("... stolen USB stick. Credit: PA") off a caption."""
        lower = line.lower()
        if not any(word in lower for word in ("credit", "photo", "picture", "image", "pic")):
            return line
        m = self.cues.credit_suffix.search(line)
        if not m or m.start() == 0:
            return line
        self.dropped.append((line[m.start() :].strip(" ([)]"), "photo_credit"))
        return line[: m.start()].rstrip()

    def open(self, i: int) -> bool:
        """Still undecided and not the protected headline."""
        return self.reasons[i] is None and i != self.headline

    def overlap(self, i: int) -> float:
        """Share of line i's topic words that the rest of the article also uses."""
        words = content_words(self.lines[i], self.cues)
        own = self.words.get(i, set())
        shared = sum(1 for w in words if self.counts[w] > (1 if w in own else 0))
        return shared / len(words) if words else 1.0

    def result(self) -> tuple[list[str], list[tuple[str, str]]]:
        pairs = list(zip(self.lines, self.reasons, strict=True))
        kept = [line for line, reason in pairs if reason is None]
        return kept, self.dropped + [(line, r) for line, r in pairs if r is not None]


def _mark_repeats(page: _Page, title: str | None) -> None:
    """The byline's name alone on a line is the author box; the title again is a repeat."""
    names = {
        m.group("name").lower()
        for line, reason in zip(page.lines, page.reasons, strict=True)
        if reason == "byline" and (m := page.cues.byline.match(line))
    }
    norm_title = _norm(title) if title else None
    for i, line in enumerate(page.lines):
        if not page.open(i):
            continue
        if line.lower() in names:
            page.reasons[i] = "author_name"
        elif norm_title and _norm(line) == norm_title:
            page.reasons[i] = "title_repeat"


_PERSON_WORDS = {"you", "your", "yours", "our", "ours", "us", "we", "my", "me", "i"}
_TOLD_RE = re.compile(r"\b(?:was|were|had|has been|have been)\b|\b[a-z]{3,}ed\b")


def _opens_with_cue(line: str) -> bool:
    """The line's first words are a cue phrase, strong or weak ('Subscribe to ...', 'Sign up
    ...', 'Cookies help us ...'): an address to the reader."""
    tokens = _tokens(line)
    cues = load_cues()
    return any(
        tuple(tokens[:n]) in phrases
        for strong, phrases in ((True, cues.strong), (False, cues.weak))
        for n in _cue_lengths(strong).get(tokens[0] if tokens else "", ())
    )


def _told_event(line: str) -> bool:
    """A sentence reporting what happened to a named party ('Cheshire Constabulary has
    apologised after its community newsletter was emailed to ...'), not a call to act: a
    sentence of twelve words or more in the past or perfect, a capitalised name past its first
    word, and no word speaking to the reader or for the site ('you', 'our'); it does not open
    with a cue ('Sign up ...'). A promotion's cue word inside it ('newsletter', 'cookies') is
    what the story is about."""
    words = _words(line)
    if len(words) < 12 or not is_sentence(line) or not _TOLD_RE.search(line):
        return False
    if any(w.lower().strip("'’") in _PERSON_WORDS for w in words):
        return False
    if _opens_with_cue(line):
        return False
    return any(w[0].isupper() for w in words[1:])


def _mark_promotions(page: _Page) -> None:
    """Cue words, weighed by length, position and distance from the article's topic."""
    n = page.n
    for i, line in enumerate(page.lines):
        strong = cue_count(line) if page.open(i) else 0
        # Long prose and quoted speech mention sign-ups in passing; adverts are short.
        if not strong or (len(_words(line)) > 30 and strong < 2) or _QUOTE_RE.search(line):
            continue
        if strong < 2 and _told_event(line):
            continue  # "... after its newsletter was emailed to 3,000 people": the story
        if i >= 0.6 * n or page.overlap(i) < 0.6:
            page.reasons[i] = "promo"
    # A promotion spreads to neighbouring lines that carry a weaker cue ("event", "award") or,
    # near the end, to any short line after it that is off the article's topic.
    for _ in range(4):  # a few sweeps reach a whole block; bounded for huge inputs
        changed = False
        for i, line in enumerate(page.lines):
            if not page.open(i) or len(_words(line)) > 40 or _QUOTE_RE.search(line):
                continue
            before = i > 0 and page.reasons[i - 1] == "promo"
            after = i + 1 < n and page.reasons[i + 1] == "promo"
            if not (before or after):
                continue
            overlap = page.overlap(i)
            weak = cue_count(line, strong=False) > 0
            if (weak and overlap < 0.45) or (before and i >= 0.6 * n and overlap < 0.3):
                page.reasons[i] = "promo"
                changed = True
        if not changed:
            break


# A date or a clock time closing a line: a listed story's stamp, glued to its headline or not
# ("... new powers14/03/2024 09:30:00", "... opens 12 Jan 05 | Leeds", "2 hours ago").
_STAMP_END_RE = re.compile(
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?|\b\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{2,4}"
    r"|\b\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago)(?:\s*(?:[|/•·]\s*[\w &'’-]{1,30})?)$",
    re.I,
)


def _stamped_item(page: _Page, k: int) -> bool:
    """Line k is a listed story's stamp or a headline carrying one: a dateline, or a headline
    that ends in a date or time."""
    if page.reasons[k] == "dateline":
        return True
    line = page.lines[k]
    return page.reasons[k] == "link_list" and bool(_STAMP_END_RE.search(line))


def _standfirst(page: _Page, j: int) -> bool:
    """A sentence under a dated item of a link list is that story's summary (a 'Latest news'
    list of headline, date and one line of text), not the article resuming: the line before
    it is a stamped item of the list and the sentence is short."""
    return j > 0 and _stamped_item(page, j - 1) and len(_words(page.lines[j])) <= 45


def _mark_link_lists(page: _Page) -> None:
    """After a link-list heading, teaser lines are links until the article resumes; a short
    sentence right under a dated item is that item's summary and stays in the list."""
    for i in range(page.n):
        if page.reasons[i] != "nav_heading":
            continue
        for j in range(i + 1, page.n):
            if page.reasons[j] == "nav_heading":
                break  # the next heading starts its own list
            if not page.open(j):
                continue
            line = page.lines[j]
            if _BULLET_RE.match(line) or not is_sentence(line):
                page.reasons[j] = "link_list"
            elif _standfirst(page, j):
                page.reasons[j] = "link_summary"
            else:
                break


def _mark_tail_bios(page: _Page) -> None:
    """ "Jo Bloggs is a freelance journalist ..." near the end is the author box; earlier in
    the article the same shape is a sentence about someone in the story."""
    for i in range(int(0.7 * page.n), page.n):
        line = page.lines[i]
        if page.open(i) and len(_words(line)) <= 30 and page.cues.bio_sentence.match(line):
            page.reasons[i] = "author_bio"


# A line holding only a figure, as a table cell on a line of its own: "120", "1,204 |".
_FIGURE_CELL = re.compile(r"\s*(?:\d{1,3}(?:,\d{3})+|\d+|nil|<\s*\d+)\s*(?:\([^)]*\))?\s*\|?\s*$")


def _among_figure_cells(lines: list[str], i: int) -> bool:
    """Line i stands in a run of short lines (no sentences) holding two or more lone figures:
    a table whose cells cleaning left one per line, row by row ('Kent Police' / '120') or
    column by column ('Force' / 'Kent Police' / 'Essex Police' / '2022' / '120' / '75'). A
    force named there is a row label, no caption, though the prose names it too."""

    def cell(k: int) -> bool:
        return _short(lines[k]) and not is_sentence(lines[k])

    a = i
    while a > 0 and cell(a - 1):
        a -= 1
    b = i + 1
    while b < len(lines) and cell(b):
        b += 1
    return sum(1 for k in range(a, b) if _FIGURE_CELL.match(lines[k])) >= 2


def _mark_edges(page: _Page) -> None:
    """The body runs from its first to its last real sentence; outside it, short title-case
    lines are headings, tags and names."""
    body = _body_lines(page.lines, page.reasons)
    first, last = (body[0], body[-1]) if body else (page.n, -1)
    in_body = set(body)
    for i, line in enumerate(page.lines):
        if not page.open(i) or i in in_body:
            continue
        if not _short(line) or not is_title_case(line, page.cues):
            continue
        # Figures (dates, scores, prices) make a line data, as in schedules and tables; so
        # does a figure on the next line (a table cell per line: "Kent Police" over "120").
        if (i < first or i > last) and not any(c.isdigit() for c in line):
            if i + 1 < page.n and _FIGURE_CELL.match(page.lines[i + 1]):
                continue
            if page.cues.field.match(line):
                continue  # a fact box's field ("Organisation: Kent Police") is data, as a date is
            if _among_figure_cells(page.lines, i):
                continue  # a row label or column head of a table printed one cell per line
            page.reasons[i] = "edge_heading"
        elif _is_caption_name(line, page.lines) and not _among_figure_cells(page.lines, i):
            page.reasons[i] = "caption_name"


def filter_lines(
    lines: list[str], *, title: str | None = None, headline: int | None = None
) -> tuple[list[str], list[tuple[str, str]]]:
    """Return (kept lines, dropped (line, reason) pairs); `headline` indexes a protected line."""
    page = _Page(lines, load_cues(), headline)
    _mark_repeats(page, title)
    _mark_promotions(page)
    _mark_link_lists(page)
    _mark_tail_bios(page)
    _mark_edges(page)
    return page.result()
