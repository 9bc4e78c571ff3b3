"""Options shared by several commands, bundled as decorators."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from kb.config import database_url
from kb.db import open_database

if TYPE_CHECKING:
    from sqlalchemy import Engine

FORMATS = ("table", "csv", "json")
# Integers a database column can hold: a larger one is a usage error, not an overflow deep
# in the SQLite driver.
ROW_ID = click.IntRange(1, 2**63 - 1)
AMOUNT = click.IntRange(0, 2**63 - 1)
COUNT = click.IntRange(1, 2**63 - 1)
YEAR = click.IntRange(1, 9999)


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


def open_kb(db: str | None, *, write: bool = False) -> Engine:
    """The engine for `--db` (or its default), refusing a missing, empty or outdated KB.

    Commands that only read open it read-only, so they also work on a KB in a read-only
    folder (a shared drive, a published copy).
    """
    return open_database(database_url(db), "write" if write else "read")
