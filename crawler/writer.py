"""The crawl's one writer to the KB: group commits of what the item pipeline hands it.

Storing a page (kb.store: article, near-duplicate check, facts, evidence, seen URL) costs a
few milliseconds of SQL, and one transaction per page adds a BEGIN and a COMMIT to each. So the
pipeline hands every write to this writer as a job and awaits it. Jobs gather for at most
FLUSH_INTERVAL seconds (or until MAX_BATCH wait) and commit in one transaction. A job's awaiter
hears back only once its transaction has committed: what the pipeline reports stored (or
remembers as seen) is on disk, and a kill loses only pages never reported, which the next run
fetches again. Should a job fail, the batch is rolled back and its jobs redone one
transaction each, so a page the KB refuses is the only one lost (cheaper than a savepoint
around every job, for what should not happen). The seen URLs the batch's jobs mark are
written in one statement at its end, inside the same transaction (kb.seen.defer_marks), and
so are the facts, tallies and evidence of the batch's new articles (kb.store.defer_facts):
three statements a batch rather than three a page.

The commit runs on the reactor's thread, between downloads. A writer thread was tried and
measured slower: SQLite lets go of the GIL on every statement and must win it back from the
busy reactor thread each time (a convoy), so a 5 ms store took tens of milliseconds.

One writer per process and database, shared by every spider of the crawl: SQLite takes one
writer at a time anyway, and on PostgreSQL kb.locks serialises stores across processes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from kb.db import make_engine, writer
from kb.seen import defer_marks, flush_marks
from kb.store import StoreCache, defer_facts, flush_facts, use_cache

logger = logging.getLogger(__name__)

T = TypeVar("T")
MAX_BATCH = 64  # jobs per transaction: bounds how long one commit holds the reactor
FLUSH_INTERVAL = 0.05  # seconds a job may wait for others to share its transaction


class Writer:
    """Runs `work(session)` jobs in shared transactions on the event loop's thread."""

    def __init__(
        self, db_url: str, max_batch: int = MAX_BATCH, interval: float = FLUSH_INTERVAL
    ) -> None:
        self.engine = make_engine(db_url)
        # kb.db.session_scope's sessions (write engine, no expiry on commit), the factory
        # and the write engine's options built once rather than for every batch.
        self._sessions = sessionmaker(writer(self.engine), expire_on_commit=False)
        self.max_batch = max_batch
        self.interval = interval
        self._pending: list[tuple[Callable[[Session], Any], asyncio.Future[Any]]] = []
        self._timer: asyncio.TimerHandle | None = None
        self._timer_loop: asyncio.AbstractEventLoop | None = None
        self.cache = StoreCache()  # source, force and regulator ids, for the whole run
        self.batches = 0  # transactions tried (benchmarks and tests read these)
        self.jobs = 0

    async def run(self, work: Callable[[Session], T]) -> T:
        """`work(session)` committed, with other jobs, in one transaction; its result."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._pending.append((work, future))
        if len(self._pending) >= self.max_batch:
            self.flush()
        elif self._timer is None or self._timer_loop is not loop:
            # (A timer left on another loop, closed since, would never fire: tests run each
            # page in its own asyncio.run.)
            self._timer, self._timer_loop = loop.call_later(self.interval, self.flush), loop
        return await future

    def flush(self) -> None:
        """Commit every pending job now."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        while self._pending:
            batch, self._pending = self._pending[: self.max_batch], self._pending[self.max_batch :]
            self._commit(batch)

    def _commit(self, batch: list[tuple[Callable[[Session], Any], asyncio.Future[Any]]]) -> None:
        self.batches += 1
        self.jobs += len(batch)
        results: list[Any] = []
        job_failed = False
        try:
            with self._sessions() as session, session.begin():  # commit, or roll back
                use_cache(session, self.cache)
                session.connection()  # begin (and wait for SQLite's write lock) before any job
                defer_marks(session)  # the batch's seen URLs in one statement, before commit
                defer_facts(session)  # and its new articles' facts, tallies, evidence likewise
                for work, _ in batch:
                    try:
                        results.append(work(session))
                    except Exception:
                        job_failed = True
                        raise
                try:
                    flush_facts(session)
                    flush_marks(session)
                except Exception:  # as if a job's own rows had failed: each job alone
                    job_failed = True
                    raise
        except Exception as exc:
            if job_failed and len(batch) > 1:
                # One job failed and took the transaction with it: each job again, alone.
                for job in batch:
                    self._commit([job])
                return
            if not job_failed:  # the database refused the transaction (busy, disk full)
                logger.error(
                    "could not commit %d pages: %s: %s", len(batch), type(exc).__name__, exc
                )
            for _, future in batch:
                _settle(future, error=exc)
            return
        for (_, future), value in zip(batch, results, strict=True):
            _settle(future, value)


def _settle(
    future: asyncio.Future[Any], value: Any = None, error: BaseException | None = None
) -> None:
    if future.done():  # its awaiter was cancelled
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(value)


_WRITERS: dict[str, Writer] = {}


def writer_for(db_url: str) -> Writer:
    """This process's writer to `db_url`."""
    if db_url not in _WRITERS:
        _WRITERS[db_url] = Writer(db_url)
    return _WRITERS[db_url]
