"""Full-text search on PostgreSQL (to_tsvector / websearch_to_tsquery / ts_headline), on a
database of its own on the test server (`make test` starts one; see tests/backends.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from backends import PostgresServer
from sqlalchemy import text
from sqlalchemy.orm import Session
from web_corpus import STORIES, build_kb

from kb.db import make_engine
from kb.search import search


@pytest.fixture(scope="module")
def pg_session(postgres_server: PostgresServer) -> Iterator[Session]:
    url = postgres_server.create()
    build_kb(url)
    with Session(make_engine(url)) as session:
        yield session
    postgres_server.drop(url)


def _stories_containing(word: str) -> set[str]:
    return {s.title for s in STORIES if word in s.text.lower()}


@pytest.mark.parametrize("query, word", [("laptop", "laptop"), ("USB sticks", "usb stick")])
def test_postgres_search_matches_and_highlights(pg_session: Session, query: str, word: str) -> None:
    hits = search(pg_session, query)
    assert {h.title for h in hits} == _stories_containing(word)
    for hit in hits:
        assert re.search(r"\*\*\w+\*\*", hit.snippet)
        assert hit.incident_ids


def test_postgres_phrase_and_or(pg_session: Session) -> None:
    assert {h.title for h in search(pg_session, '"memory stick"')} == _stories_containing(
        "memory stick"
    )
    either = {h.title for h in search(pg_session, "laptop OR reprimand")}
    assert either == _stories_containing("laptop") | _stories_containing("reprimand")


def test_postgres_search_uses_the_gin_index(pg_session: Session) -> None:
    pg_session.execute(text("SET enable_seqscan = off"))
    plan = "\n".join(
        row[0]
        for row in pg_session.execute(
            text(
                "EXPLAIN SELECT id FROM articles a WHERE to_tsvector('english', "
                "coalesce(a.title, '') || ' ' || a.text) @@ websearch_to_tsquery('english', 'x')"
            )
        )
    )
    assert "ix_articles_fts" in plan


def test_export_from_postgres(pg_session: Session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kb.export import export

    result = export(pg_session, tmp_path, "jsonl")
    assert {f.table for f in result.files} >= {"articles", "incidents", "incidents_view"}
    assert next(f for f in result.files if f.table == "articles").rows == len(STORIES)
