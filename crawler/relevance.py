"""Recall-first link pre-filter: is a link worth fetching, judged from its text before any request?

Every cue available scores: force names and aliases, places, regulators, police and breach
words from the gazetteers (extract/data/), slang, objects and section names from
crawler/relevance.toml. Per source, `prefilter = "lenient"` (default) fetches anything with a
police or breach cue, `"strict"` wants both sides, `"off"` fetches everything. What is stored
is decided later by the extractor (`Extraction.relevant`), after fetching.

A link whose text says nothing (an outlet's name, a date, a cookie notice, an opaque URL) cannot
be judged from its text; see `decide` for when it is fetched anyway.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from urllib.parse import unquote, urlsplit

LEVELS = ("off", "lenient", "strict")
DEFAULT_LEVEL = "lenient"
POLICE_SIDE = ("force", "police", "place")
DATA_SIDE = ("breach", "regulator", "object")
_SLUG_SPLIT = re.compile(r"[-_/.+]+")
_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class Verdict:
    fetch: bool
    reason: str


@dataclass(frozen=True)
class Assessment:
    """The cues found in a link's texts, by kind (first match of each), and whether the texts
    say enough to be judged at all."""

    cues: dict[str, str] = field(default_factory=dict)
    informative: bool = True

    def score(self, kinds: tuple[str, ...] | None = None) -> int:
        weights = _config()["weights"]
        return sum(weights[k] for k in self.cues if kinds is None or k in kinds)

    def describe(self) -> str:
        return ", ".join(f"{kind} {hit!r}" for kind, hit in self.cues.items()) or "no cue"


@dataclass(frozen=True)
class _Kind:
    name: str
    words: re.Pattern[str]
    acronyms: re.Pattern[str] | None

    def search(self, text: str) -> str | None:
        found = self.words.search(text) or (self.acronyms and self.acronyms.search(text))
        return found.group(0) if found else None


@cache
def _config() -> dict:  # type: ignore[type-arg]
    raw = resources.files("crawler").joinpath("relevance.toml").read_text(encoding="utf-8")
    return tomllib.loads(raw)


def _alternation(literals: list[str], patterns: list[str]) -> str:
    from extract.raw_scan import trie_pattern

    parts = [p for p in patterns if p]
    literals = sorted({lit.lower() for lit in literals if lit.strip()})
    if literals:
        parts.insert(0, trie_pattern(literals))
    return r"\b(?:" + "|".join(parts) + r")\b"


def _is_acronym(text: str) -> bool:
    return len(text) > 1 and text.isalpha() and text.isupper()


@cache
def _kinds() -> tuple[_Kind, ...]:
    """Cue kinds: gazetteer vocabulary (extract/data) plus relevance.toml's own lists."""
    from extract.aliases import STRONG, force_aliases, regulator_aliases
    from extract.datafiles import load_toml

    cues = load_toml("cues.toml")
    literals: dict[str, list[str]] = {k: [] for k in ("force", "place", "regulator", "police")}
    acronyms: dict[str, list[str]] = {k: [] for k in literals}
    for alias in force_aliases():
        kind = "force" if alias.kind == STRONG else "place"
        (acronyms if _is_acronym(alias.text) else literals)[kind].append(alias.text)
    for alias in regulator_aliases():
        (acronyms if _is_acronym(alias.text) else literals)["regulator"].append(alias.text)
    literals["police"] += cues["roles"]["police_context"]
    literals["breach"] = list(cues["relevance"]["data"])
    config = _config()["cues"]
    kinds = []
    for name in ("force", "police", "place", "regulator", "breach", "object", "section"):
        spec = config.get(name, {})
        words = _alternation(literals.get(name, []), spec.get("patterns", []))
        acro = sorted({*acronyms.get(name, []), *spec.get("acronyms", [])})
        exact = re.compile(r"\b(?:" + "|".join(map(re.escape, acro)) + r")\b") if acro else None
        kinds.append(_Kind(name, re.compile(words, re.IGNORECASE), exact))
    return tuple(kinds)


@cache
def _uninformative() -> tuple[re.Pattern[str], frozenset[str], int]:
    spec = _config()["uninformative"]
    pattern = re.compile(r"\b(?:" + "|".join(spec["patterns"]) + r")\b", re.IGNORECASE)
    return pattern, frozenset(spec["stopwords"]), int(spec["min_words"])


def url_words(url: str) -> str:
    """The words of a URL's path ("/news/police-fined-over-usb-1234" -> "news police fined ...")."""
    return " ".join(w for w in _SLUG_SPLIT.split(unquote(urlsplit(url).path)) if w)


def _content_words(text: str, outlet: set[str]) -> list[str]:
    _, stopwords, _ = _uninformative()
    return [
        w
        for w in _WORD.findall(text)
        if len(w) >= 3 and w.lower() not in stopwords and w.lower() not in outlet
    ]


def assess(
    *texts: str | None,
    url: str | None = None,
    sections: tuple[str, ...] = (),
    outlet: str = "",
) -> Assessment:
    """Cues in the texts (titles, summaries), the URL's words and any section names.

    Cookie notices and calls to action, the outlet's own name, dates and stop words do not
    count as words to judge by: a link with too few other words and no cue is uninformative.
    """
    boilerplate, _, min_words = _uninformative()
    outlet_words = {w.lower() for w in _WORD.findall(outlet)}
    kept = [t for t in texts if t and t.strip()]
    slug = url_words(url) if url else ""
    text = " ".join([*kept, slug])
    words = _content_words(boilerplate.sub(" ", text), outlet_words)
    cues: dict[str, str] = {}
    for kind in _kinds():
        if kind.name == "section":
            hit = kind.search(" ".join([slug, *sections]))
        else:
            hit = kind.search(text)
        if hit is not None:
            cues[kind.name] = hit
    section_words = {w.lower() for s in sections for w in _WORD.findall(s)}
    content = [w for w in words if w.lower() not in section_words]
    informative = len(content) >= min_words or bool(set(cues) - {"section"})
    return Assessment(cues, informative=informative)


def decide(
    found: Assessment,
    level: str,
    *,
    narrow: bool = False,
    dated_in_window: bool = False,
    opaque_fallback: bool = True,
) -> Verdict:
    """Fetch or not at one pre-filter level.

    A link that cannot be judged from its text is fetched when its source is narrow (a crime
    or regulator section), when it is dated inside the crawl's --since/--until window, or, at
    the lenient level, when `opaque_fallback` allows it (feeds and listings: a handful of
    links; broad sitemaps pass False, or they would fetch the whole site).
    """
    if level == "off":
        return Verdict(True, "pre-filter off")
    weights, levels = _config()["weights"], _config()["levels"]
    if not found.informative:
        if narrow or dated_in_window:
            return Verdict(True, "nothing to judge; narrow source or dated in range")
        if level == "lenient" and opaque_fallback:
            return Verdict(True, "nothing to judge")
        return Verdict(False, "nothing to judge on a broad source")
    if level == "strict":
        police, data = found.score(POLICE_SIDE), found.score(DATA_SIDE)
        fetch = police >= levels["strict_police"] and data >= levels["strict_data"]
        missing = "police" if police < levels["strict_police"] else "data"
        return Verdict(fetch, found.describe() if fetch else f"no {missing} cue")
    score = found.score() + (weights["section"] if narrow and "section" not in found.cues else 0)
    if score >= levels["lenient"]:
        return Verdict(True, f"score {score}: {found.describe()}")
    return Verdict(False, f"score {score}: {found.describe()}")


def judge(
    *texts: str | None,
    url: str | None = None,
    level: str = DEFAULT_LEVEL,
    narrow: bool = False,
) -> Verdict:
    """Shorthand: assess the texts and decide at one level."""
    return decide(assess(*texts, url=url), level, narrow=narrow)


@cache
def is_narrow(urls: tuple[str, ...], article_pattern: str = "") -> bool:
    """A source whose start URLs (or article pattern) name a section such as crime or courts."""
    section = next(k for k in _kinds() if k.name == "section")
    host_words = " ".join(f"{urlsplit(u).hostname or ''}" for u in urls)
    paths = " ".join([*(url_words(u) for u in urls), article_pattern.replace("/", " ")])
    return section.search(paths) is not None or "ico" in host_words.split(".")
