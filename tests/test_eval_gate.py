"""Eval gate: extraction quality must not fall below the floors pinned per gold set, and the
seed articles must be extracted exactly as their gold says (issue 2).

A gold set that tests/data/eval/split.json divides (dev to dev12, audit2 to audit42) is
pinned on its *checking* half, the half no rule is written against, so a floor is what the
extractor does on reporting it was not fitted to, not what fitting bought on the tuning
half. The seeds (which must stay exact) and the synthetic audit set are pinned whole
(`scoring.floors`). Floors only rise; a deliberate trade-off that lowers one is a reviewed
edit of baseline.json.

    .venv/bin/python tests/test_eval_gate.py           # tuning/checking/all figures per set,
                                                       # beside the floors
    .venv/bin/python tests/test_eval_gate.py --update  # raise the floors to the current
                                                       # pinned figures (never lowers one)
    .venv/bin/python tests/test_eval_gate.py --reset dev dev2  # set those sets' floors to
                                              # their current figures, lowering what fell
                                              # (a reviewed edit: it prints every floor lowered)

and commit tests/data/eval/baseline.json with the change that earned it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

from extract.gold_run import extract_gold, score_extracted
from scoring.floors import (
    PINNED_HALF,
    TOLERANCE,
    Baseline,
    Floors,
    below_floors,
    pinned_scope,
    raise_baseline,
)
from scoring.gold import load_gold
from scoring.metrics import EvalReport, cleaning_misses
from scoring.normalise import (
    FIELDS,
    count_rows,
    facts_from_gold,
    facts_from_record,
    field_values,
    incident_tuples,
)
from scoring.split import ALL, HALVES, load_split, partition, split_sets

EVAL_DIR = Path(__file__).resolve().parent / "data" / "eval"
BASELINE = EVAL_DIR / "baseline.json"
SPLIT = EVAL_DIR / "split.json"
GOLD = {
    name: EVAL_DIR / f"{name}.gold.jsonl"
    for name in (
        "seeds",
        "dev",
        "dev2",
        "dev3",
        "dev4",
        "dev5",
        "dev6",
        "dev7",
        "dev8",
        "dev9",
        "dev10",
        "dev11",
        "dev12",
        "audit",
        *(f"audit{n}" for n in range(2, 43)),
    )
}
PROJECT_ROOT = Path(__file__).resolve().parent.parent
SCOPES = (*HALVES, ALL)


def set_reports(
    name: str, split: Mapping[str, str], scopes: Iterable[str]
) -> dict[str, EvalReport]:
    """One gold set extracted once, scored on each of `scopes` that has documents, with the
    incident clustering of that scope's documents in a scratch KB of their own."""
    from kb.cluster_eval import cluster_score

    parts = partition(GOLD[name], extract_gold(GOLD[name]), split, article=lambda r: r.gold)
    reports = {}
    for scope in scopes:
        if scope not in parts:
            continue
        report = score_extracted(parts[scope])
        report.clustering = cluster_score(parts[scope])
        reports[scope] = report
    return reports


def update_baseline(path: Path, current: Mapping[str, tuple[str, Floors]]) -> Baseline:
    """Raise the floors in `path` to `current` (set -> (scope, figures)) and write it back."""
    old = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    new = raise_baseline(old, current)
    path.write_text(json.dumps(new, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return new


@pytest.fixture(scope="module")
def baseline() -> Baseline:
    return json.loads(BASELINE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def split() -> dict[str, str]:
    return load_split(SPLIT)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(GOLD))
def test_no_figure_falls_below_its_floor(name: str, baseline: Baseline, split) -> None:
    scope = pinned_scope(name, split)
    floors = baseline.get(name, {}).get(scope)
    assert floors, f"baseline.json pins no {scope} floors for {name}"
    report = set_reports(name, split, [scope])[scope]
    documents = partition(GOLD[name], load_gold(GOLD[name]), split, article=lambda a: a)[scope]
    assert report.documents == len(documents) > 0
    failures = below_floors(report.figures(measured=True), floors)
    assert not failures, f"{name} ({scope}) extraction quality fell:\n" + "\n".join(failures)


# ------------------------------------------------------------ the gate's own logic


def test_a_figure_below_its_floor_fails_and_a_missing_one_counts_as_zero() -> None:
    floors = {"force.f1": 0.8, "fine.f1": 0.5, "clustering.f1": 0.7}
    figures = {"force.f1": 0.79, "fine.f1": 0.5, "breach_year.f1": 0.1}
    assert below_floors(figures, floors) == [
        "clustering.f1: 0.0000 < floor 0.7000",
        "force.f1: 0.7900 < floor 0.8000",
    ]
    assert below_floors({"force.f1": 0.79995}, {"force.f1": 0.8}) == []  # rounding slack


def test_update_raises_floors_and_never_lowers_one(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    path.write_text(
        json.dumps(
            {
                "dev": {"checking": {"force.f1": 0.6, "breach_year.f1": 0.5, "gone.f1": 0.3}},
                "seeds": {"all": {"force.f1": 1.0}},
            }
        )
    )
    current = {
        "dev": ("checking", {"force.f1": 0.7, "breach_year.f1": 0.4, "fine.f1": 0.2}),
        "dev2": ("checking", {"force.f1": 0.45}),
    }
    written = update_baseline(path, current)
    assert json.loads(path.read_text()) == written
    assert written == {
        "dev": {
            "checking": {"breach_year.f1": 0.5, "fine.f1": 0.2, "force.f1": 0.7, "gone.f1": 0.3}
        },
        "dev2": {"checking": {"force.f1": 0.45}},
        "seeds": {"all": {"force.f1": 1.0}},  # not measured this time: kept as it was
    }
    # A worse run changes nothing.
    worse = {"dev": ("checking", {"force.f1": 0.1, "breach_year.f1": 0.1, "fine.f1": 0.0})}
    assert update_baseline(path, worse) == written


def test_split_sets_are_pinned_on_their_checking_half_and_the_rest_whole(split) -> None:
    assert split_sets(split) == {
        "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10",
        "dev11", "dev12", "audit2", "audit3", "audit4", "audit5", "audit6", "audit7",
        "audit8", "audit9", "audit10", "audit11", "audit12", "audit13", "audit14", "audit15",
        "audit16", "audit17", "audit18", "audit19", "audit20", "audit21", "audit22",
        "audit23", "audit24", "audit25", "audit26", "audit27", "audit28",
        "audit29", "audit30", "audit31", "audit32", "audit33", "audit34",
        "audit35", "audit36", "audit37", "audit38", "audit39", "audit40",
        "audit41",
        "audit42",
    }  # fmt: skip
    scopes = {name: pinned_scope(name, split) for name in GOLD}
    assert scopes == {
        "dev": PINNED_HALF,
        "dev2": PINNED_HALF,
        "dev3": PINNED_HALF,
        "dev4": PINNED_HALF,
        "dev5": PINNED_HALF,
        "dev6": PINNED_HALF,
        "dev7": PINNED_HALF,
        "dev8": PINNED_HALF,
        "dev9": PINNED_HALF,
        "dev10": PINNED_HALF,
        "dev11": PINNED_HALF,
        "dev12": PINNED_HALF,
        "audit2": PINNED_HALF,
        "audit3": PINNED_HALF,
        "audit4": PINNED_HALF,
        "audit5": PINNED_HALF,
        "audit6": PINNED_HALF,
        "audit7": PINNED_HALF,
        "audit8": PINNED_HALF,
        "audit9": PINNED_HALF,
        "audit10": PINNED_HALF,
        "audit11": PINNED_HALF,
        "audit12": PINNED_HALF,
        "audit13": PINNED_HALF,
        "audit14": PINNED_HALF,
        "audit15": PINNED_HALF,
        "audit16": PINNED_HALF,
        "audit17": PINNED_HALF,
        "audit18": PINNED_HALF,
        "audit19": PINNED_HALF,
        "audit20": PINNED_HALF,
        "audit21": PINNED_HALF,
        "audit22": PINNED_HALF,
        "audit23": PINNED_HALF,
        "audit24": PINNED_HALF,
        "audit25": PINNED_HALF,
        "audit26": PINNED_HALF,
        "audit27": PINNED_HALF,
        "audit28": PINNED_HALF,
        "audit29": PINNED_HALF,
        "audit30": PINNED_HALF,
        "audit31": PINNED_HALF,
        "audit32": PINNED_HALF,
        "audit33": PINNED_HALF,
        "audit34": PINNED_HALF,
        "audit35": PINNED_HALF,
        "audit36": PINNED_HALF,
        "audit37": PINNED_HALF,
        "audit38": PINNED_HALF,
        "audit39": PINNED_HALF,
        "audit40": PINNED_HALF,
        "audit41": PINNED_HALF,
        "audit42": PINNED_HALF,
        "seeds": ALL,
        "audit": ALL,
    }
    for name in sorted(split_sets(split)):  # the sets asserted just above
        articles = load_gold(GOLD[name])
        parts = partition(GOLD[name], articles, split, article=lambda a: a)
        tuning, checking = ({a.id for a in parts[h]} for h in HALVES)
        assert tuning and checking and not tuning & checking
        assert tuning | checking == {a.id for a in articles}, f"{name}: an article in no half"
        groups = [{a.incident_group for a in parts[h] if a.incident_group} for h in HALVES]
        assert not groups[0] & groups[1], f"{name}: an incident group in both halves"


def test_baseline_pins_each_set_on_its_pinned_scope_only(baseline: Baseline, split) -> None:
    assert set(baseline) == set(GOLD)
    for name, scopes in baseline.items():
        assert set(scopes) == {pinned_scope(name, split)}, name
        assert all(0.0 <= v <= 1.0 for v in scopes[pinned_scope(name, split)].values())


# ------------------------------------------------------------ seeds acceptance (issue 2)

SEEDS = load_gold(GOLD["seeds"])


@pytest.fixture(scope="module")
def extracted_seeds() -> dict[str, dict]:
    """`breachkb extract seeds/*.txt --format json` through the real CLI group."""
    from click.testing import CliRunner

    from kb.cli import cli

    paths = [str(PROJECT_ROOT / seed.path) for seed in SEEDS]
    result = CliRunner().invoke(cli, ["extract", *paths, "--format", "json"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    by_name = {Path(record["path"]).name: record for record in records}
    assert set(by_name) == {Path(seed.path).name for seed in SEEDS}
    return by_name


@pytest.mark.parametrize("seed", SEEDS, ids=[seed.id for seed in SEEDS])
def test_seed_extraction_matches_gold_on_every_field(seed, extracted_seeds) -> None:
    record = extracted_seeds[Path(seed.path).name]
    gold, predicted = facts_from_gold(seed), facts_from_record(record)
    wrong = []
    if gold.relevant != predicted.relevant:
        wrong.append(f"relevant: gold {gold.relevant}, got {predicted.relevant}")
    checks = {name: lambda facts, n=name: field_values(facts, n) for name in FIELDS}
    checks["incidents"] = incident_tuples
    checks["breach_counts"] = count_rows
    for name, values in checks.items():
        want, got = values(gold), values(predicted)
        if set(want) != set(got):
            shown = [sorted(map(str, v.values())) for v in (want, got)]
            wrong.append(f"{name}: gold {shown[0]}, got {shown[1]}")
    assert not wrong, f"{seed.id} differs from gold:\n" + "\n".join(wrong)


@pytest.mark.parametrize("seed", SEEDS, ids=[seed.id for seed in SEEDS])
def test_seed_cleaning_drops_boilerplate_and_keeps_the_story(seed, extracted_seeds) -> None:
    left, missing = cleaning_misses(seed, extracted_seeds[Path(seed.path).name]["text"])
    assert not left, f"{seed.id}: boilerplate kept: {left}"
    assert not missing, f"{seed.id}: story lines lost: {missing}"


# ------------------------------------------------------------ floor maintenance


def _cell(figures: Mapping[str, float] | None, key: str) -> str:
    return f"{figures[key]:.4f}" if figures and key in figures else "     -"


def main(argv: list[str]) -> int:
    """Print each set's tuning/checking/all figures beside its floors; `--update` raises the
    floors to the pinned scope's current figures (never lowers one)."""
    split = load_split(SPLIT)
    old: Baseline = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
    current: dict[str, tuple[str, Floors]] = {}
    falls = 0
    for name in GOLD:
        scope = pinned_scope(name, split)
        reports = set_reports(name, split, SCOPES)
        figures = {s: r.figures(measured=True) for s, r in reports.items()}
        floors = old.get(name, {}).get(scope, {})
        sizes = ", ".join(f"{s} {r.documents}" for s, r in reports.items())
        print(f"\n{name}: floors on {scope} (documents: {sizes})")
        print(f"  {'figure':28} {'tuning':>7} {'checking':>8} {'all':>7} {'floor':>7}")
        for key in sorted(set(floors).union(*figures.values())):
            value = figures[scope].get(key, 0.0)
            floor = floors.get(key)
            if floor is not None and value < floor - TOLERANCE:
                mark, falls = "  BELOW THE FLOOR", falls + 1
            elif key in figures[scope] and (floor is None or value > floor + TOLERANCE):
                mark = "  floor rises"
            else:
                mark = ""
            print(
                f"  {key:28} {_cell(figures.get('tuning'), key):>7}"
                f" {_cell(figures.get('checking'), key):>8} {_cell(figures.get(ALL), key):>7}"
                f" {_cell(floors, key):>7}{mark}"
            )
        current[name] = (scope, figures[scope])
    print("\n-: nothing to measure (no gold value and none claimed), so never pinned")
    if "--update" in argv:
        update_baseline(BASELINE, current)
        print(f"\nwrote {BASELINE} (floors raised, none lowered)")
    if "--reset" in argv:
        names = [a for a in argv[argv.index("--reset") + 1 :] if not a.startswith("--")]
        reset = json.loads(BASELINE.read_text(encoding="utf-8"))
        for name in names:
            scope, figures = current[name]
            for key, floor in sorted(old.get(name, {}).get(scope, {}).items()):
                if figures.get(key, 0.0) < floor - TOLERANCE:
                    print(
                        f"lowered {name} {scope} {key}: {floor:.4f} -> {figures.get(key, 0.0):.4f}"
                    )
            reset[name] = {scope: dict(figures)}
        BASELINE.write_text(json.dumps(reset, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"\nwrote {BASELINE} (floors of {', '.join(names)} set to their current figures)")
    if falls:
        print(f"\n{falls} figure(s) below their floor: the gate fails")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
