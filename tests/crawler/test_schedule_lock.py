"""`breachkb schedule --redis` on several machines: each source runs once per cron slot."""

from __future__ import annotations

import logging
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime

import pytest
import redis
from backends import redis_url

from crawler.schedule_lock import claim_slot, current_slot
from crawler.scheduler import claimed_slot

EVERY_15 = "*/15 * * * *"


@pytest.fixture
def frontier() -> str:
    url = redis_url()
    redis.Redis.from_url(url).flushdb()
    return url


def _claim(args: tuple[str, datetime]) -> bool:
    url, now = args
    return claim_slot(url, "ico-news", EVERY_15, now)


def test_slot_is_the_latest_cron_time() -> None:
    slot, ttl = current_slot(EVERY_15, datetime(2025, 3, 1, 10, 44, 59))
    assert slot == datetime(2025, 3, 1, 10, 30)
    assert ttl == 3600  # three periods (45 min) is below the floor


def test_three_machines_one_run_per_slot(frontier: str) -> None:
    # Three schedulers firing a few seconds apart, as cron times do on real machines.
    fired = [datetime(2025, 3, 1, 10, 30, s, tzinfo=UTC) for s in (0, 2, 7)]
    with ProcessPoolExecutor(3) as pool:
        assert sorted(pool.map(_claim, [(frontier, t) for t in fired])) == [False, False, True]
    # The next slot is free again, once.
    later = datetime(2025, 3, 1, 10, 45, 1, tzinfo=UTC)
    assert [claim_slot(frontier, "ico-news", EVERY_15, later) for _ in range(3)] == [
        True,
        False,
        False,
    ]
    # Another source has its own slots.
    assert claim_slot(frontier, "bbc-uk", EVERY_15, later)
    keys = redis.Redis.from_url(frontier).keys("breachkb:schedule:*")
    assert len(keys) == 3
    assert all(0 < redis.Redis.from_url(frontier).ttl(k) <= 3600 for k in keys)


def test_scheduled_run_skips_a_slot_another_machine_took(
    frontier: str, caplog: pytest.LogCaptureFixture
) -> None:
    schedule = "0 0 1 1 *"  # yearly: the slot cannot roll over during the test
    assert claim_slot(frontier, "ico-news", schedule, datetime.now(UTC))
    caplog.set_level(logging.INFO, "breachkb.schedule")
    # No crawl process is started: the slot is taken (a run would log its start and fail).
    assert (
        claimed_slot("ico-news", ["--db", "sqlite:///nowhere/kb.sqlite"], schedule, frontier)
        is None
    )
    messages = [r.getMessage() for r in caplog.records]
    assert "ico-news: this slot is taken by another machine" in messages
    assert not any("crawl starting" in m or "crawl failed" in m for m in messages)
