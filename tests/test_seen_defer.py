"""kb.seen's deferred marks: gathered rows belong to their transaction, written at the latest
when it commits, gone with it when it rolls back."""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from kb.db import session_scope
from kb.models import SeenUrl
from kb.seen import defer_marks, flush_marks, mark_seen


def seen(engine: Engine) -> dict[str, str]:
    with engine.connect() as conn:
        return dict(conn.execute(select(SeenUrl.canonical_url, SeenUrl.outcome)).all())


def test_deferred_marks_are_written_by_the_commit(engine: Engine) -> None:
    with session_scope(engine) as session:
        defer_marks(session)
        mark_seen(session, ["https://news.test/1"], "off_topic")
        mark_seen(session, ["https://news.test/1", "https://news.test/2"], "stored")
        assert seen(engine) == {}  # nothing written yet, let alone committed
    assert seen(engine) == {"https://news.test/1": "stored", "https://news.test/2": "stored"}


def test_flushed_marks_are_readable_in_their_transaction(engine: Engine) -> None:
    with session_scope(engine) as session:
        defer_marks(session)
        mark_seen(session, ["https://news.test/3"], "rejected")
        flush_marks(session)
        assert session.scalars(select(SeenUrl.outcome)).all() == ["rejected"]
        mark_seen(session, ["https://news.test/4"], "error")  # no longer deferred
        assert len(session.scalars(select(SeenUrl.outcome)).all()) == 2


def test_deferred_marks_go_with_a_rollback_and_deferral_ends(engine: Engine) -> None:
    session = Session(engine)
    defer_marks(session)
    mark_seen(session, ["https://news.test/5"], "off_topic")
    session.rollback()
    mark_seen(session, ["https://news.test/6"], "off_topic")  # written at once
    session.commit()
    session.close()
    assert seen(engine) == {"https://news.test/6": "off_topic"}
