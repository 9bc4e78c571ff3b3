"""Base spider: one source from the sources file, link triage, article pages and error counts."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable
from datetime import UTC, date, datetime
from typing import Any, ClassVar
from urllib.parse import urlsplit

import dateparser
import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.linkextractors import IGNORED_EXTENSIONS
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.contact import require_contact
from crawler.items import ArticleItem
from crawler.outcomes import error_kind
from crawler.relevance import assess, decide
from crawler.sources import Source, SourcesError, load_sources

logger = logging.getLogger(__name__)
_IGNORED = tuple(f".{ext}" for ext in IGNORED_EXTENSIONS)


class AlreadySeen(IgnoreRequest):
    """The KB has this article already (seen_urls); not an error, just not fetched again."""


def parse_since(value: str | date | None) -> date | None:
    """`--since`/`--until` accept ISO dates and dateparser phrases ("2 weeks ago")."""
    if value is None or isinstance(value, date):
        return value
    parsed = dateparser.parse(value, settings={"RETURN_AS_TIMEZONE_AWARE": False})
    if parsed is None:
        raise SourcesError(f"cannot understand the date {value!r}")
    return parsed.date()


def in_window(day: date | None, since: date | None, until: date | None) -> bool | None:
    """Whether a date is inside [since, until]; None when there is no date or no window."""
    if day is None or (since is None and until is None):
        return None
    return (since is None or day >= since) and (until is None or day <= until)


class SourceSpider(scrapy.Spider):
    """Common ground of the feed, sitemap and listing spiders
    (`-a source=NAME [-a since=DATE] [-a until=DATE]`)."""

    kind: ClassVar[str] = ""
    source: Source

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> SourceSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.configure(crawler.settings.get("SOURCES_FILE"))
        return spider

    def __init__(
        self,
        source: str | Source | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        **kw: Any,
    ):
        super().__init__(**kw)
        self._source_arg = source
        self.since = parse_since(since)
        self.until = parse_since(until)
        self._download_errors = 0
        self._index_urls: set[str] = set()

    def configure(self, sources_file: str | None) -> None:
        """Resolve the source (a name from the sources file, or a Source object)."""
        if isinstance(self._source_arg, Source):
            source = self._source_arg
        elif not self._source_arg:
            raise SourcesError(f"spider {self.name!r} needs -a source=NAME")
        else:
            sources = load_sources(sources_file)
            if self._source_arg not in sources:
                raise SourcesError(f"unknown source {self._source_arg!r}")
            source = sources[self._source_arg]
        if source.kind != self.kind:
            raise SourcesError(
                f"source {source.name!r} is a {source.kind} source, not {self.kind}: "
                f"run `scrapy crawl {source.kind} -a source={source.name}`"
            )
        self.source = source
        self.allowed_domains = list(source.allowed_domains)
        self.narrow = source.narrow
        self.outlet = source.title

    async def start(self) -> AsyncIterator[Request]:
        assert self.crawler.stats is not None
        self.crawler.stats.set_value("breachkb/prefilter", self.source.prefilter)
        # `scrapy crawl` and Scrapyd start here without breachkb's CLI checks.
        require_contact(self.settings, self.source.seed_urls())
        for url in self.source.seed_urls():
            request = self.index_request(url)
            if request is not None:
                # Seeds are re-read on every run, even through a shared frontier's dupefilter.
                yield request.replace(dont_filter=True)

    def index_request(self, url: str, **meta: Any) -> Request | None:
        """A feed, sitemap or listing page, once per run (Scrapy's dupefilter is off: a resumed
        crawl must re-read these, and article pages are deduplicated by canonical URL)."""
        if url in self._index_urls:
            return None
        self._index_urls.add(url)
        return Request(url, callback=self.parse_index, errback=self.on_error, meta=meta)

    def parse_index(self, response: Response) -> Iterable[Request]:
        raise NotImplementedError

    def on_allowed_domain(self, url: str) -> bool:
        """Host (port aside) is an allowed domain or a subdomain of one, as OffsiteMiddleware."""
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.allowed_domains)

    def _inc(self, key: str) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(f"breachkb/{key}")

    def article_request(
        self,
        url: str,
        *,
        title: str | None = None,
        summary: str | None = None,
        published: date | None = None,
        sections: tuple[str, ...] = (),
        opaque_fallback: bool = True,
        meta: dict[str, Any] | None = None,
    ) -> Request | None:
        """A request for an article page, or None when triage says it is not worth fetching.

        Every link is judged at both pre-filter levels, so the run records how many links
        each would have skipped; the source's own level decides.
        """
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or parts.path.lower().endswith(_IGNORED):
            self._inc("links/skipped_not_html")
            return None
        if not self.source.matches_article(url):
            self._inc("links/skipped_pattern")
            return None
        inside = in_window(published, self.since, self.until)
        if inside is False:
            self._inc("links/skipped_window")
            return None
        found = assess(title, summary, url=url, sections=sections, outlet=self.outlet)
        verdicts = {
            level: decide(
                found,
                level,
                narrow=self.narrow,
                dated_in_window=bool(inside),
                opaque_fallback=opaque_fallback,
            )
            for level in ("lenient", "strict")
        }
        for level, verdict in verdicts.items():
            if not verdict.fetch:
                self._inc(f"prefilter_skips/{level}")
        level = self.source.prefilter
        if level != "off" and not verdicts[level].fetch:
            logger.debug("not fetching %s: %s", url, verdicts[level].reason)
            self._inc("links/skipped_prefilter")
            return None
        self._inc("links/requested")
        return Request(
            (meta or {}).get("fetch_url", url),  # a web archive's copy of the page (backfill)
            callback=self.parse_article,
            errback=self.on_error,
            meta={"article": True, "hint_title": title, "published": published, **(meta or {})},
        )

    def parse_article(self, response: Response) -> Iterable[ArticleItem]:
        self._inc("pages_fetched")
        yield ArticleItem(
            url=response.url,
            source=self.source.name,
            body=response.body,
            content_type=_header(response, b"Content-Type"),
            fetched_at=datetime.now(UTC).replace(tzinfo=None),
            status=response.status,
            redirected_from=list(response.meta.get("redirect_urls", [])),
            hint_title=response.meta.get("hint_title"),
        )

    def page_date_outside(self, published: date | None) -> bool:
        """The page's own date (after extraction) is outside --since/--until."""
        return in_window(published, self.since, self.until) is False

    def on_error(self, failure: Failure) -> None:
        url = getattr(failure, "request", None) and failure.request.url  # type: ignore[attr-defined]
        if failure.check(AlreadySeen):
            return  # counted by the middleware
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            # robots.txt (counted by Scrapy as robotstxt/forbidden), offsite: polite skips.
            if "robots.txt" not in str(failure.value):
                self._inc("links/skipped_ignored")
            logger.debug("ignored %s: %s", url, failure.value)
            return
        kind = error_kind(failure.value)
        self._inc(f"errors/{kind}")
        if failure.check(HttpError) and failure.request.meta.get("article"):  # type: ignore[attr-defined]
            # The site answered, about one page: no sign the source is dead (outcomes).
            self._inc("pages_answered")
        # One line per failed request only with -v: the run's summary names the kinds.
        logger.info("%s: %s (%s)", self.source.name, url, kind)
        # CLOSESPIDER_ERRORCOUNT only counts callback exceptions; a site that fails every
        # download (blocked, down, moved) should stop the crawl just the same.
        self._download_errors += 1
        limit = self.crawler.settings.getint("CLOSESPIDER_ERRORCOUNT")
        if limit and self._download_errors == limit:
            from scrapy.utils.defer import deferred_from_coro

            deferred_from_coro(
                self.crawler.engine.close_spider_async(reason="closespider_errorcount")
            )


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
