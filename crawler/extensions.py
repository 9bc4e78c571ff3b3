"""Records each crawl in `crawl_runs`: opened when the spider opens, figures filled in at close."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from scrapy import signals

from crawler.outcomes import errors_from_stats, final_status, skipped_from_stats
from kb.config import database_url
from kb.db import make_engine, session_scope
from kb.models import CrawlRun

PREFILTER_PREFIX = "breachkb/prefilter_skips/"


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def run_figures(stats: dict[str, Any]) -> dict[str, Any]:
    """The crawl_runs columns, from a crawler's stats."""
    store = {k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("breachkb/store/")}
    return {
        "pages_fetched": stats.get("breachkb/pages_fetched", 0),
        "items_stored": store.get("new", 0) + store.get("updated", 0),
        "off_topic": stats.get("breachkb/off_topic", 0),
        "duplicates": store.get("duplicate", 0),
        "errors": errors_from_stats(stats),
        "skipped": skipped_from_stats(stats),
        "prefilter": stats.get("breachkb/prefilter"),
        "prefilter_skips": {
            k[len(PREFILTER_PREFIX) :]: v
            for k, v in sorted(stats.items())
            if k.startswith(PREFILTER_PREFIX)
        },
        "outside_window": stats.get("breachkb/outside_window", 0),
    }


class CrawlRunRecorder:
    """One crawl_runs row per spider run; its id goes into the stats as `breachkb/run_id`."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.engine = make_engine(database_url(crawler.settings.get("DATABASE_URL")))
        self.run_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> CrawlRunRecorder:
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Any) -> None:
        source = getattr(spider, "source", None)
        with session_scope(self.engine) as session:
            run = CrawlRun(
                source=getattr(source, "name", None) or spider.name,
                spider=spider.name,
                started_at=_now(),
                status="running",
            )
            session.add(run)
            session.flush()
            self.run_id = run.id
        self.crawler.stats.set_value("breachkb/run_id", self.run_id)

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.run_id is None:
            return
        figures = run_figures(self.crawler.stats.get_stats())
        with session_scope(self.engine) as session:
            run = session.get(CrawlRun, self.run_id)
            if run is None:
                return
            run.finished_at = _now()
            run.status = final_status(reason, self.crawler.stats.get_stats())
            for key, value in figures.items():
                setattr(run, key, value)
