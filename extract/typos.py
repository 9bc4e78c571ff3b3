"""Misspelt force names ("Leicestshire Police", "Northumbia Police") without spaCy.

The force gazetteer matches a force's own names with their first word misspelt (spaCy's
FUZZY on that word, the rest exact: extract/components/gazetteer.py). The raw-page scan and
the NLP's gate must not reject a page the extractor could find such a force in, and they run
without spaCy, so the same test lives here: which names may be misspelt, how many edits each
first word allows, and a bounded edit distance. `GazetteerMatcher` takes its rule from here,
so the two cannot drift apart.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from extract.datafiles import load_jsonl

if TYPE_CHECKING:
    import ahocorasick_rs

# A first word shorter than this is never tried misspelt ("Kent", "Essex": one edit away
# from too many words).
MIN_HEAD = 8
# The longest first word of a name tried misspelt, and a little more ("northamptonshire").
_HEAD_CHARS = 24
# A possessive between the words ("Leicestshire's Police"), flattened to a lone "s".
_POSSESSIVE_WORD = "s"


def allowed_edits(word: str) -> int:
    """Edits a word of a fuzzy alias may have: two for long words, one for middling, else 0."""
    if len(word) >= 10:
        return 2
    if len(word) >= 6:
        return 1
    return 0


def within(word: str, target: str, edits: int) -> bool:
    """Levenshtein distance of `word` and `target` is at most `edits` (spaCy's bounded
    distance, the one its FUZZY matcher uses; imported here, as the raw scan runs without
    spaCy loaded until a page needs this test)."""
    from spacy.matcher.levenshtein import levenshtein

    return levenshtein(word, target, edits) <= edits


def force_names(data_dir: str | None = None) -> list[str]:
    """The names a force may be found misspelt by: its name and strong aliases."""
    return [
        text
        for row in load_jsonl("forces.jsonl", data_dir)
        for text in [row["name"], *row.get("aliases", [])]
    ]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower().replace("'s", "").replace("'", ""))


@cache
def _misspellable(data_dir: str | None = None) -> dict[str, tuple[int, list[tuple[str, ...]]]]:
    """Long first word of a force's name ("leicestershire") -> (the edits it allows, the
    words that must follow it as written: ("police",), ("constabulary",), ...)."""
    out: dict[str, tuple[int, list[tuple[str, ...]]]] = {}
    for name in force_names(data_dir):
        words = _words(name)
        first = name.replace("'s", "").split()[0]
        # a hyphenated first word is two tokens: the gazetteer never tries it misspelt
        if len(words) < 2 or len(first) < MIN_HEAD or "-" in first:
            continue
        head, tail = words[0], tuple(words[1:])
        edits, tails = out.setdefault(head, (allowed_edits(head), []))
        # "&" for "and" leaves no word in a flattened page ("Hampshire & Isle of Wight ...")
        for after in {tail, tuple(w for w in tail if w != "and")}:
            if after and after not in tails:
                tails.append(after)
    return out


@cache
def name_ends(data_dir: str | None = None) -> frozenset[str]:
    """The last words of the names tried misspelt ("police", "constabulary", "yard"): a page
    without any of them holds none of those names, however spelt."""
    return frozenset(tail[-1] for _, tails in _misspellable(data_dir).values() for tail in tails)


@cache
def _end_finder(data_dir: str | None = None) -> ahocorasick_rs.BytesAhoCorasick:
    """The last words of the names, as whole words, in one automaton: a page is looked at
    only before the few places one stands (a misspelt name ends on one as written)."""
    import ahocorasick_rs

    return ahocorasick_rs.BytesAhoCorasick(
        sorted(f" {end} ".encode() for end in name_ends(data_dir))
    )


@lru_cache(maxsize=65536)
def _close_heads(word: str, data_dir: str | None = None) -> tuple[str, ...]:
    """The heads `word` may be a misspelling of (a page repeats its words: asked once)."""
    if len(word) < MIN_HEAD - 2:
        return ()
    heads = _misspellable(data_dir)
    # a word the gazetteer's fuzzy matcher tries starts like one of the names (the first three
    # letters of any: `GazetteerMatcher._fuzzy_matches`)
    if word[:3] not in _head_starts(data_dir):
        return ()
    return tuple(head for head, (edits, _) in heads.items() if within(word, head, edits))


@cache
def _head_starts(data_dir: str | None = None) -> frozenset[str]:
    return frozenset(head[:3] for head in _misspellable(data_dir))


def names_misspelt_force(folded: str, data_dir: str | None = None, *, slack: int = 0) -> bool:
    """Whether lower-case words (letters only, spaces between) hold a force's name with its
    first word misspelt. `slack`: words that may stand between that word and the rest (markup
    left in a raw page, "leicestshire a police"), for a look wider than the extractor's.

    Only the words just before a name's last word ("police", "yard") are looked at: on a
    page of news that word stands a few times, where a word starting like a force's place
    ("not", "lei") stands thousands."""
    heads = _misspellable(data_dir)
    # bytes: the automaton's offsets into a long str cost more than the search itself
    padded = f" {folded} ".encode("ascii", "replace")
    reach = 40 * (slack + 2) + _HEAD_CHARS  # characters before the last word holding the rest
    # overlapping: " police " and " force " share the space between "police force"
    for _, start, stop in _end_finder(data_dir).find_matches_as_indexes(padded, overlapping=True):
        lo = max(0, start - reach)
        words = padded[lo:stop].decode("ascii").split()
        if lo and padded[lo - 1 : lo] != b" ":
            words = words[1:]  # a word cut by the window
        for i, word in enumerate(words[:-1]):
            close = _close_heads(word, data_dir)
            if not close:
                continue
            after = [w for w in words[i + 1 :] if w != _POSSESSIVE_WORD]
            for head in close:
                for tail in heads[head][1]:
                    if any(after[k : k + len(tail)] == list(tail) for k in range(slack + 1)):
                        return True
    return False
