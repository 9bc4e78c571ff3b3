"""Terminal views of incidents: a listing that fits the terminal, and one incident's card.

Every value that comes from a document (titles, sentences, summaries, URLs) goes through
`plain()` (control characters shown as `\\xNN`) into rich `Text` objects, never into markup
strings, so `[bold]` in a headline prints as typed and no escape sequence reaches the terminal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import click
from rich import box
from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from kb.cli.output import plain
from kb.incident_detail import FIELD_LABELS, display_value, partial_date, pounds


@dataclass(frozen=True)
class Column:
    """One listing column: its header, how to read it from a row, and how it may shrink."""

    header: str
    key: str  # the row key, also the CSV column
    text: Callable[[dict[str, Any]], str]
    min_width: int  # narrowest it may get (wrapping inside), 0 = its natural width
    wrap: bool = False
    last: bool = False  # takes what is left, one line, cut with an ellipsis


def _money(key: str) -> Callable[[dict[str, Any]], str]:
    return lambda r: pounds(r.get(key), r.get("fine_currency")) or ""


def _plain(key: str) -> Callable[[dict[str, Any]], str]:
    return lambda r: plain(r.get(key))


COLUMNS: dict[str, Column] = {
    "id": Column("id", "id", _plain("id"), 0),
    "force": Column("force", "force", _plain("force"), 12, wrap=True),
    "year": Column("year", "breach_year", _plain("breach_year"), 4),
    # Spaces instead of underscores so a long code wraps; `--type` accepts either spelling.
    "type": Column(
        "type", "breach_type", lambda r: plain(r.get("breach_type")).replace("_", " "), 12, True
    ),
    "fine": Column("fine", "fine_amount", _money("fine_amount"), 0),
    "paid": Column("paid", "fine_paid", _money("fine_paid"), 0),
    "sources": Column("sources", "source_count", _plain("source_count"), 0),
    "action": Column(
        "action", "action", lambda r: plain(r.get("action")).replace("_", " "), 10, True
    ),
    "regulator": Column("regulator", "regulator", _plain("regulator"), 14, wrap=True),
    "reported": Column("reported", "first_reported", _plain("first_reported"), 0),
    "summary": Column("summary", "summary", _plain("summary"), 20, last=True),
}
REQUIRED = ("id", "force", "year", "type", "fine")
DEFAULT = ("id", "force", "year", "type", "fine", "paid", "sources", "action", "reported")
GAP = 3  # between two columns of box.SIMPLE_HEAD: one space of padding each side and a rule


def parse_columns(value: str | None) -> list[str] | None:
    """`--columns id,force,fine` as a checked list of column names."""
    if value is None:
        return None
    names = [n.strip().lower() for n in value.split(",") if n.strip()]
    unknown = [n for n in names if n not in COLUMNS]
    if unknown or not names:
        raise click.BadParameter(
            f"unknown column {', '.join(unknown) or '(none given)'}; "
            f"choose from {', '.join(COLUMNS)}",
            param_hint="--columns",
        )
    return names


def layout(
    rows: Sequence[dict[str, Any]], width: int, names: Sequence[str] | None = None
) -> dict[str, int]:
    """Column name -> width for a table `width` characters wide.

    Without `names`: the required columns, then optional columns that have values while they
    fit at their natural width, then the summary in what is left (20 characters or more).
    Force and type wrap to fit a narrow terminal; ids, years and amounts never do.
    """
    widths = {n: _natural(COLUMNS[n], rows) for n in (names or REQUIRED)}

    def used() -> int:
        return sum(widths.values()) + GAP * (len(widths) - 1)

    _shrink(widths, rows, used() - width)
    if names is None:
        for name in DEFAULT[len(REQUIRED) :]:
            col = COLUMNS[name]
            if any(col.text(r) for r in rows) and used() + GAP + _natural(col, rows) <= width:
                widths[name] = _natural(col, rows)
        room = width - used() - GAP
        if room >= COLUMNS["summary"].min_width and any(r.get("summary") for r in rows):
            widths["summary"] = min(room, _natural(COLUMNS["summary"], rows))
    elif "summary" in widths:
        widths["summary"] = max(
            COLUMNS["summary"].min_width, widths["summary"] - max(0, used() - width)
        )
    return widths


def _shrink(widths: dict[str, int], rows: Sequence[dict[str, Any]], excess: int) -> None:
    """Take `excess` characters from the wrapping columns, widest first, down to their floor."""
    while excess > 0:
        room = {
            n: w - _floor(COLUMNS[n], rows)
            for n, w in widths.items()
            if COLUMNS[n].wrap and w > _floor(COLUMNS[n], rows)
        }
        if not room:
            return
        widest = max(room, key=lambda n: (widths[n], n))
        widths[widest] -= 1
        excess -= 1


def _natural(col: Column, rows: Sequence[dict[str, Any]]) -> int:
    return max([len(col.header), *(len(col.text(r)) for r in rows)])


def _floor(col: Column, rows: Sequence[dict[str, Any]]) -> int:
    return min(_natural(col, rows), max(col.min_width, len(col.header)))


def incidents_table(
    rows: Sequence[dict[str, Any]], width: int, names: Sequence[str] | None = None
) -> Table:
    """The incidents listing fitted to `width`: id, force, year, type and fine always shown."""
    widths = layout(rows, width, names)
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, header_style="bold", show_edge=False)
    for name, size in widths.items():
        col = COLUMNS[name]
        numeric = name in ("id", "year", "fine", "paid", "sources")
        table.add_column(
            col.header,
            width=size,
            no_wrap=not col.wrap,
            overflow="fold" if col.wrap else "ellipsis",
            justify="right" if numeric else "left",
        )
    for row in rows:
        table.add_row(*(Text(COLUMNS[n].text(row)) for n in widths))
    return table


def csv_columns(names: Sequence[str] | None, default: Sequence[str]) -> list[str]:
    """The CSV columns for `--columns` (the raw field names), else `default`."""
    return [COLUMNS[n].key for n in names] if names else list(default)


def render_incident(data: dict[str, Any], out: Console) -> None:
    """One incident as `breachkb show` prints it: card, sources with evidence, disagreements."""
    out.print(_card(data))
    if len(data["enforcement"]) > 1:
        out.print(_enforcement(data["enforcement"]))
    out.print(Text(f"\nSources ({len(data['sources'])})", style="bold"))
    for number, ref in enumerate(data["sources"], 1):
        out.print(_source(number, ref))
    if data["disagreements"]:
        out.print(Text("\nWhere the sources disagree", style="bold"))
        for item in data["disagreements"]:
            out.print(_disagreement(item))


def _card(data: dict[str, Any]) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    title = Text(f"Incident {data['id']}", style="bold reverse")
    grid.add_row(title, Text(plain(data["force"] or "unknown force"), style="bold"))
    kind = data.get("breach_type_label") or data["breach_type"]
    if kind:
        grid.add_row("type", Text(plain(f"{kind} ({data['breach_type']})")))
    if data.get("breach_date"):
        when = f"{partial_date(data['breach_date'])} ({data.get('breach_date_precision')})"
        grid.add_row("breach date", Text(plain(when)))
    elif data["breach_year"]:
        grid.add_row("breach year", Text(str(data["breach_year"])))
    if data["regulator"] or data["action"]:
        action = display_value("action", data["action"]) if data["action"] else ""
        grid.add_row(
            "enforcement", Text(plain(" · ".join(x for x in (data["regulator"], action) if x)))
        )
    if data["fine_amount"] is not None:
        fine = pounds(data["fine_amount"], data["fine_currency"]) or ""
        if data["fine_paid"] is not None:
            fine += f" (paid {pounds(data['fine_paid'], data['fine_currency'])})"
        if data["fine_year"]:
            fine += f", {data['fine_year']}"
        grid.add_row("fine", Text(fine))
    for key in ("discovered", "reported", "decided"):
        if data.get(key):
            grid.add_row(key, Text(plain(partial_date(data[key]))))
    seen = f"{data['first_reported'] or 'undated'} · {len(data['sources'])} source(s)"
    grid.add_row("first reported", Text(f"{seen} · confidence {data['confidence']}"))
    if data["summary"]:
        grid.add_row("summary", Text(plain(data["summary"])))
    return grid


def _enforcement(actions: list[dict[str, Any]]) -> Table:
    table = Table("regulator", "action", "amount", "paid", "year", box=box.SIMPLE_HEAD)
    for a in actions:
        table.add_row(
            Text(plain(a["regulator"])),
            Text(plain(a["action"]).replace("_", " ")),
            Text(pounds(a["amount"], a["currency"]) or ""),
            Text(pounds(a["amount_paid"], a["currency"]) or ""),
            Text(str(a["year"] or "")),
        )
    return table


def highlighted_sentence(entry: dict[str, Any]) -> Text:
    """The sentence with its supporting words in bold yellow (spans, never parsed markup)."""
    sentence = entry["sentence"]
    text = Text("“")
    cursor = 0
    for start, end in entry["highlights"]:
        text.append(plain(sentence[cursor:start]))
        text.append(plain(sentence[start:end]), style="bold yellow")
        cursor = end
    text.append(plain(sentence[cursor:]) + "”")
    return text


def _source(number: int, ref: dict[str, Any]) -> Group:
    head = Text(f"{number}. ")
    head.append(plain(ref["title"] or "(untitled)"), style="bold")
    meta = " · ".join(x for x in (ref.get("outlet"), ref["published"]) if x)
    if meta:
        head.append(f" — {plain(meta)}")
    if ref["duplicate_of"]:
        head.append(f" (copy of article {ref['duplicate_of']})", style="dim")
    if ref.get("mention") == "passing":
        head.append(" (mentions it in passing)", style="dim")
    where = plain(ref["url"] or ref["path"])
    parts: list[Any] = [head, Padding(Text(where, style="dim"), (0, 3))]
    for entry in ref.get("sentences", []):
        line = highlighted_sentence(entry)
        if entry.get("source") == "inference":
            line.append(" (inferred: no other body takes this action)", style="dim")
        elif entry.get("source", "text") != "text":
            line.append(f" (from the {plain(entry['source'])})", style="dim")
        fields = ", ".join(FIELD_LABELS.get(f["field"], f["field"]) for f in entry["fields"])
        line.append(f"  [{fields}]", style="cyan")
        parts.append(Padding(line, (0, 3)))
    return Group(*parts)


def _disagreement(item: dict[str, Any]) -> Group:
    parts: list[Any] = [Text(f"{item['label']}:", style="bold")]
    for value in item["values"]:
        line = Text("   ")
        line.append(plain(value["display"]), style="bold yellow")
        if value["chosen"]:
            line.append(" (shown above)", style="dim")
        said = "; ".join(
            " ".join(x for x in (s["outlet"] or "", s["published"] or "") if x)
            + f" (article {s['article_id']})"
            for s in value["sources"]
        )
        line.append(f" — {plain(said)}")
        parts.append(line)
        for source in value["sources"]:
            if source["sentence"]:
                quote = f"“{plain(source['sentence'])}”"
                parts.append(Padding(Text(quote, style="dim"), (0, 5)))
    return Group(*parts)
