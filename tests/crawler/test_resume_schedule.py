"""Interrupted crawls resume without refetching; the scheduler; `scrapy crawl` from the root."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from apscheduler.triggers.cron import CronTrigger
from fixture_site import ROOT, Breachkb, Sites
from sqlalchemy import select
from sqlalchemy.orm import Session

from crawler.scheduler import make_scheduler, next_runs
from crawler.sources import load_sources
from kb.db import make_engine
from kb.models import Article, CrawlRun, SeenUrl

FEED_RELEVANT = {
    "/news/2024/03/kent-police-fined-over-lost-usb-sticks",
    "/news/2024/02/cheshire-constabulary-reprimanded-over-misdirected-emails",
    "/news/2024/01/met-police-reprimanded-after-victims-addresses-disclosed",
    "/news/2023/11/police-scotland-fined-over-witness-statements-left-on-train",
    "/news/2015/05/force-fined-after-dvds-of-victim-interviews-lost",
}


def seen_paths(db_url: str) -> set[str]:
    with Session(make_engine(db_url)) as session:
        return {urlsplit(u).path for u in session.scalars(select(SeenUrl.canonical_url))}


def stored_paths(db_url: str) -> set[str]:
    with Session(make_engine(db_url)) as session:
        return {urlsplit(u).path for u in session.scalars(select(Article.url))}


def runs(db_url: str) -> list[CrawlRun]:
    with Session(make_engine(db_url)) as session:
        return list(session.scalars(select(CrawlRun).order_by(CrawlRun.id)))


def wait_for(condition, timeout: float = 90) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.mark.slow
def test_interrupted_crawl_resumes_without_refetching(
    sites: Sites, breachkb: Breachkb, db_url: str, tmp_path: Path
) -> None:
    breachkb.env["BREACHKB_CONCURRENT_REQUESTS_PER_DOMAIN"] = "1"
    sites.main.article_delay = 0.4
    proc = breachkb.start("crawl", "gazette-feed", "--resume")
    wait_for(lambda: len(sites.main.paths(articles_only=True)) >= 3)
    proc.send_signal(signal.SIGINT)  # what Ctrl-C does: Scrapy stops gracefully
    _, stderr = proc.communicate(timeout=90)
    assert proc.returncode == 3, stderr[-2000:]  # stopped early
    [stopped] = runs(db_url)
    assert stopped.status == "shutdown" and stopped.finished_at is not None
    jobdir = tmp_path / "state" / "jobs" / "gazette-feed"
    assert (jobdir / "requests.queue").is_dir()  # the pending requests were saved
    done_before = seen_paths(db_url)
    requested_before = set(sites.main.paths(articles_only=True))
    assert done_before and not stored_paths(db_url) >= FEED_RELEVANT

    sites.main.article_delay = 0
    mark = len(sites.main.hits)
    result = breachkb("crawl", "gazette-feed", "--resume", "--format", "json")
    assert result.returncode == 0, result.stderr[-2000:]
    [row] = json.loads(result.stdout)
    assert row["status"] == "finished"
    again = {h.path for h in sites.main.hits[mark:] if h.is_article}
    assert not again & done_before  # nothing processed before the stop is fetched again
    assert again | requested_before >= FEED_RELEVANT
    assert stored_paths(db_url) >= FEED_RELEVANT
    assert not jobdir.exists()  # a finished crawl leaves nothing to resume
    assert [r.status for r in runs(db_url)] == ["shutdown", "finished"]


@pytest.mark.slow
def test_schedule_once_runs_the_source_in_a_child_process(
    sites: Sites, breachkb: Breachkb, db_url: str
) -> None:
    result = breachkb("schedule", "gazette-feed", "--once")
    assert result.returncode == 0, result.stderr[-2000:]
    log = result.stderr
    assert "gazette-feed: crawl starting" in log
    assert "gazette-feed: finished in" in log
    assert "scheduler stopped after 1 run(s)" in log
    assert [(r.source, r.status) for r in runs(db_url)] == [("gazette-feed", "finished")]
    assert stored_paths(db_url) >= FEED_RELEVANT


def test_scheduler_jobs_follow_cron_and_never_overlap(sources_file: Path) -> None:
    sources = [s for s in load_sources(sources_file).values() if s.enabled]
    scheduler, counter = make_scheduler(sources, ["--db", "x"], max_runs=5)
    jobs = {job.id: job for job in scheduler.get_jobs()}
    assert set(jobs) == {s.name for s in sources}
    for source in sources:
        job = jobs[source.name]
        assert job.max_instances == 1 and job.coalesce
        assert str(job.trigger) == str(CronTrigger.from_crontab(source.schedule, timezone=UTC))
    assert counter.limit == 5
    once, counter = make_scheduler(sources, [], once=True)
    assert counter.limit == len(sources)


def test_next_runs_follow_each_cron(sources_file: Path) -> None:
    sources = [s for s in load_sources(sources_file).values() if s.enabled]
    now = datetime(2024, 5, 1, 6, 7, tzinfo=UTC)
    runs = next_runs(sources, now)
    assert [(r.source, r.next_run.strftime("%H:%M")) for r in runs] == [
        ("gazette-feed", "06:10"),  # */5
        ("gazette-sitemap", "06:10"),  # */10
        ("courier-feed", "06:30"),  # 30 * * * *
        ("gazette-archive", "07:00"),  # 0 * * * *
    ]


def test_schedule_list_shows_each_sources_next_run(sources_file: Path, db_url: str) -> None:
    from click.testing import CliRunner

    from kb.cli import cli

    args = ["schedule", "--list", "--db", db_url, "--sources", str(sources_file)]
    result = CliRunner().invoke(cli, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert {r["source"] for r in rows} == {s.name for s in load_sources(sources_file).values()}
    times = [datetime.fromisoformat(r["next_run"]) for r in rows]
    assert times == sorted(times) and all(t > datetime.now(UTC) for t in times)


@pytest.mark.slow
def test_scrapy_crawl_works_from_the_repository_root(
    sites: Sites, crawl_env: dict[str, str], sources_file: Path, db_url: str
) -> None:
    env = dict(crawl_env, BREACHKB_SOURCES=str(sources_file), BREACHKB_DATABASE_URL=db_url)
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "listing", "-a", "source=gazette-archive"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "/archive/page-3.html" in sites.main.paths()
    [run] = runs(db_url)
    assert (run.source, run.spider, run.status) == ("gazette-archive", "listing", "finished")
    assert run.items_stored >= 4 and run.off_topic == 2
    assert "/news/2023/06/gmp-officer-sacked-for-searching-police-records" in stored_paths(db_url)
