"""kb.clustering gives the clusters of comparing all pairs, on forces built to be hard.

The generated forces crowd few years, types, fines and words into many facts, so every
mechanism is exercised many times over: cliques of facts linked by fields alone (levels 3, 2
and, for facts with no evidence words, 1), fines and regulators that conflict, breaches dated
by their fine, two facts of one article, exact copies at two URLs (one fact key), and links of
exactly the score of a level, which must interleave with it by key. Every token stays under
RARE_TOKEN, where the blocked path promises the same clusters as all pairs.
"""

from __future__ import annotations

import random
from collections import Counter

import pytest

from kb import resolve
from kb.clustering import RARE_TOKEN, Stats
from kb.linkage import FactView

WORDS = [f"w{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(30)]
TERMS = [f"term {word}" for word in WORDS[:6]]


def generated_force(seed: int, n: int) -> list[FactView]:
    rng = random.Random(seed)
    facts: list[FactView] = []
    article = 0
    while len(facts) < n:
        article += 1
        stated = []
        for ordinal in range(2 if rng.random() < 0.15 else 1):
            year = rng.choice([2015, 2016, 2017, None])
            fine = rng.choice([None, None, 50_000, 40_000, 150_000, 0])
            fine_year = (year or 2016) + 1 if fine is not None and rng.random() < 0.7 else None
            if fine_year and rng.random() < 0.2:
                year = fine_year  # an outlet dating the breach by its fine
            stated.append(
                dict(
                    key=f"{article:06d}:{ordinal:04d}",
                    breach_year=year,
                    breach_type=rng.choice(["a", "b", "c", None]),
                    regulator_id=rng.choice([None, 1, 1, 2]),
                    fine_amount=fine,
                    fine_paid=40_000 if fine == 50_000 and rng.random() < 0.3 else None,
                    fine_year=fine_year,
                    terms=frozenset(rng.sample(TERMS, rng.choice([0, 0, 1, 2]))),
                    words=frozenset(
                        [] if rng.random() < 0.15 else rng.sample(WORDS, rng.randint(1, 6))
                    ),
                )
            )
        for copy in range(2 if rng.random() < 0.08 else 1):  # exact copies share fact keys
            for fields in stated:
                facts.append(
                    FactView(
                        tiebreak=f"https://outlet{copy}.example/{article}",
                        row_id=len(facts),
                        article_id=article * 10 + copy,
                        group=str(article),
                        force_id=1,
                        action=None,
                        fine_currency=None,
                        primary=True,
                        summary="",
                        reported=None,
                        **fields,  # type: ignore[arg-type]
                    )
                )
    rng.shuffle(facts)
    return facts[:n]


def clusters(facts: list[FactView], exhaustive: bool, stats: Stats | None = None) -> list[list]:
    saved = resolve.EXHAUSTIVE_UP_TO
    resolve.EXHAUSTIVE_UP_TO = len(facts) if exhaustive else 0
    try:
        return [[(f.key, f.tiebreak) for f in c] for c in resolve.cluster(facts, stats)]
    finally:
        resolve.EXHAUSTIVE_UP_TO = saved


@pytest.mark.parametrize("seed", range(30))
def test_blocked_clusters_are_those_of_all_pairs(seed: int) -> None:
    facts = generated_force(seed, 150)
    used = Counter(token for f in facts for token in [*f.words, *f.terms])
    assert max(used.values()) <= RARE_TOKEN  # no token is common: the promise holds
    stats = Stats()
    blocked = clusters(facts, exhaustive=False, stats=stats)
    assert blocked == clusters(facts, exhaustive=True)
    assert stats.bare_links > 0 and stats.conflicts > 0  # the hard parts were exercised
    assert 1 < len(blocked) < len(facts) // 2


def test_a_clique_linked_by_fields_is_never_compared_pair_by_pair() -> None:
    base = generated_force(0, 1)[0]
    facts = [
        FactView(
            **{
                **base.__dict__,
                "key": f"{i:06d}:0000",
                "tiebreak": f"https://outlet.example/{i}",
                "row_id": i,
                "article_id": i,
                "group": str(i),
                "breach_year": 2016,
                "breach_type": "a",
                "fine_amount": [None, 50_000, 150_000][i % 3],
                "fine_year": None,
                "regulator_id": None,
                "terms": frozenset(),
                "words": frozenset({f"own{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}"}),
            }
        )
        for i in range(600)
    ]
    stats = Stats()
    found = clusters(facts, exhaustive=False, stats=stats)
    assert found == clusters(facts, exhaustive=True)
    # Two incidents, one per fine; the facts without a fine join the one they meet first.
    assert len(found) == 2
    assert stats.bare_links == 600 * 599 // 2 - 200 * 200
    assert stats.compared < 100  # of 179,700 pairs
