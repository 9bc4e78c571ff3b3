"""query views: incidents_view and incident_evidence_view for Datasette facets and feeds

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 16:50:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Plain SQL that SQLite and PostgreSQL both accept. An incident may have several enforcement
# actions; the view shows its most severe one (the order of kb.queries.ACTION_SEVERITY, as
# `breachkb incidents` does), so that one row per incident can be faceted by regulator and action.
# recorded_at is the fetch time of the earliest-stored source: one row read per incident (article
# rows are wide), where the earliest fetch over all sources would read every source article.
INCIDENTS_VIEW = """
CREATE VIEW incidents_view AS
SELECT
    i.id AS id,
    f.name AS force,
    f.nation AS nation,
    i.breach_year AS breach_year,
    i.breach_type AS breach_type,
    r.name AS regulator,
    ea.action AS action,
    ea.amount AS fine_amount,
    ea.currency AS fine_currency,
    ea.amount_paid AS fine_paid,
    ea.year AS action_year,
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
    ORDER BY CASE e2.action
        WHEN 'monetary_penalty' THEN 0 WHEN 'enforcement_notice' THEN 1
        WHEN 'undertaking' THEN 2 WHEN 'reprimand' THEN 3 WHEN 'referral' THEN 4
        WHEN 'investigation' THEN 5 ELSE 6 END,
      (e2.amount IS NULL), e2.amount DESC, e2.id
    LIMIT 1
)
LEFT JOIN regulators r ON r.id = ea.regulator_id
"""

INCIDENT_EVIDENCE_VIEW = """
CREATE VIEW incident_evidence_view AS
SELECT
    i.id AS incident_id,
    f.name AS force,
    i.breach_year AS breach_year,
    i.breach_type AS breach_type,
    a.id AS article_id,
    a.title AS title,
    coalesce(a.url, a.path) AS url,
    a.published_at AS published_at,
    s.mention AS mention,
    e.field AS field,
    e.value AS value,
    e.sentence AS sentence
FROM incidents i
JOIN incident_sources s ON s.incident_id = i.id
JOIN articles a ON a.id = s.article_id
LEFT JOIN forces f ON f.id = i.force_id
LEFT JOIN evidence e ON e.incident_source_id = s.id
"""


def upgrade() -> None:
    op.execute(INCIDENTS_VIEW)
    op.execute(INCIDENT_EVIDENCE_VIEW)


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS incident_evidence_view")
    op.execute("DROP VIEW IF EXISTS incidents_view")
