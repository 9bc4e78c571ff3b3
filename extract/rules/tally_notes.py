"""Bracket notes: a remark that another period's figures stand in brackets ("Figures for 2022
are shown in brackets.", "... in 2023 (last year's figures in brackets):").

Such a note dates the bracketed figures alone: its period is never the period of the figures
they follow (those keep the period their lead states), and each bare figure in brackets right
after a counted figure ("Essex Police 208 (221)") is the same force's count, of the same
kind, for the note's period.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from extract.rules.periods import Period, PeriodMention, find_periods
from extract.rules.tally_cues import vocab

if TYPE_CHECKING:
    from extract.rules.tally_state import Row

Spans = list[tuple[int, int]]

_ASIDE = re.compile(r"\(([^()]*)\)")
# a counted figure and a bare figure in brackets right after it: "208 (221)", "1,204 (987)"
# "(previous year in brackets)": the year before the figures', named without its article
_YEAR_BEFORE = re.compile(r"\b(?:previous|last|prior|preceding)\s+year\b", re.I)
_CLAUSE = re.compile(r"[,;:–—]\s*")
_PAIR = re.compile(r"(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)\s*\(\s*(\d{1,3}(?:,\d{3})+|\d+)\s*\)")


def note_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` says another period's figures stand in brackets: each bracketed aside
    saying so and naming a period, else the whole text when it says so, names a period and
    gives no figure of its own."""
    cue = vocab().bracket_note
    spans = [
        (m.start(), m.end())
        for m in _ASIDE.finditer(text)
        if cue.search(m.group(1)) and (find_periods(m.group(1)) or _YEAR_BEFORE.search(m.group(1)))
    ]
    said = cue.search(text)
    if spans or not said:
        return spans
    mentions = find_periods(text)
    rest = text
    for p in reversed(mentions):
        rest = rest[: p.start] + rest[p.end :]
    if not mentions or re.search(r"\d", rest):
        return []
    # "... last year, with the previous year's figures in brackets": the clause saying so,
    # when another clause states the period of the figures themselves
    a = max((m.end() for m in _CLAUSE.finditer(text, 0, said.start())), default=0)
    after = _CLAUSE.search(text, said.end())
    b = after.start() if after else len(text)
    if any(not a <= p.start < b for p in mentions) and any(a <= p.start < b for p in mentions):
        return [(a, b)]
    return [(0, len(text))]


def outside_notes(mentions: list[PeriodMention], spans: Spans) -> list[PeriodMention]:
    """The period mentions that are no part of a bracket note."""
    return [p for p in mentions if not any(a <= p.start < b for a, b in spans)]


def unnoted_periods(text: str, reference: date | None = None) -> list[PeriodMention]:
    """The period mentions of `text` outside its bracket notes: the periods of its own figures
    ('Breaches in 2023 (2022 in brackets)': 2023 alone)."""
    return outside_notes(find_periods(text, reference), note_spans(text))


def inside_notes(mentions: list[PeriodMention], spans: Spans) -> list[PeriodMention]:
    """The period mentions a bracket note names."""
    return [p for p in mentions if any(a <= p.start < b for a, b in spans)]


def bracketed_rows(rows: list[Row], note: Period | None, *, before: bool = False) -> list[Row]:
    """The other period's rows a bracket note makes of the bare figures in brackets after
    counted figures ('Essex Police 208 (221)': 221 for the note's period; under "last year's
    figures in brackets", for the year before the figure's own)."""
    out: list[Row] = []
    used: dict[tuple[str, int], set[int]] = {}
    for row in sorted(rows, key=lambda r: (r.where[1], r.order)):
        period = note
        own = row.period
        if before and own is not None and (own.start == own.end or own.kind == "financial_year"):
            period = own.shifted(-1)
        if row.approximate or period is None or own == period:
            continue
        text, start = row.where[0], row.where[1]
        taken = used.setdefault((text, start), set())
        for m in _PAIR.finditer(text):
            if m.start() in taken or int(m.group(1).replace(",", "")) != row.count:
                continue
            taken.add(m.start())
            value = int(m.group(2).replace(",", ""))
            if len(m.group(2)) == 4 and 1950 <= value <= 2049:
                break  # "208 (2022)": a year, no figure
            read = [r for r in rows if r.where == row.where and r.count == value and r is not row]
            for r in read:  # read already, as a figure of the period it follows: re-dated
                if r.force == row.force and r.breach_type == row.breach_type:
                    r.period, r.borrowed, r.compared = period, True, True
            if read:
                break
            out.append(replace(row, count=value, period=period, borrowed=True, compared=True))
            break
    return out
