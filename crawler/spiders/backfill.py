"""Backfill from a web archive: list a site's captures with the CDX API, fetch each archived page,
and send it down the same scan -> clean -> extract -> store path as a crawled page, under its
original URL with the capture time.

A plain CDX client (a few query parameters and a JSON reader) rather than cdx_toolkit: as Scrapy
requests, the listing and the pages get the crawler's politeness (robots.txt, AutoThrottle, one
request at a time, retries with backoff), resumable job queues, seen_urls and error counts;
cdx_toolkit makes blocking `requests` calls with its own pacing and retries.

    scrapy crawl backfill -a source=ico-news -a since=2010 -a until=2020
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlencode, urlsplit

from scrapy.http import Request, Response

from crawler.contact import require_contact
from crawler.items import ArticleItem
from crawler.sources import Source
from crawler.spiders.source import SourceSpider, _header

logger = logging.getLogger(__name__)

FIELDS = ("timestamp", "original", "mimetype", "statuscode")


@dataclass(frozen=True)
class Capture:
    timestamp: str  # yyyyMMddhhmmss
    original: str

    @property
    def captured_at(self) -> datetime | None:
        try:
            return datetime.strptime(self.timestamp[:14].ljust(14, "0"), "%Y%m%d%H%M%S")
        except ValueError:
            return None


def parse_cdx(body: bytes) -> tuple[list[Capture], str | None]:
    """Captures of a CDX JSON answer and its resume key (None on the last page).

    The answer is a list of rows: a header row naming the fields, one row per capture, and,
    when more results remain, an empty row followed by a one-element row with the key.
    """
    text = body.decode("utf-8", "replace").strip()
    rows = json.loads(text) if text else []
    if not rows:
        return [], None
    header, *rest = rows
    resume = None
    if len(rest) >= 2 and rest[-2] == [] and len(rest[-1]) == 1:
        resume = rest[-1][0]
        rest = rest[:-2]
    index = {name: header.index(name) for name in ("timestamp", "original")}
    captures = [
        Capture(row[index["timestamp"]], row[index["original"]])
        for row in rest
        if row and len(row) == len(header)
    ]
    return captures, resume


def cdx_bound(day: date | None, end: bool) -> str | None:
    """A CDX `from`/`to` timestamp (inclusive) for a date."""
    if day is None:
        return None
    return day.strftime("%Y%m%d") + ("235959" if end else "000000")


class BackfillSpider(SourceSpider):
    """`scrapy crawl backfill -a source=NAME|URL-PREFIX [-a since=DATE] [-a until=DATE]`."""

    name = "backfill"
    kind = "backfill"

    @classmethod
    def update_settings(cls, settings: Any) -> None:
        super().update_settings(settings)
        # One archive, shared with the world: one request at a time, spaced out.
        delay = settings.getfloat("BACKFILL_DOWNLOAD_DELAY", 4.0)
        settings.set("DOWNLOAD_DELAY", delay, priority="spider")
        settings.set("AUTOTHROTTLE_START_DELAY", max(delay, 0.1), priority="spider")
        settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", 1, priority="spider")

    def configure(self, sources_file: str | None) -> None:
        arg = self._source_arg
        if isinstance(arg, str) and urlsplit(arg).scheme in ("http", "https"):
            self._source_arg = prefix_source(arg)
        elif isinstance(arg, Source) or not arg:
            pass
        else:
            from crawler.sources import SourcesError, load_sources

            sources = load_sources(sources_file)
            if arg not in sources:
                raise SourcesError(f"unknown source {arg!r}")
            self._source_arg = sources[arg]
        source = self._source_arg
        assert isinstance(source, Source)
        # The source keeps its own kind; the checks of the base class are for live crawls.
        self.source = source
        self.narrow = True  # the user chose this site or section
        self.outlet = source.title
        settings = self.crawler.settings
        self.cdx_url = settings.get("CDX_API_URL")
        self.archive_url = settings.get("ARCHIVE_URL")
        self.page_size = settings.getint("CDX_PAGE_SIZE", 500)
        sample = self.archive_url.format(timestamp="0", url="x")
        self.allowed_domains = sorted({urlsplit(u).hostname or "" for u in (self.cdx_url, sample)})

    def cdx_queries(self) -> list[dict[str, str]]:
        """One CDX query per URL prefix (a URL) or domain (a source's allowed domains)."""
        common = {
            "output": "json",
            "fl": ",".join(FIELDS),
            "filter": "statuscode:200",
            "collapse": "urlkey",
            "limit": str(self.page_size),
            "showResumeKey": "true",
        }
        if self.since:
            common["from"] = cdx_bound(self.since, end=False) or ""
        if self.until:
            common["to"] = cdx_bound(self.until, end=True) or ""
        prefix = self.source.extra.get("prefix")
        if prefix:
            return [{"url": prefix, "matchType": "prefix", **common}]
        return [{"url": d, "matchType": "domain", **common} for d in self.source.allowed_domains]

    def cdx_request(self, query: dict[str, str], resume: str | None = None) -> Request | None:
        params = [*query.items(), ("filter", "mimetype:text/html")]
        if resume:
            params.append(("resumeKey", resume))
        url = f"{self.cdx_url}?{urlencode(params)}"
        return self.index_request(url, cdx_query=query)

    async def start(self) -> AsyncIterator[Request]:
        assert self.crawler.stats is not None
        self.crawler.stats.set_value("breachkb/prefilter", self.source.prefilter)
        # The archive, not the source's site, is what this crawl reaches.
        require_contact(self.settings, [self.cdx_url, self.archive_url])
        for query in self.cdx_queries():
            request = self.cdx_request(query)
            if request is not None:
                yield request

    def parse_index(self, response: Response) -> Iterable[Request]:
        self._inc("index_pages")
        try:
            captures, resume = parse_cdx(response.body)
        except (ValueError, IndexError, TypeError) as exc:
            logger.warning("%s: not a CDX answer %s: %s", self.source.name, response.url, exc)
            self._inc("errors/bad_cdx")
            return
        self._inc_by("captures", len(captures))
        for capture in captures:
            captured = capture.captured_at
            request = self.article_request(
                capture.original,
                published=captured.date() if captured else None,
                meta={
                    "original_url": capture.original,
                    "captured_at": captured,
                    "fetch_url": self.archive_url.format(
                        timestamp=capture.timestamp, url=capture.original
                    ),
                },
            )
            if request is not None:
                yield request
        if resume:
            request = self.cdx_request(response.meta["cdx_query"], resume)
            if request is not None:
                yield request

    def _inc_by(self, key: str, count: int) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(f"breachkb/{key}", count)

    def parse_article(self, response: Response) -> Iterable[ArticleItem]:
        self._inc("pages_fetched")
        meta = response.meta
        yield ArticleItem(
            url=meta["original_url"],
            source=self.source.name,
            body=response.body,
            content_type=_header(response, b"Content-Type"),
            fetched_at=datetime.now(UTC).replace(tzinfo=None),
            status=response.status,
            captured_at=meta.get("captured_at"),
        )


def prefix_source(prefix: str) -> Source:
    """An ad-hoc source for `breachkb backfill URL-PREFIX`, named after the prefix's host."""
    host = (urlsplit(prefix).hostname or "").removeprefix("www.")
    bare = prefix.split("://", 1)[1]
    return Source(
        name=host or "backfill",
        kind="backfill",
        start_urls=(prefix,),
        allowed_domains=(host,),
        schedule="0 0 1 1 *",
        extra={"prefix": bare},
    )
