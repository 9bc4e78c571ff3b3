"""The database servers the tests run against: SQLite files, and a real PostgreSQL server when
BREACHKB_TEST_POSTGRES_URL names one (`make test` and `.ci/run` start one: .ci/with-servers).

Each PostgreSQL test gets its own database, cloned from a template migrated once per session
(CREATE DATABASE ... TEMPLATE is a file copy: far quicker than migrating again).
"""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import Engine, create_engine, make_url, text

from kb.db import make_engine, upgrade

POSTGRES_URL = os.environ.get("BREACHKB_TEST_POSTGRES_URL")
REDIS_URL = os.environ.get("BREACHKB_TEST_REDIS_URL")


def require(url: str | None, what: str, variable: str, flag: str) -> str:
    """The server's URL; a skip without it, or a failure when CI says the server must be there."""
    if url:
        return url
    if os.environ.get(flag):
        pytest.fail(f"{variable} is not set and {flag} is: the {what} tests must run")
    pytest.skip(f"{variable} is not set (no {what} server; `make test` starts one if installed)")


def postgres_url() -> str:
    return require(
        POSTGRES_URL, "PostgreSQL", "BREACHKB_TEST_POSTGRES_URL", "BREACHKB_REQUIRE_POSTGRES"
    )


def redis_url() -> str:
    return require(REDIS_URL, "Redis", "BREACHKB_TEST_REDIS_URL", "BREACHKB_REQUIRE_REDIS")


class PostgresServer:
    """Creates and drops the scratch databases of one test session on one server."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.admin: Engine = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self.prefix = f"bkb_{uuid.uuid4().hex[:8]}"
        self.template: str | None = None

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def create(self, template: str | None = None) -> str:
        """A new empty (or template-cloned) database; returns its URL."""
        name = f"{self.prefix}_{uuid.uuid4().hex[:10]}"
        clause = f" TEMPLATE {template}" if template else ""
        with self.admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name}{clause}"))
        return self.url_of(name)

    def migrated(self) -> str:
        """A fresh database at the latest migration, seeded."""
        if self.template is None:
            url = self.create()
            upgrade(url)
            make_engine(url).dispose()  # a template must have no open connection
            self.template = make_url(url).database
        return self.create(self.template)

    def drop(self, url: str) -> None:
        make_engine(url).dispose()
        name = make_url(url).database
        with self.admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))

    def close(self) -> None:
        if self.template:
            self.drop(self.url_of(self.template))
        self.admin.dispose()
