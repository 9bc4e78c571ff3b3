"""Errors of the KB layer; the CLI prints them as one line and exits non-zero."""

from breachkb.errors import BreachKBError


class NotInitialised(BreachKBError):
    """The database is empty or behind the latest migration."""


class NotFound(BreachKBError):
    """A requested row (incident, article) does not exist."""


class BadInput(BreachKBError):
    """A user-supplied value (filter, path, format) is not acceptable."""


class DatabaseBusy(BreachKBError):
    """Another process held the SQLite KB's write lock for longer than the busy timeout."""
