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
from functools import cache
from importlib import resources

_WORD_RE = re.compile(r"[^\W_][\w'’.&-]*")
_CONTENT_RE = re.compile(r"[a-z0-9£][a-z0-9£'’-]{2,}")
_SENTENCE_END = tuple(".!?…\"”’')]")
_BULLET_RE = re.compile(r"^(?:[•·▪●◦‣∙*-]|\d{1,2}[.)])\s+")


@dataclass(frozen=True)
class Cues:
    """The compiled contents of boilerplate.toml."""

    strong: re.Pattern[str]
    weak: re.Pattern[str]
    headings: re.Pattern[str]
    share: re.Pattern[str]
    byline: re.Pattern[str]
    bio: re.Pattern[str]
    credit_prefix: re.Pattern[str]
    credit_suffix: re.Pattern[str]
    agency_end: re.Pattern[str]
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
    tail = _alternation(by["byline_tail"])
    agencies = _alternation(credits["agencies"])
    return Cues(
        strong=re.compile(rf"\b(?:{_alternation(data['promo']['strong'])})\b", re.I),
        weak=re.compile(rf"\b(?:{_alternation(data['promo']['weak'])})\b", re.I),
        headings=re.compile(rf"(?:{'|'.join(data['headings']['patterns'])})"),
        share=re.compile(rf"(?:{'|'.join(data['share']['patterns'])})"),
        # "By Carl Jackson", "By Carl Jackson | Crime | Published:", "By Jo Bloggs, Reporter"
        byline=re.compile(rf"^by\s+(?P<name>{name})\s*(?:(?:{tail}).*)?$", re.I),
        bio=re.compile(
            rf"^(?:[A-Z][\w'’-]*\s+){{0,4}}(?:{_alternation(by['roles'])})s?\s+"
            rf"(?:{_alternation(by['bio_links'])})\b",
            re.I,
        ),
        credit_prefix=re.compile(rf"^(?:{_alternation(credits['prefixes'])})\b\s*[:|-]?\s*", re.I),
        # "... stolen USB stick. Credit: PA", "... (Image: Getty Images)"
        credit_suffix=re.compile(
            r"(?:(?<=[.!?”\"’])\s*|\s*[(\[]\s*|\s+)"
            rf"(?:(?:photo|picture|image|pic)\s*(?:credit)?|credit)\s*[:|]\s*"
            rf"(?:{agencies}|[A-Z][\w.&'’ -]{{0,40}}?)\s*[)\]]?$",
            re.I,
        ),
        agency_end=re.compile(rf"(?:^|[\s/|,-])(?:{agencies})$"),
        months=frozenset(data["dates"]["months"]),
        date_words=frozenset(data["dates"]["words"]) | frozenset(data["dates"]["months"]),
        minor=frozenset(data["words"]["minor"]),
        stop=frozenset(data["words"]["stop"]),
    )


def _words(line: str) -> list[str]:
    return _WORD_RE.findall(line)


def _norm(line: str) -> str:
    """Lower-case, strip bullets and surrounding punctuation: the form headings are matched in."""
    line = _BULLET_RE.sub("", line.strip())
    return re.sub(r"\s+", " ", line.lower().strip(" .:;|>»›-–—•·*#\"'“”‘’()[]")).strip()


def is_sentence(line: str) -> bool:
    """Eight or more words ending like a sentence: the stuff articles are made of."""
    return len(_words(line)) >= 8 and line.rstrip().endswith(_SENTENCE_END)


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
    return 0 < len(words) <= 25 and len(line) <= 220 and not line.rstrip().endswith((".", ",", ";"))


def _short(line: str, limit: int = 8) -> bool:
    return len(_words(line)) <= limit and not line.rstrip().endswith((".", "!", "?"))


def _dateline(line: str, cues: Cues) -> bool:
    """A line made only of date/time tokens and 'Published'-style words."""
    tokens = re.findall(r"[a-z]+|\d+", line.lower())
    if not tokens or len(tokens) > 12:
        return False
    has_date = any(t.isdigit() or t in cues.months for t in tokens) or "published" in tokens
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


def line_reason(line: str, cues: Cues) -> str | None:
    """Why this line is boilerplate judged on its own, or None."""
    norm = _norm(line)
    if not any(c.isalnum() for c in line):
        return "no_text"
    short = _short(line)
    if short and cues.headings.fullmatch(norm):
        return "nav_heading"
    if short and cues.share.fullmatch(norm):
        return "share_button"
    if short and line.count(" > ") + line.count(" » ") + line.count(" › ") >= 1:
        return "breadcrumb"
    if _short(line, 14) and cues.byline.match(line.strip()):
        return "byline"
    if _short(line, 12) and _dateline(line, cues):
        return "dateline"
    if len(_words(line)) <= 20 and cues.bio.match(line.strip()) and " said" not in line:
        return "author_bio"
    if cues.credit_prefix.match(line.strip()):
        return "image_caption"
    if _short(line, 6) and _credit_line(line, norm, cues):
        return "photo_credit"
    return None


def content_words(line: str, cues: Cues) -> set[str]:
    return {w for w in _CONTENT_RE.findall(line.lower()) if w not in cues.stop}


def _overlap(line: str, vocab: set[str], cues: Cues) -> float:
    words = content_words(line, cues)
    return len(words & vocab) / len(words) if words else 1.0


def filter_lines(
    lines: list[str], *, title: str | None = None, headline: int | None = None
) -> tuple[list[str], list[tuple[str, str]]]:
    """Return (kept lines, dropped (line, reason) pairs); `headline` indexes a protected line."""
    cues = load_cues()
    lines = [x.strip() for x in lines]
    reasons: list[str | None] = []
    kept_text: list[str] = []
    dropped: list[tuple[str, str]] = []
    for i, line in enumerate(lines):
        if i == headline:
            reasons.append(None)
            kept_text.append(line)
            continue
        reason = line_reason(line, cues)
        if reason is None and (m := cues.credit_suffix.search(line)) and m.start() > 0:
            dropped.append((line[m.start() :].strip(" ([)]"), "photo_credit"))
            line = line[: m.start()].rstrip()
        reasons.append(reason)
        kept_text.append(line)
    lines = kept_text
    n = len(lines)

    # Names from bylines: the same name alone on a line is the author box.
    names = set()
    for line, reason in zip(lines, reasons, strict=True):
        if reason == "byline" and (m := cues.byline.match(line)):
            names.add(m.group("name").lower())

    # Promotions: cue words, weighed by position and by distance from the article's topic.
    plain = [i for i in range(n) if reasons[i] is None]
    # The article's vocabulary: every line that is neither furniture nor a call to act.
    cue_free = [i for i in plain if not cues.strong.search(lines[i])]
    vocab_lines = {i: content_words(lines[i], cues) for i in cue_free}
    counts = Counter(w for words in vocab_lines.values() for w in words)

    def others(i: int) -> set[str]:
        """Words of the cue-free lines other than line i: the article's vocabulary."""
        own = vocab_lines.get(i, set())
        return {w for w, c in counts.items() if c > (1 if w in own else 0)}

    for i in plain:
        if i == headline:
            continue
        line = lines[i]
        if line.lower() in names:
            reasons[i] = "author_name"
            continue
        if title and _norm(line) == _norm(title):
            reasons[i] = "title_repeat"
            continue
        strong = len(cues.strong.findall(line))
        overlap = _overlap(line, others(i), cues)
        if strong and (i >= 0.6 * n or overlap < 0.6):
            reasons[i] = "promo"

    # A promotion spreads to neighbouring lines that carry a weaker cue ("event", "award") or,
    # near the end, to any short line off the article's topic.
    changed = True
    while changed:
        changed = False
        for i in plain:
            if reasons[i] is not None or i == headline or len(_words(lines[i])) > 40:
                continue
            near = any(0 <= j < n and reasons[j] == "promo" for j in (i - 1, i + 1))
            if not near:
                continue
            overlap = _overlap(lines[i], others(i), cues)
            weak = cues.weak.search(lines[i]) is not None
            if (weak and overlap < 0.45) or (
                i >= 0.6 * n and overlap < 0.3 and i > 0 and reasons[i - 1] == "promo"
            ):
                reasons[i] = "promo"
                changed = True

    # After a link-list heading, teaser lines are links until the article resumes.
    for i in range(n):
        if reasons[i] == "nav_heading":
            for j in range(i + 1, n):
                if reasons[j] is not None:
                    continue
                line = lines[j]
                if _BULLET_RE.match(line) or _short(line, 12) or not is_sentence(line):
                    reasons[j] = "link_list"
                else:
                    break

    # The body runs from its first to its last real sentence; outside it, short title-case
    # lines are headings, tags and names.
    body = [i for i in range(n) if reasons[i] is None and is_sentence(lines[i])]
    first, last = (body[0], body[-1]) if body else (n, -1)
    text_all = "\n".join(lines[j] for j in range(n) if reasons[j] is None)
    for i in range(n):
        if reasons[i] is not None or (i == headline):
            continue
        line = lines[i]
        if not _short(line) or not is_title_case(line, cues):
            continue
        if i < first or i > last:
            reasons[i] = "edge_heading"
        elif (
            len(_words(line)) <= 4
            and all(w[0].isupper() for w in _words(line))
            and text_all.count(line) >= 2
        ):
            # A bare name inside the body is an image caption or tag, when the name recurs.
            reasons[i] = "caption_name"

    kept = [line for line, reason in zip(lines, reasons, strict=True) if reason is None]
    dropped += [(line, r) for line, r in zip(lines, reasons, strict=True) if r is not None]
    return kept, dropped
