"""Incident clustering: B-cubed of a predicted clustering against gold incident groups, and
the rule that pairs a gold incident with a predicted fact of the same article."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from scoring.normalise import fact_values, value_key


@dataclass
class ClusterScore:
    """B-cubed precision/recall over gold incidents (see `bcubed`)."""

    precision: float
    recall: float
    items: int
    matched: int  # gold incidents that found a predicted fact

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "items": self.items,
            "matched": self.matched,
        }


def bcubed(
    gold: Mapping[Hashable, Hashable], predicted: Mapping[Hashable, Hashable]
) -> ClusterScore:
    """B-cubed precision/recall of a predicted clustering against gold clusters.

    Items are the keys of `gold`; an item missing from `predicted` is its own singleton
    cluster (so an unmatched incident costs recall, never precision of others).
    """
    items = list(gold)
    if not items:
        return ClusterScore(1.0, 1.0, 0, 0)
    unmatched = object()
    labels = {i: predicted.get(i, (unmatched, i)) for i in items}
    gold_members: dict[Hashable, set[Hashable]] = {}
    pred_members: dict[Hashable, set[Hashable]] = {}
    for item in items:
        gold_members.setdefault(gold[item], set()).add(item)
        pred_members.setdefault(labels[item], set()).add(item)
    precision = recall = 0.0
    for item in items:
        g, p = gold_members[gold[item]], pred_members[labels[item]]
        both = len(g & p)
        precision += both / len(p)
        recall += both / len(g)
    matched = sum(1 for i in items if i in predicted)
    return ClusterScore(precision / len(items), recall / len(items), len(items), matched)


def match_incidents(
    gold: Sequence[Mapping[str, Any]], predicted: Sequence[Mapping[str, Any]]
) -> dict[int, int]:
    """Pair gold incidents of one article with predicted facts of the same article.

    Rule: a pair must agree on the (normalised) force; among those, pairs that agree on more
    of breach_type, breach_year and fine (null agrees with null) go first, ties broken by
    position. Each predicted fact serves at most one gold incident. Returns gold index ->
    predicted index.
    """
    gold_facts = [fact_values(g) for g in gold]
    pred_facts = [fact_values(p) for p in predicted]
    candidates = []
    for gi, g in enumerate(gold_facts):
        for pi, p in enumerate(pred_facts):
            if g["force"] is None or p["force"] is None:
                continue
            if value_key("force", g["force"]) != value_key("force", p["force"]):
                continue
            agree = sum(
                1
                for part in ("breach_type", "breach_year", "fine")
                if (g[part] is None) == (p[part] is None)
                and (g[part] is None or value_key(part, g[part]) == value_key(part, p[part]))
            )
            candidates.append((-agree, gi, pi))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in sorted(candidates):
        if gi not in pairs and pi not in used:
            pairs[gi] = pi
            used.add(pi)
    return pairs
