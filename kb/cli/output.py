"""Render rows as a rich table, CSV (spreadsheet-friendly) or JSON.

Every value that reaches the terminal goes through `safe()` (or `plain()` for click's plain
lines): document text is never parsed as rich markup (`[/]` in a headline, `[link=...]` in a
sentence) and control characters (terminal escape sequences) are shown as `\\xNN`.
"""

from __future__ import annotations

import csv
import json
import os
import re
import sys
from collections.abc import Sequence
from typing import Any

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

SHORT_COLUMN = 36
LONG_COLUMN = 60
# C0 and C1 controls except tab and newline: ESC starts terminal escape sequences (colours,
# titles, hyperlinks), CR and backspace overwrite what was printed.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain(value: Any) -> str:
    """A value as text that is safe to print: control characters shown as `\\xNN`."""
    text = "" if value is None else str(value)
    return _CONTROL_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def safe(value: Any, style: str = "") -> Text:
    """A value as a rich `Text`: printed literally, never read as markup."""
    return Text(plain(value), style=style)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}" if abs(value) >= 10_000 else str(value)
    if isinstance(value, list):
        return str(len(value))
    return str(value)


def console() -> Console:
    # Wide enough to keep tables readable when piped (rich falls back to 80 columns otherwise),
    # unless COLUMNS says how wide (rich reads it).
    fixed = sys.stdout.isatty() or os.environ.get("COLUMNS", "").isdigit()
    return Console(width=None if fixed else 200, soft_wrap=False)


def render(
    rows: Sequence[dict[str, Any]],
    fmt: str,
    columns: Sequence[str] | None = None,
    title: str | None = None,
) -> None:
    """Print rows; `columns` chooses and orders the table/CSV columns (JSON keeps everything)."""
    if fmt == "json":
        click.echo(json.dumps(list(rows), indent=2, ensure_ascii=False, default=str))
        return
    cols = list(columns or (rows[0].keys() if rows else []))
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(cols)
        for row in rows:
            writer.writerow(["" if row.get(c) is None else _csv_value(row.get(c)) for c in cols])
        return
    table = Table(title=safe(title) if title else None, show_lines=False, header_style="bold")
    cells = [[_cell(row.get(c)) for c in cols] for row in rows]
    for index, col in enumerate(cols):
        longest = max((len(r[index]) for r in cells), default=0)
        # Codes, names and numbers stay on one line; only long prose columns are shortened.
        header = plain(col.replace("_", " "))
        if longest <= SHORT_COLUMN:
            table.add_column(safe(header), no_wrap=True, min_width=max(longest, len(header)))
        else:
            table.add_column(safe(header), overflow="ellipsis", no_wrap=True, max_width=LONG_COLUMN)
    for row_cells in cells:
        table.add_row(*(safe(cell) for cell in row_cells))
    out = console()
    if rows:
        out.print(table)
    else:
        out.print(safe(f"{title + ': ' if title else ''}no rows", style="dim"))


def _csv_value(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value
