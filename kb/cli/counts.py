"""`breachkb counts`: breach tallies per force over time, and figures sources disagree on."""

from __future__ import annotations

import click

from kb.cli.options import db_option, format_option, open_kb
from kb.cli.output import render
from kb.counts import breach_counts, count_conflicts
from kb.db import session_scope

SERIES_COLUMNS = ["force", "period", "breach_type", "count", "source"]
CONFLICT_COLUMNS = ["force", "period", "breach_type", "figures", "sources"]


def _shown(count: int, approximate: bool) -> str:
    """'~400' for an approximate figure ('more than 400'), '476' for an exact one."""
    return f"~{count}" if approximate else str(count)


@click.command("counts")
@click.option("--force", help="Only this force (name, alias or part of one).")
@click.option(
    "--conflicts",
    is_flag=True,
    help="Only force/period/type combinations whose sources give different figures, side by side.",
)
@db_option
@format_option
def counts_cmd(force: str | None, conflicts: bool, db: str | None, fmt: str) -> None:
    """Breach tallies reported for forces ("24 breaches in 2016, 7 of them disclosure").

    One row per figure and source, as a time series: by force, then by the first year of
    the period ("2016", "2011-2015", financial year "2022-2023"), the total before the
    breakdown by type. An approximate figure ("more than 400") shows as ~400 in the table
    and as "approximate": true in CSV and JSON.

    \b
    Example:
        breachkb counts --force "West Midlands"
        breachkb counts --force Sussex --format csv > sussex.csv
        breachkb counts --conflicts
    """
    engine = open_kb(db)
    with session_scope(engine) as session:
        if conflicts:
            groups = count_conflicts(session, force)
        else:
            rows = breach_counts(session, force)
    if conflicts:
        _render_conflicts(groups, fmt)
        return
    if fmt == "table":
        rows = [{**r, "count": _shown(r["count"], r["approximate"])} for r in rows]
    columns = [*SERIES_COLUMNS[:4], "approximate", "source"] if fmt == "csv" else SERIES_COLUMNS
    render(rows, fmt, columns, title="Breach counts")


def _render_conflicts(groups: list[dict], fmt: str) -> None:
    if fmt == "json":
        render(groups, fmt)
        return
    if fmt == "csv":  # one line per figure, the conflict it belongs to first
        rows = [
            {"conflict": i, **{k: g[k] for k in ("force", "period", "breach_type")}, **f}
            for i, g in enumerate(groups, 1)
            for f in g["figures"]
        ]
        columns = ["conflict", "force", "period", "breach_type", "count", "approximate"]
        render(rows, fmt, [*columns, "source"])
        return
    rows = [
        {
            **{k: g[k] for k in ("force", "period", "breach_type")},
            "figures": " | ".join(_shown(f["count"], f["approximate"]) for f in g["figures"]),
            "sources": " | ".join(str(f["source"]) for f in g["figures"]),
        }
        for g in groups
    ]
    render(rows, fmt, CONFLICT_COLUMNS, title="Conflicting breach counts")


def register(cli: click.Group) -> None:
    cli.add_command(counts_cmd)
