"""Datasette over the KB's SQLite file, read-only, with breachkb's metadata.

The file is opened `mode=ro` (Datasette's "mutable" mode), not `immutable=1` or `nolock=1`:
a crawl may be writing to the WAL database while journalists browse, and only a normal
read-only connection sees those commits consistently. Datasette has no write path without
a write plugin, and a `mode=ro` connection refuses writes even from the SQL box. (SQLite
creates the -shm index a read-only WAL reader needs when the folder is writable.)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import make_url

from kb.errors import BadInput
from kb.web.metadata import DB_NAME, build_metadata

if TYPE_CHECKING:  # imported where used: `breachkb --help` should not load Datasette
    from datasette.app import Datasette

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001

SETTINGS: dict[str, Any] = {
    "truncate_cells_html": 400,  # article text would otherwise fill the screen
    "default_page_size": 50,
    "max_returned_rows": 1000,
    "sql_time_limit_ms": 3000,
    "facet_time_limit_ms": 1000,  # facets of incidents_view take ~0.5 s per 100k incidents
    "allow_download": False,
    "suggest_facets": False,  # one query per column per page view: too slow on a big KB
}


def sqlite_path(url: str) -> Path:
    """The file behind a SQLite URL; Datasette cannot serve any other database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        raise BadInput(
            f"serve needs a SQLite database, not {parsed.get_backend_name()}: "
            "copy it to one with `breachkb export --format sqlite --out kb.sqlite` and serve that"
        )
    if not parsed.database or parsed.database == ":memory:":
        raise BadInput("serve needs a SQLite file, not an in-memory database")
    path = Path(parsed.database)
    if not path.is_file():
        raise BadInput(f"{path} does not exist: run `breachkb init` first")
    return path


def make_datasette(path: str | Path, **settings: Any) -> Datasette:
    """A Datasette instance serving `path` as the `breachkb` database."""
    from datasette.app import Datasette
    from datasette.database import Database

    ds = Datasette(metadata=build_metadata(), settings={**SETTINGS, **settings})
    ds.add_database(Database(ds, path=str(path), is_mutable=True), name=DB_NAME)
    if "_memory" in ds.databases:  # no scratch database: the KB is the only thing served
        ds.remove_database("_memory")
    return ds


def run(path: str | Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
    """Serve until interrupted (uvicorn, as `datasette serve` does)."""
    import uvicorn

    ds = make_datasette(path)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on")
