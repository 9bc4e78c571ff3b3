"""Fixtures of the hostile-input tests."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def kb_path(template_db: Path, tmp_path: Path) -> Iterator[Path]:
    """A migrated KB file of this test's own."""
    path = tmp_path / "kb" / "kb.sqlite"
    path.parent.mkdir()
    shutil.copy(template_db, path)
    yield path
