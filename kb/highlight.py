"""Find the words of an evidence sentence that support a fact's value, for highlighting.

Evidence rows keep the sentence and the value, not where the value sits in the sentence, so
the incident page and `breachkb show` look for it: a fine as any spelling of the amount
(£150,000, £150k, £0.15m, 150,000 pounds), a year as the year, a force or regulator by its name
or an alias, an action or breach type by the cue words the extractor matches (extract/data/).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from functools import cache

from extract.datafiles import load_jsonl, load_toml

Span = tuple[int, int]

_MONTHS = [name.lower() for name in calendar.month_name[1:]]
_MONEY = re.compile(
    r"(?:£|\bGBP\s?)?\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?:\s?(k\b|m\b|bn\b|million\b|thousand\b))?(?:\s?(?:pounds|GBP)\b)?",
    re.IGNORECASE,
)
_SCALE = {"k": 1_000, "thousand": 1_000, "m": 1_000_000, "million": 1_000_000, "bn": 10**9}


def supporting_spans(
    sentence: str, field: str, value: str, key_terms: Iterable[str] = ()
) -> list[Span]:
    """Character spans of `sentence` that state `value` of `field`, merged and sorted."""
    if field in ("fine_amount", "fine_paid", "amount", "amount_paid"):
        spans = _money_spans(sentence, value)
    elif field in ("breach_year", "fine_year", "year"):
        spans = _phrase_spans(sentence, [value])
    elif field in ("breach_date", "discovered", "reported", "decided"):
        spans = _date_spans(sentence, value)
    elif field == "force":
        spans = _phrase_spans(sentence, _names("forces.jsonl", value))
    elif field == "regulator":
        spans = _phrase_spans(sentence, _names("regulators.jsonl", value))
    elif field == "action":
        spans = _phrase_spans(sentence, _action_cues(value), inflect=True)
    elif field == "breach_type":
        spans = _phrase_spans(sentence, [*_type_terms(value), *key_terms], inflect=True)
    else:
        spans = _phrase_spans(sentence, [value])
    return merge(spans)


def merge(spans: Iterable[Span]) -> list[Span]:
    """Sorted, non-overlapping spans."""
    result: list[Span] = []
    for start, end in sorted(spans):
        if result and start <= result[-1][1]:
            result[-1] = (result[-1][0], max(end, result[-1][1]))
        else:
            result.append((start, end))
    return result


def _phrase_spans(sentence: str, phrases: Iterable[str], inflect: bool = False) -> list[Span]:
    """Where any phrase occurs as whole words; with `inflect`, cue words given as lemmas
    ("fine", "disc", "penalty") also match their regular inflections (fined, discs,
    penalties)."""
    word = _inflected if inflect else re.escape
    spans: list[Span] = []
    for phrase in {p.strip() for p in phrases if p and p.strip()}:
        pattern = r"(?<!\w)" + r"\s+".join(map(word, phrase.split())) + r"(?!\w)"
        spans.extend(m.span() for m in re.finditer(pattern, sentence, re.IGNORECASE))
    return spans


def _inflected(word: str) -> str:
    if len(word) > 3 and word.endswith("y"):
        return re.escape(word[:-1]) + "(?:y|ies|ied)"
    if len(word) > 3 and word.endswith("e"):
        return re.escape(word[:-1]) + "(?:e|es|ed|ing)"
    return re.escape(word) + "(?:s|es|ed|ing)?"


def _money_spans(sentence: str, value: str) -> list[Span]:
    try:
        wanted = int(float(value))
    except ValueError:
        return _phrase_spans(sentence, [value])
    spans = []
    for match in _MONEY.finditer(sentence):
        number = float(match.group(1).replace(",", ""))
        scale = _SCALE.get((match.group(2) or "").lower(), 1)
        if round(number * scale) == wanted:
            spans.append((match.start(), match.end()))
    return spans


def _date_spans(sentence: str, value: str) -> list[Span]:
    year, _, rest = value.partition("-")
    month = rest[:2]
    phrases = [year]
    if month.isdigit() and 1 <= int(month) <= 12:
        name = _MONTHS[int(month) - 1]
        phrases += [f"{name} {year}", f"{name[:3]} {year}", name.capitalize()]
    return _phrase_spans(sentence, phrases)


@cache
def _names(gazetteer: str, name: str) -> tuple[str, ...]:
    for entry in load_jsonl(gazetteer):
        if entry["name"] == name:
            return (name, *entry.get("aliases", []), *entry.get("context_aliases", []))
    return (name,)


@cache
def _action_cues(action: str) -> tuple[str, ...]:
    return tuple(load_toml("cues.toml").get("actions", {}).get(action, [action.replace("_", " ")]))


@cache
def _type_terms(code: str) -> tuple[str, ...]:
    entry = load_toml("breach_types.toml").get("types", {}).get(code, {})
    return tuple(term for key in ("strong", "weak", "objects") for term in entry.get(key, []))
