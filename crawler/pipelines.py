"""The item pipeline: every fetched article through extract and kb.store, like `breachkb load`.

A cheap raw-page scan (extract.raw_scan) drops pages that cannot name a police force before
cleaning; clean + extract run in worker processes (crawler.extraction); the KB is written from
this process only (one writer).
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy.exceptions import DropItem
from sqlalchemy import Engine

from crawler.extraction import Extractor
from crawler.items import ArticleItem
from extract.errors import RejectedDocument
from extract.parallel import RawInput
from extract.raw_scan import scan
from kb.config import database_url
from kb.db import make_engine, require_current, session_scope
from kb.seen import mark_seen
from kb.store import resolve_pending, store_document

logger = logging.getLogger(__name__)


class KnowledgeBasePipeline:
    """Scan, clean, extract, and store relevant articles; remember every outcome in seen_urls."""

    def __init__(
        self,
        db_url: str | None,
        stats: Any,
        *,
        workers: int = 0,
        queue_size: int | None = None,
        raw_scan: bool = True,
        crawler: Any = None,
    ) -> None:
        self.db_url = database_url(db_url)
        self.stats = stats
        self.extractor = Extractor(workers, queue_size)
        self.raw_scan = raw_scan
        self.crawler = crawler
        self.engine: Engine | None = None
        self.touched_forces: set[int] = set()

    @classmethod
    def from_crawler(cls, crawler: Any) -> KnowledgeBasePipeline:
        s = crawler.settings
        return cls(
            s.get("DATABASE_URL"),
            crawler.stats,
            workers=s.getint("EXTRACT_WORKERS", 0),
            queue_size=s.getint("EXTRACT_QUEUE_SIZE", 0) or None,
            raw_scan=s.getbool("RAW_SCAN", True),
            crawler=crawler,
        )

    def open_spider(self) -> None:
        self.engine = make_engine(self.db_url)
        require_current(self.engine)

    def close_spider(self) -> None:
        # Incidents are resolved once per crawl, not per article (see kb.store.store_document).
        if self.engine is not None:
            with session_scope(self.engine) as session:
                resolve_pending(session, self.touched_forces)
        self.engine = None  # engines are shared per process (kb.db.make_engine); not disposed

    def _remember(self, item: ArticleItem, outcome: str, article_id: int | None = None) -> None:
        assert self.engine is not None
        with session_scope(self.engine) as session:
            mark_seen(session, [item.url, *item.redirected_from], outcome, article_id)

    def _off_topic(self, item: ArticleItem, reason: str) -> DropItem:
        self.stats.inc_value("breachkb/off_topic")
        self._remember(item, "off_topic")
        return DropItem(f"off-topic {item.url}: {reason}", log_level="INFO")

    async def process_item(self, item: ArticleItem) -> ArticleItem:
        assert self.engine is not None
        if self.raw_scan:
            verdict = scan(item.body, item.url)
            if not verdict.keep:
                self.stats.inc_value("breachkb/raw_scan_rejected")
                raise self._off_topic(item, verdict.reason)
        raw = RawInput(item.body, url=item.url, content_type=item.content_type)
        try:
            result = await self.extractor.run(raw)
        except Exception as exc:  # an extractor bug: count it, keep crawling, retry next run
            logger.error("could not extract %s: %s: %s", item.url, type(exc).__name__, exc)
            self.stats.inc_value("breachkb/errors/extract_failed")
            raise DropItem(f"not extracted {item.url}: {exc}") from exc
        if isinstance(result, RejectedDocument):
            self.stats.inc_value("breachkb/errors/rejected")
            self._remember(item, "rejected")
            raise DropItem(f"rejected {item.url}: {result.reason}")
        document, extraction = result
        if not extraction.relevant:
            raise self._off_topic(item, extraction.relevance_reason or "not relevant")
        self._check_window(item, document.published)
        try:
            with session_scope(self.engine) as session:
                stored = store_document(
                    session,
                    document,
                    extraction,
                    source=item.source,
                    resolve=False,
                    captured_at=item.captured_at,
                )
                outcome = "duplicate" if stored.status == "duplicate" else "stored"
                mark_seen(session, [item.url, *item.redirected_from], outcome, stored.article_id)
        except Exception as exc:
            # One article the KB cannot take must not stop the crawl; it is retried next run
            # (not remembered as seen) and counted.
            logger.error("could not store %s: %s: %s", item.url, type(exc).__name__, exc)
            self.stats.inc_value("breachkb/errors/store_failed")
            raise DropItem(f"not stored {item.url}: {exc}") from exc
        self.touched_forces |= stored.force_ids
        self.stats.inc_value(f"breachkb/store/{stored.status}")
        logger.info("%s %s (article %d)", stored.status, item.url, stored.article_id)
        return item

    def _check_window(self, item: ArticleItem, published: Any) -> None:
        """The page's own date outside --since/--until: still stored, but counted and logged."""
        spider = getattr(self.crawler, "spider", None)
        outside = getattr(spider, "page_date_outside", None)
        if outside is not None and outside(published):
            self.stats.inc_value("breachkb/outside_window")
            logger.info("%s is dated %s, outside the crawl's window", item.url, published)
