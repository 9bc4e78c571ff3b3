"""Bounded, streamed reading of input files: gzip with a bomb guard, capped lines and records.

Every reader in `kb.loader` goes through here, so a hostile file costs a bounded amount of
memory and time whatever it claims: a gzip stream is inflated a block at a time and given up
when it inflates far more than its compressed size, a line or a record over its limit is
refused (and skipped over in blocks) instead of read, and a stream that ends inside a gzip
member is reported as truncated instead of being taken for a short file.
"""

from __future__ import annotations

import io
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

from isal import isal_zlib

from breachkb.errors import BreachKBError
from extract.limits import DEFAULT_MAX_BYTES

GZIP_MAGIC = b"\x1f\x8b"
_BLOCK = 64 * 1024
# isal's stub declares `error` as an instance; it is the exception class of a bad stream.
_ISAL_ERROR = cast(type[Exception], isal_zlib.error)


@dataclass(frozen=True)
class ReadLimits:
    """What one file may cost; every limit is reported by name when it is hit."""

    max_document_bytes: int = DEFAULT_MAX_BYTES  # a file, a JSONL line, a WARC record
    max_header_line: int = 64 * 1024  # one WARC or HTTP header line
    max_header_bytes: int = 1024 * 1024  # all header lines of one WARC record
    max_ratio: int = 100  # inflated / compressed bytes beyond which gzip is a bomb
    ratio_grace: int = 64 * 1024 * 1024  # inflated bytes allowed before the ratio counts


DEFAULT_LIMITS = ReadLimits()


class InputError(BreachKBError):
    """A file (or record) that cannot be read within the limits; `reason` says why."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def mb(size: int) -> str:
    """A byte count as people read it in a message (64 KB, 20 MB)."""
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:,.0f} {unit}"
    return f"{size:,} bytes"


def _inflater() -> isal_zlib.Decompress:
    """A gzip member's inflater: ISA-L's (isal), the same API and output as zlib's at about
    twice the speed; a CC-NEWS file inflates to gigabytes, and reading is the loader's own
    cost before any page is scanned."""
    return isal_zlib.decompressobj(16 + isal_zlib.MAX_WBITS)


class GzipStream(io.RawIOBase):
    """The inflated bytes of a (multi-member) gzip stream, never more than asked for at once.

    Corrupt data, a stream that ends inside a member (truncated) and a stream that inflates
    to more than `max_ratio` times its compressed size after the first `ratio_grace` bytes
    (a decompression bomb) end the stream early, with the reason in `failure`. Ending rather
    than raising keeps what was inflated before the problem: a buffered reader would drop a
    block it was filling when the raw stream raised.
    """

    def __init__(self, raw: BinaryIO, limits: ReadLimits = DEFAULT_LIMITS) -> None:
        super().__init__()
        self.raw = raw
        self.limits = limits
        self.inflater = _inflater()
        self.pending = b""  # compressed input not yet fed to the inflater
        self.compressed = 0
        self.inflated = 0
        self.position = 0
        self.finished = False
        self.failure: str | None = None

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        """Close the compressed file too (`with open_input(...)` owns it)."""
        if not self.closed:
            self.raw.close()
        super().close()

    def tell(self) -> int:
        return self.position

    def _feed(self) -> bytes:
        data = self.raw.read(_BLOCK)
        self.compressed += len(data)
        return data

    def _next_member(self) -> bool:
        """After a member ends: start the next one, or report a clean end of stream."""
        rest = self.inflater.unused_data or self._feed()
        while rest and not rest.strip(b"\x00"):  # NUL padding after the last member
            rest = self._feed()
        if not rest:
            return False
        if not rest.startswith(GZIP_MAGIC[: len(rest)]):
            raise InputError("corrupt gzip data (garbage after the end of the compressed data)")
        self.inflater = _inflater()
        self.pending = rest
        return True

    def _inflate(self, size: int) -> bytes:
        while not self.finished:
            if self.inflater.eof and not self._next_member():
                self.finished = True
                break
            data = self.pending or self._feed()
            if not data:
                raise InputError(
                    f"truncated gzip data (the file ends after {mb(self.inflated)} of content)"
                )
            try:
                out = self.inflater.decompress(data, size)
            except _ISAL_ERROR as exc:
                raise InputError(f"corrupt gzip data ({exc})") from None
            self.pending = self.inflater.unconsumed_tail
            if out:
                self.inflated += len(out)
                self._check_ratio()
                return out
        return b""

    def _check_ratio(self) -> None:
        limits = self.limits
        if self.inflated > limits.ratio_grace and self.inflated > limits.max_ratio * max(
            self.compressed, 1
        ):
            raise InputError(
                f"decompression bomb: {mb(self.compressed)} inflate to over "
                f"{mb(self.inflated)} (more than {limits.max_ratio}:1)"
            )

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self.failure is not None:
            return 0
        try:
            out = self._inflate(len(buffer))
        except InputError as exc:
            self.failure, self.finished = exc.reason, True
            return 0
        buffer[: len(out)] = out
        self.position += len(out)
        return len(out)


def stream_failure(stream: BinaryIO) -> str | None:
    """Why a stream from `open_input` ended early (corrupt, truncated, a bomb), if it did."""
    raw = getattr(stream, "raw", None)
    return raw.failure if isinstance(raw, GzipStream) else None


def regular_file(path: Path) -> os.stat_result:
    """The file's stat, refusing what is not a regular file (a FIFO would block a read)."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise InputError("not a regular file (a device, pipe or socket)")
    return info


def open_input(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> BinaryIO:
    """A buffered binary stream of the file's content, inflated if it is gzip."""
    regular_file(path)
    handle = path.open("rb")
    try:
        compressed = handle.read(2) == GZIP_MAGIC
        handle.seek(0)
    except BaseException:
        handle.close()
        raise
    if not compressed:
        return handle
    return io.BufferedReader(GzipStream(handle, limits), buffer_size=_BLOCK)


def read_capped(stream: BinaryIO, limit: int, what: str) -> bytes:
    """At most `limit` bytes of `stream`; more than that is an `InputError` naming `what`."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"{what} is over the {mb(limit)} limit")
    return data


def read_file(path: Path, limits: ReadLimits = DEFAULT_LIMITS, *, inflate: bool = True) -> bytes:
    """A whole (small) file, refused by size before it is read when it is too large."""
    size = regular_file(path).st_size
    limit = limits.max_document_bytes
    if size > limit:
        raise InputError(f"file is {mb(size)}, over the {mb(limit)} limit")
    if not inflate:
        with path.open("rb") as handle:
            return read_capped(handle, limit, "the file")  # it may have grown since stat
    with open_input(path, limits) as stream:
        data = read_capped(stream, limit, "the uncompressed file")
        if failure := stream_failure(stream):
            raise InputError(failure)
        return data


def read_line(stream: BinaryIO, limit: int) -> tuple[bytes, bool]:
    """The next line (with its newline) and whether it fitted in `limit` bytes.

    An over-long line is skipped in blocks up to its newline, so it costs no more memory
    than a line at the limit.
    """
    line = stream.readline(limit + 1)
    if len(line) <= limit or line.endswith(b"\n"):
        return line, True
    while line and not line.endswith(b"\n"):
        line = stream.readline(_BLOCK)
    return b"", False
