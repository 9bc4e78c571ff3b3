"""Incident rollups (migration 0005, kb/rollups.py): written at resolution, backfilled by the
migration without touching the rows they summarise."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text
from web_corpus import GMP, ICO, STORIES, Story, build_kb

from kb.db import alembic_config, make_engine, upgrade

ROLLUPS = (
    "id, force_name, regulator_id, action, fine_amount, fine_currency, fine_paid, fine_year, "
    "action_count, source_count"
)


def _snapshot(url: str) -> tuple[list[tuple], int, int]:
    with make_engine(url).connect() as conn:
        rollups = [tuple(r) for r in conn.execute(text(f"SELECT {ROLLUPS} FROM incidents"))]
        actions = conn.execute(text("SELECT count(*) FROM enforcement_actions")).scalar_one()
        linked = conn.execute(
            text("SELECT count(*) FROM incident_sources WHERE incident_id IS NOT NULL")
        ).scalar_one()
    return sorted(rollups), actions, linked


def test_resolution_writes_the_headline_action_and_counts(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.sqlite'}"
    build_kb(url)
    with make_engine(url).connect() as conn:
        rows = conn.execute(
            text(
                "SELECT i.fine_amount, i.fine_paid, i.action, r.name, i.source_count, "
                "i.action_count, i.recorded_at FROM incidents i "
                "JOIN forces f ON f.id = i.force_id "
                "LEFT JOIN regulators r ON r.id = i.regulator_id WHERE f.name = :force "
                "ORDER BY i.breach_year"
            ),
            {"force": GMP},
        ).all()
    fined, misuse = rows
    # The syndicated copy is a second source of the fined incident.
    assert fined[:6] == (150_000, 120_000, "monetary_penalty", ICO, 2, 1)
    assert misuse[:6] == (None, None, None, None, 1, 0)
    assert all(r.recorded_at is not None for r in rows)


def test_a_new_source_updates_the_source_count(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.sqlite'}"
    first = STORIES[0]
    build_kb(url, [first])
    again = Story(
        url="https://third.example.com/gmp-stick",
        title="Force fined over memory stick",
        published=first.published,
        source="Third Outlet",
        text="Police news. " + first.text.replace("more than a thousand", "1,075"),
        facts=first.facts,
    )
    before = _snapshot(url)[0]
    build_kb(url, [again])
    after = _snapshot(url)[0]
    assert [r[9] for r in before] == [1] and [r[9] for r in after] == [2]
    assert [r[1] for r in after] == [GMP]


def test_migration_backfills_rollups_and_keeps_every_row(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.sqlite'}"
    build_kb(url)
    resolved = _snapshot(url)
    engine = make_engine(url)
    with engine.begin() as conn:
        cfg = alembic_config(url)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    with engine.connect() as conn:
        assert (
            conn.execute(text("SELECT count(*) FROM enforcement_actions")).scalar_one()
            == (resolved[1])
        )
    upgrade(url)
    # The migration's SQL backfill computes what the resolver wrote, and deletes nothing.
    assert _snapshot(url) == resolved
    with engine.connect() as conn:
        recorded = conn.execute(text("SELECT count(recorded_at) FROM incidents")).scalar_one()
    assert recorded == len(resolved[0])
