"""The aliases of forces and regulators, read from the gazetteers without importing spaCy.

The spaCy components match them (extract/components/gazetteer.py); the raw-page scan, the
relevance gate and the crawler's link pre-filter only need the words, and a process that only
reads and scans pages (a WARC load whose extraction runs in worker processes) should not pay a
second of spaCy import for them.
"""

from __future__ import annotations

from dataclasses import dataclass

from extract.datafiles import load_jsonl, load_toml

STRONG, CONTEXT = "strong", "context"


@dataclass(frozen=True)
class Alias:
    text: str
    canonical: str
    kind: str  # STRONG | CONTEXT


def force_aliases(data_dir: str | None = None) -> list[Alias]:
    """Every alias of every force, including '<place> Police', 'police in <place>' and 'Chief
    Constable of X'."""
    out: list[Alias] = []
    for row in load_jsonl("forces.jsonl", data_dir):
        name = row["name"]
        for text in [name, *row.get("aliases", [])]:
            out.append(Alias(text, name, STRONG))
        for text in row.get("context_aliases", []):
            out.append(Alias(text, name, CONTEXT))
            out.append(Alias(f"Chief Constable of {text}", name, STRONG))
    for name, places in load_toml("places.toml", data_dir).items():
        for place in places:
            for suffix in ("Police", "Police Force", "Constabulary"):
                out.append(Alias(f"{place} {suffix}", name, STRONG))
            # "police in Glasgow", "the police in Cardiff": the town's force
            out.append(Alias(f"police in {place}", name, STRONG))
    return out


def regulator_aliases(data_dir: str | None = None) -> list[Alias]:
    out: list[Alias] = []
    for row in load_jsonl("regulators.jsonl", data_dir):
        name = row["name"]
        for text in [name, *row.get("aliases", [])]:
            out.append(Alias(text, name, STRONG))
        for text in row.get("context_aliases", []):
            out.append(Alias(text, name, CONTEXT))
    return out
