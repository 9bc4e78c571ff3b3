"""A cheap pre-gate for the NLP: a text that names no police force cannot be relevant.

`assemble` marks every text in which the force gazetteer finds nothing as irrelevant, and the
gazetteer only matches an alias (or a context alias next to a police word), so a text without
any key word of those aliases and police words can skip spaCy. The key of an alias is its
police word ("Police", "Constabulary") or else its longest word ("Heddlu", "Scotland"), looked
for as a plain substring (case-sensitive only for acronyms): a superset of what the token
matcher can find, whatever the tokenizer does with punctuation.
"""

from __future__ import annotations

import re
from functools import cache

from extract.aliases import STRONG, force_aliases
from extract.datafiles import load_toml

# Words that make a context alias ("Kent") a force, and the suffixes of place-name aliases.
_POLICE_WORDS = ("police", "constabulary", "constable", "force", "officer", "detective")
_WORD_RE = re.compile(r"\w+")


def _key(alias: str) -> str | None:
    """A word every match of the alias contains: its police word, else its longest word."""
    words = _WORD_RE.findall(alias)
    police = [w for w in words if any(p in w.lower() for p in _POLICE_WORDS)]
    return (police or [max(words, key=len)])[0] if words else None


@cache
def _gate_keys(data_dir: str | None = None) -> tuple[list[str], list[str]]:
    """(keys compared without case, acronyms compared as written), longest first."""
    folded: set[str] = set(_POLICE_WORDS)
    exact: set[str] = set()
    phrases = [a.text for a in force_aliases(data_dir) if a.kind == STRONG]
    phrases += load_toml("cues.toml", data_dir)["roles"]["police_context"]
    for phrase in phrases:
        key = _key(phrase)
        if not key:
            continue
        if key.isupper() and len(key) > 1:
            exact.add(key)  # acronyms: "GMP" yes, "gmp" no (the matcher is case-sensitive)
        else:
            folded.add(key.lower())
    return sorted(folded, key=len, reverse=True), sorted(exact, key=len, reverse=True)


def _alternation(keys: list[str]) -> str:
    return "|".join(re.escape(k) for k in keys)


@cache
def gate_pattern(data_dir: str | None = None) -> re.Pattern[str]:
    """One regex over every force alias key and police word, built once from the data."""
    folded, exact = _gate_keys(data_dir)
    return re.compile(f"(?i:{_alternation(folded)})" + (f"|{_alternation(exact)}" if exact else ""))


# Python's case-insensitive matching also lets these four stand for ASCII letters (the regex
# HOWTO lists them); lower-casing does not, so the fast path maps them first.
_ASCII_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


@cache
def _fast_patterns(data_dir: str | None = None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The gate as a case-sensitive search of the lower-cased text (several times faster than
    `(?i:...)` over a hundred keys) plus the acronyms; None if a key is not plain ASCII, where
    lower-casing and case-insensitive matching may disagree."""
    folded, exact = _gate_keys(data_dir)
    if not all(k.isascii() for k in folded):
        return None
    return re.compile(_alternation(folded)), re.compile(_alternation(exact) or r"(?!)")


def mentions_police(text: str, data_dir: str | None = None) -> bool:
    """True unless the text certainly names no police force (then the NLP may skip it).

    The same answer as `gate_pattern(data_dir).search(text)`, found faster."""
    fast = _fast_patterns(data_dir)
    if fast is None:
        return gate_pattern(data_dir).search(text) is not None
    lowered, exact = fast
    folded = text
    if any(chr(c) in text for c in _ASCII_FOLDS):  # rare; `translate` is slow on any text
        folded = text.translate(_ASCII_FOLDS)
    return bool(lowered.search(folded.lower()) or exact.search(text))
