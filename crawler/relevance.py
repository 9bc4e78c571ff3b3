"""Cheap pre-filter: is a link worth fetching, judged from its text before any request?

It errs on the side of fetching; what is stored is decided later by the extractor's
`Extraction.relevant`. Term lists live in crawler/relevance.toml.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import unquote, urlsplit

_SLUG_SPLIT = re.compile(r"[-_/.+]+")


@dataclass(frozen=True)
class Verdict:
    fetch: bool
    reason: str


@dataclass(frozen=True)
class _Group:
    name: str
    words: re.Pattern[str]
    acronyms: re.Pattern[str] | None

    def search(self, text: str) -> str | None:
        found = self.words.search(text) or (self.acronyms and self.acronyms.search(text))
        return found.group(0) if found else None


@cache
def _groups() -> tuple[_Group, ...]:
    raw = resources.files("crawler").joinpath("relevance.toml").read_text(encoding="utf-8")
    groups = []
    for name, spec in tomllib.loads(raw).items():
        words = re.compile(r"\b(?:" + "|".join(spec["patterns"]) + r")\b", re.IGNORECASE)
        acronyms = spec.get("acronyms") or []
        acro = (
            re.compile(r"\b(?:" + "|".join(map(re.escape, acronyms)) + r")\b") if acronyms else None
        )
        groups.append(_Group(name, words, acro))
    return tuple(groups)


def url_words(url: str) -> str:
    """The words of a URL's path ("/news/police-fined-over-usb-1234" -> "news police fined ...")."""
    return " ".join(w for w in _SLUG_SPLIT.split(unquote(urlsplit(url).path)) if w)


def judge(*texts: str | None, url: str | None = None) -> Verdict:
    """Fetch when every term group matches somewhere in the texts or the URL's words.

    With nothing to judge (no text, an opaque URL) the link is fetched: only the page can tell.
    """
    text = " ".join(t for t in texts if t and t.strip())
    slug = url_words(url) if url else ""
    if not text and sum(w.isalpha() for w in slug.split()) < 3:
        return Verdict(True, "no text to judge")
    text = f"{text} {slug}"
    hits = []
    for group in _groups():
        hit = group.search(text)
        if hit is None:
            return Verdict(False, f"no {group.name} term")
        hits.append(hit)
    return Verdict(True, "matched " + ", ".join(repr(h) for h in hits))
