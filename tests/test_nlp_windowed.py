"""`WindowedMatcher` finds exactly the matches spaCy's `Matcher` finds on the whole doc, while
running the Matcher only on windows where a match can start and end."""

from __future__ import annotations

import random
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.matcher import Matcher

from extract.components.windowed import WindowedMatcher

GAP: dict[str, Any] = {"LOWER": {"NOT_IN": [",", ".", "and"]}}
PATTERNS: dict[str, list[list[dict[str, Any]]]] = {
    "lost_data": [[{"LOWER": {"IN": ["lost", "sent"]}}, {**GAP, "OP": "{0,4}"}, {"LOWER": "data"}]],
    "named": [[{"ORTH": "Named"}, {**GAP, "OP": "{0,2}"}, {"LOWER": {"IN": ["name", "names"]}}]],
    "short": [[{"LOWER": "sent"}, {"LOWER": "to"}, {"OP": "?"}, {"LOWER": "wrong"}]],
    "not_the": [[{"LOWER": "lost"}, {"LOWER": "the", "OP": "!"}, {"LOWER": "data"}]],
}
WORDS = ["lost", "sent", "data", "the", "to", "wrong", "Named", "names", "name", ",", ".",
         "and", "a", "of"]  # fmt: skip


def _soup(seed: int) -> list[str]:
    rnd = random.Random(seed)
    return [" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(0, 80))) for _ in range(300)]


def _both(greedy: str | None = None) -> tuple[Matcher, WindowedMatcher, Language]:
    nlp = spacy.blank("en")
    plain, windowed = Matcher(nlp.vocab), WindowedMatcher(nlp.vocab)
    for key, patterns in PATTERNS.items():
        plain.add(key, patterns, greedy=greedy)
        windowed.add(key, patterns, greedy=greedy)
    return plain, windowed, nlp


@pytest.mark.parametrize("greedy", [None, "FIRST", "LONGEST"])
def test_same_matches_as_the_matcher_on_the_whole_doc(greedy: str | None) -> None:
    plain, windowed, nlp = _both(greedy)
    assert not windowed.whole_doc
    found = 0
    for text in _soup(len(str(greedy))):
        doc = nlp.make_doc(text)
        expected = plain(doc)
        assert sorted(windowed(doc)) == sorted(expected), text
        found += len(expected)
    assert found > 100  # the soup is dense enough to test something


def test_windows_cover_only_where_a_match_can_be() -> None:
    _, windowed, nlp = _both()
    doc = nlp.make_doc("the data of a name , then lost the data and the rest of the words here")
    assert windowed.windows(doc) == [(7, 13)]  # "lost" .. its longest reach (6 tokens)
    assert windowed.windows(nlp.make_doc("nothing to see")) == []
    assert windowed.windows(nlp.make_doc("")) == []


def test_an_unbounded_pattern_searches_the_whole_doc() -> None:
    nlp = spacy.blank("en")
    windowed = WindowedMatcher(nlp.vocab)
    windowed.add("any", [[{"LOWER": "lost"}, {"OP": "*"}, {"LOWER": "data"}]])
    doc = nlp.make_doc("lost some of the data")
    assert windowed.whole_doc and windowed.windows(doc) == [(0, 5)]
    assert [(s, e) for _, s, e in windowed(doc)] == [(0, 5)]


def test_breach_type_pairs_are_all_windowed(nlp) -> None:
    pairs = nlp.get_pipe("breachkb_breach_types_v1").pairs
    assert isinstance(pairs, WindowedMatcher)
    assert not pairs.whole_doc  # a new pair shape would silently lose the speed-up
    doc = nlp("Officers wrongly recorded her as a suspect and shared the photos with friends.")
    assert sorted(pairs(doc)) == sorted(pairs.matcher(doc)) != []
