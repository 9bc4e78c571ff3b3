"""The seed articles must match their gold annotation exactly, field by field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.models import Document
from extract.nlp import extract

ROOT = Path(__file__).resolve().parent.parent
GOLD = [
    json.loads(line)
    for line in (ROOT / "tests" / "data" / "eval" / "seeds.gold.jsonl").read_text().splitlines()
    if line.strip()
]


def _key(row: tuple) -> tuple:
    return tuple("" if v is None else str(v) for v in row)


_FIELDS = ("force", "breach_year", "breach_type", "fine_amount", "fine_paid", "regulator")
_GOLD_FIELDS = ("force", "breach_year", "breach_type", "fine_gbp", "fine_paid_gbp", "regulator")


def _facts(ex) -> list[tuple]:
    rows = [(*(getattr(i, f) for f in _FIELDS), i.action, i.fine_year) for i in ex.incidents]
    return sorted(rows, key=_key)


def _gold_facts(gold) -> list[tuple]:
    rows = [
        (
            *(i[f] for f in _GOLD_FIELDS),
            None if i["action"] == "none" else i["action"],
            i.get("fine_year"),
        )
        for i in gold["incidents"]
    ]
    return sorted(rows, key=_key)


def _counts(rows):
    summed: dict[tuple, int] = {}
    for force, period, btype, count in rows:
        summed[(force, period, btype or "")] = summed.get((force, period, btype or ""), 0) + count
    return summed


@pytest.mark.parametrize("gold", GOLD, ids=[g["id"] for g in GOLD])
def test_seed_matches_gold_exactly(nlp, gold):
    ex = extract(Document(text=(ROOT / gold["path"]).read_text(encoding="utf-8")), nlp)
    assert ex.relevant == gold["relevant"]
    assert _facts(ex) == _gold_facts(gold)
    expected = _counts(
        (c["force"], c["period"], c["breach_type"], c["count"])
        for c in gold.get("breach_counts", [])
    )
    got = _counts((c.force, c.period, c.breach_type, c.count) for c in ex.breach_counts)
    assert got == expected


def test_dvd_article_has_the_dvd_breach_and_the_earlier_usb_stick(nlp):
    text = (ROOT / "seeds" / "001_c67470650ce9f139.txt").read_text(encoding="utf-8")
    ex = extract(Document(text=text), nlp)
    primary = [i for i in ex.incidents if i.mention == "primary"]
    passing = [i for i in ex.incidents if i.mention == "passing"]
    assert len(primary) == 1 and len(passing) == 1
    assert "dvd" in primary[0].key_terms
    assert "usb stick" in passing[0].key_terms
    assert passing[0].fine_year == 2012 and passing[0].breach_year is None
    assert "previously fined" in passing[0].summary


def test_west_midlands_tally_has_no_individual_incident(nlp):
    text = (ROOT / "seeds" / "004_914e1ffc497634ff.txt").read_text(encoding="utf-8")
    ex = extract(Document(text=text), nlp)
    assert ex.incidents == []
    assert ex.breach_counts
    assert all(
        c.evidence and text[c.evidence.start : c.evidence.end] == c.evidence.sentence
        for c in ex.breach_counts
    )
    assert "Big Brother Watch" not in ex.regulators
