"""Load files and folders (.txt, .html, .warc(.gz), .jsonl) into the KB, one document a commit."""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import Engine

from extract.errors import RejectedDocument
from extract.pipeline import process
from kb.db import session_scope
from kb.store import resolve_pending, store_document

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
WARC_SUFFIXES = (".warc", ".warc.gz")
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


@dataclass
class RawDocument:
    """One document as found on disk: bytes plus where it came from."""

    raw: bytes
    label: str  # path, or path#line / path#record, for messages
    path: str
    url: str | None = None
    content_type: str | None = None
    # A record of a web crawl (WARC): stored only if relevant, like a crawled page.
    web_record: bool = False
    captured_at: datetime | None = None  # the WARC-Date of the record


@dataclass(frozen=True)
class RecordFilter:
    """Which WARC records to read, decided on their headers before any payload is read:
    hosts (a host or any subdomain of it) and URL regexes; empty lists keep everything."""

    hosts: tuple[str, ...] = ()
    url_patterns: tuple[str, ...] = ()

    def keeps(self, url: str | None) -> bool:
        if not self.hosts and not self.url_patterns:
            return True
        if not url:
            return False
        host = (urlsplit(url).hostname or "").lower()
        if self.hosts and not any(host == h or host.endswith("." + h) for h in self._hosts):
            return False
        return all(p.search(url) for p in self._patterns)

    @property
    def _hosts(self) -> tuple[str, ...]:
        return tuple(h.lower().removeprefix("www.") for h in self.hosts)

    @property
    def _patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(_compiled(p) for p in self.url_patterns)


_PATTERNS: dict[str, re.Pattern[str]] = {}


def _compiled(pattern: str) -> re.Pattern[str]:
    if pattern not in _PATTERNS:
        _PATTERNS[pattern] = re.compile(pattern)
    return _PATTERNS[pattern]


@dataclass
class Skipped:
    label: str
    reason: str


@dataclass
class LoadReport:
    statuses: Counter[str] = field(default_factory=Counter)
    skipped: list[Skipped] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)

    @property
    def loaded(self) -> int:
        return sum(self.statuses.values())


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return None


def expand_paths(paths: Iterable[Path]) -> Iterator[Path | Skipped]:
    """Files in a stable order; folders recursively (hidden files skipped), unknowns reported."""
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                rel = child.relative_to(path)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                yield child if _kind(child) else Skipped(str(child), "unsupported file type")
        elif path.is_file():
            yield path if _kind(path) else Skipped(str(path), "unsupported file type")
        else:
            yield Skipped(str(path), "no such file or folder")


def _jsonl_documents(path: Path) -> Iterator[RawDocument | Skipped]:
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            label = f"{path}#{number}"
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Skipped(label, f"invalid JSON ({exc.msg})")
                continue
            if not isinstance(record, dict):
                yield Skipped(label, "a JSON object with `text` or `html` is expected")
                continue
            body, ctype = record.get("html"), "html"
            if not body:
                body, ctype = record.get("text"), "text"
            if not isinstance(body, str) or not body.strip():
                yield Skipped(label, "record has no `text` or `html`")
                continue
            if ctype == "text" and record.get("title") and not body.startswith(record["title"]):
                body = f"{record['title']}\n\n{body}"
            yield RawDocument(body.encode("utf-8"), label, str(path), record.get("url"), ctype)


def _warc_date(value: str | None) -> datetime | None:
    """WARC-Date (ISO 8601, UTC) as a naive UTC datetime, like every time in the KB."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        return None


def _warc_documents(
    path: Path, keep: RecordFilter | None = None
) -> Iterator[RawDocument | Skipped]:
    """Response records, streamed: a record is read only if its headers pass `keep`."""
    from warcio.archiveiterator import ArchiveIterator

    records = documents = 0
    with path.open("rb") as handle:
        try:
            for index, record in enumerate(ArchiveIterator(handle)):
                records += 1
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                if keep is not None and not keep.keeps(url):
                    continue  # warcio skips the unread payload
                ctype = record.http_headers.get_header("Content-Type") or ""
                if "html" not in ctype and "text/plain" not in ctype:
                    continue
                body = record.content_stream().read()
                kind = "html" if "html" in ctype else "text"
                documents += 1
                captured = _warc_date(record.rec_headers.get_header("WARC-Date"))
                yield RawDocument(body, f"{path}#{index}", str(path), url, kind, True, captured)
        except Exception as exc:  # warcio raises bare Exceptions on corrupt archives
            yield Skipped(str(path), f"unreadable WARC ({exc})")
            return
    # A file warcio reads as empty is not an archive; saying so beats loading nothing silently.
    if not records:
        yield Skipped(str(path), "no WARC records (not a WARC file?)")
    elif not documents and not (keep and (keep.hosts or keep.url_patterns)):
        yield Skipped(str(path), f"no HTML or text responses among {records} WARC records")


def read_documents(path: Path, keep: RecordFilter | None = None) -> Iterator[RawDocument | Skipped]:
    """The documents one file holds (a WARC or JSONL file holds many)."""
    kind = _kind(path)
    if kind == "jsonl":
        yield from _jsonl_documents(path)
    elif kind == "warc":
        yield from _warc_documents(path, keep)
    else:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            yield Skipped(str(path), f"cannot read ({exc.strerror})")
            return
        yield RawDocument(raw, str(path), str(path), None, kind)


def documents(
    paths: Iterable[Path], keep: RecordFilter | None = None
) -> Iterator[RawDocument | Skipped]:
    """Every document under `paths`, with what cannot be used reported in place."""
    for found in expand_paths(paths):
        if isinstance(found, Skipped):
            yield found
        else:
            yield from read_documents(found, keep)


def load_paths(
    engine: Engine,
    paths: Iterable[Path],
    *,
    on_document: Callable[[str, str], None] | None = None,
    keep: RecordFilter | None = None,
    raw_scan: bool = True,
    workers: int = 0,
) -> LoadReport:
    """Extract and store every document; a bad one is skipped with its reason, never fatal.

    WARC records are treated as crawled pages (kb.web_records): filtered by `keep` on their
    headers, skipped if their URL is already known, scanned before cleaning (`raw_scan`), and
    stored only if relevant; `workers` processes clean and extract them.
    """
    from kb.web_records import Done, WebRecords

    report = LoadReport()
    touched: set[int] = set()
    web = WebRecords(engine, raw_scan=raw_scan, workers=workers)

    def skip(item: Skipped) -> None:
        log.warning("skipped %s: %s", item.label, item.reason)
        report.skipped.append(item)
        if on_document:
            on_document(item.label, "skipped")

    def record(done: Done) -> None:
        if done.status == "rejected":
            skip(Skipped(done.label, done.reason))
            return
        report.statuses[done.status] += 1
        if done.article_id is not None:
            report.article_ids.append(done.article_id)
        touched.update(done.force_ids)
        if on_document:
            on_document(done.label, done.status)

    for item in documents(paths, keep):
        if isinstance(item, Skipped):
            skip(item)
            continue
        try:
            if item.web_record:
                for done in web.load(item):
                    record(done)
                continue
            doc, ex = process(
                item.raw, path=item.path, url=item.url, content_type=item.content_type
            )
            with session_scope(engine) as session:
                result = store_document(session, doc, ex, resolve=False)
        except RejectedDocument as exc:
            skip(Skipped(item.label, exc.reason))
            continue
        except Exception as exc:  # one broken document must not lose the rest of the run
            log.exception("failed on %s", item.label)
            skip(Skipped(item.label, f"internal error: {type(exc).__name__}: {exc}"))
            continue
        report.statuses[result.status] += 1
        report.article_ids.append(result.article_id)
        touched |= result.force_ids
        if on_document:
            on_document(item.label, result.status)
    for done in web.finish():
        record(done)
    # One resolution for the whole run (it also catches up a run that died before this step).
    with session_scope(engine) as session:
        resolve_pending(session, touched)
    return report
