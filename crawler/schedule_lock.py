"""One run per source and schedule slot across machines: a claim in the shared Redis.

Every machine running `breachkb schedule --redis URL` fires at the same cron times; the first
to claim `breachkb:schedule:<source>:<slot>` (SET NX) runs the crawl, the others skip that
slot. The claim is never released: it expires after a few schedule periods, so a slow machine
waking late cannot run a slot again after the crawl that took it has finished.
"""

from __future__ import annotations

import socket
from datetime import datetime

import redis
from croniter import croniter

from crawler.frontier import KEY_PREFIX

MIN_TTL = 3600


def current_slot(schedule: str, now: datetime) -> tuple[datetime, int]:
    """The cron time this run belongs to (the latest at or before `now`), and the claim's TTL."""
    it = croniter(schedule, now)
    slot = it.get_prev(datetime)
    period = (croniter(schedule, slot).get_next(datetime) - slot).total_seconds()
    return slot, max(MIN_TTL, int(3 * period))


def claim_slot(redis_url: str, source: str, schedule: str, now: datetime) -> bool:
    """True when this machine is the one to crawl `source` in the current slot."""
    slot, ttl = current_slot(schedule, now.replace(second=59, microsecond=0))
    key = f"{KEY_PREFIX}:schedule:{source}:{slot.isoformat()}"
    with redis.Redis.from_url(redis_url) as client:  # one claim per slot: no pool to keep
        return bool(client.set(key, socket.gethostname(), nx=True, ex=ttl))
