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
from extract.rules.tally_cues import WORD, alias_index, alias_re, category, vocab
from extract.rules.tally_forces import ASIDE_OPEN
from extract.rules.tally_glued import glued_cells, glued_header
from extract.rules.tally_notes import unnoted_periods
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
    # a count of people put through misconduct proceedings (a list under "... staff were
    # disciplined for misusing databases", a "Staff disciplined" column): an outcome, no row
    people: bool = False


_HAS_DIGIT = re.compile(r"\d")
_FIGURE = re.compile(r"(?<!\S)\d[\d,/]*\S?(?!\S)")
# An item of a bulleted list of labelled figures: "- Kent Police: 612", "• Kent: around 450".
_LIST_ITEM = re.compile(r"\s*[-•*–]\s+[^:\d]{1,60}:\s*\S")
# An item of a list that goes on in words after its figure ("Kent Police: 112 breaches, up
# from 87", "Essex Police: 74 (2021: 80)"): prose, read sentence by sentence.
_PROSE_ITEM = re.compile(
    r"\s*[A-Z][^:\d|\t]{1,60}:\s*\d[\d,]*\s+(?:[a-z]+\W+[a-z]|\(\s*(?:19|20)\d\d\S*\s*[:=-])"
)
# An item whose figure a remark in words follows, in brackets: "• Kent Police – 201 (up from
# 150)", "Surrey Police: 98 (compared with 120 at Sussex Police)". The remark may give another
# figure, its period or force: the item is read as a sentence. A note on the cell ("(to 31
# October)", "(provisional)") is no remark.
_REMARK_ITEM = re.compile(
    r"\s*(?:[-•*–]\s+)?[A-Z][^:\d|\t]{1,60}?\s*[:–—-]\s*\d[\d,]*\s*"
    r"\((?!\s*(?:up\s+)?(?:to|until|as\s+at)\b)\s*[a-z]+\s+[a-z]+\s+[^()]*\)"
)
# A date: "29 May 2024", "May 29, 2024", "29/05/2024".
_DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}\b|"
    r"\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
)
# A footnote mark after a cell's value: "2023/24*", "159†".
_MARK = r"[*†‡§¹²³]*"
_PERIOD_CELL = re.compile(
    rf"((?:19|20)\d\d(?:\s*[/–-]\s*\d\d(?:\d\d)?)?){_MARK}(?:\s*\([^)]*\))?"
)  # "2021/22 (to 31 October)": a period with a note
# A period from one month to another: "April 2020 - March 2021", "Apr 2021 to Mar 2022".
_MONTHS_CELL = re.compile(
    r"(?:[A-Za-z]{3,9}\.?\s+(?:19|20)\d\d)\s*(?:-|–|—|to)\s*[A-Za-z]{3,9}\.?\s+(?:19|20)\d\d"
)
# A figure fills its cell, perhaps with a note: "42 (up to 28/05/2025)".
_NUMBER_CELL = re.compile(rf"(\d{{1,3}}(?:,\d{{3}})+|\d+){_MARK}(?:\s*\([^)]*\))?")
# A cell holding no figure: suppressed ("<5", "fewer than 5"), not held, not applicable.
_NIL_CELL = re.compile(r"(?:nil|none|zero)\.?", re.I)  # a cell of nought
_GAP_CELL = re.compile(
    r"[<≤]\s*\d+|(?:fewer|less)\s+than\s+\d+|n/?a|"
    r"not\s+(?:held|known|recorded|available|supplied|provided|given|disclosed|submitted)|"
    r"no\s+(?:data|figures?|response|return|reply)|"
    r"[-–—*x]|\.\.|redacted|suppressed|withheld|exempt",
    re.I,
)
# The tokens of a row whose cells ran together with single spaces: each is a period, a
# figure, a gap ("<5", "n/a") or a word; words in a row make one label cell.
_TOKEN = re.compile(r"\([^()]*\)|[<≤]\s*\d+|\S+")
# A year and its figure in one cell, set apart by a spaced dash: "2020 - 88"
_YEAR_FIGURE = re.compile(r"((?:19|20)\d\d)\s+[-–—]\s+(\d{1,3}(?:,\d{3})*|\d+)")
# Cells that ran together: a label, then figures or years ("Kent Police 12 15 18"), a cell
# with no figure among them ("Kent Police n/a 44 47": none for the first period).
_LABEL_THEN = re.compile(
    r"[^\w(]*([A-Za-z][^|\t\d]*?[A-Za-z)])\s*[:–—-]?\s+((?=[^|\t]*\d)(?:(?:\d[\d,/–-]*|(?i:n/a))\s*)+|"
    r"(?i:none|nil|zero)\.?)[*†‡§¹²³]*(?:\s*\([^()\d]*\))?"
)  # "• Lost paperwork: 34", "Kent Police 12 15 18", "• Surrey Police – none", "Kent: 45
# (provisional)": a note in words after the figures is the cell's
_PIECES = re.compile(r"[^|\t]+?(?=\s{2,}|[|\t]|\s*$)|[^|\t]+")
# A label of two or more words whose figure ran into its last word ("Emails sent to the wrong
# person41", "Lost paperwork17"): the cell broke off at the last letter. A glued year is no
# figure ("Report 2021" stays text).
_GLUED_FIGURE = re.compile(r"([A-Za-z][^|\t\d]*?\s[^|\t\d]*?[a-z)])(\d{1,3}(?:,\d{3})*|\d{1,4})")
# A row label its first figure ran into, then more figures ("Kent Police14 22 9 52").
_GLUED_ROW = re.compile(r"([A-Za-z][^|\t\d]*?[a-z)])(\d[\d,]*(?:\s+\d[\d,]*)+)\s*")


@dataclass
class _Cell:
    kind: str  # fy | year | num | gap (a cell with no figure: "<5", "n/a") | text
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
        pair = _YEAR_FIGURE.fullmatch(piece)
        if pair and int(pair.group(2)) % 100 != (int(pair.group(1)) + 1) % 100:
            # "2020 - 88": a year and its figure, not the financial year 2020/88
            out.append(_kind(pair.group(1), at, line))
            out.append(_kind(pair.group(2), at + pair.start(2), line))
            continue
        cell = _kind(piece, at, line)
        months = _MONTHS_CELL.match(piece)
        if cell.kind == "text" and months and find_periods(months.group(0)):
            # "April 2020 to March 2021: 61": a period from month to month labels the row
            out.append(_Cell("fy", months.group(0), at, at + months.end(), line))
            rest = piece[months.end() :]
            for v in re.finditer(r"[^\s:=–—-][^\s]*", rest):
                out.append(_kind(v.group(0), at + months.end() + v.start(), line))
            continue
        row = _GLUED_ROW.fullmatch(piece) if cell.kind == "text" else None
        if row and not _PERIOD_CELL.fullmatch(row.group(2).split()[0]):
            # "Kent Police14 22 9 52": the label, then one cell per figure
            out.append(_Cell("text", row.group(1), at, at + row.end(1), line))
            for v in re.finditer(r"\S+", row.group(2)):
                out.append(_kind(v.group(0), at + row.start(2) + v.start(), line))
            continue
        glued = _GLUED_FIGURE.fullmatch(piece) if cell.kind == "text" else None
        if glued and not _PERIOD_CELL.fullmatch(glued.group(2)):
            out.append(_Cell("text", glued.group(1), at, at + glued.end(1), line))
            out.append(_kind(glued.group(2), at + glued.start(2), line))
            continue
        if cell.kind == "text" and re.search(r"\d", piece):
            runs = _runs(piece, at, line)
            if runs:
                out.extend(runs)
                continue
        out.append(cell)
    return out


# 'in' or 'for' and the period a figure is for: "22 in 2020, 27 in 2021"
_IN_PERIOD = re.compile(r"\s+(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?(?:[,;.]|\s|$)")


def _runs(piece: str, at: int, line: int) -> list[_Cell]:
    """A row whose cells ran together with single spaces ('Force 2017 2018 2019 Total',
    'Sussex Police 37 41 39 117', 'Lost device 3 nil 2'): one cell per period, figure or gap,
    one per run of words; none unless it holds two or more figures or periods."""
    cells: list[_Cell] = []
    # a date ("14 November 2024, 06:00") is words of the label, no period and figure
    masked = _DATE.sub(lambda d: "x" * len(d.group(0)), piece)
    dating = False  # "22 in 2020, 27 in 2021": the period after 'in' is the figure's before
    for m in _TOKEN.finditer(masked):
        last = cells[-1] if cells else None
        dated = _PERIOD_CELL.fullmatch(m.group(0)[1:-1].strip())
        if m.group(0).startswith("(") and last is not None and last.kind == "num" and dated:
            # "45 (2021), 52 (2022)": the period the figure before is for labels it
            cells.insert(len(cells) - 1, _kind(dated.group(0), at + m.start() + 1, line))
            continue
        if (
            m.group(0).lower() in ("in", "for")
            and last is not None
            and last.kind == "num"
            and _IN_PERIOD.match(masked, m.end())
        ):
            dating = True
            continue
        if dating:
            dating = False
            period = _kind(m.group(0).rstrip(":=,;."), at + m.start(), line)
            if period.kind in ("year", "fy") and last is not None:
                cells.insert(len(cells) - 1, period)
                continue
        if m.group(0) in (",", ";"):
            continue
        if (
            last is None
            and m.group(0) in ("-", "–", "•", "*", "·")
            and not masked[: m.start()].strip()
        ):
            continue  # "- Gwent Police: 22 (2020), 27 (2021)": the item's bullet, no empty cell
        if (
            m.group(0).lower() in ("and", "&")
            and last is not None
            and last.kind == "num"
            and re.match(r"\s+\d", masked[m.end() :])
        ):
            continue  # "Kent Police - 120 and 143": the figures of one row, joined in words
        if m.group(0).startswith("(") and last is not None and last.kind != "text":
            last.end = at + m.end()  # a note on the cell before: "2021/22 (to 31 October)"
            continue
        if m.group(0) in ("-", "–", "—", ":", "=") and last is not None and last.kind != "num":
            continue  # "2019 - 45": between a label and its figure, no empty cell
        token = m.group(0).rstrip(":=,;")  # "2019: 45", "2021 – 45, 2022 – 52; ..."
        cell = _kind(token or m.group(0), at + m.start(), line)
        if cell.kind == "text":
            cell.text = piece[m.start() : m.end()]
        if cell.kind == "text" and last is not None and last.kind == "text":
            last.text = piece[last.start - at : m.end()]
            last.end = at + m.end()
        else:
            cells.append(cell)
    return cells if sum(c.kind != "text" for c in cells) >= 2 else []


def _kind(piece: str, at: int, line: int) -> _Cell:
    period = _PERIOD_CELL.fullmatch(piece)
    if period:
        value = period.group(1)
        kind = "fy" if len(value) > 4 else "year"
        if kind == "year" and not 1950 <= int(value) <= 2049:
            kind = "num"
        return _Cell(kind, value, at, at + len(piece), line)
    if _MONTHS_CELL.fullmatch(piece) and find_periods(piece):
        return _Cell("fy", piece, at, at + len(piece), line)  # read by _cell_period
    number = _NUMBER_CELL.fullmatch(piece)
    if number:
        return _Cell("num", number.group(1), at, at + len(piece), line)
    if _NIL_CELL.fullmatch(piece):
        return _Cell("num", "0", at, at + len(piece), line)
    if _GAP_CELL.fullmatch(piece):
        return _Cell("gap", piece, at, at + len(piece), line)
    return _Cell("text", piece, at, at + len(piece), line)


def _is_table_line(line: str) -> bool:
    """A row of cells: separated by '|', tabs or wide spaces, or a short label and figures
    that is no sentence ('Kent Police 120', '2019 |'); blank rows ('|') belong to tables."""
    if not line.strip(" |\t"):
        return True
    cell = line.strip(" |\t")
    if "|" in line and (_NIL_CELL.fullmatch(cell) or _GAP_CELL.fullmatch(cell)):
        return True  # "nil |", "n/a |": a cell of nought or with no figure on a line of its own
    cells = [c.strip() for c in re.split(r"[|\t]", cell) if c.strip()]
    if (
        len(cells) > 1
        and not _HAS_DIGIT.search(line)
        and all(_NIL_CELL.fullmatch(c) or _GAP_CELL.fullmatch(c) for c in cells[1:])
    ):
        return True  # "Suffolk Constabulary | nil": a label whose cells are nought or gaps
    if not _HAS_DIGIT.search(line) or not _HAS_DIGIT.search(_DATE.sub(" ", line)):
        return False  # "Date of response: 29 May 2024" is no row of figures
    if glued_header(line):
        return True  # "Force201920202021Norfolk Constabulary9410188...": a table run together
    if re.search(r"\||\t| {2,}", line):
        return True
    if _PROSE_ITEM.match(line) or _REMARK_ITEM.match(line):
        return False  # "Kent Police: 112 breaches, up from 87 in 2021": a sentence of a list
    if _LIST_ITEM.match(line):
        return True  # "- Leicestershire Police: around 450 (the force said ...)": an item
    if len(_FIGURE.findall(line)) >= 4 and not re.search(r"[,;.](?:\s|$)", line):
        # a whole table run together on one line: "Year 2019 2020 Emails 12 15 Lost 3 nil"
        tokens = line.split()
        if 3 * sum(_kind(t, 0, 0).kind != "text" for t in tokens) >= len(tokens):
            return True
    words = WORD.findall(re.sub(r"\d[\d,/\-–]*", " ", line))
    if len(words) > 10:
        return False  # over either limit below: no need for the costly glued-figure match
    # "Staff looking up records without a reason11": a longer label its figure ran into
    longest = 10 if _GLUED_FIGURE.fullmatch(line.strip()) else 6
    return len(words) <= longest and not line.rstrip().endswith(".")


# A cell of a flattened table's record that holds its value: a figure, a gap ("-", "n/a"), a
# change ("-3") or a share ("12%").
_VALUE_CELL = re.compile(r"[-+–]?\d[\d,.]*%?")


# A record on one line under a header flattened one name per line: "Kent Police 120 3 2".
_ROW_ON_LINE = re.compile(r"[A-Za-z][A-Za-z&'’.()\- ]{1,50}?(?:\s+(?:\d[\d,]*|-|–|n/a)){2,8}", re.I)


def _flat_kind(line: str) -> str:
    """What one line of a table flattened one cell per line holds: 'value' (a figure or a
    gap), 'period' (a year or financial year heading a column), 'name' (a short label: a
    column's name or a row's), or 'other' (prose, a caption, anything longer)."""
    cell = line.strip(" |\t")
    if not cell:
        return "other"
    kind = _kind(cell, 0, 0).kind
    if kind in ("year", "fy"):
        return "period"
    if kind in ("num", "gap") or _VALUE_CELL.fullmatch(cell):
        return "value"
    if _ROW_ON_LINE.fullmatch(cell):
        return "row"
    if (
        len(cell) <= 120
        and len(cell.split()) <= 20
        and not _HAS_DIGIT.search(cell)
        and not re.search(r"[.:;?!]$|[|\t]", cell)
    ):
        return "name"
    return "other"


def _flat_table(kinds: list[str], h: int) -> tuple[int, int, int] | None:
    """A table flattened one cell per line starting at line `h`: a header of column names
    (the first a name, the rest names or periods), then two or more records of N >= 3 lines
    each (a row's name, then N-1 values). The header names every column, or only those of
    values ('Breaches' / 'Dismissed' / 'Resigned' over 'Kent Police' / '120' / '3' / '2').
    Records may instead stand one to a line ('Kent Police 120 3 2'), under a header of
    three or more names. Returns the header's length, the record's (1 for records on one
    line), and the line after the last whole record; None when no such table starts here."""
    if kinds[h] != "name":
        return None
    k = h + 1
    while k < len(kinds) and kinds[k] in ("name", "period"):
        k += 1
    if k - h >= 3 and k + 1 < len(kinds) and kinds[k] == kinds[k + 1] == "row":
        r = k
        while r < len(kinds) and kinds[r] == "row":
            r += 1
        return k - h, 1, r
    if k >= len(kinds) or kinds[k - 1] != "name":
        return None
    names = k - h - 1  # the run's last name is the first record's
    for width in (names, names + 1):
        if width < 3:
            continue
        r, records = h + names, 0
        while r + width <= len(kinds) and kinds[r] == "name":
            values = kinds[r + 1 : r + width]
            if any(v != "value" for v in values):
                break  # the first line that breaks the record shape ends the table
            r += width
            records += 1
        if records >= 2:
            return names, width, r
    return None


def _rejoin_flat(text: str) -> str:
    """A table that cleaning left one cell per line ('Police Force' / 'Number of breaches' /
    'Dismissed' / 'Resigned' over 'Kent Police' / '120' / '3' / '2', ...), each record's
    cells put back on one line: the line breaks between a record's cells become tabs, so
    offsets hold and the table reads as any other, column by column under its header. Blank
    lines between cells or records are passed over; a blank cell is not told from them."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    if len(spans) < 5:
        return text
    kinds = [_flat_kind(text[a:b]) for a, b in spans]
    out = list(text)
    h = 0
    while h < len(spans):
        found = _flat_table(kinds, h)
        if found is None:
            h += 1
            continue
        names, width, end = found
        starts = [(h, names)] + [(r, width) for r in range(h + names, end, width)]
        for first, size in starts:  # the header, then each record
            for c in range(first, first + size - 1):
                for x in range(spans[c][1], spans[c + 1][0]):
                    if text[x] == "\n" or not text[x].strip():
                        out[x] = "\t"
        h = end
    return "".join(out)


def _column_block(kinds: list[str], h: int) -> tuple[int, int, int, int] | None:
    """A table printed column by column (text taken from a PDF or a screenshot): N >= 2 row
    labels one per line (all names, or all periods), then one or more columns, each a header
    line (a period or a name) over exactly N values ('Force' / 'Kent Police' / 'Essex Police'
    / '2022' / '120' / '75' / '2023' / '98' / '81'). A short name right above the labels is
    the labels' own header ('Force'). Returns the first line of the block (that header, else
    the first label), the number of labels, the number of columns and the line after the
    block; None when no such table starts at label line `h`."""
    label = kinds[h]
    if label not in ("name", "period"):
        return None
    k = h
    while k < len(kinds) and kinds[k] == label:
        k += 1
    # the last line of the run heads the first column; the labels are the lines before it
    if k < len(kinds) and kinds[k] in ("name", "period") and kinds[k] != label:
        head, n = k, k - h  # names, then "2022" heading the first column (periods, "Breaches")
    else:
        head, n = k - 1, k - 1 - h  # "Breaches" heading the first column of periods or names
    if n < 2 or head >= len(kinds) or kinds[head] not in ("name", "period"):
        return None
    columns, r = 0, head
    while r < len(kinds) and kinds[r] in ("name", "period"):
        values = kinds[r + 1 : r + 1 + n]
        if len(values) < n or any(v != "value" for v in values):
            break
        if r + 1 + n < len(kinds) and kinds[r + 1 + n] == "value":
            break  # more values than labels: no column of this table
        columns += 1
        r += 1 + n
    if columns == 0:
        return None
    return h, n, columns, r


def _forces_across(
    text: str, spans: list[tuple[int, int]], h: int, flat: tuple[int, int, int]
) -> bool:
    """A flattened table read row by row would have forces across its header and no force
    down its records ('Force' / 'Kent Police' / 'Essex Police' over 'Breaches' / '120' /
    '75'): it was printed column by column, forces down."""
    names, width, end = flat
    if width < 2:
        return False
    force = alias_re()

    def is_force(k: int) -> bool:
        cell = text[spans[k][0] : spans[k][1]].strip()
        return bool(force.search(cell))

    header = range(h + 1, h + names)
    records = range(h + names, end, width)
    return sum(map(is_force, header)) >= 2 and not any(map(is_force, records))


def _transpose_columns(text: str) -> tuple[str, list[tuple[int, int]], dict[int, int]]:
    """Tables printed column by column put back row by row, one record a line with tabs
    between its cells, inside the same characters (the block's length kept, what is left
    over made line breaks at its end), so offsets outside the blocks hold. Returns the text
    and the character ranges of the blocks rewritten (their rows' evidence is the block), and
    where each row label now starts -> where it was printed."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    moved: dict[int, int] = {}
    if len(spans) < 5:
        return text, [], moved
    kinds = [_flat_kind(text[a:b]) for a, b in spans]
    cell = [text[a:b].strip() for a, b in spans]
    force = alias_re()
    out, blocks = text, []
    h = 0
    while h < len(spans):
        flat = _flat_table(kinds, h)
        if flat is None:
            found = _column_block(kinds, h)
        elif _forces_across(text, spans, h, flat):
            found = _column_block(kinds, h + 1)  # the forces under their header ("Force")
        else:
            h = flat[2]  # a table flattened one cell per line, row by row: read as it stands
            continue
        if found is None:
            h += 1
            continue
        first, n, columns, end = found
        named = [cell[first + i] for i in range(n)]
        if named and _TOTAL.fullmatch(named[-1].strip(" :*")):
            named = named[:-1]  # a "Total" row under the forces
        if kinds[first] == "name" and not (
            len(named) >= 2 and all(force.search(label) for label in named)
        ):
            h += 1  # labels down that are no forces (nor periods): too loose a shape to read
            continue
        labels = cell[first : first + n]
        heads = [cell[first + n + c * (n + 1)] for c in range(columns)]
        values = [[cell[first + n + c * (n + 1) + 1 + i] for c in range(columns)] for i in range(n)]
        top = first
        own = first - 1
        if own >= 0 and kinds[own] == "name" and len(cell[own].split()) <= 3:
            top = own  # "Force" over the labels: the first cell of the header line
            lines = ["\t".join([cell[own], *heads])]
        else:
            lines = ["\t".join(heads)]
        a, b = spans[top][0], spans[end - 1][1]
        at, places = a + len(lines[0]) + 1, {}
        for i in range(n):
            # a row label read at its new place is looked up (its breach category) where it
            # was printed
            raw = text[spans[first + i][0] : spans[first + i][1]]
            places[at] = spans[first + i][0] + len(raw) - len(raw.lstrip())
            lines.append("\t".join([labels[i], *values[i]]))
            at += len(lines[-1]) + 1
        rewritten = "\n".join(lines)
        if len(rewritten) > b - a:
            h = end
            continue
        moved.update(places)
        out = out[:a] + rewritten + "\n" * (b - a - len(rewritten)) + out[b:]
        blocks.append((a, b))
        h = end
    return out, blocks, moved


# A numbered list item's number ("1. Kent Police - 45", "12) Essex ..."), at a line's start.
_NUMBERED_ITEM = re.compile(r"(?m)^([ \t]*)(\d{1,2}[.)])(?=[ \t]+\S)")


# A league table's place opening a row, before the row's label: "1 Kent Police 301",
# "2 | Essex Police | 241" (the place, then the gap or the bar up to the label's first letter).
_PLACE_CELL = re.compile(r"[ \t]*(\d{1,2})(?:[ \t]*\|[ \t]*|[ \t]+)(?=[^\W\d_])")
# The first cell of a header line over such rows: "Rank", "Position |".
_HEAD_CELL = re.compile(r"[ \t]*([^\W\d_][\w.]*)(?:[ \t]*\|[ \t]*|[ \t]+)(?=[^\W\d_])")


def _as_bullets(text: str) -> str:
    """Numbered items read as bulleted ones, offsets kept: a rank is no figure of the row."""
    return _blank_places(
        _NUMBERED_ITEM.sub(lambda m: m.group(1) + "-".ljust(len(m.group(2))), text)
    )


def _blank_places(text: str) -> str:
    """A league table's column of places blanked, offsets kept: rows opening on 1, 2, 3, ...
    in turn (two rows or more) before their label ("1 Kent Police 301", "2 | Essex Police |
    241") rank the rows, their numbers no figures; the header cell over them ("Rank",
    "Position": `rank_headers` in tallies.toml) goes too, so the header's names stand over
    the columns that are left."""
    lines = list(re.finditer(r"[^\n]+", text))
    places = [_PLACE_CELL.match(text, m.start(), m.end()) for m in lines]
    out = list(text)
    i = 0
    while i < len(lines):
        place = places[i]
        if place is None or int(place.group(1)) != 1:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and (nxt := places[j]) and int(nxt.group(1)) == j - i + 1:
            j += 1
        if j - i >= 2:
            blank = [places[k] for k in range(i, j)]
            head = _HEAD_CELL.match(text, lines[i - 1].start(), lines[i - 1].end()) if i else None
            if head and head.group(1).lower() in vocab().rank_headers:
                blank.append(head)
            for cell in blank:
                if cell is not None:
                    out[cell.start(1) : cell.end()] = " " * (cell.end() - cell.start(1))
        i = max(j, i + 1)
    return "".join(out)


def find_table_rows(
    text: str, sents: list[Sent], default_force: str | None, reference: date | None
) -> tuple[list[TableRow], list[tuple[int, int]]]:
    """Rows of tables whose cells ran together in the text ('2022 | 104 | 2023 | 134', one
    cell per line, or 'Force 2019 2020' over 'Kent Police 12 15'), under a caption naming
    a breach measure. Returns the rows and the character ranges the tables cover."""
    original, (text, blocks, moved) = text, _transpose_columns(_as_bullets(text))
    text = _rejoin_flat(text)
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    rows: list[TableRow] = []
    ranges: list[tuple[int, int]] = []
    table = [
        _is_table_line(text[a:b]) or _label_cell(text, lines, k) for k, (a, b) in enumerate(lines)
    ]
    datelines = [s for s in sents if s.is_dateline()]
    last_caption: tuple[int, int] | None = None  # of the last table found, and its end line
    last_end = -9
    i = 0
    while i < len(lines):
        a, b = lines[i]
        if not table[i] or not (re.search(r"\d", text[a:b]) or _label_cell(text, lines, i)):
            i += 1
            continue
        j = i + 1
        while (
            j < len(lines)
            and table[j]
            and not _sub_caption(text[lines[j][0] : lines[j][1]])
            and not _next_header(text, lines, i, j)
        ):
            j += 1
        if i and j - i >= 2 and _other_caption(text[lines[i - 1][0] : lines[i - 1][1]]):
            # "Number of officers" right above it: the table counts that, whatever a caption
            # further up or the next table's caption under it names; its lines are no prose
            ranges.append((a, lines[j - 1][1]))
            i = j
            continue
        caption = _caption(text, lines, i, j, sents)
        if caption is None and i - last_end <= 2 and last_caption is not None:
            # "Suffolk Constabulary" over "2020: 155" right under Norfolk's list: the next
            # table of the run, under the same caption
            caption = last_caption
        if caption is not None and (j - i >= 2 or len(_block_cells(text, lines, i, i + 1)) >= 4):
            first = i
            if i and _periods_header(_cells(text, a, b, i)):
                pass  # the table's own header of periods: the line above is no header of it
            elif i and re.search(r"\||\t| {2,}", text[lines[i - 1][0] : lines[i - 1][1]]):
                first = i - 1  # a header row of column names: "Year | Emails | Lost devices"
            elif i and _spaced_names(text[lines[i - 1][0] : lines[i - 1][1]], text[a:b]):
                first = i - 1  # "Police Force Disciplined Dismissed" over "Kent 12 3"
            cells = _block_cells(text, lines, first, j)
            for c in cells:
                if c.start in moved:  # a row label of a table printed column by column
                    c.start, c.end = moved[c.start], moved[c.start] + c.end - c.start
            above = text[lines[max(0, i - 4)][0] : b] if i else text[a:b]
            if i:
                # a dateline above the table ("14 November 2024") is when it was published,
                # no period of its figures
                top = lines[max(0, i - 4)][0]
                for s in datelines:
                    if top <= s.start and s.end <= b:
                        gap = " " * (s.end - s.start)
                        above = above[: s.start - top] + gap + above[s.end - top :]
            lead = _lead(text[a:b])
            if lead is None and i:
                lead = _lead(text[lines[i - 1][0] : lines[i - 1][1]])
            # the line under the table, when a caption or a source note: its period dates the
            # figures when nothing above the table does ("Source: FOI answers, 2022")
            under = text[lines[j][0] : lines[j][1]] if j < len(lines) else ""
            if not (_FOOTNOTE.match(under) or _caption_below(under) or _period_note(under)):
                under = ""
            force = _heading_force(text, lines, i) or default_force
            found = _table(cells, text, caption, above, sents, force, reference, lead, under)
            if found:
                rows += found
                ranges.append((a, lines[j - 1][1]))
                last_caption, last_end = caption, j
        i = max(j, i + 1)
    for row in rows:  # evidence as printed, numbers of the list items included
        for a, b in blocks:  # a table printed column by column: the whole block
            if a <= row.start < b:
                row.start, row.end = a, b
        row.text = original[row.start : row.end]
    return rows, ranges


def _heading_force(text: str, lines: list[tuple[int, int]], i: int) -> str | None:
    """A force named on the line right above a table, alone ('Suffolk Constabulary' or
    'Suffolk Constabulary:' over '2020: 155'): the table is that force's, not the page's."""
    if not i:
        return None
    a, b = lines[i - 1]
    label = text[a:b].strip().rstrip(":").strip()
    return _force_of(_Cell("text", label, a, b, i - 1)) if label else None


def _next_header(text: str, lines: list[tuple[int, int]], i: int, j: int) -> bool:
    """A header of periods ('Breakdown | 2022 | 2023 | 2024') under rows of figures already
    read: the next table of the run starts there (a breakdown by type under the yearly
    totals), its columns its own, not a row of the table above."""
    line = _cells(text, lines[j][0], lines[j][1], j)
    if not _periods_header(line):
        return False
    return any(
        c.kind == "num" for k in range(i, j) for c in _cells(text, lines[k][0], lines[k][1], k)
    )


def _sub_caption(line: str) -> bool:
    """A line inside a run of table lines that captions the next table ('Breaches by type,
    2023'): it names breaches, holds no figure but a year, and is no row of periods."""
    if not vocab().topic.search(line) or re.search(r"\||\t| {2,}", line):
        return False
    cells = [_kind(t.strip(",:;"), 0, 0) for t in line.split()]
    periods = [c for c in cells if c.kind in ("year", "fy")]
    return not any(c.kind == "num" for c in cells) and len(periods) <= 1


def _lead(line: str) -> str | None:
    """The sentence introducing the table right above it, ending in a colon ('A breakdown for
    2022/23 shows:'): what it states of the table (its period) beats a caption further up."""
    line = line.strip()
    if not line.endswith(":"):
        return None
    return re.split(r"(?<=[.!?])\s+", line)[-1]


def _block_cells(text: str, lines: list[tuple[int, int]], first: int, j: int) -> list[_Cell]:
    """The cells of a table's lines; lines whose cells ran together with nothing between them
    are cut by the columns of the header of years above (or on) them."""
    cells: list[_Cell] = []
    columns: int | None = None
    for k in range(first, j):
        a, b = lines[k]
        glued = glued_cells(text[a:b], a, columns, _GAP_CELL)
        if glued is None:
            line = _cells(text, a, b, k)
            if _periods_header(line) and not any(c.kind == "num" for c in cells):
                # "Force | 2021 | 2022" under "Data breaches by force, 2021 and 2022": the
                # header starts the table, the lines above it (no figures) are its caption
                cells = []
            cells += line
            continue
        found, columns = glued
        if any(c.kind in ("year", "fy") for c in found):
            cells = []  # a header of years starts the table: the lines above are its caption
        cells += [_Cell(c.kind, c.text, c.start, c.end, k) for c in found]
    return cells


def _periods_header(line: list[_Cell]) -> bool:
    """A line of column names over figures by period: a label, then two or more periods and
    nothing else but a 'Total' or 'Change' ('Force | 2021 | 2022 | Change')."""
    kinds = [c.kind for c in line]
    if kinds[:1] == ["text"]:
        kinds = kinds[1:]
    periods = 0
    while periods < len(kinds) and kinds[periods] in ("year", "fy"):
        periods += 1
    return periods >= 2 and all(k == "text" for k in kinds[periods:]) and len(kinds) <= periods + 1


def _label_cell(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    """A row label on a line of its own, its figure on the next: 'Kent Police' over '120'."""
    line = text[lines[k][0] : lines[k][1]]
    if _HAS_DIGIT.search(line) or k + 1 >= len(lines) or line.rstrip().endswith((".", "?", ":")):
        return False
    nxt = text[lines[k + 1][0] : lines[k + 1][1]]
    return len(WORD.findall(line)) <= 6 and _kind(nxt.strip(" |"), 0, 0).kind in ("num", "gap")


def _caption(
    text: str, lines: list[tuple[int, int]], i: int, j: int, sents: list[Sent]
) -> tuple[int, int] | None:
    """What a table counts: its first line, or the nearest line above it (within 3), or a
    row label, naming breaches ('Data breaches by force, 2016-2020', 'Data breaches 97 131')."""
    v = vocab()
    for k in [i, *range(i - 1, max(-1, i - 4), -1), *range(i + 1, j + 1)]:
        if k >= len(lines):
            break
        line = text[lines[k][0] : lines[k][1]]
        if k == j and not (_FOOTNOTE.match(line) or _caption_below(line)):
            break  # below the table only its source note ("Source: FOI answers on breaches")
        if v.topic.search(line):
            return lines[k]
        if k == i - 1 and people_caption(line):
            return lines[k]  # "... staff disciplined for misusing systems were:" over a list
        if k == i - 1 and _asked_type(line, lines[k][0], sents) is not None:
            return lines[k]  # "How many of these involved emails sent in error?" over answers
    if i and _lead(text[lines[i - 1][0] : lines[i - 1][1]]) is not None and i - 1 > 0:
        # "The forces gave these totals:" right over the table, the measure told only further
        # up: the page's headline names what its tables count ("Forces log 400 data breaches")
        lead = text[lines[i - 1][0] : lines[i - 1][1]]
        head = text[lines[0][0] : lines[0][1]]
        if v.topic.search(head) and not people_caption(lead) and not _other_measure_lead(lead):
            return lines[0]
    return None


def _other_measure_lead(lead: str) -> bool:
    """A lead naming another measure than breaches ('officers dismissed', 'crimes recorded'):
    the table counts that."""
    v = vocab()
    return any(v.other_measure.match(w) for w in re.findall(r"[^\W\d]+", lead))


# Before the noun a caption counts: "Number of officers", "Total police officers".
_MEASURE_LEAD = re.compile(
    r"^(?:(?:the\s+)?(?:total\s+)?(?:number|numbers|count)\s+of\s+|total\s+)?(?:police\s+)?",
    re.I,
)


def _other_caption(line: str) -> bool:
    """A heading right above a table naming what it counts, and that no breaches: 'Number of
    officers', 'Crimes recorded by force, 2022' (a short caption-shaped line, no sentence)."""
    v = vocab()
    head = _MEASURE_LEAD.sub("", _CAPTION_LABEL.sub("", line.strip()))
    noun = v.other_measure.match(head)
    tail = re.findall(r"[^\W\d]+(?:[-'’][^\W\d]+)*|£", head[noun.end() :]) if noun else []
    return (
        noun is not None  # what it counts opens it, and nothing but where and when follows
        and all(w.lower() in v.measure_tail or v.other_measure.fullmatch(w) for w in tail)
        and not v.topic.search(line)
        and not line.rstrip().endswith((".", ":"))
        and not re.search(r"\||\t| {2,}|[a-z)][A-Z]", line)  # no header of column names
        and _caption_below(line)
    )


def _caption_below(line: str) -> bool:
    """A caption printed under its table ('Data breaches recorded by each force.', 'Table 1:
    Data breaches by force, 2021-2022'): one short line holding no figure but a year, not a
    sentence of the story going on (a finite verb, a figure, more than one sentence)."""
    words = WORD.findall(line)
    if not words or len(words) > _CAPTION_WORDS:
        return False
    # "Data breaches by force, 2022. Source: FOI requests": its source note goes with it
    body = _SOURCE_AFTER.split(_CAPTION_LABEL.sub("", line), maxsplit=1)[0]
    figures = [t for t in _FIGURE.findall(body) if _kind(t.strip(",.;:()"), 0, 0).kind == "num"]
    return (
        not figures
        and len(re.findall(r"[.!?](?:\s|$)", body.strip())) <= 1
        and not vocab().caption_finite.search(body)
    )


# A note under a table saying what period its figures are for: "Figures are for 2022.",
# "These figures relate to the 2022/23 financial year.", "All numbers cover calendar years".
_PERIOD_NOTE = re.compile(
    r"\s*\*?\s*(?:(?:the|these|those|all|above)\s+)*(?:figures?|numbers?|data|totals?|"
    r"statistics)\s+(?:(?:above|shown|given)\s+)?(?:are|is|were|relate|relates|refer|refers|cover|"
    r"covers|apply|applies)\b",
    re.I,
)


def _period_note(line: str) -> bool:
    """A short line under a table saying which period its figures are for ('Figures are for
    2022.'), with no figure of its own but the period's years."""
    if not _PERIOD_NOTE.match(line) or len(WORD.findall(line)) > _CAPTION_WORDS:
        return False
    figures = [t for t in _FIGURE.findall(line) if _kind(t.strip(",.;:()"), 0, 0).kind == "num"]
    return not figures and bool(find_periods(line))


# A source note after a caption on its line: "... by force. Source: FOI requests".
_SOURCE_AFTER = re.compile(r"(?<=[.;,])\s+(?:source|sources|note|notes)\s*:", re.I)
# At most this many words in a caption under its table.
_CAPTION_WORDS = 16
# The label opening a caption: "Table 1:", "Figure 2 -", "Chart:".
_CAPTION_LABEL = re.compile(r"^\s*(?:table|figure|fig\.|chart|graphic)\s*\d*\s*[:.–—-]\s*", re.I)
# The note under a table saying where its figures come from: "Source: ...", "Note: ...".
_FOOTNOTE = re.compile(r"\s*(?:source|sources|note|notes)\s*:", re.I)
# A request's question right above its answer: "How many of these were ...?"
_ASKED = re.compile(r"\bhow\s+many\b", re.I)
_TO_REGULATOR = re.compile(
    r"\b(?:ico|information\s+commissioner(?:'s\s+office)?|regulator|ombudsman|iopc|pirc)\b",
    re.I,
)


def _asked_type(caption: str, at: int, sents: list[Sent]) -> str | None:
    """The category a question over a table asks for ('How many of these involved emails
    sent to the wrong recipient?'): the type of every row that names none."""
    if not (_ASKED.search(caption) and caption.rstrip().endswith("?")):
        return None
    if _TO_REGULATOR.search(caption):
        return None  # "How many of these were passed to the ICO?": reports, no category
    for sent in sents:
        if sent.start <= at < sent.end:
            a = max(0, at - sent.start)
            return category(sent, a, a + len(caption))
    return None


def _table(
    cells: list[_Cell],
    text: str,
    caption: tuple[int, int],
    above: str,
    sents: list[Sent],
    default_force: str | None,
    reference: date | None,
    lead: str | None = None,
    under: str = "",
) -> list[TableRow]:
    """The figures of one table; a row's period is its own cell's, else the one period of the
    lead sentence right above it, else the caption's, else the nearest one stated in the lines
    just above the table, else the one of the caption or source note under it."""
    caption_text = text[caption[0] : caption[1]]
    caption_periods = [p.period for p in unnoted_periods(caption_text, reference) if p.period]
    led = [p.period for p in unnoted_periods(lead, reference) if p.period] if lead else []
    if len(led) == 1:
        caption_periods = led
    captioned = bool(caption_periods)  # the caption's own, not one borrowed from above it
    if not caption_periods:
        caption_periods = [p.period for p in unnoted_periods(above, reference) if p.period][-1:]
    if not caption_periods:
        caption_periods = [p.period for p in unnoted_periods(under, reference) if p.period][:1]
    caption_period = caption_periods[0] if caption_periods else None
    # "Breaches recorded, 2021 to 2023" over "Kent Police 45 52 60": the caption's years, one
    # per column of figures
    caption_columns = _caption_columns(caption_text if not led else (lead or ""), reference)
    national = [c for c in cells if c.kind == "text" and vocab().national.search(c.text)]
    if national and not any(_force_of(c) for c in cells if c.kind == "text"):
        return []  # a table of national figures: no force's rows, whatever its "Total" says
    header = _header_periods(cells)
    columns = _header_labels(cells)
    # a table of breach categories: its "Other" row or column is the category `other`
    typed = any(c.kind == "text" and _label(c, sents, default_force)[1] for c in cells)
    out: list[tuple[str | None, Period | None, str | None, int, _Cell, _Cell]] = []
    outcomes_only = False  # forces down under columns of outcomes only
    if columns:
        # years down, categories (or forces) across: "2019 | 40 | 10 | 3"
        labels = [_label(c, sents, default_force, typed) for c in columns]
        k = sum(1 for c in cells if c.line == cells[0].line)
        down: list[Period] = []  # the periods of the rows read so far
        while k < len(cells):
            row = cells[k]
            values = cells[k + 1 : k + 1 + len(columns)]
            if (
                row.kind in ("year", "fy")
                and len(values) == len(columns)
                and all(c.kind in ("num", "gap") for c in values)
            ):
                for (force, btype), c in zip(labels, values, strict=True):
                    if force is not None and c.kind == "num":
                        count = int(c.text.replace(",", ""))
                        out.append((force, _cell_period(row), btype, count, row, c))
                down.append(_cell_period(row))
                k += 1 + len(columns)
                continue
            if (
                row.kind == "text"
                and _TOTAL.fullmatch(row.text.strip(" :*"))
                and len(down) >= 2
                and not captioned
                and len(values) == len(columns)
                and all(c.kind in ("num", "gap") for c in values)
            ):
                # a "Total" row under rows of years: all of them ("2020 | 45 ... Total | 157")
                span = Period(min(p.start for p in down), max(p.end for p in down), "span")
                for (force, btype), c in zip(labels, values, strict=True):
                    if force is not None and c.kind == "num":
                        out.append((force, span, btype, int(c.text.replace(",", "")), row, c))
                k += 1 + len(columns)
                continue
            name = _force_of(row) if row.kind == "text" else None
            if (
                name is not None
                and caption_period is not None
                and len(values) == len(columns)
                and all(c.kind in ("num", "gap") for c in values)
            ):
                # forces down, measures across: "Force | Disciplined | Dismissed"
                measures = _row_measures(labels, columns)
                outcomes_only = outcomes_only or all(m is _SKIP for m in measures)
                for measure, c in zip(measures, values, strict=True):
                    if measure not in (_SKIP, _UNKNOWN) and c.kind == "num":
                        count = int(c.text.replace(",", ""))
                        out.append((name, caption_period, measure, count, row, c))
                k += 1 + len(columns)
                continue
            k += 1
    if out:
        pass
    elif outcomes_only:
        return []  # "Force | Dismissed" under a caption naming breaches: outcomes, no tally
    elif header:
        periods, rest = header
        bare = rest[: len(periods)]
        if (
            default_force is not None
            and len(bare) == len(periods)
            and all(c.kind in ("num", "gap") for c in bare)
            and len({c.line for c in bare}) == 1
            and (len(rest) == len(periods) or rest[len(periods)].line != bare[0].line)
        ):
            # one row of figures under the periods, with no label: the force's totals
            for p, c in zip(periods, bare, strict=True):
                if c.kind == "num":
                    out.append((default_force, p, None, int(c.text.replace(",", "")), c, c))
        # rows of two or more forces: a row no force labels ("Total") sums them, and is
        # no row of the page's force
        by_force = len({_force_of(c) for c in rest if c.kind == "text"} - {None}) >= 2
        k = 0
        while k < len(rest):
            label = rest[k]
            values = rest[k + 1 : k + 1 + len(periods)]
            if (
                label.kind == "text"
                and len(values) == len(periods)
                and all(c.kind in ("num", "gap") for c in values)
                and not national_label(label)
                and not (by_force and _force_of(label) is None and not _force_with_aside(label))
            ):
                force, btype = _label(label, sents, default_force, typed)
                for p, c in zip(periods, values, strict=True):
                    if c.kind == "num":
                        out.append((force, p, btype, int(c.text.replace(",", "")), label, c))
                k += 1 + len(periods)
                continue
            k += 1
    else:
        by_column = _by_caption_columns(cells, caption_columns, sents, default_force, typed)
        out += [r for r in by_column if r[0] is not None]
        consumed = {id(r[5]) for r in by_column} | {id(r[4]) for r in by_column}
        cells = [c for c in cells if id(c) not in consumed]
        # a "Total" row under rows labelled by periods covers all of them (a grand total),
        # unless the caption states the table's period
        heads = [a for a, b in zip(cells, cells[1:], strict=False) if b.kind == "num"]
        dated = [_cell_period(c) for c in heads if c.kind in ("year", "fy")]
        if len(dated) != len(heads) - 1:
            dated = []  # not a table of rows labelled by periods and one more (the total)
        whole = (
            Period(min(p.start for p in dated), max(p.end for p in dated), "span")
            if len(dated) >= 2
            else None
        )
        # "Data breaches in 2022 and 2023" over "Kent Police: 263": a row of one figure
        # under a caption naming several periods counts them all
        # (a heading's years in order, not a paragraph's in any order)
        heading = (lead or caption_text).strip().rsplit("\n", 1)[-1]
        joined = (
            Period(caption_columns[0].start, caption_columns[-1].end, "span")
            if len(caption_columns) >= 2
            and all(
                b.start == a.start + 1
                for a, b in zip(caption_columns, caption_columns[1:], strict=False)
            )
            and len(_caption_columns(heading, reference)) == len(caption_columns)
            and len(re.split(r"(?<=[.!?])\s+", heading.strip())) == 1
            else None
        )
        figures_on: dict[int, int] = {}
        for c in cells:
            figures_on[c.line] = figures_on.get(c.line, 0) + (c.kind in ("num", "gap"))
        line_force: dict[int, str | None] = {}
        for c in cells:
            if c.line not in line_force:
                label = _Cell(c.kind, c.text.strip(" :–—-"), c.start, c.end, c.line)
                found = _force_of(label) if c.kind == "text" else None
                line_force[c.line] = found or default_force
        for before, label, value in zip([None, *cells], cells, cells[1:], strict=False):
            if value.kind != "num" or label.kind == "num":
                continue
            if (
                before is not None
                and before.kind == "num"
                and before.line == label.line
                and label.text[:1].islower()
            ):
                continue  # "33 breaches; 2 officers": the unit of the figure before, no label
            count = int(value.text.replace(",", ""))
            if label.kind in ("year", "fy"):
                # "Kent Police: 2021 – 45, 2022 – 52": the force labelling the line
                force = line_force.get(label.line, default_force)
                out.append((force, _cell_period(label), None, count, label, value))
            elif label.kind == "text" and not national_label(label):
                force, btype = _label(label, sents, default_force, typed)
                grand = (
                    whole is not None
                    and not captioned
                    and bool(_TOTAL.fullmatch(label.text.strip(" :*")))
                )
                period = whole if grand else caption_period
                if not grand and joined is not None and figures_on[label.line] == 1:
                    period = joined  # one figure over all the years the caption names
                out.append((force, period, btype, count, label, value))
    asked = _asked_type(caption_text, caption[0], sents)
    # "... 904 staff were disciplined for misusing databases. The forces with the highest
    # numbers were:" over "Merseyside – 208": the items count people disciplined
    led_by = caption_text
    if lead and (at := above.rfind(lead)) >= 0:
        led_by = above[: at + len(lead)]  # the lead and the lines above it
    people = _PEOPLE if people_caption(led_by) else None
    rows = []
    for force, period, btype, count, first, last in out:
        if force is None or period is None:
            continue
        btype = btype or asked or people
        start = text.rfind("\n", 0, first.start) + 1
        end = text.find("\n", last.end)
        end = len(text) if end == -1 else end
        counts_people = btype == _PEOPLE
        if counts_people:
            btype = vocab().misconduct_type  # what they were disciplined for
        rows.append(
            TableRow(force, period, btype, count, start, end, text[start:end], counts_people)
        )
    return rows


def _caption_columns(caption: str, reference: date | None) -> list[Period]:
    """The periods a caption names one by one ('2021, 2022 and 2023') or as a span of up to
    six years ('2021 to 2023', '2020/21 to 2022/23'), in order: the columns of figures of
    rows that give one figure per period."""
    mentions = [m for m in unnoted_periods(caption, reference) if m.period is not None]
    if len(mentions) >= 2 and all(m.kind in ("year", "financial_year") for m in mentions):
        return [m.period for m in mentions if m.period is not None]
    if len(mentions) != 1 or mentions[0].kind != "span" or mentions[0].period is None:
        return []
    span = mentions[0].period
    if re.search(r"\d\d\s*[/–-]\s*\d\d(?:\d\d)?\s*$", mentions[0].text):
        # "2020/21 to 2022/23": financial years, each running into the next calendar year
        columns = [Period(y, y + 1, "financial_year") for y in range(span.start, span.end)]
    else:
        columns = [Period(y, y) for y in range(span.start, span.end + 1)]
    return columns if 2 <= len(columns) <= 6 else []


def _by_caption_columns(
    cells: list[_Cell],
    columns: list[Period],
    sents: list[Sent],
    default_force: str | None,
    typed: bool,
) -> list[tuple[str | None, Period | None, str | None, int, _Cell, _Cell]]:
    """Rows of a label and one figure per period of the caption ('Kent Police 45 52 60'
    under 'Breaches recorded, 2021 to 2023'), a last figure that adds them up being the
    whole span's; a row with any other number of figures is read as before."""
    out: list[tuple[str | None, Period | None, str | None, int, _Cell, _Cell]] = []
    if not columns:
        return out
    k = 0
    while k < len(cells):
        label = cells[k]
        run: list[_Cell] = []
        m = k + 1
        while m < len(cells) and cells[m].kind in ("num", "gap") and cells[m].line == label.line:
            run.append(cells[m])
            m += 1
        if label.kind != "text" or national_label(label) or len(run) < 2:
            k = max(m, k + 1)
            continue
        figures = [int(c.text.replace(",", "")) if c.kind == "num" else 0 for c in run]
        periods = list(columns)
        if len(run) == len(columns) + 1 and sum(figures[:-1]) == figures[-1]:
            periods.append(Period(columns[0].start, columns[-1].end, "span"))
        if len(run) == len(periods):
            force, btype = _label(label, sents, default_force, typed)
            for p, c, n in zip(periods, run, figures, strict=True):
                if c.kind == "num":
                    out.append((force, p, btype, n, label, c))
        k = m
    return out


_TOTAL = re.compile(r"(?:grand\s+)?totals?", re.I)
_SKIP = "-"  # a column of outcomes: no tally
_UNKNOWN = "?"  # a column naming no measure
_PEOPLE = "=people"  # a column or list of people disciplined: outcomes, kept apart (TableRow)


def _column_measure(cell: _Cell) -> str | None:
    """What a column of figures for each force counts: people sacked or convicted (no
    tally: `_SKIP`), people disciplined (`_PEOPLE`: outcomes, no breach rows), a breach
    category, or breaches (None: the force's total); a column naming none of these is skipped."""
    v = vocab()
    text = cell.text
    if v.outcome.search(text):
        return _SKIP
    if v.misconduct.search(text):
        return _PEOPLE
    if v.topic.search(text) or re.fullmatch(r"totals?\W*", text.strip(), re.I):
        return None
    return _UNKNOWN


# A column's name that says only that it counts, not what: "Incidents", "Number", "Cases
# recorded", "Number of incidents".
_BARE_COUNT = re.compile(
    r"(?:(?:total\s+)?number(?:\s+of)?\s+)?(?:incidents?|cases|reports|events)"
    r"(?:\s+(?:recorded|logged|reported))?|(?:total\s+)?number(?:\s+(?:recorded|logged))?",
    re.I,
)


def _row_measures(
    labels: list[tuple[str | None, str | None]], columns: list[_Cell]
) -> list[str | None]:
    """What each column of a table of forces down and measures across counts. People
    disciplined beside a column of breaches ("Force | Breaches | Staff disciplined") are an
    outcome of those breaches, skipped; alone, they are still read, as people (`_PEOPLE`)."""
    measures = [
        btype or _column_measure(col) for (_, btype), col in zip(labels, columns, strict=True)
    ]
    if not any(m not in (_SKIP, _UNKNOWN, _PEOPLE) for m in measures):
        # "Force | Incidents | Staff disciplined" under a caption naming breaches: a column
        # that only says it counts ("Incidents", "Number recorded") counts the caption's
        measures = [
            None if m is _UNKNOWN and _BARE_COUNT.fullmatch(col.text.strip(" :*")) else m
            for m, col in zip(measures, columns, strict=True)
        ]
    misconduct = [
        btype is None and _column_measure(col) == _PEOPLE
        for (_, btype), col in zip(labels, columns, strict=True)
    ]
    breaches = any(
        m not in (_SKIP, _UNKNOWN) and not disc
        for m, disc in zip(measures, misconduct, strict=True)
    )
    return [_SKIP if disc and breaches else m for m, disc in zip(measures, misconduct, strict=True)]


def _header_labels(cells: list[_Cell]) -> list[_Cell]:
    """Column names on the first line ('Year | Total | Emails | Lost devices'), without the
    one over the periods ('Year', 'Financial year'); empty unless there are two or more."""
    if not cells:
        return []
    head = [c for c in cells if c.line == cells[0].line]
    if len(head) == 1 and head[0].kind == "text":
        head = _spaced_header(head[0], cells)
    if len(head) < 2 or any(c.kind != "text" for c in head):
        return []
    if re.fullmatch(r"(?:financial\s+|calendar\s+)?(?:year|period|date)s?", head[0].text, re.I):
        head = head[1:]
    elif (
        _force_of(head[0]) is None
        and len(cells) > len(head)
        and (second := [c for c in cells if c.line == cells[len(head)].line])
        and len(second) == len(head)
        and second[0].kind == "text"
        and _force_of(second[0]) is not None
    ):
        head = head[1:]  # 'Force | Disciplined | Dismissed' over 'Kent Police | 35 | 10'
    return head if len(head) >= 1 and len(cells) > len(head) + 1 else []


def _spaced_names(line: str, row: str) -> bool:
    """A line of column names run together with single spaces over a row of cells run
    together the same way: words only, no sentence, and a row of a label and 2+ figures."""
    words = line.split()
    return (
        3 <= len(words) <= 8
        and not re.search(r"[\d|\t.:;,]", line)
        and bool(re.fullmatch(r"[A-Za-z][^\d|\t]*?(?:\s+\d[\d,]*){2,}\s*", row))
    )


def _spaced_header(head: _Cell, cells: list[_Cell]) -> list[_Cell]:
    """A header whose names ran together with single spaces ('Police Force Disciplined
    Dismissed Convicted' over 'Avon and Somerset 12 3 1'): the label column's name, then one
    word per column of figures, each a measure; else the header as it was."""
    rows = [c for c in cells if c.line != head.line]
    second = [c for c in rows if c.line == rows[0].line] if rows else []
    k = sum(c.kind in ("num", "gap") for c in second)
    words = list(re.finditer(r"\S+", head.text))
    if not second or second[0].kind != "text" or k < 2 or len(words) <= k:
        return [head]
    tail = words[-k:]
    names = [
        _Cell("text", m.group(0), head.start + m.start(), head.start + m.end(), head.line)
        for m in tail
    ]
    if any(_column_measure(c) is _UNKNOWN for c in names):
        return [head]
    label = _Cell("text", head.text[: tail[0].start()].strip(), head.start, head.start, head.line)
    return [label, *names]


def _header_periods(cells: list[_Cell]) -> tuple[list[Period], list[_Cell]] | None:
    """Two or more period cells in a row at the top: the columns of a years-across table; a
    'Total' column after them covers their whole span."""
    k = 0
    while k < len(cells) and cells[k].kind == "text" and k < 2:
        k += 1
    run: list[Period] = []
    while k < len(cells) and cells[k].kind in ("year", "fy"):
        run.append(_cell_period(cells[k]))
        k += 1
    if len(run) < 2:
        return None
    head = cells[k - 1].line
    if k < len(cells) and cells[k].line == head and re.fullmatch(r"totals?", cells[k].text, re.I):
        run.append(Period(run[0].start, run[-1].end, "span"))
        k += 1
    return run, cells[k:]


def national_label(cell: _Cell) -> bool:
    """A row of all forces or a group of them ('All six forces', 'England and Wales')."""
    return cell.kind == "text" and bool(vocab().national.search(cell.text))


def _force_of(cell: _Cell) -> str | None:
    """The force a row label names: an alias, or one whose article a table drops ('Met' for
    'the Met')."""
    name = _name(cell)
    found = alias_index().get(name)
    if found is None and cell.text[:1].isupper() and not name.startswith("the "):
        found = alias_index().get("the " + name)
    return found


def _force_with_aside(cell: _Cell) -> str | None:
    """A label opening with a force's name, then an aside about it ('Surrey Police, which
    shares a unit with Sussex Police'): the row is that force's, whatever the aside names."""
    if cell.kind != "text":
        return None
    m = alias_re().match(cell.text.lstrip("-•*– \t"))
    if m is None or not ASIDE_OPEN.match(cell.text.lstrip("-•*– \t"), m.end()):
        return None
    return alias_index().get(re.sub(r"\s+", " ", m.group(0)).lower())


def _name(cell: _Cell) -> str:
    return re.sub(r"\s+", " ", cell.text).lower()


def _cell_period(cell: _Cell) -> Period:
    found = find_periods(cell.text)
    period = found[0].period if found else None
    if period is not None:
        return period
    year = int(cell.text[:4])
    return Period(year, year)


def _label(
    cell: _Cell, sents: list[Sent], default: str | None, typed: bool = False
) -> tuple[str | None, str | None]:
    """A row label: a force ('Kent Police', 'Merseyside'), a breach category (`typed`: the
    table's categories include a catch-all 'Other'), or a total."""
    name = _force_of(cell) or _force_with_aside(cell)
    if name:
        return name, None
    if typed and vocab().other_label.fullmatch(cell.text.strip(" :*")):
        return default, "other"
    for sent in sents:
        if sent.start <= cell.start < sent.end or cell.start <= sent.start < cell.end:
            found = category(sent, cell.start - sent.start, cell.end - sent.start)
            if found:
                return default, found
    if re.search(r"\btotal\b", cell.text, re.I) or vocab().topic.search(cell.text):
        return default, None  # "Total", "Data breaches": the force's total
    return None, None


def people_caption(caption: str) -> bool:
    """A list's lead counting people disciplined for an offence: its last sentence names them
    ('The forces with the most staff disciplined for misusing databases were:'), or names no
    measure after a sentence that does ('... 904 staff were disciplined for breaching the Data
    Protection Act. The forces with the highest numbers were:'). Not when people sacked or
    convicted are counted too, or the lead names breaches."""
    v = vocab()
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", caption.strip()) if s]
    if not sentences:
        return False

    def words(s: str) -> set[str]:
        return {w.lower() for w in WORD.findall(s)}

    def counts_people(s: str) -> bool:
        return (
            bool(words(s) & (v.people - {"police"}))
            and bool(v.misconduct.search(s))
            and not v.outcome.search(s)
            and bool(v.offence.search(caption))
        )

    last = sentences[-1]
    if words(last) & v.breach:
        return False
    if counts_people(last):
        return True
    return (
        len(sentences) >= 2
        and not words(last) & (v.people - {"police"})
        and bool(v.ranking.search(last))
        and counts_people(sentences[-2])
    )
