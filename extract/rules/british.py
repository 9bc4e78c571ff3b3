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


def _words(words: list[str]) -> re.Pattern[str]:
    """Whole phrases, any case ("Data Protection Act" not inside "Personal Data Protection
    Act" -- a capitalised word before it makes it another law)."""
    return re.compile(rf"(?:\b([A-Z]\w*)\s+)?(?i:\b(?:{_alternation(words)})\b)")


def _whole(pattern: re.Pattern[str], text: str) -> bool:
    """A phrase of `_words` not inside a longer name."""
    for m in pattern.finditer(text):
        phrase = text[m.end(1) :].lstrip() if m.group(1) else m.group(0)
        # a place before a hearing or a court is still that ("Leeds magistrates' court");
        # a name before a name is another name ("Personal Data Protection Act")
        if m.group(1) in {None, "The", "A", "An"} or phrase[:1].islower():
            return True
    return False


def _signs(words: list[str]) -> re.Pattern[str]:
    """Phrases any case, acronyms case-sensitive ("ico" or "iopc" in a URL are read with the
    text, not alone)."""
    acronyms = [w for w in words if w.isupper()]
    phrases = [w for w in words if not w.isupper()]
    return re.compile(
        rf"(?i:\b(?:{_alternation(phrases)})\b)"
        + (rf"|\b(?:{_alternation(acronyms)})\b" if acronyms else "")
    )


_STERLING = re.compile(r"£\s?\d")  # a sum in pounds: a UK page's money


@cache
def _uk_places(data_dir: str | None) -> re.Pattern[str]:
    """The UK towns, cities and nations of places.toml and nations.toml."""
    places = load_toml("places.toml", data_dir)
    nations = load_toml("nations.toml", data_dir)
    names: list[str] = []
    for table in (places, nations.get("places", {})):
        for towns in table.values():
            names.extend(t for t in towns if isinstance(t, str))
    for cities in nations.get("capital_cities", {}).values():
        names.extend(cities)
    names.extend(nations.get("capitals", {}).keys())
    return re.compile(rf"\b(?:{_alternation(names)})\b")


@cache
def _patterns(data_dir: str | None) -> dict[str, re.Pattern[str]]:
    data = load_toml("nations.toml", data_dir)
    british = data.get("british", {})
    possessed = data.get("possessed", {})
    abroad_words = data.get("abroad", {}).get("words", [])
    groups = _alternation(possessed.get("groups", []))
    at_fault = data.get("cleared", {}).get("outweighed_by", [])
    return {
        "institutions": _signs(british.get("institutions", [])),
        "generic": _words(british.get("generic", [])),
        # "PC Smith", "PC G", "DC Jones": a rank and a capitalised name after it, not the
        # name's possessive ("PCSO Tom Barker's phone") nor a firm's people ("PC World
        # customers", "DC Thomson staff")
        "ranks": re.compile(
            rf"\b(?:{_alternation(british.get('ranks', []))})\s+(?>[A-Z][\w-]*"
            rf"(?:\s+[A-Z][\w-]*)*)(?!['’]|s['’]|\w|\s+(?i:{groups})\b)"
        ),
        "abroad": re.compile(rf"(?i:\b(?:{_alternation(abroad_words)})\b)|\$\s?\d"),
        "cleared": _words(data.get("cleared", {}).get("words", [])),
        # "proven" but not "not proven"
        "at_fault": re.compile(rf"(?i:(?<!not\s)\b(?:{_alternation(at_fault)})\b)"),
        "unasserted": _words(data.get("unasserted", {}).get("words", [])),
        "conditions": _words(data.get("unasserted", {}).get("conditions", [])),
        "advice": _words(data.get("advice", {}).get("words", [])),
        "possessed": re.compile(
            rf"(?i:\b(?:{_alternation(possessed.get('nouns', []))})\s+of\s+"
            r"(?:the\s+|a\s+|an\s+|some\s+|\d[\d,]*\s+|more\s+than\s+\d[\d,]*\s+)?$)"
        ),
    }


def exclusive_signs(text: str, data_dir: str | None = None) -> bool:
    """The text names a body, law or court only British policing has, or a rank before a
    name ("PC Smith")."""
    found = _patterns(data_dir)
    return bool(found["institutions"].search(text) or ranked_name_at(text, data_dir) is not None)


def british_signs(text: str, data_dir: str | None = None) -> bool:
    """The text is British by its police institutions: one only British policing has, or one
    other countries have too (a misconduct hearing, a magistrates' court) with a UK place or a
    sum in pounds."""
    if exclusive_signs(text, data_dir):
        return True
    uk = _uk_places(data_dir).search(text) or _STERLING.search(text)
    return bool(_whole(_patterns(data_dir)["generic"], text) and uk)


@cache
def _police_abroad(data_dir: str | None) -> re.Pattern[str]:
    abroad = load_toml("nations.toml", data_dir).get("abroad", {})
    kinds = _alternation(abroad.get("police_kinds", []))
    return re.compile(
        rf"(?<!Northern\s)\b(?:{_alternation(abroad.get('demonyms', []))})"
        rf"\s+(?:(?i:{kinds})\s+)?(?i:police)\b"
    )


def police_abroad_at(text: str, data_dir: str | None = None) -> list[tuple[int, int]]:
    """Where the text names a police body abroad by its nation's adjective ("the Spanish national
    police", "Dutch police"; nations.toml [abroad] demonyms): (start, end) of each."""
    return [m.span() for m in _police_abroad(data_dir).finditer(text)]


def abroad_signs(text: str, data_dir: str | None = None) -> bool:
    """The text speaks of police abroad (a sheriff, a police department, dollars)."""
    return bool(_patterns(data_dir)["abroad"].search(text))


def cleared(text: str, police: list[tuple[int, int]], data_dir: str | None = None) -> bool:
    """The sentence tells the police person cleared: "the officer was cleared", "acquitted"
    after the police word, or an allegation "not proven" / "no case to answer" in a sentence
    about the police person -- not "A journalist was acquitted of paying an officer"."""
    for found in _patterns(data_dir)["cleared"].finditer(text):
        phrase = found.group(0).lower()
        if any(start < found.start() for start, _ in police):
            return True
        if police and ("proven" in phrase or "answer" in phrase):
            return True
    return False


def found_at_fault(text: str, data_dir: str | None = None) -> bool:
    """The page tells someone found at fault ("pleaded guilty", "dismissed", "proven"): a
    clearing on it was of a part only."""
    return bool(_patterns(data_dir)["at_fault"].search(text))


def unasserted(text: str, act_start: int, data_dir: str | None = None) -> bool:
    """The act is told as an allegation ("it was claimed"), a condition before it ("If an
    officer has looked up your details") or in a question."""
    found = _patterns(data_dir)
    if "?" in text or found["unasserted"].search(text):
        return True
    return any(m.start() < act_start for m in found["conditions"].finditer(text))


def advice(title: str, text: str, data_dir: str | None = None) -> bool:
    """Advice to readers: a question or second-person headline ("can I claim?"), or "you may
    be able to claim"."""
    if "?" in title or re.search(r"(?i)\b(?:you|your)\b", title):
        return True
    return bool(_patterns(data_dir)["advice"].search(f"{title}\n{text}"))


def possessed(before: str, data_dir: str | None = None) -> bool:
    """The police word after a data noun and "of" ("the names of 200 police officers"): the
    police as whose data it was."""
    return bool(_patterns(data_dir)["possessed"].search(before))


def ranked_name_at(text: str, data_dir: str | None = None) -> int | None:
    """Where the text first gives a British rank before a person's name ("PC Smith")."""
    found = _patterns(data_dir)["ranks"].search(text)
    return found.start() if found else None
