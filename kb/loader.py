"""Load files and folders (.txt, .html, .warc(.gz), .jsonl) into the KB, one document a commit."""

from __future__ import annotations

import json
import logging
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from extract.errors import RejectedDocument
from kb.bounded_io import (
    DEFAULT_LIMITS,
    InputError,
    ReadLimits,
    mb,
    open_input,
    read_file,
    read_line,
    stream_failure,
)
from kb.db import BUSY_TIMEOUT_S, session_scope
from kb.errors import DatabaseBusy
from kb.store import resolve_pending, store_document
from kb.warc import WarcSkip, warc_records

if TYPE_CHECKING:
    from kb.web_records import WebRecords

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

    def __bool__(self) -> bool:
        return bool(self.hosts or self.url_patterns)

    def keeps(self, url: str | None) -> bool:
        if not self:
            return True
        if not url:
            return False
        host = (urlsplit(url).hostname or "").lower()
        hosts = tuple(h.lower().removeprefix("www.") for h in self.hosts)
        if hosts and not any(host == h or host.endswith("." + h) for h in hosts):
            return False
        return all(_compiled(p).search(url) for p in self.url_patterns)


_PATTERNS: dict[str, re.Pattern[str]] = {}


def _compiled(pattern: str) -> re.Pattern[str]:
    if pattern not in _PATTERNS:
        _PATTERNS[pattern] = re.compile(pattern)
    return _PATTERNS[pattern]


@dataclass
class Skipped:
    """Something that was not loaded, and why (one line, however odd the input)."""

    label: str
    reason: str

    def __post_init__(self) -> None:
        self.reason = _one_line(self.reason)


@dataclass
class LoadReport:
    statuses: Counter[str] = field(default_factory=Counter)
    skipped: list[Skipped] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)

    @property
    def loaded(self) -> int:
        return sum(self.statuses.values())


def _kind(path: Path) -> str | None:
    """The reader for a file name; any kind may also come gzipped (`notes.txt.gz`)."""
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    suffix = Path(name.removesuffix(".gz")).suffix
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return None


def display_path(path: Path | str) -> str:
    """A path as it can be printed and stored: undecodable bytes and controls as `\\xNN`."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return _CONTROL_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _one_line(text: str, limit: int = 200) -> str:
    """A reason fit for one line of stderr, however long or multi-line its source."""
    flat = _CONTROL_RE.sub(" ", " ".join(text.split()))
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _os_reason(exc: OSError, what: str = "cannot read") -> str:
    return f"{what} ({exc.strerror or type(exc).__name__})"


def _file_or_skip(path: Path) -> Path | Skipped:
    return path if _kind(path) else Skipped(display_path(path), "unsupported file type")


def _walk(
    folder: Path, ancestors: tuple[tuple[int, int], ...], seen: set[tuple[int, int]]
) -> Iterator[Path | Skipped]:
    """Files under `folder` in name order, following symlinked folders once, loops reported."""
    try:
        info = folder.stat()
        entries = sorted(os.scandir(folder), key=lambda e: os.fsencode(e.name))
    except OSError as exc:
        yield Skipped(display_path(folder), _os_reason(exc, "cannot read folder"))
        return
    key = (info.st_dev, info.st_ino)
    if key in ancestors:
        yield Skipped(display_path(folder), "symlink loop (a folder that contains itself)")
        return
    if key in seen:
        yield Skipped(display_path(folder), "folder already read through another symlink")
        return
    seen.add(key)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir, is_file = entry.is_dir(), entry.is_file()
        except OSError as exc:
            yield Skipped(display_path(path), _os_reason(exc))
            continue
        if is_dir:
            yield from _walk(path, (*ancestors, key), seen)
        elif is_file:
            yield _file_or_skip(path)
        else:
            yield Skipped(display_path(path), _missing_reason(path))


def _missing_reason(path: Path) -> str:
    """Why a path that is neither a folder nor a regular file cannot be loaded."""
    try:
        path.stat()
    except OSError as exc:
        if path.is_symlink():
            return _os_reason(exc, "broken symlink")
        return _os_reason(exc, "no such file or folder")
    return "not a regular file (a device, pipe or socket)"


def expand_paths(paths: Iterable[Path]) -> Iterator[Path | Skipped]:
    """Files in a stable order; folders recursively (hidden files skipped), unknowns reported.

    Symlinked folders are followed once; a loop, an unreadable folder or a broken link is
    reported in place, never skipped silently.
    """
    seen: set[tuple[int, int]] = set()
    for path in paths:
        if path.is_dir():
            yield from _walk(path, (), seen)
        elif path.is_file():
            yield _file_or_skip(path)
        else:
            yield Skipped(display_path(path), _missing_reason(path))


def _jsonl_record(line: bytes) -> tuple[str, str, str | None]:
    """(body, kind, url) of one JSONL line; `InputError` names what is wrong with it."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        # A stray cp1252 byte (a `£` from a Windows tool) is read as cp1252, not lost.
        text = line.decode("cp1252", errors="replace")
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise InputError("invalid JSON (nested too deeply)") from None
    if not isinstance(record, dict):
        raise InputError("a JSON object with `text` or `html` is expected")
    for key in ("text", "html", "title", "url"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(f"`{key}` must be a string, not {type(value).__name__}")
    body, kind = record.get("html"), "html"
    if not body:
        body, kind = record.get("text"), "text"
    if not body or not body.strip():
        raise InputError("record has no `text` or `html`")
    title = record.get("title")
    if kind == "text" and title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    return body, kind, record.get("url") or None


def _jsonl_documents(
    path: Path, limits: ReadLimits, keep: RecordFilter | None = None
) -> Iterator[RawDocument | Skipped]:
    shown = display_path(path)
    with open_input(path, limits) as handle:
        number = 0
        while True:
            number += 1
            label = f"{shown}#{number}"
            line, fits = read_line(handle, limits.max_document_bytes)
            # A gzip stream that broke (truncated, corrupt, a bomb) ends inside this line.
            if (failure := stream_failure(handle)) and not line.endswith(b"\n"):
                yield Skipped(label, failure)
                return
            if not fits:
                yield Skipped(label, f"line is over the {mb(limits.max_document_bytes)} limit")
                continue
            if not line:
                return
            if not line.strip():
                continue
            try:
                body, kind, url = _jsonl_record(line)
            except InputError as exc:
                yield Skipped(label, exc.reason)
                continue
            yield RawDocument(body.encode("utf-8"), label, shown, url, kind)


def _warc_documents(
    path: Path, limits: ReadLimits, keep: RecordFilter | None = None
) -> Iterator[RawDocument | Skipped]:
    """Response records, streamed; with `keep`, only records whose URL it keeps are read."""
    shown = display_path(path)
    with open_input(path, limits) as handle:
        for found in warc_records(handle, shown, limits, keep.keeps if keep else None):
            if isinstance(found, WarcSkip):
                yield Skipped(found.label, found.reason)
            else:
                yield RawDocument(
                    found.body, found.label, shown, found.url, found.kind, True, found.captured_at
                )


def _file_document(
    path: Path, limits: ReadLimits, keep: RecordFilter | None = None
) -> Iterator[RawDocument | Skipped]:
    shown = display_path(path)
    # Only a `.gz` name is inflated here: a gzipped page saved as `.html` keeps its bytes (and
    # so its identity in the KB); `clean` inflates it, within the same size limit.
    raw = read_file(path, limits, inflate=path.name.lower().endswith(".gz"))
    yield RawDocument(raw, shown, shown, None, _kind(path))


_READERS = {"jsonl": _jsonl_documents, "warc": _warc_documents}


def read_documents(
    path: Path, limits: ReadLimits = DEFAULT_LIMITS, keep: RecordFilter | None = None
) -> Iterator[RawDocument | Skipped]:
    """The documents one file holds (a WARC or JSONL file holds many), within `limits`;
    `keep` picks WARC records by their headers.

    Never raises for a bad file: whatever goes wrong is that file's (or record's) skip, and
    documents read before the problem are kept.
    """
    reader = _READERS.get(_kind(path) or "", _file_document)
    shown = display_path(path)
    try:
        yield from reader(path, limits, keep)
    except InputError as exc:
        yield Skipped(shown, exc.reason)
    except OSError as exc:
        yield Skipped(shown, _os_reason(exc))
    except Exception as exc:  # a reader bug must cost one file, not the run
        log.debug("reading %s failed", shown, exc_info=True)
        yield Skipped(shown, _one_line(f"internal error: {type(exc).__name__}: {exc}"))


def documents(
    paths: Iterable[Path], limits: ReadLimits = DEFAULT_LIMITS, keep: RecordFilter | None = None
) -> Iterator[RawDocument | Skipped]:
    """Every document under `paths`, with what cannot be used reported in place."""
    for found in expand_paths(paths):
        if isinstance(found, Skipped):
            yield found
        else:
            yield from read_documents(found, limits, keep)


def load_paths(
    engine: Engine,
    paths: Iterable[Path],
    *,
    on_document: Callable[[str, str], None] | None = None,
    keep: RecordFilter | None = None,
    raw_scan: bool = True,
    workers: int = 0,
    web: WebRecords | None = None,
) -> LoadReport:
    """Extract and store every document; a bad one is skipped with its reason, never fatal.

    WARC records are treated as crawled pages (kb.web_records): filtered by `keep` on their
    headers, skipped if their URL is already known, scanned before cleaning (`raw_scan`), and
    stored only if relevant; `workers` processes clean and extract them. `web`, if given, is
    the `WebRecords` to load them with (already started, say), in place of one made here
    from `raw_scan` and `workers`.
    """
    from kb.web_records import Done, WebRecords

    report = LoadReport()
    touched: set[int] = set()
    if web is None:
        web = WebRecords(engine, raw_scan=raw_scan, workers=workers)

    def skip(item: Skipped) -> None:
        # The caller reports skips (the CLI prints each once); the log only adds detail.
        log.info("skipped %s: %s", item.label, item.reason)
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

    for item in documents(paths, keep=keep):
        if isinstance(item, Skipped):
            skip(item)
            continue
        try:
            if item.web_record:
                for done in web.load(item):
                    record(done)
                continue
            from extract.pipeline import process  # spaCy: only once a file needs it

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
            log.debug("failed on %s", item.label, exc_info=True)
            skip(Skipped(item.label, f"internal error: {type(exc).__name__}: {exc}"))
            continue
        except Exception as exc:  # one broken document must not lose the rest of the run
            log.debug("failed on %s", item.label, exc_info=True)  # -vv shows the traceback
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
