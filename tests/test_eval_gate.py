"""Eval gate: extraction quality on the seeds and the dev set must not fall below the pinned
baseline, and the seed articles must be extracted exactly as their gold says (issue 2).

How to raise the baseline when the extractor gets better (never lower it to make a test pass;
a deliberate trade-off that lowers a figure is a reviewed edit of baseline.json):

    .venv/bin/python tests/test_eval_gate.py           # show current figures vs the baseline
    .venv/bin/python tests/test_eval_gate.py --update  # raise baseline.json to the current
                                                       # figures (never lowers one)

and commit tests/data/eval/baseline.json with the change that earned it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from extract.gold_run import evaluate, extract_gold, score_extracted
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

EVAL_DIR = Path(__file__).resolve().parent / "data" / "eval"
BASELINE = EVAL_DIR / "baseline.json"
GOLD = {
    "seeds": EVAL_DIR / "seeds.gold.jsonl",
    "dev": EVAL_DIR / "dev.gold.jsonl",
    "audit": EVAL_DIR / "audit.gold.jsonl",
}
PROJECT_ROOT = Path(__file__).resolve().parent.parent
# Float figures are rounded to 4 places by EvalReport.figures(); compare with that slack.
TOLERANCE = 1e-4


def current_report(name: str, *, with_kb: bool = True) -> EvalReport:
    """The eval of one gold set, with incident clustering scored in a scratch KB."""
    if not with_kb:
        return evaluate(GOLD[name])
    from kb.cluster_eval import cluster_score

    results = list(extract_gold(GOLD[name]))
    report = score_extracted(results)
    report.clustering = cluster_score(results)
    return report


def regressions(figures: dict[str, float], baseline: dict[str, float]) -> list[str]:
    """Every pinned figure the current run falls below, as readable lines."""
    return [
        f"{name}: {figures.get(name, 0.0):.4f} < baseline {pinned:.4f}"
        for name, pinned in sorted(baseline.items())
        if figures.get(name, 0.0) < pinned - TOLERANCE
    ]


@pytest.fixture(scope="module")
def baseline() -> dict[str, dict[str, float]]:
    return json.loads(BASELINE.read_text(encoding="utf-8"))


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(GOLD))
def test_no_figure_falls_below_the_baseline(name: str, baseline) -> None:
    pinned = baseline[name]
    assert pinned, f"baseline.json pins nothing for {name}"
    report = current_report(name)
    assert report.documents == len(load_gold(GOLD[name]))
    failures = regressions(report.figures(), pinned)
    assert not failures, f"{name} extraction quality fell:\n" + "\n".join(failures)


def test_regressions_flags_only_figures_below_the_pin() -> None:
    pinned = {"force.f1": 0.8, "fine.f1": 0.5, "clustering.f1": 0.7}
    figures = {"force.f1": 0.79, "fine.f1": 0.5}
    assert regressions(figures, pinned) == [
        "clustering.f1: 0.0000 < baseline 0.7000",
        "force.f1: 0.7900 < baseline 0.8000",
    ]


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


# ------------------------------------------------------------ baseline maintenance


def main(argv: list[str]) -> int:
    """Print current figures against the baseline; `--update` raises the baseline to them."""
    pinned = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
    updated: dict[str, dict[str, float]] = {}
    for name in sorted(GOLD):
        figures = current_report(name).figures()
        old = pinned.get(name, {})
        updated[name] = {k: max(v, old.get(k, 0.0)) for k, v in sorted(figures.items())}
        for key, value in sorted(figures.items()):
            mark = "" if abs(value - old.get(key, 0.0)) < TOLERANCE else f" (was {old.get(key)})"
            print(f"{name:5} {key:24} {value:.4f}{mark}")
    if "--update" in argv:
        BASELINE.write_text(json.dumps(updated, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {BASELINE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
