"""The blind probes (tests/data/probes/): texts written without reading the eval pages.

They say whether ordinary wordings still come through: incident stories (relevance, force,
type, year; round 60: stories of many dates and of every breach type), regulators' actions
and fines, statistics pages (tally rows), and whole articles as a reader meets them (every
incident tuple, no spurious one, tally rows, and each labelled incident's regulator and
action; round 61: whole articles telling regulators' actions). The floors are counts of
probes right per field, raised as rules earn them (see the folder's README).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from extract.models import Document, Extraction, IncidentFact
from extract.nlp import extract

PROBES = Path(__file__).parent / "data" / "probes"
Probe = dict[str, Any]


def _probes(name: str) -> list[Probe]:
    with open(PROBES / f"{name}.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _read(text: str, published: str | None = None) -> Extraction:
    day = date.fromisoformat(published) if published else None
    return extract(Document(text=text, url="https://news.example.com/probe", published=day))


def _incident_of(ex: Extraction, force: str | None) -> IncidentFact | None:
    return next((i for i in ex.incidents if i.force == force), None)


def story_right(probe: Probe, ex: Extraction) -> dict[str, bool]:
    """The labelled force, type or year among the page's incidents (a null label: none gives
    one)."""
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
            # no value beside the labelled one ("sole_year": the discovery's year not given too)
            got[f"sole_{field}"] = not values - {None, label}
    return got


def action_right(probe: Probe, ex: Extraction) -> dict[str, bool]:
    """Per force labelled (the probe's own and its `others`), that force's incident gives the
    labelled regulator, action and fine (a story of two forces counts twice)."""
    got: dict[str, bool] = {"relevant": ex.relevant == probe["relevant"]}
    if not probe["relevant"]:
        return got
    for n, label in enumerate([probe, *probe.get("others", [])]):
        inc = _incident_of(ex, label["force"])
        got[f"force.{n}"] = inc is not None or label["force"] is None
        got[f"regulator.{n}"] = (inc.regulator if inc else None) == label["regulator"]
        got[f"action.{n}"] = (inc.action if inc else None) == label["action"]
        got[f"fine.{n}"] = (inc.fine_amount if inc else None) == label["fine"]
    return got


def article_right(probe: Probe, ex: Extraction) -> dict[str, bool]:
    """A whole article: each labelled incident's (force, type, year, fine) tuple among the
    page's incidents, no incident tuple the labels lack ("clean"), and the tally rows; and per
    labelled incident, an incident of its force giving the labelled regulator and action (a
    force with no incident gives none)."""
    got = tally_right(probe, ex)
    found = {(i.force, i.breach_type, i.breach_year, i.fine_amount) for i in ex.incidents}
    labels = {(i["force"], i["type"], i["year"], i["fine"]) for i in probe["incidents"]}
    for n, label in enumerate(sorted(labels, key=repr)):
        got[f"incident.{n}"] = label in found
    got["clean"] = found <= labels
    for n, told in enumerate(probe["incidents"]):
        given = [i for i in ex.incidents if i.force == told["force"]] or [IncidentFact()]
        got[f"regulator.{n}"] = any(i.regulator == told["regulator"] for i in given)
        got[f"action.{n}"] = any(i.action == told["action"] for i in given)
    return got


def tally_right(probe: Probe, ex: Extraction) -> dict[str, bool]:
    """The page's tally rows are exactly the labelled ones (force, period, type, count)."""
    rows = {(c.force, c.period, c.breach_type, c.count) for c in ex.breach_counts}
    return {
        "relevant": ex.relevant == probe["relevant"],
        "rows": rows == {tuple(r) for r in probe["rows"]},
    }


SETS: dict[str, Callable[[Probe, Extraction], dict[str, bool]]] = {
    "round59_stories": story_right,
    "round59_actions": action_right,
    "round59_tallies": tally_right,
    "round60_articles": article_right,
    "round60_dates": story_right,
    "round60_types": story_right,
    "round60_stats": tally_right,
    "round61_act": action_right,
    "round61_rel": story_right,
    "round61_type": story_right,
    "round61_year": story_right,
    "round61_force": article_right,
    "round61_longact": article_right,
}


@pytest.fixture(scope="module")
def tally() -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    for name, right in SETS.items():
        per = counts.setdefault(name, {})
        for probe in _probes(name):
            ex = _read(probe["text"], probe.get("published"))
            for field, ok in right(probe, ex).items():
                key = field.split(".")[0]
                per[key] = per.get(key, 0) + ok
    return counts


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_probes_are_well_formed(name: str) -> None:
    probes = _probes(name)
    assert len({p["id"] for p in probes}) == len(probes)
    assert any(not p["relevant"] for p in probes) and any(p["relevant"] for p in probes)
    for p in probes:
        assert "\n\n" in p["text"], p["id"]  # a headline, then the story


FLOORS: dict[str, dict[str, int]] = json.loads((PROBES / "floors.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("name", "field"), [(name, field) for name in sorted(FLOORS) for field in sorted(FLOORS[name])]
)
def test_no_field_falls_below_its_floor(
    tally: dict[str, dict[str, int]], name: str, field: str
) -> None:
    floor = FLOORS[name][field]
    assert tally[name][field] >= floor, (name, field, tally[name][field], floor)


def test_scoring_tells_a_wrong_reading_from_a_right_one() -> None:
    wrong_ex = _read("Weather\n\nRain is expected on Friday.")
    probe = {"relevant": True, "force": "Kent Police", "type": "unauthorised_access", "year": 2019}
    ex = _read(
        "Officer sacked\n\nA Kent Police constable looked up his neighbours on police "
        "computers without a policing purpose in 2019 and was dismissed."
    )
    assert all(story_right(probe, ex).values()), story_right(probe, ex)
    # nothing found: every labelled value missed (and so no value beside one)
    assert not any(ok for k, ok in story_right(probe, wrong_ex).items() if "sole_" not in k)
    fined = {"relevant": True, "force": "Kent Police", "regulator": "Information "
             "Commissioner's Office", "action": "monetary_penalty", "fine": 80000}  # fmt: skip
    ex = _read(
        "Force fined\n\nThe Information Commissioner's Office has fined Kent Police "
        "£80,000 after a laptop holding victims' statements was stolen in 2019."
    )
    assert all(action_right(fined, ex).values()), action_right(fined, ex)
    assert not any(action_right(fined, wrong_ex).values())
    stolen = {**fined, "type": "loss_or_theft_of_device", "year": 2019}
    article = {"relevant": True, "rows": [], "incidents": [stolen]}
    assert all(article_right(article, ex).values()), article_right(article, ex)
    missed = {k for k, ok in article_right(article, wrong_ex).items() if not ok}
    assert missed == {"relevant", "incident.0", "regulator.0", "action.0"}
    # a second reading beside the labelled one: the year and tuple are found, but not alone
    told = IncidentFact(
        force="Kent Police", breach_type="loss_or_theft_of_device", breach_year=2021
    )
    ex.incidents.append(told)
    assert not article_right(article, ex)["clean"] and article_right(article, ex)["incident.0"]
    story = {**probe, "type": "loss_or_theft_of_device"}
    assert story_right(story, ex)["year"] and not story_right(story, ex)["sole_year"]
    rows = {"relevant": True, "rows": [["Kent Police", "2021", None, 97]]}
    ex = _read(
        "Kent breaches\n\nKent Police recorded 97 data breaches in 2021, figures released "
        "under FOI show."
    )
    assert all(tally_right(rows, ex).values()), tally_right(rows, ex)
    assert not any(tally_right(rows, wrong_ex).values())
