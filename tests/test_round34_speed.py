"""Round 34, speed: the raw scan's one-pass marks (`extract.raw_scan._marks`) must say exactly
what the separate whole-page searches they replace said (split words, Discourse's preloaded
posts, where JSON-LD scripts can be), so the scan decides every page as before."""

from __future__ import annotations

import pytest

from extract.raw_scan import (
    _LD_JSON,
    _has_split_words,
    _marks,
    _page_and_marks,
    _single_spaced,
    _with_json_read,
    flatten,
    matcher,
    scan,
)
from tests.test_raw_scan import DOCUMENTS


def _old_ld_json(page: bytes) -> list[bytes]:
    return _LD_JSON.findall(page)


def _agrees(page: bytes) -> None:
    marks = _marks(page)
    assert marks.split == _has_split_words(page)
    assert marks.preloaded == (b"data-preloaded" in page)
    found = _LD_JSON.findall(page, *marks.ld_json) if marks.ld_json else []
    assert found == _old_ld_json(page)
    assert _with_json_read(page, marks) == _with_json_read(page)


LD = b'<script type="application/ld+json">{"headline": "Council\\nKent Police"}</script>'

PAGES = [
    b"<p>Nothing to see at the village fete.</p>",
    # Split words, each kind, and look-alikes that split nothing.
    b"<p>Po&shy;lice in Kent</p>",
    "<p>Po\u00adlice</p>".encode(),
    b"<p>Po\xadlice</p>",
    "<p>Sí, the café reopened</p>".encode(),
    "<p>Scot\u200bland and Scot\u200cland and Scot\u200dland</p>".encode(),
    b"<p>&#80;olice and &#x4b;ent</p>",
    b"<p>&#0000107;ent, &#X004B;ent</p>",
    b"<p>&#8217;quoted&#8217; &#160; &#39; &#123; &#64;</p>",
    b"<p>an & ampersand, &# nothing, &#x; nothing</p>",
    # Discourse's preloaded posts.
    b'<div data-preloaded="{&quot;post&quot;:&quot;Kent\\nPolice&quot;}"></div>',
    b"<p>data-preloadedish text</p>",
    # JSON-LD: the script type in every case, a "+json" that is not JSON-LD, several scripts,
    # a ">" and a "</script" inside the opening tag, no closing tag, no ">" after the type.
    LD,
    LD.replace(b"ld+json", b"LD+JSON").replace(b"script", b"SCRIPT"),
    b'<p>See the app+json docs</p><script type="text/x+JSON">var x = "a\\nb";</script>',
    b"<head>" + LD + b"<title>x</title>" + LD.replace(b"Kent", b"Essex") + b"</head><p>b</p>",
    b'<script data-a="<" type="application/ld+json">{"a": "\\nKent"}</script><p>after</p>',
    b'<script type="ld+json" x="</script">{"a": "\\nKent"}</script> <p>tail</p></script>',
    b'<p>before</p><script type="application/ld+json">{"a": "\\nKent"}',
    b'<p>before</p><script type="application/ld+json" {"a": "\\nKent"}',
    b'<p>ld+json in the text</p><script type="application/ld+json">{"a": "\\nKent"}</script>',
    b"<p>text</p>" + LD + b"<script>var y = 1;</script>" + LD + b"<p>end</p>",
]


@pytest.mark.parametrize("raw", PAGES)
def test_the_marks_say_what_each_search_said(raw: bytes) -> None:
    _agrees(raw)
    _agrees(b" " + raw + b" ")


def test_a_mark_spelled_only_by_the_json_copy_is_found() -> None:
    """A JSON escape may spell a letter entity ("&#\\u00380;" reads "&#80;"): the marks of a
    page with a JSON copy added are looked for again over the whole."""
    raw = (
        b'<script type="application/ld+json">{"headline": "x\\nThe &#\\u00380;olice'
        b' in Kent"}</script><p>Officers in Kent</p>'
    )
    base = b" " + raw + b" "
    assert not _marks(base).split
    page, marks = _page_and_marks(base)
    assert page != base and marks.split == _has_split_words(page) is True
    assert scan(raw).keep == scan(raw, first_look=False).keep


def test_the_marks_agree_over_every_fixture_and_evaluation_document() -> None:
    for label, raw, _url, _ in DOCUMENTS:
        try:
            _agrees(b" " + raw + b" ")
        except AssertionError:
            pytest.fail(f"{label}: the marks disagree with the searches they replace")


@pytest.mark.parametrize(
    "text", [b"", b" ", b"    ", b"kent", b" kent", b"kent ", b"  kent   police  said ", b"a b"]
)
def test_single_spacing_is_the_split_and_join_it_replaces(text: bytes) -> None:
    assert _single_spaced(text) == b" " + b" ".join(text.split()) + b" "


def test_a_phrase_across_markup_and_runs_of_spaces_is_still_found() -> None:
    """Flattening gives one space between words however much markup and punctuation lay
    between them, so the phrase matcher still finds a force's two-word name."""
    raw = b"<p>Kent</a>  \n\n  <b> -- Police</b> apologised</p>"
    assert flatten(raw) == b" Kent Police apologised "
    assert scan(raw).reason == "names a police force"


def test_the_one_automaton_finds_acronyms_as_written_and_phrases_folded() -> None:
    aho = matcher("aho")
    assert aho.kinds(flatten(b"<p>The GMP said</p>"), complete=True) == {"force"}
    assert aho.kinds(flatten(b"<p>The gmp said</p>"), complete=True) == set()
    assert aho.kinds(flatten(b"<p>KENT POLICE said</p>"), complete=True) >= {"force"}


def test_both_engines_find_the_same_kinds_in_every_fixture_and_evaluation_document() -> None:
    aho, regex = matcher("aho"), matcher("regex")
    for label, raw, _url, _ in DOCUMENTS:
        flat = flatten(raw)
        if aho.kinds(flat, complete=True) != regex.kinds(flat, complete=True):
            pytest.fail(f"{label}: the engines find different kinds")
