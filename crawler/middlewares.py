"""Downloader middlewares: robots.txt obeyed by every request, retries that back off, and no
second fetch of a page the KB has."""

from __future__ import annotations

import asyncio
import logging
import time
from email.utils import parsedate_to_datetime
from typing import Any

from scrapy import signals
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import DownloadCancelledError
from scrapy.http import Request, Response
from scrapy.robotstxt import RobotParser
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

from crawler.spiders.source import AlreadySeen
from kb.config import database_url
from kb.db import make_engine, session_scope
from kb.seen import canonical_or_none, load_seen, mark_seen

logger = logging.getLogger(__name__)


def retry_after(response: Response) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or an HTTP date), if any."""
    value = response.headers.get(b"Retry-After")
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        return max(0.0, parsedate_to_datetime(text).timestamp() - time.time())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


class RobotsTxtEveryWaiterMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, with every request that waits for a host's robots.txt
    given its rules.

    In Scrapy 2.19 each request that arrives while a host's robots.txt is being fetched awaits
    the one Deferred the fetch will fire. Under the asyncio reactor every such await adds a
    callback that hands the next one None, which the middleware reads as "no robots.txt": the
    second and later waiting requests went out unchecked. A crawler of the shared frontier
    meets this whenever its first requests to a host are article pages popped from Redis (CI
    saw one fetch a disallowed page). Here each waiter gets a Deferred of its own.
    """

    async def robot_parser(self, request: Request) -> RobotParser | None:
        pending = self._parsers.get(urlparse_cached(request).netloc)
        if not isinstance(pending, Deferred):
            return await super().robot_parser(request)
        mine: Deferred[RobotParser | None] = Deferred()

        def relay(parser: RobotParser | None) -> RobotParser | None:
            mine.callback(parser)
            return parser  # unchanged for the next waiter

        pending.addCallback(relay)
        return await maybe_deferred_to_future(mine)


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries (5xx, 429, timeouts), waiting base * 2**(attempt-1) seconds before
    each, or as long as the server's Retry-After asks (up to RETRY_AFTER_MAX)."""

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 2.0)
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)
        self.after_cap = settings.getfloat("RETRY_AFTER_MAX", 300.0)

    async def _wait(self, result: Any, asked: float | None = None) -> Any:
        if not isinstance(result, Request):
            return result
        attempt = result.meta.get("retry_times", 1)
        delay = min(self.cap, self.base * 2 ** (attempt - 1)) if self.base > 0 else 0.0
        if asked is not None:
            delay = max(delay, asked)
        if delay > 0:
            logger.debug("retry %d of %s in %.1fs", attempt, result.url, delay)
            await asyncio.sleep(delay)
        return result

    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response
    ) -> Request | Response:
        result = super().process_response(request, response)
        asked = retry_after(response) if isinstance(result, Request) else None
        if asked is not None and asked > self.after_cap:
            logger.info(
                "%s asks to retry in %.0fs, over RETRY_AFTER_MAX: not retried in this run",
                request.url,
                asked,
            )
            return response
        return await self._wait(result, asked)

    async def process_exception(  # type: ignore[override]
        self, request: Request, exception: Exception
    ) -> Request | Response | None:
        return await self._wait(super().process_exception(request, exception))


# Canonical URLs requested by any crawler of this process: sources that share a site and run
# together (feed + sitemap of one paper) fetch each article once.
_REQUESTED: set[str] = set()
# Final answers that will not change on a later run; transient ones (5xx, timeouts) will retry.
PERMANENT_STATUSES = {404, 410}


class SeenUrlMiddleware:
    """Drop requests for article pages whose canonical URL is in seen_urls (unless REFRESH).

    Only requests marked `meta["article"]` are checked: feeds, sitemaps and listing pages are
    re-read on every run. Within a run, two URLs with one canonical form are fetched once.
    Pages that failed for good (404, 410, too large) are remembered with outcome `error`;
    stored and off-topic pages are remembered by the item pipeline.
    """

    def __init__(self, db_url: str | None, refresh: bool, stats: Any) -> None:
        self.engine = make_engine(database_url(db_url))
        self.refresh = refresh
        self.stats = stats
        self.seen: set[str] = set()
        self.requested = _REQUESTED

    @classmethod
    def from_crawler(cls, crawler: Any) -> SeenUrlMiddleware:
        s = crawler.settings
        middleware = cls(s.get("DATABASE_URL"), s.getbool("REFRESH"), crawler.stats)
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        return middleware

    def spider_opened(self, spider: Any) -> None:
        if not self.refresh:
            self.seen = load_seen(self.engine)

    def process_request(self, request: Request) -> None:
        if not request.meta.get("article"):
            return None
        # A page fetched from a web archive is known by its original address.
        original = request.meta.get("original_url")
        key = canonical_or_none(original or request.url)
        if key is None:
            return None
        if key in self.seen:
            self.stats.inc_value("breachkb/links/skipped_seen")
            raise AlreadySeen(f"already in the KB: {key}")
        # A retry re-requests its own URL; a redirect that lands on a page this run already
        # requested (two links, one via an old URL) must not fetch it a second time.
        is_retry = "retry_times" in request.meta
        # The archive redirecting a capture to a neighbouring one is the same page.
        archive_redirect = bool(original and request.meta.get("redirect_urls"))
        if key in self.requested and not is_retry and not archive_redirect:
            self.stats.inc_value("breachkb/links/skipped_seen")
            if request.meta.get("redirect_urls"):
                # Remember the old URL too, or the next crawl would follow it again.
                with session_scope(self.engine) as session:
                    mark_seen(session, request.meta["redirect_urls"], "redirect")
            raise AlreadySeen(f"already requested in this run: {key}")
        self.requested.add(key)
        return None

    def _remember_failure(self, request: Request) -> None:
        original = request.meta.get("original_url")
        urls = [original] if original else [*request.meta.get("redirect_urls", []), request.url]
        with session_scope(self.engine) as session:
            mark_seen(session, urls, "error")

    def process_response(self, request: Request, response: Response) -> Response:
        if request.meta.get("article") and response.status in PERMANENT_STATUSES:
            self._remember_failure(request)
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        # Runs after the retry middleware has given up or declined (downloader order).
        if request.meta.get("article") and isinstance(exception, DownloadCancelledError):
            self._remember_failure(request)
        return None
