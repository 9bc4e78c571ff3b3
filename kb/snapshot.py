"""A SQLite copy of the KB, for serving a PostgreSQL KB with Datasette (which reads SQLite only).

The copy is a complete breachkb database: the same migrations (so the query views, the FTS5
index and the Datasette metadata all work), every row read from one snapshot of the source, so
it is consistent even while crawlers write. It is written beside the target and renamed over
it at the end, so a `breachkb serve` reading the previous copy never sees half a file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, delete, insert, select

from kb.db import make_engine, snapshot_engine, upgrade
from kb.errors import BadInput
from kb.models import Base

BATCH = 2000


def copy_to_sqlite(
    source: Engine, target: str | Path, on_table: Callable[[str, int], None] | None = None
) -> dict[str, int]:
    """Copy every table of the KB at `source` into a new SQLite file at `target`."""
    target = Path(target)
    if target.is_dir():
        raise BadInput(f"{target} is a folder: give the SQLite file to write")
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    url = f"sqlite:///{partial}"
    upgrade(url)  # the schema, views and full-text index, at the code's migration
    dest = make_engine(url)
    counts: dict[str, int] = {}
    tables = Base.metadata.sorted_tables
    try:
        with snapshot_engine(source).connect() as src, dest.begin() as out:
            for table in reversed(tables):  # the seeded gazetteers, replaced by the source's
                out.execute(delete(table))
            for table in tables:
                rows = src.execution_options(yield_per=BATCH).execute(
                    select(table).order_by(*table.primary_key.columns)
                )
                counts[table.name] = 0
                for chunk in rows.partitions(BATCH):
                    out.execute(insert(table), [dict(r._mapping) for r in chunk])
                    counts[table.name] += len(chunk)
                if on_table:
                    on_table(table.name, counts[table.name])
    finally:
        dest.dispose()
    os.replace(partial, target)
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    return counts
