"""Fixtures for the query surface: a small real KB, a CLI runner, a live Datasette server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from backends import PostgresServer
from click.testing import CliRunner
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from web_corpus import JOURNALIST_STORIES, STORIES, build_kb

from kb.db import make_engine

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture(scope="session")
def web_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test corpus stored in a migrated SQLite file; tests must not write to it."""
    path = tmp_path_factory.mktemp("web") / "kb.sqlite"
    build_kb(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def journalist_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test corpus plus the journalists' fixtures: a fine two outlets disagree on, dates
    by role, breach tallies (conflicting and approximate); tests must not write to it."""
    path = tmp_path_factory.mktemp("journalist") / "kb.sqlite"
    build_kb(f"sqlite:///{path}", STORIES + JOURNALIST_STORIES)
    return path


@pytest.fixture
def web_kb_copy(web_kb: Path, tmp_path: Path) -> Path:
    """A private copy of the corpus KB for tests that write."""
    path = tmp_path / "kb.sqlite"
    shutil.copy(web_kb, path)
    return path


@pytest.fixture(scope="session")
def web_kb_postgres(postgres_server: PostgresServer) -> str:
    """The test corpus in a PostgreSQL database of its own; tests must not write to it."""
    url = postgres_server.create()
    build_kb(url)
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def kb_engine(request: pytest.FixtureRequest, web_kb: Path) -> Iterator[Engine]:
    """The corpus KB on each backend in turn (read-only use)."""
    if request.param == "sqlite":
        yield make_engine(f"sqlite:///{web_kb}")
    else:
        yield make_engine(request.getfixturevalue("web_kb_postgres"))


@pytest.fixture
def kb_session(kb_engine: Engine) -> Iterator[Session]:
    with Session(kb_engine) as session:
        yield session
        session.rollback()


@pytest.fixture
def run_cli():  # type: ignore[no-untyped-def]
    """Invoke `breachkb ARGS` in-process and return the click Result."""
    from kb.cli import cli

    def invoke(*args: str):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)

    return invoke


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _serve(path: Path) -> Iterator[str]:
    """`breachkb serve` in a subprocess on a free local port; yields its base URL."""
    port = free_port()
    breachkb = shutil.which("breachkb", path=str(Path(sys.executable).parent))
    command = [breachkb] if breachkb else [sys.executable, "-c", "from kb.cli import main; main()"]
    proc = subprocess.Popen(
        [*command, "serve", "--db", str(path), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{base}/-/versions.json", timeout=2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    output = proc.stdout.read().decode() if proc.stdout else ""
                    pytest.fail(f"breachkb serve did not start:\n{output}")
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="session")
def server(web_kb: Path) -> Iterator[str]:
    yield from _serve(web_kb)


@pytest.fixture(scope="session")
def journalist_server(journalist_kb: Path) -> Iterator[str]:
    yield from _serve(journalist_kb)


@pytest.fixture(scope="session")
def browser():  # type: ignore[no-untyped-def]
    """Debian's headless Chromium through Playwright; never downloads a browser."""
    if not CHROMIUM.exists():
        if os.environ.get("BREACHKB_REQUIRE_BROWSER"):
            pytest.fail(f"{CHROMIUM} is missing and BREACHKB_REQUIRE_BROWSER is set")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, request):  # type: ignore[no-untyped-def]
    """A fresh page; a screenshot of it is saved under tests/artifacts/ after the test."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()
