"""Several writers on one KB: who waits for whom.

PostgreSQL takes several loaders and crawlers at once. Transaction-level advisory locks (freed
at commit or rollback, so a crashed writer never leaves one behind) serialise the two steps
that read what other writers may be writing:
- storing a document: the near-duplicate check must see every article committed before it, and
  article ids must grow in commit order for the signature index to catch up by id; the costly
  part, extraction, runs before the lock;
- resolving a force's incidents: the resolver rebuilds all of a force's incidents from all its
  facts, so two resolvers of one force must not interleave. A lock per force, rather than
  SERIALIZABLE with retries: two resolutions of one force always conflict, and a retry would
  redo the whole clustering, while the lock just queues the second behind the first.
SQLite has one writer at a time anyway (kb.db begins each writing transaction IMMEDIATE).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import event, text
from sqlalchemy.orm import Session, SessionTransaction

STORE_NAMESPACE = 0x424B0001  # two-int advisory keys: (namespace, id)
RESOLVE_NAMESPACE = 0x424B0002
_LOCK = text("SELECT pg_advisory_xact_lock(:namespace, :key)")


def _is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


_STORE_HELD = "breachkb.locks.store_held"  # session.info: this transaction holds the store lock


def lock_store(session: Session) -> bool:
    """Wait until no other transaction is storing a document (held until this one ends).

    True when a lock was taken: rows loaded before may be stale, so the caller re-reads them.
    False on SQLite, and for the second and later documents of a transaction that already
    holds the lock (a crawl commits several at once): nobody else can have stored since.
    """
    if not _is_postgres(session) or session.info.get(_STORE_HELD):
        return False
    session.execute(_LOCK, {"namespace": STORE_NAMESPACE, "key": 0})
    session.info[_STORE_HELD] = True
    return True


def holds_store_lock(session: Session) -> bool:
    """Whether no other writer can store while this session's transaction lasts: it holds the
    store lock (PostgreSQL), or SQLite's write lock, which kb.db's writer engine takes at
    BEGIN (IMMEDIATE)."""
    if _is_postgres(session):
        return bool(session.info.get(_STORE_HELD))
    if session.get_bind().dialect.name != "sqlite" or not session.in_transaction():
        return False
    return bool(session.connection().get_execution_options().get("sqlite_begin") == "IMMEDIATE")


@event.listens_for(Session, "after_transaction_end")
def _on_transaction_end(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the database transaction ended: its locks are gone
        session.info.pop(_STORE_HELD, None)


def lock_forces(session: Session, force_ids: Iterable[int]) -> bool:
    """Wait until no other transaction is resolving these forces; in id order, so two
    resolvers of overlapping forces cannot deadlock. True when locks were taken."""
    if not _is_postgres(session):
        return False
    for force_id in sorted(set(force_ids)):
        session.execute(_LOCK, {"namespace": RESOLVE_NAMESPACE, "key": force_id})
    return True
