"""Export the whole KB as CSV files or JSON Lines, with a README data dictionary.

One file per table (and per query view), streamed so a million articles never sit in
memory. CSV is UTF-8 with a byte-order mark so spreadsheets read pound signs correctly;
list and object columns are JSON text in CSV and real JSON in JSONL. Binary columns
(compressed raw pages, MinHash signatures) are left out unless asked for, then base64.
"""

from __future__ import annotations

import base64
import csv
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Connection, Engine, LargeBinary, inspect, select, text
from sqlalchemy.orm import Session

from kb.db import snapshot_engine
from kb.dictionary import Dictionary, data_dictionary
from kb.errors import BadInput
from kb.models import Base

Format = Literal["csv", "jsonl"]
FORMATS: tuple[str, ...] = ("csv", "jsonl")
BATCH = 5000


@dataclass
class ExportedFile:
    table: str
    path: Path
    rows: int
    columns: list[str]
    omitted: list[str] = field(default_factory=list)


@dataclass
class ExportResult:
    out_dir: Path
    fmt: str
    files: list[ExportedFile]
    readme: Path


def export(
    bind: Session | Engine,
    out_dir: str | Path,
    fmt: str = "csv",
    *,
    with_raw: bool = False,
    on_table: Callable[[ExportedFile], None] | None = None,
) -> ExportResult:
    """Write every table and query view of the KB to `out_dir` plus `README.md`."""
    if fmt not in FORMATS:
        raise BadInput(f"unknown export format {fmt!r}: choose {' or '.join(FORMATS)}")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise BadInput(f"{out} exists and is not a directory")
    out.mkdir(parents=True, exist_ok=True)
    files: list[ExportedFile] = []
    if isinstance(bind, Session):
        files = _export_all(bind.connection(), out, fmt, with_raw, on_table)
    else:
        # One transaction for every table: a load running meanwhile is either wholly in the
        # export or not at all, so no exported row refers to a row the export lacks.
        with snapshot_engine(bind).connect() as conn:
            files = _export_all(conn, out, fmt, with_raw, on_table)
    readme = out / "README.md"
    readme.write_text(render_readme(files, fmt, data_dictionary()), encoding="utf-8")
    return ExportResult(out, fmt, files, readme)


def _export_all(
    conn: Connection,
    out: Path,
    fmt: str,
    with_raw: bool,
    on_table: Callable[[ExportedFile], None] | None,
) -> list[ExportedFile]:
    files = []
    for table in Base.metadata.sorted_tables:
        columns = [c for c in table.columns if with_raw or not isinstance(c.type, LargeBinary)]
        omitted = [c.name for c in table.columns if c not in columns]
        query = select(*columns).order_by(*table.primary_key.columns)
        rows = _stream(conn, query)
        names = [c.name for c in columns]
        path = out / f"{table.name}.{fmt}"
        files.append(ExportedFile(table.name, path, _write(path, fmt, names, rows), names, omitted))
        if on_table:
            on_table(files[-1])
    views = set(inspect(conn).get_view_names())
    for name, doc in data_dictionary().tables.items():
        if not doc.is_view or name not in views:
            continue
        result = conn.execution_options(yield_per=BATCH).execute(text(f"SELECT * FROM {name}"))
        names = list(result.keys())
        path = out / f"{name}.{fmt}"
        files.append(ExportedFile(name, path, _write(path, fmt, names, iter(result)), names))
        if on_table:
            on_table(files[-1])
    return files


def _stream(conn: Connection, query: Any) -> Iterator[Sequence[Any]]:
    yield from conn.execution_options(yield_per=BATCH).execute(query)


def _write(path: Path, fmt: str, names: list[str], rows: Iterator[Sequence[Any]]) -> int:
    count = 0
    if fmt == "csv":
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(names)
            for row in rows:
                writer.writerow([_csv_value(v) for v in row])
                count += 1
    else:
        with path.open("w", encoding="utf-8") as fh:
            for row in rows:
                record = {n: _json_value(v) for n, v in zip(names, row, strict=True)}
                fh.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
                count += 1
    return count


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return _json_value(value)


def render_readme(files: list[ExportedFile], fmt: str, dictionary: Dictionary) -> str:
    """The data dictionary: one section per file, then every code list."""
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# breachkb export: data dictionary",
        "",
        f"Exported {stamp} as {'CSV' if fmt == 'csv' else 'JSON Lines'}: one file per table.",
        "",
        _format_note(fmt),
        "",
        "Every incident leads back to its articles: `incident_sources` links incidents to",
        "articles, `evidence` holds the sentences supporting each fact, and",
        "`incident_evidence_view` joins the three.",
        "",
        "| file | rows | what it holds |",
        "|---|---:|---|",
    ]
    for f in files:
        doc = dictionary.tables.get(f.table)
        lines.append(f"| `{f.path.name}` | {f.rows} | {_cell(doc.description if doc else '')} |")
    for f in files:
        doc = dictionary.tables.get(f.table)
        lines += ["", f"## {f.table}", ""]
        if doc:
            lines += [doc.description, ""]
        lines += ["| column | description |", "|---|---|"]
        for column in f.columns:
            description = doc.columns.get(column, "") if doc else ""
            lines.append(f"| `{column}` | {_cell(description)} |")
        if f.omitted:
            lines += ["", f"Left out (binary; use `--with-raw`): {', '.join(f.omitted)}."]
    lines += ["", "## Codes", "", "### breach type", ""]
    lines += ["Source: `extract/data/breach_types.toml`.", ""]
    lines += ["| code | label | ICO category |", "|---|---|---|"]
    for bt in dictionary.breach_types:
        lines.append(f"| `{bt.code}` | {_cell(bt.label)} | {_cell(bt.ico)} |")
    for name, codes in dictionary.codes.items():
        lines += ["", f"### {name}", "", "| code | meaning |", "|---|---|"]
        lines += [f"| `{code}` | {_cell(meaning)} |" for code, meaning in codes.items()]
    return "\n".join(lines) + "\n"


def _format_note(fmt: str) -> str:
    if fmt == "csv":
        return (
            "CSV files are UTF-8 with a byte-order mark (spreadsheets detect it), comma "
            "separated, with a header row. Empty cells are nulls; `true`/`false` are booleans; "
            "list and object columns hold JSON text; dates are ISO 8601."
        )
    return (
        "Each line of a `.jsonl` file is one JSON object keyed by column name. Nulls are "
        "`null`; list and object columns are JSON arrays and objects; dates are ISO 8601 "
        "strings; binary columns (with `--with-raw`) are base64."
    )


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")
