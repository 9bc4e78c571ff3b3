"""The sources file: which sites to crawl, how, and when; validated before any request is sent."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote_plus, urlsplit

from apscheduler.triggers.cron import CronTrigger

from breachkb.errors import BreachKBError

KINDS = ("feed", "sitemap", "listing")
ENV_SOURCES = "BREACHKB_SOURCES"
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_REQUIRED = ("name", "kind", "schedule")
_OPTIONAL = {
    "start_urls",
    "allowed_domains",
    "article_pattern",
    "enabled",
    "title",
    "search_url",
    "search_terms",
    "next_pattern",
    "max_pages",
    "prefilter",
    "narrow",
}
PREFILTER_LEVELS = ("off", "lenient", "strict")


class SourcesError(BreachKBError):
    """The sources file is missing, not TOML, or describes a source that cannot be crawled."""


@dataclass(frozen=True)
class Source:
    """One site section to crawl: a feed, a sitemap or a listing page (archive, tag, search)."""

    name: str
    kind: str
    start_urls: tuple[str, ...]
    allowed_domains: tuple[str, ...]
    schedule: str
    article_pattern: str = ""
    enabled: bool = True
    title: str = ""
    # Listing sources only: a site-search URL with `{query}`, run once per search term.
    search_url: str = ""
    search_terms: tuple[str, ...] = ()
    next_pattern: str = ""  # regex of pagination links, besides rel="next"
    max_pages: int = 5  # listing pages followed per start URL
    prefilter: str = "lenient"  # off | lenient | strict (crawler/relevance.py)
    narrow_override: bool | None = None  # `narrow = true|false`; else guessed from the URLs
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def seed_urls(self) -> list[str]:
        """Start URLs plus one site-search URL per search term."""
        searches = [self.search_url.format(query=quote_plus(t)) for t in self.search_terms]
        return [*self.start_urls, *searches]

    @property
    def narrow(self) -> bool:
        """A crime, courts or regulator section rather than a whole outlet: links it lists
        that say nothing (opaque sitemap slugs) are still worth fetching."""
        if self.narrow_override is not None:
            return self.narrow_override
        from crawler.relevance import is_narrow

        return is_narrow(tuple(self.seed_urls()), self.article_pattern)

    def matches_article(self, url: str) -> bool:
        return not self.article_pattern or re.search(self.article_pattern, url) is not None


def default_sources_path() -> Path:
    """`$BREACHKB_SOURCES`, else the sources.toml shipped inside the crawler package."""
    env = os.environ.get(ENV_SOURCES)
    if env:
        return Path(env)
    return Path(str(resources.files("crawler").joinpath("sources.toml")))


def load_sources(path: str | Path | None = None) -> dict[str, Source]:
    """Read and validate a sources file; every source is checked before any is returned."""
    path = Path(path) if path else default_sources_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourcesError(f"{path}: sources file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SourcesError(f"{path}: cannot read sources file: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise SourcesError(f"{path}: not valid TOML: {exc}") from None
    entries = data.get("source")
    if not isinstance(entries, list) or not entries:
        raise SourcesError(f"{path}: no [[source]] tables")
    sources: dict[str, Source] = {}
    for number, entry in enumerate(entries, start=1):
        label = f"{path}: source #{number}"
        if isinstance(entry, dict) and isinstance(entry.get("name"), str):
            label = f"{path}: source {entry['name']!r}"
        try:
            source = parse_source(entry)
        except SourcesError as exc:
            raise SourcesError(f"{label}: {exc}") from None
        if source.name in sources:
            raise SourcesError(f"{label}: name used twice")
        sources[source.name] = source
    return sources


def select_sources(sources: dict[str, Source], names: list[str] | tuple[str, ...]) -> list[Source]:
    """The named sources (enabled or not), or every enabled one when no name is given."""
    if not names:
        return [s for s in sources.values() if s.enabled]
    unknown = [n for n in names if n not in sources]
    if unknown:
        known = ", ".join(sorted(sources))
        raise SourcesError(f"unknown source {unknown[0]!r} (known: {known})")
    return [sources[n] for n in names]


def parse_source(entry: Any) -> Source:
    """Validate one `[[source]]` table; raises SourcesError naming the problem."""
    if not isinstance(entry, dict):
        raise SourcesError("must be a table")
    missing = [key for key in _REQUIRED if key not in entry]
    if missing:
        raise SourcesError(f"missing key {missing[0]!r}")
    unknown = sorted(set(entry) - set(_REQUIRED) - _OPTIONAL)
    if unknown:
        raise SourcesError(f"unknown key {unknown[0]!r}")
    name = _string(entry, "name")
    if not _NAME.match(name):
        raise SourcesError("name must be lower-case letters, digits, '.', '_' or '-'")
    kind = _string(entry, "kind")
    if kind not in KINDS:
        raise SourcesError(f"unknown kind {kind!r} (expected one of {', '.join(KINDS)})")
    schedule = _string(entry, "schedule")
    try:
        CronTrigger.from_crontab(schedule)
    except ValueError as exc:
        raise SourcesError(f"bad cron schedule {schedule!r}: {exc}") from None
    start_urls = _strings(entry, "start_urls")
    search_url = _string(entry, "search_url", "")
    search_terms = _strings(entry, "search_terms")
    for url in (*start_urls, search_url):
        if url and urlsplit(url).scheme not in ("http", "https"):
            raise SourcesError(f"not an http(s) URL: {url!r}")
    if search_terms and "{query}" not in search_url:
        raise SourcesError("search_terms need a search_url containing {query}")
    if (search_url or search_terms) and kind != "listing":
        raise SourcesError("search_url/search_terms only apply to kind = 'listing'")
    if not start_urls and not search_terms:
        raise SourcesError("no start URL (start_urls is empty)")
    domains = _strings(entry, "allowed_domains") or tuple(
        sorted({_bare_host(u) for u in (*start_urls, search_url) if u})
    )
    for key in ("article_pattern", "next_pattern"):
        try:
            re.compile(_string(entry, key, ""))
        except re.error as exc:
            raise SourcesError(f"{key} is not a valid regex: {exc}") from None
    max_pages = entry.get("max_pages", 5)
    if not isinstance(max_pages, int) or isinstance(max_pages, bool) or max_pages < 1:
        raise SourcesError("max_pages must be a positive integer")
    return Source(
        name=name,
        kind=kind,
        start_urls=start_urls,
        allowed_domains=domains,
        schedule=schedule,
        article_pattern=_string(entry, "article_pattern", ""),
        enabled=_bool(entry, "enabled", True),
        title=_string(entry, "title", ""),
        search_url=search_url,
        search_terms=search_terms,
        next_pattern=_string(entry, "next_pattern", ""),
        max_pages=max_pages,
        prefilter=_prefilter(entry),
        narrow_override=_bool(entry, "narrow", None) if "narrow" in entry else None,
    )


def _prefilter(entry: dict[str, Any]) -> str:
    """`prefilter = "off" | "lenient" | "strict"`; true/false (older files) mean lenient/off."""
    value = entry.get("prefilter", "lenient")
    if isinstance(value, bool):
        return "lenient" if value else "off"
    if value not in PREFILTER_LEVELS:
        raise SourcesError(f"prefilter must be one of {', '.join(PREFILTER_LEVELS)}")
    return str(value)


def _bare_host(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else host


def _string(entry: dict[str, Any], key: str, default: str | None = None) -> str:
    value = entry.get(key, default)
    if not isinstance(value, str) or (default is None and not value.strip()):
        raise SourcesError(f"{key} must be a non-empty string")
    return value.strip()


def _strings(entry: dict[str, Any], key: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise SourcesError(f"{key} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _bool(entry: dict[str, Any], key: str, default: bool | None) -> bool:
    value = entry.get(key, default)
    if not isinstance(value, bool):
        raise SourcesError(f"{key} must be true or false")
    return value
