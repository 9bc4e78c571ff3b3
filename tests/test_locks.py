"""The store lock (kb/locks.py) on PostgreSQL: taken once per transaction, however many
documents it stores, and really held until that transaction ends."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from kb.db import make_engine
from kb.locks import STORE_NAMESPACE, lock_store

HELD = text(
    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = :ns AND granted"
)


def held(db_url: str) -> int:
    """Store locks granted, seen from another connection."""
    with make_engine(db_url).connect() as conn:
        return int(conn.execute(HELD, {"ns": STORE_NAMESPACE}).scalar_one())


def test_second_store_of_a_transaction_does_not_lock_again(postgres_db_url: str) -> None:
    with Session(make_engine(postgres_db_url)) as session:
        assert lock_store(session) is True  # rows loaded before may be stale: re-read them
        assert lock_store(session) is False  # held already: nobody stored meanwhile
        assert held(postgres_db_url) == 1
        session.commit()
        assert held(postgres_db_url) == 0
        assert lock_store(session) is True  # a new transaction takes it again
        session.rollback()
        assert held(postgres_db_url) == 0
        assert lock_store(session) is True


def test_sqlite_takes_no_lock(sqlite_url: str) -> None:
    with Session(make_engine(sqlite_url)) as session:
        assert lock_store(session) is False
