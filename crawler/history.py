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
    "errors",
)


def recent_runs(
    session: Session, source: str | None = None, limit: int = 20
) -> list[dict[str, Any]]:
    """The latest runs first, as plain dicts (errors stays a {kind: count} mapping)."""
    query = select(CrawlRun).order_by(CrawlRun.id.desc()).limit(limit)
    if source:
        query = query.where(CrawlRun.source == source)
    rows = []
    for run in session.scalars(query):
        row = {name: getattr(run, name) for name in COLUMNS}
        row["errors"] = dict(run.errors or {})
        rows.append(row)
    return rows
