"""Scrapy settings for breachkb: polite defaults, each overridable as `BREACHKB_<NAME>` in the env.

`scrapy crawl` reads this module through `scrapy.cfg`; `breachkb crawl` loads it the same way and
layers its command-line options on top.
"""

from __future__ import annotations

import os

from crawler.contact import PLACEHOLDER_CONTACT_URL, user_agent


def _env(name: str, default: str) -> str:
    return os.environ.get(f"BREACHKB_{name}", default)


def _env_bool(name: str, default: bool) -> bool:
    return _env(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def _env_int(name: str, default: int) -> int:
    return int(_env(name, str(default)))


def _env_float(name: str, default: float) -> float:
    return float(_env(name, str(default)))


BOT_NAME = "breachkb"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Who we are: site operators should be able to find out and reach us. The placeholder is
# refused for any crawl off this machine (crawler.contact): set BREACHKB_CONTACT_URL.
CONTACT_URL = _env("CONTACT_URL", PLACEHOLDER_CONTACT_URL)
USER_AGENT = _env("USER_AGENT", user_agent(CONTACT_URL))

# Politeness.
ROBOTSTXT_OBEY = _env_bool("ROBOTSTXT_OBEY", True)
CONCURRENT_REQUESTS = _env_int("CONCURRENT_REQUESTS", 16)
CONCURRENT_REQUESTS_PER_DOMAIN = _env_int("CONCURRENT_REQUESTS_PER_DOMAIN", 2)
DOWNLOAD_DELAY = _env_float("DOWNLOAD_DELAY", 1.0)
AUTOTHROTTLE_ENABLED = _env_bool("AUTOTHROTTLE_ENABLED", True)
AUTOTHROTTLE_START_DELAY = _env_float("AUTOTHROTTLE_START_DELAY", 2.0)
AUTOTHROTTLE_MAX_DELAY = _env_float("AUTOTHROTTLE_MAX_DELAY", 60.0)
AUTOTHROTTLE_TARGET_CONCURRENCY = _env_float("AUTOTHROTTLE_TARGET_CONCURRENCY", 1.0)
DOWNLOAD_TIMEOUT = _env_int("DOWNLOAD_TIMEOUT", 30)
# News articles are well under 2 MB; anything bigger is a PDF dump or an error page loop.
DOWNLOAD_MAXSIZE = _env_int("DOWNLOAD_MAXSIZE", 2 * 1024 * 1024)
DOWNLOAD_WARNSIZE = _env_int("DOWNLOAD_WARNSIZE", 1024 * 1024)
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # no listening port on a crawl machine

# Retries with exponential backoff (crawler.middlewares.BackoffRetryMiddleware).
RETRY_ENABLED = True
RETRY_TIMES = _env_int("RETRY_TIMES", 3)
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = _env_float("RETRY_BACKOFF_BASE", 2.0)  # seconds; doubles per attempt
RETRY_BACKOFF_MAX = _env_float("RETRY_BACKOFF_MAX", 60.0)
# A Retry-After header (seconds or a date) is waited out before the retry, up to this long;
# a longer one gives up on the page for this run (it is not remembered as seen).
RETRY_AFTER_MAX = _env_float("RETRY_AFTER_MAX", 300.0)

# A crawl whose source has broken (layout change, block page) stops instead of hammering on.
CLOSESPIDER_ERRORCOUNT = _env_int("CLOSESPIDER_ERRORCOUNT", 50)
CLOSESPIDER_PAGECOUNT = _env_int("CLOSESPIDER_PAGECOUNT", 0)

DOWNLOADER_MIDDLEWARES = {
    # Scrapy's own lets requests queued behind a robots.txt fetch through unchecked.
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.RobotsTxtEveryWaiterMiddleware": 100,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    # After robots.txt (100) and offsite (50): skip article pages the KB has already seen.
    "crawler.middlewares.SeenUrlMiddleware": 120,
}
# No request-fingerprint dupefilter: article pages are deduplicated by canonical URL against the
# KB (SeenUrlMiddleware) and index pages by the spiders, so a resumed crawl (JOBDIR) re-reads its
# feeds and loses no request that was in flight when it stopped.
DUPEFILTER_CLASS = "scrapy.dupefilters.BaseDupeFilter"
ITEM_PIPELINES = {"crawler.pipelines.KnowledgeBasePipeline": 300}
# Items handled at once per response. Scrapy starts this many tasks for every response; an
# article page yields one item (and a sitemap only requests), so Scrapy's 100 cost ~2 ms of
# task set-up per page and bought nothing. Pages are processed in parallel across responses.
CONCURRENT_ITEMS = _env_int("CONCURRENT_ITEMS", 4)
EXTENSIONS = {"crawler.extensions.CrawlRunRecorder": 500}

# breachkb's own settings (None = resolve as the rest of breachkb does).
DATABASE_URL = os.environ.get("BREACHKB_DATABASE_URL")
SOURCES_FILE = os.environ.get("BREACHKB_SOURCES")
REFRESH = _env_bool("REFRESH", False)  # refetch article pages already in seen_urls
# Clean + extract in this many worker processes (0: on the crawl's own thread); at most
# EXTRACT_QUEUE_SIZE pages in the workers at once (default 6 per worker), the rest wait.
EXTRACT_WORKERS = _env_int("EXTRACT_WORKERS", 1)
EXTRACT_QUEUE_SIZE = _env_int("EXTRACT_QUEUE_SIZE", 0)
# Backfill (`breachkb backfill`): the web archive's CDX API and its raw-page address (`id_`:
# the page as captured, without the archive's banner), CDX rows per request, and the pause
# between requests to the archive (one at a time).
CDX_API_URL = _env("CDX_API_URL", "https://web.archive.org/cdx/search/cdx")
ARCHIVE_URL = _env("ARCHIVE_URL", "https://web.archive.org/web/{timestamp}id_/{url}")
CDX_PAGE_SIZE = _env_int("CDX_PAGE_SIZE", 500)
BACKFILL_DOWNLOAD_DELAY = _env_float("BACKFILL_DOWNLOAD_DELAY", 4.0)
# Drop pages that cannot name a police force before cleaning them (extract/raw_scan.py).
RAW_SCAN = _env_bool("RAW_SCAN", True)

LOG_LEVEL = _env("LOG_LEVEL", "INFO")
FEED_EXPORT_ENCODING = "utf-8"
