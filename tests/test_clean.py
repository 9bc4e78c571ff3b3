"""The cleaning stage end to end: bytes in, a `Document` out, or a `RejectedDocument` saying why."""

from __future__ import annotations

import gzip
import json
import re
from datetime import date
from pathlib import Path

import pytest

from breachkb.errors import BreachKBError
from extract.clean import clean, clean_html, clean_text
from extract.decode import decode, repair, sniff_kind
from extract.errors import RejectedDocument
from extract.html_text import extract_page, fallback_text
from extract.models import Document

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
FURNITURE = DATA / "clean" / "article_with_furniture.html"


def _squash(text: str) -> str:
    return " ".join(text.split())


def _seed_gold() -> list[dict]:
    lines = (DATA / "eval" / "seeds.gold.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


# ------------------------------------------------------------------ seeds gold


@pytest.mark.parametrize("gold", _seed_gold(), ids=lambda g: g["id"])
def test_seed_boilerplate_goes_and_story_stays(gold: dict) -> None:
    path = ROOT / gold["path"]
    doc = clean(path.read_bytes(), path=str(path))
    text = _squash(doc.text)
    for line in gold["boilerplate"]:
        assert _squash(line) not in text, f"boilerplate left: {line!r}"
    for line in gold["must_keep"]:
        assert _squash(line) in text, f"article line lost: {line!r}"
    # Every dropped line is recorded with a reason.
    assert doc.dropped and all(reason for _, reason in doc.dropped)


def test_seed_004_keeps_the_force_sentence_but_not_its_caption() -> None:
    path = ROOT / "seeds" / "004_914e1ffc497634ff.txt"
    doc = clean(path.read_bytes(), path=str(path))
    lines = doc.text.split("\n\n")
    assert "West Midlands Police was not available for comment at the time of print." in lines
    assert "West Midlands Police" not in lines  # the image caption under the byline


def test_seed_title_is_the_headline_line() -> None:
    path = ROOT / "seeds" / "001_c67470650ce9f139.txt"
    doc = clean(path.read_bytes(), path=str(path))
    assert doc.title == "Greater Manchester Police fined £150,000 over lost victim interview DVDs"
    assert doc.content_type == "text"
    assert doc.encoding == "utf-8"
    assert doc.path == str(path)
    assert doc.raw == path.read_bytes()


# ------------------------------------------------------------------ dev texts


def _dev_texts() -> list[Path]:
    return sorted((DATA / "eval" / "dev").glob("*.txt"))


# Sentence-like lines of the dev texts that are boilerplate after all, by kind of furniture
# (a contact box, a newsletter offer, an external-links notice, an image caption); teaser links
# listed under a "Read more ..." heading are handled in the test.
DEV_BOILERPLATE_CUES = (
    re.compile(r"please email .* contact form", re.I),
    re.compile(r"^sign up today", re.I),
    re.compile(r"not responsible for the content of external", re.I),
    re.compile(r"^image caption", re.I),
)


@pytest.mark.parametrize("path", _dev_texts(), ids=lambda p: p.name)
def test_dev_sentences_survive(path: Path) -> None:
    doc = clean(path.read_bytes(), path=str(path))
    text = _squash(doc.text)
    in_link_list = False
    checked = 0
    for raw_line in path.read_text("utf-8").splitlines():
        line = _squash(raw_line)
        if not line:
            continue
        if line.lower().startswith(("read more", "related")):
            in_link_list = True
        elif not line.startswith("•"):
            in_link_list = False
        if len(line.split()) < 12 or in_link_list:
            continue
        if any(cue.search(line) for cue in DEV_BOILERPLATE_CUES):
            assert line not in text, f"{path.name}: boilerplate kept: {line!r}"
            continue
        assert line in text, f"{path.name}: real sentence dropped: {line!r}"
        checked += 1
    assert checked >= 2


@pytest.mark.parametrize(
    "furniture",
    [
        ["Share on facebook", "Share on twitter", "share this Article", "Recent Articles"],
        ["Get the Police Weekly daily newsletter"],
        ["Data Protection Training"],
        ["Related Internet links"],
    ],
)
def test_page_furniture_is_dropped(furniture: list[str]) -> None:
    """Share buttons, newsletter and training promos, link headings: furniture any site has
    (written for the test, around a story that stays)."""
    story = [
        "Gwent Police reprimanded over lost files",
        "Gwent Police has been reprimanded by the ICO after an officer left case files on a "
        "train, the regulator said on Tuesday.",
        "The files held the names and addresses of witnesses in a fraud trial, and were handed "
        "in by a passenger two days later.",
        "The force said it had apologised to the people affected and changed how files are "
        "carried between stations.",
    ]
    text = "\n\n".join([story[0], *furniture[:2], *story[1:], *furniture[2:]])
    kept = clean(text.encode("utf-8")).text.split("\n\n")
    for line in furniture:
        assert line not in kept, f"{line!r} kept"
    assert all(line in kept for line in story[1:])


# ------------------------------------------------------------------ decoding


def test_cp1252_pound_sign_decodes_without_mojibake() -> None:
    raw = "Kent Police fined £100,000\n\nThe force was fined £100,000 by the regulator.".encode(
        "cp1252"
    )
    doc = clean(raw, path="story.txt")
    assert "£100,000" in doc.text
    assert "Â" not in doc.text and "\ufffd" not in doc.text
    assert doc.encoding == "cp1252"


def test_latin1_declared_html_decodes_pound() -> None:
    html = (
        '<html><head><meta charset="iso-8859-1"><title>Fine</title></head><body>'
        "<p>The force was fined £80,000 after an officer emailed a victim's statement to the "
        "wrong address, the regulator said on Tuesday in its published notice.</p></body></html>"
    )
    doc = clean(html.encode("latin-1"))
    assert "£80,000" in doc.text
    assert doc.content_type == "html"


def test_declared_latin1_but_really_utf8_stays_utf8() -> None:
    raw = b'<meta charset="iso-8859-1"><p>' + "fined £5,000 – and more".encode() + b"</p>"
    text, encoding = decode(raw)
    assert encoding == "utf-8"
    assert "£5,000 – and more" in text


def test_utf8_bom_is_removed() -> None:
    raw = b"\xef\xbb\xbf" + b"Headline here\n\nA sentence that is long enough to be the body text."
    doc = clean(raw)
    assert doc.title == "Headline here"
    assert not doc.text.startswith("\ufeff")
    assert doc.encoding == "utf-8"


def test_utf16_with_bom_decodes() -> None:
    raw = "Police fined\n\nThe force was fined £1,000 for losing a file of papers.".encode("utf-16")
    doc = clean(raw)
    assert "£1,000" in doc.text


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [("Â£100,000", "£100,000"), ("the force’s", "the force’s"), ("itâ€™s", "it’s")],
)
def test_mojibake_is_repaired(broken: str, fixed: str) -> None:
    assert repair(broken) == fixed


def test_curly_quotes_are_kept_and_text_is_nfc() -> None:
    text = repair("“Quoted” and ‘single’ cafe\u0301")
    assert text == "“Quoted” and ‘single’ café"


def test_gbk_pound_before_figures_is_repaired_and_never_crashes() -> None:
    doc = clean_text("Force fined\n\nThe force was fined 拢80,000 after losing a laptop in 2019.")
    assert "£80,000" in doc.text
    # Real Chinese text keeps its characters.
    assert "拢" in repair("他们拢了拢头发，然后离开了。这是一个很长的中文句子，没有英镑符号。拢 5")


def test_whitespace_is_normalised() -> None:
    doc = clean_text(
        "Title line\n\nThe\u00a0force   was\tfined £5,000 for losing a box of files.  "
    )
    assert "The force was fined £5,000 for losing a box of files." in doc.text


def test_hard_wrapped_paragraphs_are_rejoined() -> None:
    text = (
        "Force fined\n\nThe force was fined after an officer left a bag of case files on a\n"
        "train, the regulator said in a notice published on its website yesterday.\n"
    )
    doc = clean_text(text)
    assert "left a bag of case files on a train, the regulator said" in doc.text


# ------------------------------------------------------------------ rejection


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t\r\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"Some text\x00with a NUL byte in the middle of it", "NUL"),
        (bytes(range(1, 9)) * 50 + b"abc", "control characters"),
    ],
    ids=["empty", "whitespace", "png", "pdf", "zip", "nul", "control"],
)
def test_bad_input_is_rejected_with_a_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(RejectedDocument) as info:
        clean(raw, path="in/file.bin")
    assert reason in info.value.reason
    assert info.value.path == "in/file.bin"
    assert isinstance(info.value, BreachKBError)
    assert "in/file.bin" in str(info.value)


def test_oversize_input_names_size_and_limit() -> None:
    with pytest.raises(RejectedDocument) as info:
        clean(b"a" * 2001, max_bytes=2000)
    assert "2,001" in info.value.reason and "2,000" in info.value.reason


def test_default_size_limit_is_twenty_megabytes() -> None:
    with pytest.raises(RejectedDocument, match="20,971,520"):
        clean(b"x" * (20 * 1024 * 1024 + 1))


def test_page_without_text_is_rejected() -> None:
    with pytest.raises(RejectedDocument, match="no extractable text"):
        clean(b"<html><head><script>var a = 1;</script></head><body><div></div></body></html>")


def test_punctuation_only_text_is_rejected() -> None:
    with pytest.raises(RejectedDocument):
        clean(b"----\n\n* * *\n\n|")


def test_gzipped_page_is_inflated() -> None:
    raw = gzip.compress(FURNITURE.read_bytes())
    doc = clean(raw, path="page.html.gz")
    assert "Northvale Police has been fined £95,000" in doc.text
    assert doc.raw == raw


# ------------------------------------------------------------------ sniffing


@pytest.mark.parametrize(
    ("raw", "path", "content_type", "kind"),
    [
        (b"<p>x</p>", None, "text/html; charset=utf-8", "html"),
        (b"<p>x</p>", None, "text/plain", "text"),
        (b"Plain words", "a/story.html", None, "html"),
        (b"<html>", "a/story.txt", None, "text"),
        (b"<!DOCTYPE html><html><body>", None, None, "html"),
        (b"Police said <b> is a tag", None, None, "text"),
        (b"Just a plain article.\n\nSecond paragraph.", None, None, "text"),
    ],
)
def test_sniff_kind(raw: bytes, path: str | None, content_type: str | None, kind: str) -> None:
    assert sniff_kind(raw, path=path, content_type=content_type) == kind


# ------------------------------------------------------------------ HTML


def test_html_article_keeps_story_and_drops_furniture() -> None:
    doc = clean(FURNITURE.read_bytes(), path=str(FURNITURE), url="https://example.org/a")
    text = doc.text
    for sentence in (
        "Northvale Police has been fined £95,000 after discs holding recorded interviews",
        "The Information Commissioner's Office said the discs had been posted without encryption",
        "The regulator said the penalty would have been higher",
        '"We let down the people who trusted us with their accounts, and we are sorry,"',
    ):
        assert sentence in text
    for furniture in (
        "Top Stories",
        "Council approves new bus lanes",
        "Most Read",
        "Sign up today",
        "daily newsletter",
        "We use cookies",
        "All rights reserved",
        "Share this article",
        "By Jane Marlowe",
        "Advertisement",
    ):
        assert furniture not in text, furniture
    assert doc.content_type == "html"
    assert doc.url == "https://example.org/a"


def test_html_metadata() -> None:
    doc = clean(FURNITURE.read_bytes(), path=str(FURNITURE))
    assert doc.title == "Northvale Police fined £95,000 over lost evidence discs"
    assert doc.author == "Jane Marlowe"
    assert doc.published == date(2021, 3, 14)
    assert doc.site_name == "The Riverside Courier"
    assert doc.encoding == "utf-8"
    # The headline is metadata, not repeated as the first paragraph.
    assert not doc.text.startswith(doc.title)


def test_html_metadata_falls_back_to_title_and_meta_tags() -> None:
    html = (
        "<html><head><title>Force apologises for data leak</title>"
        '<meta name="author" content="Sam Okafor">'
        '<meta property="article:published_time" content="2019-07-02">'
        "</head><body><p>The force apologised.</p></body></html>"
    )
    doc = clean_html(html)
    assert doc.title == "Force apologises for data leak"
    assert doc.author == "Sam Okafor"
    assert doc.published == date(2019, 7, 2)


@pytest.mark.parametrize("fraction", [0.45, 0.6, 0.8])
def test_truncated_html_yields_text_so_far(fraction: float) -> None:
    raw = FURNITURE.read_bytes()
    cut = raw[: int(len(raw) * fraction)]
    cut = cut[: cut.rindex(b"<") + 3]  # stop in the middle of a tag
    doc = clean(cut, path="cut.html")
    assert "Northvale Police has been fined £95,000" in doc.text
    assert doc.title == "Northvale Police fined £95,000 over lost evidence discs"


def test_broken_markup_still_yields_paragraphs() -> None:
    html = "<div><p>The force lost a laptop holding witness details in 2018 <p>It was never found"
    doc = clean_html(html)
    assert "The force lost a laptop holding witness details in 2018" in doc.text
    assert "It was never found" in doc.text


def test_fallback_takes_paragraphs_not_scripts_or_navigation() -> None:
    import lxml.html

    tree = lxml.html.fromstring(
        "<html><body><nav><p>Home News Sport</p></nav><script>var x = 'code';</script>"
        "<p>The force said the files were recovered within a week of the loss.</p></body></html>"
    )
    text = fallback_text(tree)
    assert "The force said the files were recovered" in text
    assert "Home News Sport" not in text and "code" not in text


# ------------------------------------------------------------------ plain text


def test_clean_text_returns_a_document() -> None:
    doc = clean_text("Force fined over lost files\n\nThe force was fined £10,000 on Monday.")
    assert isinstance(doc, Document)
    assert doc.title == "Force fined over lost files"
    assert doc.content_type == "text"


def test_first_line_that_is_a_sentence_is_not_a_title() -> None:
    doc = clean_text("The force was fined £10,000 on Monday after losing files.\n\nMore text here.")
    assert doc.title is None


def test_clean_text_of_nothing_is_rejected() -> None:
    with pytest.raises(RejectedDocument):
        clean_text("   \n  ")


@pytest.mark.parametrize(
    ("line", "author", "published"),
    [
        ("By Anna Price | Crime | Published: 14 March 2021", "Anna Price", date(2021, 3, 14)),
        ("By Jo Bloggs", "Jo Bloggs", None),
        ("June 10, 2016 |", None, date(2016, 6, 10)),
        ("08Jun, 2018", None, date(2018, 6, 8)),
        ("Published: 3rd April 2022", None, date(2022, 4, 3)),
        ("- Published", None, None),
    ],
)
def test_plain_text_byline_and_dateline_fill_metadata(
    line: str, author: str | None, published: date | None
) -> None:
    doc = clean_text(f"Force fined\n\n{line}\n\nThe force was fined for a breach of data rules.")
    assert (doc.author, doc.published) == (author, published)
    assert line not in doc.text


def test_a_date_inside_the_article_is_not_the_publication_date() -> None:
    doc = clean_text("Force fined\n\nOn 5 October 2016 the force told the regulator of the loss.")
    assert doc.published is None


def test_document_of_nothing_but_furniture_is_rejected() -> None:
    with pytest.raises(RejectedDocument, match="no extractable text.*boilerplate"):
        clean(b"Top Stories\n\nShare on facebook\n\nSign up today", path="p.txt")


def test_clean_html_alone_rejects_a_page_without_text() -> None:
    with pytest.raises(RejectedDocument, match="no extractable text in this html document"):
        clean_html("<html><body><script>track()</script></body></html>")


@pytest.mark.parametrize(
    ("name", "furniture"),
    [
        (
            "news_player_and_tags.txt",
            [
                "Sign up to our daily newsletter",
                "We have more newsletters",
                "Video Loading",
                "Click to play",
                "Play now",
                "Reuse this content",
                "Topics",
                "Data protection",
                "Share via Email",
                "Our journalism costs money",
                "Most Popular",
                "Man arrested after crash on M60",
                "Last modified on",
            ],
        ),
        (
            "news_menu_and_author_box.txt",
            [
                "Home | News | Crime",
                "By Priya Shah",
                "Updated 3 hours ago",
                "Pic: Getty Images",
                "Follow us on Twitter",
                "Do you have a story for us?",
                "is a crime correspondent",
                "You might also like",
                "Council tax set to rise",
            ],
        ),
    ],
)
def test_text_dump_of_a_news_page(name: str, furniture: list[str]) -> None:
    path = DATA / "clean" / name
    doc = clean(path.read_bytes(), path=str(path))
    lines = [line for line in path.read_text("utf-8").splitlines() if line.strip()]
    article = [
        line
        for line in lines
        if line.rstrip().endswith((".", '"')) and not any(f in line for f in furniture)
    ]
    assert len(article) >= 4
    for line in article:
        assert line in doc.text, f"lost: {line!r}"
    for item in furniture:
        assert item not in doc.text, f"kept: {item!r}"
    assert doc.title and doc.title in lines[:3]


def test_page_declaring_utf8_but_written_in_cp1252_falls_back() -> None:
    raw = '<meta charset="utf-8"><p>Fined £70,000 – a record</p>'.encode("cp1252")
    text, encoding = decode(raw)
    assert encoding == "cp1252" and "£70,000 – a record" in text


@pytest.mark.parametrize(
    ("declaration", "codec"),
    [
        ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', "cp1251"),
        ('<?xml version="1.0" encoding="koi8-r"?>', "koi8-r"),
    ],
)
def test_declared_charset_is_honoured(declaration: str, codec: str) -> None:
    raw = (declaration + "<p>Полиция оштрафована</p>").encode(codec)
    text, encoding = decode(raw)
    assert "Полиция оштрафована" in text
    assert encoding == codec


def test_http_header_charset_wins_over_the_page() -> None:
    raw = '<meta charset="utf-8"><p>Fined £70,000</p>'.encode("latin-1")
    text, encoding = decode(raw, content_type="text/html; charset=ISO-8859-1")
    assert "£70,000" in text and encoding == "cp1252"


def test_xhtml_with_xml_declaration() -> None:
    page = (
        '<?xml version="1.0" encoding="iso-8859-1"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Force fined over lost files'
        "</title></head><body><div><p>The force was fined £50,000 after a box of case files was "
        "left in a disused police station that was later sold to a developer.</p></div></body>"
        "</html>"
    )
    doc = clean(page.encode("latin-1"), content_type="application/xhtml+xml")
    assert "The force was fined £50,000 after a box of case files" in doc.text
    assert doc.title == "Force fined over lost files"
    assert doc.encoding == "cp1252"


def test_plain_text_takes_its_publication_day_from_the_url_as_html_does() -> None:
    from extract.clean import clean

    body = b"Force fined\n\nThe force was fined for a breach of data rules."
    doc = clean(body, url="https://news.example/2016/06/08/force-fined/")
    assert doc.published == date(2016, 6, 8)
    assert clean(body, url="https://news.example/force-fined/").published is None


@pytest.mark.parametrize(("depth", "extractor"), [(240, "trafilatura"), (300, "flat")])
def test_a_page_nested_past_the_parsers_depth_limit_is_read_as_flat_text(
    depth: int, extractor: str
) -> None:
    story = (
        "<p>Officers at a county force left a laptop holding witness statements on a train "
        "last spring, and the regulator has now issued a reprimand over the loss.</p>"
    )
    html = f"<html><body>{'<div>' * depth}{story}{'</div>' * depth}</body></html>"
    page = extract_page(html)
    assert page.extractor == extractor
    assert "laptop holding witness statements" in page.text
