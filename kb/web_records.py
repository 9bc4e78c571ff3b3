"""Pages from a web crawl file (WARC: Common Crawl, CC-NEWS, a crawler's own archive) loaded as
the crawler stores pages: a page whose URL the KB already knows is not read again, a raw-page
scan rejects what cannot name a police force before cleaning, and only relevant pages become
articles. Pages that were cleaned and extracted are remembered in seen_urls (stored, off-topic
or unusable), so a re-run, or a run after a crash, goes straight past everything that cost time
to decide. Off-topic and unusable pages are written in batches (with the next stored article,
or every SEEN_BATCH pages): a commit per page cost more than the scan that kept it, and a crash
loses at most a batch of decisions, which the next run simply makes again."""

from __future__ import annotations

import multiprocessing
import threading
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from extract.errors import RejectedDocument
from extract.parallel import Outcome, RawInput, outcome, process_one, warm_worker
from extract.raw_scan import scan
from kb.db import session_scope
from kb.seen import canonical_or_none, mark_seen, seen_outcomes

if TYPE_CHECKING:
    from kb.loader import RawDocument


@dataclass
class Done:
    """What became of one record: a store status (`new`, `updated`, `duplicate`),
    `off_topic`, or for a URL decided by an earlier run `unchanged` (an article) /
    `off_topic` / `known`; `rejected` (with `reason`) for an unusable page."""

    label: str
    status: str
    article_id: int | None = None
    force_ids: set[int] = field(default_factory=set)
    reason: str = ""


# Pages handed to the workers and not stored yet, at most: memory stays bounded (a page may be
# 20 MB), yet this process reads and scans on while the workers start (a few seconds of
# imports in the forkserver) or fall behind for a while.
IN_FLIGHT_PAGES = 256
IN_FLIGHT_BYTES = 64 * 1024 * 1024
# Records decided at once (off-topic, known) reported after a page still in extraction, at most.
IN_FLIGHT_RECORDS = 100_000
# Off-topic and unusable pages remembered per transaction, at most.
SEEN_BATCH = 100


@dataclass
class _Queued:
    """A page for the workers: sent once the pool has started (`future`)."""

    item: RawDocument
    raw: RawInput
    future: Future[object] | None = None


class WebRecords:
    """Loads web records into `engine`, one transaction each, in input order. With `workers`,
    pages are cleaned and extracted in that many processes while this process reads, scans
    and stores: `load` then returns the records finished so far, and `finish` the rest.

    What extraction needs is started in the background at the first web record: the workers,
    or without them the pipeline of this process (a thread imports spaCy and builds it while
    pages are read and scanned). Pages kept by the scan meanwhile wait for it (up to
    IN_FLIGHT_PAGES / IN_FLIGHT_BYTES) while reading goes on.
    """

    def __init__(self, engine: Engine, *, raw_scan: bool = True, workers: int = 0) -> None:
        self.engine = engine
        self.raw_scan = raw_scan
        self.workers = workers
        self._seen: dict[str, str] | None = None
        self._pool: ProcessPoolExecutor | None = None
        self._starter: threading.Thread | None = None
        self._start_error: BaseException | None = None
        # Pages waiting for extraction, and between them records decided at once (kept as
        # their `Done` only): every record is reported in input order.
        self._pending: deque[_Queued | Done] = deque()
        self._unsent: deque[_Queued] = deque()
        self._pending_pages = 0
        self._pending_bytes = 0
        self._unsaved: list[tuple[str, str]] = []  # (url, outcome) not yet in seen_urls

    @property
    def seen(self) -> dict[str, str]:
        if self._seen is None:  # read once, at the first web record
            self._seen = seen_outcomes(self.engine)
        return self._seen

    def _remember(self, url: str, key: str | None, outcome: str) -> None:
        if not key:
            return
        self._unsaved.append((url, outcome))
        self.seen[key] = outcome
        if len(self._unsaved) >= SEEN_BATCH:
            with session_scope(self.engine) as session:
                self._save_seen(session)

    def _save_seen(self, session: Session) -> None:
        """Write the outcomes remembered since the last batch, in `session`."""
        for url, decided in self._unsaved:
            mark_seen(session, [url], decided)
        self._unsaved.clear()

    def start(self) -> None:
        """Start what extraction needs (see the class docstring), if not started yet: at the
        first web record, or before it by a caller that knows web records are coming (the
        `load` command, so the workers' forkserver imports spaCy while the loader is imported)."""
        if self._starter is not None:
            return
        if self.workers:
            self._start_workers()
        else:
            self._start_pipeline()

    def load(self, item: RawDocument) -> list[Done]:
        """Decide `item` (or queue it for extraction); the records finished meanwhile."""
        self.start()
        url = item.url or ""
        key = canonical_or_none(url) if url else None
        if key is not None and key in self.seen:
            before = self.seen[key]
            status = {"stored": "unchanged", "duplicate": "unchanged"}.get(before, before)
            status = status if status == "unchanged" else _known(status)
            return self._decided(Done(item.label, status))
        if self.raw_scan and not scan(item.raw, url).keep:
            # Not written to seen_urls: scanning again is cheaper than a row per page of a
            # Common Crawl file (nearly all of them).
            return self._decided(Done(item.label, "off_topic"))
        raw = RawInput(
            item.raw,
            path=item.path,
            url=item.url,
            content_type=item.content_type,
        )
        queued = _Queued(item, raw)
        self._pending.append(queued)
        self._pending_pages += 1
        self._pending_bytes += len(item.raw)
        if self.workers:
            self._unsent.append(queued)
            self._send()
        return self._drain()

    def _decided(self, done: Done) -> list[Done]:
        """A record decided without extraction, reported after the pages read before it."""
        if not self._pending:
            return [done]
        self._pending.append(done)
        return self._drain()

    def _drain(self) -> list[Done]:
        """The records at the head of the queue that can be reported now (or must be, to keep
        the pages in flight within bounds)."""
        done = []
        while self._pending and (self._oldest_done() or self._over_bound()):
            done.append(self._finish_oldest())
        return done

    def finish(self) -> list[Done]:
        """The records still in the workers, then the workers stopped."""
        done = [self._finish_oldest() for _ in range(len(self._pending))]
        if self._unsaved:
            with session_scope(self.engine) as session:
                self._save_seen(session)
        if self._starter is not None:
            self._starter.join()
            self._starter = None
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None
        return done

    def _start_pipeline(self) -> None:
        """Build this process's pipeline on a thread (reading and scanning go on meanwhile).
        A failure is left for the pages to meet: each one that needs the pipeline says why."""

        def build() -> None:
            try:
                warm_worker()
            except Exception:
                return

        self._starter = threading.Thread(target=build, name="breachkb-pipeline", daemon=True)
        self._starter.start()

    def _start_workers(self) -> None:
        """Start the pool on a thread: the first worker waits for the forkserver to import
        and build the pipeline, and this process reads and scans meanwhile."""

        def start() -> None:
            try:
                context = multiprocessing.get_context("forkserver")
                # Imported (and the pipeline built) once, in the server, before each fork.
                context.set_forkserver_preload(["extract.warm"])
                pool = ProcessPoolExecutor(
                    self.workers, mp_context=context, initializer=warm_worker
                )
                pool.submit(int)  # starts a worker; the others start as pages arrive
                self._pool = pool
            except BaseException as exc:  # every page waiting for the workers reports it
                self._start_error = exc

        self._starter = threading.Thread(target=start, name="breachkb-workers", daemon=True)
        self._starter.start()

    def _send(self, *, wait: bool = False) -> None:
        """Hand the pages waiting for the workers to the pool, once it has started."""
        if self._starter is None or not self._unsent:
            return
        if self._starter.is_alive():
            if not wait:
                return
            self._starter.join()
        for queued in self._unsent:
            if self._pool is not None:
                queued.future = self._pool.submit(process_one, queued.raw)
            else:
                queued.future = Future()
                queued.future.set_exception(self._start_error or RuntimeError("no workers"))
        self._unsent.clear()

    def _oldest_done(self) -> bool:
        """Whether the oldest page waiting can be stored without waiting."""
        oldest = self._pending[0]
        if isinstance(oldest, Done):
            return True
        if not self.workers:
            return self._starter is None or not self._starter.is_alive()
        future = oldest.future
        return future is not None and future.done()

    def _over_bound(self) -> bool:
        return (
            self._pending_pages > IN_FLIGHT_PAGES
            or self._pending_bytes > IN_FLIGHT_BYTES
            or len(self._pending) > IN_FLIGHT_RECORDS
        )

    def _finish_oldest(self) -> Done:
        queued = self._pending.popleft()
        if isinstance(queued, Done):
            return queued
        self._pending_pages -= 1
        self._pending_bytes -= len(queued.item.raw)
        try:
            if not self.workers:
                if self._starter is not None:
                    self._starter.join()  # one pipeline: `get_nlp` builds it once
                return self._store(queued.item, outcome(queued.raw, process_one(queued.raw)))
            if queued.future is None:
                self._send(wait=True)
            future = cast(Future[object], queued.future)
            return self._store(queued.item, outcome(queued.raw, future.result()))  # type: ignore[arg-type]
        except OperationalError as exc:
            if "database is locked" in str(exc):
                raise  # every later page would fail the same way: the loader says why, once
            return _failed(queued.item, exc)
        except Exception as exc:  # one broken document must not lose the rest of the run
            return _failed(queued.item, exc)

    def _store(self, item: RawDocument, result: Outcome) -> Done:
        url = item.url or ""
        key = canonical_or_none(url) if url else None
        if isinstance(result, RejectedDocument):
            self._remember(url, key, "rejected")
            return Done(item.label, "rejected", reason=result.reason)
        doc, ex = result
        if not ex.relevant:
            self._remember(url, key, "off_topic")
            return Done(item.label, "off_topic")
        from kb.store import store_document  # imported once the workers are starting

        with session_scope(self.engine) as session:
            stored = store_document(
                session, doc, ex, source=None, resolve=False, captured_at=item.captured_at
            )
            seen_as = "duplicate" if stored.status == "duplicate" else "stored"
            if url:
                mark_seen(session, [url], seen_as, stored.article_id)
            self._save_seen(session)
        if key:
            self.seen[key] = seen_as
        return Done(item.label, stored.status, stored.article_id, stored.force_ids)


def _failed(item: RawDocument, exc: Exception) -> Done:
    return Done(item.label, "rejected", reason=f"internal error: {type(exc).__name__}: {exc}")


def _known(outcome: str) -> str:
    return "off_topic" if outcome == "off_topic" else "known"
