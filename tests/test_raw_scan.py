"""The raw-page scan (extract/raw_scan.py): what it keeps, what it may reject, and the promise
that whatever it rejects the full clean -> extract path would also have judged irrelevant."""

from __future__ import annotations

import gzip
import html
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from extract.clean import clean
from extract.errors import RejectedDocument
from extract.nlp import extract
from extract.pipeline import process
from extract.raw_scan import _has_split_words, _with_json_read, flatten, scan, scan_document
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
        (page("<p>Police in Ohio arrested a man.</p>"), "no force or area"),
        (page("<p>The MPs voted; mps agreed; gmp is lower case.</p>"), "no police word"),
        (page("<p>Kent cricket club wins the county championship.</p>"), "no police word"),
        (page("<p>The regulator fined a bank.</p>"), "no police word"),
        # A town is a force only as "<town> Police": "reading" and "police" apart are nothing.
        (page("<p>Police in Ohio said. Continue reading.</p>"), "no force or area"),
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


def test_a_place_in_the_url_counts_in_the_first_look_too() -> None:
    """A force's area known only from the URL, with a police word in the page: the first
    look keeps it, as flattening does."""
    raw = page("<p>Officers reported 12 breaches last year.</p>")
    url = "https://www.kentonline.co.uk/news/council-breaches-12345/"
    assert scan(raw, url).keep
    assert scan(raw, url).keep == scan(raw, url, first_look=False).keep
    assert not scan(raw, "https://example.org/news/council-breaches-12345/").keep


def test_a_forces_own_site_names_its_force_even_by_initials() -> None:
    """An FOI answer on a force's own site that never writes the force's name: the full path
    reads the police.uk host's label as the force ('psni' of www.psni.police.uk), so the scan
    must keep the page too; the same text on another site names no force."""
    raw = page("<p>Data breaches recorded in 2022/23: 71. In 2023/24: 54.</p>")
    for url in ("https://www.psni.police.uk/foi-log/breaches", "https://www.kent.police.uk/foi/1"):
        assert scan(raw, url).keep, url
        assert scan(raw, url).keep == scan(raw, url, first_look=False).keep
    assert not scan(raw, "https://www.example.org/foi-log/breaches").keep


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
        ("site", "**/*.html"),  # the crawler's fixture web
        ("site", "**/*.txt"),
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
    """Both looks: the raw page's, and the cleaned document's (`scan_document`, what the NLP's
    gate checks before spaCy). The full path is spaCy on every page (`gate=False`)."""
    rejected, screened, relevant = [], [], 0
    for label, raw, url, kind in DOCUMENTS:
        verdict = scan(raw, url)
        try:
            document = clean(raw, url=url, content_type=kind)
        except RejectedDocument:
            continue
        extraction = extract(document, gate=False)  # spaCy reads it, whatever the scan says
        relevant += extraction.relevant
        if not verdict.keep:
            assert not extraction.relevant, f"{label}: scan rejected a relevant page"
            assert scan(raw, url, engine="aho") == verdict, label
            rejected.append(label)
        if not scan_document(document).keep:
            assert not extraction.relevant, f"{label}: the cleaned-text scan rejected it"
            screened.append(label)
        elif not verdict.keep:
            # The cleaned text is part of the page: what the raw page lacks, it lacks too.
            pytest.fail(f"{label}: the cleaned text has cues the raw page has not")
    # The test means something only if every kind of document is there: relevant pages,
    # pages the raw scan rejects, and pages only the cleaned text's scan rejects.
    assert relevant >= 80 and len(rejected) >= 10, (relevant, rejected)
    assert len(screened) >= len(rejected) + 5, (len(screened), len(rejected))


def test_a_screened_load_keeps_what_the_full_path_keeps_with_the_same_facts() -> None:
    """`process` (gated) returns the full path's extraction for every page it keeps."""
    for name, raw in {**EDGE_KEPT, **EDGE_SCREENED, **EDGE_REJECTED}.items():
        url = "https://news.example.com/story/1"
        document, screened = process(raw, url=url, content_type="html")
        full = extract(document, gate=False)
        assert screened.relevant == full.relevant, name
        if full.relevant:
            assert screened == full, name


# --- The edges of the scan's condition, each run through both paths ---------------------------


def _meta_page(head: str, body: str, title: str = "") -> bytes:
    return (
        f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head>"
        f"<body><article>{body}</article></body></html>"
    ).encode()


_FINED = (
    "<p>The force was fined 100,000 pounds after personal data of victims was lost in the "
    "post.</p><p>The force has apologised to the victims of the data breach.</p>"
)
_FIGURES = "<p>The figures were released under freedom of information laws on Monday.</p>"

_STORY = (
    "Kent\nPolice was fined 100,000 pounds by the Information Commissioner's Office after "
    "personal data of victims was lost in the post.\nThe force said it had apologised to the "
    "victims and had changed its procedures since the data breach."
)


def _json_ld_page() -> bytes:
    """A page rendered by script: its text is JSON-LD's articleBody, HTML with its brackets
    and line breaks as JSON escapes glued to the words ("\\u003cp\\u003eKent\\nPolice")."""
    body = "<p>" + _STORY.replace("\n", "</p>\n<p>") + "</p>"
    data = {"@type": "NewsArticle", "headline": "Fine over lost letters", "articleBody": body}
    ld = json.dumps(data).replace("<", "\\u003c").replace(">", "\\u003e")
    return _meta_page(f"<script type='application/ld+json'>{ld}</script>", "<div id='app'></div>")


def _discourse_page() -> bytes:
    """A Discourse forum page: the posts are JSON in JSON in an attribute (HTML-escaped)."""
    cooked = "<p>" + _STORY.replace("\n", "</p><p>") + "</p>"
    topic = json.dumps({"post_stream": {"posts": [{"cooked": cooked}]}})
    preloaded = json.dumps({"topic_1": topic}).replace("<", "\\u003c").replace(">", "\\u003e")
    div = f'<div id="data-preloaded" data-preloaded="{html.escape(preloaded)}"></div>'
    return _meta_page("", div, title="Fine over lost letters - Forum")


# Pages the full path keeps with the force, or the police, where a whole-word look at the
# page's text would not see them: the scan must keep every one.
EDGE_KEPT = {
    # the text read from JSON whose escapes glue to the words
    "JSON-LD articleBody": _json_ld_page(),
    "Discourse preloaded posts": _discourse_page(),
    # the force named only in a meta tag's attribute (the headline or site the hints read)
    "headline in og:title": _meta_page(
        "<meta property='og:title' content='Kent Police fined over data breach'>", _FINED
    ),
    "site in og:site_name": _meta_page(
        '<meta property="og:site_name" content="Kent Police">',
        _FINED,
        title="Force fined over data breach",
    ),
    # per-force figures by bare place names, and a police word somewhere on the page
    "places with 'officers' elsewhere": page(
        "<p>Data breaches recorded in 2022: Merseyside (208), Kent (97) and Essex (45).</p>"
        "<p>Most were emails sent to the wrong address by officers and staff.</p>"
        f"{_FIGURES}"
    ),
    # national figures: police and a phrase for all forces, no force, place or regulator
    # "forces" in the figure's sentence, "police" only in the headline
    "national figures, 'forces' with police in the headline": page(
        "<p>Forces across England and Wales recorded 4,213 data breaches in 2022, according "
        f"to figures obtained by a campaign group.</p>{_FIGURES}",
        title="Police data breach figures",
    ),
    "national figures, 'police forces'": page(
        "<p>Police forces in England and Wales recorded 4,213 data breaches in 2022, according "
        f"to figures obtained under freedom of information laws.</p>{_FIGURES}"
    ),
    "national figures, 'police across'": page(
        "<p>Police across England and Wales recorded 4,213 data breaches in 2022, according to "
        f"figures obtained under freedom of information laws.</p>{_FIGURES}"
    ),
}

# One cue short of the above: the full path judges them irrelevant and the scan rejects them.
EDGE_REJECTED = {
    "places, no police word in any word": page(
        "<p>Figures on data breaches in 2022 were released. Merseyside recorded 208 data "
        f"breaches in 2022, Kent recorded 97 data breaches and Essex 45.</p>{_FIGURES}"
    ),
    # "forces" may be an army's: a page of national figures must say "police" somewhere
    "national figures, 'forces' and no police anywhere": page(
        "<p>Forces across England and Wales recorded 4,213 data breaches in 2022, according "
        f"to figures obtained by a campaign group.</p>{_FIGURES}"
    ),
    # per-force figures by bare place names, "force" only inside other words: a council's or
    # a fire service's figures as likely as a force's
    "places with 'workforce'": page(
        "<p>Data breaches recorded in 2022 by the workforce: Merseyside (208), Kent (97) and "
        f"Essex (45).</p>{_FIGURES}"
    ),
    "places with 'enforcement'": page(
        "<p>Figures on data breaches in 2022 were released after an enforcement request. "
        "Merseyside recorded 208 data breaches in 2022, Kent recorded 97 data breaches and "
        f"Essex 45.</p>{_FIGURES}"
    ),
    # Python's case-insensitive matching would read a dotted capital I as "i"; the assembly
    # and the scan read "police" in ASCII letters only
    "national figures, 'POLİCE' written with a dotted capital I": page(
        "<p>POLİCE forces across England and Wales recorded 4,213 data breaches in 2022, "
        f"according to figures obtained under freedom of information laws.</p>{_FIGURES}"
    ),
    "national phrase, no police": page(
        "<p>Companies in England and Wales recorded 4,213 data breaches in 2022, according to "
        f"figures obtained under freedom of information laws.</p>{_FIGURES}"
    ),
    # a regulator and the police, but no force, place or figures
    "a regulator and a police word": page(
        "<p>The ICO reprimanded the police force after personal data was lost.</p>"
    ),
    "the force named only in a link's attribute": _meta_page(
        "<link rel='alternate' title='Kent Police feed' href='/feed'>",
        _FINED,
        title="Force fined over data breach",
    ),
}


_ARTICLE = (
    "<p>The council has approved plans for new bus lanes on the ring road, which will open "
    "in 2025 after a consultation that drew 1,200 responses from residents.</p>"
    "<p>Councillors said the lanes would cut journey times for 40,000 passengers a day and "
    "make the junction with the bypass safer for cyclists and pedestrians alike.</p>"
    "<p>Work is due to start in the spring and will take about 18 months, the council said, "
    "with the road kept open during the day while the new lanes are built.</p>"
)


def _furnished(furniture: str, title: str = "Bus lanes approved for ring road") -> bytes:
    """A news page whose article says nothing of the police, with `furniture` (menus, a
    sidebar) around it: the raw page has the cues, the text trafilatura keeps has not."""
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
        f"<nav><ul><li><a href='/'>Home</a></li>{furniture}</ul></nav>"
        f"<article><h1>{title}</h1>{_ARTICLE}</article>"
        f"<aside><h2>Most read</h2><ul>{furniture}</ul></aside>"
        "<footer>Sign up to our newsletter</footer></body></html>"
    ).encode()


# Pages the raw scan keeps for the cues of their menus and sidebars, which cleaning drops:
# the full path judges them irrelevant and the scan of the cleaned document rejects them.
EDGE_SCREENED = {
    "a force named in the menu": _furnished("<li><a href='/kent-police'>Kent Police</a></li>"),
    "police and a county in the sidebar": _furnished(
        "<li><a href='/crime'>Police appeal in Essex</a></li>"
    ),
    "police forces across the country in the sidebar": _furnished(
        "<li><a href='/crime'>Police forces across the country on alert</a></li>"
    ),
}

# "forces" of an army with a phrase for all of them, and no "police" anywhere: the raw page
# already lacks what a page of national figures needs.
EDGE_REJECTED["armed forces across the country in the sidebar"] = _furnished(
    "<li><a href='/defence'>Armed forces across the country on alert</a></li>"
)

# The same pages with the cue moved into the article text: kept by both.
EDGE_SCREEN_KEPT = {
    "the force in the text": _furnished("").replace(
        b"<p>Councillors said", b"<p>Kent Police was fined after it lost data. Councillors said"
    ),
    "the force in the headline": _furnished("", title="Kent Police fined over data breach"),
}


@pytest.mark.parametrize("name", sorted(EDGE_KEPT))
def test_pages_kept_by_the_full_path_at_the_edges_are_kept(name: str) -> None:
    raw, url = EDGE_KEPT[name], "https://news.example.com/story/1"
    document, extraction = process(raw, url=url, content_type="html")
    assert extraction.relevant, extraction.relevance_reason  # the edge is real
    for engine in ("aho", "regex"):
        assert scan(raw, url, engine=engine).keep, (name, engine)
    assert scan(raw, url, first_look=False).keep, name
    assert scan_document(document).keep, name


@pytest.mark.parametrize("name", sorted(EDGE_REJECTED))
def test_pages_one_cue_short_are_rejected_by_both_paths(name: str) -> None:
    raw, url = EDGE_REJECTED[name], "https://news.example.com/story/1"
    document, extraction = process(raw, url=url, content_type="html")
    assert not extraction.relevant, name
    assert not scan(raw, url).keep, name
    assert not scan(raw, url, first_look=False).keep, name
    assert not scan_document(document).keep, name


@pytest.mark.parametrize("name", sorted(EDGE_SCREENED))
def test_cues_only_in_the_furniture_are_rejected_after_cleaning(name: str) -> None:
    raw, url = EDGE_SCREENED[name], "https://news.example.com/story/1"
    assert scan(raw, url).keep, name  # the raw page has the cues
    document, extraction = process(raw, url=url, content_type="html")
    assert not extraction.relevant, name
    verdict = scan_document(document)
    assert not verdict.keep and verdict.reason.startswith("scan of the cleaned text:"), name
    # decided without the NLP: by the cheap look when the text names no police at all
    assert extraction.relevance_reason in {verdict.reason, "no UK police force named"}


@pytest.mark.parametrize("name", sorted(EDGE_SCREEN_KEPT))
def test_cues_in_the_text_or_headline_are_kept_after_cleaning(name: str) -> None:
    raw, url = EDGE_SCREEN_KEPT[name], "https://news.example.com/story/1"
    document, _ = process(raw, url=url, content_type="html")
    assert scan_document(document).keep, name


def test_a_forces_own_page_is_kept_after_cleaning() -> None:
    """On a police.uk site the force is the page's "we": nothing in the text need name it."""
    raw = _furnished("")
    own = clean(raw, url="https://www.example.police.uk/news/1", content_type="html")
    assert scan_document(own).keep
    other = clean(raw, url="https://www.example.co.uk/news/1", content_type="html")
    assert not scan_document(other).keep


def test_the_national_route_reads_the_police_pattern_of_the_assembly() -> None:
    """The scan's copy of the sentence test for national figures must be the assembly's: if
    the assembly widens it, this fails until the scan's words follow."""
    from extract.assemble import _NAMES_POLICE, _POLICE
    from extract.raw_scan import TALLY_NAMED_PATTERN, TALLY_POLICE_PATTERN

    assert _POLICE.pattern == TALLY_POLICE_PATTERN
    assert _NAMES_POLICE.pattern == TALLY_NAMED_PATTERN
    assert _POLICE.flags & _NAMES_POLICE.flags & re.IGNORECASE


def test_json_escapes_are_read_in_a_copy_that_keeps_the_words_as_written() -> None:
    script = b'<script type=\'application/LD+JSON\'>{"a": "Kent\\nPolice \\u0050olice"}</script>'
    both = flatten(_with_json_read(b"<p>C:\\nottingham</p>" + script))
    assert b" nottingham " in both  # a backslash in the text itself: the first copy
    assert b" Kent Police Police " in both  # the escapes read: the second
    assert _with_json_read(b"<p>Kent Police</p>") == b"<p>Kent Police</p>"  # nothing glued
    other = b"<script>x='Kent\\nPolice'</script>"  # a script the full path never reads as text
    assert _with_json_read(other) == other


def test_the_police_words_of_a_page_of_figures_are_police_words_of_the_scan() -> None:
    """A page of figures by bare place names is kept by the assembly only with one of its
    police words; the scan keeps a place only with a police word of its own list, so that
    list must hold every word of the assembly's (cues.toml today feeds both)."""
    from extract.assemble import page_police_words
    from extract.raw_scan import POLICE, vocabulary

    words = [w.lower() for w in page_police_words()]
    assert {"officers", "force", "constabulary"} <= set(words)
    phrases = vocabulary().phrases
    assert all(POLICE in phrases.get(word, ()) for word in words), words
