"""What one incident's page says: evidence grouped by sentence, and where sources disagree.

`kb.queries.show_incident` builds the incident dict from the KB; these pure functions shape
its facts (IncidentSource rows with their evidence) for `breachkb show` and the web page alike.
Values are resolved by a weighted vote, but a journalist must see when one outlet says £80,000
and another £8,000: every distinct value any source gives is listed with who gave it.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from kb.highlight import merge, supporting_spans

# Fields a source states, in the order a reader wants them; labels for people.
FIELD_LABELS = {
    "force": "force",
    "breach_year": "breach year",
    "breach_date": "breach date",
    "breach_type": "breach type",
    "regulator": "regulator",
    "action": "action",
    "fine_amount": "fine",
    "fine_paid": "amount paid",
    "fine_year": "year of the fine",
    "discovered": "discovered",
    "reported": "reported",
    "decided": "decided",
}
COMPARED = (
    "breach_year",
    "breach_date",
    "breach_type",
    "regulator",
    "action",
    "fine_amount",
    "discovered",
    "reported",
    "decided",
)
DATE_FIELDS = ("breach_date", "discovered", "reported", "decided")
_MONTHS = list(calendar.month_name[1:])


def pounds(amount: int | None, currency: str | None = "GBP") -> str | None:
    """£150,000 (other currencies by code: EUR 20,000)."""
    if amount is None:
        return None
    return f"£{amount:,}" if currency in (None, "GBP") else f"{currency} {amount:,}"


def partial_date(value: str | None) -> str | None:
    """A partial ISO date for people: 2015, June 2015, 18 June 2015."""
    if not value:
        return None
    parts = value.split("-")
    try:
        if len(parts) == 1:
            return parts[0]
        month = _MONTHS[int(parts[1]) - 1]
        if len(parts) == 2:
            return f"{month} {parts[0]}"
        return f"{int(parts[2])} {month} {parts[0]}"
    except (ValueError, IndexError):
        return value


def display_value(field: str, value: Any, labels: dict[str, str] | None = None) -> str:
    """A fact's value as a reader sees it: £ amounts, dates in words, type labels."""
    if value is None:
        return "—"
    if field in ("fine_amount", "fine_paid"):
        return pounds(int(value)) or "—"
    if field in DATE_FIELDS:
        return partial_date(str(value)) or "—"
    if field == "breach_type" and labels:
        return labels.get(str(value), str(value))
    if field == "action":
        return str(value).replace("_", " ")
    return str(value)


def fact_value(fact: Any, field: str) -> Any:
    """The value of `field` as this source states it (regulator by name)."""
    if field == "regulator":
        return fact.regulator.name if fact.regulator is not None else None
    if field == "force":
        return fact.force.name if fact.force is not None else None
    return getattr(fact, field)


def sentences(facts: Iterable[Any]) -> list[dict[str, Any]]:
    """One article's evidence grouped by sentence: each sentence once, with the fields it
    supports and the spans of its supporting words."""
    by_sentence: dict[tuple[bool, int, int, str], dict[str, Any]] = {}
    for fact in facts:
        for ev in fact.evidence:
            where = getattr(ev, "source", None) or "text"
            entry = by_sentence.setdefault(
                (where != "text", ev.start, ev.end, ev.sentence),
                {
                    "sentence": ev.sentence,
                    "start": ev.start,
                    "end": ev.end,
                    # "text", or weaker evidence quoted from the "headline", "URL" or "site"
                    "source": where,
                    "fields": [],
                },
            )
            if not any(f["field"] == ev.field for f in entry["fields"]):
                entry["fields"].append({"field": ev.field, "value": ev.value})
            spans = supporting_spans(ev.sentence, ev.field, ev.value, fact.key_terms or ())
            entry.setdefault("_spans", []).extend(spans)
    result = []
    for key in sorted(by_sentence):
        entry = by_sentence[key]
        entry["highlights"] = [list(span) for span in merge(entry.pop("_spans", []))]
        result.append(entry)
    return result


def _conflicting(field: str, values: set[Any]) -> bool:
    if len(values) < 2:
        return False
    if field in DATE_FIELDS:  # "2015" and "2015-06" agree: one is more precise
        texts = sorted(map(str, values))
        return any(not (a.startswith(b) or b.startswith(a)) for a in texts for b in texts if a < b)
    return True


def disagreements(
    incident: dict[str, Any],
    facts: Iterable[Any],
    outlets: dict[int, str | None],
    labels: dict[str, str] | None = None,
) -> list[dict[str, Any]]:
    """Every compared field on which the sources state different values, with who said what.

    A fine one source gives and another gives as the amount paid after an early-payment
    discount is one fine, not a disagreement.
    """
    facts = list(facts)
    result = []
    for field in COMPARED:
        said: dict[Any, list[dict[str, Any]]] = defaultdict(list)
        for fact in sorted(facts, key=lambda f: (_published(f), f.article_id, f.ordinal)):
            value = fact_value(fact, field)
            if value is None:
                continue
            article = fact.article
            sentence = next((ev.sentence for ev in fact.evidence if ev.field == field), None)
            if any(s["article_id"] == article.id for s in said[value]):
                continue
            said[value].append(
                {
                    "article_id": article.id,
                    "outlet": outlets.get(article.id),
                    "title": article.title,
                    "url": article.url or article.path,
                    "published": article.published_at.isoformat() if article.published_at else None,
                    "sentence": sentence,
                }
            )
        values = set(said)
        if field == "fine_amount" and incident.get("fine_paid") in values:
            values.discard(incident["fine_paid"])
        if not _conflicting(field, values):
            continue
        chosen = incident.get(field)
        result.append(
            {
                "field": field,
                "label": FIELD_LABELS[field],
                "chosen": chosen,
                "chosen_display": display_value(field, chosen, labels),
                "values": [
                    {
                        "value": value,
                        "display": display_value(field, value, labels),
                        "chosen": value == chosen,
                        "sources": sources,
                    }
                    for value, sources in sorted(
                        said.items(), key=lambda kv: (-len(kv[1]), str(kv[0]))
                    )
                ],
            }
        )
    return result


def _published(fact: Any) -> date:
    return fact.article.published_at or date.max
