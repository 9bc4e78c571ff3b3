"""dates and count periods: incident dates with roles, tally periods, one action severity

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 18:00:00

- incident_sources and incidents: `breach_date` (partial ISO, with `breach_date_precision`),
  `discovered`, `reported`, `decided` -- the dates of an incident by role (issue 9).
- breach_counts: `period_start`/`period_end` (years, for time series and comparisons across
  sources), `approximate` ("more than 200"), and the evidence offsets `start`/`end` (issue 10).
- evidence: `source` -- "text", or weaker evidence from the headline, URL or site (issue 9).
- incidents_view: the dates, and the one severity order of extract/data/actions.toml (0002
  ranked an undertaking above a reprimand, the extractor the other way round).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DATE_COLUMNS = ("breach_date", "breach_date_precision", "discovered", "reported", "decided")

# Frozen copy of extract/data/actions.toml `severity` (tests/test_migrations.py checks it).
SEVERITY = (
    "monetary_penalty",
    "enforcement_notice",
    "reprimand",
    "undertaking",
    "investigation",
    "referral",
)
_RANK = " ".join(f"WHEN '{a}' THEN {i}" for i, a in enumerate(SEVERITY))

INCIDENTS_VIEW = f"""
CREATE VIEW incidents_view AS
SELECT
    i.id AS id,
    f.name AS force,
    f.nation AS nation,
    i.breach_year AS breach_year,
    i.breach_date AS breach_date,
    i.breach_date_precision AS breach_date_precision,
    i.breach_type AS breach_type,
    r.name AS regulator,
    ea.action AS action,
    ea.amount AS fine_amount,
    ea.currency AS fine_currency,
    ea.amount_paid AS fine_paid,
    ea.year AS action_year,
    i.discovered AS discovered,
    i.reported AS reported,
    i.decided AS decided,
    (SELECT count(*) FROM enforcement_actions e3 WHERE e3.incident_id = i.id) AS actions,
    (SELECT count(DISTINCT s.article_id) FROM incident_sources s
        WHERE s.incident_id = i.id) AS sources,
    i.first_reported AS first_reported,
    (SELECT a.fetched_at FROM articles a WHERE a.id = (
        SELECT min(s2.article_id) FROM incident_sources s2
        WHERE s2.incident_id = i.id)) AS recorded_at,
    i.summary AS summary,
    i.confidence AS confidence
FROM incidents i
LEFT JOIN forces f ON f.id = i.force_id
LEFT JOIN enforcement_actions ea ON ea.id = (
    SELECT e2.id FROM enforcement_actions e2
    WHERE e2.incident_id = i.id
    ORDER BY CASE e2.action {_RANK} ELSE {len(SEVERITY)} END,
      (e2.amount IS NULL), e2.amount DESC, e2.id
    LIMIT 1
)
LEFT JOIN regulators r ON r.id = ea.regulator_id
"""


def _date_columns() -> list[sa.Column]:
    return [
        sa.Column("breach_date", sa.String(10), nullable=True),
        sa.Column("breach_date_precision", sa.String(8), nullable=True),
        sa.Column("discovered", sa.String(10), nullable=True),
        sa.Column("reported", sa.String(10), nullable=True),
        sa.Column("decided", sa.String(10), nullable=True),
    ]


def _views_0002():  # type: ignore[no-untyped-def]
    from importlib import import_module

    return import_module("migrations.versions.0002_query_views")


def upgrade() -> None:
    # SQLite's batch mode rebuilds a table by renaming a copy, which a view over it forbids.
    op.execute("DROP VIEW IF EXISTS incident_evidence_view")
    op.execute("DROP VIEW IF EXISTS incidents_view")
    for table in ("incident_sources", "incidents"):
        with op.batch_alter_table(table) as batch:
            for column in _date_columns():
                batch.add_column(column)
    with op.batch_alter_table("evidence") as batch:
        batch.add_column(sa.Column("source", sa.String(16), nullable=False, server_default="text"))
    with op.batch_alter_table("breach_counts") as batch:
        batch.add_column(sa.Column("period_start", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("period_end", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("approximate", sa.Boolean(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("start", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("end", sa.Integer(), nullable=True))
        batch.create_index("ix_breach_counts_period_start", ["period_start"])
    # Existing rows: "2016" -> 2016..2016, "2011-2015" -> 2011..2015.
    op.execute(
        "UPDATE breach_counts SET period_start = CAST(substr(period, 1, 4) AS INTEGER), "
        "period_end = CAST(substr(period, length(period) - 3, 4) AS INTEGER) "
        "WHERE length(period) IN (4, 9)"
    )
    op.execute(INCIDENTS_VIEW)
    op.execute(_views_0002().INCIDENT_EVIDENCE_VIEW)


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS incident_evidence_view")
    op.execute("DROP VIEW IF EXISTS incidents_view")
    with op.batch_alter_table("breach_counts") as batch:
        batch.drop_index("ix_breach_counts_period_start")
        for name in ("end", "start", "approximate", "period_end", "period_start"):
            batch.drop_column(name)
    with op.batch_alter_table("evidence") as batch:
        batch.drop_column("source")
    for table in ("incidents", "incident_sources"):
        with op.batch_alter_table(table) as batch:
            for name in reversed(DATE_COLUMNS):
                batch.drop_column(name)
    op.execute(_views_0002().INCIDENTS_VIEW)
    op.execute(_views_0002().INCIDENT_EVIDENCE_VIEW)
