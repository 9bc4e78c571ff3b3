"""Every kind of hostile or broken input the loader must survive, built in a folder.

`build_corpus(folder)` writes the files and returns what a load must do with them: the good
documents (each with a marker word that must reach the KB) and the bad inputs (the label
`breachkb load` prints, relative to the folder, and a piece of the reason). Bombs are built
from repeated gzip members, so a gigabyte of content costs a megabyte of disk and no time.
"""

from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

GIB = 1 << 30
MIB = 1 << 20

ARTICLE = (
    "{force} fined after lost laptop\n\n"
    "{force} has been fined £{amount:,} by the Information Commissioner's Office after an "
    "unencrypted laptop holding victims' details was lost in {year}, in case {marker}.\n\n"
    "The ICO said the force had failed to protect sensitive personal data.\n"
)
FORCES = [
    "Kent Police", "Essex Police", "Devon and Cornwall Police", "Dyfed-Powys Police",
    "Gwent Police", "Lancashire Constabulary", "Norfolk Constabulary", "Suffolk Constabulary",
    "Surrey Police", "Sussex Police", "Thames Valley Police", "Cumbria Constabulary",
    "Durham Constabulary", "Cleveland Police", "Humberside Police", "Avon and Somerset Police",
]  # fmt: skip


@dataclass
class Corpus:
    root: Path
    good: dict[str, str] = field(default_factory=dict)  # marker -> where it comes from
    bad: dict[str, str] = field(default_factory=dict)  # label (relative) -> part of the reason
    needs_unprivileged: list[Path] = field(default_factory=list)  # chmod 000, for a non-root

    def article(self, where: str) -> str:
        """A distinct, relevant article text whose marker must land in the KB."""
        n = len(self.good)
        marker = f"hostilemark{n:02d}"
        self.good[marker] = where
        return ARTICLE.format(
            force=FORCES[n % len(FORCES)], amount=10_000 + 1_000 * n, year=2010 + n % 12,
            marker=marker,
        )  # fmt: skip

    def html(self, where: str, depth: int = 1) -> str:
        head, *paragraphs = self.article(where).split("\n\n")
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        return (
            f"<html><head><title>{head}</title></head><body>"
            + "<div>" * depth + f"<article><h1>{head}</h1>{body}</article>" + "</div>" * depth
            + "</body></html>"
        )  # fmt: skip


def _member(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def zeros_gzip(size: int, chunk: int = 16 * MIB) -> bytes:
    """`size` zero bytes as repeated gzip members (about 1 KB on disk per MB of content)."""
    member = _member(b"\0" * chunk)
    return member * (size // chunk)


def warc_record(url: str, body: bytes, ctype: str = "text/html", **http: str) -> bytes:
    """One uncompressed WARC response record (its HTTP headers included), with its ending."""
    headers = "".join(f"{k.replace('_', '-')}: {v}\r\n" for k, v in http.items())
    payload = f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\n{headers}\r\n".encode() + body
    return _warc_header(url, len(payload)) + payload + b"\r\n\r\n"


def _warc_header(url: str, length: int) -> bytes:
    return (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {url}\r\nWARC-Record-ID: <urn:uuid:{abs(hash((url, length)))}>\r\n"
        "WARC-Date: 2024-01-01T00:00:00Z\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {length}\r\n\r\n"
    ).encode()


def build_corpus(root: Path) -> Corpus:
    """Write every input under `root` (which must exist and be empty)."""
    c = Corpus(root)
    _plain_files(c)
    _jsonl(c)
    _warcs(c)
    _gzip_and_sizes(c)
    _filesystem(c)
    return c


def _plain_files(c: Corpus) -> None:
    r = c.root
    (r / "good.txt").write_text(c.article("good.txt"), encoding="utf-8")
    (r / "good.html").write_text(c.html("good.html"), encoding="utf-8")
    (r / "cp1252.txt").write_bytes(c.article("cp1252.txt").encode("cp1252"))
    (r / "utf16.txt").write_text(c.article("utf16.txt"), encoding="utf-16")
    (r / "deep.html").write_text(c.html("deep.html", depth=400), encoding="utf-8")
    (r / "good.txt.gz").write_bytes(_member(c.article("good.txt.gz").encode()))
    (r / "empty.txt").write_bytes(b"")
    c.bad["empty.txt"] = "empty"
    (r / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    c.bad["image.html"] = "binary"
    (r / "nul.txt").write_bytes(b"Kent Police\x00\x00\x00" * 100)
    c.bad["nul.txt"] = "binary"
    (r / "notes.docx").write_bytes(b"PK\x03\x04 not really")
    c.bad["notes.docx"] = "unsupported file type"
    (r / "tiny.txt").write_text("x\n")
    c.bad["tiny.txt"] = "too short"
    words = "Kent Police data laptop lost officers victims report the of in and"
    line = " ".join([words] * 16) + "."
    (r / "long-text.txt").write_text("\n\n".join([line] * 1100), encoding="utf-8")
    c.bad["long-text.txt"] = "over the 1,000,000 limit"


def _jsonl(c: Corpus) -> None:
    lines: list[bytes] = []

    def add(record: object, bad: str | None = None) -> None:
        lines.append(record if isinstance(record, bytes) else json.dumps(record).encode())
        if bad:
            c.bad[f"records.jsonl#{len(lines)}"] = bad

    add({"url": "https://news.example.co.uk/a", "text": c.article("records.jsonl#1")})
    add({"text": "Essex Police fined over a lost laptop in 2019, the ICO said.", "title": 5},
        "`title` must be a string")  # fmt: skip
    # A stray cp1252 byte (`£` written by a Windows tool) in an otherwise UTF-8 file.
    stray = json.dumps({"text": c.article("records.jsonl#3")}, ensure_ascii=False)
    lines.append(stray.encode("cp1252"))
    add({"url": 12345, "text": "Gwent Police lost a laptop in 2019, the regulator said."},
        "`url` must be a string")  # fmt: skip
    add({"text": "x"}, "too short")
    add(b"{not json", "invalid JSON")
    add(b"[" * 100_000, "nested too deeply")
    add(b'{"text": "' + b"a" * (21 * MIB) + b'"}', "line is over the 20 MB limit")
    add({"url": "https://news.example.co.uk/c", "text": c.article("records.jsonl#9")})
    add("just a string", "JSON object")
    add({"url": "https://news.example.co.uk/deep", "html": c.html("records.jsonl#11", 300)})
    (c.root / "records.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    # A gzipped JSONL that inflates to a gigabyte of zeros, and a good gzipped one.
    (c.root / "bomb.jsonl.gz").write_bytes(zeros_gzip(GIB))
    c.bad["bomb.jsonl.gz#1"] = "decompression bomb"
    good = json.dumps({"text": c.article("more.jsonl.gz#1")}).encode() + b"\n"
    (c.root / "more.jsonl.gz").write_bytes(_member(good))


def _warcs(c: Corpus) -> None:
    r = c.root
    # A gigabyte of zeros named .warc.gz: no header line ever ends.
    (r / "zeros.warc.gz").write_bytes(zeros_gzip(GIB))
    c.bad["zeros.warc.gz"] = "header line"
    # Eight megabytes of 'A' in 8 KB: printed whole by warcio, once.
    (r / "small-bomb.warc.gz").write_bytes(_member(b"A" * 8 * MIB))
    c.bad["small-bomb.warc.gz"] = "header line"
    # A good record, then one that declares 2 GiB of zeros (2 MB on disk).
    good = _member(warc_record("https://www.example.co.uk/one", c.html("record-bomb#1").encode()))
    head = _warc_header("https://www.example.co.uk/bomb", 2 * GIB)
    head += b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    (r / "record-bomb.warc.gz").write_bytes(good + _member(head) + zeros_gzip(2 * GIB))
    c.bad["record-bomb.warc.gz#2"] = "decompression bomb"
    # Three records, one gzip member each, cut in the middle of the second.
    members = [
        _member(warc_record(f"https://www.example.co.uk/t{i}", c.html(f"trunc#{i}").encode()))
        for i in (1,)
    ] + [_member(warc_record("https://www.example.co.uk/t2", b"<p>" + b"lost " * 4000))]
    data = members[0] + members[1][: len(members[1]) // 2]
    (r / "truncated.warc.gz").write_bytes(data)
    c.bad["truncated.warc.gz#2"] = "truncated"
    # The same, uncompressed.
    first = warc_record("https://www.example.co.uk/u1", c.html("plain-trunc#1").encode())
    second = warc_record("https://www.example.co.uk/u2", b"<html><p>" + b"cut " * 2000)
    (r / "truncated.warc").write_bytes(first + second[: len(second) // 2])
    c.bad["truncated.warc#2"] = "truncated"
    # A brotli-encoded page (a bomb in waiting: one block can inflate to gigabytes).
    brotli_page = warc_record(
        "https://www.example.co.uk/br", b"\x8b\x03\x80hello\x03", content_encoding="br"
    )
    good_after = warc_record("https://www.example.co.uk/after-br", c.html("br.warc#2").encode())
    (r / "br.warc").write_bytes(brotli_page + good_after)
    c.bad["br.warc#1"] = "Content-Encoding"
    (r / "not-a-warc.warc").write_text("hello\nworld\n")
    c.bad["not-a-warc.warc"] = "unreadable WARC"


def _gzip_and_sizes(c: Corpus) -> None:
    r = c.root
    # A gigabyte of zeros as a gzipped page: refused at the 20 MB limit, never inflated.
    (r / "bomb.html.gz").write_bytes(zeros_gzip(GIB))
    c.bad["bomb.html.gz"] = "over the 20 MB limit"
    # A sparse 2 GiB text file: refused by its size, never read.
    with (r / "huge.txt").open("wb") as handle:
        handle.truncate(2 * GIB)
    c.bad["huge.txt"] = "over the 20 MB limit"
    corrupt = bytearray(_member(c.article("unused").encode()))
    c.good.pop(next(k for k, v in c.good.items() if v == "unused"))
    corrupt[20:40] = b"\xff" * 20
    (r / "corrupt.txt.gz").write_bytes(bytes(corrupt))
    c.bad["corrupt.txt.gz"] = "corrupt gzip"


def _filesystem(c: Corpus) -> None:
    r = c.root
    (r / os.fsdecode(b"bad\xffname.txt")).write_text(c.article("bad-name"), encoding="utf-8")
    loop = r / "loop"
    loop.mkdir()
    (loop / "inside.txt").write_text(c.article("loop/inside.txt"), encoding="utf-8")
    (loop / "back").symlink_to("..")
    c.bad["loop/back"] = "symlink loop"
    (r / "dangling.txt").symlink_to(r / "nowhere.txt")
    c.bad["dangling.txt"] = "broken symlink"
    os.mkfifo(r / "fifo.jsonl")
    c.bad["fifo.jsonl"] = "not a regular file"
    locked = r / "locked"
    locked.mkdir()
    (locked / "secret.txt").write_text(c.article("never read"), encoding="utf-8")
    c.good.pop(next(k for k, v in c.good.items() if v == "never read"))
    c.bad["locked"] = "cannot read folder"
    for name in ("unreadable.jsonl", "unreadable.warc.gz"):
        (r / name).write_bytes(b"{}\n")
        c.bad[name] = "Permission denied"
    c.needs_unprivileged = [locked, r / "unreadable.jsonl", r / "unreadable.warc.gz"]


def lock_down(corpus: Corpus) -> None:
    """Make the unreadable inputs unreadable (for anyone but root)."""
    for path in corpus.needs_unprivileged:
        path.chmod(0)


def relabel(label: str, root: Path) -> str:
    """A printed label relative to the corpus folder (labels print `\\xff` for bad bytes)."""
    prefix = str(root) + os.sep
    return label[len(prefix) :] if label.startswith(prefix) else label


def stderr_skips(stderr: str, root: Path) -> list[tuple[str, str]]:
    """(label, reason) of every `skipped LABEL: REASON` line."""
    found = []
    for line in stderr.splitlines():
        if line.startswith("skipped "):
            label, _, reason = line[len("skipped ") :].partition(": ")
            found.append((relabel(label, root), reason))
    return found
