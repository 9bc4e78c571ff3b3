"""Real Alembic migrations on a real SQLite file: models and migrations agree both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, select, text

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


def test_upgrade_check_downgrade_roundtrip(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.sqlite'}"
    upgrade(url)
    engine = make_engine(url)
    with engine.begin() as conn:
        command.check(_config(url, conn))  # raises if the models and migrations disagree
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "articles_fts" in tables

    with engine.begin() as conn:
        command.downgrade(_config(url, conn), "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}

    upgrade(url)
    require_current(engine)


def test_full_text_index_follows_article_writes(session) -> None:  # type: ignore[no-untyped-def]
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


def test_empty_database_is_refused_with_a_hint(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    with pytest.raises(NotInitialised, match="breachkb init"):
        require_current(engine)


def test_outdated_database_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
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
