"""Periods of time as reporters write them, read into (first year, last year).

Pure functions over plain text, usable by any rule (tallies, incident dates):

- `find_periods(text, reference)`: every period mention in a text, in order, with its
  character offsets: a single year ("in 2016"), a span ("between 2018 and 2021", "from
  January 2009 to October 2013", "2018-21"), a financial year ("2022/23", "2022-23",
  "financial year 2019-20"), "since 2022", relative phrases ("last year", "so far this
  year", "in the past three years", "over the past year", "a year later"), and references to
  a span stated elsewhere ("over the four years", "across the period").
- `resolve(mention, reference, previous)`: the years of a relative mention, against a
  reference date (publication date or dateline) or, for sequences ("a year later"), against
  the period mentioned before it.
- `reference_date(text)`: a dateline at the top of a text ("date 2025-09-13", "September 14,
  2025 | News"), for documents whose metadata carries no date.

A period is `Period(start, end)`; its label is "2016" or "2018-2021" (a financial year
2022/23 is "2022-2023", as the gold annotations write it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Literal

Kind = Literal[
    "year",
    "span",
    "financial_year",
    "since",
    "relative",
    "sequence",
    "span_ref",
    "latest",
    "ordinal",
]

_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?"
)
# "January 2009", "1 April 2019", "April 1, 2019": a month-precise point inside a span.
_DAY_MONTH = rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH}\s+(?:\d{{1,2}},?\s+)?)"
_POINT = rf"{_DAY_MONTH}?({_YEAR})"
_NUM_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "a couple of": 2,
    "a few": 3,
}
_N = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_ORDINAL = "|".join(_ORDINALS)
# "120 in the first year and 150 in the second": a rank with its noun left out, read only
# after a ranked year of the same text
_BARE_ORDINAL = re.compile(
    rf"\b(?:in|for|during)\s+the\s+(?P<rank>{_ORDINAL})\b(?=\s*(?:[.,;:)]|$|and\b|while\b))",
    re.I,
)

_PATTERNS: list[tuple[Kind, re.Pattern[str]]] = [
    # "from 2019/20 to 2021/22", "between 2019-20 and 2021-22", "2019/20 - 2021/22": financial
    # years first to last
    (
        "span",
        re.compile(
            rf"\b(?:(between)\s+|from\s+)?(?:the\s+)?(?:financial\s+years?\s+)?({_YEAR})\s*[/-]\s*"
            rf"(?:\d\d|{_YEAR})\s*(?(1)and|(?:to|until|through|-|–))\s*(?:{_YEAR})\s*[/-]\s*"
            rf"(\d\d|{_YEAR})\b",
            re.I,
        ),
    ),
    # "the three years to 2021/22", "the two financial years ending 2020-21": that many
    # financial years, the last one named
    (
        "span",
        re.compile(
            rf"\b(?:the\s+)?{_N}\s+(?:financial\s+)?years\s+(?:to|ending|ended|up\s+to)\s+"
            rf"(?:the\s+end\s+of\s+)?(?P<fiscal>{_YEAR})\s*[/-]\s*(\d\d)\b(?![/\-–]\d)",
            re.I,
        ),
    ),
    # "the five years from 2017/18", "the three financial years starting in 2020/21": that
    # many financial years, the first one named
    (
        "span",
        re.compile(
            rf"\b(?:the\s+)?{_N}\s+(?:financial\s+)?years\s+(?:from|starting(?:\s+in)?|"
            rf"beginning(?:\s+in)?)\s+(?:the\s+)?(?P<fiscal_first>{_YEAR})\s*[/-]\s*(\d\d)\b"
            rf"(?![/\-–]\d)",
            re.I,
        ),
    ),
    # "since 2019/20": from that financial year on
    ("since", re.compile(rf"\bsince\s+(?:the\s+)?(?:financial\s+year\s+)?({_YEAR})/\d\d\b", re.I)),
    # "FY22/23", "FY 21-22": a financial year in two-digit years
    (
        "financial_year",
        re.compile(r"\bfy\s*(?P<fy2>\d\d)\s*[/-]\s*(\d\d)\b(?![/\-–]\d)", re.I),
    ),
    # financial year first: "2022/23", "2022-23", "2022/2023", "FY 2019-20"
    (
        "financial_year",
        re.compile(
            rf"\b(?:(?:the\s+)?(?:financial|fiscal|business)\s+year\s+|fy\s*)?({_YEAR})"
            rf"(?:\s*(?:/|-|–|—)\s*(\d{{2}}|\d{{4}})|\s+to\s+({_YEAR}))\b(?![/\-–]\d)",
            re.I,
        ),
    ),
    # "the three years to March 2023", "the five financial years ending March 2022": that
    # many financial years, the last ending then
    (
        "span",
        re.compile(
            rf"\b(?:the\s+)?{_N}\s+(?:financial\s+)?years\s+(?:to|ending|ended|up\s+to)\s+"
            rf"(?:\d{{1,2}}(?:st|th)?\s+)?(?:the\s+end\s+of\s+)?march\s+({_YEAR})\b",
            re.I,
        ),
    ),
    # "the three years to the end of 2021", "the five years to December 2022": calendar years,
    # the last one included
    (
        "span",
        re.compile(
            rf"\b(?:the\s+)?{_N}\s+(?:calendar\s+)?years\s+(?:to|ending|ended|up\s+to|until)\s+"
            rf"(?:the\s+end\s+of\s+)?(?:(?:\d{{1,2}}(?:st|th)?\s+)?december\s+)?"
            rf"(?P<calendar>{_YEAR})\b(?![/\-–]\d)",
            re.I,
        ),
    ),
    # "the year to March 2021", "the twelve months ending 31 March 2020": a financial year
    (
        "financial_year",
        re.compile(
            rf"\b(?:the\s+)?(?:financial\s+)?(?:year|twelve\s+months|12\s+months)\s+"
            rf"(?:to|ending|ended|up\s+to)\s+(?:the\s+end\s+of\s+)?(?:\d{{1,2}}(?:st|th)?\s+)?"
            rf"march\s+(?:31(?:st)?,?\s+)?({_YEAR})\b",
            re.I,
        ),
    ),
    # "the 12 months to April 2023", "the year ending 30 September 2022": twelve months that
    # end in another month than March, over the calendar years they touch (2022-2023), or
    # one calendar year when they end in December
    (
        "financial_year",
        re.compile(
            r"\b(?:the\s+)?(?:year|twelve\s+months|12\s+months|(?:12|twelve)[\s-]month\s+"
            r"period)\s+(?:to|ending|ended|up\s+to|until)\s+(?:the\s+end\s+of\s+)?"
            rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?P<upto>{_MONTH})\s+"
            rf"(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?({_YEAR})\b",
            re.I,
        ),
    ),
    # "in the year to March", "the 12 months ending in March" with no year: the financial
    # year that ended last March before the reference date (kept only when one resolves it)
    (
        "relative",
        _TO_MARCH := re.compile(
            r"\b(?:the\s+)?(?:financial\s+)?(?:year|twelve\s+months|12\s+months)\s+"
            r"(?:to|ending|ended|up\s+to)\s+(?:in\s+)?(?:the\s+end\s+of\s+)?"
            r"(?:\d{1,2}(?:st|th)?\s+)?march(?:\s+31(?:st)?)?\b"
            r"(?!\s*,?\s*(?:\d|this|last|next))",
            re.I,
        ),
    ),
    (
        "span",
        re.compile(
            rf"\b(?:between|from)\s+(?:the\s+(?:start|beginning)\s+of\s+)?{_POINT}\s+"
            rf"(?:and|to|until|till|through)\s+(?:the\s+end\s+of\s+)?{_POINT}\b",
            re.I,
        ),
    ),
    # "between 01/01/2020 and 31/12/2022", "from 1.4.2019 to 31.3.2022": dates written in
    # figures, first to last
    (
        "span",
        re.compile(
            rf"\b(?:(?:between|from)\s+)?\d{{1,2}}[/.]\d{{1,2}}[/.]({_YEAR})\s*"
            rf"(?:and|to|until|till|-|–|—)\s*\d{{1,2}}[/.]\d{{1,2}}[/.]({_YEAR})\b",
            re.I,
        ),
    ),
    # "April 2019 to March 2020", "January 2018 - December 2020": months make it a span
    (
        "span",
        re.compile(
            rf"\b{_DAY_MONTH}({_YEAR})\s*(?:to|until|-|–|—)\s*{_DAY_MONTH}({_YEAR})\b", re.I
        ),
    ),
    # "the three years from 2021", "the five years starting in 2019": that many years, the
    # first one named
    (
        "span",
        re.compile(
            rf"\b(?:the\s+)?{_N}\s+(?:calendar\s+)?years\s+(?:from|starting(?:\s+in)?|"
            rf"beginning(?:\s+in)?)\s+(?:(?:1\s+)?january\s+)?(?P<first>{_YEAR})\b(?![/\-–]\d)",
            re.I,
        ),
    ),
    # "2021, 2022 and 2023 combined", "across 2021 and 2022", "over 2020 and 2021": one figure
    # over all the years
    (
        "span",
        re.compile(
            rf"\b(?:across|throughout|over)\s+({_YEAR})(?:\s*,\s*{_YEAR})*\s*,?\s+and\s+({_YEAR})\b"
            rf"(?![/\-–]\d)|\b({_YEAR})(?:\s*,\s*{_YEAR})*\s*,?\s+and\s+({_YEAR})\s+"
            r"(?:combined|together|altogether)\b",
            re.I,
        ),
    ),
    ("since", re.compile(rf"\bsince\s+(?:{_MONTH}\s+)?({_YEAR})\b", re.I)),
    # "from 2021 onwards": up to the reference date
    ("since", re.compile(rf"\bfrom\s+(?:{_MONTH}\s+)?({_YEAR})\s+onwards?\b", re.I)),
    # "between 2015 and the middle of this year", "from 2019 to date": a span up to the
    # reference date (or the year before it: "... and last year")
    (
        "since",
        re.compile(
            rf"\b(?:between|from)\s+{_POINT}\s+(?:and|to|until|till|up\s+to)\s+"
            r"(?:(?:the\s+)?(?:middle|end|start|beginning|spring|summer|autumn|winter)\s+of\s+)?"
            r"(?:this\s+year|last\s+year|now|today|date|the\s+present(?:\s+day)?)\b",
            re.I,
        ),
    ),
    (
        "sequence",
        re.compile(
            r"\b(?:(?:a|the)\s+year\s+(?:later|earlier)|"
            r"the\s+(?:following|next|subsequent)\s+(?:financial\s+|fiscal\s+|calendar\s+)?year|"
            # "44 in each of the following two years": that many years after the one told
            rf"the\s+(?:following|next|subsequent)\s+{_N}\s+(?:financial\s+|fiscal\s+|calendar\s+)?years|"
            # "372 in each of the two years before": that many years right before the one told
            # (no noun after it: "the two years before the pandemic" is another anchor)
            rf"the\s+{_N}\s+(?:financial\s+|fiscal\s+|calendar\s+)?years\s+(?:before|earlier|"
            r"previously|prior|after|later)(?:\s+that\b(?!\s+[a-z]))?"
            r"(?!\s+(?:to|the|a|an|that|this|its|\d|[A-Z]))|"
            # "372 in each of the previous two years": after "each of", the years before the
            # one told, not the ones before the reference date
            rf"(?:(?<=\beach\sof\s)|(?<=\bboth\sof\s))the\s+(?:(?:previous|preceding|prior)\s+{_N}|"
            rf"{_N}\s+(?:previous|preceding|prior))\s+(?:financial\s+|fiscal\s+|calendar\s+)?years\b|"
            rf"{_N}\s+years\s+(?:later|earlier|before|previously|on)|"
            r"the\s+(?:previous|preceding|prior)\s+(?:financial\s+|fiscal\s+|calendar\s+)?year|"
            r"the\s+(?:previous|preceding|prior|following|next|subsequent)\s+(?:12|twelve)\s+months|"
            # "the year before that": a step back from the year named just before
            r"(?:the|a)\s+(?:financial\s+|calendar\s+)?year\s+(?:before|after)(?:\s+that)?|"
            r"the\s+same\s+(?:year|period)|that\s+(?:same\s+)?year)\b",
            re.I,
        ),
    ),
    # "the five calendar years up to and including last year", "the three years to this
    # year": that many years, the last one relative to the reference date
    (
        "relative",
        re.compile(
            rf"\b(?:the\s+)?{_N}\s+(?:calendar\s+)?years\s+(?:up\s+to\s+and\s+"
            r"including|up\s+to|to\s+the\s+end\s+of|to|ending(?:\s+with)?|until)\s+"
            r"(?:last|this)\s+year\b",
            re.I,
        ),
    ),
    # "over the four years", "for the six years", "across the period": a span the page
    # stated before ("between 2016 and 2019"), read by whoever knows the page's spans
    (
        "span_ref",
        re.compile(
            rf"\b(?:in|over|during|for|across|throughout|covering)\s+(?:the|those|these)\s+"
            rf"(?:same\s+)?(?:{_N}\s+(?:financial\s+|calendar\s+)?years|"
            r"(?:whole\s+|entire\s+)?period)\b",
            re.I,
        ),
    ),
    # "in the first year", "during the third financial year": the year of that rank in the
    # span the page stated before, read by whoever knows the page's spans ("the first year of
    # the pandemic" is no rank in a span)
    (
        "ordinal",
        re.compile(
            rf"\b(?:(?:in|over|during|for|within|across)\s+)?the\s+(?P<rank>{_ORDINAL})\s+"
            r"(?:full\s+)?(?:financial\s+|calendar\s+|reporting\s+)?(?:year|twelve\s+months|"
            r"12\s+months)\b(?!\s+(?:of|in|since|after|as)\b)",
            re.I,
        ),
    ),
    # "in the latest year", "over the most recent twelve months": the latest of the periods
    # the page gives figures for, read by whoever knows them (no reference date needed)
    (
        "latest",
        re.compile(
            r"\b(?:(?:in|over|during|for|within|across)\s+)?the\s+(?:latest|most\s+recent|"
            r"newest|final)\s+(?:(?:full\s+)?year|twelve[\s-]months?(?:\s+period)?|"
            r"12[\s-]months?(?:\s+period)?|period|reporting\s+(?:year|period))\b",
            re.I,
        ),
    ),
    (
        "relative",
        re.compile(
            rf"\b(?:(?:in|over|during|for|within)\s+)?(?:the\s+)?(?:past|last)\s+"
            rf"(?:{_N}\s+)?(years?|twelve\s+months|12\s+months)\b"
            rf"|\b(?:(?:in|over|during)\s+)?the\s+(?:previous|preceding)\s+{_N}\s+years\b"
            r"|\b(?:the\s+)?(?:last|previous|past|latest|most\s+recent|this|current)\s+"
            r"(?:financial|fiscal)\s+year\b"
            rf"|\b(?:(?:in|over|during|for)\s+)?the\s+(?:last|past|previous)\s+{_N}\s+"
            r"(?:financial|fiscal)\s+years\b"
            r"|\b(?:so\s+far\s+|earlier\s+|later\s+)?this\s+year(?:\s+so\s+far)?\b"
            # "in the last calendar year", "the previous full calendar year": the one before
            r"|\b(?:(?:in|during|for|over)\s+)?(?:the\s+)?(?:last|previous|past|most\s+recent)\s+"
            r"(?:full\s+|complete\s+)?calendar\s+year\b"
            # "the last three calendar years": that many whole years before the reference year
            rf"|\b(?:(?:in|during|for|over)\s+)?(?:the\s+)?(?:last|previous|past)\s+{_N}\s+"
            r"(?:full\s+|complete\s+)?calendar\s+years\b"
            rf"|\b{_N}\s+years?\s+ago\b|\ba\s+year\s+ago\b",
            re.I,
        ),
    ),
    # "as of 21/10/2024", "as at 31 March 2023": the date a snapshot figure was taken
    (
        "year",
        re.compile(
            rf"\bas\s+(?:of|at)\s+(?:\d{{1,2}}[/.]\d{{1,2}}[/.]|{_DAY_MONTH})"
            rf"({_YEAR})\b",
            re.I,
        ),
    ),
    # a year, but not an Act's ("Data Protection Act 2018") or a reference ("FOI 2024/0042")
    (
        "year",
        re.compile(
            rf"(?<![\w£$€,./-])(?<!\d\s)(?<!\bAct\s)(?<!\bActs\s)(?<!Regulations\s){_POINT}"
            r"(?![\w/]|[-–]\d|,\d)",
            re.I,
        ),
    ),
]


@dataclass(frozen=True)
class Period:
    """Years `start`..`end` inclusive; `kind` says how the text wrote it."""

    start: int
    end: int
    kind: Kind = "year"
    # a span written as financial years ("2019/20 to 2021/22"): its years are financial ones
    fiscal: bool = field(default=False, compare=False)

    @property
    def label(self) -> str:
        return str(self.start) if self.start == self.end else f"{self.start}-{self.end}"

    def shifted(self, years: int) -> Period:
        """The same length of time `years` later ('a year later' after 2022/23 is 2023/24)."""
        return replace(self, start=self.start + years, end=self.end + years)


@dataclass(frozen=True)
class PeriodMention:
    """A period phrase at `start`:`end` of the text; `period` is None until resolved."""

    text: str
    start: int
    end: int
    kind: Kind
    period: Period | None


def _two_digit(start: int, tail: str) -> int:
    if len(tail) == 4:
        return int(tail)
    end = start // 100 * 100 + int(tail)
    return end + 100 if end < start else end


# The years after the one told ("the following two years", "the three years after") and the
# years before it ("the two years before", "the previous two years", "the two previous
# years"), read by `resolve` once the phrase's " that" is dropped.
_YEARS_AHEAD = re.compile(
    rf"(?:following|next|subsequent)\s+{_N}\s+(?:\w+\s+)?years|"
    rf"^the\s+{_N}\s+(?:\w+\s+)?years\s+(?:after|later)$"
)
_YEARS_BEHIND = re.compile(
    rf"the\s+(?:{_N}\s+(?:\w+\s+)?years\s+\w+|(?:previous|preceding|prior)\s+{_N}\s+"
    rf"(?:\w+\s+)?years|{_N}\s+(?:previous|preceding|prior)\s+(?:\w+\s+)?years)$"
)


def _told(m: re.Match[str]) -> str | None:
    """The number of years a `_YEARS_AHEAD`/`_YEARS_BEHIND` match tells (whichever
    alternative matched holds it)."""
    return next((g for g in m.groups() if g), None)


def _number(word: str | None) -> int:
    if not word:
        return 1
    word = word.lower()
    return int(word) if word.isdigit() else _NUM_WORDS.get(word, 1)


def _read(kind: Kind, m: re.Match[str]) -> tuple[Kind, Period | None]:
    if "fy2" in m.re.groupindex:  # "FY22/23"
        first, last = int(m.group("fy2")), int(m.group(2))
        if last != (first + 1) % 100:
            return kind, None
        return kind, Period(2000 + first, 2001 + first, "financial_year")
    if kind == "span" and "fiscal_first" in m.re.groupindex:
        first = int(m.group("fiscal_first"))  # "the five years from 2017/18": 2017-2022
        if _two_digit(first, m.group(3)) != first + 1:
            return kind, None
        return kind, Period(first, first + _number(m.group(1)), "span", fiscal=True)
    if kind == "span" and "first" in m.re.groupindex:  # "the three years from 2021"
        first = int(m.group("first"))
        return kind, Period(first, first + _number(m.group(1)) - 1, "span")
    if kind == "span" and m.re.groups == 4:  # "across 2021 and 2022", "... combined"
        first, last = int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4))
        return kind, Period(first, last, "span") if first < last else None
    if kind == "span" and "fiscal" in m.re.groupindex:
        first = int(m.group("fiscal"))  # the last financial year's first year
        if _two_digit(first, m.group(3)) != first + 1:
            return kind, None
        return kind, Period(first + 1 - _number(m.group(1)), first + 1, "span", fiscal=True)
    if "upto" in m.re.groupindex:  # "the 12 months to April 2023": May 2022 - April 2023
        last = int(m.group(2))
        if m.group("upto").lower().startswith("dec"):
            return "year", Period(last, last, "year")
        return kind, Period(last - 1, last, "financial_year")
    if kind == "financial_year" and m.lastindex == 1:  # the year to March
        last = int(m.group(1))
        return kind, Period(last - 1, last, "financial_year")
    if kind == "financial_year":
        first = int(m.group(1))
        tail = m.group(2) or m.group(3)
        last = _two_digit(first, tail)
        if last <= first or last - first > 30:
            return kind, None
        spaced = bool(re.search(r"\s", m.group(0)[m.end(1) - m.start(0) : m.start(2) - m.start(0)]))
        if m.group(2) and len(tail) == 2 and spaced and last != first + 1:
            return kind, None  # "2020 - 41": a year and its figure, not 2020-2041
        # "2022/23", "2022-23": one financial year; "2018-2021", "2018-21": a span of years
        return ("financial_year" if last == first + 1 else "span"), Period(
            first, last, "financial_year" if last == first + 1 else "span"
        )
    if kind == "span" and m.re.groups == 3:
        # financial years first to last: "2019/20 to 2021/22" is 2019-2022
        first, tail = int(m.group(2)), m.group(3)
        last = int(tail) if len(tail) == 4 else first // 100 * 100 + int(tail)
        if last < first:
            last += 100
        return kind, Period(first, last, "span", fiscal=True) if last > first + 1 else None
    if kind == "span" and "calendar" in m.re.groupindex:
        last = int(m.group("calendar"))  # "the three years to the end of 2021": 2019-2021
        return kind, Period(last - _number(m.group(1)) + 1, last, "span")
    if kind == "span" and not re.fullmatch(_YEAR, m.group(1)):
        last = int(m.group(2))  # "the three years to March 2023": 2020/21 to 2022/23
        return kind, Period(last - _number(m.group(1)), last, "span", fiscal=True)
    if kind == "span":
        first, last = int(m.group(1)), int(m.group(2))
        return kind, Period(first, last, "span") if first <= last else None
    if kind == "year":
        year = int(m.group(1))
        return kind, Period(year, year, "year")
    return kind, None  # since / relative / sequence / span_ref / latest: resolved in context


# Right before "since <year>": the figure measured against the years before, not counted
# over them ("the highest since 2018", "the lowest total since 2015", "the first rise since
# 2019"). "The most breaches of any force since 2018" still counts them since then.
_BENCHMARK = re.compile(
    r"\b(?:(?:highest|lowest|largest|biggest|smallest|greatest|worst|best|most|fewest)"
    r"(?:\s+(?:annual|yearly|recorded|number|figure|total|level|count|tally|rate)){0,2}|"
    r"(?:first|biggest|largest|sharpest|steepest)\s+(?:rise|fall|increase|decrease|drop|"
    r"jump|time)|(?:for|the)\s+first\s+time|not\s+(?:been\s+)?seen)\s*,?\s*$",
    re.I,
)


# Right after "since <year>": a clause telling what that year saw, with a figure ("risen
# every year since 2019, when the force recorded 41"): the figure is that year's.
_WHEN_THEN = re.compile(r"\s*,?\s*when\b[^.;:()]*?\d", re.I)


def find_periods(text: str, reference: date | None = None) -> list[PeriodMention]:
    """Every period phrase of `text`, left to right, without overlaps (the longest reading of
    a phrase wins: "between 2018 and 2021" is one span, not two years). Relative phrases are
    resolved against `reference` when given; sequences ("a year later") stay unresolved."""
    return list(_find_periods(text, reference))


@lru_cache(maxsize=4096)
def _find_periods(text: str, reference: date | None) -> tuple[PeriodMention, ...]:
    """`find_periods`, memoised: the tally rules ask again about the same sentence (the
    mentions are frozen, so sharing them is safe)."""
    taken: list[tuple[int, int]] = []
    out: list[PeriodMention] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            a, b = m.start(), m.end()
            phrase = m.group(0)
            lead = len(phrase) - len(phrase.lstrip())
            a += lead
            if a >= b or any(a < y and x < b for x, y in taken):
                continue
            read_kind, period = _read(kind, m)
            if kind == "financial_year" and period is None:
                continue  # "2020 - 41", "2019/15": no financial year; its year may be one
            if kind == "since" and period is None and _WHEN_THEN.match(text, b):
                year = re.search(rf"{_YEAR}$", text[a:b])
                if year is not None:
                    # "since 2019, when ... recorded 41", "the highest since 2018, when it
                    # recorded 81": the year dates the clause's figure
                    a, read_kind = a + year.start(), "year"
                    period = Period(int(year.group(0)), int(year.group(0)), "year")
            if read_kind == "since" and _BENCHMARK.search(text[:a]):
                taken.append((a, b))  # "the highest since 2018": a yardstick, no period
                continue
            mention = PeriodMention(text[a:b], a, b, read_kind, period)
            if period is None and reference is not None and read_kind in ("relative", "since"):
                mention = replace(mention, period=resolve(mention, reference))
            if pattern is _TO_MARCH and mention.period is None:
                continue  # "the year to March" on a page without a date: no period read
            taken.append((a, b))
            out.append(mention)
    ranked = [m.start for m in out if m.kind == "ordinal"]
    for m in _BARE_ORDINAL.finditer(text):
        a, b = m.start(), m.end()
        if ranked and min(ranked) < a and not any(a < y and x < b for x, y in taken):
            taken.append((a, b))
            out.append(PeriodMention(text[a:b], a, b, "ordinal", None))
    return tuple(sorted(out, key=lambda p: p.start))


def clear_cache() -> None:
    """Forget the memoised period phrases (a benchmark's cold run starts without them)."""
    _find_periods.cache_clear()


def rank(mention: PeriodMention) -> int | None:
    """The rank an ordinal mention names ('in the second year': 2)."""
    m = re.search(rf"\b({_ORDINAL})\b", mention.text, re.I)
    return _ORDINALS.index(m.group(1).lower()) + 1 if m else None


def past_years(mention: PeriodMention) -> int | None:
    """How many years 'in the past six years', 'over the last five years' count back from the
    reference date; None for other phrases (financial or calendar years named as such, 'up
    to last year', 'the past year')."""
    m = re.search(rf"(?:past|last|previous)\s+{_N}\s+years$", mention.text, re.I)
    return _number(m.group(1).lower()) if m else None


def span_length(mention: PeriodMention) -> int | None:
    """How many years a span reference covers ('over the four years': 4; 'the period': None)."""
    m = re.search(rf"{_N}\s+(?:financial\s+|calendar\s+)?years", mention.text, re.I)
    return _number(m.group(1)) if m else None


def resolve(
    mention: PeriodMention, reference: date | None = None, previous: Period | None = None
) -> Period | None:
    """The years of a mention: explicit ones as read; 'since 2022' up to the reference year;
    'last year', 'in the past three years' (the three whole years before the reference year,
    and that year from July), 'so far this year' against the reference date;
    'a year later' / 'the previous year' one step from `previous` (and 'over the past year'
    too, when it continues a series of yearly figures)."""
    if mention.period is not None:
        return mention.period
    phrase = re.sub(r"\s+", " ", mention.text.lower())
    if mention.kind == "sequence":
        if previous is None and reference is not None and re.search(r"financial|fiscal", phrase):
            # "the previous financial year" with no period before it: the one before the
            # current financial year at the reference date
            current = reference.year if reference.month >= 4 else reference.year - 1
            return Period(current - 1, current, "relative")
        if previous is None and reference is not None and "calendar" in phrase:
            return Period(reference.year - 1, reference.year - 1, "relative")
        if previous is None and re.match(
            rf"the (?:previous|preceding|prior) {_N} (?:\w+ )?years\b", phrase
        ):
            # "in each of the previous three years" with no year told before: the years before
            # the reference date
            return resolve(replace(mention, kind="relative"), reference)
        if previous is None:
            return None
        # a financial year's neighbours are financial years: "the two years before" 2023/24 are
        # 2021/22 and 2022/23, not the calendar years 2021 and 2022
        fiscal = previous.end == previous.start + 1 and (
            previous.kind == "financial_year" or previous.fiscal
        )
        phrase = re.sub(r" that$", "", phrase)  # "the two years before that"
        if ahead := _YEARS_AHEAD.search(phrase):
            # "the following two years" after 2019, "the three years after" 2018: 2020 to
            # 2021, 2019 to 2021
            return Period(
                previous.start + 1, previous.end + _number(_told(ahead)), "sequence", fiscal
            )
        if behind := _YEARS_BEHIND.match(phrase):
            # "the two years before" 2024: 2022 to 2023
            back = _number(_told(behind))
            return Period(previous.start - back, previous.start - (not fiscal), "sequence", fiscal)
        step = -1 if re.search(r"previous|preceding|prior|before|earlier", phrase) else 1
        many = re.match(rf"{_N}\s+years", phrase)
        if many:
            step *= _number(many.group(1))  # "97 five years earlier"
        if "same" in phrase or phrase.startswith("that"):
            step = 0  # "the same year", "that year": the year told before
        return previous.shifted(step)
    if mention.kind == "since":
        start = int(re.findall(_YEAR, phrase)[-1])
        end = reference.year - 1 if reference and phrase.endswith("last year") else None
        if reference is None or reference.year < start:
            return None
        return Period(start, end or reference.year, "since")
    if mention.kind != "relative":
        return None
    upto = re.search(rf"{_N}\s+(?:calendar\s+)?years\s+\D*\b(last|this)\s+year$", phrase)
    if upto:
        if reference is None:
            return None
        last = reference.year - (upto.group(2) == "last")
        return Period(last - _number(upto.group(1)) + 1, last, "relative")
    if re.search(r"calendar years?$", phrase):
        if reference is None:
            return None
        many = re.search(rf"{_N}\s+(?:full\s+|complete\s+)?calendar\s+years$", phrase)
        count = _number(many.group(1)) if many else 1
        return Period(reference.year - count, reference.year - 1, "relative")
    if _TO_MARCH.fullmatch(phrase):
        if reference is None:
            return None
        # the financial year that ended the last March before the reference date
        last = reference.year if reference.month >= 4 else reference.year - 1
        return Period(last - 1, last, "financial_year")
    if re.search(r"(?:financial|fiscal) year", phrase):
        if reference is None:
            return None
        # UK financial years run April to March
        current = reference.year if reference.month >= 4 else reference.year - 1
        many = re.search(rf"{_N}\s+(?:financial|fiscal)\s+years", phrase)
        if many:  # "the last three financial years": the whole ones before the current one
            return Period(current - _number(many.group(1)), current, "relative")
        if re.search(r"last|previous|past|latest|most recent", phrase):
            current -= 1
        return Period(current, current + 1, "relative")
    if re.fullmatch(r"(?:(?:in|during|for|over)\s+)?last year", phrase):
        # "last year" is the calendar year before; "the last year" is the past twelve months
        return Period(reference.year - 1, reference.year - 1, "relative") if reference else None
    m = re.search(rf"(?:past|last|previous|preceding)\s+(?:{_N}\s+)?(years?|twelve|12)", phrase)
    if m:
        n = _number(m.group(1))
        if m.group(2) == "years" or n > 1:
            # "in the past three years": the three whole years before the reference year,
            # and that year too once half of it has gone (figures to date are included)
            if reference is None:
                return None
            end = reference.year if reference.month >= 7 else reference.year - 1
            return Period(reference.year - n, end, "relative")
        # "over the past year": the year after the last one of a series, else the twelve
        # months to the reference date
        if previous is not None:
            return previous.shifted(1)
        return Period(reference.year - 1, reference.year, "relative") if reference else None
    if reference is None:
        return None
    if "this year" in phrase:
        return Period(reference.year, reference.year, "relative")
    if phrase == "a year ago":
        return Period(reference.year - 1, reference.year - 1, "relative")
    m = re.search(rf"{_N}\s+years?\s+ago", phrase)
    if m:
        year = reference.year - _number(m.group(1))
        return Period(year, year, "relative")
    return None


_ISO_DATE = re.compile(r"\b(20[0-4]\d|19[5-9]\d)-(\d{2})-(\d{2})\b")
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        )
    )
    for m in names.split()
}
_NUMERIC_DATE = re.compile(rf"\b(\d{{1,2}})[/.](\d{{1,2}})[/.]({_YEAR})\b")
_WRITTEN_DATE = re.compile(
    rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})|({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?)"
    rf"\s+({_YEAR})\b",
    re.I,
)


def reference_date(text: str, head: int = 200) -> date | None:
    """A full date within the first `head` characters (a dateline), else None."""
    top = text[:head]
    found: list[tuple[int, date]] = []
    for m in _ISO_DATE.finditer(top):
        try:
            found.append((m.start(), date(int(m.group(1)), int(m.group(2)), int(m.group(3)))))
        except ValueError:
            continue
    for m in _NUMERIC_DATE.finditer(top):  # 12/03/2019: day first, as in the UK
        try:
            found.append((m.start(), date(int(m.group(3)), int(m.group(2)), int(m.group(1)))))
        except ValueError:
            continue
    for m in _WRITTEN_DATE.finditer(top):
        day = m.group(1) or m.group(4)
        month = _MONTHS.get((m.group(2) or m.group(3)).lower().rstrip("."))
        try:
            found.append((m.start(), date(int(m.group(5)), month or 0, int(day))))
        except ValueError:
            continue
    return min(found)[1] if found else None
