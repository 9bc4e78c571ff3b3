"""Cleaning real pages (article-extraction-benchmark, MIT): key sentences stay, promotions go."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extract.clean import clean

AEB = Path(__file__).resolve().parent / "data" / "aeb"
TRUTH = json.loads((AEB / "ground-truth.json").read_text("utf-8"))
PAGES = sorted((AEB / "html").glob("*.html.gz"))

# Furniture seen on these pages, described by kind (newsletter and magazine offers, comment
# headings), not by page.
FURNITURE = re.compile(
    r"subscribe to|newsletter|delivered through your letterbox|^comments$|tell us what you think",
    re.I,
)


def _squash(text: str) -> str:
    return " ".join(text.split())


def _key_sentences(body: str) -> list[str]:
    """The first, a middle and the last long paragraph of the ground truth."""
    paragraphs = [_squash(p) for p in body.split("\n") if len(p.split()) >= 12]
    return [paragraphs[0], paragraphs[len(paragraphs) // 2], paragraphs[-1]]


@pytest.fixture(scope="module")
def cleaned() -> dict[str, str]:
    return {p.name.split(".")[0]: clean(p.read_bytes(), path=str(p)).text for p in PAGES}


def test_the_copy_has_pages_truth_and_licence() -> None:
    assert len(PAGES) == 5
    assert (AEB / "LICENSE").read_text("utf-8").startswith("MIT License")
    assert all(p.name.split(".")[0] in TRUTH for p in PAGES)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name[:12])
def test_key_ground_truth_sentences_survive(page: Path, cleaned: dict[str, str]) -> None:
    key = page.name.split(".")[0]
    text = _squash(cleaned[key])
    for sentence in _key_sentences(TRUTH[key]["articleBody"]):
        assert sentence in text, f"lost: {sentence[:80]!r}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name[:12])
def test_promotions_and_comment_headings_are_gone(page: Path, cleaned: dict[str, str]) -> None:
    key = page.name.split(".")[0]
    truth = TRUTH[key]["articleBody"]
    for line in cleaned[key].split("\n\n"):
        if FURNITURE.search(line):
            assert FURNITURE.search(truth), f"furniture kept: {line[:80]!r}"


def test_some_pages_had_furniture_to_remove(cleaned: dict[str, str]) -> None:
    """Guard against a vacuous test above: the raw extraction of these pages has furniture."""
    import gzip

    import trafilatura

    raw_hits = sum(
        bool(FURNITURE.search(trafilatura.extract(gzip.decompress(p.read_bytes())) or ""))
        for p in PAGES
    )
    assert raw_hits >= 3
    assert not any(
        FURNITURE.search(line) for text in cleaned.values() for line in text.split("\n\n")
    )
