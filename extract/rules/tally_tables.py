"""Tables whose cells ran together in the extracted text.

'2022 | 104 | 2023 | 134' (one cell per line or on one line), 'Year 2019 2020 2021' over
'Data breaches 97 131 150' (years across), 'Kent Police 120' lines under 'Data breaches by
force, 2016-2020': each row's label is a period, a force, a breach category or a total, and
the table's measure and period come from its caption.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from extract.rules.periods import Period, find_periods
from extract.rules.tally_cues import WORD, alias_index, category, vocab
from extract.sentences import Sent


@dataclass
class TableRow:
    """One figure of a table, with the line(s) it stands on as evidence."""

    force: str
    period: Period
    breach_type: str | None
    count: int
    start: int  # character offsets of the evidence line(s) in the text
    end: int
    text: str


_PERIOD_CELL = re.compile(r"(?:19|20)\d\d(?:\s*[/–-]\s*\d\d(?:\d\d)?)?")
# A figure fills its cell, perhaps with a note: "42 (up to 28/05/2025)".
_NUMBER_CELL = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\s*\([^)]*\))?")
# Cells that ran together: a label, then figures or years ("Kent Police 12 15 18").
_LABEL_THEN = re.compile(
    r"[^\w(]*([A-Za-z][^|\t\d]*?[A-Za-z)])\s*[:–—-]?\s+((?:\d[\d,/–-]*\s*)+)"
)  # "• Lost paperwork: 34", "Kent Police 12 15 18"
_PIECES = re.compile(r"[^|\t]+?(?=\s{2,}|[|\t]|\s*$)|[^|\t]+")


@dataclass
class _Cell:
    kind: str  # fy | year | num | text
    text: str
    start: int
    end: int
    line: int


def _cells(text: str, start: int, end: int, line: int) -> list[_Cell]:
    """The cells of one line: split at '|', tabs and wide spaces; a cell is a period, a
    figure (filling the cell), or text; 'label 12 15' splits into a label and figures."""
    out: list[_Cell] = []
    for m in _PIECES.finditer(text[start:end]):
        raw = m.group(0)
        piece = raw.strip()
        if not piece:
            continue
        at = start + m.start() + (len(raw) - len(raw.lstrip()))
        run = _LABEL_THEN.fullmatch(piece)
        if run and not _PERIOD_CELL.fullmatch(piece):
            out.append(_Cell("text", run.group(1), at, at + run.end(1), line))
            for v in re.finditer(r"\S+", run.group(2)):
                out.append(_kind(v.group(0), at + run.start(2) + v.start(), line))
            continue
        out.append(_kind(piece, at, line))
    return out


def _kind(piece: str, at: int, line: int) -> _Cell:
    if _PERIOD_CELL.fullmatch(piece):
        kind = "fy" if len(piece) > 4 else "year"
        if kind == "year" and not 1950 <= int(piece) <= 2049:
            kind = "num"
        return _Cell(kind, piece, at, at + len(piece), line)
    number = _NUMBER_CELL.fullmatch(piece)
    if number:
        return _Cell("num", number.group(1), at, at + len(piece), line)
    return _Cell("text", piece, at, at + len(piece), line)


def _is_table_line(line: str) -> bool:
    """A row of cells: separated by '|', tabs or wide spaces, or a short label and figures
    that is no sentence ('Kent Police 120', '2019 |'); blank rows ('|') belong to tables."""
    if not line.strip(" |\t"):
        return True
    if not re.search(r"\d", line):
        return False
    if re.search(r"\||\t| {2,}", line):
        return True
    words = WORD.findall(re.sub(r"\d[\d,/\-–]*", " ", line))
    return len(words) <= 6 and not line.rstrip().endswith(".")


def find_table_rows(
    text: str, sents: list[Sent], default_force: str | None, reference: date | None
) -> tuple[list[TableRow], list[tuple[int, int]]]:
    """Rows of tables whose cells ran together in the text ('2022 | 104 | 2023 | 134', one
    cell per line, or 'Force 2019 2020' over 'Kent Police 12 15'), under a caption naming
    a breach measure. Returns the rows and the character ranges the tables cover."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    rows: list[TableRow] = []
    ranges: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        a, b = lines[i]
        if not _is_table_line(text[a:b]) or not re.search(r"\d", text[a:b]):
            i += 1
            continue
        j = i
        while j < len(lines) and _is_table_line(text[lines[j][0] : lines[j][1]]):
            j += 1
        caption = _caption(text, lines, i, j)
        if caption is not None and (j - i >= 2 or len(_cells(text, a, b, i)) >= 4):
            first = i
            if i and re.search(r"\||\t| {2,}", text[lines[i - 1][0] : lines[i - 1][1]]):
                first = i - 1  # a header row of column names: "Year | Emails | Lost devices"
            cells = [c for k in range(first, j) for c in _cells(text, *lines[k], k)]
            above = text[lines[max(0, i - 4)][0] : b] if i else text[a:b]
            found = _table(cells, text, caption, above, sents, default_force, reference)
            if found:
                rows += found
                ranges.append((a, lines[j - 1][1]))
        i = max(j, i + 1)
    return rows, ranges


def _caption(text: str, lines: list[tuple[int, int]], i: int, j: int) -> tuple[int, int] | None:
    """What a table counts: its first line, or the nearest line above it (within 3), or a
    row label, naming breaches ('Data breaches by force, 2016-2020', 'Data breaches 97 131')."""
    v = vocab()
    for k in [i, *range(i - 1, max(-1, i - 4), -1), *range(i + 1, j)]:
        line = text[lines[k][0] : lines[k][1]]
        if v.topic.search(line):
            return lines[k]
    return None


def _table(
    cells: list[_Cell],
    text: str,
    caption: tuple[int, int],
    above: str,
    sents: list[Sent],
    default_force: str | None,
    reference: date | None,
) -> list[TableRow]:
    """The figures of one table; a row's period is its own cell's, else the caption's, else
    the nearest one stated in the lines just above the table."""
    caption_text = text[caption[0] : caption[1]]
    caption_periods = [p.period for p in find_periods(caption_text, reference) if p.period]
    if not caption_periods:
        caption_periods = [p.period for p in find_periods(above, reference) if p.period][-1:]
    caption_period = caption_periods[0] if caption_periods else None
    if any(c.kind == "text" and vocab().national.search(c.text) for c in cells):
        return []
    header = _header_periods(cells)
    columns = _header_labels(cells)
    out: list[tuple[str | None, Period | None, str | None, int, _Cell, _Cell]] = []
    if columns:
        # years down, categories (or forces) across: "2019 | 40 | 10 | 3"
        labels = [_label(c, sents, default_force) for c in columns]
        k = sum(1 for c in cells if c.line == cells[0].line)
        while k < len(cells):
            row = cells[k]
            values = cells[k + 1 : k + 1 + len(columns)]
            if (
                row.kind in ("year", "fy")
                and len(values) == len(columns)
                and all(c.kind == "num" for c in values)
            ):
                for (force, btype), c in zip(labels, values, strict=True):
                    if force is not None:
                        count = int(c.text.replace(",", ""))
                        out.append((force, _cell_period(row), btype, count, row, c))
                k += 1 + len(columns)
                continue
            k += 1
    if out:
        pass
    elif header:
        periods, rest = header
        k = 0
        while k < len(rest):
            label = rest[k]
            values = rest[k + 1 : k + 1 + len(periods)]
            if (
                label.kind == "text"
                and len(values) == len(periods)
                and all(c.kind == "num" for c in values)
            ):
                force, btype = _label(label, sents, default_force)
                for p, c in zip(periods, values, strict=True):
                    out.append((force, p, btype, int(c.text.replace(",", "")), label, c))
                k += 1 + len(periods)
                continue
            k += 1
    else:
        for label, value in zip(cells, cells[1:], strict=False):
            if value.kind != "num" or label.kind == "num":
                continue
            count = int(value.text.replace(",", ""))
            if label.kind in ("year", "fy"):
                out.append((default_force, _cell_period(label), None, count, label, value))
            elif label.kind == "text":
                force, btype = _label(label, sents, default_force)
                out.append((force, caption_period, btype, count, label, value))
    rows = []
    for force, period, btype, count, first, last in out:
        if force is None or period is None:
            continue
        start = text.rfind("\n", 0, first.start) + 1
        end = text.find("\n", last.end)
        end = len(text) if end == -1 else end
        rows.append(TableRow(force, period, btype, count, start, end, text[start:end]))
    return rows


def _header_labels(cells: list[_Cell]) -> list[_Cell]:
    """Column names on the first line ('Year | Total | Emails | Lost devices'), without the
    one over the periods ('Year', 'Financial year'); empty unless there are two or more."""
    if not cells:
        return []
    head = [c for c in cells if c.line == cells[0].line]
    if len(head) < 2 or any(c.kind != "text" for c in head):
        return []
    if re.fullmatch(r"(?:financial\s+|calendar\s+)?(?:year|period|date)s?", head[0].text, re.I):
        head = head[1:]
    return head if len(head) >= 1 and len(cells) > len(head) + 1 else []


def _header_periods(cells: list[_Cell]) -> tuple[list[Period], list[_Cell]] | None:
    """Two or more period cells in a row at the top: the columns of a years-across table."""
    k = 0
    while k < len(cells) and cells[k].kind == "text" and k < 2:
        k += 1
    run: list[Period] = []
    while k < len(cells) and cells[k].kind in ("year", "fy"):
        run.append(_cell_period(cells[k]))
        k += 1
    return (run, cells[k:]) if len(run) >= 2 else None


def _cell_period(cell: _Cell) -> Period:
    found = find_periods(cell.text)
    period = found[0].period if found else None
    if period is not None:
        return period
    year = int(cell.text[:4])
    return Period(year, year)


def _label(cell: _Cell, sents: list[Sent], default: str | None) -> tuple[str | None, str | None]:
    """A row label: a force ('Kent Police', 'Merseyside'), a breach category, or a total."""
    name = alias_index().get(re.sub(r"\s+", " ", cell.text).lower())
    if name:
        return name, None
    for sent in sents:
        if sent.start <= cell.start < sent.end or cell.start <= sent.start < cell.end:
            found = category(sent, cell.start - sent.start, cell.end - sent.start)
            if found:
                return default, found
    if re.search(r"\btotal\b", cell.text, re.I) or vocab().topic.search(cell.text):
        return default, None  # "Total", "Data breaches": the force's total
    return None, None
