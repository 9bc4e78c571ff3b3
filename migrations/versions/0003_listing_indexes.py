"""listing indexes: covering indexes for incidents sorted by fine and by number of sources

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 17:00:00

`breachkb incidents --sort -fine` and `--sort -sources` compute, for every incident, the
largest fine and the number of distinct source articles; with these indexes each is one
index seek that never touches the table (benchmarks/query_bench.py: 2-4x faster).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_enforcement_actions_incident_amount",
        "enforcement_actions",
        ["incident_id", "amount"],
    )
    op.create_index(
        "ix_incident_sources_incident_article",
        "incident_sources",
        ["incident_id", "article_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_incident_sources_incident_article", table_name="incident_sources")
    op.drop_index("ix_enforcement_actions_incident_amount", table_name="enforcement_actions")
