"""Run the crawls of several sources in one Scrapy process (the reactor cannot restart)."""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Any

from scrapy.crawler import AsyncCrawlerProcess, Crawler
from scrapy.settings import SETTINGS_PRIORITIES, Settings

from crawler import progress as progress_module
from crawler.contact import require_contact, user_agent
from crawler.extensions import run_figures
from crawler.frontier import frontier_settings
from crawler.outcomes import FAILED, final_status
from crawler.sources import Source
from crawler.spiders.feed import FeedSpider
from crawler.spiders.listing import ListingSpider
from crawler.spiders.sitemap import SitemapSpider
from crawler.spiders.source import SourceSpider
from kb.config import database_url
from kb.db import make_engine, require_current

logger = logging.getLogger(__name__)

SPIDERS: dict[str, type[SourceSpider]] = {
    "feed": FeedSpider,
    "sitemap": SitemapSpider,
    "listing": ListingSpider,
}
ENV_STATE_DIR = "BREACHKB_STATE_DIR"
DEFAULT_STATE_DIR = ".breachkb"


def state_dir(cli_value: str | Path | None = None) -> Path:
    """Where job queues (`--resume`) and per-source locks live."""
    return Path(cli_value or os.environ.get(ENV_STATE_DIR) or DEFAULT_STATE_DIR)


@dataclass
class RunSummary:
    """What one source's crawl did, from its Scrapy stats."""

    source: str
    spider: str
    status: str
    run_id: int | None = None
    pages_fetched: int = 0
    items_stored: int = 0
    off_topic: int = 0
    duplicates: int = 0
    skipped_seen: int = 0
    skipped_prefilter: int = 0
    outside_window: int = 0
    prefilter: str | None = None
    errors: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    prefilter_skips: dict[str, int] = field(default_factory=dict)

    @property
    def off_topic_share(self) -> float | None:
        """Of the pages fetched, the share the extractor judged off-topic."""
        return round(self.off_topic / self.pages_fetched, 3) if self.pages_fetched else None

    def as_row(self) -> dict[str, Any]:
        row = dict(self.__dict__)
        row["off_topic_share"] = self.off_topic_share
        row["errors"] = sum(self.errors.values())
        row["error_kinds"] = ", ".join(f"{k}={v}" for k, v in self.errors.items())
        for name in ("skipped", "prefilter_skips"):
            row[name] = ", ".join(f"{k}={v}" for k, v in getattr(self, name).items())
        return row

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__) | {"off_topic_share": self.off_topic_share}

    def line(self) -> str:
        """One line for stderr: what the source's run came to."""
        text = f"{self.source}: {self.status}"
        if self.status == FAILED:
            text += ", every request failed"
        elif self.status != "locked":
            text += f", {self.pages_fetched} fetched, {self.items_stored} stored"
        if self.errors:
            text += " (" + ", ".join(f"{k}={v}" for k, v in self.errors.items()) + ")"
        return text


def crawl_settings(
    *,
    db_url: str | None = None,
    sources_file: str | Path | None = None,
    refresh: bool = False,
    overrides: dict[str, str] | None = None,
) -> Settings:
    """crawler.settings, then the command line's choices, then `-s NAME=VALUE` overrides."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("DATABASE_URL", database_url(db_url), priority="cmdline")
    if sources_file:
        settings.set("SOURCES_FILE", str(sources_file), priority="cmdline")
    if refresh:
        settings.set("REFRESH", True, priority="cmdline")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    if "USER_AGENT" not in (overrides or {}) and not os.environ.get("BREACHKB_USER_AGENT"):
        # The User-Agent names the contact URL, however that was set.
        settings.set("USER_AGENT", user_agent(settings.get("CONTACT_URL")), priority="cmdline")
    return settings


def _with(settings: Settings, **values: Any) -> Settings:
    copy = settings.copy()
    for name, value in values.items():
        copy.set(name, value, priority="cmdline")
    return copy


@contextmanager
def source_lock(directory: Path, name: str) -> Iterator[IO[str] | None]:
    """An exclusive per-source lock file: None when another process is crawling the source."""
    directory.mkdir(parents=True, exist_ok=True)
    handle = (directory / f"{name}.lock").open("w")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        yield None
        return
    try:
        yield handle
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def run_crawls(
    sources: list[Source],
    settings: Settings,
    *,
    since: date | str | None = None,
    until: date | str | None = None,
    resume: bool = False,
    state: Path | None = None,
    install_root_handler: bool = False,
    progress: bool = False,
    spider: type[SourceSpider] | None = None,
    spider_args: dict[str, Any] | None = None,
    redis_url: str | None = None,
) -> list[RunSummary]:
    """Crawl every source at once in one process; returns one summary per source, in order.

    A source already being crawled by another process is skipped (status `locked`). `spider`
    replaces the source's own kind of spider (a backfill reads a source through the web
    archive); it has its own locks and job queues. With `redis_url`, the sources' queues and
    seen requests live in that Redis, shared with every other crawler given it
    (crawler.frontier).
    """
    # Fail before any request, with the fix in the message.
    require_contact(settings, (url for source in sources for url in source.seed_urls()))
    engine = make_engine(settings.get("DATABASE_URL"))
    require_current(engine)
    state = state or state_dir()

    def job(name: str) -> str:
        return f"{name}.{spider.name}" if spider else name

    started: list[tuple[Source, Crawler | None]] = []
    with ExitStack() as locks:
        runnable = []
        for source in sources:
            if locks.enter_context(source_lock(state / "locks", job(source.name))) is None:
                logger.warning("%s: already being crawled by another process", source.name)
            else:
                runnable.append(source)
        if runnable and settings.getint("EXTRACT_WORKERS", 0) > 0:
            # The workers' forkserver boots (spaCy, the pipeline) while Scrapy sets up.
            from crawler.extraction import prestart

            prestart()
        # The process installs the reactor: only create it when there is something to crawl.
        process = (
            AsyncCrawlerProcess(_with(settings, LOG_INSTALL_ROOT_HANDLER=install_root_handler))
            if runnable
            else None
        )
        for source in sources:
            if process is None or source not in runnable:
                started.append((source, None))
                continue
            per_source = settings.copy()
            if progress:
                per_source.set(
                    "EXTENSIONS",
                    {**per_source.getdict("EXTENSIONS"), "crawler.progress.CrawlProgress": 600},
                    priority="cmdline",
                )
            if resume:
                per_source.set("JOBDIR", str(state / "jobs" / job(source.name)), priority="cmdline")
            if redis_url:
                for name, value in frontier_settings(redis_url, job(source.name)).items():
                    # `-s FRONTIER_TTL=...` and the like, set on the command line, still win.
                    if (per_source.getpriority(name) or 0) < SETTINGS_PRIORITIES["cmdline"]:
                        per_source.set(name, value, priority="cmdline")
            new = Crawler(spider or SPIDERS[source.kind], per_source)
            process.crawl(new, source=source, since=since, until=until, **(spider_args or {}))
            started.append((source, new))
        if process is not None:
            if progress:
                progress_module.DISPLAY = progress_module.make_display()
                try:
                    with progress_module.DISPLAY:
                        process.start()
                finally:
                    progress_module.DISPLAY = None
            else:
                process.start()
    summaries = []
    for source, crawler in started:
        kind = spider.name if spider else source.kind
        if crawler is None:
            summaries.append(RunSummary(source.name, kind, "locked"))
            continue
        try:
            stats = crawler.stats.get_stats() if crawler.stats else {}
        except RuntimeError:  # the crawl never started (Scrapy sets stats when it does)
            stats = {}
        status = final_status(stats.get("finish_reason", FAILED), stats)
        if resume and status == "finished":
            # A finished crawl leaves nothing to resume; the next --resume starts afresh.
            shutil.rmtree(state / "jobs" / job(source.name), ignore_errors=True)
        figures = run_figures(stats)
        summaries.append(
            RunSummary(
                source=source.name,
                spider=kind,
                status=status,
                run_id=stats.get("breachkb/run_id"),
                skipped_seen=stats.get("breachkb/links/skipped_seen", 0),
                skipped_prefilter=stats.get("breachkb/links/skipped_prefilter", 0),
                **figures,
            )
        )
    return summaries
