"""Clean + extract off the reactor: a process pool shared by every spider of a crawl process.

Scrapy's reactor thread downloads; trafilatura and spaCy would block it for tens of
milliseconds a page. The item pipeline submits each page to this pool (extract.parallel's
`process_one`, the whole clean -> extract path) and awaits the result, with at most
`queue_size` pages in the pool at once: pages beyond that wait in Scrapy's scraper, whose
size limit (SCRAPER_SLOT_MAX_ACTIVE_SIZE) then pauses downloading. That is the back-pressure.

Workers come from a forkserver (imports preloaded), not a fork of the crawl process: forking a
process that runs a reactor and a DNS thread pool is not safe. The forkserver (it imports spaCy
and builds the pipeline, seconds of CPU) is started by crawler.runner before Scrapy sets up
(`prestart`); the workers are started at the first page bound for extraction, on a thread of
its own: the reactor keeps downloading, and the raw scan keeps dropping off-topic pages, while
pages bound for extraction wait for the pool (and a forkserver still booting) within the same
`queue_size` slots.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import multiprocessing
import multiprocessing.context
import signal
import threading
import zlib
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import cast

from extract.errors import RejectedDocument
from extract.models import Document, Extraction
from extract.parallel import RawInput, outcome, process_one, warm_worker
from kb.neardup import content_hash, signature

logger = logging.getLogger(__name__)


@dataclass
class Extracted:
    """A page cleaned and extracted; a relevant one comes with the text's content hash and
    MinHash signature (kb.neardup) and its bytes zlib-compressed as kb.store keeps them
    (`raw_z`), computed where the extraction ran, for kb.store."""

    document: Document
    extraction: Extraction
    text_hash: str | None = None
    sig: bytes | None = None
    raw_z: bytes | None = None


def extract_and_sign(item: RawInput) -> tuple[object, ...]:
    """Worker side: `process_one`, plus hash and signature of a relevant text and the page's
    bytes compressed for the KB's `raw` column (milliseconds a page the crawl process, which
    downloads and writes, does not spend: zlib takes 1-2 ms for a 100 kB news page). Only
    the compressed copy travels back; the crawl process still holds the page itself."""
    result = process_one(item)
    doc, ex = result
    if isinstance(doc, Document) and isinstance(ex, Extraction) and ex.relevant:
        raw_z = zlib.compress(item.raw) if item.raw else None  # as kb.store would
        return doc, ex, content_hash(doc.text), signature(doc.text), raw_z
    return result


def _extracted(item: RawInput, result: tuple[object, ...]) -> Extracted | RejectedDocument:
    """Rebuild what `extract_and_sign` (or `process_one`) sent back."""
    rebuilt = outcome(item, (result[0], result[1]))
    if isinstance(rebuilt, RejectedDocument):
        return rebuilt
    if len(result) == 5:
        return Extracted(
            *rebuilt,
            text_hash=cast(str, result[2]),
            sig=cast(bytes, result[3]),
            raw_z=cast("bytes | None", result[4]),
        )
    return Extracted(*rebuilt)


_POOL: ProcessPoolExecutor | None = None
_POOL_WORKERS = 0
_POOL_LOCK = threading.Lock()  # the pool is started on a thread, used from the reactor's


def _init_worker() -> None:
    """Ctrl-C stops the crawl process, which finishes or drops what is in flight; workers
    must not die of the same SIGINT halfway through a page."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_worker()


def _context() -> multiprocessing.context.ForkServerContext:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(
        ["extract.warm", "kb.neardup"]  # imports, and builds the pipeline once
    )
    return context


def prestart() -> None:
    """Start the workers' forkserver now, without any worker: it imports spaCy and builds the
    pipeline (seconds of CPU) on a core of its own while this process is still starting the
    crawl (Scrapy's set-up, robots.txt, the sitemap), rather than after the first page has
    arrived, when pages would wait for it. Returns at once (a fork and exec); the workers the
    pool starts later are forked from this server. Costs the server's start-up even when the
    crawl then finds nothing to extract. Should the server not start, the crawl goes on: the
    pool tries again at the first page, which fails as it would have without this."""
    from multiprocessing import forkserver

    with _POOL_LOCK:
        _context()
        try:
            forkserver.ensure_running()
        except OSError as exc:
            logger.warning("could not start the extraction forkserver yet: %s", exc)


def _pool(workers: int) -> ProcessPoolExecutor:
    global _POOL, _POOL_WORKERS
    with _POOL_LOCK:
        if _POOL is None or workers != _POOL_WORKERS:
            _shutdown()
            _POOL = ProcessPoolExecutor(workers, mp_context=_context(), initializer=_init_worker)
            _POOL_WORKERS = workers
        return _POOL


def shutdown() -> None:
    """Stop the workers (at the end of the crawl process, or before a resize)."""
    with _POOL_LOCK:
        _shutdown()


def _shutdown() -> None:
    global _POOL
    if _POOL is not None:
        _POOL.shutdown(wait=True, cancel_futures=True)
        _POOL = None


atexit.register(shutdown)


# Pages in flight per worker by default. The pool only hears of a finished page, and takes the
# next, when the reactor thread gets round to it; while that thread stores a group commit or
# handles a burst of downloads, a worker with two pages in flight ran dry and sat idle while
# hundreds of pages waited (measured with the kernel's schedstat: neither running nor waiting
# for a core 12% of its time). With six, the pool's own thread has the next page ready while
# the reactor is busy: idle 2%.
PAGES_PER_WORKER = 6


class Extractor:
    """Runs the clean -> extract path for the item pipeline: in `workers` processes with at
    most `queue_size` pages in flight, or in this process when `workers` is 0."""

    def __init__(self, workers: int, queue_size: int | None = None) -> None:
        self.workers = max(0, workers)
        self.queue_size = queue_size or PAGES_PER_WORKER * max(1, self.workers)
        self._slots: asyncio.Semaphore | None = None
        self._started: Future[None] | None = None  # the pool's start, on its own thread

    def _start(self) -> None:
        """Start every worker, not one by one as pages arrive. Spawning a worker waits for the
        forkserver (its preload, then the fork): seconds the reactor must not be blocked."""
        pool = _pool(self.workers)
        for _ in range(self.workers):
            pool.submit(int)

    def _starting(self) -> Future[None]:
        """The pool's start, begun at the first page bound for extraction (not at all for a
        crawl that fetches nothing new, or nothing) and after a worker died."""
        if self._started is None:
            started: Future[None] = Future()

            def start() -> None:
                try:
                    self._start()
                except BaseException as exc:  # the pages waiting for it fail, as `submit` would
                    started.set_exception(exc)
                else:
                    started.set_result(None)

            threading.Thread(target=start, name="extraction-pool-start", daemon=True).start()
            self._started = started
        return self._started

    async def run(self, item: RawInput) -> Extracted | RejectedDocument:
        if not self.workers:
            # In process: kb.store computes hash and signature as it stores.
            return _extracted(item, process_one(item))
        if self._slots is None:  # created inside the running event loop
            self._slots = asyncio.Semaphore(self.queue_size)
        async with self._slots:
            starting = self._starting()
            if not starting.done():  # (a concurrent future: any event loop may await it)
                await asyncio.wrap_future(starting)
            try:
                starting.result()
            except BaseException:
                self._started = None  # the next page tries again
                raise
            try:
                future = _pool(self.workers).submit(extract_and_sign, item)
                result = await asyncio.wrap_future(future)
            except BrokenProcessPool:
                # A worker died (out of memory, a crash in a C extension): start a new pool
                # and let this page be counted as failed, not the whole crawl.
                logger.error("an extraction worker died; restarting the pool")
                shutdown()
                self._started = None  # the next page starts a new pool, off the reactor
                raise
        return _extracted(item, result)
