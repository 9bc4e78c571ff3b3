"""`breachkb_dates_v1`: date expressions -> `doc.spans["dates"]`, each with its precision.

Label (kind) and kb_id (value):
- "day" "2010-08-14", "month" "2010-08", "year" "2010": a point in time, as precise as the text;
- "span" "2006-03/2007-06": "between March 2006 and June 2007", "from 2009 to 2013", "2012-16";
- "fy" "2022/2023": a financial year "2022/23";
- "decade" "1990s": the age of records, never a breach date;
- "relative" "last year", "november last year", "3 april last year", "two years earlier" (before
  the sentence's own date, else the publication), "two years later", "the following year"
  (after the date told before, never the publication's), "2 june" (a day with no year),
  "january" ("in January"), "monday" ("on Monday"): resolved later against the publication date
  (extract.rules.dates); the rules give each a role like any date (most weekdays in news date
  the news, which no breach cue governs); "last November" is last year's November, whichever the
  publication's month ("last March" in June too: this year's March a reporter calls "in
  March"); "last summer" only when it cannot be this year's; "a year earlier", "six weeks
  ago", "in January of last year"; "the previous summer", "the following March", "that
  autumn" (counted from the date told before them); "the summer before last", "the March
  before last" (a year before "last summer"); "this summer" (once begun), "over
  Christmas", "last Christmas" (the latest before the publication); "two years after" (the
  clause after it, that long before the date told before it, or before now).
Whether a date is the breach's, the discovery's, the report's or the decision's is decided by
the rules from the clause it sits in; this component only reads the expressions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.components.doctext import doc_data_dir, doc_text
from extract.datafiles import load_toml

SPAN_KEY = "dates"

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = r"(?P<{n}>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)"
_YEAR = r"(?P<{n}>19[5-9]\d|20[0-4]\d)"
_DAY = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\s+)?"


def _point(tag: str) -> str:
    """A day, month or year: '14 August 2010', 'August 14, 2010', 'August 2010', '2010'."""
    d, m, y = (f"{tag}{x}" for x in "dmy")
    return (
        rf"(?:{_WEEKDAY}{_DAY.format(n=d + 'a')}\s+(?:of\s+)?{_MONTH.format(n=m + 'a')},?\s+"
        rf"{_YEAR.format(n=y + 'a')}"
        rf"|{_WEEKDAY}{_MONTH.format(n=m + 'b')}\s+{_DAY.format(n=d + 'b')},?\s+"
        rf"{_YEAR.format(n=y + 'b')}"
        rf"|{_MONTH.format(n=m + 'c')},?\s+(?:of\s+)?{_YEAR.format(n=y + 'c')}"
        rf"|{_YEAR.format(n=y + 'd')})"
    )


_NOT_BEFORE = r"(?<![\w£$€.,/-])"
_NOT_AFTER = r"(?![\w%£$€]|,\d|\.\d|/\d)"
_SPAN_RE = re.compile(
    rf"{_NOT_BEFORE}(?:(?:between|from)\s+)?{_point('s')}\s*(?:-|–|—|to|until|till|and)\s*"
    rf"(?:{_point('e')}|(?P<short>\d\d)){_NOT_AFTER}",
    re.IGNORECASE,
)
# "between March and September 2021": the year written once, after the second month.
_MONTHS_SPAN_RE = re.compile(
    rf"{_NOT_BEFORE}(?:between|from)\s+{_MONTH.format(n='m1')}\s+(?:and|to|until|-|–)\s+"
    rf"{_MONTH.format(n='m2')},?\s+{_YEAR.format(n='y')}{_NOT_AFTER}",
    re.IGNORECASE,
)
# "over an 18-month period up to December 2021", "for two years until March 2020", "over a
# two-year period ending in 2020": a stretch counted back from its end; it begins so many
# months before (a span), or, when the end's year leaves the start in either of two years,
# it is left undated (a "period", resolved to nothing) rather than dated by its end.
_COUNTS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18,
    "twenty": 20, "a": 1,
}  # fmt: skip
_PERIOD_RE = re.compile(
    r"(?<![\w-])(?:over|during|for|across|throughout|in)\s+(?:(?:a|an|the)\s+)?"
    r"(?:period\s+of\s+)?(?:(?:financial|fiscal|reporting)\s+)?"
    r"(?:(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|eighteen|twenty|a)[- ])?(?P<u>month|year)s?(?:[- ]long)?\s+(?:period\s+)?"
    rf"(?:up\s+(?:to|until)|ending(?:\s+in|\s+on)?|until|till|to|leading\s+up\s+to)\s+"
    rf"(?:the\s+end\s+of\s+)?{_point('e')}{_NOT_AFTER}",
    re.IGNORECASE,
)
# A duration lasting up to its end ("for six years until 2021", "for three years up to
# 2022"), no tally's stretch ("for the five years to 2022", "in the four years to 2022").
_LASTED_RE = re.compile(
    r"(?i)for\s+(?:\d{1,2}|[a-z]+)[- ]years?\s+(?:up\s+(?:to|until)|until|till)\s"
)
_FY_RE = re.compile(
    rf"{_NOT_BEFORE}(?P<y1>19[5-9]\d|20[0-4]\d)/(?P<y2>\d\d|19[5-9]\d|20[0-4]\d){_NOT_AFTER}"
)
_POINT_RE = re.compile(rf"(?:(?<=mid-)|{_NOT_BEFORE}){_point('p')}{_NOT_AFTER}", re.IGNORECASE)
_NUMERIC_RE = re.compile(
    r"(?<![\w/.-])(?:(?P<iy>19[5-9]\d|20[0-4]\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)"
    r"|(?P<d>[0-3]?\d)[/.](?P<m>[01]?\d)[/.](?P<y>19[5-9]\d|20[0-4]\d))(?![\w/.-]?\d)"
)
# "the 1990s", "the early 2010's"; written with an apostrophe and nothing before it, a year's
# possessive ("during 2020's first lockdown"), that year.
_DECADE_RE = re.compile(
    r"(?<![\w£$€,.])(?P<pre>(?:the\s+)?(?:early\s+|late\s+|mid-?)|the\s+)?"
    r"(?P<dec>19[5-9]0|20[0-4]0)(?P<ap>'?)s\b"
)
_NUMBER_WORDS = (
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|eighteen|twenty|a couple of|a few)"
)
_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
RELATIVE_RE = re.compile(
    rf"\b(?:(?:[0-3]?\d(?:st|nd|rd|th)? (?:of )?)?{_MONTH_NAME}"
    rf"(?: [0-3]?\d(?:st|nd|rd|th)?,?)? (?:of )?(?:last|this) year"
    # "in October of the previous year", "March the following year": a month of the year
    # before or after the date told before it
    rf"|{_MONTH_NAME} (?:of )?the (?:previous|following) year"
    rf"|(?:earlier |later )?this (?:year|month|week)|last (?:year|month|week|night|{_MONTH_NAME})"
    # the news's own days, counted back from the page's date
    r"|yesterday|the day before yesterday"
    rf"|last (?:spring|summer|autumn|winter)"
    # "two summers ago": a season counted back from the page's, as "last summer" is
    rf"|{_NUMBER_WORDS} (?:springs|summers|autumns|winters) ago"
    # "the summer before last", "the March before last": a year before "last summer"
    rf"|the (?:spring|summer|autumn|winter|{_MONTH_NAME}) before last"
    rf"|(?:the )?previous (?:year|month)|the year before(?: last)?|the following (?:year|month)"
    rf"|{_NUMBER_WORDS} (?:years?|months?) ago|a (?:year|month) ago"
    # "two years earlier" (also before a subject: "Two years earlier the force had ..."), "a
    # year before", not "three months before the hearing" (an event, not a date)
    rf"|(?:{_NUMBER_WORDS}|a) (?:years?|months?) (?:earlier(?!\s+than\b)|before"
    r"(?!\s+(?:the|a|an|his|her|its|their|this|that|than|it|he|she|they)\b)"
    # "two years prior", "a year previously", "two years before that": the same count back
    r"|prior(?!\s+to\b)|previously|before that(?=\s*[.,;:)—–]))"
    # "three weeks earlier": counted back from a date told before, as "two months earlier" is
    rf"|(?:{_NUMBER_WORDS}|a) (?:weeks?|fortnights?|days?) (?:earlier|prior(?!\s+to\b)|previously)"
    # "three months before it was found in March 2023", "six weeks before colleagues raised
    # concerns in January 2022": before a year the clause after tells (up to a comma); "three
    # months before the hearing" alone dates nothing ("two weeks before the force noticed, in
    # March 2023": or after a comma, an 'in' or 'on' date closing that clause)
    rf"|(?:{_NUMBER_WORDS}|a) (?:years?|months?|weeks?|fortnights?|days?) before"
    r"(?=\s+[A-Za-z][^,;.—–]*?"
    r"(?:,\s+(?:in|on)\s+[^,;.—–]*?)?\b(?:19[5-9]|20[0-4])\d\b)"
    # "two years later", "a year later", "the next year": after a date told before
    rf"|(?:{_NUMBER_WORDS}|a) years? later|the next year"
    rf"|(?:in|over|during) the (?:past|last|previous) {_NUMBER_WORDS} (?:years|months)"
    rf"|so far this year"
    # a short stretch just before the page's date ("in recent weeks", "over the past few
    # days", "in recent months"): the page's year when the stretch lies wholly within it
    r"|(?:in|over|during) (?:recent|the (?:past|last) few) (?:days|weeks|months)"
    # part of a year told before it, else the page's: "earlier in the year", "at the start of
    # the year", "later that year", "earlier the same year"
    r"|(?:earlier|later) (?:in )?(?:that|the same) year|earlier in the year"
    # "told the ICO in February that it had been sent earlier that month": the month told
    # before it
    r"|(?:earlier|later) (?:in )?(?:that|the same) month"
    r"|(?:at|towards) the (?:start|beginning) of (?:that|the same|the) year"
    # "two years after an officer emailed ...": the clause after it happened that long before
    # the time told before it (the sentence's date, or now)
    rf"|(?:{_NUMBER_WORDS}|a) (?:years?|months?|weeks?|fortnights?|days?) after(?=\s+\w)"
    r"|(?:(?:just|only|mere) )?days after(?=\s+\w)"
    # weeks and days counted back from the page's date: "six weeks ago", "a fortnight ago"
    rf"|(?:{_NUMBER_WORDS}|a) (?:weeks?|days?|fortnights?) ago"
    # a season or a month counted from a date told before it: "the previous summer", "the
    # following March", "that autumn"; "this summer" from the page's date
    rf"|(?:(?:the )?(?:previous|following)|the next) (?:spring|summer|autumn|{_MONTH_NAME})"
    rf"|that (?:spring|summer|autumn|{_MONTH_NAME})"
    rf"|(?:earlier )?this (?:spring|summer|autumn)"
    # a season with no year ("stolen in the summer"): the latest such season over by the
    # page's date; not "the summer of 2019" nor "the summer last year", whose year is told
    r"|(?:in|over|during|through) the (?:spring|summer|autumn)"
    r"(?!\s+(?:of|last|this|next|before\s+last|\d)))\b",
    re.IGNORECASE,
)


# "on 2 June", "June 2nd" with no year: counted from the publication date like "last year".
DAY_ONLY_RE = re.compile(
    rf"\b(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH_NAME})"
    rf"|(?P<m2>{_MONTH_NAME})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)\b"
    r"(?!,?\s*(?:\d|of\s+\d|(?:of\s+)?(?:last|this)\s+year))"
)


# "on Monday", "last Tuesday": the latest such day before the publication date. A weekday
# followed by a date ("Friday 1 August") is that date's (DAY_ONLY_RE).
WEEKDAY_ONLY_RE = re.compile(
    r"\b(?:on|last)\s+(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    rf"(?!,?\s+(?:the\s+)?(?:\d|{_MONTH_NAME}))"
)
# "at the weekend", "over the weekend", "last weekend": in news, the weekend just before the
# page's date (or the one it falls on), as "on Saturday" is.
WEEKEND_RE = re.compile(r"\b(?:(?:at|over|during)\s+the|last)\s+weekend\b", re.IGNORECASE)
# "in January", "during March" with no year: the latest such month up to publication.
# "at the start of March", "in the first week of January", "in the last days of May": a part
# of that month, read the same way. Not "at the end of March": the end of a month is where
# deadlines, plans and the financial year fall ("will close at the end of March"), no event.
MONTH_ONLY_RE = re.compile(
    r"\b(?:(?:[Ii]n|[Dd]uring)\s+"
    r"|(?:[Aa]t|[Tt]owards?)\s+the\s+(?:very\s+)?(?:start|beginning)\s+of\s+"
    r"|(?:[Ii]n|[Dd]uring|[Oo]ver)\s+the\s+(?:first|second|third|fourth|last|final|"
    r"closing|opening)\s+(?:few\s+)?(?:days?|week(?:end)?s?|fortnight)\s+of\s+)"
    rf"(?:(?:early|late|mid)[- ])?(?P<m>{_MONTH_NAME})\b"
    r"(?!,?\s*(?:\d|of\s+\d|(?:of\s+)?(?:last|this|next|the\s+(?:previous|following)\s+year)))"
    # "during October and November 2022": the month shares the year told after the next one
    rf"(?!\s+(?:and|or|to|until|-|–)\s+(?:(?:early|late|mid)[- ])?{_MONTH_NAME},?\s+"
    r"(?:\d|(?:of\s+)?(?:last|this)\b))"
)
# "between March and June", "from November to February" with no year: the latest such
# stretch over by the publication date, read like "in January".
MONTHS_ONLY_SPAN_RE = re.compile(
    rf"\b(?:[Bb]etween|[Ff]rom)\s+(?P<m1>{_MONTH_NAME})\s+(?:and|to|until|till)\s+"
    rf"(?P<m2>{_MONTH_NAME})\b(?!,?\s*(?:\d|of\s+\d|(?:of\s+)?(?:last|this|next)))"
)
# Days that name their date ("on Boxing Day"): calendar facts, a day like "26 December".
HOLIDAYS = {
    "new year's day": (1, 1), "valentine's day": (2, 14), "halloween": (10, 31),
    "bonfire night": (11, 5), "christmas eve": (12, 24), "christmas day": (12, 25),
    "boxing day": (12, 26), "new year's eve": (12, 31), "hogmanay": (12, 31),
}  # fmt: skip
_HOLIDAY_RE = re.compile(
    r"\b(?P<h>New Year['’]s (?:Day|Eve)|Valentine['’]s Day|Halloween|Bonfire Night"
    rf"|Christmas (?:Eve|Day)|Boxing Day|Hogmanay)\b(?:,?\s+{_YEAR.format(n='y')}\b)?"
)

# Christmas as a time ("at Christmas", "over the Christmas period", "last Christmas", "over the
# festive period"), not a thing ("a Christmas party"), nor a year's ("the 2019 Christmas
# period"): the latest Christmas before the publication date.
CHRISTMAS_RE = re.compile(
    r"\b(?P<pre>(?:at|over|during|before|after|until|since|by|in)\s+(?:the\s+)?)?"
    # "in the weeks before Christmas", "in the run-up to Christmas", "just before Christmas":
    # a time near it, read as Christmas itself (no bound, as "before 25 May 2018" is)
    r"(?P<near>(?:(?:days|weeks|run-up|build-up|lead-up)\s+(?:before|to)|(?:shortly|just)\s+before)\s+)?"
    r"(?P<h>(?:last\s+)?Christmas|festive\s+(?:period|season|break|holidays?))\b"
    r"(?!\s+(?:Day|Eve)\b|,?\s+(?:19|20)\d\d\b)"
)

# The new year as a time ("over the new year", "in the first week of the new year", "early in
# the New Year"), not a day ("New Year's Day") nor a name ("the New Year Honours"): the latest
# new year before the publication date.
NEW_YEAR_RE = re.compile(
    r"\b(?:[Aa]t|[Oo]ver|[Dd]uring|[Ii]n|[Ii]nto|[Aa]fter|[Ss]ince)\s+(?P<h>(?:the\s+"
    r"(?:first|second|opening|early|first\s+few)\s+(?:days?|weeks?|fortnight)\s+of\s+)?"
    r"the\s+[Nn]ew\s+[Yy]ear)\b(?!['’]|\s+[A-Z])"
)

_MONTH_NAMES = [m for m, n in MONTHS.items() if len(m) > 4 or m in {"may", "june", "july"}]


def _word_starts(words: list[str], flags: int = 0, *, digits: bool = True) -> re.Pattern[str]:
    """Where a match of a pattern can begin: a digit or one of `words` (its possible first
    words, read with the pattern's flags) at the start of a word. Words are grouped by their
    first letter: one branch per letter is much cheaper for `re` than one per word."""
    if flags & re.IGNORECASE:
        words = [w.lower() for w in words]
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=len, reverse=True):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    branches = "|".join(f"{re.escape(k)}(?:{'|'.join(v)})" for k, v in sorted(groups.items()))
    digit = r"\d|" if digits else ""
    return re.compile(rf"(?<!\w)(?:{digit}(?:{branches})\b)", flags)


def _finditer(
    pattern: re.Pattern[str], starts: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, trying `pattern` only where `starts` finds a possible first
    word (every position a match of `pattern` can begin at must be one of them): the same
    matches, since `match(text, pos)` reads the text before `pos` for `\\b` and look-behinds
    as the search does. A long alternation that begins with `\\b` is tried at every
    character by `finditer`; most of its time on a long page went there."""
    search, match = starts.search, pattern.match
    pos = 0
    while (start := search(text, pos)) is not None:
        found = match(text, start.start())
        if found is None:
            pos = start.start() + 1
        else:
            yield found
            pos = max(found.end(), start.start() + 1)  # (none of them matches nothing)


_MONTH_WORDS = re.findall(r"[A-Z][a-z]+", _MONTH_NAME)
# "one" ... "twenty", "a" ("a couple of", "a few"); `\d{1,2}` is the digit every start may be
_COUNT_WORDS = [w.split()[0] for w in _NUMBER_WORDS[3:-1].split("|") if w[0] != "\\"]
# The first words of each pattern read over the whole text (`_finditer`), from the patterns.
_RELATIVE_STARTS = _word_starts(
    [*_MONTH_WORDS, *_COUNT_WORDS, "a", "earlier", "later", "this", "last", "yesterday", "the",
     "previous", "following", "in", "over", "during", "so", "at", "towards", "just", "only",
     "mere", "days", "that", "through"],
    re.IGNORECASE,
)  # fmt: skip
_BEFORE_DECISION_STARTS = _word_starts([*_COUNT_WORDS, "a"], re.IGNORECASE)  # its first words
_DAY_ONLY_STARTS = _word_starts(_MONTH_WORDS)
_MONTH_ONLY_STARTS = _word_starts(
    ["In", "in", "During", "during", "At", "at", "Toward", "toward", "Towards", "towards",
     "Over", "over"],
    digits=False,
)  # fmt: skip
_MONTHS_ONLY_SPAN_STARTS = _word_starts(["Between", "between", "From", "from"], digits=False)
_WEEKDAY_ONLY_STARTS = _word_starts(["on", "last"], digits=False)
_WEEKEND_STARTS = _word_starts(["at", "over", "during", "last"], re.IGNORECASE, digits=False)
# Every holiday match holds one of these words (CHRISTMAS_RE: "Christmas").
_HOLIDAY_WORDS = (
    "New Year",
    "Valentine",
    "Halloween",
    "Bonfire",
    "Christmas",
    "Boxing",
    "Hogmanay",
)


def _month(text: str | None) -> int | None:
    if not text:
        return None
    key = text.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS.get(key[:3])


def _value(m: re.Match[str], tag: str) -> str | None:
    """The partial ISO value of the point named `tag` in a match, or None."""
    g = m.groupdict()
    for suffix in "abcd":
        year = g.get(f"{tag}y{suffix}")
        if not year:
            continue
        month = _month(g.get(f"{tag}m{suffix}"))
        day = g.get(f"{tag}d{suffix}")
        if suffix in "cd" or month is None:
            return year if month is None else f"{year}-{month:02d}"
        if day and 1 <= int(day) <= 31:
            return f"{year}-{month:02d}-{int(day):02d}"
        return f"{year}-{month:02d}"
    return None


def _kind(value: str) -> str:
    return {4: "year", 7: "month", 10: "day"}[len(value)]


_YEARISH_RE = re.compile(r"(?:19[5-9]|20[0-4])\d")


def _year_windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around each year-like figure, merged: every pattern but the
    relative ones contains a year, so the long patterns run only there (fast on long pages)."""
    out: list[tuple[int, int]] = []
    for m in _YEARISH_RE.finditer(text):
        a, b = max(0, m.start() - 70), min(len(text), m.end() + 8)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def find_dates(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, value) of every date expression, longest first, not overlapping."""
    found: list[tuple[int, int, str, str]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(a: int, b: int, kind: str, value: str) -> None:
        if free(a, b):
            found.append((a, b, kind, value))
            taken.append((a, b))

    windows = _year_windows(text)

    def each(pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        for a, b in windows:
            yield from pattern.finditer(text, a, b)

    for m in each(_SPAN_RE):
        start = _value(m, "s")
        end = _value(m, "e")
        if start is None:
            continue
        if end is None and m.group("short"):
            end = start[:2] + m.group("short") if len(start) == 4 else None
        if end is None or end[:4] < start[:4]:
            continue
        opener = re.match(r"(?i)between|from", m.group())
        if re.search(r"(?i)\sand\s", m.group()) and not (
            opener and opener.group().lower() == "between"
        ):
            continue  # "2015 and 2016", "May 2018 and May 2019": two dates, not a span
        add(m.start(), m.end(), "span", f"{start}/{end}")
    for m in each(_PERIOD_RE):
        end = _value(m, "e")
        if end is None:
            continue
        if m.group("n") is None and (
            len(end) < 7 or not re.search(r"(?i)\bthe\s+(?:\w+\s+)?year\s", m.group())
        ):
            # "over the years to 2020": no count; "the year to March 2022" is the twelve
            # months to its end, a financial year told by its last month
            continue
        n = (m.group("n") or "a").lower()
        months = (int(n) if n.isdigit() else _COUNTS[n]) * (
            12 if m.group("u").lower() == "year" else 1
        )
        last = [int(end[5:7])] * 2 if len(end) >= 7 else [1, 12]
        starts = [int(end[:4]) * 12 + mo - 1 - (months - 1) for mo in last]
        years = {s // 12 for s in starts}
        if len(years) > 1 and len(end) == 4 and _LASTED_RE.match(m.group()):
            # "for six years until 2021": a state that lasted so long and ended in that year
            # began that many years before it (2015), as a reporter counts a duration
            add(m.start(), m.end(), "span", f"{int(end) - months // 12}/{end}")
        elif months < 1 or len(years) > 1:
            add(m.start(), m.end(), "relative", "period")  # either year: no date
        elif len(end) >= 7:
            add(m.start(), m.end(), "span", f"{starts[0] // 12}-{starts[0] % 12 + 1:02d}/{end}")
        else:
            add(m.start(), m.end(), "span", f"{starts[0] // 12}/{end}")
    for m in each(_MONTHS_SPAN_RE):
        m1, m2 = _month(m.group("m1")), _month(m.group("m2"))
        if m1 and m2 and m1 <= m2:
            y = m.group("y")
            add(m.start(), m.end(), "span", f"{y}-{m1:02d}/{y}-{m2:02d}")
    for m in each(_FY_RE):
        y1, y2 = m.group("y1"), m.group("y2")
        y2 = y1[:2] + y2 if len(y2) == 2 else y2
        if int(y2) == int(y1) + 1:
            add(m.start(), m.end(), "fy", f"{y1}/{y2}")
    for m in each(_NUMERIC_RE):
        if m.group("iy"):
            y, mo, d = m.group("iy"), int(m.group("im")), int(m.group("id"))
        else:
            y, mo, d = m.group("y"), int(m.group("m")), int(m.group("d"))
        if 1 <= mo <= 12 and 1 <= d <= 31:
            add(m.start(), m.end(), "day", f"{y}-{mo:02d}-{d:02d}")
    for m in each(_DECADE_RE):
        if m.group("ap") and not m.group("pre"):
            continue
        add(m.start(), m.end(), "decade", f"{m.group('dec')}s")
    holidays = any(w in text for w in _HOLIDAY_WORDS)
    for m in _HOLIDAY_RE.finditer(text) if holidays else ():
        h_month, h_day = HOLIDAYS[m.group("h").lower().replace("’", "'")]
        if m.group("y"):
            add(m.start(), m.end(), "day", f"{m.group('y')}-{h_month:02d}-{h_day:02d}")
        else:
            add(m.start(), m.end(), "relative", f"{h_day} {_MONTH_NAMES[h_month - 1]}")
    for m in each(_POINT_RE):
        value = _value(m, "p")
        if value is not None:
            add(m.start(), m.end(), _kind(value), value)
    for m in _finditer(DAY_ONLY_RE, _DAY_ONLY_STARTS, text):
        day, month = m.group("d1") or m.group("d2"), _month(m.group("m1") or m.group("m2"))
        if month and 1 <= int(day) <= 31:
            add(
                m.start(),
                m.end(),
                "relative",
                f"{int(day)} {(m.group('m1') or m.group('m2')).lower()}",
            )
    for m in _finditer(MONTHS_ONLY_SPAN_RE, _MONTHS_ONLY_SPAN_STARTS, text):
        value = f"{m.group('m1').lower()} to {m.group('m2').lower()}"
        add(m.start(), m.end(), "relative", value)
    for m in _finditer(
        MONTH_ONLY_RE, _MONTH_ONLY_STARTS, text
    ):  # month names capitalised: "in May", not "may"
        add(m.start("m"), m.end(), "relative", m.group("m").lower())
    for m in _finditer(WEEKDAY_ONLY_RE, _WEEKDAY_ONLY_STARTS, text):
        add(m.start("w"), m.end(), "relative", m.group("w").lower())
    if "weekend" in text:
        for m in _finditer(WEEKEND_RE, _WEEKEND_STARTS, text):
            add(m.start(), m.end(), "relative", "weekend")
    for m in CHRISTMAS_RE.finditer(text) if "Christmas" in text or "festive" in text else ():
        h = " ".join(m.group("h").lower().split())
        if h.startswith("festive"):  # "over the festive period": Christmas as a time
            if m.group("pre"):
                add(m.start("h"), m.end("h"), "relative", "christmas")
        elif m.group("near") and h == "christmas":
            add(m.start("near"), m.end("h"), "relative", h)
        elif m.group("pre") or h.startswith("last"):
            add(m.start("h"), m.end("h"), "relative", h)
    if "ew year" in text or "ew Year" in text:
        for m in NEW_YEAR_RE.finditer(text):
            add(m.start("h"), m.end("h"), "relative", "the new year")
    words = ("year", "month", "week", "last ", "Last ", "ago", "spring", "summer", "autumn",
             "previous", "following", "next ", "that ", "yesterday", "Yesterday", "fortnight",
             "days after", "days before", "recent", "few days")  # fmt: skip
    if any(w in text for w in words):
        for m in _finditer(RELATIVE_RE, _RELATIVE_STARTS, text):
            if m.group().startswith("may "):
                continue  # "it may last years": the verb, not the month
            word = m.group().rsplit(" ", 1)[-1]
            if word.lower() in MONTHS and not word[:1].isupper() and " " in m.group():
                continue  # "the last march through the town", "that may": not a month
            add(m.start(), m.end(), "relative", m.group().lower())
    return sorted(found)


_DETERMINERS = r"(?:the|its|his|her|their|this|that)"
# The decision words' nouns and forms ('his dismissal', 'her conviction', 'the sacking').
DECISION_ENDINGS = ("s", "ed", "al", "ion", "ing")
_DECISION_ENDINGS = "(?:" + "|".join(DECISION_ENDINGS) + ")?"


@cache
def _before_decision_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """'two years before the ICO's decision', 'six months before the reprimand': a count back
    from a decision named with no date of its own (`decision` words of cues.toml [dates], up
    to three words after the determiner); the rules count from where that decision is dated
    (extract/rules/dates.py, `_before_decision`)."""
    names = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(
        rf"\b(?:{_NUMBER_WORDS}|a) (?:years?|months?|weeks?|fortnights?|days?) before"
        rf"(?=\s+{_DETERMINERS}\s+(?:[A-Za-z'’]+\s+){{0,3}}?(?:{names}){_DECISION_ENDINGS}\b)",
        re.IGNORECASE,
    )


def _decision_words(doc: Doc) -> tuple[str, ...]:
    words = load_toml("cues.toml", doc_data_dir(doc))["dates"]["decision"]
    return tuple(w.lstrip("=") for w in words if " " not in w)


@Language.component("breachkb_dates_v1")
def dates(doc: Doc) -> Doc:
    spans = []
    text = doc_text(doc)
    found = find_dates(text)
    if " before " in text:
        before = _before_decision_re(_decision_words(doc))
        for m in _finditer(before, _BEFORE_DECISION_STARTS, text):
            if all(m.end() <= a or m.start() >= b for a, b, _, _ in found):
                found.append((m.start(), m.end(), "relative", m.group().lower()))
        found.sort()
    for start, end, kind, value in found:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            spans.append(Span(doc, span.start, span.end, label=kind, kb_id=value))
    doc.spans[SPAN_KEY] = spans
    return doc
