"""Fixtures of the crawler tests: the fixture site served for one test, its sources file, and
`breachkb` in a child process with politeness delays off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fixture_site import Breachkb, Sites, quiet_env, serving, write_sources


@pytest.fixture
def sites() -> Iterator[Sites]:
    with serving() as sites:
        yield sites


@pytest.fixture
def sources_file(sites: Sites, tmp_path: Path) -> Path:
    return write_sources(sites, tmp_path)


@pytest.fixture
def crawl_env(tmp_path: Path) -> dict[str, str]:
    return quiet_env(tmp_path / "state")


@pytest.fixture
def breachkb(crawl_env: dict[str, str], db_url: str, sources_file: Path) -> Breachkb:
    return Breachkb(crawl_env, db_url, sources_file)
