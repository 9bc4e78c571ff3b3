"""Real Alembic migrations on a real SQLite file and a real PostgreSQL database: models and
migrations agree both ways, on both."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from backends import PostgresServer
from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

from kb.db import (
    alembic_config,
    head_revision,
    make_engine,
    require_current,
    session_scope,
    upgrade,
)
from kb.errors import NotInitialised
from kb.models import Base, Force, Regulator


def _config(url: str, conn):  # type: ignore[no-untyped-def]
    cfg = alembic_config(url)
    cfg.attributes["connection"] = conn
    return cfg


@pytest.fixture
def empty_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database (no migration run yet) on each backend."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'm.sqlite'}"
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    url = server.create()
    yield url
    server.drop(url)


def test_upgrade_check_downgrade_roundtrip(empty_url: str) -> None:
    url = empty_url
    upgrade(url)
    engine = make_engine(url)
    with engine.begin() as conn:
        command.check(_config(url, conn))  # raises if the models and migrations disagree
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    if engine.dialect.name == "sqlite":
        assert "articles_fts" in tables
    else:
        indexes = {i["name"] for i in inspect(engine).get_indexes("articles")}
        assert "ix_articles_fts" in indexes

    with engine.begin() as conn:
        command.downgrade(_config(url, conn), "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    assert not inspect(engine).get_view_names()

    upgrade(url)
    with engine.begin() as conn:
        command.check(_config(url, conn))
    require_current(engine)


def test_full_text_index_follows_article_writes(sqlite_url: str) -> None:
    """SQLite: FTS5 is a shadow table kept in step by triggers."""
    session = Session(make_engine(sqlite_url))
    session.execute(
        text(
            "INSERT INTO articles (id, canonical_url, fetched_at, text, content_type, "
            "content_hash, relevant, extractor_version, title) VALUES "
            "(1, 'u1', '2024-01-01', 'A memory stick was stolen', 'text', 'h', 1, 'v', 't')"
        )
    )
    hits = session.execute(text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'memory'"))
    assert [r[0] for r in hits] == [1]
    session.execute(text("UPDATE articles SET text = 'a laptop' WHERE id = 1"))
    assert not session.execute(
        text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'memory'")
    ).all()
    session.execute(text("DELETE FROM articles WHERE id = 1"))
    assert not session.execute(
        text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'laptop'")
    ).all()
    session.close()


def test_full_text_index_is_a_gin_expression_index(postgres_db_url: str) -> None:
    """PostgreSQL: the tsvector is an expression index, so writes need no trigger."""
    session = Session(make_engine(postgres_db_url))
    session.execute(
        text(
            "INSERT INTO articles (id, canonical_url, fetched_at, text, content_type, "
            "content_hash, relevant, extractor_version, title) VALUES "
            "(1, 'u1', '2024-01-01', 'A memory stick was stolen', 'text', 'h', true, 'v', 't')"
        )
    )
    match = text(
        "SELECT id FROM articles WHERE to_tsvector('english', coalesce(title, '') || ' ' || "
        "text) @@ websearch_to_tsquery('english', :q)"
    )
    assert [r[0] for r in session.execute(match, {"q": "memory sticks"})] == [1]
    session.execute(text("UPDATE articles SET text = 'a laptop' WHERE id = 1"))
    assert not session.execute(match, {"q": "memory"}).all()
    session.execute(text("SET LOCAL enable_seqscan = off"))
    plan = " ".join(r[0] for r in session.execute(text("EXPLAIN " + str(match)), {"q": "x"}))
    assert "ix_articles_fts" in plan
    session.rollback()
    session.close()


def test_reference_data_is_seeded_and_idempotent(db_url: str) -> None:
    engine = make_engine(db_url)
    with session_scope(engine) as session:
        forces = {f.name: f for f in session.scalars(select(Force))}
        regulators = {r.name for r in session.scalars(select(Regulator))}
    # 43 territorial forces of England and Wales + Police Scotland + PSNI.
    assert sum(f.kind == "territorial" for f in forces.values()) >= 45
    for name in (
        "British Transport Police",
        "Ministry of Defence Police",
        "Civil Nuclear Constabulary",
    ):
        assert forces[name].kind == "special"
    assert "GMP" in forces["Greater Manchester Police"].aliases
    assert "Information Commissioner's Office" in regulators
    assert "Big Brother Watch" not in regulators
    upgrade(db_url)  # a second init must not duplicate anything
    with session_scope(engine) as session:
        assert session.scalar(select(Force).where(Force.name == "Kent Police").limit(1))
        assert len(list(session.scalars(select(Force)))) == len(forces)


def test_empty_database_is_refused_with_a_hint(empty_url: str) -> None:
    engine = make_engine(empty_url)
    with pytest.raises(NotInitialised, match="breachkb init"):
        require_current(engine)


def test_outdated_database_is_refused(empty_url: str) -> None:
    url = empty_url
    upgrade(url)
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'old'"))
    with pytest.raises(NotInitialised, match="breachkb init"):
        require_current(engine)
    assert head_revision() is not None


def test_incidents_view_ranks_actions_in_the_one_severity_order() -> None:
    """Migration 0004 spells out extract/data/actions.toml's order in SQL: they must agree."""
    from importlib import import_module

    from extract.datafiles import load_toml

    migration = import_module("migrations.versions.0004_dates_and_count_periods")
    assert list(migration.SEVERITY) == load_toml("actions.toml")["severity"]


def test_rollup_migration_ranks_actions_in_the_one_severity_order() -> None:
    """Migration 0005 backfills the headline action in the order of actions.toml."""
    from importlib import import_module

    from extract.datafiles import load_toml

    migration = import_module("migrations.versions.0005_incident_rollups")
    assert list(migration.SEVERITY) == load_toml("actions.toml")["severity"]
