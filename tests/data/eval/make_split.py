"""Split dev, dev2 and dev3 into a tuning and a checking half by incident group, and dev4
to dev12 the same way, each on its own; the audit sets (audit2 to audit42) by alternating
incident groups in article order.

Run `python tests/data/eval/make_split.py > tests/data/eval/split.json`; the output is
deterministic. README.md in this folder says how the halves are used.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

EVAL = Path(__file__).resolve().parent
SETS = ("dev", "dev2", "dev3")
# Real pages reworded in rounds 38 (dev4), 39 (dev5), 40 (dev6), 41 (dev7), 42 (dev8),
# 43 (dev9, dev10), 44 (dev11) and 45 (dev12), each split on its own so that the halves
# fixed before them stay where they were.
LATER_SETS = (
    ("dev4",),
    ("dev5",),
    ("dev6",),
    ("dev7",),
    ("dev8",),
    ("dev9",),
    ("dev10",),
    ("dev11",),
    ("dev12",),
)


def _hash(group: str) -> str:
    return hashlib.sha256(group.encode()).hexdigest()


def _greedy(sets: tuple[str, ...], out: dict[str, list[str]]) -> None:
    """Stratified split of real sets by incident group, appended to `out`."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for name in sets:
        for line in (EVAL / f"{name}.gold.jsonl").read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            group = r.get("incident_group") or f"{name}/{r['id']}"  # no group: its own group
            groups[group].append(
                {
                    "ref": f"{name}/{r['id']}",
                    "rows": len(r.get("breach_counts") or []),
                    "incidents": len(r.get("incidents") or []),
                }
            )

    def size(group: str) -> tuple[int, int, int]:
        docs = groups[group]
        return sum(d["rows"] for d in docs), sum(d["incidents"] for d in docs), len(docs)

    # Greedy and stratified: largest groups first; each goes to the half that is behind on
    # its kind (tally rows, else incidents, else documents), a hash choosing on a tie.
    load = {"tuning": [0, 0, 0], "checking": [0, 0, 0]}
    for group in sorted(groups, key=lambda g: (tuple(-x for x in size(g)), _hash(g))):
        sizes = size(group)
        kind = 0 if sizes[0] else (1 if sizes[1] else 2)
        first = "tuning" if int(_hash(group), 16) % 2 else "checking"
        other = "checking" if first == "tuning" else "tuning"
        half = first if load[first][kind] <= load[other][kind] else other
        for i, n in enumerate(sizes):
            load[half][i] += n
        out[half].extend(d["ref"] for d in groups[group])


def split() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"tuning": [], "checking": []}
    for sets in (SETS, *LATER_SETS):
        _greedy(sets, out)
    # audit2 to audit42, written for this project after the dev sets were split, blind to the
    # rules: incident groups in article order alternate between the halves (their categories
    # come in runs, so alternation balances them; an article without a group is its own).
    for name in (
        "audit2",
        "audit3",
        "audit4",
        "audit5",
        "audit6",
        "audit7",
        "audit8",
        "audit9",
        "audit10",
        "audit11",
        "audit12",
        "audit13",
        "audit14",
        "audit15",
        "audit16",
        "audit17",
        "audit18",
        "audit19",
        "audit20",
        "audit21",
        "audit22",
        "audit23",
        "audit24",
        "audit25",
        "audit26",
        "audit27",
        "audit28",
        "audit29",
        "audit30",
        "audit31",
        "audit32",
        "audit33",
        "audit34",
        "audit35",
        "audit36",
        "audit37",
        "audit38",
        "audit39",
        "audit40",
        "audit41",
        "audit42",
    ):
        order: dict[str, list[str]] = {}
        for line in (EVAL / f"{name}.gold.jsonl").read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            order.setdefault(r.get("incident_group") or r["id"], []).append(f"{name}/{r['id']}")
        for i, refs in enumerate(order.values()):
            out["tuning" if i % 2 == 0 else "checking"].extend(refs)
    return {half: sorted(refs) for half, refs in out.items()}


if __name__ == "__main__":
    json.dump({"note": "made by tests/data/eval/make_split.py", **split()}, sys.stdout, indent=1)
    print()
