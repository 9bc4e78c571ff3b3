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

from extract.components.forces import force_aliases
from extract.components.gazetteer import STRONG
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
def gate_pattern(data_dir: str | None = None) -> re.Pattern[str]:
    """One regex over every force alias key and police word, built once from the data."""
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
    folded_part = "|".join(re.escape(k) for k in sorted(folded, key=len, reverse=True))
    exact_part = "|".join(re.escape(k) for k in sorted(exact, key=len, reverse=True))
    return re.compile(f"(?i:{folded_part})" + (f"|{exact_part}" if exact_part else ""))


def mentions_police(text: str, data_dir: str | None = None) -> bool:
    """True unless the text certainly names no police force (then the NLP may skip it)."""
    return gate_pattern(data_dir).search(text) is not None
