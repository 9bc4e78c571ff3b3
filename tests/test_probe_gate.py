"""The blind probes (tests/data/probes/): stories written without reading the eval pages.

They say whether ordinary wordings of a police data breach still come through; the floors
are counts of probes right per field, raised as rules earn them (see the folder's README).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.models import Document, Extraction
from extract.nlp import extract

PROBES = Path(__file__).parent / "data" / "probes"


def _probes() -> list[dict]:  # type: ignore[type-arg]
    with open(PROBES / "round59.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def right(probe: dict, ex: Extraction) -> dict[str, bool]:  # type: ignore[type-arg]
    """Per field, whether `ex` gives what the probe is labelled with."""
    got = {"relevant": ex.relevant == probe["relevant"]}
    if probe["relevant"]:
        found = {
            "force": {i.force for i in ex.incidents},
            "type": {i.breach_type for i in ex.incidents},
            "year": {i.breach_year for i in ex.incidents},
        }
        for field, values in found.items():
            label = probe[field]
            got[field] = label in values if label is not None else not values - {None}
    return got


@pytest.fixture(scope="module")
def tally() -> dict[str, int]:
    counts = {"relevant": 0, "force": 0, "type": 0, "year": 0}
    for probe in _probes():
        ex = extract(Document(text=probe["text"], url="https://news.example.com/probe"))
        for field, ok in right(probe, ex).items():
            counts[field] += ok
    return counts


def test_the_probes_are_well_formed() -> None:
    probes = _probes()
    assert len({p["id"] for p in probes}) == len(probes)
    assert any(not p["relevant"] for p in probes) and any(p["relevant"] for p in probes)
    for p in probes:
        assert "\n\n" in p["text"], p["id"]  # a headline, then the story


@pytest.mark.parametrize("field", ["relevant", "force", "type", "year"])
def test_no_field_falls_below_its_floor(tally: dict[str, int], field: str) -> None:
    floors = json.loads((PROBES / "floors.json").read_text(encoding="utf-8"))
    assert tally[field] >= floors[field], (field, tally[field], floors[field])


def test_scoring_tells_a_wrong_reading_from_a_right_one() -> None:
    probe = {"relevant": True, "force": "Kent Police", "type": "unauthorised_access", "year": 2019}
    right_ex = extract(
        Document(
            text="Officer sacked\n\nA Kent Police constable looked up his neighbours on police "
            "computers without a policing purpose in 2019 and was dismissed.",
            url="https://news.example.com/probe",
        )
    )
    wrong_ex = extract(
        Document(text="Weather\n\nRain is expected on Friday.", url="https://news.example.com/x")
    )
    assert all(right(probe, right_ex).values()), right(probe, right_ex)
    assert not any(right(probe, wrong_ex).values())
