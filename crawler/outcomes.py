"""What became of a crawl: error kinds, the run's final status, and quiet logs for expected
network failures (a crawl with no network is a fact to report, not a traceback to print)."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (
    ConnectError,
    ConnectionDone,
    ConnectionLost,
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.web.client import ResponseFailed, ResponseNeverReceived

ERROR_PREFIX = "breachkb/errors/"
SKIP_PREFIX = "breachkb/links/skipped_"
# Statuses a run can end with besides Scrapy's close reasons.
FAILED = "failed"

_KINDS: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
    ((DNSLookupError, CannotResolveHostError), "dns"),
    ((TimeoutError, TCPTimedOutError, DownloadTimeoutError), "timeout"),
    ((ConnectionRefusedError, DownloadConnectionRefusedError), "connection_refused"),
    (
        (
            ConnectError,
            ConnectionLost,
            ConnectionDone,
            ResponseNeverReceived,
            ResponseFailed,
            DownloadFailedError,
            ResponseDataLossError,
        ),
        "connection_lost",
    ),
    ((DownloadCancelledError,), "too_large"),  # DOWNLOAD_MAXSIZE exceeded
)
NETWORK_ERRORS: tuple[type[BaseException], ...] = tuple(
    cls for classes, _ in _KINDS for cls in classes
)


def error_kind(exc: BaseException) -> str:
    """A short, stable name for what went wrong, used as the key in crawl_runs.errors."""
    if isinstance(exc, HttpError):
        return f"http_{exc.response.status}"
    for classes, kind in _KINDS:
        if isinstance(exc, classes):
            return kind
    return type(exc).__name__.lower()


def errors_from_stats(stats: dict[str, Any]) -> dict[str, int]:
    """Failed requests by kind, robots.txt requests that failed included."""
    errors = {k[len(ERROR_PREFIX) :]: v for k, v in stats.items() if k.startswith(ERROR_PREFIX)}
    robots = sum(v for k, v in stats.items() if k.startswith("robotstxt/exception_count/"))
    if robots:
        errors["robots_txt"] = errors.get("robots_txt", 0) + robots
    return dict(sorted(errors.items()))


def skipped_from_stats(stats: dict[str, Any]) -> dict[str, int]:
    """Links not fetched, by reason (seen, prefilter, window, robots, ...)."""
    skipped = {k[len(SKIP_PREFIX) :]: v for k, v in stats.items() if k.startswith(SKIP_PREFIX)}
    if stats.get("robotstxt/forbidden"):
        skipped["robots"] = skipped.get("robots", 0) + stats["robotstxt/forbidden"]
    return dict(sorted(skipped.items()))


# Errors that show the site answered: a page cut off at our own size limit was being sent.
ANSWERED = {"too_large"}


def final_status(reason: str, stats: dict[str, Any]) -> str:
    """Scrapy's close reason, except that a run in which every request failed is `failed`. An
    article page refused for its size or answered with an HTTP error is no failure of the
    source: with a shared frontier, one crawler may draw nothing else from it (a feed that
    answers 404 still fails its source)."""
    answered = ("index_pages", "pages_fetched", "pages_answered")
    succeeded = sum(stats.get(f"breachkb/{key}", 0) for key in answered)
    failures = sum(n for kind, n in errors_from_stats(stats).items() if kind not in ANSWERED)
    if reason == "finished" and not succeeded and failures:
        return FAILED
    return reason


class QuietNetworkErrors(logging.Filter):
    """Without -v: drop log records about expected network failures (they are counted and
    summarised per source), and print other errors as one line without a traceback."""

    _EXPECTED = ("Gave up retrying", "Retrying", "Error downloading", "Error while obtaining")

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, (*NETWORK_ERRORS, HttpError)):
            return False
        message = str(record.msg)
        if record.name.startswith("scrapy") and message.startswith(self._EXPECTED):
            return False
        if record.exc_info:
            record.msg = f"{record.getMessage()} ({type(exc).__name__}: {exc}; -v for details)"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return True
