"""Reading back the crawl_runs table (what `breachkb runs` lists)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kb.models import CrawlRun

COLUMNS = (
    "id",
    "source",
    "spider",
    "started_at",
    "finished_at",
    "status",
    "pages_fetched",
    "items_stored",
    "off_topic",
    "duplicates",
    "off_topic_share",
    "outside_window",
    "prefilter",
    "prefilter_skips",
    "skipped",
    "errors",
)
_MAPPINGS = ("errors", "skipped", "prefilter_skips")
# What fits a terminal; CSV and JSON carry every column.
TABLE_COLUMNS = (
    "id",
    "source",
    "spider",
    "started_at",
    "status",
    "pages_fetched",
    "items_stored",
    "off_topic",
    "off_topic_share",
    "duplicates",
    "errors",
)


def recent_runs(
    session: Session, source: str | None = None, limit: int = 20
) -> list[dict[str, Any]]:
    """The latest runs first, as plain dicts (errors, skipped and prefilter_skips stay
    {kind: count} mappings); off_topic_share is off-topic pages over pages fetched."""
    query = select(CrawlRun).order_by(CrawlRun.id.desc()).limit(limit)
    if source:
        query = query.where(CrawlRun.source == source)
    rows = []
    for run in session.scalars(query):
        row = {name: getattr(run, name, None) for name in COLUMNS}
        for name in _MAPPINGS:
            row[name] = dict(getattr(run, name) or {})
        row["off_topic_share"] = (
            round(run.off_topic / run.pages_fetched, 3) if run.pages_fetched else None
        )
        rows.append(row)
    return rows
