"""Serving a PostgreSQL KB: `breachkb export --format sqlite` copies it, from one snapshot,
into a SQLite KB that `breachkb serve` (Datasette) shows like any other."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from web_corpus import STORIES, build_kb

from kb.cli import cli
from kb.db import make_engine, require_current
from kb.models import Article, EvidenceRow, Incident, IncidentSource
from kb.web.server import make_datasette


def _counts(url: str) -> dict[str, int]:
    with Session(make_engine(url)) as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Article, Incident, IncidentSource, EvidenceRow)
        }


def test_sqlite_copy_of_the_kb_is_complete_and_servable(db_url: str, tmp_path: Path) -> None:
    build_kb(db_url)
    target = tmp_path / "served.sqlite"
    result = CliRunner().invoke(
        cli, ["export", "--format", "sqlite", "--out", str(target), "--db", db_url]
    )
    assert result.exit_code == 0, result.output
    copy = f"sqlite:///{target}"
    require_current(make_engine(copy))
    assert _counts(copy) == _counts(db_url)
    assert _counts(copy)["articles"] == len(STORIES)
    with sqlite3.connect(target) as conn:
        # The query views and the FTS5 index came with the migrations, filled from the rows.
        incidents = conn.execute("SELECT count(*) FROM incidents_view").fetchone()[0]
        hits = conn.execute(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'laptop'"
        ).fetchone()[0]
    assert incidents == _counts(db_url)["incidents"]
    assert hits == sum("laptop" in s.text.lower() for s in STORIES) > 0
    assert not list(tmp_path.glob(".*partial*"))
    # Datasette opens it as the breachkb database, read-only.
    ds = make_datasette(target)
    assert "breachkb" in ds.databases
    # A second export replaces the file whole.
    result = CliRunner().invoke(
        cli, ["export", "--format", "sqlite", "--out", str(target), "--db", db_url]
    )
    assert result.exit_code == 0 and _counts(copy) == _counts(db_url)
