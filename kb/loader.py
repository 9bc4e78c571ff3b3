"""Load files and folders (.txt, .html, .warc(.gz), .jsonl) into the KB, one document a commit."""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from extract.errors import RejectedDocument
from extract.pipeline import process
from kb.db import BUSY_TIMEOUT_S, session_scope
from kb.errors import DatabaseBusy
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


def _warc_documents(path: Path) -> Iterator[RawDocument | Skipped]:
    from warcio.archiveiterator import ArchiveIterator

    records = documents = 0
    with path.open("rb") as handle:
        try:
            for index, record in enumerate(ArchiveIterator(handle)):
                records += 1
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = record.http_headers.get_header("Content-Type") or ""
                if "html" not in ctype and "text/plain" not in ctype:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                body = record.content_stream().read()
                kind = "html" if "html" in ctype else "text"
                documents += 1
                yield RawDocument(body, f"{path}#{index}", str(path), url, kind)
        except Exception as exc:  # warcio raises bare Exceptions on corrupt archives
            yield Skipped(str(path), f"unreadable WARC ({exc})")
            return
    # A file warcio reads as empty is not an archive; saying so beats loading nothing silently.
    if not records:
        yield Skipped(str(path), "no WARC records (not a WARC file?)")
    elif not documents:
        yield Skipped(str(path), f"no HTML or text responses among {records} WARC records")


def read_documents(path: Path) -> Iterator[RawDocument | Skipped]:
    """The documents one file holds (a WARC or JSONL file holds many)."""
    kind = _kind(path)
    if kind == "jsonl":
        yield from _jsonl_documents(path)
    elif kind == "warc":
        yield from _warc_documents(path)
    else:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            yield Skipped(str(path), f"cannot read ({exc.strerror})")
            return
        yield RawDocument(raw, str(path), str(path), None, kind)


def documents(paths: Iterable[Path]) -> Iterator[RawDocument | Skipped]:
    """Every document under `paths`, with what cannot be used reported in place."""
    for found in expand_paths(paths):
        if isinstance(found, Skipped):
            yield found
        else:
            yield from read_documents(found)


def load_paths(
    engine: Engine,
    paths: Iterable[Path],
    *,
    on_document: Callable[[str, str], None] | None = None,
) -> LoadReport:
    """Extract and store every document; a bad one is skipped with its reason, never fatal."""
    report = LoadReport()
    touched: set[int] = set()

    def skip(item: Skipped) -> None:
        log.warning("skipped %s: %s", item.label, item.reason)
        report.skipped.append(item)
        if on_document:
            on_document(item.label, "skipped")

    for item in documents(paths):
        if isinstance(item, Skipped):
            skip(item)
            continue
        try:
            doc, ex = process(
                item.raw, path=item.path, url=item.url, content_type=item.content_type
            )
            with session_scope(engine) as session:
                result = store_document(session, doc, ex, resolve=False)
        except RejectedDocument as exc:
            skip(Skipped(item.label, exc.reason))
            continue
        except OperationalError as exc:
            if "database is locked" in str(exc):
                # Not this document's fault: every later one would fail the same way.
                raise DatabaseBusy(
                    f"the SQLite KB stayed locked by another writer for {BUSY_TIMEOUT_S} s; "
                    "SQLite takes one writer at a time: run the loads one after another, or "
                    "use PostgreSQL for several writers"
                ) from None
            log.exception("failed on %s", item.label)
            skip(Skipped(item.label, f"internal error: {type(exc).__name__}: {exc}"))
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
    # One resolution for the whole run (it also catches up a run that died before this step).
    with session_scope(engine) as session:
        resolve_pending(session, touched)
    return report
