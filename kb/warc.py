"""HTML and text responses of a WARC stream, read by warcio within `ReadLimits`.

warcio parses records and HTTP headers; the stream it is given is already inflated by
`bounded_io.GzipStream` (so the bomb guard and truncation check apply), and its line reader
is capped, so a "header line" of a gigabyte of zeros is refused after 64 KB. A record that
cannot be used is skipped as `PATH#N` (N counts records from 1) with its reason; an archive
that breaks mid-way keeps the documents read before the break.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import BufferedReader

from kb.bounded_io import DEFAULT_LIMITS, InputError, ReadLimits, mb, read_capped, stream_failure

# Payload encodings decoded with a bounded cost per block; brotli can inflate one small
# block to gigabytes, so such a record is skipped rather than decoded.
_SAFE_ENCODINGS = {"", "identity", "gzip", "x-gzip", "deflate"}
TRUNCATED = "truncated record (the archive ends inside it)"


@dataclass
class WarcDocument:
    """One HTML or text response: its body as sent (after transfer/content decoding)."""

    label: str
    url: str | None
    kind: str
    body: bytes
    captured_at: datetime | None = None  # WARC-Date: when the page was captured


@dataclass
class WarcSkip:
    label: str
    reason: str


class _CappedLineReader(BufferedReader):  # type: ignore[misc]
    """warcio's buffered reader, with header lines and header blocks capped."""

    def __init__(self, stream: Any, limits: ReadLimits) -> None:
        super().__init__(stream, block_size=64 * 1024, decomp_type=None)
        self.limits = limits
        self.header_bytes = 0  # bytes read by readline since the last read()

    def read(self, length: int | None = None) -> bytes:
        self.header_bytes = 0
        return super().read(length)  # type: ignore[no-any-return]

    def readline(self, length: int | None = None) -> bytes:
        cap = self.limits.max_header_line
        capped = not length or length > cap
        line: bytes = super().readline(cap + 1 if capped else length)
        if capped and len(line) > cap and not line.endswith(b"\n"):
            raise InputError(f"a header line is over the {mb(cap)} limit (not a WARC file?)")
        self.header_bytes += len(line)
        if self.header_bytes > self.limits.max_header_bytes:
            raise InputError(
                f"record headers are over the {mb(self.limits.max_header_bytes)} limit"
            )
        return line


class _Archive(ArchiveIterator):  # type: ignore[misc]
    """warcio's iterator over an inflated stream, reading through `_CappedLineReader`."""

    def __init__(self, stream: BinaryIO, limits: ReadLimits) -> None:
        super().__init__(stream)
        # The iterator builds its reader in __init__ and reads nothing until iterated.
        self.reader = _CappedLineReader(self.fh, limits)


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """warcio prints parse warnings (with raw record bytes) to stderr; problems reach the
    user as one `skipped` line instead."""
    with contextlib.redirect_stderr(io.StringIO()):
        yield


def _remaining(record: Any) -> int:
    """Bytes of the record's declared length not read yet (0 when its stream has no limit)."""
    return int(getattr(record.raw_stream, "limit", 0) or 0)


def _drain(record: Any) -> None:
    """Read what is left of the record, so `_remaining` tells a truncated one."""
    while _remaining(record) and record.raw_stream.read(64 * 1024):
        pass


def _document_kind(record: Any) -> str | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    if "html" in ctype:
        return "html"
    return "text" if "text/plain" in ctype else None


def warc_records(
    stream: BinaryIO,
    label: str,
    limits: ReadLimits = DEFAULT_LIMITS,
    keep_url: Callable[[str | None], bool] | None = None,
) -> Iterator[WarcDocument | WarcSkip]:
    """Each HTML/text response of the archive, or the reason it (or the rest) was skipped.

    `keep_url` picks records by their WARC-Target-URI before their payload is read (a
    record passed over is read through by warcio, not kept in memory).
    """
    archive = _Archive(stream, limits)
    records = documents = filtered = 0
    unread: Any = None  # the last record passed over: warcio reads it to its end on next()
    pending: WarcSkip | None = None  # its skip, said once we know the archive goes on after it

    def broken(where: str, otherwise: str) -> WarcSkip:
        """The skip for a record cut short: why the gzip stream ended, if it ended early."""
        failure = stream_failure(stream)
        return WarcSkip(where, f"unreadable WARC: {failure}" if failure else otherwise)

    while True:
        try:
            with _quiet():
                record = next(archive, None)
        except Exception as exc:  # warcio raises bare Exceptions on corrupt archives
            reason = f"unreadable WARC: {exc.reason}" if isinstance(exc, InputError) else None
            # Reading past a record that was passed over is what failed, most likely.
            where = f"{label}#{records if unread is not None else records + 1}"
            yield broken(where if records else label, reason or _unreadable(exc))
            return
        if pending is not None:
            yield broken(pending.label, pending.reason) if record is None else pending
        elif unread is not None and _remaining(unread):
            yield broken(f"{label}#{records}", TRUNCATED)
        elif record is None and stream_failure(stream):  # broken between two records
            yield broken(f"{label}#{records + 1}" if records else label, TRUNCATED)
        unread = pending = None
        if record is None:
            break
        records += 1
        kind = _document_kind(record)
        if kind is None:
            unread = record
            continue
        if keep_url is not None and not keep_url(record.rec_headers.get_header("WARC-Target-URI")):
            filtered += 1
            unread = record
            continue
        documents += 1
        found = _read_document(record, f"{label}#{records}", kind, limits)
        if isinstance(found, WarcSkip) and (_remaining(record) or stream_failure(stream)):
            unread, pending = record, found  # not read to its end: warcio reads through it next
            continue
        yield found
    # A file warcio reads as empty is not an archive; saying so beats loading nothing silently.
    if not records and not stream_failure(stream):
        yield WarcSkip(label, "no WARC records (not a WARC file?)")
    elif records and not documents and not filtered:
        yield WarcSkip(label, f"no HTML or text responses among {records} WARC records")


def _read_document(
    record: Any, where: str, kind: str, limits: ReadLimits
) -> WarcDocument | WarcSkip:
    """The record's payload, read within the limits and checked for truncation."""
    limit = limits.max_document_bytes
    if record.length and record.length > limit:
        return WarcSkip(where, f"record is {mb(record.length)}, over the {mb(limit)} limit")
    encoding = (record.http_headers.get_header("Content-Encoding") or "").strip().lower()
    if encoding not in _SAFE_ENCODINGS:
        return WarcSkip(where, f"unsupported Content-Encoding {encoding[:40]!r}")
    try:
        with _quiet():
            body = read_capped(record.content_stream(), limit, "the record's content")
            _drain(record)
    except InputError as exc:
        return WarcSkip(where, exc.reason)
    except Exception as exc:  # a payload that does not decode (bad chunking, bad gzip)
        return WarcSkip(where, _unreadable(exc, "unreadable record"))
    if _remaining(record):
        return WarcSkip(where, TRUNCATED)
    url = record.rec_headers.get_header("WARC-Target-URI")
    return WarcDocument(
        where, url, kind, body, _warc_date(record.rec_headers.get_header("WARC-Date"))
    )


def _warc_date(value: str | None) -> datetime | None:
    """WARC-Date (ISO 8601, UTC) as a naive UTC datetime, like every time in the KB."""
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when.astimezone(UTC).replace(tzinfo=None) if when.tzinfo else when


def _unreadable(exc: Exception, what: str = "unreadable WARC") -> str:
    detail = " ".join(str(exc).split())[:120] or type(exc).__name__
    return f"{what} ({detail})"
