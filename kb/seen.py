"""The KB's memory of fetched pages (`seen_urls`), keyed by canonical URL."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session, SessionTransaction

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


_DEFERRED = "breachkb.seen.deferred"  # session.info: marks waiting for `flush_marks`


def mark_seen(
    session: Session, urls: Iterable[str], outcome: str, article_id: int | None = None
) -> None:
    """Record (or refresh) the outcome of fetching these URLs, all of them one page.

    In a session that `defer_marks`, the rows wait for `flush_marks` (at the latest, the
    commit) and are written together, in the same transaction."""
    now = datetime.now(UTC).replace(tzinfo=None)
    keys = sorted({key for key in map(canonical_or_none, urls) if key})
    if not keys:
        return
    rows: list[dict[str, Any]] = [
        dict(canonical_url=k, outcome=outcome, first_seen=now, last_seen=now, article_id=article_id)
        for k in keys
    ]
    deferred: dict[str, dict[str, Any]] | None = session.info.get(_DEFERRED)
    if deferred is None:
        session.connection().execute(_upsert(insert_for(session)), rows)
        return
    for key, row in zip(keys, rows, strict=True):
        earlier = deferred.get(key)
        if earlier is not None:  # marked twice in the transaction: the upserts' net effect
            row["first_seen"] = earlier["first_seen"]
        deferred[key] = row


def defer_marks(session: Session) -> None:
    """Let this session's `mark_seen` rows gather until `flush_marks` or the commit, when one
    statement writes them all (a crawl's group commit marks dozens of pages; a statement each
    cost more than their rows).

    Gathered rows are written exactly as the upserts one by one would have left the table:
    new URLs are inserted in the order first marked (so their ids are the same), and a URL
    marked twice ends with the later outcome and the earlier first_seen. The marks belong to
    the session's transaction (begun here when none is): they go with it when it rolls back."""
    session.connection()
    session.info.setdefault(_DEFERRED, {})


def flush_marks(session: Session) -> None:
    """Write the rows `mark_seen` gathered in this session; marks are deferred no longer."""
    deferred: dict[str, dict[str, Any]] | None = session.info.pop(_DEFERRED, None)
    if deferred:
        session.connection().execute(_upsert(insert_for(session)), list(deferred.values()))


@event.listens_for(Session, "before_commit")
def _flush_before_commit(session: Session) -> None:
    """Gathered marks are part of the transaction: never committed without them."""
    if session.info.get(_DEFERRED):
        flush_marks(session)


@event.listens_for(Session, "after_transaction_end")
def _drop_on_end(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # rolled back (or committed, flushed already)
        session.info.pop(_DEFERRED, None)


@cache
def _upsert(insert: Callable[[Any], Any]) -> Any:
    """An upsert, built once per dialect (building it cost more than running it): several
    crawlers may record the same URL at once (PostgreSQL)."""
    stmt = insert(SeenUrl.__table__)
    return stmt.on_conflict_do_update(
        index_elements=["canonical_url"],
        set_={
            "outcome": stmt.excluded.outcome,
            "last_seen": stmt.excluded.last_seen,
            "article_id": stmt.excluded.article_id,
        },
    )
