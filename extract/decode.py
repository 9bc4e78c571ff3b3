"""Bytes to clean unicode: refuse binary input, sniff HTML vs text, decode, repair mojibake.

Decoding order follows what browsers do for news pages: BOM, then the declared charset (HTTP
header, HTML meta, XML declaration), then UTF-8, then cp1252 (which is what "latin-1" files
from Windows newsrooms really are).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
import zlib
from typing import Literal

import ftfy
from ftfy.badness import is_bad

from extract.errors import RejectedDocument
from extract.limits import DEFAULT_MAX_BYTES

Kind = Literal["html", "text"]


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Signatures of formats that are never an article (what `file` would call "data").
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP archive (or Office document)"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 (old Office) document"),
    (b"\x7fELF", "ELF executable"),
    (b"Rar!", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
)

_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_DECL_RE = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.I)
_HEADER_CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.I)
_HTML_TAG_RE = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|span|a\s|br|script)\b", re.I
)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"
_HTML_EXTENSIONS = (".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp")
_TEXT_EXTENSIONS = (".txt", ".text", ".md")
_SINGLE_BYTE = {"iso-8859-1", "latin-1", "latin1", "ascii", "us-ascii", "cp1252", "windows-1252"}


def check_size(raw: bytes, max_bytes: int = DEFAULT_MAX_BYTES, path: str | None = None) -> None:
    """Refuse oversized input before any work is spent on it."""
    if len(raw) > max_bytes:
        raise RejectedDocument(
            f"input is {len(raw):,} bytes, above the {max_bytes:,}-byte limit (max_bytes)", path
        )


def maybe_gunzip(raw: bytes, max_bytes: int, path: str | None = None) -> bytes:
    """Saved pages often come gzipped (`page.html.gz`); inflate them, bounded by `max_bytes`."""
    if not raw.startswith(b"\x1f\x8b"):
        return raw
    try:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = inflater.decompress(raw, max_bytes + 1)
    except zlib.error as exc:
        raise RejectedDocument(f"corrupt gzip data ({exc})", path) from exc
    check_size(out, max_bytes, path)
    return out


def check_binary(raw: bytes, path: str | None = None) -> None:
    """Raise `RejectedDocument` for data that is not text (magic numbers, NULs, control bytes)."""
    for magic, name in _MAGIC:
        if raw.startswith(magic):
            raise RejectedDocument(f"binary data ({name}), not a text or HTML document", path)
    if any(raw.startswith(bom) for bom, _ in _BOMS):
        return  # UTF-16/32 text legitimately contains NUL bytes
    head = raw[:65536]
    if b"\x00" in head:
        raise RejectedDocument("binary data (contains NUL bytes)", path)
    control = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head and control / len(head) > 0.05:
        raise RejectedDocument(f"binary data ({control / len(head):.0%} control characters)", path)


def sniff_kind(raw: bytes, path: str | None = None, content_type: str | None = None) -> Kind:
    """HTML or plain text, from the content-type hint, then the file extension, then the bytes."""
    if content_type:
        ctype = content_type.lower()
        if "html" in ctype or "xml" in ctype:
            return "html"
        if ctype.startswith("text/") or ctype == "text":
            return "text"
    if path:
        lowered = path.lower().removesuffix(".gz")
        if lowered.endswith(_HTML_EXTENSIONS):
            return "html"
        if lowered.endswith(_TEXT_EXTENSIONS):
            return "text"
    head = raw[:4096]
    # A text file may mention a tag in passing; a page starts with markup or is full of it.
    if head.lstrip().startswith(b"<") and _HTML_TAG_RE.search(head):
        return "html"
    return "html" if len(_HTML_TAG_RE.findall(head)) >= 3 else "text"


def _normal_codec(name: str) -> str | None:
    try:
        codec = codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
    # WHATWG: pages labelled latin-1/ascii are decoded as windows-1252.
    return "cp1252" if codec in ("latin_1", "iso8859-1", "ascii") else codec


def declared_charset(raw: bytes, content_type: str | None = None) -> str | None:
    """The charset the document (or its HTTP header) claims, normalised to a Python codec."""
    if content_type and (header := _HEADER_CHARSET_RE.search(content_type)):
        return _normal_codec(header.group(1))
    head = raw[:4096]
    found = _XML_DECL_RE.search(head) or _CHARSET_RE.search(head)
    return _normal_codec(found.group(1).decode("ascii")) if found else None


def decode(raw: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode bytes to text; return (text, encoding used). Never raises on odd bytes."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return raw.decode(codec, errors="replace"), codec.removesuffix("-sig")
    declared = declared_charset(raw, content_type)
    if declared:
        # A page that says latin-1 but is valid UTF-8 with non-ASCII bytes is UTF-8: the header
        # was copied from an old template. The reverse (says UTF-8, is cp1252) fails strictly.
        if declared in _SINGLE_BYTE and not raw.isascii():
            try:
                return raw.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                pass
        try:
            return raw.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte, so nothing is lost.
        return raw.decode("latin-1"), "latin-1"


_MOJIBAKE_HINT_RE = re.compile(
    "[\u00c0-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_GBK_POUND_RE = re.compile(r"拢(?=\s?\d)")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_SPACES_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH_RE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def repair(text: str) -> str:
    """Undo mojibake, normalise to NFC and tidy whitespace; curly quotes are kept as written."""
    # UTF-8 read as cp1252/latin-1 always leaves a lead letter (Â, Ã, â...) before a character
    # from the continuation range; only then is ftfy's slower check worth running.
    if _MOJIBAKE_HINT_RE.search(text) and is_bad(text):
        text = ftfy.fix_text(
            text,
            uncurl_quotes=False,
            fix_latin_ligatures=False,
            fix_character_width=False,
            normalization="NFC",
        )
    # `£` read as GBK shows up as `拢`; in an otherwise Latin text before a figure it is money.
    if "拢" in text and len(_CJK_RE.findall(text)) <= max(3, len(text) // 200):
        text = _GBK_POUND_RE.sub("£", text)
    text = _ZERO_WIDTH_RE.sub("", text)
    text = _CONTROL_RE.sub(" ", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n").replace("\f", "\n")
    lines = [_SPACES_RE.sub(" ", line).strip() for line in text.split("\n")]
    return unicodedata.normalize("NFC", "\n".join(lines))


__all__ = [
    "DEFAULT_MAX_BYTES",
    "Kind",
    "check_binary",
    "check_size",
    "declared_charset",
    "decode",
    "maybe_gunzip",
    "repair",
    "sniff_kind",
]
