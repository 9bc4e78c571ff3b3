"""A live line per source on stderr while `breachkb crawl` runs (only on a terminal)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from scrapy import signals

# Set by crawler.runner for the duration of a crawl; the extension is a no-op without it.
DISPLAY: Progress | None = None


def make_display() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        TextColumn("{task.fields[figures]}"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )


class CrawlProgress:
    """Updates one progress line per spider from its stats as pages come in."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.task: Any = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> CrawlProgress:
        ext = cls(crawler)
        for handler, signal in (
            (ext.opened, signals.spider_opened),
            (ext.update, signals.response_received),
            (ext.update, signals.item_scraped),
            (ext.update, signals.item_dropped),
            (ext.closed, signals.spider_closed),
        ):
            crawler.signals.connect(handler, signal=signal)
        return ext

    def opened(self, spider: Any) -> None:
        if DISPLAY is not None:
            name = getattr(getattr(spider, "source", None), "name", spider.name)
            self.task = DISPLAY.add_task(name, total=None, figures="starting")

    def update(self, **_: Any) -> None:
        if DISPLAY is None or self.task is None:
            return
        stats = self.crawler.stats.get_stats()
        figures = (
            f"{stats.get('breachkb/pages_fetched', 0)} fetched, "
            f"{stats.get('breachkb/store/new', 0)} new, "
            f"{stats.get('breachkb/off_topic', 0)} off-topic, "
            f"{stats.get('breachkb/links/skipped_seen', 0)} already seen"
        )
        DISPLAY.update(self.task, figures=figures)

    def closed(self, spider: Any, reason: str) -> None:
        if DISPLAY is not None and self.task is not None:
            DISPLAY.update(self.task, figures=reason)
            DISPLAY.stop_task(self.task)
