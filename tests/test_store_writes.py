"""kb.store as the crawl's writer drives it: several documents per transaction (kb.db's writer
engine), a run's shared lookups (StoreCache), new articles written in Core statements."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from extract.models import BreachCount, Document, Evidence, Extraction, IncidentFact
from kb import neardup
from kb.db import session_scope
from kb.models import Article, BreachCountRow, EvidenceRow, IncidentSource, Source
from kb.store import StoreCache, store_document, use_cache

DEDUP = Path(__file__).resolve().parent / "data" / "dedup"


def text(name: str) -> str:
    return (DEDUP / f"{name}.txt").read_text(encoding="utf-8")


def doc(name: str, url: str, body: str | None = None) -> Document:
    return Document(text=body if body is not None else text(name), url=url)


OFF = Extraction(relevant=False, relevance_reason="test", extractor_version="t")


@pytest.fixture(autouse=True)
def fresh_index() -> None:
    neardup.invalidate()


class Boom(Exception):
    pass


def test_copy_stored_in_the_same_transaction_links_and_a_rollback_forgets(engine: Engine) -> None:
    with session_scope(engine) as session:
        store_document(session, doc("b1_spreadsheet", "https://a.example/b1"), OFF, resolve=False)
    with pytest.raises(Boom), session_scope(engine) as session:
        a1 = store_document(
            session, doc("a1_northwest_daily", "https://a.example/a1"), OFF, resolve=False
        )
        copy = store_document(
            session, doc("a1_syndicated", "https://b.example/a1"), OFF, resolve=False
        )
        assert (copy.status, copy.duplicate_of) == ("duplicate", a1.article_id)
        raise Boom
    with session_scope(engine) as session:
        # The rolled-back original never existed (SQLite may hand its id to the next row).
        d1 = store_document(
            session, doc("d1_other_force", "https://b.example/d1"), OFF, resolve=False
        )
        assert d1.status == "new"
        again = store_document(
            session, doc("a1_syndicated", "https://b.example/a1"), OFF, resolve=False
        )
        assert (again.status, again.duplicate_of) == ("new", None)
        d1_copy = text("d1_other_force").replace("supermarket", "petrol station")
        near = store_document(session, doc("", "https://c.example/d1", d1_copy), OFF, resolve=False)
        assert (near.status, near.duplicate_of) == ("duplicate", d1.article_id)


def test_a_source_added_by_a_rolled_back_transaction_is_not_remembered(engine: Engine) -> None:
    cache = StoreCache()
    with pytest.raises(Boom), session_scope(engine) as session:
        use_cache(session, cache)
        store_document(session, doc("b1_spreadsheet", "https://a.example/b1"), OFF, source="New")
        raise Boom
    with session_scope(engine) as session:
        use_cache(session, cache)
        stored = store_document(
            session, doc("b1_spreadsheet", "https://a.example/b1"), OFF, source="New"
        )
        assert stored.status == "new"
    with session_scope(engine) as session:
        use_cache(session, cache)
        other = store_document(
            session, doc("d1_other_force", "https://a.example/d1"), OFF, source="New"
        )
    with Session(engine) as session:
        sources = session.scalars(select(Source.id).where(Source.name == "New")).all()
        owners = {a.source_id for a in session.scalars(select(Article))}
    assert len(sources) == 1 and owners == {sources[0]}
    assert other.status == "new"


def facts(force: str) -> Extraction:
    def ev(field: str, value: str) -> Evidence:
        return Evidence(field, value, f"The {field} sentence.", 0, 12)

    return Extraction(
        relevant=True,
        extractor_version="t",
        incidents=[
            IncidentFact(
                force=force,
                breach_year=2021,
                breach_type="lost_device",
                action="reprimand",
                regulator="Information Commissioner's Office",
                summary="A laptop was lost.",
                key_terms=["laptop", "lost"],
                evidence=[ev("force", force), ev("breach_year", "2021")],
            ),
            IncidentFact(
                force=force,
                breach_year=2019,
                breach_type="misdirected",
                fine_amount=1000,
                fine_currency="GBP",
                mention="passing",
                evidence=[ev("fine_amount", "1000")],
            ),
            IncidentFact(force=None, breach_year=2020),
        ],
        breach_counts=[
            BreachCount(force, "2019-2021", None, 40, Evidence("count", "40", "Forty.", 0, 5)),
            BreachCount(force, "2020", "lost_device", 7, approximate=True),
        ],
    )


def test_a_new_articles_facts_are_the_rows_a_rewrite_writes(engine: Engine) -> None:
    """New articles' facts, evidence and tallies go in as Core statements; rewriting them
    through the ORM (a forced refresh) finds exactly the same rows."""
    page = doc("b1_spreadsheet", "https://a.example/b1")
    with session_scope(engine) as session:
        first = store_document(session, page, facts("Kent Police"), resolve=False)
        second = store_document(
            session, doc("d1_other_force", "https://a.example/d1"), facts("Kent Police")
        )
    assert first.status == "new" and second.status == "new"
    assert first.force_ids and first.force_ids == second.force_ids
    with Session(engine) as session:
        counts = [
            session.scalar(select(func.count()).select_from(model))
            for model in (IncidentSource, EvidenceRow, BreachCountRow)
        ]
        article = session.get(Article, first.article_id)
        assert article is not None
        assert [f.ordinal for f in article.facts] == [0, 1, 2]
        assert [len(f.evidence) for f in article.facts] == [2, 1, 0]
        assert article.facts[0].key_terms == ["laptop", "lost"]
        assert article.facts[0].regulator_id is not None
    assert counts == [6, 6, 4]
    with session_scope(engine) as session:
        again = store_document(session, page, facts("Kent Police"), refresh=True, resolve=False)
    assert again.status == "unchanged"
    with session_scope(engine) as session:
        changed = store_document(session, page, facts("Cheshire Constabulary"), refresh=True)
    assert changed.status == "updated"
