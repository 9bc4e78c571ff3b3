"""Careless and hostile command lines: each is one line on stderr, a non-zero exit code and
no traceback; a mistyped --db leaves no file behind; read-only commands work on a KB in a
read-only folder."""

from __future__ import annotations

import json
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
from click.testing import CliRunner
from hostile_run import _as_ordinary_user, run_breachkb

from kb.cli import cli
from kb.db import make_engine
from kb.loader import load_paths

ROOT = Path(__file__).resolve().parents[2]
HUGE = "99999999999999999999999"


def one_line_error(args: list[str], code: int | None = None) -> str:
    """Run `breachkb ARGS` in-process; assert a one-line error and return it."""
    result = CliRunner().invoke(cli, args)
    assert result.exit_code != 0, (args, result.output)
    if code is not None:
        assert result.exit_code == code, (args, result.exit_code, result.stderr)
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        args,
        result.exception,
    )
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, (args, result.stderr)
    assert "Traceback" not in result.output and "Traceback" not in result.stderr
    return lines[0]


@pytest.fixture
def seeded(kb_path: Path) -> Path:
    report = load_paths(make_engine(f"sqlite:///{kb_path}"), [ROOT / "seeds"])
    assert report.loaded == 3
    make_engine(f"sqlite:///{kb_path}").dispose()
    return kb_path


@pytest.mark.parametrize(
    "command",
    [
        ["incidents"],
        ["load", "seeds"],
        ["stats"],
        ["search", "police"],
        ["export", "--out", "{tmp}/out"],
        ["serve", "--port", "0"],
        ["runs"],
        ["crawl", "--state-dir", "{tmp}/state"],
    ],
)
@pytest.mark.parametrize(
    ("db", "reason"),
    [
        ("{tmp}/no/such/folder/kb.sqlite", "no such folder"),
        ("{tmp}", "is a folder"),
        ("{root}/README.md", "not a SQLite database"),
        ("foo://bar", "unknown database type"),
        ("{tmp}/typo.sqlite", "does not exist"),
    ],
)
def test_a_bad_db_is_one_line_and_creates_nothing(
    tmp_path: Path, command: list[str], db: str, reason: str
) -> None:
    fill = {"tmp": str(tmp_path), "root": str(ROOT)}
    before = sorted(tmp_path.rglob("*"))
    args = [part.format(**fill) for part in command] + ["--db", db.format(**fill)]
    line = one_line_error(args, code=1)
    assert reason in line
    # A mistyped path leaves nothing behind: no empty database, no -wal, no output folder.
    assert sorted(tmp_path.rglob("*")) == before


def test_init_refuses_a_missing_folder_and_creates_a_new_file(tmp_path: Path) -> None:
    assert "no such folder" in one_line_error(["init", "--db", f"{tmp_path}/x/kb.sqlite"], 1)
    assert not (tmp_path / "x").exists()
    result = CliRunner().invoke(cli, ["init", "--db", f"{tmp_path}/kb.sqlite"])
    assert result.exit_code == 0 and (tmp_path / "kb.sqlite").is_file()


def test_a_driver_that_is_not_there_or_a_server_that_is_not_up() -> None:
    line = one_line_error(["incidents", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/x"], 1)
    assert "psycopg" in line or "cannot open database" in line


@pytest.mark.parametrize(
    "args",
    [
        ["incidents", "--year", HUGE],
        ["incidents", "--min-fine", HUGE],
        ["incidents", "--limit", HUGE],
        ["incidents", "--min-fine", "-5"],
        ["incidents", "--since", "20155"],
        ["show", HUGE],
        ["show", "0"],
        ["search", "police", "--limit", HUGE],
        ["serve", "--port", "99999"],
        ["incidents", "--bogus"],
        ["nosuchcommand"],
    ],
)
def test_out_of_range_and_unknown_values_are_usage_errors(seeded: Path, args: list[str]) -> None:
    line = one_line_error([*args, "--db", str(seeded)], code=2)
    assert line.startswith("Error: ") and "--help" in line


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["incidents", "--type", "nonsense"], "no breach type matches"),
        (["incidents", "--force", "Narnia Constabulary"], "no police force matches"),
        (["incidents", "--regulator", "Narnia"], "no regulator matches"),
        (["show", "999999"], "no incident"),
        (["search", "!!!"], "no words"),
        (["search", " ".join(f"w{i}" for i in range(40))], "at most 32"),
    ],
)
def test_values_that_match_nothing_are_errors(seeded: Path, args: list[str], reason: str) -> None:
    assert reason in one_line_error([*args, "--db", str(seeded)], code=1)


@pytest.mark.slow  # a child process, as a user file permissions apply to
def test_export_into_a_file_or_a_read_only_folder(seeded: Path, tmp_path: Path) -> None:
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    line = one_line_error(["export", "--db", str(seeded), "--out", f"{a_file}/out"], 1)
    assert "cannot create --out" in line
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    run = run_breachkb("export", "--db", str(seeded), "--out", str(locked / "out"))
    assert run.code == 1 and len(run.stderr_lines) == 1, run.stderr
    assert "Permission denied" in run.stderr and "Traceback" not in run.stderr


def test_serve_on_a_port_in_use(seeded: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        line = one_line_error(["serve", "--db", str(seeded), "--port", str(port)], 1)
    assert f"cannot listen on 127.0.0.1:{port}" in line and "in use" in line


@pytest.mark.slow  # a child process, as a user file permissions apply to
def test_crawl_with_an_unusable_state_dir(seeded: Path, tmp_path: Path) -> None:
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    line = one_line_error(["crawl", "--db", str(seeded), "--state-dir", f"{a_file}/state"], 1)
    assert "cannot use --state-dir" in line
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    run = run_breachkb("crawl", "--db", str(seeded), "--state-dir", str(locked / "state"))
    assert run.code == 1 and len(run.stderr_lines) == 1, run.stderr
    assert "--state-dir" in run.stderr and "Traceback" not in run.stderr


@pytest.fixture
def read_only_kb(seeded: Path, tmp_path: Path) -> Iterator[Path]:
    """The seeded KB alone in a folder nobody may write to (not even root, see hostile_run)."""
    folder = tmp_path / "published"
    folder.mkdir()
    path = folder / "kb.sqlite"
    shutil.copy(seeded, path)
    path.chmod(0o444)
    folder.chmod(0o555)
    yield path
    folder.chmod(0o755)


@pytest.mark.slow  # a child process, as a user file permissions apply to
@pytest.mark.parametrize(
    "args",
    [
        ["incidents", "--format", "json"],
        ["show", "1", "--format", "json"],
        ["stats", "--format", "json"],
        ["counts", "--format", "json"],
        ["search", "police", "--format", "json"],
        ["runs", "--format", "json"],
    ],
)
def test_read_only_commands_work_in_a_read_only_folder(read_only_kb: Path, args: list[str]) -> None:
    run = run_breachkb(*args, "--db", str(read_only_kb))
    assert run.code == 0, run.stderr
    assert run.stderr == ""
    json.loads(run.stdout)
    assert sorted(p.name for p in read_only_kb.parent.iterdir()) == ["kb.sqlite"]


@pytest.mark.slow  # a child process, as a user file permissions apply to
def test_export_reads_a_kb_in_a_read_only_folder(read_only_kb: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    run = run_breachkb("export", "--db", str(read_only_kb), "--out", str(out))
    assert run.code == 0, run.stderr
    assert (out / "incidents_view.csv").is_file()


@pytest.mark.slow  # a child process, as a user file permissions apply to
def test_writing_to_a_read_only_kb_is_one_line(read_only_kb: Path) -> None:
    run = run_breachkb("load", str(ROOT / "seeds"), "--db", str(read_only_kb))
    assert run.code == 1 and len(run.stderr_lines) == 1, run.stderr
    assert "readonly" in run.stderr or "read-only" in run.stderr


@pytest.mark.slow  # a child process, as a user file permissions apply to
def test_serve_works_in_a_read_only_folder(read_only_kb: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-c", "from kb.cli import main; main()", "serve", "--db",
         str(read_only_kb), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=_as_ordinary_user,
    )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}/breachkb/incidents_view.json?_shape=array"
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    rows = json.load(response)
                break
            except OSError:
                assert proc.poll() is None, proc.communicate()[1].decode()
                assert time.monotonic() < deadline, "serve did not answer"
                time.sleep(0.2)
        assert rows and all("force" in row for row in rows)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert os.listdir(read_only_kb.parent) == ["kb.sqlite"]


def test_reextract_all_says_nothing_changed_and_reports_a_failure_once(seeded: Path) -> None:
    import sqlite3
    import zlib

    result = CliRunner().invoke(cli, ["reextract", "--all", "--db", str(seeded)])
    assert result.exit_code == 0, result.output
    assert "Re-extracted 3 article(s): 0 changed, 0 failed." in result.stdout
    with sqlite3.connect(seeded) as conn:  # one stored original no longer passes cleaning
        conn.execute("UPDATE articles SET raw = ? WHERE id = 1", (zlib.compress(b"x"),))
    result = CliRunner().invoke(cli, ["reextract", "--all", "--db", str(seeded)])
    assert result.exit_code == 3
    assert "Re-extracted 3 article(s): 0 changed, 1 failed." in result.stdout
    assert len(result.stderr.splitlines()) == 1 and "too short" in result.stderr
