"""Is a page that names no force British by its institutions, and not about police abroad?

A breach told without the force's name ("A former officer used police systems to look up his
ex-partner, a misconduct hearing heard") is a UK police breach only when the page says where
it happened in another way: the bodies, laws, courts and hearings of British policing, or a
rank written before a name ("PC Smith"). A sheriff's office, a police department or a force
abroad makes it no UK story. The words are in nations.toml ([british], [abroad]); the raw
scan (extract/raw_scan.py) keeps a page with one of the first and a police word.
"""

from __future__ import annotations

import re
from functools import cache

from extract.datafiles import load_toml


def _alternation(words: list[str]) -> str:
    """Words as one pattern, any apostrophe form, longest first."""
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        out.append(re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+"))
    return "|".join(out)


@cache
def _patterns(
    data_dir: str | None,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load_toml("nations.toml", data_dir)
    british = data.get("british", {})
    words = british.get("institutions", [])
    acronyms = [w for w in words if w.isupper()]
    phrases = [w for w in words if not w.isupper()]
    # acronyms case-sensitive: "ico" or "iopc" in a URL are read with the text, not alone
    institutions = re.compile(
        rf"(?i:\b(?:{_alternation(phrases)})\b)"
        + (rf"|\b(?:{_alternation(acronyms)})\b" if acronyms else "")
    )
    # "PC Smith", "PC G", "DC Jones": a rank and a capitalised name after it
    ranks = re.compile(rf"\b(?:{_alternation(british.get('ranks', []))})\s+[A-Z]")
    abroad_words = data.get("abroad", {}).get("words", [])
    abroad = re.compile(rf"(?i:\b(?:{_alternation(abroad_words)})\b)|\$\s?\d")
    cleared = re.compile(rf"(?i:\b(?:{_alternation(data.get('cleared', {}).get('words', []))})\b)")
    return institutions, ranks, abroad, cleared


def british_signs(text: str, data_dir: str | None = None) -> bool:
    """The text names a British police institution or gives a British rank before a name."""
    institutions, ranks, _, _ = _patterns(data_dir)
    return bool(institutions.search(text) or ranks.search(text))


def abroad_signs(text: str, data_dir: str | None = None) -> bool:
    """The text speaks of police abroad (a sheriff, a police department, dollars)."""
    return bool(_patterns(data_dir)[2].search(text))


def cleared(text: str, data_dir: str | None = None) -> bool:
    """The text tells the police person cleared ("cleared of leaking", "acquitted")."""
    return bool(_patterns(data_dir)[3].search(text))


def ranked_name_at(text: str, data_dir: str | None = None) -> int | None:
    """Where the text first gives a British rank before a name ("PC Smith", "DC Jones")."""
    found = _patterns(data_dir)[1].search(text)
    return found.start() if found else None
