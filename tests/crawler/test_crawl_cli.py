"""`breachkb crawl`, `runs` in-process where no reactor is needed: errors before any request."""

from __future__ import annotations

import fcntl
import json
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from fixture_site import Sites
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from kb.cli import cli
from kb.models import CrawlRun


def invoke(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), env=env)


def test_bad_sources_file_fails_before_any_request(
    sites: Sites, sources_file: Path, db_url: str
) -> None:
    sources_file.write_text(sources_file.read_text().replace('"*/5 * * * *"', '"every 5 min"'))
    result = invoke("crawl", "--db", db_url, "--sources", str(sources_file))
    assert result.exit_code == 1
    assert "bad cron schedule 'every 5 min'" in result.output
    assert result.output.count("\n") == 1  # one line, no traceback
    assert sites.main.hits == [] and sites.partner.hits == []


def test_bad_since_and_unknown_source_fail_cleanly(sources_file: Path, db_url: str) -> None:
    since = invoke("crawl", "--db", db_url, "--sources", str(sources_file), "--since", "soonish")
    assert since.exit_code == 1 and "cannot understand the date 'soonish'" in since.output
    unknown = invoke("crawl", "nope", "--db", db_url, "--sources", str(sources_file))
    assert unknown.exit_code == 1 and "unknown source 'nope'" in unknown.output


def test_uninitialised_database_is_refused(
    sites: Sites, sources_file: Path, tmp_path: Path
) -> None:
    empty = f"sqlite:///{tmp_path / 'empty.sqlite'}"
    result = invoke("crawl", "--db", empty, "--sources", str(sources_file))
    assert result.exit_code == 1 and "breachkb init" in result.output
    assert sites.main.hits == []


def test_a_source_locked_by_another_process_is_skipped(
    sites: Sites, sources_file: Path, db_url: str, tmp_path: Path
) -> None:
    locks = tmp_path / "state" / "locks"
    locks.mkdir(parents=True)
    with (locks / "gazette-feed.lock").open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = invoke(
            "crawl",
            "gazette-feed",
            "--db",
            db_url,
            "--sources",
            str(sources_file),
            "--state-dir",
            str(tmp_path / "state"),
            "--format",
            "json",
        )
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.stdout)
    assert row["status"] == "locked" and row["pages_fetched"] == 0
    assert result.stderr == "gazette-feed: locked\n"
    assert sites.main.hits == []


def test_crawl_list_shows_sources(sources_file: Path) -> None:
    result = invoke("crawl", "--list", "--sources", str(sources_file), "--format", "json")
    assert result.exit_code == 0, result.output
    rows = {row["name"]: row for row in json.loads(result.output)}
    assert set(rows) == {"gazette-feed", "gazette-sitemap", "gazette-archive", "courier-feed"}
    assert rows["gazette-sitemap"]["kind"] == "sitemap"
    assert rows["gazette-sitemap"]["prefilter"] == "lenient"
    assert rows["gazette-sitemap"]["narrow"] is False  # /sitemap_index.xml, /news/: the outlet


def test_shipped_sources_listed_by_default() -> None:
    result = invoke("crawl", "--list", "--format", "csv", env={"BREACHKB_SOURCES": ""})
    assert result.exit_code == 0, result.output
    assert "\nico-news,listing,True," in result.output


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_runs_formats(engine: Engine, db_url: str, fmt: str) -> None:
    with Session(engine) as session:
        session.add_all(
            [
                CrawlRun(
                    source=name,
                    spider="feed",
                    started_at=datetime(2024, 5, day, 6, 0),
                    finished_at=datetime(2024, 5, day, 6, 5),
                    status="finished",
                    pages_fetched=10 + day,
                    items_stored=day,
                    off_topic=3,
                    duplicates=1,
                    errors={"http_404": day},
                )
                for day, name in ((1, "ico-news"), (2, "bbc-uk"), (3, "ico-news"))
            ]
        )
        session.commit()
    result = invoke("runs", "--db", db_url, "--source", "ico-news", "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "json":
        rows = json.loads(result.output)
        assert [r["pages_fetched"] for r in rows] == [13, 11]  # newest first
        assert rows[0]["errors"] == {"http_404": 3}
    elif fmt == "csv":
        lines = result.output.strip().splitlines()
        assert lines[0].split(",")[:3] == ["id", "source", "spider"]
        assert len(lines) == 3 and "bbc-uk" not in result.output
    else:
        assert "ico-news" in result.output and "http_404=3" in result.output
        assert "bbc-uk" not in result.output


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["backfill", "https:///news/"], 2, "not a URL prefix"),
        (["backfill", "https://x.test/", "--from", "2020", "--to", "2010"], 2, "--from is after"),
        (["backfill", "nope"], 1, "unknown source 'nope'"),
        (["backfill", "https://x.test/", "--from", "whenever"], 1, "cannot understand the date"),
        (["load", "x.warc.gz", "--url-pattern", "(unclosed"], 2, "--url-pattern"),
    ],
)
def test_backfill_and_load_options_are_checked_before_any_work(
    sources_file: Path, db_url: str, args: list[str], code: int, message: str
) -> None:
    extra = ["--sources", str(sources_file)] if args[0] == "backfill" else []
    result = invoke(*args, "--db", db_url, *extra)
    assert result.exit_code == code, result.output
    assert message in result.output
    assert "Traceback" not in result.output
