"""Shared fixtures: a real migrated KB on each backend (SQLite file, PostgreSQL database), a
fresh copy per test, and one spaCy pipeline.

`db_url`, `engine` and `session` are parametrized over both backends, so every KB test runs on
SQLite and on PostgreSQL (ids `[sqlite]`, `[postgresql]`); tests about one engine's own features
take `sqlite_url` or `postgres_db_url` instead.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from backends import PostgresServer, postgres_url
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from kb.db import make_engine, upgrade

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite database migrated to head, copied for each test that needs its own file."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    url = f"sqlite:///{path}"
    upgrade(url)
    make_engine(url).dispose()  # closes the last connection, which checkpoints the WAL
    return path


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The test PostgreSQL server (skips without one; fails when CI requires it)."""
    server = PostgresServer(postgres_url())
    yield server
    server.close()


@pytest.fixture
def sqlite_url(template_db: Path, tmp_path: Path) -> str:
    """URL of a fresh, migrated and seeded SQLite file owned by this test."""
    path = tmp_path / "kb.sqlite"
    shutil.copy(template_db, path)
    return f"sqlite:///{path}"


@pytest.fixture
def postgres_db_url(postgres_server: PostgresServer) -> Iterator[str]:
    """URL of a fresh, migrated and seeded PostgreSQL database owned by this test."""
    url = postgres_server.migrated()
    yield url
    postgres_server.drop(url)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest) -> str:
    """A fresh migrated KB owned by this test, on each backend in turn."""
    return str(request.getfixturevalue("sqlite_url" if backend == "sqlite" else "postgres_db_url"))


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """A session on this test's own KB; uncommitted work is rolled back at the end."""
    with Session(engine, expire_on_commit=False) as session:
        yield session
        session.rollback()


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from extract.nlp import get_nlp

    return get_nlp()
