"""Crawls on each source's cron schedule: one APScheduler job per source, each run a separate
`breachkb crawl` process (Scrapy's reactor cannot restart in one process).

`run_slot` is the one step a schedule takes: run one source once and report. Anything that must
hold for a slot (a lock so that one source runs once per slot across machines, say) wraps it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import subprocess
import sys
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger

from crawler.sources import Source

logger = logging.getLogger("breachkb.schedule")

# Runs `breachkb` in a fresh interpreter.
_CHILD = "import sys; from kb.cli import main; sys.argv[0] = 'breachkb'; main()"


class RunCounter:
    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self.done = 0
        self.lock = threading.Lock()

    def add(self) -> bool:
        """Count a finished run; True when the limit is reached."""
        with self.lock:
            self.done += 1
            return self.limit is not None and self.done >= self.limit


@dataclass(frozen=True)
class NextRun:
    source: str
    schedule: str
    next_run: datetime


def next_runs(sources: list[Source], now: datetime | None = None) -> list[NextRun]:
    """When each source's cron (UTC) fires next, soonest first."""
    now = now or datetime.now(UTC)
    runs = []
    for source in sources:
        trigger = CronTrigger.from_crontab(source.schedule, timezone=UTC)
        fire = trigger.get_next_fire_time(None, now)
        assert fire is not None  # a valid crontab always fires again
        runs.append(NextRun(source.name, source.schedule, fire))
    return sorted(runs, key=lambda r: (r.next_run, r.source))


def run_slot(name: str, argv: list[str]) -> dict[str, Any] | None:
    """Crawl one source once, in a child process; its summary row, or None if it failed."""
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


def claimed_slot(
    name: str, argv: list[str], schedule: str | None = None, redis_url: str | None = None
) -> dict[str, Any] | None:
    """`run_slot`, once per cron slot across every machine sharing `redis_url`: the first
    scheduler to claim the slot in Redis runs it, the others skip it."""
    if redis_url and schedule:
        from crawler.schedule_lock import claim_slot

        if not claim_slot(redis_url, name, schedule, datetime.now(UTC)):
            logger.info("%s: this slot is taken by another machine", name)
            return None
    return run_slot(name, argv)


def make_scheduler(
    sources: list[Source],
    argv: list[str],
    *,
    once: bool = False,
    max_runs: int | None = None,
    redis_url: str | None = None,
) -> tuple[BlockingScheduler, RunCounter]:
    """One job per source (cron trigger, or now with `once`), never two runs of a source at
    once (max_instances=1; missed runs coalesce into one); stops after `max_runs` runs.
    With `redis_url`, machines sharing that Redis run each source once per cron slot."""
    scheduler = BlockingScheduler(timezone=UTC)
    counter = RunCounter(len(sources) if once else max_runs)

    def finished(_event: Any) -> None:
        if counter.add():
            scheduler.shutdown(wait=False)

    scheduler.add_listener(finished, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
    now = datetime.now(UTC)
    for source in sources:
        options: dict[str, Any] = {"next_run_time": now} if once else {}
        trigger = None if once else CronTrigger.from_crontab(source.schedule, timezone=UTC)
        scheduler.add_job(
            claimed_slot,
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
