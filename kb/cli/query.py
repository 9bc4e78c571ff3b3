"""Commands that read the KB: incidents, show, stats."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import click
from rich.text import Text

from kb.cli.incident_view import (
    COLUMNS,
    csv_columns,
    incidents_table,
    parse_columns,
    render_incident,
)
from kb.cli.options import AMOUNT, COUNT, ROW_ID, YEAR, db_option, format_option, open_kb
from kb.cli.output import console, render
from kb.db import read_scope
from kb.queries import (
    SORT_KEYS,
    IncidentFilter,
    list_incidents,
    show_incident,
    stats,
)

INCIDENT_COLUMNS = [
    "id",
    "force",
    "breach_year",
    "breach_type",
    "regulator",
    "action",
    "fine_amount",
    "fine_paid",
    "source_count",
    "summary",
]


def _with_session(db: str | None, work: Callable[..., Any]) -> Any:
    engine = open_kb(db)
    with read_scope(engine) as session:
        return work(session)


def _year(value: str | None) -> int | None:
    """Accept `2015` or a date such as `2015-06-01` (its year is used)."""
    if value is None:
        return None
    head = value.strip()[:4]
    if not head.isdigit() or value.strip()[4:5] not in ("", "-"):
        raise click.BadParameter(f"expected a year or YYYY-MM-DD date, got {value!r}")
    return int(head)


@click.command()
@click.option("--force", help='Force name, alias or part of one ("GMP", "Manchester", "the Met").')
@click.option("--year", type=YEAR, help="Year the breach happened.")
@click.option("--since", help="Incidents in or after this year (breach year, else first report).")
@click.option("--until", help="Incidents in or before this year.")
@click.option("--type", "breach_type", help="Breach type code (or its prefix), e.g. loss_or_theft.")
@click.option("--regulator", help='Regulator name or alias, e.g. "ICO".')
@click.option("--min-fine", type=AMOUNT, help="Only incidents fined at least this many pounds.")
@click.option(
    "--sort",
    default="id",
    show_default=True,
    help=f"One of {', '.join(SORT_KEYS)}; prefix with - for descending (-fine).",
)
@click.option("--limit", type=COUNT, help="At most this many incidents.")
@click.option(
    "--columns",
    metavar="NAMES",
    help=f"Table/CSV columns, comma-separated, from: {', '.join(COLUMNS)} "
    "(default: as many as fit the terminal; id, force, year, type and fine always).",
)
@db_option
@format_option
def incidents(db: str | None, fmt: str, columns: str | None, **filters: Any) -> None:
    """List incidents, one row per real-world breach with its number of sources.

    The table fits the terminal (COLUMNS): id, force, year, type and fine are always shown,
    then as many other columns as fit; `--columns` chooses them.

    \b
    Examples:
        breachkb incidents --force GMP --since 2015
        breachkb incidents --min-fine 100000 --sort -fine --format csv > fines.csv
        breachkb incidents --columns id,force,fine,summary
        breachkb incidents --type loss_or_theft_of_device --format json
    """
    names = parse_columns(columns)
    flt = IncidentFilter(
        force=filters["force"],
        year=filters["year"],
        since=_year(filters["since"]),
        until=_year(filters["until"]),
        breach_type=filters["breach_type"],
        regulator=filters["regulator"],
        min_fine=filters["min_fine"],
        sort=filters["sort"],
        limit=filters["limit"],
    )
    rows = _with_session(db, lambda s: list_incidents(s, flt))
    for row in rows:
        row["source_count"] = len(row["sources"])
    if fmt != "table":
        render(rows, fmt, csv_columns(names, INCIDENT_COLUMNS))
        return
    out = console()
    if not rows:
        out.print("No incidents match.", markup=False, highlight=False)
        return
    out.print(incidents_table(rows, out.width, names))
    out.print(Text(f"{len(rows)} incident(s); `breachkb show ID` for sources and evidence"))


@click.command()
@click.argument("incident_id", type=ROW_ID)
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Output format.",
)
def show(incident_id: int, db: str | None, fmt: str) -> None:
    """One incident: its card, every source with its evidence sentences (the supporting
    words highlighted, each sentence once), and where the sources disagree.

    \b
    Example:
        breachkb show 3
    """
    data = _with_session(db, lambda s: show_incident(s, incident_id))
    if fmt == "json":
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    render_incident(data, console())


@click.command("stats")
@db_option
@format_option
def stats_cmd(db: str | None, fmt: str) -> None:
    """Counts and fines overall and by force, year, breach type and regulator.

    \b
    Example:
        breachkb stats --format json
    """
    data = _with_session(db, stats)
    if fmt == "json":
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    if fmt == "csv":
        rows = [
            {"group": group, **row}
            for group in ("by_force", "by_year", "by_type", "by_regulator")
            for row in data[group]
        ]
        render(
            [{"group": "totals", "key": k, "incidents": v} for k, v in data["totals"].items()]
            + rows,
            "csv",
            ["group", "key", "incidents", "fined", "fines_total"],
        )
        return
    render([{"measure": k, "value": v} for k, v in data["totals"].items()], fmt, title="Totals")
    for group, title in (
        ("by_force", "By force"),
        ("by_year", "By year"),
        ("by_type", "By breach type"),
        ("by_regulator", "By regulator"),
    ):
        render(data[group], fmt, title=title)


def register(cli: click.Group) -> None:
    for command in (incidents, show, stats_cmd):
        cli.add_command(command)
