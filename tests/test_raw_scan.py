"""The raw-page scan (extract/raw_scan.py): what it keeps, what it may reject, and the promise
that whatever it rejects the full clean -> extract path would also have judged irrelevant."""

from __future__ import annotations

import gzip
import html
from collections.abc import Iterator
from pathlib import Path

import pytest

from extract.errors import RejectedDocument
from extract.pipeline import process
from extract.raw_scan import _has_split_words, flatten, scan
from scoring.gold import load_gold, resolve_document

DATA = Path(__file__).resolve().parent / "data"
ROOT = DATA.parent.parent
GOLD = sorted((DATA / "eval").glob("*.gold.jsonl"))


def page(body: str, title: str = "Local news") -> bytes:
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head>"
        f"<body><nav><a href='/'>Home</a></nav><article>{body}</article></body></html>"
    ).encode()


@pytest.mark.parametrize("engine", ["regex", "aho"])
@pytest.mark.parametrize(
    ("raw", "url"),
    [
        (page("<p>Kent Police was fined.</p>"), None),
        (page("<p><b>Greater Manchester</b>\n<i>Police</i> apologised.</p>"), None),
        (page("<p>Avon &amp; Somerset Police lost a laptop.</p>"), None),
        (page("<p>The &#80;olice &#x53;cotland review.</p>"), None),
        (page("<p>Po\u00adlice Scot\u200bland said</p>"), None),
        # The only name split by a soft hyphen (as an entity, or one Latin-1 byte), a
        # zero-width joiner or a letter entity: found by the first look's second try.
        (page("<p>Kent Po&shy;lice said</p>"), None),
        (b"<html><body><p>Kent Po\xadlice said</p></body></html>", None),
        (page("<p>Durham Constab\u200dulary said</p>"), None),
        (page("<p>Ke&#110;t Police said</p>"), None),
        (page("<p>The &#71;MP said</p>"), None),
        (page("<p>The PSNI published a spreadsheet.</p>"), None),
        (page("<p>Essex officers shared records.</p>"), None),
        (page("<p>Coppers in Cheshire leaked files.</p>"), None),
        (page("<p>The ICO reprimanded the police force.</p>"), None),
        # A headline naming a county but not the police, on a site named after the county:
        (
            page("<p>Officers' salaries published online by mistake.</p>"),
            "https://www.kentonline.co.uk/news/x",
        ),
        (page("<p>Cops' data leak</p>"), "https://www.manchestereveningnews.co.uk/news/1"),
        (page("<p>Data breach at the station</p>", title="Kent Police news"), None),
    ],
)
def test_pages_that_could_name_a_force_are_kept(raw: bytes, url: str | None, engine: str) -> None:
    result = scan(raw, url, engine=engine)
    assert result.keep, result.reason


@pytest.mark.parametrize("engine", ["regex", "aho"])
@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (page("<p>Council approves new bus lanes on the ring road.</p>"), "no police word"),
        (page("<p>Police in Ohio arrested a man.</p>"), "no force, area or regulator"),
        (page("<p>The MPs voted; mps agreed; gmp is lower case.</p>"), "no police word"),
        (page("<p>Kent cricket club wins the county championship.</p>"), "no police word"),
        (page("<p>The regulator fined a bank.</p>"), "no police word"),
        # A town is a force only as "<town> Police": "reading" and "police" apart are nothing.
        (page("<p>Police in Ohio said. Continue reading.</p>"), "no force, area or regulator"),
    ],
)
def test_pages_that_cannot_name_a_force_are_rejected(raw: bytes, reason: str, engine: str) -> None:
    result = scan(raw, "https://www.example.com/news/1", engine=engine)
    assert not result.keep and result.reason == f"raw scan: {reason}"


def test_split_words_are_told_from_letters_of_other_scripts() -> None:
    # "í" is 0xc3 0xad in UTF-8: its 0xad is no soft hyphen, and joins nothing.
    assert not _has_split_words("<p>Sí, Café Police in Ohio</p>".encode())
    assert _has_split_words("<p>Po\u00adlice</p>".encode())
    assert _has_split_words(b"<p>Po\xadlice</p>")
    assert _has_split_words(b"<p>Po&shy;lice</p>")
    assert _has_split_words(b"<p>&#80;olice</p>")
    assert not _has_split_words(b"<p>&#8217; &#160;</p>")


def test_the_first_look_decides_like_flattening_every_page() -> None:
    """The first look (words anywhere in the raw page) only rejects what flattening would."""
    extra = [
        (page(f"<p>{text}</p>"), None)
        for text in (
            "Kent</a> Police",
            "Kent<!-- x -->Police",
            "Police in K&#101;nt",
            "Police in Ke\u00adnt",
            "Officers in Kent",
            "Cops &amp; the ICO",
            "Cops and the ico",
            "D&amp;C Police",
            "King&#39;s Lynn Police",
            "Police in New York City",
        )
    ]
    documents = [(raw, url) for _, raw, url, _ in DOCUMENTS] + extra
    kept = 0
    for raw, url in documents:
        verdict = scan(raw, url)
        assert verdict.keep == scan(raw, url, first_look=False).keep, raw[:200]
        kept += verdict.keep
    assert 0 < kept < len(documents)


def test_undecodable_pages_are_kept_unscanned() -> None:
    assert scan("Council bus lanes".encode("utf-16")).keep
    assert scan(gzip.compress(page("<p>Council bus lanes</p>"))).keep


def test_flatten_keeps_words_apart_and_drops_markup() -> None:
    flat = flatten(b"<p class='x'>Avon&nbsp;&amp; Somerset</p><b>Police</b>\xe2\x80\x99s")
    assert flat == b" Avon Somerset Police s "


# --- Equivalence: scan-rejected => the full path says not relevant -----------------------------


def _documents() -> Iterator[tuple[str, bytes, str | None, str | None]]:
    """(label, raw, url, content_type) of every fixture and evaluation document."""
    for gold in GOLD:
        for article in load_gold(gold):
            path = resolve_document(gold, article, None)
            raw = path.read_bytes()
            yield f"{gold.name}:{article.id}", raw, article.url, "text"
            text = html.escape(raw.decode("utf-8", "replace"))
            paras = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
            yield f"{gold.name}:{article.id} as HTML", page(paras), article.url, "html"
    for folder, pattern in (
        ("site", "**/*.html"),
        ("clean", "*"),
        ("dedup", "*.txt"),
        ("aeb/html", "*.html.gz"),
    ):
        for path in sorted((DATA / folder).glob(pattern)):
            if path.suffix in (".md", ".jsonl", ".json"):
                continue
            raw = path.read_bytes()
            if path.name.endswith(".gz"):
                raw = gzip.decompress(raw)
            kind = "html" if ".htm" in path.name else "text"
            url = f"https://news.example.co.uk/{path.relative_to(DATA)}"
            yield str(path.relative_to(DATA)), raw, url, kind
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        yield f"seeds/{path.name}", path.read_bytes(), None, "text"


DOCUMENTS = list(_documents())


@pytest.mark.slow
def test_every_page_the_scan_rejects_is_irrelevant_to_the_full_path() -> None:
    rejected, kept_irrelevant, relevant = [], 0, 0
    for label, raw, url, kind in DOCUMENTS:
        verdict = scan(raw, url)
        try:
            _, extraction = process(raw, url=url, content_type=kind)
        except RejectedDocument:
            continue
        relevant += extraction.relevant
        if not verdict.keep:
            assert not extraction.relevant, f"{label}: scan rejected a relevant page"
            assert scan(raw, url, engine="aho") == verdict, label
            rejected.append(label)
        else:
            kept_irrelevant += not extraction.relevant
    # The test means something only if both kinds of document are there.
    assert relevant >= 80 and len(rejected) >= 10, (relevant, rejected)
