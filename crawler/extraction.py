"""Clean + extract off the reactor: a process pool shared by every spider of a crawl process.

Scrapy's reactor thread downloads; trafilatura and spaCy would block it for tens of
milliseconds a page. The item pipeline submits each page to this pool (extract.parallel's
`process_one`, the whole clean -> extract path) and awaits the result, with at most
`queue_size` pages in the pool at once: pages beyond that wait in Scrapy's scraper, whose
size limit (SCRAPER_SLOT_MAX_ACTIVE_SIZE) then pauses downloading. That is the back-pressure.

Workers come from a forkserver (imports preloaded), not a fork of the crawl process: forking a
process that runs a reactor and a DNS thread pool is not safe.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import multiprocessing
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from extract.parallel import Outcome, RawInput, outcome, process_one, warm_worker

logger = logging.getLogger(__name__)

_POOL: ProcessPoolExecutor | None = None
_POOL_WORKERS = 0


def _init_worker() -> None:
    """Ctrl-C stops the crawl process, which finishes or drops what is in flight; workers
    must not die of the same SIGINT halfway through a page."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_worker()


def _pool(workers: int) -> ProcessPoolExecutor:
    global _POOL, _POOL_WORKERS
    if _POOL is None or workers != _POOL_WORKERS:
        shutdown()
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["extract.parallel", "extract.pipeline", "extract.nlp"])
        _POOL = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker)
        _POOL_WORKERS = workers
    return _POOL


def shutdown() -> None:
    """Stop the workers (at the end of the crawl process, or before a resize)."""
    global _POOL
    if _POOL is not None:
        _POOL.shutdown(wait=True, cancel_futures=True)
        _POOL = None


atexit.register(shutdown)


class Extractor:
    """Runs the clean -> extract path for the item pipeline: in `workers` processes with at
    most `queue_size` pages in flight, or in this process when `workers` is 0."""

    def __init__(self, workers: int, queue_size: int | None = None) -> None:
        self.workers = max(0, workers)
        self.queue_size = queue_size or 2 * max(1, self.workers)
        self._slots: asyncio.Semaphore | None = None

    def _start(self) -> None:
        """Start every worker at the first page, not one by one as pages arrive (and not at
        all for a crawl that fetches nothing new, or nothing)."""
        pool = _pool(self.workers)
        for _ in range(self.workers):
            pool.submit(int)

    async def run(self, item: RawInput) -> Outcome:
        if not self.workers:
            return outcome(item, process_one(item))
        if self._slots is None:  # created inside the running event loop
            self._slots = asyncio.Semaphore(self.queue_size)
            self._start()
        async with self._slots:
            try:
                future = _pool(self.workers).submit(process_one, item)
                result = await asyncio.wrap_future(future)
            except BrokenProcessPool:
                # A worker died (out of memory, a crash in a C extension): start a new pool
                # and let this page be counted as failed, not the whole crawl.
                logger.error("an extraction worker died; restarting the pool")
                shutdown()
                raise
        return outcome(item, result)
