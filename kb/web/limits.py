"""Resource limits for `breachkb serve`: a Datasette plugin plus a Database that applies them.

Datasette's `sql_time_limit_ms` stops a query between SQLite instructions, which leaves two
holes: one instruction can build a gigabyte (`randomblob(1e9)`, `printf('%.*c', 1e9, 'x')`),
and FTS5's snippet()/highlight() run as one instruction whose cost grows with the square of
the query's terms. So:

- every string or blob is capped by SQLite itself (`SQLITE_LIMIT_LENGTH`): randomblob(1e9)
  or a giant printf() fail at once with "string or blob too big";
- a query's rows may hold at most `MAX_RESULT_BYTES` (counted as they are fetched);
- LIKE/GLOB patterns are capped at `MAX_LIKE_PATTERN` characters (their cost is text x pattern);
- instr(), replace() and two-argument trim() run in linear-time versions (SQLite's compare
  every position of the text with every position of the pattern: hours for 8 MB values);
- SQL written by the visitor (`?sql=`, `?_where=`) may not call snippet(), highlight() or
  printf()/format() (`%.*c` repeats a character a billion times in one instruction);
- the server is read-only: any method but GET/HEAD/OPTIONS is answered 405;
- links built from stored URLs are http(s) only (`http_url`, also a template filter).
"""

from __future__ import annotations

import contextvars
import sqlite3
import threading
import weakref
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from datasette import hookimpl
from datasette.database import Database

MAX_VALUE_BYTES = 8 * 1024 * 1024  # longest string or blob (an article's text is < 4 MB)
MAX_RESULT_BYTES = 16 * 1024 * 1024  # all rows of one query
MAX_LIKE_PATTERN = 100  # characters in a LIKE or GLOB pattern
SQLITE_HEAP_LIMIT = 512 * 1024 * 1024  # SQLite's own memory, process-wide (serve only)
USER_SQL_PARAMETERS = ("sql", "_where")
DENIED_IN_USER_SQL = {"snippet", "highlight", "printf", "format"}
READ_METHODS = {"GET", "HEAD", "OPTIONS"}

Scope = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[..., Awaitable[Any]], Callable[..., Awaitable[Any]]], Any]

# Set for the request being served when it carries SQL written by the visitor; read in the
# executor thread that runs its queries (see LimitedDatabase.execute_fn).
_USER_SQL: contextvars.ContextVar[bool] = contextvars.ContextVar("breachkb_user_sql", default=False)
_rows_bytes: weakref.WeakKeyDictionary[sqlite3.Cursor, int] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def http_url(value: object) -> str | None:
    """`value` if it is an http(s) URL, else None: never a javascript:, data: or file: link."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    return url if url.lower().startswith(("http://", "https://")) else None


def _value_size(value: object) -> int:
    return len(value) if isinstance(value, str | bytes) else 8


def _budgeted_row(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> sqlite3.Row:
    """Datasette's row type, refusing a query whose rows outgrow MAX_RESULT_BYTES."""
    size = sum(_value_size(value) for value in row)
    with _lock:
        used = _rows_bytes.get(cursor, 0) + size
        _rows_bytes[cursor] = used
    if used > MAX_RESULT_BYTES:
        raise sqlite3.OperationalError(
            f"result too large: over {MAX_RESULT_BYTES // (1024 * 1024)} MB; "
            "select fewer columns or add a LIMIT"
        )
    return sqlite3.Row(cursor, row)


def _deny_unbounded(action: int, arg1: str | None, arg2: str | None, *_: Any) -> int:
    if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in DENIED_IN_USER_SQL:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def _text(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _instr(haystack: Any, needle: Any) -> int | None:
    if haystack is None or needle is None:
        return None
    if isinstance(haystack, bytes) and isinstance(needle, bytes):
        return haystack.find(needle) + 1
    return _text(haystack).find(_text(needle)) + 1


def _replace(value: Any, old: Any, new: Any) -> Any:
    if value is None or old is None or new is None:
        return None
    text, old_text, new_text = _text(value), _text(old), _text(new)
    if not old_text:
        return value
    grown = text.count(old_text) * (len(new_text) - len(old_text))
    if len(text) + grown > MAX_VALUE_BYTES:
        return None  # too big to build (SQLite's own would fail with SQLITE_TOOBIG)
    return text.replace(old_text, new_text)


def _trim(which: str) -> Callable[[Any, Any], str | None]:
    def trim(value: Any, chars: Any) -> str | None:
        if value is None or chars is None:
            return None
        text, charset = _text(value), "".join(set(_text(chars)))
        if not charset:
            return text
        # str.strip walks in from each end once (a regex "[...]+$" backtracks over a long run
        # of trim characters followed by another one, and "$" also matches before a newline).
        if which == "ltrim":
            return text.lstrip(charset)
        if which == "rtrim":
            return text.rstrip(charset)
        return text.strip(charset)

    return trim


_LINEAR_FUNCTIONS: list[tuple[str, int, Callable[..., Any]]] = [
    ("instr", 2, _instr),
    ("replace", 3, _replace),
    *((name, 2, _trim(name)) for name in ("trim", "ltrim", "rtrim")),
]


def limit_connection(conn: sqlite3.Connection) -> None:
    """Per-connection caps: value length, LIKE patterns, linear string search, result budget."""
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH, MAX_LIKE_PATTERN)
    for name, arity, function in _LINEAR_FUNCTIONS:
        conn.create_function(name, arity, function, deterministic=True)
    conn.row_factory = _budgeted_row


class LimitedDatabase(Database):  # type: ignore[misc]
    """Datasette's Database, running visitor-written SQL under an authorizer that refuses
    the functions whose cost no time limit can interrupt."""

    async def execute_fn(self, fn: Callable[[sqlite3.Connection], Any]) -> Any:
        user_sql = _USER_SQL.get()

        def guarded(conn: sqlite3.Connection) -> Any:
            if not user_sql:
                return fn(conn)
            conn.set_authorizer(_deny_unbounded)
            try:
                return fn(conn)
            finally:
                conn.set_authorizer(None)

        return await super().execute_fn(guarded)


def set_heap_limit(limit: int = SQLITE_HEAP_LIMIT) -> None:
    """Cap SQLite's memory for the whole process (a server process only: it is global)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(f"PRAGMA hard_heap_limit={int(limit)}")
    finally:
        conn.close()


def _has_user_sql(scope: Scope) -> bool:
    query = scope.get("query_string", b"").decode("latin-1")
    names = {pair.split("=", 1)[0] for pair in query.split("&") if pair}
    return any(name in names for name in USER_SQL_PARAMETERS)


def read_only_app(app: ASGIApp) -> ASGIApp:
    """Refuse writes with 405 and mark requests that carry the visitor's own SQL."""

    async def wrapped(scope: Scope, receive: Any, send: Any) -> Any:
        if scope.get("type") != "http":
            return await app(scope, receive, send)
        if scope.get("method", "GET").upper() not in READ_METHODS:
            body = b"breachkb serve is read-only: use GET.\n"
            await send(
                {
                    "type": "http.response.start",
                    "status": 405,
                    "headers": [
                        (b"allow", b"GET, HEAD, OPTIONS"),
                        (b"content-type", b"text/plain; charset=utf-8"),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return None
        token = _USER_SQL.set(_has_user_sql(scope))
        try:
            return await app(scope, receive, send)
        finally:
            _USER_SQL.reset(token)

    return wrapped


# ---- the Datasette plugin (registered by kb.web.server.make_datasette) ----


@hookimpl
def prepare_connection(conn: sqlite3.Connection, database: str, datasette: Any) -> None:
    limit_connection(conn)


@hookimpl
def asgi_wrapper(datasette: Any) -> Callable[[ASGIApp], ASGIApp]:
    return read_only_app


@hookimpl
def prepare_jinja2_environment(env: Any, datasette: Any) -> None:
    env.filters["http_url"] = http_url
