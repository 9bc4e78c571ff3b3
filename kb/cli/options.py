"""Options shared by several commands, bundled as decorators."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from kb.config import database_url
from kb.db import make_engine, require_current

if TYPE_CHECKING:
    from sqlalchemy import Engine

FORMATS = ("table", "csv", "json")


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db",
        "db",
        metavar="URL",
        default=None,
        help="Database URL or SQLite path [env BREACHKB_DATABASE_URL; default breachkb.sqlite].",
    )(func)


def format_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default="table",
        show_default=True,
        help="Output format.",
    )(func)


def open_kb(db: str | None) -> Engine:
    """The engine for `--db` (or its default), refusing an empty or outdated KB."""
    engine = make_engine(database_url(db))
    require_current(engine)
    return engine
