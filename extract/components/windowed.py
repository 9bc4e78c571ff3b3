"""A token `Matcher` that only looks where a match can start and end: the same matches, less work.

spaCy's `Matcher` carries every pattern over every token, and a pattern with a long optional gap
(`{"OP": "{0,10}"}`) keeps many states alive, each testing its set predicates token by token:
on a news article the breach-type pairs cost more than the rest of the pipeline. A pattern
whose first and last tokens are plain word tests (`{"NORM": {"IN": [...]}}`, `{"LOWER": "x"}`)
and whose length is bounded can only match from a first word to a last word at most that many
tokens further on. Those windows are found with set lookups on the token arrays, merged where
they overlap, and the real `Matcher` runs on each window: every match lies inside one window,
and windows share no token, so `greedy` filtering sees the same candidates as on the whole doc.
A pattern that does not fit that shape makes the whole doc one window. Matches come window by
window, ordered by start as far as callers should care: two keys matching the same span may
come in another order than from the whole-doc Matcher (whose order there follows its internal
state list).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import IDS
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

# Token attributes a window test can read from `Doc.to_array`; their test is a set lookup.
_ATTRS = ("ORTH", "LOWER", "NORM")
_REPEAT_RE = re.compile(r"\{(\d*),?(\d*)\}")


@dataclass(frozen=True)
class _Shape:
    """What a pattern needs: a first word, a last word, at most `longest` tokens in all."""

    first: tuple[int, frozenset[int]]  # (column in the token array, accepted hashes)
    last: tuple[int, frozenset[int]]
    longest: int


def _word_test(token: dict[str, Any], vocab: Vocab) -> tuple[int, frozenset[int]] | None:
    """(column, hashes) for a required one-attribute word test, else None (not windowable)."""
    if token.get("OP") not in (None, "1", "{1}") or len(token) - ("OP" in token) != 1:
        return None
    attr, value = next((k, v) for k, v in token.items() if k != "OP")
    if attr.upper() not in _ATTRS:
        return None
    if isinstance(value, str):
        words = [value]
    elif isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
        words = value["IN"]
    else:
        return None
    if not all(isinstance(w, str) for w in words):
        return None
    return _ATTRS.index(attr.upper()), frozenset(vocab.strings.add(w) for w in words)


def _most_tokens(token: dict[str, Any]) -> int | None:
    """How many tokens one pattern token can take at most; None when unbounded."""
    op = token.get("OP")
    if op in (None, "1", "!", "?"):
        return 1  # "!" is a token that does not match, still one token
    if isinstance(op, str) and (m := _REPEAT_RE.fullmatch(op)):
        low, high = m.group(1), m.group(2)
        if "," not in op:
            return int(low)
        return int(high) if high else None  # "{2,}" is unbounded
    return None  # "*", "+"


def _shape(pattern: Sequence[dict[str, Any]], vocab: Vocab) -> _Shape | None:
    if len(pattern) < 2:
        return None
    first, last = _word_test(pattern[0], vocab), _word_test(pattern[-1], vocab)
    most = [_most_tokens(token) for token in pattern]
    if first is None or last is None or any(m is None for m in most):
        return None
    return _Shape(first, last, sum(m for m in most if m is not None))


class WindowedMatcher:
    """`spacy.matcher.Matcher` with `add` and `__call__` (tuples), run only on candidate windows."""

    def __init__(self, vocab: Vocab) -> None:
        self.matcher = Matcher(vocab)
        self.vocab = vocab
        self.shapes: list[_Shape] = []
        self.whole_doc = False  # some pattern could match anywhere: no windows
        self._words: frozenset[int] = frozenset()  # every hash a window test accepts
        self._words_array = np.zeros(0, dtype=np.uint64)  # the same, sorted, for numpy
        # Each distinct word test once: its number, and which tests a hash passes per column.
        self._tests: dict[tuple[int, frozenset[int]], int] = {}
        self._passes: list[dict[int, list[int]]] = [{} for _ in _ATTRS]
        # (first test, last test) -> the most tokens: a shorter pattern with the same ends
        # only adds windows inside those of the longer one
        self._pairs: dict[tuple[int, int], int] = {}

    def __len__(self) -> int:
        return len(self.matcher)

    def add(
        self, key: str, patterns: list[list[dict[str, Any]]], *, greedy: str | None = None
    ) -> None:
        self.matcher.add(key, patterns, greedy=greedy)
        for pattern in patterns:
            shape = _shape(pattern, self.vocab)
            if shape is None:
                self.whole_doc = True
            else:
                self.shapes.append(shape)
                self._words |= shape.first[1] | shape.last[1]
                ends = (self._test(shape.first), self._test(shape.last))
                self._pairs[ends] = max(self._pairs.get(ends, 0), shape.longest)
        self._words_array = np.array(sorted(self._words), dtype=np.uint64)

    def _test(self, test: tuple[int, frozenset[int]]) -> int:
        if test not in self._tests:
            self._tests[test] = number = len(self._tests)
            for word in test[1]:
                self._passes[test[0]].setdefault(word, []).append(number)
        return self._tests[test]

    def windows(self, doc: Doc) -> list[tuple[int, int]]:
        """Disjoint token ranges that hold every match, in order."""
        return [(start, stop) for start, stop, _ in self._groups(doc)]

    def _groups(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The windows, each with where its last possible match ends (the Matcher's stop)."""
        if self.whole_doc or not len(doc):
            return [(0, len(doc), len(doc))] if len(doc) else []
        if not self._pairs:
            return []
        array = doc.to_array([IDS[a] for a in _ATTRS])
        # Tokens any window test might accept (a hash from another column only adds one).
        words = self._words_array  # sorted: a hash is in it where `searchsorted` lands on it
        found = words[np.minimum(np.searchsorted(words, array), len(words) - 1)] == array
        hits = np.flatnonzero(found.any(axis=1))
        # The tokens each word test accepts, in order (one column per test: each token once).
        passing: list[list[int]] = [[] for _ in self._tests]
        passes = self._passes
        for i, row in zip(hits.tolist(), array[hits].tolist(), strict=True):
            for col, value in enumerate(row):
                for number in passes[col].get(value, ()):
                    passing[number].append(i)
        # (first word, reach, one past the last last word in reach): windows are grouped by
        # reach as ever, and each group ends after its last possible last word, where the
        # Matcher has nothing more to find (every pattern ends on a required word test)
        spans: list[tuple[int, int, int]] = []
        for (first, last), longest in self._pairs.items():
            ends = passing[last]
            if not ends:
                continue
            for start in passing[first]:
                stop = start + longest  # the match ends before this token
                after = bisect_right(ends, start)  # the first last word after the first word
                if after < len(ends) and ends[after] < stop:
                    final = ends[bisect_left(ends, stop, after) - 1]  # the last one in reach
                    spans.append((start, min(stop, len(doc)), final + 1))
        merged: list[tuple[int, int, int]] = []
        for start, stop, end in sorted(spans):
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], stop), max(merged[-1][2], end))
            else:
                merged.append((start, stop, end))
        return merged

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(match_id, start, end) like `Matcher.__call__(doc)`, window after window."""
        found: list[tuple[int, int, int]] = []
        for start, _, stop in self._groups(doc):
            found += [(key, start + s, start + e) for key, s, e in self.matcher(doc[start:stop])]
        return found
