"""Pages from a web crawl file (WARC: Common Crawl, CC-NEWS, a crawler's own archive) loaded as
the crawler stores pages: a page whose URL the KB already knows is not read again, a raw-page
scan rejects what cannot name a police force before cleaning, and only relevant pages become
articles. Pages that were cleaned and extracted are remembered in seen_urls (stored, off-topic
or unusable), so a re-run, or a run after a crash, goes straight past everything that cost time
to decide."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine

from extract.errors import RejectedDocument
from extract.pipeline import process
from extract.raw_scan import scan
from kb.db import session_scope
from kb.seen import canonical_or_none, mark_seen, seen_outcomes
from kb.store import store_document

if TYPE_CHECKING:
    from kb.loader import RawDocument


class WebRecords:
    """Loads web records one by one into `engine` (one transaction each)."""

    def __init__(self, engine: Engine, *, raw_scan: bool = True) -> None:
        self.engine = engine
        self.raw_scan = raw_scan
        self._seen: dict[str, str] | None = None

    @property
    def seen(self) -> dict[str, str]:
        if self._seen is None:  # read once, at the first web record
            self._seen = seen_outcomes(self.engine)
        return self._seen

    def _remember(self, url: str, key: str | None, outcome: str) -> None:
        with session_scope(self.engine) as session:
            mark_seen(session, [url], outcome)
        if key:
            self.seen[key] = outcome

    def load(self, item: RawDocument) -> tuple[str, int | None, set[int]]:
        """(status, article id, forces touched). Status: a store status (`new`, `updated`,
        `duplicate`), `off_topic`, or for a URL decided by an earlier run `unchanged` (an
        article) / `off_topic` / `known`. Raises RejectedDocument for unusable pages."""
        url = item.url or ""
        key = canonical_or_none(url) if url else None
        if key is not None and key in self.seen:
            before = self.seen[key]
            if before in ("stored", "duplicate"):
                return "unchanged", None, set()
            return ("off_topic" if before == "off_topic" else "known"), None, set()
        if self.raw_scan and not scan(item.raw, url).keep:
            # Not written to seen_urls: scanning again is cheaper than a row per page of a
            # Common Crawl file (nearly all of them).
            return "off_topic", None, set()
        try:
            doc, ex = process(
                item.raw, path=item.path, url=item.url, content_type=item.content_type
            )
        except RejectedDocument:
            if key:
                self._remember(url, key, "rejected")
            raise
        if not ex.relevant:
            if key:
                self._remember(url, key, "off_topic")
            return "off_topic", None, set()
        with session_scope(self.engine) as session:
            result = store_document(
                session, doc, ex, source=None, resolve=False, captured_at=item.captured_at
            )
            outcome = "duplicate" if result.status == "duplicate" else "stored"
            if url:
                mark_seen(session, [url], outcome, result.article_id)
        if key:
            self.seen[key] = outcome
        return result.status, result.article_id, result.force_ids
