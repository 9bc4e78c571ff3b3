"""Tables whose cells ran together with nothing between them.

An HTML table whose cells lose their spacing in extraction reads
'Force201920202021Norfolk Constabulary9410188Suffolk Constabulary6672not provided': a
header of years glued into one run of digits, then each row's label glued to its figures. The
years split by their four digits; a row's run of digits splits into as many figures as the
header has columns (less the row's gap cells), the split whose figures are the most alike
(a force's figures in one year and the next differ by a few percent, a wrong split by a
factor of ten), or the one whose figures add up to a Total column, or the one whose last two
figures give the change a column of signed percentages after them states ('6158-5%': 61
and 58). A row no split reads plainly is left out.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

# A header of years (or financial years) glued together, right after its label:
# "Force201920202021", "Year2019/202020/21".
_YEARS_RUN = re.compile(
    r"(?<=[A-Za-z):])((?:(?:19|20)\d\d){2,}|(?:(?:19|20)\d\d/\d\d){2,})(?=[A-Za-z]|\s*$)"
)
# ...or each year after the column's measure, the same words each time: "ForceBreaches
# 2022Breaches 2023", "ForceIncidents 2021/22Incidents 2022/23".
_NAMED_YEARS_RUN = re.compile(
    r"(?<=[a-z)])((?P<name>[A-Z][a-z]+(?: [a-z]+){0,3}) (?:19|20)\d\d(?:/\d\d)?"
    r"(?:(?P=name) (?:19|20)\d\d(?:/\d\d)?)+)(?=[A-Z]|\s*$)"
)
_YEAR = re.compile(r"(?:19|20)\d\d(?:/\d\d)?")


def _years_header(line: str) -> re.Match[str] | None:
    return _YEARS_RUN.search(line) or _NAMED_YEARS_RUN.search(line)


# Where a label and the digits glued to it meet: "Constabulary94", "88Suffolk".
_JUNCTION = re.compile(r"[A-Za-z)]\d|\d[A-Za-z]")
# Between two words run together: "not providedBedfordshire Police".
_CAMEL = re.compile(r"(?<=[a-z)])(?=[A-Z])")
_TOTAL = re.compile(r"(?:grand\s+)?totals?", re.I)
# A change column after the figures: "+19%", "-9%", "−3.5%" (no figure of the row, and no
# gap cell: its sign is no dash of an empty cell).
_CHANGE = re.compile(r"[+\-−–]?\d+(?:\.\d+)?%")
# The pieces of a glued row: a change, a run of digits, or the words up to either.
_PIECE = re.compile(rf"{_CHANGE.pattern}|\d[\d,]*|(?:(?!{_CHANGE.pattern})\D)+")
# Figures of one table row differ by less than this factor (the most alike split only).
_MOST_APART = math.log(3.0)
# The next best split must be this much less alike for the best one to be trusted.
_MARGIN = math.log(2.0)


@dataclass
class GluedCell:
    kind: str  # year | fy | num | gap | text | change (a percentage after the figures)
    text: str
    start: int
    end: int


def glued_header(line: str) -> bool:
    """The line holds a header of years glued together and labels glued to figures."""
    return _years_header(line) is not None and len(_JUNCTION.findall(line)) >= 2


def glued_cells(
    line: str, at: int, columns: int | None, is_gap: re.Pattern[str]
) -> tuple[list[GluedCell], int] | None:
    """The cells of a line whose cells ran together (offsets from `at`), and the number of
    figure columns for the lines after it; None for a line that is not glued. `columns`: the
    count a header on an earlier line set."""
    if re.search(r"\||\t| {2,}", line) or not _JUNCTION.search(line):
        return None
    header = _years_header(line)
    out: list[GluedCell] = []
    rest_at = 0
    total = False
    if header is not None:
        label = line[: header.start()].strip()
        if label:
            out.append(GluedCell("text", label, at, at + header.start()))
        years = list(_YEAR.finditer(header.group(1)))
        for y in years:
            a = at + header.start() + y.start()
            kind = "fy" if "/" in y.group(0) else "year"
            out.append(GluedCell(kind, y.group(0), a, a + len(y.group(0))))
        columns = len(years)
        rest_at = header.end()
        after = _TOTAL.match(line, rest_at)
        if after is not None and line[after.end() : after.end() + 1].isupper():
            out.append(GluedCell("text", after.group(0), at + after.start(), at + after.end()))
            columns, total, rest_at = columns + 1, True, after.end()
    elif columns is None:
        return None
    assert columns is not None
    for row in _rows(line, rest_at, is_gap):
        out.extend(_read_row(row, at, columns, total))
    return out, columns


def _rows(line: str, start: int, is_gap: re.Pattern[str]) -> Iterator[list[GluedCell]]:
    """Rows of pieces: a label, then runs of digits and gap cells up to the next label."""
    row: list[GluedCell] = []
    for m in re.finditer(_PIECE, line[start:]):
        a = start + m.start()
        piece = m.group(0)
        if _CHANGE.fullmatch(piece) and row:
            row.append(GluedCell("change", piece, a, a + len(piece)))
            continue
        if piece[0].isdigit():
            row.append(GluedCell("digits", piece, a, a + len(piece)))
            continue
        # "not providedBedfordshire Police": a gap cell, then the next row's label
        bounds = [0, *(w.start() for w in _CAMEL.finditer(piece)), len(piece)]
        for x, y in zip(bounds, bounds[1:], strict=False):
            word = piece[x:y]
            if not word.strip():
                continue
            lead = len(word) - len(word.lstrip())
            cell = GluedCell("text", word.strip(), a + x + lead, a + x + lead + len(word.strip()))
            if is_gap.fullmatch(cell.text) and row:
                cell.kind = "gap"
                row.append(cell)
                continue
            if row:
                yield row
            row = [cell]
    if row:
        yield row


def _read_row(row: list[GluedCell], at: int, columns: int, total: bool) -> list[GluedCell]:
    """A label and its cells, the runs of digits split into figures; the label alone when no
    split reads plainly."""
    label, pieces = row[0], row[1:]
    shifted = [GluedCell(c.kind, c.text, at + c.start, at + c.end) for c in row]
    if label.kind != "text" or not pieces:
        return shifted[:1] if label.kind == "text" else []
    change = next((p.text for p in pieces if p.kind == "change"), None)
    pieces = [p for p in pieces if p.kind != "change"]
    runs = [p for p in pieces if p.kind == "digits"]
    gaps = len(pieces) - len(runs)
    rate = float(re.sub(r"[−–]", "-", change).rstrip("%")) if change else None
    split = _best_split([r.text.replace(",", "") for r in runs], columns - gaps, total, rate)
    if split is None:
        return shifted[:1]
    out = [shifted[0]]
    parts = iter(split)
    for piece in pieces:
        if piece.kind == "gap":
            out.append(GluedCell("gap", piece.text, at + piece.start, at + piece.end))
            continue
        offset = at + piece.start
        for value in next(parts):
            out.append(GluedCell("num", value, offset, offset + len(value)))
            offset += len(value)
    return out


def _splits(digits: str, parts: int) -> Iterator[list[str]]:
    """Every way to cut a run of digits into `parts` figures without leading zeros."""
    if parts == 1:
        if digits and (digits == "0" or digits[0] != "0") and len(digits) <= 6:
            yield [digits]
        return
    for k in range(1, min(6, len(digits) - parts + 1) + 1):
        head = digits[:k]
        if head != "0" and head[0] == "0":
            continue
        for tail in _splits(digits[k:], parts - 1):
            yield [head, *tail]


def _allocations(runs: int, parts: int) -> Iterator[list[int]]:
    """Ways to give each of `runs` runs of digits one or more of `parts` figures."""
    if runs == 1:
        if parts >= 1:
            yield [parts]
        return
    for k in range(1, parts - runs + 2):
        for tail in _allocations(runs - 1, parts - k):
            yield [k, *tail]


def _best_split(
    runs: list[str], parts: int, total: bool, change: float | None = None
) -> list[list[str]] | None:
    """The one plain reading of the runs as `parts` figures: with a Total column, the split
    that adds up; with a change column, the one split whose last two figures give that change
    (to the nearest whole percent); else the most alike, if alike enough and clearly the best."""
    if not runs or parts < len(runs) or parts > 12:
        return None
    candidates: list[tuple[float, list[list[str]]]] = []
    for sizes in _allocations(len(runs), parts):
        for split in _product([list(_splits(r, k)) for r, k in zip(runs, sizes, strict=True)]):
            values = [int(v) for piece in split for v in piece]
            if total:
                if len(values) >= 3 and sum(values[:-1]) == values[-1]:
                    candidates.append((0.0, split))
                continue
            logs = [math.log(v + 1) for v in values]
            candidates.append((max(logs) - min(logs), split))
    candidates.sort(key=lambda c: c[0])
    if not candidates:
        return None
    if change is not None:
        fitting = [c for c in candidates if _gives_change(c[1], change)]
        if len(fitting) == 1:
            return fitting[0][1]
        if not fitting:
            return None  # no split gives the change the row states: read wrong
    if total:
        return candidates[0][1] if len(candidates) == 1 else None
    best = candidates[0][0]
    if best > _MOST_APART:
        return None
    if len(candidates) > 1 and candidates[1][0] - best < _MARGIN:
        return None
    return candidates[0][1]


def _gives_change(split: list[list[str]], change: float) -> bool:
    """The last two figures of a split rise or fall by `change` percent, as rounded."""
    values = [int(v) for piece in split for v in piece]
    if len(values) < 2 or values[-2] == 0:
        return False
    return abs(100 * (values[-1] - values[-2]) / values[-2] - change) <= 1.0


def _product(options: list[list[list[str]]]) -> Iterator[list[list[str]]]:
    if not options:
        yield []
        return
    for first in options[0]:
        for rest in _product(options[1:]):
            yield [first, *rest]


# Column names run together with nothing between them ("ForceLost devicesStaff misuseTotal"):
# a lower-case letter (or a closing bracket) right before a capital starts the next name.
_NAME_JOIN = re.compile(r"(?<=[a-z)])(?=[A-Z])")
_NOT_NAMES = re.compile(r"[\d|\t.:;,!?]")
# A row under it: a label, then its figures ("Kent Police14 22 9 52", "Kent Police 14 22 9 52").
_FIGURES_ROW = re.compile(r"[A-Za-z][^|\t\d]*?[a-z)]\s*(\d[\d,]*(?:\s+\d[\d,]*)+)\s*")


def split_glued_names(lines: list[str]) -> list[str]:
    """A header of column names that ran together ('ForceLost devicesWrong-address
    emailsTotal') over a row of a label and figures, one name per column of that row (the
    label's included or not), written with ' | ' between the names, so that each name is read
    as words ('Lost devices') and the table's columns line up. Other lines are unchanged."""
    out = list(lines)
    for k, line in enumerate(lines[:-1]):
        text = line.strip()
        if _NOT_NAMES.search(text) or len(text.split()) > 12:
            continue
        cuts = [m.start() for m in _NAME_JOIN.finditer(text)]
        if len(cuts) < 2:
            continue
        row = _FIGURES_ROW.fullmatch(lines[k + 1].strip())
        if row is None:
            continue
        names = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
        if len(names) - len(row.group(1).split()) not in (0, 1):
            continue
        out[k] = " | ".join(names)
    return out
