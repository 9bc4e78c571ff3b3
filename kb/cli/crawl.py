"""`breachkb crawl`, `schedule` and `runs`: the Scrapy crawler driven from the CLI."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from kb.cli.options import db_option, format_option, open_kb
from kb.cli.output import render
from kb.config import database_url
from kb.db import open_database, session_scope
from kb.errors import BadInput

logger = logging.getLogger("breachkb.schedule")
# A run stopped before the end (Ctrl-C, CLOSESPIDER_*): like `load`'s partial exit code.
EXIT_STOPPED_EARLY = 3

SUMMARY_COLUMNS = (
    "source",
    "spider",
    "status",
    "pages_fetched",
    "items_stored",
    "duplicates",
    "off_topic",
    "skipped_seen",
    "skipped_prefilter",
    "errors",
    "error_kinds",
)


def _sources_option(func: Any) -> Any:
    return click.option(
        "--sources",
        "sources_file",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="Sources file [env BREACHKB_SOURCES; default: the sources.toml breachkb ships].",
    )(func)


def _state_option(func: Any) -> Any:
    return click.option(
        "--state-dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="Where resumable job queues and per-source locks live "
        "[env BREACHKB_STATE_DIR; default .breachkb].",
    )(func)


def _redis_option(func: Any) -> Any:
    return click.option(
        "--redis",
        "redis_url",
        envvar="BREACHKB_REDIS_URL",
        metavar="URL",
        default=None,
        help="Share the crawl frontier (and schedule slots) with other crawlers through this "
        "Redis, e.g. redis://host:6379/0 [env BREACHKB_REDIS_URL].",
    )(func)


def _writable_state(directory: Path) -> Path:
    """The state folder, created if needed; refused with a reason if nothing can go in it."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        (directory / "locks").mkdir(exist_ok=True)
    except OSError as exc:
        raise BadInput(f"cannot use --state-dir {directory}: {exc.strerror}") from None
    if not os.access(directory / "locks", os.W_OK | os.X_OK):
        raise BadInput(f"cannot write into --state-dir {directory}: permission denied")
    return directory


def _overrides(pairs: tuple[str, ...]) -> dict[str, str]:
    result = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"expected NAME=VALUE, got {pair!r}", param_hint="-s")
        result[name.strip()] = value
    return result


@click.command()
@click.argument("names", nargs=-1, metavar="[SOURCE]...")
@db_option
@_sources_option
@click.option("--since", metavar="DATE", help="Skip feed/sitemap entries older than DATE.")
@click.option("--refresh", is_flag=True, help="Fetch article pages again even if already seen.")
@click.option("--resume", is_flag=True, help="Keep a job queue so a stopped crawl can resume.")
@_state_option
@click.option(
    "-s", "--set", "settings", multiple=True, metavar="NAME=VALUE", help="Scrapy setting."
)
@_redis_option
@click.option("--list", "list_only", is_flag=True, help="List the sources and exit.")
@format_option
def crawl(
    names: tuple[str, ...],
    db: str | None,
    sources_file: Path | None,
    since: str | None,
    refresh: bool,
    resume: bool,
    state_dir: Path | None,
    settings: tuple[str, ...],
    redis_url: str | None,
    list_only: bool,
    fmt: str,
) -> None:
    """Crawl SOURCEs (default: every enabled source) into the KB and print a summary.

    Article pages already fetched on an earlier run (stored or off-topic) are not fetched
    again unless --refresh; feeds, sitemaps and listing pages are always re-read. Sources
    run together in one process; each run is recorded (see `breachkb runs`). Exit code 3
    when a crawl stopped before the end (Ctrl-C, a CLOSESPIDER_* limit); --resume goes on.

    \b
    Examples:
        breachkb crawl --list
        breachkb crawl ico-news express-and-star --since 2024-01-01
        breachkb crawl --resume            # Ctrl-C, then the same command resumes
        breachkb crawl bbc-uk -s CLOSESPIDER_PAGECOUNT=50 -s DOWNLOAD_DELAY=5
        breachkb crawl --redis redis://frontier:6379/0   # on each of N machines

    With --redis, every crawler given the same Redis shares one queue per source and one
    set of seen requests: each page is fetched by one of them (see README, Deployment).
    """
    from crawler.runner import crawl_settings, run_crawls
    from crawler.runner import state_dir as resolve_state
    from crawler.sources import load_sources, select_sources
    from crawler.spiders.source import parse_since

    sources = load_sources(sources_file)
    if list_only:
        rows = [
            {
                "name": s.name,
                "kind": s.kind,
                "enabled": s.enabled,
                "schedule": s.schedule,
                "title": s.title,
                "start_urls": " ".join(s.seed_urls()),
            }
            for s in sources.values()
        ]
        render(rows, fmt, title="Sources")
        return
    chosen = select_sources(sources, names)
    if not chosen:
        raise click.ClickException("no enabled source to crawl")
    if resume and redis_url:
        raise click.UsageError("--resume is for a local queue; the Redis queue already persists")
    since_date = parse_since(since)
    # Before any request: the KB exists and is current, the state folder is usable.
    open_database(database_url(db), "write")
    state = _writable_state(resolve_state(state_dir))
    scrapy_settings = crawl_settings(
        db_url=db,
        sources_file=sources_file,
        refresh=refresh,
        overrides=_overrides(settings),
    )
    summaries = run_crawls(
        chosen,
        scrapy_settings,
        since=since_date,
        resume=resume,
        redis_url=redis_url,
        state=state,
        progress=sys.stderr.isatty(),
    )
    rows = [s.as_row() for s in summaries]
    if fmt == "json":
        for row, summary in zip(rows, summaries, strict=True):
            row["errors"] = summary.errors
    render(rows, fmt, columns=SUMMARY_COLUMNS, title="Crawl summary")
    if any(s.status not in {"finished", "locked"} for s in summaries):
        sys.exit(EXIT_STOPPED_EARLY)


# Runs `breachkb` in a fresh interpreter: Scrapy's reactor cannot be restarted in-process.
_CHILD = "import sys; from kb.cli import main; sys.argv[0] = 'breachkb'; main()"


class _RunCounter:
    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self.done = 0
        self.lock = threading.Lock()

    def add(self) -> bool:
        """Count a finished run; True when the limit is reached."""
        with self.lock:
            self.done += 1
            return self.limit is not None and self.done >= self.limit


def _run_child(
    name: str, argv: list[str], schedule: str | None = None, redis_url: str | None = None
) -> dict[str, Any] | None:
    if redis_url and schedule:
        from crawler.schedule_lock import claim_slot

        if not claim_slot(redis_url, name, schedule, datetime.now(UTC)):
            logger.info("%s: this slot is taken by another machine", name)
            return None
    logger.info("%s: crawl starting", name)
    started = datetime.now(UTC)
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, "crawl", name, "--format", "json", *argv],
        capture_output=True,
        text=True,
    )
    seconds = (datetime.now(UTC) - started).total_seconds()
    summary = None
    with contextlib.suppress(ValueError, IndexError, KeyError):
        summary = json.loads(proc.stdout)[0]
    if summary is None:
        last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        logger.error("%s: crawl failed (exit %d, %.0fs): %s", name, proc.returncode, seconds, last)
        return None
    logger.info(
        "%s: %s in %.0fs: %d fetched, %d stored, %d duplicates, %d off-topic, errors %s",
        name,
        summary["status"],
        seconds,
        summary["pages_fetched"],
        summary["items_stored"],
        summary["duplicates"],
        summary["off_topic"],
        summary["errors"] or "none",
    )
    return summary


def make_scheduler(
    sources: list[Any],
    argv: list[str],
    *,
    once: bool = False,
    max_runs: int | None = None,
    redis_url: str | None = None,
) -> tuple[Any, _RunCounter]:
    """One job per source (cron trigger, or now with `once`), never two runs of a source at
    once (max_instances=1; missed runs coalesce into one); stops after `max_runs` runs.
    With `redis_url`, machines sharing that Redis run each source once per cron slot."""
    from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED
    from apscheduler.schedulers.blocking import BlockingScheduler
    from apscheduler.triggers.cron import CronTrigger

    scheduler = BlockingScheduler(timezone=UTC)
    counter = _RunCounter(len(sources) if once else max_runs)

    def finished(_event: Any) -> None:
        if counter.add():
            scheduler.shutdown(wait=False)

    scheduler.add_listener(finished, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
    now = datetime.now(UTC)
    for source in sources:
        options: dict[str, Any] = {"next_run_time": now} if once else {}
        trigger = None if once else CronTrigger.from_crontab(source.schedule, timezone=UTC)
        scheduler.add_job(
            _run_child,
            trigger=trigger,
            args=[source.name, argv, None if once else source.schedule, redis_url],
            id=source.name,
            name=f"crawl {source.name}",
            max_instances=1,
            coalesce=True,
            misfire_grace_time=600,
            **options,
        )
    return scheduler, counter


@click.command()
@click.argument("names", nargs=-1, metavar="[SOURCE]...")
@db_option
@_sources_option
@_state_option
@click.option("--once", is_flag=True, help="Run each source once, now, then exit.")
@click.option("--max-runs", type=click.IntRange(min=1), help="Exit after this many runs.")
@_redis_option
def schedule(
    names: tuple[str, ...],
    db: str | None,
    sources_file: Path | None,
    state_dir: Path | None,
    once: bool,
    max_runs: int | None,
    redis_url: str | None,
) -> None:
    """Crawl each enabled source (or each SOURCE) on its cron schedule until stopped.

    Every run is a separate `breachkb crawl` process, logged to stderr; a source is never
    crawled twice at once (one job per source, plus a lock file shared with `breachkb crawl`).
    Schedules are UTC.

    \b
    Examples:
        breachkb schedule                      # until Ctrl-C
        breachkb schedule ico-news --once      # one run of each, now
        breachkb schedule --redis redis://frontier:6379/0   # on each crawler machine

    With --redis (or BREACHKB_REDIS_URL), schedulers on several machines claim each
    source's cron slot in Redis: one machine runs it, the others skip it; the crawls
    share that Redis's frontier.
    """
    from crawler.sources import load_sources, select_sources

    chosen = select_sources(load_sources(sources_file), names)
    if not chosen:
        raise click.ClickException("no enabled source to schedule")
    url = database_url(db)
    open_database(url, "write")
    if state_dir:
        _writable_state(state_dir)
    argv = ["--db", url]
    if sources_file:
        argv += ["--sources", str(sources_file)]
    if state_dir:
        argv += ["--state-dir", str(state_dir)]
    if redis_url:
        argv += ["--redis", redis_url]
    if not logger.handlers:  # the schedule's own log, whatever -v says about the rest
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
    scheduler, counter = make_scheduler(
        chosen, argv, once=once, max_runs=max_runs, redis_url=redis_url
    )
    if not once:
        for source in chosen:
            logger.info("%s: scheduled %r (UTC)", source.name, source.schedule)
    with contextlib.suppress(KeyboardInterrupt, SystemExit):
        scheduler.start()
    logger.info("scheduler stopped after %d run(s)", counter.done)


@click.command()
@db_option
@click.option("--source", default=None, help="Only runs of this source.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@format_option
def runs(db: str | None, source: str | None, limit: int, fmt: str) -> None:
    """List recent crawl runs, newest first, with their figures and errors by kind.

    \b
    Example:
        breachkb runs --source ico-news --limit 5 --format json
    """
    from crawler.history import COLUMNS, recent_runs

    engine = open_kb(db)
    with session_scope(engine) as session:
        rows = recent_runs(session, source=source, limit=limit)
    if fmt == "table":
        for row in rows:
            row["errors"] = ", ".join(f"{k}={v}" for k, v in row["errors"].items())
    render(rows, fmt, columns=COLUMNS, title="Crawl runs")


def register(cli: click.Group) -> None:
    for command in (crawl, schedule, runs):
        cli.add_command(command)
