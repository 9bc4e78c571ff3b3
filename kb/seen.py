"""The KB's memory of fetched pages (`seen_urls`), keyed by canonical URL."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from kb.canonical_url import InvalidURL, canonicalize
from kb.db import insert_for
from kb.models import Article, SeenUrl


def canonical_or_none(url: str) -> str | None:
    try:
        return canonicalize(url)
    except InvalidURL:
        return None


def load_seen(engine: Engine) -> set[str]:
    """Every canonical URL fetched by an earlier crawl or already in the KB as an article
    (loaded from a WARC or JSONL file, say): a few MB for 100k URLs."""
    with engine.connect() as conn:
        seen = set(conn.scalars(select(SeenUrl.canonical_url)))
        seen.update(conn.scalars(select(Article.canonical_url).where(Article.url.is_not(None))))
    return seen


def seen_outcomes(engine: Engine) -> dict[str, str]:
    """Canonical URL -> what became of it (seen_urls' outcome; `stored` for articles)."""
    with engine.connect() as conn:
        rows = conn.execute(select(SeenUrl.canonical_url, SeenUrl.outcome))
        known: dict[str, str] = {url: outcome for url, outcome in rows}
        for url in conn.scalars(select(Article.canonical_url).where(Article.url.is_not(None))):
            known.setdefault(url, "stored")
    return known


def mark_seen(
    session: Session, urls: Iterable[str], outcome: str, article_id: int | None = None
) -> None:
    """Record (or refresh) the outcome of fetching these URLs, all of them one page."""
    now = datetime.now(UTC).replace(tzinfo=None)
    keys = sorted({key for key in map(canonical_or_none, urls) if key})
    if not keys:
        return
    # An upsert: several crawlers may record the same URL at once (PostgreSQL).
    insert = insert_for(session)
    stmt = insert(SeenUrl).values(
        [
            dict(
                canonical_url=k,
                outcome=outcome,
                first_seen=now,
                last_seen=now,
                article_id=article_id,
            )
            for k in keys
        ]
    )
    session.execute(
        stmt.on_conflict_do_update(
            index_elements=["canonical_url"],
            set_={
                "outcome": stmt.excluded.outcome,
                "last_seen": stmt.excluded.last_seen,
                "article_id": stmt.excluded.article_id,
            },
        )
    )
