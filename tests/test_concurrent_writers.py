"""Several writers on one KB at once: real `breachkb load` processes, real servers.

PostgreSQL takes them together (advisory locks, ON CONFLICT) and ends where one load of the
union ends; SQLite lets one write at a time and the other waits its turn; `export` reads one
snapshot, so an export taken during a load has no row pointing at a row it lacks.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kb.db import make_engine
from kb.export import export
from kb.models import Article, Incident

ROOT = Path(__file__).resolve().parent.parent
DEDUP = sorted((ROOT / "tests" / "data" / "dedup").glob("*.txt"))
DEV = sorted((ROOT / "tests" / "data" / "eval" / "dev").glob("*"))[:12]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _folder(path: Path, files: list[Path]) -> Path:
    path.mkdir()
    for file in files:
        shutil.copy(file, path / file.name)
    return path


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Two folders that overlap (syndicated copies on both sides), and their union."""
    a = [*DEDUP[:7], *SEEDS]
    b = [*DEDUP[4:], *DEV]
    union = sorted({f.name: f for f in [*a, *b]}.values())
    return (
        _folder(tmp_path / "a", a),
        _folder(tmp_path / "b", b),
        _folder(tmp_path / "union", union),
    )


def _load(db_url: str, *folders: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", "from kb.cli import main; main()", "load", *map(str, folders)]
        + ["--db", db_url],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(proc: subprocess.Popen[str]) -> str:
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err[-3000:]
    assert "skipped 0" in out and "Traceback" not in err, err[-3000:]
    return out


def _content(db_url: str) -> dict[str, object]:
    """The KB by content, not by row id (ids depend on who wrote first)."""
    with Session(make_engine(db_url)) as session:
        articles = session.scalars(select(Article)).all()
        key = {a.id: a.canonical_url for a in articles}
        groups: dict[str, set[str]] = {}
        for a in articles:
            root = a
            while root.duplicate_of is not None:
                root = next(x for x in articles if x.id == root.duplicate_of)
            groups.setdefault(root.canonical_url, set()).add(a.canonical_url)
        incidents = session.scalars(
            select(Incident).options(
                selectinload(Incident.sources), selectinload(Incident.enforcement_actions)
            )
        ).all()
        return {
            "articles": sorted((a.canonical_url, a.content_hash, a.relevant) for a in articles),
            "copies": sorted(sorted(g) for g in groups.values()),
            "facts": sorted(
                (key[f.article_id], f.ordinal, f.breach_year, f.breach_type, f.fine_amount)
                for a in articles
                for f in a.facts
            ),
            "incidents": sorted(
                (
                    i.resolution_key,
                    i.force_id,
                    i.breach_year,
                    i.breach_type,
                    i.summary,
                    i.confidence,
                    tuple(sorted(key[s.article_id] for s in i.sources)),
                    tuple(
                        sorted((e.action, e.amount, e.amount_paid) for e in i.enforcement_actions)
                    ),
                )
                for i in incidents
            ),
        }


@pytest.fixture
def other_db_url(
    backend: str, request: pytest.FixtureRequest, template_db: Path, tmp_path: Path
) -> Iterator[str]:
    """A second fresh KB on the same backend as `db_url`."""
    if backend == "sqlite":
        shutil.copy(template_db, tmp_path / "other.sqlite")
        yield f"sqlite:///{tmp_path / 'other.sqlite'}"
        return
    server = request.getfixturevalue("postgres_server")
    url = server.migrated()
    yield url
    server.drop(url)


def test_two_loads_at_once_equal_one_load_of_the_union(
    db_url: str, other_db_url: str, folders: tuple[Path, Path, Path]
) -> None:
    """PostgreSQL: both write at once. SQLite: the second writer waits for each commit of the
    first (BEGIN IMMEDIATE, busy timeout) instead of failing documents."""
    a, b, union = folders
    first, second = _load(db_url, a), _load(db_url, b)
    _finish(first)
    _finish(second)
    _finish(_load(other_db_url, union))
    together, one = _content(db_url), _content(other_db_url)
    assert together["incidents"], "the corpus resolves to incidents"
    assert together == one


def _dangling(out: Path) -> list[str]:
    def ids(table: str, column: str = "id") -> set[str]:
        with (out / f"{table}.csv").open(encoding="utf-8-sig") as handle:
            return {row[column] for row in csv.DictReader(handle) if row[column]}

    problems = []
    for table, column, target in (
        ("incident_sources", "article_id", "articles"),
        ("incident_sources", "incident_id", "incidents"),
        ("evidence", "incident_source_id", "incident_sources"),
        ("articles", "duplicate_of", "articles"),
        ("enforcement_actions", "incident_id", "incidents"),
        ("breach_counts", "article_id", "articles"),
    ):
        missing = ids(table, column) - ids(target)
        if missing:
            problems.append(f"{table}.{column} -> {sorted(missing)[:5]}")
    return problems


def test_export_during_a_load_reads_one_snapshot(
    db_url: str, folders: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    loading = _load(db_url, folders[2])
    exports = 0
    while loading.poll() is None or exports == 0:
        out = tmp_path / f"export{exports}"
        export(make_engine(db_url), out, "csv")
        assert _dangling(out) == []
        exports += 1
    _finish(loading)
    assert exports >= 1


def test_sqlite_writer_that_waits_too_long_stops_with_one_line(
    sqlite_url: str, folders: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not one 'skipped' line per document: one error naming the cause, and a non-zero exit."""
    import sqlite3

    from click.testing import CliRunner

    from kb import db
    from kb.cli import cli

    monkeypatch.setattr(db, "BUSY_TIMEOUT_S", 1)
    db.make_engine.cache_clear()
    holder = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holding the lock throughout
    try:
        result = CliRunner().invoke(cli, ["load", str(folders[0]), "--db", sqlite_url])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        db.make_engine.cache_clear()
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert "one writer at a time" in result.stderr and "skipped" not in result.stderr
