"""Where the KB lives: `--db URL` > `BREACHKB_DATABASE_URL` > `sqlite:///breachkb.sqlite`."""

from __future__ import annotations

import os

DEFAULT_DATABASE_URL = "sqlite:///breachkb.sqlite"
ENV_DATABASE_URL = "BREACHKB_DATABASE_URL"


def database_url(cli_value: str | None = None) -> str:
    """Resolve the database URL; a bare file path is accepted as a SQLite database."""
    url = cli_value or os.environ.get(ENV_DATABASE_URL) or DEFAULT_DATABASE_URL
    if "://" not in url:
        url = f"sqlite:///{url}"
    return url
