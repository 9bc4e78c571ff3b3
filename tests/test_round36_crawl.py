"""Round 36: the crawl writer keeps new articles' facts, tallies and evidence back until the end
of its group commit (kb.store.defer_facts) and writes them in one statement each. The KB must
end exactly as when each page wrote its own rows; whatever reads those rows inside the same
transaction (a second store of the page, resolution) sees them; a rollback takes them along."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session

from crawler.writer import Writer
from extract.models import BreachCount, Document, Evidence, Extraction, IncidentFact
from kb import neardup
from kb.db import session_scope
from kb.models import Article, BreachCountRow, EvidenceRow, Incident, IncidentSource
from kb.store import (
    StoreCache,
    defer_facts,
    flush_facts,
    resolve_pending,
    store_document,
    use_cache,
)


@pytest.fixture(autouse=True)
def fresh_index() -> None:
    neardup.invalidate()


def page(n: int) -> Document:
    # Texts far apart, so no page is another's near-duplicate.
    words = " ".join(f"w{n}x{i}" for i in range(60))
    return Document(text=f"Story {n}. {words}", url=f"https://paper.test/story/{n}")


def found(force: str, n: int, facts: int = 2) -> Extraction:
    def ev(field: str, value: str) -> Evidence:
        return Evidence(field, value, f"Sentence {n} about {field}.", 0, 9)

    incidents = [
        IncidentFact(
            force=force,
            breach_year=2015 + n + i,
            breach_type="lost_device" if i % 2 == 0 else "misdirected",
            regulator="Information Commissioner's Office",
            action="reprimand",
            summary=f"Paperwork from case {n}-{i} went astray.",
            key_terms=["paperwork", f"case{n}"],
            evidence=[ev("force", force), ev("breach_year", str(2015 + n + i))][: 1 + i % 2],
        )
        for i in range(facts)
    ]
    counts = [BreachCount(force, "2020", None, 10 + n, Evidence("count", "x", "Ten.", 0, 4))]
    return Extraction(
        relevant=True,
        extractor_version="t",
        incidents=incidents,
        breach_counts=counts if n % 2 else [],
    )


FORCES = ["Kent Police", "Cheshire Constabulary", "Dorset Police"]


def dump(engine: Engine) -> list[list[tuple[Any, ...]]]:
    """Every fact, evidence and tally row, ids included."""
    with Session(engine) as session:
        facts = session.execute(
            select(
                IncidentSource.id,
                IncidentSource.article_id,
                IncidentSource.ordinal,
                IncidentSource.force_id,
                IncidentSource.breach_year,
                IncidentSource.summary,
                IncidentSource.key_terms,
            ).order_by(IncidentSource.id)
        ).all()
        evidence = session.execute(
            select(
                EvidenceRow.id,
                EvidenceRow.incident_source_id,
                EvidenceRow.field,
                EvidenceRow.value,
                EvidenceRow.sentence,
            ).order_by(EvidenceRow.id)
        ).all()
        counts = session.execute(
            select(BreachCountRow.id, BreachCountRow.article_id, BreachCountRow.count).order_by(
                BreachCountRow.id
            )
        ).all()
    return [list(map(tuple, rows)) for rows in (facts, evidence, counts)]


def store_all(engine: Engine, deferred: bool) -> None:
    with session_scope(engine) as session:
        if deferred:
            defer_facts(session)
        for n in range(6):
            store_document(
                session, page(n), found(FORCES[n % 3], n, facts=1 + n % 3), resolve=False
            )


def fact_rows(session: Session) -> int:
    return len(session.connection().execute(select(IncidentSource.id)).all())


def test_deferred_rows_are_the_rows_each_page_would_have_written(engine: Engine) -> None:
    store_all(engine, deferred=False)
    alone = dump(engine)
    for model in (EvidenceRow, BreachCountRow, IncidentSource, Article):
        with session_scope(engine) as session:
            session.execute(model.__table__.delete())
    neardup.invalidate()
    store_all(engine, deferred=True)
    # SQLite and PostgreSQL hand out later ids after the delete: compare ids relative to the
    # first of each table.
    together = dump(engine)
    assert [len(rows) for rows in together] == [len(rows) for rows in alone] == [12, 16, 3]

    def shifted(rows: list[list[tuple[Any, ...]]]) -> list[list[tuple[Any, ...]]]:
        first_fact = rows[0][0][0]
        first_article = rows[0][0][1]
        facts = [(r[0] - first_fact, r[1] - first_article, *r[2:]) for r in rows[0]]
        ev = [(r[0] - rows[1][0][0], r[1] - first_fact, *r[2:]) for r in rows[1]]
        counts = [(r[0] - rows[2][0][0], r[1] - first_article, r[2]) for r in rows[2]]
        return [facts, ev, counts]

    assert shifted(together) == shifted(alone)


def statements_storing(engine: Engine, first: int, deferred: bool) -> list[str]:
    statements: list[str] = []
    with session_scope(engine) as session:
        use_cache(session, StoreCache())  # as the crawl's writer: new pages need no look-up
        if deferred:
            defer_facts(session)
        event.listen(
            session.connection(),
            "before_cursor_execute",
            lambda *args: statements.append(args[2]),
        )
        for n in range(first, first + 4):
            store_document(session, page(n), found("Kent Police", n), resolve=False)
        if deferred:
            assert fact_rows(session) == 8 * (first > 0)  # this transaction's are kept back
            flush_facts(session)
        assert fact_rows(session) == 8 * (1 + (first > 0))
    return statements


def test_deferred_rows_wait_for_the_commit_and_cost_fewer_statements(engine: Engine) -> None:
    alone = statements_storing(engine, 0, deferred=False)
    together = statements_storing(engine, 4, deferred=True)

    def evidence(statements: list[str]) -> int:
        return sum(s.startswith("INSERT INTO evidence") for s in statements)

    assert (evidence(alone), evidence(together)) == (4, 1)  # 4 pages, one statement
    assert len(together) < len(alone)


def test_a_second_store_and_resolution_in_the_transaction_see_deferred_rows(
    engine: Engine,
) -> None:
    with session_scope(engine) as session:
        defer_facts(session)
        first = store_document(session, page(1), found("Kent Police", 1), resolve=False)
        again = store_document(session, page(1), found("Kent Police", 1), resolve=False)
        assert (first.status, again.status) == ("new", "unchanged")
        assert again.article_id == first.article_id
        other = store_document(session, page(2), found("Kent Police", 2), resolve=False)
        resolved = resolve_pending(session, first.force_ids | other.force_ids)
        assert resolved == first.force_ids
        linked = session.scalars(
            select(IncidentSource.incident_id).where(IncidentSource.incident_id.is_not(None))
        ).all()
        assert len(linked) == 4  # every fact of both pages has its incident
    with Session(engine) as session:
        assert session.scalar(select(Incident.id).limit(1)) is not None


def test_a_store_that_resolves_at_once_sees_its_own_rows(engine: Engine) -> None:
    with session_scope(engine) as session:
        defer_facts(session)
        stored = store_document(session, page(3), found("Dorset Police", 3))
        assert len(stored.incident_ids) == 2


def test_deferred_rows_go_with_a_rollback_and_deferral_ends(engine: Engine) -> None:
    session = Session(engine)
    defer_facts(session)
    store_document(session, page(4), found("Kent Police", 4), resolve=False)
    session.rollback()
    neardup.invalidate()
    stored = store_document(session, page(5), found("Kent Police", 5), resolve=False)
    assert fact_rows(session) == 2  # written at once: the deferral ended with the rollback
    session.commit()
    session.close()
    with Session(engine) as check:
        assert check.scalars(select(Article.id)).all() == [stored.article_id]


def test_writer_group_commit_stores_facts_and_a_failing_job_loses_only_itself(
    db_url: str,
) -> None:
    writer = Writer(db_url, max_batch=64, interval=0.01)

    def store(n: int) -> Any:
        def job(session: Session) -> Any:
            if n == 2:
                raise RuntimeError("this page is refused")
            return store_document(session, page(n), found("Kent Police", n), resolve=False)

        return job

    async def crawl() -> list[Any]:
        return await asyncio.gather(
            *(writer.run(store(n)) for n in range(5)), return_exceptions=True
        )

    neardup.invalidate()
    results = asyncio.run(crawl())
    assert isinstance(results[2], RuntimeError)
    stored = [r for r in results if not isinstance(r, Exception)]
    assert len(stored) == 4 and writer.jobs > 5  # the batch failed, its jobs redone alone
    engine = writer.engine
    with Session(engine) as session:
        per_article = {
            a: len(
                session.scalars(
                    select(IncidentSource.id).where(IncidentSource.article_id == a)
                ).all()
            )
            for a in (r.article_id for r in stored)
        }
        assert set(per_article.values()) == {2}
        assert len(session.scalars(select(EvidenceRow.id)).all()) == 4 * 3


def test_each_worker_gets_six_pages_in_flight_by_default() -> None:
    """Two a worker left workers idle while the reactor thread was busy storing."""
    from crawler.extraction import Extractor

    assert Extractor(2).queue_size == 12
    assert Extractor(0).queue_size == 6
    assert Extractor(2, queue_size=3).queue_size == 3  # EXTRACT_QUEUE_SIZE still decides
