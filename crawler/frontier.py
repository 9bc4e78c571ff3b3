"""A crawl frontier shared by several crawler processes on several machines, in Redis.

scrapy-redis provides the scheduler (request queue in Redis, popped atomically, so each
request goes to exactly one process) and the dupefilter (a Redis set of fingerprints, so each
URL is enqueued once across every process). Two adaptations for breachkb:
- article pages are fingerprinted by the KB's canonical URL, as SeenUrlMiddleware keys them in
  one process: two spellings of one article (tracking parameters, AMP) are one page across
  processes too;
- the fingerprint set expires after `FRONTIER_TTL` seconds without a new request, so a later
  run re-reads listing pages. Across runs the KB's `seen_urls` is the long memory of articles;
  the Redis set only has to keep concurrent processes from fetching a page twice.
Queues persist across restarts (`SCHEDULER_PERSIST`): a crawler that is stopped and started
again resumes the queue the others left.

scrapy-redis 0.9.1 predates Scrapy 2.13's async `start()`; its scheduler and dupefilter do not
use the start-request API, so they work unchanged with the Scrapy breachkb pins
(tests/crawler/test_distributed.py runs them against a real Redis). Seed requests (feeds,
sitemaps, first listing pages) are sent with `dont_filter`: every run and process re-reads
them, as without Redis.
"""

from __future__ import annotations

import hashlib
from typing import Any

from scrapy.http import Request
from scrapy_redis.dupefilter import RFPDupeFilter

from kb.seen import canonical_or_none

ENV_REDIS_URL = "BREACHKB_REDIS_URL"
KEY_PREFIX = "breachkb"
DEFAULT_TTL = 600


def frontier_settings(redis_url: str, source: str, ttl: int = DEFAULT_TTL) -> dict[str, Any]:
    """Scrapy settings that put one source's crawl on the shared Redis frontier."""
    return {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "DUPEFILTER_CLASS": "crawler.frontier.CanonicalDupeFilter",
        "SCHEDULER_PERSIST": True,
        # One queue per source: a request is parsed by the spider of its own source.
        "SCHEDULER_QUEUE_KEY": f"{KEY_PREFIX}:{source}:requests",
        # One fingerprint set for every source: a page linked by two sources is one page.
        "SCHEDULER_DUPEFILTER_KEY": f"{KEY_PREFIX}:dupefilter",
        "REDIS_URL": redis_url,
        "FRONTIER_TTL": ttl,
    }


class CanonicalDupeFilter(RFPDupeFilter):
    """scrapy-redis's dupefilter, keyed by canonical URL for articles, expiring when idle."""

    def __init__(self, server: Any, key: str, debug: bool = False, ttl: int = DEFAULT_TTL):
        super().__init__(server, key, debug)
        self.ttl = ttl

    @classmethod
    def from_spider(cls, spider: Any) -> CanonicalDupeFilter:
        instance = super().from_spider(spider)
        instance.ttl = spider.settings.getint("FRONTIER_TTL", DEFAULT_TTL)
        return instance

    def request_fingerprint(self, request: Request) -> str:
        if request.meta.get("article"):
            key = canonical_or_none(request.url)
            if key:
                return "article:" + hashlib.sha1(key.encode("utf-8")).hexdigest()
        return str(super().request_fingerprint(request))

    def request_seen(self, request: Request) -> bool:
        pipe = self.server.pipeline()
        pipe.sadd(self.key, self.request_fingerprint(request))
        pipe.expire(self.key, self.ttl)
        added, _ = pipe.execute()
        return bool(added == 0)
