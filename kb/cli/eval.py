"""`breachkb eval`: score the extractor against gold annotations (it reports; tests gate)."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.progress import track
from rich.table import Table

from extract.evaluate import EvalReport, Extracted, Score, extract_gold, load_gold, score_extracted


def run_eval(gold: Path, root: Path | None, *, kb: bool, progress: bool) -> EvalReport:
    """Extract and score every gold document; with `kb`, also score incident clustering."""
    total = len(load_gold(gold))
    results: list[Extracted] = list(
        track(
            extract_gold(gold, root),
            total=total,
            description="Extracting",
            console=Console(stderr=True),
            transient=True,
            disable=not progress,
        )
    )
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
        console.print(f"[red]rejected:[/red] {error}")
    if diff and report.disagreements:
        table = Table(title="Disagreements")
        for heading in ("document", "field", "gold", "predicted"):
            table.add_column(heading, overflow="fold")
        for d in report.disagreements:
            table.add_row(d.document, d.field, _show(d.gold), _show(d.predicted))
        console.print(table)


def _show(values: list) -> str:
    return "; ".join(json.dumps(v, ensure_ascii=False) for v in values) or "-"


@click.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
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
def eval_command(gold: Path, root: Path | None, diff: bool, as_json: bool, kb: bool) -> None:
    """Score `extract` against a gold JSONL file: per-field precision/recall/F1.

    Prints the figures and exits 0 whatever they are; the eval gate test compares them
    with tests/data/eval/baseline.json.

    \b
    Example:
        breachkb eval tests/data/eval/dev.gold.jsonl --diff
        breachkb eval tests/data/eval/seeds.gold.jsonl --json --kb
    """
    report = run_eval(gold, root, kb=kb, progress=not as_json)  # BreachKBGroup reports errors
    if as_json:
        click.echo(json.dumps(report.to_json(diff=diff), ensure_ascii=False))
    else:
        render(report, Console(width=160 if diff else None), diff=diff)


def register(cli: click.Group) -> None:
    """Add `eval` to the `breachkb` group."""
    cli.add_command(eval_command)
