"""Engine and session factory, migrations to head, and the schema-version guard."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache, partial
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event, exc, make_url, select
from sqlalchemy.orm import Session, sessionmaker

from kb.errors import BadInput, NotInitialised
from kb.models import Force, Regulator

if TYPE_CHECKING:
    from alembic.config import Config

# alembic is imported by the functions that migrate or inspect migrations: a KB already at the
# head is recognised without it (`_at_head`), which spares every command its import.

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


BUSY_TIMEOUT_S = 30  # how long a second SQLite writer waits for the first


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # Transactions are ours to begin (see _sqlite_begin); the driver's own would start only
    # before a write, so a read would see no snapshot and a writer could not wait its turn.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # WAL lets Datasette read while a crawl writes; FKs are off by default in SQLite.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    """SQLite keeps one writer: a writing transaction takes the write lock up front (`BEGIN
    IMMEDIATE`, waiting up to the busy timeout), because a transaction that read first and
    writes later fails at once, without waiting, when another writer committed in between.
    Other transactions (reads, `read_scope`) begin deferred: one snapshot, no lock."""
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def _sqlite_read_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    dbapi_connection.isolation_level = None  # as in _sqlite_pragmas
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
    cursor.close()


# "create": make the file if missing (init, tests); "write": an existing file only (a typo in
# --db must not leave an empty file behind); "read": read-only, also in a read-only folder.
OpenMode = Literal["create", "write", "read"]
SQLITE_HEADER = b"SQLite format 3\x00"


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL; None for other backends, memory and `file:` URIs."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def read_only_immutable(path: Path) -> bool:
    """Whether a read-only reader must open `path` `immutable=1` rather than `mode=ro`.

    A WAL database read `mode=ro` needs its -shm file, which SQLite creates when the folder is
    writable. In a read-only folder with no -shm, no writer can be active (nor have left a
    WAL behind), so the file cannot change while it is read.
    """
    return not os.access(path.parent, os.W_OK) and not Path(f"{path}-shm").exists()


def _sqlite_uri(path: Path, mode: OpenMode) -> str:
    """How to open an existing file without ever creating one."""
    target = "file:" + quote(str(path.resolve()))
    if mode == "write":
        return f"{target}?mode=rw"
    return f"{target}?immutable=1" if read_only_immutable(path) else f"{target}?mode=ro"


@cache
def make_engine(url: str, mode: OpenMode = "create") -> Engine:
    """One engine per URL, mode and process; SQLite gets WAL and foreign keys."""
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    path = sqlite_file(url)
    if path is None or mode == "create":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        connect = partial(
            sqlite3.connect,
            _sqlite_uri(path, mode),
            uri=True,
            timeout=BUSY_TIMEOUT_S,
            check_same_thread=False,
        )
        engine = create_engine(url, creator=connect)
        pragmas = _sqlite_pragmas if mode == "write" else _sqlite_read_pragmas
        event.listen(engine, "connect", pragmas)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def check_url(url: str, *, must_exist: bool = True) -> None:
    """Refuse a database URL that cannot work, with the reason, before anything connects."""
    try:
        parsed = make_url(url)
        parsed.get_dialect()
    except exc.NoSuchModuleError:
        raise BadInput(
            f"unknown database type in {url!r}: use a SQLite path or "
            "postgresql+psycopg://user@host/name"
        ) from None
    except (exc.ArgumentError, ValueError) as error:
        raise BadInput(f"not a database URL: {url!r} ({error})") from None
    path = sqlite_file(url)
    if path is None:
        return
    if path.is_dir():
        raise BadInput(f"--db {path} is a folder, not a SQLite file")
    if not path.parent.is_dir():
        raise BadInput(f"--db {path}: no such folder {path.parent}")
    if not path.exists():
        if must_exist:
            raise NotInitialised(
                f"database {path} does not exist: check the path, or run `breachkb init` "
                "to create it"
            )
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise BadInput(f"cannot read {path} ({error.strerror})") from None
    if header and header != SQLITE_HEADER:
        raise BadInput(f"{path} is not a SQLite database")


def open_database(url: str, mode: OpenMode = "write") -> Engine:
    """The engine of an existing, current KB, or a one-line error saying what is wrong."""
    check_url(url, must_exist=True)
    try:
        engine = make_engine(url, mode)
    except ModuleNotFoundError as error:
        raise BadInput(
            f"the database driver {error.name!r} is not installed "
            "(PostgreSQL: pip install -e '.[postgres]')"
        ) from None
    if not _at_head(engine):
        require_current(engine)  # says what is wrong, or finds it current after all
    return engine


_REVISION = re.compile(r"^revision\b[^=\n]*=\s*[\"']([^\"']+)[\"']\s*$", re.MULTILINE)
_DOWN_REVISION = re.compile(
    r"^down_revision\b[^=\n]*=\s*(?:None|[\"']([^\"']+)[\"'])\s*$", re.MULTILINE
)


@cache
def _simple_head() -> str | None:
    """The head of the migrations read from their files without alembic, when they are one
    plain chain (each file one `revision = "..."` and one `down_revision = "..."`/None); None
    otherwise (branches, merges, anything unusual), which leaves the question to alembic.
    tests/test_load_startup.py checks it is alembic's head."""
    revisions, downs = set(), set()
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        revision, down = _REVISION.findall(text), _DOWN_REVISION.findall(text)
        if len(revision) != 1 or len(down) != 1 or revision[0] in revisions:
            return None
        revisions.add(revision[0])
        downs.add(down[0])
    heads = revisions - downs
    if len(heads) != 1 or len(downs - {""}) != len(revisions) - 1 or not downs <= revisions | {""}:
        return None
    return heads.pop()


def _at_head(engine: Engine) -> bool:
    """Whether the KB's one alembic_version row is the migrations' head, read with one query
    (no alembic import); False whenever that cannot be told so simply."""
    head = _simple_head()
    if head is None:
        return False
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    except exc.DBAPIError:
        return False
    return [row[0] for row in rows] == [head]


def writer(engine: Engine) -> Engine:
    """The engine whose transactions write: on SQLite they take the write lock up front."""
    if engine.dialect.name == "sqlite":
        return engine.execution_options(sqlite_begin="IMMEDIATE")
    return engine


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on any exception."""
    session = sessionmaker(writer(engine), expire_on_commit=False)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def snapshot_engine(engine: Engine) -> Engine:
    """The engine whose transactions each read one consistent, read-only snapshot."""
    if engine.dialect.name == "postgresql":
        return engine.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
    return engine.execution_options(sqlite_begin="DEFERRED")


@contextmanager
def read_scope(engine: Engine) -> Iterator[Session]:
    """A read-only session on one consistent snapshot of the KB, however long it reads
    (`export`, listings): REPEATABLE READ on PostgreSQL, one deferred transaction on SQLite
    (WAL keeps its snapshot while writers commit)."""
    session = sessionmaker(snapshot_engine(engine), expire_on_commit=False)()
    try:
        yield session
    finally:
        session.rollback()
        session.close()


def insert_for(session: Session) -> Any:
    """The dialect's INSERT, which has `on_conflict_do_nothing/update` on both backends."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except exc.DBAPIError as error:  # not a database, unreachable server, unreadable file
        where = engine.url.render_as_string(hide_password=True)
        raise BadInput(f"cannot open database {where}: {error.orig}") from None


def upgrade(url: str, revision: str = "head") -> None:
    """Create or upgrade the KB, then (re)seed the force and regulator gazetteers."""
    from alembic import command

    engine = make_engine(url)
    cfg = alembic_config(url)
    with writer(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    with session_scope(engine) as session:
        seed_reference_data(session)


def require_current(engine: Engine) -> None:
    """Refuse to work on an empty or outdated database, naming the fix."""
    current, head = current_revision(engine), head_revision()
    if current is None:
        raise NotInitialised(
            f"database {engine.url.render_as_string(hide_password=True)} is empty: "
            "run `breachkb init` first"
        )
    if current != head:
        raise NotInitialised(
            f"database is at migration {current}, the code expects {head}: run `breachkb init`"
        )


def _gazetteer(name: str) -> list[dict]:
    text = resources.files("extract").joinpath("data", name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def seed_reference_data(session: Session) -> None:
    """Upsert forces and regulators from extract/data so the KB and the extractor agree."""
    seeds: tuple[tuple[Any, str, tuple[str, ...]], ...] = (
        (Force, "forces.jsonl", ("kind", "nation")),
        (Regulator, "regulators.jsonl", ("jurisdiction",)),
    )
    for model, filename, extra in seeds:
        existing = {row.name: row for row in session.scalars(select(model))}
        for entry in _gazetteer(filename):
            row = existing.get(entry["name"]) or model(name=entry["name"])
            # Context aliases ("the Met", bare "Kent") need support to count in running text,
            # but a user typing one as a filter means exactly that body.
            row.aliases = [*entry.get("aliases", []), *entry.get("context_aliases", [])]
            for key in extra:
                setattr(row, key, entry.get(key) or ("unknown" if key == "kind" else None))
            session.add(row)
