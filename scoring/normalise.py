"""The comparison form of what an article says: which values count as the same.

Gold and predictions meet here as `ArticleFacts` (plain dicts, whatever produced them), and
every scored value is reduced to a key: names case-folded without the words that vary
between mentions, years and fines as integers, tally periods without spaces.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from typing import Any

from scoring.gold import GoldArticle

FIELDS = ("force", "breach_year", "breach_type", "fine", "regulator", "action")
NAME_FIELDS = frozenset({"force", "regulator"})
# Words that vary between mentions of the same body ("Kent Police" / "Kent Constabulary").
NAME_STOPWORDS = frozenset({"police", "service", "constabulary", "the"})
# The parts of an incident tuple, in the order they are shown.
TUPLE_PARTS = ("force", "breach_type", "breach_year", "fine")


def normalise_name(name: str) -> str:
    """Case-fold a force/regulator name and drop the words that vary between mentions.

    "Dyfed-Powys Police" == "dyfed powys"; "Information Commissioner's Office" ==
    "Information Commissioners Office"; "Police Scotland" == "Scotland".
    """
    text = unicodedata.normalize("NFKC", name).casefold()
    text = re.sub(r"['\u2018\u2019`]", "", text)  # apostrophes join, never split
    words = re.findall(r"\w+", text)
    return " ".join(w for w in words if w not in NAME_STOPWORDS)


def value_key(field_name: str, value: Any) -> Hashable:
    """What a value of `field_name` is compared by."""
    if field_name in NAME_FIELDS:
        return normalise_name(str(value))
    if field_name in ("breach_year", "fine"):
        try:
            return int(value)
        except (TypeError, ValueError):
            return str(value)
    return str(value).strip().casefold()


@dataclass
class ArticleFacts:
    """What one article says (gold) or what the extractor found (predicted), in scoring form."""

    relevant: bool
    incidents: list[dict[str, Any]] = field(default_factory=list)  # keys: FIELDS
    breach_counts: list[dict[str, Any]] = field(default_factory=list)


def fact_values(incident: Mapping[str, Any]) -> dict[str, Any]:
    """The scored fields of a gold incident or of an `IncidentFact.to_json()` record."""
    # Gold calls the fine `fine_gbp`, IncidentFact calls it `fine_amount`.
    fine = incident["fine_gbp"] if "fine_gbp" in incident else incident.get("fine_amount")
    action = incident.get("action")
    return {
        "force": incident.get("force"),
        "breach_year": incident.get("breach_year"),
        "breach_type": incident.get("breach_type"),
        "fine": fine,
        "regulator": incident.get("regulator"),
        "action": None if action == "none" else action,
    }


def facts_from_record(record: Mapping[str, Any]) -> ArticleFacts:
    """Scoring view of a gold record or of one `breachkb extract --format json` line."""
    return ArticleFacts(
        relevant=bool(record.get("relevant")),
        incidents=[fact_values(i) for i in record.get("incidents") or ()],
        # An approximate figure ("more than 400") is kept in the KB but is no gold row.
        breach_counts=[
            dict(c) for c in record.get("breach_counts") or () if not c.get("approximate")
        ],
    )


def facts_from_gold(article: GoldArticle) -> ArticleFacts:
    return facts_from_record(
        {
            "relevant": article.relevant,
            "incidents": article.incidents,
            "breach_counts": article.breach_counts,
        }
    )


def field_values(facts: ArticleFacts, field_name: str) -> dict[Hashable, Any]:
    """Non-null values of one field over an article's incidents: comparison key -> shown value."""
    values: dict[Hashable, Any] = {}
    for incident in facts.incidents:
        value = incident.get(field_name)
        if value is not None and value != "":
            values.setdefault(value_key(field_name, value), value)
    return values


def incident_tuples(facts: ArticleFacts) -> dict[Hashable, Any]:
    """(force, type, year, fine) per incident; a null part stays null and must match null."""
    values: dict[Hashable, Any] = {}
    for incident in facts.incidents:
        shown = tuple(incident.get(p) for p in TUPLE_PARTS)
        key = tuple(
            None if v is None else value_key(p, v) for p, v in zip(TUPLE_PARTS, shown, strict=True)
        )
        values.setdefault(key, shown)
    return values


def count_rows(facts: ArticleFacts) -> dict[Hashable, Any]:
    """(force, period, type, count) with rows of the same force/period/type summed."""
    totals: dict[tuple[Any, ...], int] = {}
    shown: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    for row in facts.breach_counts:
        force, period, kind = row.get("force"), row.get("period"), row.get("breach_type")
        key = (
            normalise_name(str(force or "")),
            re.sub(r"\s+", "", str(period or "")).replace("\u2013", "-"),
            None if kind is None else str(kind),
        )
        totals[key] = totals.get(key, 0) + int(row.get("count") or 0)
        shown.setdefault(key, (force, period, kind))
    return {(*key, total): (*shown[key], total) for key, total in totals.items()}
