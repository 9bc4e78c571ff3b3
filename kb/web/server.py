"""Datasette over the KB's SQLite file, read-only, with breachkb's metadata.

The file is opened `mode=ro` (Datasette's "mutable" mode), not `immutable=1` or `nolock=1`:
a crawl may be writing to the WAL database while journalists browse, and only a normal
read-only connection sees those commits consistently. Datasette has no write path without
a write plugin, and a `mode=ro` connection refuses writes even from the SQL box. (SQLite
creates the -shm index a read-only WAL reader needs when the folder is writable.)
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import make_url

from kb.errors import BadInput
from kb.web.metadata import DB_NAME, build_metadata

if TYPE_CHECKING:  # imported where used: `breachkb --help` should not load Datasette
    from datasette.app import Datasette

WEB_DIR = Path(__file__).resolve().parent
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


def make_datasette(path: str | Path, *, immutable: bool = False, **settings: Any) -> Datasette:
    """A Datasette instance serving `path` as the `breachkb` database, with breachkb's pages
    (kb/web/hooks.py, templates/, static/) and resource limits (kb/web/limits.py).

    `immutable` opens it `immutable=1`: for a KB in a read-only folder, where SQLite cannot
    create the -shm file a `mode=ro` reader of a WAL database needs (and no writer can run).
    """
    from datasette.app import Datasette
    from datasette.plugins import pm

    from kb.web import hooks, limits

    for plugin, name in ((limits, "breachkb-limits"), (hooks, "breachkb")):
        if not pm.is_registered(plugin):
            pm.register(plugin, name=name)
    ds = Datasette(
        metadata=build_metadata(),
        settings={**SETTINGS, **settings},
        template_dir=str(WEB_DIR / "templates"),
        static_mounts=[("breachkb-static", str(WEB_DIR / "static"))],
    )
    database = limits.LimitedDatabase(ds, path=str(path), is_mutable=not immutable)
    ds.add_database(database, name=DB_NAME)
    if "_memory" in ds.databases:  # no scratch database: the KB is the only thing served
        ds.remove_database("_memory")
    return ds


def listen(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> socket.socket:
    """A socket bound to host:port, so "in use" or a bad address is an error before serving."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (socket.gaierror, UnicodeError) as exc:
        raise BadInput(f"cannot listen on {host!r}: {exc}") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise BadInput(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    return sock


def run(path: str | Path, sock: socket.socket, *, immutable: bool = False, **settings: Any) -> None:
    """Serve on a bound socket until interrupted (uvicorn, as `datasette serve` does)."""
    import uvicorn

    from kb.web.limits import set_heap_limit

    set_heap_limit()
    ds = make_datasette(path, immutable=immutable, **settings)
    config = uvicorn.Config(ds.app(), log_level="warning", lifespan="on")
    uvicorn.Server(config).run(sockets=[sock])
