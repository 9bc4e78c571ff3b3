"""`breachkb load` over a folder of every kind of hostile input (tests/hostile/inputs.py):
memory stays bounded, each bad input is reported once with its reason, every good document
lands, the KB stays consistent, and loading it all again changes nothing."""

from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from hostile_inputs import Corpus, build_corpus, lock_down, stderr_skips
from hostile_run import Run, run_breachkb

MAX_RSS_MB = 1024
TABLES = ("articles", "incident_sources", "evidence", "incidents", "enforcement_actions")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    corpus = build_corpus(tmp_path_factory.mktemp("hostile"))
    lock_down(corpus)
    return corpus


@pytest.fixture(scope="module")
def loaded(corpus: Corpus, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Run, Run]:
    """The corpus loaded into a fresh KB twice: (KB file, first run, second run)."""
    import shutil

    from kb.db import make_engine, upgrade

    kb = tmp_path_factory.mktemp("hostile-kb") / "kb.sqlite"
    upgrade(f"sqlite:///{kb}")
    make_engine(f"sqlite:///{kb}").dispose()
    assert shutil.disk_usage(kb.parent).free > 100 << 20
    first = run_breachkb("load", str(corpus.root), "--db", str(kb))
    snapshot = _snapshot(kb)
    second = run_breachkb("load", str(corpus.root), "--db", str(kb))
    assert _snapshot(kb) == snapshot, "loading the same files again changed the KB"
    return kb, first, second


def _snapshot(kb: Path) -> dict[str, str]:
    """A digest of every row of the KB's content tables (fetch times aside)."""
    with sqlite3.connect(kb) as conn:
        digests = {}
        for table in TABLES:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            keep = ", ".join(c for c in columns if c not in {"fetched_at", "recorded_at"})
            rows = conn.execute(f"SELECT {keep} FROM {table} ORDER BY 1").fetchall()
            digests[table] = hashlib.sha256(repr(rows).encode()).hexdigest()
        return digests


def test_memory_stays_bounded(loaded: tuple[Path, Run, Run]) -> None:
    _, first, second = loaded
    # Gigabyte bombs, a 2 GiB record and a 2 GiB file went through this process.
    assert first.max_rss_mb < MAX_RSS_MB, f"peak RSS {first.max_rss_mb:.0f} MB"
    assert second.max_rss_mb < MAX_RSS_MB


def test_each_bad_input_is_reported_once_with_its_reason(
    corpus: Corpus, loaded: tuple[Path, Run, Run]
) -> None:
    _, first, _ = loaded
    assert first.code == 3, first.stderr
    assert "Traceback" not in first.stderr
    skips = stderr_skips(first.stderr, corpus.root)
    counts = Counter(label for label, _ in skips)
    assert [label for label, n in counts.items() if n > 1] == []
    assert set(counts) == set(corpus.bad), first.stderr
    for label, reason in skips:
        assert corpus.bad[label].lower() in reason.lower(), (label, reason)
    # Nothing else on stderr: no library warnings, no raw bytes from a bomb.
    assert [line for line in first.stderr_lines if not line.startswith("skipped ")] == []
    assert len(first.stderr) < 16 * 1024


def test_every_good_document_lands(corpus: Corpus, loaded: tuple[Path, Run, Run]) -> None:
    kb, first, _ = loaded
    assert f"Loaded {len(corpus.good)} document(s) ({len(corpus.good)} new" in first.stdout
    with sqlite3.connect(kb) as conn:
        texts = " ".join(text for (text,) in conn.execute("SELECT text FROM articles"))
        paths = {path for (path,) in conn.execute("SELECT path FROM articles")}
        pounds = conn.execute("SELECT count(*) FROM articles WHERE text LIKE '%£%'").fetchone()
    missing = {marker: where for marker, where in corpus.good.items() if marker not in texts}
    assert missing == {}
    assert "Â" not in texts and "\ufffd" not in texts  # cp1252 and stray bytes decoded right
    assert pounds == (len(corpus.good),)
    assert str(corpus.root / "bad\\xffname.txt") in paths  # printable, not lost


def test_the_kb_stays_consistent_and_incidents_are_resolved(loaded: tuple[Path, Run, Run]) -> None:
    kb, _, _ = loaded
    with sqlite3.connect(kb) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        unresolved = conn.execute(
            "SELECT count(*) FROM incident_sources s JOIN articles a ON a.id = s.article_id "
            "WHERE s.incident_id IS NULL AND s.force_id IS NOT NULL AND a.relevant"
        ).fetchone()
        incidents = conn.execute("SELECT count(*) FROM incidents").fetchone()
    assert unresolved == (0,)
    assert incidents[0] > 0


def test_a_second_load_changes_nothing_and_says_so(
    corpus: Corpus, loaded: tuple[Path, Run, Run]
) -> None:
    _, first, second = loaded
    n = len(corpus.good)
    assert second.code == 3
    assert f"Loaded {n} document(s) ({n} unchanged), skipped {len(corpus.bad)}." in second.stdout
    assert stderr_skips(second.stderr, corpus.root) == stderr_skips(first.stderr, corpus.root)


def test_extract_reports_the_same_inputs_without_a_traceback(corpus: Corpus) -> None:
    run = run_breachkb("extract", str(corpus.root), "--format", "json")
    assert run.code == 3
    assert "Traceback" not in run.stderr
    assert run.max_rss_mb < MAX_RSS_MB
    skips = stderr_skips(run.stderr, corpus.root)
    assert {label for label, _ in skips} == set(corpus.bad)
    assert len(run.stdout.splitlines()) == len(corpus.good)
