"""The item pipeline: every fetched article through extract and kb.store, like `breachkb load`.

A cheap raw-page scan (extract.raw_scan) drops pages that cannot name a police force before
cleaning; clean + extract run in worker processes (crawler.extraction); the KB is written from
this process only, in group commits (crawler.writer): one transaction for the pages that
arrive together.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy.exceptions import DropItem
from sqlalchemy.orm import Session

from crawler.extraction import Extracted, Extractor
from crawler.items import ArticleItem
from crawler.writer import Writer, writer_for
from extract.errors import RejectedDocument
from extract.parallel import RawInput
from extract.raw_scan import scan
from kb.config import database_url
from kb.db import make_engine, require_current
from kb.seen import mark_seen
from kb.store import StoreResult, resolve_pending, store_document

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
        self.writer: Writer | None = None
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
        require_current(make_engine(self.db_url))
        self.writer = writer_for(self.db_url)

    async def close_spider(self) -> None:
        # Incidents are resolved once per crawl, not per article (see kb.store.store_document),
        # in a transaction of the writer's, after every page of this spider has committed.
        if self.writer is not None:
            forces = set(self.touched_forces)
            await self.writer.run(lambda session: resolve_pending(session, forces))
        self.writer = None

    async def _remember(self, item: ArticleItem, outcome: str) -> None:
        assert self.writer is not None
        urls = [item.url, *item.redirected_from]
        await self.writer.run(lambda session: mark_seen(session, urls, outcome))

    async def _off_topic(self, item: ArticleItem, reason: str) -> DropItem:
        self.stats.inc_value("breachkb/off_topic")
        await self._remember(item, "off_topic")
        return DropItem(f"off-topic {item.url}: {reason}", log_level="INFO")

    async def process_item(self, item: ArticleItem) -> ArticleItem:
        assert self.writer is not None
        if self.raw_scan:
            verdict = scan(item.body, item.url)
            if not verdict.keep:
                self.stats.inc_value("breachkb/raw_scan_rejected")
                raise await self._off_topic(item, verdict.reason)
        raw = RawInput(item.body, url=item.url, content_type=item.content_type)
        try:
            result = await self.extractor.run(raw)
        except Exception as exc:  # an extractor bug: count it, keep crawling, retry next run
            logger.error("could not extract %s: %s: %s", item.url, type(exc).__name__, exc)
            self.stats.inc_value("breachkb/errors/extract_failed")
            raise DropItem(f"not extracted {item.url}: {exc}") from exc
        if isinstance(result, RejectedDocument):
            self.stats.inc_value("breachkb/errors/rejected")
            await self._remember(item, "rejected")
            raise DropItem(f"rejected {item.url}: {result.reason}")
        if not result.extraction.relevant:
            reason = result.extraction.relevance_reason or "not relevant"
            raise await self._off_topic(item, reason)
        self._check_window(item, result.document.published)
        try:
            stored = await self.writer.run(lambda session: _store(session, item, result))
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


def _store(session: Session, item: ArticleItem, result: Extracted) -> StoreResult:
    """A writer job: the article, and its URLs remembered, in the same transaction."""
    stored = store_document(
        session,
        result.document,
        result.extraction,
        source=item.source,
        resolve=False,
        captured_at=item.captured_at,
        text_hash=result.text_hash,
        sig=result.sig,
        raw_z=result.raw_z,
    )
    outcome = "duplicate" if stored.status == "duplicate" else "stored"
    mark_seen(session, [item.url, *item.redirected_from], outcome, stored.article_id)
    return stored
