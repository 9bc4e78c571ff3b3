"""`breachkb crawl`, `schedule` and `runs`: the Scrapy crawler driven from the CLI."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path
from typing import Any

import click

from kb.cli.options import db_option, format_option, open_kb
from kb.cli.output import render
from kb.config import database_url
from kb.db import open_database, session_scope
from kb.errors import BadInput

# A run stopped before the end (Ctrl-C, CLOSESPIDER_*): like `load`'s partial exit code.
EXIT_STOPPED_EARLY = 3
# At least one source failed outright: every request it made failed (no network, DNS, ...).
EXIT_SOURCE_FAILED = 4

SUMMARY_COLUMNS = (
    "source",
    "spider",
    "status",
    "pages_fetched",
    "items_stored",
    "duplicates",
    "off_topic",
    "off_topic_share",
    "skipped_seen",
    "skipped_prefilter",
    "outside_window",
    "errors",
    "error_kinds",
)
# What fits a terminal; CSV and JSON carry every column.
SUMMARY_TABLE = tuple(c for c in SUMMARY_COLUMNS if c not in {"outside_window", "errors"})


def quiet_network_logs() -> None:
    """Without -v, expected network failures are summarised per source, not logged one by one
    with tracebacks (crawler.outcomes.QuietNetworkErrors)."""
    ctx = click.get_current_context(silent=True)
    verbose = ctx.find_root().params.get("verbose", 0) if ctx else 0
    if verbose:
        return
    from crawler.outcomes import QuietNetworkErrors

    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, QuietNetworkErrors) for f in handler.filters):
            handler.addFilter(QuietNetworkErrors())


def report_runs(summaries: list[Any], fmt: str) -> None:
    """The summary table (or JSON) on stdout, one line per source on stderr, and the exit
    code: 4 when a source failed, 3 when a run stopped early, else 0."""
    rows = [s.as_row() for s in summaries]
    if fmt == "json":
        rows = [s.as_json() for s in summaries]
    columns = SUMMARY_TABLE if fmt == "table" else SUMMARY_COLUMNS
    render(rows, fmt, columns=columns, title="Crawl summary")
    for summary in summaries:
        if summary.status != "finished" or summary.errors:
            click.echo(summary.line(), err=True)
    if any(s.status == "failed" for s in summaries):
        sys.exit(EXIT_SOURCE_FAILED)
    if any(s.status not in {"finished", "locked"} for s in summaries):
        sys.exit(EXIT_STOPPED_EARLY)


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


def _run(
    sources: list[Any],
    *,
    db: str | None,
    sources_file: Path | None,
    settings: tuple[str, ...],
    workers: int | None,
    since: Any,
    until: Any,
    resume: bool,
    state_dir: Path | None,
    fmt: str,
    refresh: bool = False,
    spider: Any = None,
    redis_url: str | None = None,
) -> None:
    """Run crawls (or backfills) of `sources` in this process and report them."""
    from crawler.runner import crawl_settings, run_crawls
    from crawler.runner import state_dir as resolve_state

    # Before any request: the KB exists and is current, the state folder is usable.
    open_database(database_url(db), "write")
    state = _writable_state(resolve_state(state_dir))
    overrides = _overrides(settings)
    if workers is not None:
        overrides["EXTRACT_WORKERS"] = str(workers)
    scrapy_settings = crawl_settings(
        db_url=db, sources_file=sources_file, refresh=refresh, overrides=overrides
    )
    quiet_network_logs()
    summaries = run_crawls(
        sources,
        scrapy_settings,
        since=since,
        until=until,
        resume=resume,
        state=state,
        progress=sys.stderr.isatty(),
        spider=spider,
        redis_url=redis_url,
    )
    report_runs(summaries, fmt)


def _window_options(func: Any) -> Any:
    func = click.option(
        "--until", metavar="DATE", help="Skip entries dated after DATE (sitemap, feed, page)."
    )(func)
    return click.option(
        "--since", metavar="DATE", help="Skip entries dated before DATE (sitemap, feed, page)."
    )(func)


def _workers_option(func: Any) -> Any:
    return click.option(
        "--workers",
        type=click.IntRange(min=0),
        default=None,
        help="Processes that clean and extract pages while Scrapy downloads "
        "[env BREACHKB_EXTRACT_WORKERS; default 1; 0 = in the crawl process].",
    )(func)


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
@_window_options
@_workers_option
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
    until: str | None,
    workers: int | None,
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
    run together in one process; each run is recorded (see `breachkb runs`). A source whose
    every request failed is `failed` and reported on stderr. Exit code 4 when a source
    failed, 3 when a crawl stopped before the end (Ctrl-C, a CLOSESPIDER_* limit; --resume
    goes on).

    \b
    Examples:
        breachkb crawl --list
        breachkb crawl ico-news express-and-star --since 2024-01-01 --until 2024-06-30
        breachkb crawl --workers 2
        breachkb crawl --resume            # Ctrl-C, then the same command resumes
        breachkb crawl bbc-uk -s CLOSESPIDER_PAGECOUNT=50 -s DOWNLOAD_DELAY=5
        breachkb crawl --redis redis://frontier:6379/0   # on each of N machines

    With --redis, every crawler given the same Redis shares one queue per source and one
    set of seen requests: each page is fetched by one of them (see README, Deployment).
    """
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
                "prefilter": s.prefilter,
                "narrow": s.narrow,
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
    _run(
        chosen,
        db=db,
        sources_file=sources_file,
        settings=settings,
        workers=workers,
        refresh=refresh,
        since=parse_since(since),
        until=parse_since(until),
        resume=resume,
        state_dir=state_dir,
        fmt=fmt,
        redis_url=redis_url,
    )


@click.command()
@click.argument("names", nargs=-1, metavar="[SOURCE]...")
@db_option
@_sources_option
@_state_option
@click.option("--once", is_flag=True, help="Run each source once, now, then exit.")
@click.option("--max-runs", type=click.IntRange(min=1), help="Exit after this many runs.")
@_redis_option
@click.option("--list", "list_only", is_flag=True, help="Show each source's next run and exit.")
@format_option
def schedule(
    names: tuple[str, ...],
    db: str | None,
    sources_file: Path | None,
    state_dir: Path | None,
    once: bool,
    max_runs: int | None,
    redis_url: str | None,
    list_only: bool,
    fmt: str,
) -> None:
    """Crawl each enabled source (or each SOURCE) on its cron schedule until stopped.

    Every run is a separate `breachkb crawl` process, logged to stderr; a source is never
    crawled twice at once (one job per source, plus a lock file shared with `breachkb crawl`).
    Schedules are UTC; each source's next run time is shown at the start (and by --list).

    \b
    Examples:
        breachkb schedule --list               # when each source runs next
        breachkb schedule                      # until Ctrl-C
        breachkb schedule ico-news --once      # one run of each, now
        breachkb schedule --redis redis://frontier:6379/0   # on each crawler machine

    With --redis (or BREACHKB_REDIS_URL), schedulers on several machines claim each
    source's cron slot in Redis: one machine runs it, the others skip it; the crawls
    share that Redis's frontier.
    """
    from crawler.scheduler import logger, make_scheduler, next_runs
    from crawler.sources import load_sources, select_sources

    chosen = select_sources(load_sources(sources_file), names)
    if not chosen:
        raise click.ClickException("no enabled source to schedule")
    if list_only:
        rows = [
            {"source": r.source, "schedule": r.schedule, "next_run": r.next_run.isoformat()}
            for r in next_runs(chosen)
        ]
        render(rows, fmt, title="Next runs (UTC)")
        return
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
        for run in next_runs(chosen):
            logger.info(
                "%s: scheduled %r (UTC), next run %s",
                run.source,
                run.schedule,
                run.next_run.strftime("%Y-%m-%d %H:%M UTC"),
            )
    with contextlib.suppress(KeyboardInterrupt, SystemExit):
        scheduler.start()
    logger.info("scheduler stopped after %d run(s)", counter.done)


def _year_or_date(value: str | None, *, end: bool) -> Any:
    """`2010` is the whole year (1 January, or 31 December for --to); else any --since date."""
    from datetime import date

    from crawler.spiders.source import parse_since

    if value and value.strip().isdigit() and len(value.strip()) == 4:
        year = int(value)
        return date(year, 12, 31) if end else date(year, 1, 1)
    return parse_since(value)


@click.command()
@click.argument("target", metavar="SOURCE|URL-PREFIX")
@db_option
@_sources_option
@click.option("--from", "from_", metavar="YEAR|DATE", help="Captures from this year or date.")
@click.option("--to", "to", metavar="YEAR|DATE", help="Captures up to this year or date.")
@_workers_option
@click.option("--resume", is_flag=True, help="Keep a job queue so a stopped backfill can resume.")
@_state_option
@click.option(
    "-s", "--set", "settings", multiple=True, metavar="NAME=VALUE", help="Scrapy setting."
)
@format_option
def backfill(
    target: str,
    db: str | None,
    sources_file: Path | None,
    from_: str | None,
    to: str | None,
    workers: int | None,
    resume: bool,
    state_dir: Path | None,
    settings: tuple[str, ...],
    fmt: str,
) -> None:
    """Fill in the past from the Internet Archive: every capture of a SOURCE's domains, or of
    the pages under a URL-PREFIX, between --from and --to.

    Captures are listed with the Wayback Machine's CDX API (one per page, the first in the
    date range), fetched politely (robots.txt, one request at a time, BACKFILL_DOWNLOAD_DELAY
    seconds apart, retries with backoff) and sent through the same scan, clean, extract and
    store path as a crawl. Articles keep their original URL, with the capture time in
    `captured_at`. Pages already in the KB are skipped, so a stopped or repeated backfill
    only does what is left. Exit codes as for `breachkb crawl`.

    \b
    Examples:
        breachkb backfill https://www.kentonline.co.uk/news/crime/ --from 2010 --to 2020
        breachkb backfill ico-news --from 2008
        breachkb backfill bbc-uk --from 2015 --to 2016 --resume
    """
    from urllib.parse import urlsplit

    from crawler.sources import load_sources, select_sources
    from crawler.spiders.backfill import BackfillSpider, prefix_source

    if urlsplit(target).scheme in ("http", "https"):
        if not urlsplit(target).hostname:
            raise click.BadParameter(f"not a URL prefix: {target!r}", param_hint="TARGET")
        source = prefix_source(target)
    else:
        [source] = select_sources(load_sources(sources_file), [target])
    since, until = _year_or_date(from_, end=False), _year_or_date(to, end=True)
    if since and until and since > until:
        raise click.BadParameter("--from is after --to", param_hint="--from")
    _run(
        [source],
        db=db,
        sources_file=sources_file,
        settings=settings,
        workers=workers,
        since=since,
        until=until,
        resume=resume,
        state_dir=state_dir,
        fmt=fmt,
        spider=BackfillSpider,
    )


@click.command()
@db_option
@click.option("--source", default=None, help="Only runs of this source.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@format_option
def runs(db: str | None, source: str | None, limit: int, fmt: str) -> None:
    """List recent crawl runs, newest first: figures, the off-topic share of pages fetched,
    links skipped by reason and by pre-filter level, and failed requests by kind.

    \b
    Example:
        breachkb runs --source ico-news --limit 5 --format json
    """
    from crawler.history import COLUMNS, TABLE_COLUMNS, recent_runs

    engine = open_kb(db)
    with session_scope(engine) as session:
        rows = recent_runs(session, source=source, limit=limit)
    if fmt == "table":
        for row in rows:
            for name in ("errors", "skipped", "prefilter_skips"):
                row[name] = ", ".join(f"{k}={v}" for k, v in row[name].items())
    render(rows, fmt, columns=TABLE_COLUMNS if fmt == "table" else COLUMNS, title="Crawl runs")


def register(cli: click.Group) -> None:
    for command in (crawl, backfill, schedule, runs):
        cli.add_command(command)
