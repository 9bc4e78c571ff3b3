"""Pages from a web crawl file (WARC: Common Crawl, CC-NEWS, a crawler's own archive) loaded as
the crawler stores pages: a page whose URL the KB already knows is not read again, a raw-page
scan rejects what cannot name a police force before cleaning, and only relevant pages become
articles. Pages that were cleaned and extracted are remembered in seen_urls (stored, off-topic
or unusable), so a re-run, or a run after a crash, goes straight past everything that cost time
to decide."""

from __future__ import annotations

import multiprocessing
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from extract.errors import RejectedDocument
from extract.parallel import Outcome, RawInput, outcome, process_one, warm_worker
from extract.raw_scan import scan
from kb.db import session_scope
from kb.seen import canonical_or_none, mark_seen, seen_outcomes
from kb.store import store_document

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


class WebRecords:
    """Loads web records into `engine`, one transaction each, in input order. With `workers`,
    pages are cleaned and extracted in that many processes (at most two per worker in flight)
    while this process reads, scans and stores: `load` then returns the records finished so
    far, and `finish` the rest."""

    def __init__(self, engine: Engine, *, raw_scan: bool = True, workers: int = 0) -> None:
        self.engine = engine
        self.raw_scan = raw_scan
        self.workers = workers
        self._seen: dict[str, str] | None = None
        self._pool: ProcessPoolExecutor | None = None
        self._pending: deque[tuple[RawDocument, RawInput, Future[object]]] = deque()

    @property
    def seen(self) -> dict[str, str]:
        if self._seen is None:  # read once, at the first web record
            self._seen = seen_outcomes(self.engine)
        return self._seen

    def _remember(self, url: str, key: str | None, outcome: str) -> None:
        if not key:
            return
        with session_scope(self.engine) as session:
            mark_seen(session, [url], outcome)
        self.seen[key] = outcome

    def load(self, item: RawDocument) -> list[Done]:
        """Decide `item` (or queue it for extraction); the records finished meanwhile."""
        url = item.url or ""
        key = canonical_or_none(url) if url else None
        if key is not None and key in self.seen:
            before = self.seen[key]
            status = {"stored": "unchanged", "duplicate": "unchanged"}.get(before, before)
            return [Done(item.label, status if status == "unchanged" else _known(status))]
        if self.raw_scan and not scan(item.raw, url).keep:
            # Not written to seen_urls: scanning again is cheaper than a row per page of a
            # Common Crawl file (nearly all of them).
            return [Done(item.label, "off_topic")]
        raw = RawInput(item.raw, path=item.path, url=item.url, content_type=item.content_type)
        if not self.workers:
            return [self._store(item, outcome(raw, process_one(raw)))]
        self._pending.append((item, raw, self._executor().submit(process_one, raw)))
        done = []
        while len(self._pending) > 2 * self.workers:
            done.append(self._finish_oldest())
        return done

    def finish(self) -> list[Done]:
        """The records still in the workers, then the workers stopped."""
        done = [self._finish_oldest() for _ in range(len(self._pending))]
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None
        return done

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            context = multiprocessing.get_context("forkserver")
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=context, initializer=warm_worker
            )
        return self._pool

    def _finish_oldest(self) -> Done:
        item, raw, future = self._pending.popleft()
        try:
            return self._store(item, outcome(raw, future.result()))  # type: ignore[arg-type]
        except Exception as exc:  # one broken document must not lose the rest of the run
            return Done(
                item.label, "rejected", reason=f"internal error: {type(exc).__name__}: {exc}"
            )

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
        with session_scope(self.engine) as session:
            stored = store_document(
                session, doc, ex, source=None, resolve=False, captured_at=item.captured_at
            )
            seen_as = "duplicate" if stored.status == "duplicate" else "stored"
            if url:
                mark_seen(session, [url], seen_as, stored.article_id)
        if key:
            self.seen[key] = seen_as
        return Done(item.label, stored.status, stored.article_id, stored.force_ids)


def _known(outcome: str) -> str:
    return "off_topic" if outcome == "off_topic" else "known"
