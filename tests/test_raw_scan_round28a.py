"""The cleaned-text scan's headline check for pages kept only by the national route.

A cleaned page with no force name and no place can be relevant only as national figures
(`extract.assemble._tally_page`), which needs "police", "forces" or "constabular..." in the
title or the first three sentences. `scan_document` now reads that headline with the tokenizer
and the sentence pipes alone, and rejects the page without the rest of the NLP when it lacks
the police (the NLP's own gate leaves this test out, `scan_document(doc, headline=False)`:
the full path lists such a page's national figures). Every page text here was written for
these tests (foreign and domestic news that
says "police" and "across the country" or "forces" only later, and figures pages that say it
at once); tests/test_raw_scan.py runs the whole condition against the full path over every
fixture and evaluation document.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.models import Document
from extract.nlp import extract, get_nlp
from extract.pipeline import process
from extract.raw_scan import national_headline, scan_document
from extract.sentences import split_sentences
from scoring.gold import load_gold, resolve_document

EVAL = Path(__file__).resolve().parent / "data" / "eval"
URL = "https://news.example.com/world/story-77"


def _page(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
        f"<article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


_LATER = [
    "Heavy rain closed 40 roads across the country on Tuesday, with rivers bursting their "
    "banks in several towns.",
    "Forecasters said another 30 millimetres of rain could fall before the weekend.",
    "Schools in low-lying areas were told to stay shut until the water had gone down.",
    "Police asked drivers to avoid 12 flooded roads and to check for closures before setting off.",
]
_ABROAD = [
    "Troops were deployed across the country as protests entered a third week, the "
    "government said on Sunday.",
    "More than 200 people have been detained since the demonstrations began in the capital.",
    "The interior ministry said curfews would stay in place in 5 provinces.",
    "Security forces and riot police used tear gas to disperse crowds near the parliament.",
]
_FIGURES = [
    "Police forces across the country recorded 3,912 data breaches in 2021, according to "
    "figures released under freedom of information laws.",
    "Most of the breaches involved emails sent to the wrong address.",
    "Campaigners said the figures showed the need for better training.",
]

# The cleaned page names neither a force nor a place, and its headline lacks the police.
SCREENED = {
    "floods, police in the fourth sentence": _page("Floods close roads", _LATER),
    "protests abroad, forces and police in the fourth": _page("Protests grow", _ABROAD),
}
# One cue away from the above: kept by the cleaned-text scan.
KEPT = {
    # guard: the police in the title
    "floods, police in the title": _page("Police close flooded roads", _LATER),
    # guard: the police in the first sentence of a page of national figures
    "national figures of police breaches": _page("Breach figures released", _FIGURES),
    # guard: a place names a force's area, so the force route is open
    "floods, a county named": _page(
        "Floods close roads", [_LATER[0].replace("several towns", "Kent"), *_LATER[1:]]
    ),
}


@pytest.mark.parametrize("name", sorted(SCREENED))
def test_national_route_pages_without_police_in_the_headline_are_rejected(name: str) -> None:
    document, gated = process(SCREENED[name], url=URL, content_type="html")
    full = extract(document, gate=False)
    assert not full.relevant, full.relevance_reason
    verdict = scan_document(document)
    assert not verdict.keep and "national route" in verdict.reason, verdict
    # The NLP's gate leaves the headline test out (the full path still lists such a page's
    # national figures), so spaCy reads these pages and the result is the full path's.
    assert scan_document(document, headline=False).keep
    assert gated == full


@pytest.mark.parametrize("name", sorted(KEPT))
def test_pages_with_the_police_in_the_headline_or_a_place_are_kept(name: str) -> None:
    document, gated = process(KEPT[name], url=URL, content_type="html")
    assert scan_document(document).keep, name
    assert gated == extract(document, gate=False)


def test_the_national_figures_page_is_relevant_both_ways() -> None:
    raw = KEPT["national figures of police breaches"]
    document, gated = process(raw, url=URL, content_type="html")
    assert gated.relevant and gated == extract(document, gate=False)


def test_the_headline_is_the_title_and_three_sentences() -> None:
    document, _ = process(SCREENED["floods, police in the fourth sentence"], url=URL)
    headline = national_headline(document)
    assert headline is not None
    assert "Forecasters" in headline and "Schools" in headline and "drivers" not in headline


@pytest.mark.slow
def test_the_sentence_pipes_alone_split_like_the_whole_pipeline() -> None:
    """The first three sentences read without the rest of the NLP are the assembly's, over
    every evaluation text (no later pipe may move a sentence start)."""
    nlp = get_nlp()
    compared = 0
    for gold in sorted(EVAL.glob("*.gold.jsonl")):
        for article in load_gold(gold):
            text = resolve_document(gold, article, None).read_text(encoding="utf-8")
            full = [s.text for s in split_sentences(nlp(text))[:3]]
            headline = national_headline(Document(raw=b"", text=text))
            assert headline == " ".join(["", *full]), article.id
            compared += 1
    assert compared > 100
