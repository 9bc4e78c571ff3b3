"""The item pipeline: every fetched article through extract and kb.store, like `breachkb load`."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.exceptions import DropItem
from sqlalchemy import Engine

from crawler.items import ArticleItem
from crawler.seen import mark_seen
from extract.errors import RejectedDocument
from extract.pipeline import process
from kb.config import database_url
from kb.db import make_engine, require_current, session_scope
from kb.store import resolve_pending, store_document

logger = logging.getLogger(__name__)


class KnowledgeBasePipeline:
    """Clean, extract, and store relevant articles; remember every outcome in seen_urls."""

    def __init__(self, db_url: str | None, stats: Any) -> None:
        self.db_url = database_url(db_url)
        self.stats = stats
        self.engine: Engine | None = None
        self.touched_forces: set[int] = set()

    @classmethod
    def from_crawler(cls, crawler: Any) -> KnowledgeBasePipeline:
        return cls(crawler.settings.get("DATABASE_URL"), crawler.stats)

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

    def process_item(self, item: ArticleItem) -> ArticleItem:
        assert self.engine is not None
        try:
            document, extraction = process(item.body, url=item.url, content_type=item.content_type)
        except RejectedDocument as exc:
            self.stats.inc_value("breachkb/errors/rejected")
            self._remember(item, "rejected")
            raise DropItem(f"rejected {item.url}: {exc.reason}") from None
        except Exception as exc:  # an extractor bug: count it, keep crawling, retry next run
            logger.exception("could not extract %s", item.url)
            self.stats.inc_value("breachkb/errors/extract_failed")
            raise DropItem(f"not extracted {item.url}: {exc}") from exc
        if not extraction.relevant:
            self.stats.inc_value("breachkb/off_topic")
            self._remember(item, "off_topic")
            raise DropItem(f"off-topic {item.url}: {extraction.relevance_reason}", log_level="INFO")
        try:
            with session_scope(self.engine) as session:
                result = store_document(
                    session, document, extraction, source=item.source, resolve=False
                )
                outcome = "duplicate" if result.status == "duplicate" else "stored"
                mark_seen(session, [item.url, *item.redirected_from], outcome, result.article_id)
        except Exception as exc:
            # One article the KB cannot take must not stop the crawl; it is retried next run
            # (not remembered as seen) and counted.
            logger.exception("could not store %s", item.url)
            self.stats.inc_value("breachkb/errors/store_failed")
            raise DropItem(f"not stored {item.url}: {exc}") from exc
        self.touched_forces |= result.force_ids
        self.stats.inc_value(f"breachkb/store/{result.status}")
        logger.info("%s %s (article %d)", result.status, item.url, result.article_id)
        return item
