"""The floors the eval gate pins: per gold set, the lowest each figure may fall to.

A set the split divides is pinned on its checking half, the half no rule was written
against, so a floor is what the extractor does on reporting it was not fitted to. A set the
split does not divide (the seeds, which must stay exact; the synthetic audit set) is pinned
whole. Floors only rise: `raise_floors` takes the higher of the old floor and the current
figure, and keeps a floor whose figure has gone missing.

`baseline.json` holds {set: {scope: {figure: floor}}}, scope being "checking" or "all".
"""

from __future__ import annotations

from collections.abc import Mapping

from scoring.split import ALL, split_sets

PINNED_HALF = "checking"
# Figures are rounded to 4 places (EvalReport.figures()); compare with that slack.
TOLERANCE = 1e-4

Floors = dict[str, float]
Baseline = dict[str, dict[str, Floors]]


def pinned_scope(gold_set: str, split: Mapping[str, str]) -> str:
    """Which part of a gold set the gate pins: its checking half if the split divides it,
    else the whole set."""
    return PINNED_HALF if gold_set in split_sets(split) else ALL


def below_floors(figures: Mapping[str, float], floors: Mapping[str, float]) -> list[str]:
    """Every floor the current figures fall below, as readable lines (a missing figure is 0)."""
    return [
        f"{name}: {figures.get(name, 0.0):.4f} < floor {floor:.4f}"
        for name, floor in sorted(floors.items())
        if figures.get(name, 0.0) < floor - TOLERANCE
    ]


def raise_floors(floors: Mapping[str, float], figures: Mapping[str, float]) -> Floors:
    """Floors raised to the current figures where those are higher; never lowered."""
    raised = dict(floors)
    for name, value in figures.items():
        raised[name] = max(value, floors.get(name, 0.0))
    return dict(sorted(raised.items()))


def raise_baseline(baseline: Baseline, current: Mapping[str, tuple[str, Floors]]) -> Baseline:
    """`baseline` with each set's pinned scope raised to `current[set]` = (scope, figures);
    sets and scopes not in `current` are kept as they are."""
    out: Baseline = {name: dict(scopes) for name, scopes in baseline.items()}
    for name, (scope, figures) in current.items():
        scopes = out.setdefault(name, {})
        scopes[scope] = raise_floors(scopes.get(scope, {}), figures)
    return {name: dict(sorted(out[name].items())) for name in sorted(out)}
