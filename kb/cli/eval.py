"""`breachkb eval`: score the extractor against gold annotations (it reports; tests gate)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import click
from rich.console import Console
from rich.progress import track
from rich.table import Table
from rich.text import Text

from extract.gold_run import Extracted, extract_gold, score_extracted
from kb.cli.output import safe
from scoring.gold import load_gold
from scoring.metrics import EvalReport, Score
from scoring.split import HALVES, half_of, load_split


def extract_all(
    golds: tuple[Path, ...], root: Path | None, split: dict[str, str], *, progress: bool
) -> list[tuple[str | None, Extracted]]:
    """Every gold document of every file, extracted, with its half (None: not in the split)."""
    total = sum(len(load_gold(gold)) for gold in golds)

    def each() -> Iterator[tuple[str | None, Extracted]]:
        for gold in golds:
            for result in extract_gold(gold, root):
                yield half_of(gold, result.gold, split), result

    return list(
        track(
            each(),
            total=total,
            description="Extracting",
            console=Console(stderr=True),
            transient=True,
            disable=not progress,
        )
    )


def score(results: list[Extracted], *, kb: bool) -> EvalReport:
    """Score extracted documents; with `kb`, also incident clustering in a scratch KB."""
    report = score_extracted(results)
    if kb:
        from kb.cluster_eval import cluster_score  # needs the KB layer only for --kb

        report.clustering = cluster_score(results)
    return report


def _row(table: Table, name: str, score: Score) -> None:
    table.add_row(
        name,
        f"{score.precision:.3f}",
        f"{score.recall:.3f}",
        f"{score.f1:.3f}",
        str(score.tp),
        str(score.fp),
        str(score.fn),
    )


def render(report: EvalReport, console: Console, *, diff: bool) -> None:
    """Print the per-field table, the summary figures and, with `diff`, every disagreement."""
    table = Table(title=f"Extraction vs gold ({report.documents} documents)")
    for heading in ("field", "precision", "recall", "F1", "TP", "FP", "FN"):
        table.add_column(heading, justify="left" if heading == "field" else "right")
    for name, score in report.fields.items():
        _row(table, name, score)
    table.add_section()
    _row(table, "incident tuple", report.incident)
    _row(table, "breach counts", report.breach_counts)
    console.print(table)
    console.print(
        f"relevance accuracy: {report.relevance_accuracy:.3f} "
        f"({report.relevance_correct}/{report.documents})"
    )
    cleaning = report.cleaning
    if cleaning.boilerplate or cleaning.must_keep:
        console.print(
            f"cleaning: boilerplate removed {cleaning.boilerplate_removed:.3f} "
            f"({cleaning.boilerplate - cleaning.boilerplate_left}/{cleaning.boilerplate}), "
            f"story lines kept {cleaning.must_keep_kept:.3f} "
            f"({cleaning.must_keep - cleaning.must_keep_lost}/{cleaning.must_keep})"
        )
    if report.clustering is not None:
        c = report.clustering
        console.print(
            f"incident clustering (B-cubed): precision {c.precision:.3f}, recall {c.recall:.3f}, "
            f"F1 {c.f1:.3f} over {c.items} gold incidents ({c.matched} matched to KB facts)"
        )
    for error in report.errors:
        console.print(Text("rejected: ", style="red") + safe(error))
    if diff and report.disagreements:
        table = Table(title="Disagreements")
        for heading in ("document", "field", "gold", "predicted"):
            table.add_column(heading, overflow="fold")
        for d in report.disagreements:
            table.add_row(safe(d.document), d.field, safe(_show(d.gold)), safe(_show(d.predicted)))
        console.print(table)


def render_halves(reports: dict[str, EvalReport], console: Console) -> None:
    """F1 (precision/recall) of each half side by side: a rule that lifts only the tuning
    half is fitted to it."""
    table = Table(title="Tuning and checking halves (F1, precision/recall)")
    table.add_column("field")
    for name, report in reports.items():
        table.add_column(f"{name} ({report.documents} docs)", justify="right")

    def cell(s: Score) -> str:
        return f"{s.f1:.3f} ({s.precision:.2f}/{s.recall:.2f})"

    first = next(iter(reports.values()))
    for name in first.fields:
        table.add_row(name, *(cell(r.fields[name]) for r in reports.values()))
    table.add_section()
    table.add_row("incident tuple", *(cell(r.incident) for r in reports.values()))
    table.add_row("breach counts", *(cell(r.breach_counts) for r in reports.values()))
    table.add_row("relevance accuracy", *(f"{r.relevance_accuracy:.3f}" for r in reports.values()))
    if first.clustering is not None:
        table.add_row(
            "clustering (B-cubed)",
            *(f"{r.clustering.f1:.3f}" if r.clustering else "-" for r in reports.values()),
        )
    console.print(table)


def _show(values: list) -> str:
    return "; ".join(json.dumps(v, ensure_ascii=False) for v in values) or "-"


@click.command(name="eval")
@click.argument(
    "gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--root",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder the gold `path` fields are relative to (default: the gold file's folder, "
    "then its parents, then the working directory).",
)
@click.option("--diff", is_flag=True, help="Also print every disagreement with the gold.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of tables.")
@click.option(
    "--kb",
    is_flag=True,
    help="Also load the documents into a scratch KB and score incident clustering "
    "(B-cubed against the gold incident_group labels).",
)
@click.option(
    "--split",
    "split_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A split.json of tuning and checking halves: score each half beside the whole. "
    "--diff then shows the tuning half only (the checking half is not read while writing "
    "rules).",
)
def eval_command(
    gold: tuple[Path, ...],
    root: Path | None,
    diff: bool,
    as_json: bool,
    kb: bool,
    split_file: Path | None,
) -> None:
    """Score `extract` against gold JSONL files: per-field precision/recall/F1.

    Several files are scored as one set. Prints the figures and exits 0 whatever they
    are; the eval gate test compares them with tests/data/eval/baseline.json.

    \b
    Example:
        breachkb eval tests/data/eval/dev.gold.jsonl --diff
        breachkb eval tests/data/eval/seeds.gold.jsonl --json --kb
        breachkb eval tests/data/eval/dev*.gold.jsonl --split tests/data/eval/split.json
    """
    split = load_split(split_file) if split_file else {}  # BreachKBGroup reports errors
    pairs = extract_all(gold, root, split, progress=not as_json)
    report = score([r for _, r in pairs], kb=kb)
    halves = {
        half: score([r for h, r in pairs if h == half], kb=kb)
        for half in HALVES
        if split and any(h == half for h, _ in pairs)
    }
    if halves:
        # Never show the checking half's disagreements: it is measured, not read.
        report.disagreements = [
            d
            for h, r in pairs
            if h != "checking"
            for d in report.disagreements
            if d.document == r.gold.id
        ]
    if as_json:
        out = report.to_json(diff=diff)
        if halves:
            out["halves"] = {name: r.to_json() for name, r in halves.items()}
        click.echo(json.dumps(out, ensure_ascii=False))
        return
    console = Console(width=160 if diff or halves else None)
    render(report, console, diff=diff)
    if halves:
        render_halves({**halves, "all": report}, console)


def register(cli: click.Group) -> None:
    """Add `eval` to the `breachkb` group."""
    cli.add_command(eval_command)
