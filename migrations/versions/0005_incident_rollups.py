"""incident rollups: the headline action, source count and recording time on incidents

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 18:00:00

Listings sorted by fine or by number of sources, `stats`, and Datasette's incidents_view
(sorting on any column, facets) computed per incident aggregates over enforcement_actions and
incident_sources: 0.2-2.8 s at 100k incidents. The resolver now writes them onto the incident
(kb/rollups.py), so incidents_view is a plain join and each sort is one index walk.
- `force_name`: the force's name, so the web listing filters and sorts by force on an index.
- `regulator_id`, `action`, `fine_amount`, `fine_currency`, `fine_paid`, `fine_year`: the most
  severe enforcement action (the order of extract/data/actions.toml), as incidents_view showed.
- `action_count`, `source_count` (distinct articles), `recorded_at` (when breachkb first
  recorded the incident; existing rows: the fetch time of their earliest-stored source).
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copy of extract/data/actions.toml `severity`, as in 0004.
SEVERITY = (
    "monetary_penalty",
    "enforcement_notice",
    "reprimand",
    "undertaking",
    "investigation",
    "referral",
)
_RANK = " ".join(f"WHEN '{a}' THEN {i}" for i, a in enumerate(SEVERITY))
_HEAD = f"""(SELECT e.id FROM enforcement_actions e WHERE e.incident_id = incidents.id
    ORDER BY CASE e.action {_RANK} ELSE {len(SEVERITY)} END,
      (e.amount IS NULL), e.amount DESC, e.id LIMIT 1)"""

# No joins: SQLite evaluates a view column only where a query uses it, so `count(*)` and the
# facets read just an index, while a LEFT JOIN is walked for every row (facets took 0.1-0.3 s
# each at 100k incidents, now 3-30 ms). The force name is copied onto the incident (filtering
# and sorting by force use its index); nation and regulator names are scalar subqueries.
INCIDENTS_VIEW = """
CREATE VIEW incidents_view AS
SELECT
    i.id AS id,
    i.force_name AS force,
    (SELECT f.nation FROM forces f WHERE f.id = i.force_id) AS nation,
    i.breach_year AS breach_year,
    i.breach_date AS breach_date,
    i.breach_date_precision AS breach_date_precision,
    i.breach_type AS breach_type,
    (SELECT r.name FROM regulators r WHERE r.id = i.regulator_id) AS regulator,
    i.action AS action,
    i.fine_amount AS fine_amount,
    i.fine_currency AS fine_currency,
    i.fine_paid AS fine_paid,
    i.fine_year AS action_year,
    i.discovered AS discovered,
    i.reported AS reported,
    i.decided AS decided,
    i.action_count AS actions,
    i.source_count AS sources,
    i.first_reported AS first_reported,
    i.recorded_at AS recorded_at,
    i.summary AS summary,
    i.confidence AS confidence
FROM incidents i
"""

# Listings sort by fine or by sources, largest first and ties by id: a (column DESC, id) index
# walked forwards serves that order with no sort step. Stats group by force, by year and by type
# each in one ordered walk of a covering index, with no sort step; the year index also covers
# the incidents-per-year-by-type chart.
INDEXES: dict[str, list[Any]] = {
    "ix_incidents_fine_amount": [sa.text("fine_amount DESC"), "id"],
    "ix_incidents_source_count": [sa.text("source_count DESC"), "id"],
    "ix_incidents_first_reported": ["first_reported"],
    "ix_incidents_force_name": ["force_name"],
    "ix_incidents_regulator_id": ["regulator_id"],
    "ix_incidents_action": ["action"],
    "ix_incidents_force_fine": ["force_id", "fine_amount"],
    "ix_incidents_type_fine": ["breach_type", "fine_amount"],
    "ix_incidents_year_type": ["breach_year", "breach_type", "first_reported", "fine_amount"],
}


def _view(name: str):  # type: ignore[no-untyped-def]
    from importlib import import_module

    return import_module(f"migrations.versions.{name}")


# Plain ALTER TABLE ADD/DROP COLUMN, never a batch rebuild: rebuilding `incidents` drops the
# old table, and with foreign keys on that cascades to enforcement_actions and unlinks every
# incident_sources row. So `regulator_id` is a plain copied integer, not a foreign key.
COLUMNS = (
    ("force_name", sa.String(200), None),
    ("regulator_id", sa.Integer(), None),
    ("action", sa.String(32), None),
    ("fine_amount", sa.Integer(), None),
    ("fine_currency", sa.String(3), None),
    ("fine_paid", sa.Integer(), None),
    ("fine_year", sa.Integer(), None),
    ("action_count", sa.Integer(), "0"),
    ("source_count", sa.Integer(), "0"),
    ("recorded_at", sa.DateTime(), None),
)


def upgrade() -> None:
    op.execute("DROP VIEW IF EXISTS incident_evidence_view")
    op.execute("DROP VIEW IF EXISTS incidents_view")
    for name, type_, default in COLUMNS:
        op.add_column(
            "incidents",
            sa.Column(name, type_, nullable=default is None, server_default=default),
        )
    for name, columns in INDEXES.items():
        op.create_index(name, "incidents", columns)
    for column, source in (
        ("regulator_id", "regulator_id"),
        ("action", "action"),
        ("fine_amount", "amount"),
        ("fine_currency", "currency"),
        ("fine_paid", "amount_paid"),
        ("fine_year", "year"),
    ):
        op.execute(
            f"UPDATE incidents SET {column} = "
            f"(SELECT h.{source} FROM enforcement_actions h WHERE h.id = {_HEAD})"
        )
    op.execute(
        "UPDATE incidents SET force_name = (SELECT f.name FROM forces f WHERE f.id = force_id)"
    )
    op.execute(
        "UPDATE incidents SET "
        "action_count = (SELECT count(*) FROM enforcement_actions e "
        "  WHERE e.incident_id = incidents.id), "
        "source_count = (SELECT count(DISTINCT s.article_id) FROM incident_sources s "
        "  WHERE s.incident_id = incidents.id), "
        "recorded_at = (SELECT a.fetched_at FROM articles a WHERE a.id = "
        "  (SELECT min(s2.article_id) FROM incident_sources s2 "
        "   WHERE s2.incident_id = incidents.id))"
    )
    op.execute(INCIDENTS_VIEW)
    op.execute(_view("0002_query_views").INCIDENT_EVIDENCE_VIEW)


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS incident_evidence_view")
    op.execute("DROP VIEW IF EXISTS incidents_view")
    for name in INDEXES:
        op.drop_index(name, table_name="incidents")
    for name, _, _ in reversed(COLUMNS):
        op.drop_column("incidents", name)  # SQLite >= 3.35 drops a column in place
    op.execute(_view("0004_dates_and_count_periods").INCIDENTS_VIEW)
    op.execute(_view("0002_query_views").INCIDENT_EVIDENCE_VIEW)
