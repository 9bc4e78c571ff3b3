"""Shared fixtures: a real migrated SQLite KB (template copied per test) and one spaCy pipeline."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from kb.db import make_engine, upgrade

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database migrated to head, copied for each test that needs its own file."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    url = f"sqlite:///{path}"
    upgrade(url)
    make_engine(url).dispose()  # closes the last connection, which checkpoints the WAL
    return path


@pytest.fixture
def db_url(template_db: Path, tmp_path: Path) -> str:
    """URL of a fresh, migrated and seeded SQLite file owned by this test."""
    path = tmp_path / "kb.sqlite"
    shutil.copy(template_db, path)
    return f"sqlite:///{path}"


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """A session on this test's own KB file; uncommitted work is rolled back at the end."""
    with Session(engine, expire_on_commit=False) as session:
        yield session
        session.rollback()


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from extract.nlp import get_nlp

    return get_nlp()
