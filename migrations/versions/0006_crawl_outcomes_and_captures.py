"""crawl outcomes and archive captures

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 09:00:00

- articles.captured_at: when a web archive captured the page (backfill, WARC), null for pages
  fetched live or loaded from files (issue 11).
- crawl_runs: `prefilter` (the level used), `prefilter_skips` (links each level would have
  skipped), `skipped` (links not fetched, by reason) and `outside_window` (pages whose own date
  fell outside --since/--until) (issue 11).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("captured_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("crawl_runs") as batch:
        batch.add_column(sa.Column("prefilter", sa.String(16), nullable=True))
        batch.add_column(sa.Column("prefilter_skips", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("skipped", sa.JSON(), nullable=True))
        batch.add_column(
            sa.Column("outside_window", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("crawl_runs") as batch:
        for name in ("outside_window", "skipped", "prefilter_skips", "prefilter"):
            batch.drop_column(name)
    # Not in batch mode: rebuilding `articles` on SQLite would break the views that read it.
    # SQLite (3.35+) and PostgreSQL drop an unreferenced column in place.
    op.drop_column("articles", "captured_at")
