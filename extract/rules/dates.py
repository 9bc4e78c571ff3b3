"""Dates with roles: when the breach happened, was discovered, was reported, was decided.

A date's role is the role of the cue that governs it in its clause: the nearest cue before it
("fined £60,000 in 2017", "lost in March 2015"), else the nearest after it ("In 2015 an
officer sent ..."), and a year that premodifies a noun takes that noun's role ("the 2015 loss
of a file"). Breach events (lost, stolen, sent, published, accessed, deleted, recorded ...)
make breach dates; discovery, report, decision and process cues make the other dates; a
statute ("Act 1998"), a system's history ("set up in 2011"), the age of records, a bound
("before 25 May 2018", "since 2009") and a dateline are no incident dates at all. A span gives
its earliest point; relative dates ("last year") resolve against the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from extract.components.dates import DECISION_ENDINGS
from extract.components.doctext import doc_data_dir
from extract.components.lemmas import verb_lemmas
from extract.datafiles import load_toml
from extract.rules.found import Found
from extract.rules.types import tells_news
from extract.sentences import Sent, breaks_clause, clause_bounds

BREACH, DISCOVERED, REPORTED, DECIDED = "breach", "discovered", "reported", "decided"
# cues.toml [dates] list -> the role its dates take (None: not an incident date).
_CUE_ROLES: dict[str, str | None] = {
    "event": BREACH,
    "discovery": DISCOVERED,
    "notify": REPORTED,
    "decision": DECIDED,
    "process": None,
    "system": None,
    "complaint": None,
    "apology": None,
    "payment": None,
    "career": None,
    "advice": None,
    "reference": None,
}
# A date in a 'when' clause of another event, the breach told in the clause it hangs on
# ("the files had been left in a cupboard when the station closed in 2017"): it times the
# breach only through that event, so it counts as a described breach's date, not a cue's.
TIMED = "timed"
# A date of someone learning of a breach already had ("In 2019 she was told her file had been
# lost"): no incident date, nor a finding that dates a loss as papers found on a bus do.
LEARNED = "learned"
# A year naming a thing by it ("despite a 2004 trade agreement", "the 2023 total"): no incident
# date, but told, so "in August of that year" after it counts from it.
NAMED = "named"
_SCORES = {BREACH: 3.0, "described": 1.0, TIMED: 1.0}
_SCENE_OPENING = 5  # "On the afternoon of Thursday 3 May, ...": a date opening its sentence
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "this", "that"}
_ABOUT = {"over", "after", "for", "following"}  # a headline's "fined over 2019 data breach"
_NUMBER_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "eighteen": 18, "twenty": 20, "a couple of": 2, "a few": 3,
}  # fmt: skip
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_FINANCIAL_YEAR_RE = re.compile(r"(?:19|20)\d\d[/–-](?:\d\d|(?:19|20)\d\d)")
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]  # fmt: skip
_MONTH_NUMBERS = {m: i + 1 for i, m in enumerate(_MONTHS)}
_SEASON_ENDS = {"spring": 5, "summer": 8, "autumn": 11}  # the last month of each season
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_SEASONS_AGO_RE = re.compile(r"(\d{1,2}|[a-z ]+?) (spring|summer|autumn|winter)s ago")
_AGO_RE = re.compile(r"(\d{1,2}|[a-z ]+?) (year|month|week|fortnight|day)s? ago")
# The months a season spans ("the summer": June to August); winter straddles two years.
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}


@dataclass
class IncidentDates:
    """The dates of one incident, each with the sentence that states it."""

    breach: Found | None = None  # value: partial ISO ("2015", "2015-06", "2015-06-18")
    discovered: Found | None = None
    reported: Found | None = None
    decided: Found | None = None
    fine_year: Found | None = None

    @property
    def breach_year(self) -> int | None:
        return int(str(self.breach.value)[:4]) if self.breach else None


def resolve_relative(phrase: str, published: dt.date | None) -> str | None:
    """'last year' -> '2015' for an article of 2016; None without a publication date or for
    vague periods ('in the past three years')."""
    if published is None:
        return None
    p = phrase.lower()
    if season := _season_before(p, published):
        return season
    if m := _RECENT_RE.fullmatch(p):
        # "in recent weeks", "over the past few months": the page's year, when the stretch
        # cannot reach back into the year before (no "recent months" in a February story)
        start = published - dt.timedelta(days=_RECENT_DAYS[m.group(1)])
        return str(published.year) if start.year == published.year else None
    if p.startswith(("in the", "over the", "during the", "so far")):
        return None  # a period for tallies, not a point in time
    words = p.replace(" of ", " ").split()
    if len(words) == 2 and words[0].isdigit() and words[1] in _MONTH_NUMBERS:
        # "2 June": the latest such day on or before the publication date
        day, number = int(words[0]), _MONTH_NUMBERS[words[1]]
        year = published.year - ((number, day) > (published.month, published.day))
        return f"{year}-{number:02d}-{day:02d}"
    if len(words) == 3 and words[1] == "to" and {words[0], words[2]} <= set(_MONTH_NUMBERS):
        # "between March and June": the latest such stretch ended by the publication date;
        # "from November to February" begins the year before it ends
        first, last = _MONTH_NUMBERS[words[0]], _MONTH_NUMBERS[words[2]]
        end_year = published.year - (last > published.month)
        return f"{end_year - (first > last)}-{first:02d}"
    if len(words) == 1 and words[0] in _MONTH_NUMBERS:
        # "in January": the latest January up to the publication date
        number = _MONTH_NUMBERS[words[0]]
        return f"{published.year - (number > published.month)}-{number:02d}"
    if len(words) == 1 and words[0] in _WEEKDAYS:
        # "on Monday": the latest Monday before the publication date (or the day itself)
        back = (published.weekday() - _WEEKDAYS.index(words[0])) % 7
        return (published - dt.timedelta(days=back)).isoformat()
    if words == ["weekend"]:
        # "at the weekend": the Saturday of the latest weekend up to the publication date
        back = (published.weekday() - _WEEKDAYS.index("saturday")) % 7
        return (published - dt.timedelta(days=back)).isoformat()
    if len(words) == 2 and words[0] == "last" and words[1] in _MONTH_NUMBERS:
        # "last November" in a February story: the November before. "Last March" in June is
        # last year's March too: this year's a reporter writes "in March" ("in January" above).
        number = _MONTH_NUMBERS[words[1]]
        return f"{published.year - 1}-{number:02d}"
    if words == ["last", "winter"]:
        # "last winter" in a story of March to December: the winter that began the December
        # before the page's year; in January or February, this winter or the one before
        return str(published.year - 1) if published.month >= 3 else None
    if len(words) == 2 and words[0] == "last" and words[1] in _SEASON_ENDS:
        # "last summer" in a spring story: the summer before; in October, maybe this year's
        end = _SEASON_ENDS[words[1]]
        return str(published.year - 1) if end >= published.month else None
    days = [int(w.rstrip("stndrh,")) for w in words if w[:1].isdigit()]
    words = [w.rstrip(",") for w in words if not w[:1].isdigit()]
    named = _MONTH_NUMBERS.get(words[0])
    if named is not None and words[-1] == "year":  # "November last year", "May this year"
        year = published.year - (words[1] == "last")
        if len(days) == 1 and 1 <= days[0] <= 31:  # "on 3 April last year"
            return f"{year}-{named:02d}-{days[0]:02d}"
        return f"{year}-{named:02d}"
    if "this year" in p:
        return str(published.year)
    if "this month" in p:
        return f"{published.year}-{published.month:02d}"
    if p in _NEWS_DAYS:
        # "yesterday", "last week": days counted back from the page's date (a week from its
        # Monday), the news's own time
        back = _NEWS_DAYS[p] + (published.weekday() if p.endswith("week") else 0)
        return (published - dt.timedelta(days=back)).isoformat()
    if m := _SEASONS_AGO_RE.fullmatch(p):
        # "two summers ago": the summer a year before "last summer"
        seasons = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS.get(m.group(1))
        latest = resolve_relative(f"last {m.group(2)}", published)
        if seasons is None or latest is None:
            return None
        return str(int(latest[:4]) - (seasons - 1))
    if p == "the year before last":
        return str(published.year - 2)
    if p.startswith("the ") and p.endswith(" before last"):
        # "the summer before last": the one a year before "last summer"
        before = resolve_relative("last " + p[4 : -len(" before last")], published)
        return None if before is None else str(int(before[:4]) - 1) + before[4:]
    if p in {"last year", "the previous year", "previous year", "the year before"}:
        return str(published.year - 1)
    if p in {"last month", "the previous month", "previous month"}:
        month = published.replace(day=1) - dt.timedelta(days=1)
        return f"{month.year}-{month.month:02d}"
    if m := _AGO_RE.search(p):
        n = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS.get(m.group(1).strip())
        if n is None:
            return None
        if m.group(2) == "year":
            return str(published.year - n)
        if m.group(2) in _DAYS_IN:  # "six weeks ago": that many weeks before the page's date
            return (published - dt.timedelta(days=n * _DAYS_IN[m.group(2)])).isoformat()
        months = published.year * 12 + published.month - 1 - n
        return f"{months // 12}-{months % 12 + 1:02d}"
    return None


_DAYS_IN = {"day": 1, "week": 7, "fortnight": 14}
_RECENT_RE = re.compile(r"(?:in|over|during) (?:recent|the (?:past|last) few) (days|weeks|months)")
_RECENT_DAYS = {"days": 10, "weeks": 42, "months": 120}  # how far back such a stretch may reach
# Days before the page's date ("this week" and "last week" from the week's Monday).
_NEWS_DAYS = {"yesterday": 1, "last night": 1, "the day before yesterday": 2, "this week": 0,
              "earlier this week": 0, "last week": 7}  # fmt: skip


_NEW_YEAR_MONTHS = 6  # how long after it a story may still call January "the new year"


def _season_before(p: str, published: dt.date) -> str | None:
    """'this summer' once it has begun (in a March story it is still to come); 'last
    Christmas', 'over Christmas': the latest Christmas before the page's date."""
    if p in {"christmas", "last christmas"}:
        year = published.year - ((published.month, published.day) <= (12, 25))
        return f"{year}-12-25"
    if p == "the new year":
        # "stolen over the new year": this year's first days, told so in the half year after
        # them (later, a reporter names the month; before, it is the year to come)
        return str(published.year) if published.month <= _NEW_YEAR_MONTHS else None
    words = p.split()
    if len(words) == 3 and words[1] == "the" and words[-1] in _SEASONS:
        # "stolen in the summer": the latest such season over by the page's date; in a story
        # told during the season, this one or last year's
        first, last = _SEASONS[words[-1]]
        if first <= published.month <= last:
            return None
        return str(published.year - (published.month < first))
    if len(words) >= 2 and words[-2] == "this" and words[-1] in _SEASONS:
        first = _SEASONS[words[-1]][0]
        return str(published.year) if published.month >= first else None
    return None


# Lower-case words a dateline may hold besides the date ("Posted on 5 May 2018 at 10:00").
_DATELINE_WORDS = {"on", "at", "am", "pm", "gmt", "bst", "utc", "updated", "published", "posted",
                   "first", "last", "modified"}  # fmt: skip


_MASTHEAD_WORDS = 10  # a masthead of outlet, section and byline; more is a sentence
_ITEM_WORDS = 4  # words of one masthead item ("Kent Messenger", "Public Sector IT Review")
_BYLINE_WORDS = 8  # "By Jo Bloggs, Crime Reporter": a byline item may be longer
# Lower-case words inside names and bylines ("Avon and Somerset Police", "By the News Team").
_NAME_CONNECTORS = {"and", "of", "the", "&", "for", "on"}
_DASHES = {"—", "–", "-", "--"}
_BARS = {"|", "•", "·", "/"}  # "Kent Messenger • News • 3 May 2024 • 4 min read"


def printed_date(sents: list[Sent], head: int = 6, tail: int = 4) -> dt.date | None:
    """The page's own date printed in its text when no metadata gave one: a line near the top
    that is a full date and little else ('MAIDSTONE, Monday, 10 March 2025', 'Date 19
    November 2024'), so that 'two years ago' has something to count from; else such a line
    among the last few, where some outlets sign off ('Kent Messenger, 3 May 2024'). A masthead
    line of items set apart by bars is judged item by item; a line opening on a stamp word
    ('Published 14 November 2024, 06:00 | Updated ...', 'Date of response: 27 June 2023')
    gives the stamped date, and a dateline may open the story's first sentence
    ('EDINBURGH, 19 September 2025 — Police Scotland has been fined ...')."""
    lines = sents[:head] + sents[head:][-tail:]
    for sent in lines:
        days = [d for d in sent.dates if d.label_ == "day"]
        stamped = _opening_stamp(sent, days)
        if stamped is not None:
            return stamped
        if not days:
            continue
        day = days[0]
        # several dates on one line: a masthead's first, the page's own ('Kent Online | Crime
        # | 3 May 2024 | Updated 4 May 2024'), the others its updates
        if (len(days) == 1 and _dateline_opening(sent, day)) or _masthead(sent, day):
            try:
                return dt.date.fromisoformat(day.kb_id_)
            except ValueError:
                continue
    return None


def _opening_stamp(sent: Sent, days: list[Span]) -> dt.date | None:
    """The first day date of a line that opens on a stamp word, right after it or after a
    colon ('Published 14 November 2024, 06:00 GMT | Updated 15 November 2024', 'News release:
    23 May 2012', 'date 2025-09-13 New figures show ...'): the page's own date."""
    doc = sent.span.doc
    for cue in sent.cues.get("dates.stamp", []):
        if cue.start - sent.span.start > 1 and not _page_subject(doc[sent.span.start : cue.start]):
            continue
        for day in days:
            gap = doc[cue.end : day.start]
            if len(gap) <= 1 and all(t.is_punct for t in gap):
                try:
                    return dt.date.fromisoformat(day.kb_id_)
                except ValueError:
                    return None
    return None


def _page_subject(words: Span) -> bool:
    """'This article was first published on 14 February 2024', 'The story was originally
    published on ...': the page itself the subject of its stamp, in a sign-off line; nothing
    else before the stamp but the page's noun, its article and the verb's auxiliary."""
    cues = load_toml("cues.toml", doc_data_dir(words.doc))["dates"]
    nouns, glue = set(cues["page_nouns"]), set(cues["page_subject_glue"])
    lowered = [t.lower_ for t in words if not t.is_punct]
    return (
        bool(lowered)
        and lowered[0] in {"this", "the"}
        and any(w in nouns for w in lowered[1:3])
        and all(w in nouns or w in glue for w in lowered[1:])
    )


def _dateline_opening(sent: Sent, day: Span) -> bool:
    """'EDINBURGH, 19 September 2025 — Police Scotland has been fined': a place in capitals, a
    comma, (a weekday,) the date and a dash open the first sentence."""
    doc = sent.span.doc
    words = [t for t in doc[sent.span.start : day.start] if not t.is_punct]
    if not words or not all(t.is_upper or t.lower_ in _WEEKDAYS for t in words):
        return False
    if not any(t.is_upper and len(t) > 1 for t in words):
        return False
    return day.end < sent.span.end and doc[day.end].text in _DASHES


def _masthead(sent: Sent, day: Span) -> bool:
    """A line that is a date and a masthead's few items: outlet, section, byline ('Kent
    Messenger | News | 3 May 2024 | By Jo Bloggs, Crime Reporter'), each item short and in
    capitals but for the small words of names ('Avon and Somerset Police')."""
    # A masthead line's items stand apart ('Kent Messenger | News | 3 May 2024 | By Jo
    # Bloggs'): each is judged on its own, as a line of its own would be.
    items: list[list[Token]] = [[]]
    dated = -1  # the item holding the date
    stamps = {t.i for c in sent.cues.get("dates.stamp", []) for t in c}  # 'Date', 'Posted'
    # Between bars a comma parts items too ('BBC News, West Midlands & Black Country | 3 May
    # 2024': outlet, then region), never on a line without bars, where it may join a sentence.
    barred = any(t.text in _BARS for t in sent.span)
    for t in sent.span:
        if t.text in _BARS or _spaced_dash(t) or (barred and t.text == ","):
            items.append([])
        elif day.start <= t.i < day.end:
            dated = len(items) - 1
        elif t.i in stamps:
            continue
        elif (
            t.is_alpha
            and not day.start <= t.i < day.end
            and t.lower_ not in _DATELINE_WORDS
            and t.lower_ not in _NAME_CONNECTORS
        ):  # "First published on Thu 3 Oct 2019 10.32 BST": stamp words are not counted
            items[-1].append(t)
    if sum(map(len, items)) > _MASTHEAD_WORDS:
        return False
    # Dashes set items apart only on a line of its own, which no full stop ends: 'The force
    # was fined — 3 May 2024 — by the ICO.' is a sentence with an aside.
    ends = [t for t in sent.span if not t.is_space]
    if any(_spaced_dash(t) for t in sent.span) and ends and ends[-1].text in {".", "!", "?"}:
        return False
    # The date an item of its own among the line's bars ('News and blogs | 3 May 2024',
    # 'Action we've taken | Reprimands | 27 August 2025'): a breadcrumb of sections, whose
    # names may be written in sentence case; a byline's are names still.
    breadcrumb = len(items) > 1 and dated >= 0 and not items[dated]
    for words in items:
        byline = bool(words) and words[0].lower_ == "by"
        if len(words) > (_BYLINE_WORDS if byline else _ITEM_WORDS):
            return False
        if (byline or not breadcrumb) and any(t.is_lower for t in words[1 if byline else 0 :]):
            return False  # 'by Jo Bloggs': a byline's own word may be lower-case, no other
    return True


def _spaced_dash(t: Token) -> bool:
    """A dash standing free between a masthead's items ('Kent Messenger — News — 3 May 2024'),
    spaced on both sides: not the hyphen inside a word ('Lancashire-based')."""
    doc = t.doc
    return t.text in _DASHES and t.i > 0 and bool(doc[t.i - 1].whitespace_) and bool(t.whitespace_)


def masthead_date(sent: Sent) -> dt.date | None:
    """The date of a line that is a full date and a masthead's few items ('Kent Messenger |
    3 May 2024'): the page's date, never a story's."""
    days = [d for d in sent.dates if d.label_ == "day"]
    if len(days) != 1 or not _masthead(sent, days[0]):
        return None
    try:
        return dt.date.fromisoformat(days[0].kb_id_)
    except ValueError:
        return None


_THAT_YEAR = (("of", "that", "year"), ("that", "year"), ("of", "the", "same", "year"),
              ("the", "same", "year"))  # fmt: skip


def _month_of_that_year(span: Span) -> str | None:
    """'in August of that year', 'in May the same year': a month in the year told last before
    it (in its sentence or the one before), not the latest such month before the page's
    date."""
    words = span.text.lower().split()
    if len(words) != 1 or words[0] not in _MONTH_NUMBERS:
        return None
    doc = span.doc
    after = tuple(t.lower_ for t in doc[span.end : span.end + 4])
    if not any(after[: len(w)] == w for w in _THAT_YEAR):
        return None
    years = [d for d in _dates_before(span) if d.label_ in {"day", "month", "year"}]
    if not years or not _YEAR_RE.fullmatch(years[-1].kb_id_[:4]):
        return None
    return f"{years[-1].kb_id_[:4]}-{_MONTH_NUMBERS[words[0]]:02d}"


def _last_month_before(sent: Sent, span: Span, published: dt.date | None) -> str | None:
    """'Last September', which in a November story may be either September, anchored on a
    later event the sentence dates ('reprimanded in July after a file was left on a train
    last September'): the latest such month before that event."""
    words = span.text.lower().split()
    if published is None or len(words) != 2 or words[0] != "last":
        return None
    month = _MONTH_NUMBERS.get(words[1])
    if month is None:
        return None
    anchors = [
        value
        for d in sent.dates
        if d is not span
        and date_role(sent, d) in (DISCOVERED, REPORTED, DECIDED)
        and (value := date_value(d, published)) is not None
        and len(value) >= 7
    ]
    if not anchors:
        return None
    anchor = min(anchors)
    year, before = int(anchor[:4]), int(anchor[5:7])
    return f"{year - (month >= before)}-{month:02d}"


def date_value(span: Span, published: dt.date | None) -> str | None:
    """The partial ISO point a date span stands for (a span's or financial year's start)."""
    kind, value = span.label_, span.kb_id_
    if kind in {"day", "month", "year"}:
        return value
    if kind == "span":
        return value.split("/")[0]
    if kind == "fy":
        return value[:4]
    if kind == "relative":
        if value.lower() in _PREVIOUS_YEAR:  # "the year before" has no count of years
            return _previous_year(span, published)
        if m := _MONTH_OF_YEAR_RE.fullmatch(value.lower()):
            return _month_of_year(span, m, published)
        if m := _EARLIER_RE.fullmatch(value):
            return _earlier(span, m, published)
        if m := _DAYS_BEFORE_RE.fullmatch(value):
            return _earlier(span, m, published)
        if m := _AFTER_RE.fullmatch(value):
            return _years_after(span, m, published)
        if m := _SAME_YEAR_RE.fullmatch(value.lower()):
            return _same_year(span, m, published)
        if _SAME_MONTH_RE.fullmatch(value.lower()):
            return _same_month(span, published)
        if value.lower() in _NEXT_YEAR or _LATER_RE.fullmatch(value.lower()):
            return _later(span)
        if m := _ANCHORED_RE.fullmatch(value.lower()):
            return _anchored(span, m.group(1), m.group(2), published)
        return resolve_relative(value, published)
    return None  # decades: the age of records


_EARLIER_RE = re.compile(r"(.+?) (year|month)s? (?:earlier|before|prior|previously|before that)")
_DAYS_BEFORE_RE = re.compile(r"(.+?) (week|fortnight|day)s? (?:before|earlier|prior|previously)")
_AFTER_RE = re.compile(r"(?:(.+) )?(year|month|week|fortnight|day)s? after")
_FRONT_HEDGES = {"just", "almost", "nearly", "some", "more", "than", "over", "about", "around"}
_PERFECT = {"has", "have", "'s"}  # "has been fined, two years after ...": the telling's time


def _years_after(span: Span, m: re.Match[str], published: dt.date | None) -> str | None:
    """'fined in 2023, two years after an officer emailed ...': what the clause after it tells
    happened that long before the date told before it in its sentence (2021); with no date
    there, before now when the sentence tells of now ('has been reprimanded, two years after
    ...'), else at no date the story gives."""
    doc = span.doc
    start = span.start
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    anchors = [
        d
        for d in doc.spans.get("dates", [])
        if start <= d.start and d.end <= span.start and d.label_ in {"day", "month", "year"}
    ]
    fronted = all(t.lower_ in _FRONT_HEDGES for t in doc[start : span.start])
    if not anchors and fronted:
        # "Two years after the breach, the ICO issued a reprimand in 2023": fronted, the
        # stretch counts back from the date of the main clause after it
        end = _sentence_end(doc, start)
        anchors = [
            d
            for d in doc.spans.get("dates", [])
            if span.end <= d.start and d.end <= end and d.label_ in {"day", "month", "year"}
        ][:1]
    if m.group(2) in _DAYS_IN:
        now = None
        if anchors:
            now = _date_range(anchors[-1].kb_id_)
        elif any(t.lower_ in _PERFECT for t in doc[start : span.start]) and published:
            now = (published, published)
        return _days_before(m.group(1), m.group(2), now)
    ago = f"{m.group(1)} {m.group(2)}s ago"
    if anchors:
        anchor = anchors[-1].kb_id_
        if m.group(2) == "month" and len(anchor) < 7:
            return None  # months before a bare year: either year
        day = int(anchor[8:10]) if len(anchor) == 10 else 28
        month = int(anchor[5:7]) if len(anchor) >= 7 else 12
        return resolve_relative(ago, dt.date(int(anchor[:4]), month, day))
    if any(t.lower_ in _PERFECT for t in doc[start : span.start]) or _news_present(span, start):
        return resolve_relative(ago, published)
    if fronted and any(t.lower_ in _PERFECT for t in doc[span.end : _sentence_end(doc, start)]):
        # "Two years after the mistake, the force has been reprimanded": before now
        return resolve_relative(ago, published)
    return None


def _news_present(span: Span, start: int) -> bool:
    """'It comes two years after Wiltshire Police lost a laptop', 'the fine comes three years
    after ...': a verb of cues.toml's `news_present` right before the stretch tells it from
    the news's own time, as a perfect does, so it counts back from the page's date."""
    verbs = set(_data(span).get("news_present", []))
    doc = span.doc
    return span.start - 1 >= start and doc[span.start - 1].lower_ in verbs


def _sentence_end(doc: Doc, start: int) -> int:
    """The end of the sentence beginning at token `start`."""
    end = start + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return end


def _date_range(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day a partial ISO point may be ('2023-05': 1 to 31 May 2023)."""
    year = int(value[:4])
    if len(value) == 10:
        day = dt.date.fromisoformat(value)
        return day, day
    if len(value) == 7:
        month = int(value[5:7])
        after = dt.date(year + month // 12, month % 12 + 1, 1)
        return dt.date(year, month, 1), after - dt.timedelta(days=1)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


_VAGUE_DAYS = (1, 10)  # "days after": a few days, some two to ten


def _days_before(count: str | None, unit: str, now: tuple[dt.date, dt.date] | None) -> str | None:
    """'found in May 2023, two weeks after it happened', 'told on 3 March, days after the
    theft': so many days or weeks before a date (the anchor's first to last day), its year
    when every reading falls in one year ('discovered in January, six weeks after' may be
    either), else nothing."""
    if now is None:
        return None
    words = (count or "").strip()
    if words.isdigit():
        low = high = int(words)
    elif words in _NUMBER_WORDS and words != "a few":
        low = high = _NUMBER_WORDS[words]
    elif words in {"", "just", "only", "mere", "a few"} and unit == "day":
        low, high = _VAGUE_DAYS
    else:
        return None
    earliest = now[0] - dt.timedelta(days=high * _DAYS_IN[unit])
    latest = now[1] - dt.timedelta(days=low * _DAYS_IN[unit])
    return str(latest.year) if earliest.year == latest.year else None


def _dates_before(span: Span) -> list[Span]:
    """The dates written before `span` in its sentence and the one before it."""
    doc = span.doc
    start = span.start
    for _ in range(2):  # back to the start of this sentence, then of the one before
        start = max(0, start - 1)
        while start > 0 and not doc[start].is_sent_start:
            start -= 1
    return [d for d in doc.spans.get("dates", []) if start <= d.start and d.end <= span.start]


_CLOSING_DATE = {"in", "on"}


def _opens(tok: Token) -> bool:
    """A word that may open the clause or phrase after 'before' ('three months before officers
    noticed', 'six weeks before Kent Police found it'): a word, not a comma or a stop ('three
    months before, ...' counts back from a date told before it)."""
    return tok.is_alpha and not tok.is_sent_start  # "before the force noticed, in March 2023"


def _date_ahead(span: Span) -> tuple[Span, bool] | None:
    """The first day, month or year after `span` in its sentence with no comma, semicolon or
    dash between: the date of the clause or phrase it introduces; or one after a single comma
    and 'in' or 'on', closing that clause ('before the force noticed, in March 2023'), which
    may as well time the clause before `span` (True)."""
    doc = span.doc
    for d in doc.spans.get("dates", []):
        if d.start < span.end:
            continue
        gap = doc[span.end : d.start]
        if any(t.is_sent_start or t.text in {";", "—", "–", "."} for t in gap):
            return None
        commas = [t.i for t in gap if t.text == ","]
        closing = commas == [d.start - 2] and doc[d.start - 1].lower_ in _CLOSING_DATE
        if commas and not closing:
            return None
        return (d, closing) if d.label_ in {"day", "month", "year"} else None
    return None


def _earlier(span: Span, m: re.Match[str], published: dt.date | None) -> str | None:
    """'two years earlier': before the latest date written before it in the same sentence or
    the one before ('fined in 2019 for a breach two years earlier': 2017; 'In 2019 the force
    was fined. A year earlier, ...': 2018), else before the publication date."""
    ago = f"{m.group(1)} {m.group(2)}s ago"
    doc = span.doc
    if span.end < len(doc) and m.group(0).endswith("before") and _opens(doc[span.end]):
        # "sent three months before it was discovered in March 2023", "three months before
        # officers noticed the error in February 2024": before the date the clause after it
        # tells, up to a comma; none there, no date
        found = _date_ahead(span)
        if found is None:
            # "two years before the ICO's decision", "before the reprimand": no date of its
            # own, the decision named is the one dated before (this sentence or the last)
            return _before_decision(span, m, published)
        ahead, closing = found
        if m.group(2) in _DAYS_IN:
            value = _days_before(m.group(1), m.group(2), _date_range(ahead.kb_id_))
        elif m.group(2) == "month" and len(ahead.kb_id_) < 7:
            return None  # months before a bare year: either year
        else:
            value = resolve_relative(ago, _date_range(ahead.kb_id_)[1])
        if closing and (value or "")[:4] != ahead.kb_id_[:4]:
            return None  # the date after the comma may be either clause's: years differ
        return value
    before = _dates_before(span)
    anchors = _anchors(before, published)
    if anchors:
        anchor = anchors[-1]
        if len(anchor) >= 7:
            # "spotted the error in February. Two months earlier, ...": counted back from the
            # month or day told before
            if m.group(2) in _DAYS_IN:
                return _days_before(m.group(1), m.group(2), _date_range(anchor))
            return resolve_relative(ago, _date_range(anchor)[1])
        if m.group(2) == "month":
            return None  # a month before a year: either year
        return resolve_relative(ago, dt.date(int(anchor[:4]), 12, 31))
    if before:
        return None  # before a date that is itself relative or a span: left alone
    if (decided := _decision_dated_after(span)) is not None:
        if m.group(2) in _DAYS_IN:
            return _days_before(m.group(1), m.group(2), _date_range(decided))
        if m.group(2) == "month" and len(decided) < 7:
            return None  # months before a bare year: either year
        return resolve_relative(ago, _date_range(decided)[1])
    return resolve_relative(ago, published)


_DEFINITE = {"the", "this", "its", "that"}
_DECISION_AFTER = 2  # sentences after a count back that may date its sentence's decision


def _decision_dated_after(span: Span) -> str | None:
    """'Kent Police has been fined after a laptop was stolen two years previously. The ICO
    issued the penalty in May 2023.': a count back in a sentence that tells a decision before
    it, with no date before it, counts from that decision, dated by the first of the next
    sentences that names a decision ('the penalty') and one day, month or year (2021); with
    none, from now."""
    doc = span.doc
    words = _decision_words(doc)
    sent = span.sent
    if not any(
        _decision_form(t.lower_, words) or t.lemma_.lower() in words
        for t in doc[sent.start : span.start]
    ):
        return None
    dates = [d for d in doc.spans.get("dates", []) if d.start >= sent.end]
    nxt = sent.end
    for _ in range(_DECISION_AFTER):
        if nxt >= len(doc):
            return None
        later = doc[nxt].sent
        told = [d for d in dates if later.start <= d.start < later.end]
        if told:
            points = [d for d in told if d.label_ in {"day", "month", "year"}]
            # the decision named again by a definite noun phrase ('the penalty', 'its
            # reprimand'), not another told by a verb ('was also reprimanded in 2019')
            named = any(t.lower_ in _DEFINITE and _decision_noun(t, later.end) for t in later)
            return points[0].kb_id_ if named and len(points) == 1 else None
        nxt = later.end
    return None


def _decision_noun(det: Token, hi: int) -> bool:
    """A determiner opening a noun phrase whose head is a decision noun ('the penalty', 'the
    ICO's reprimand', 'its £100,000 fine'): names, a possessive or a figure between, then the
    decision word itself or its plural; not a clause ('the force was reprimanded')."""
    doc, words = det.doc, _decision_words(det.doc)
    for k in range(det.i + 1, min(hi, det.i + _DECISION_LEAD + 1)):
        tok = doc[k]
        if tok.lower_ in words or (tok.lower_.endswith("s") and tok.lower_[:-1] in words):
            return True
        name = tok.is_title or tok.is_upper or tok.lower_ in {"'s", "’s"}
        if not (name or tok.like_num or tok.is_currency or any(c.isdigit() for c in tok.text)):
            return False
    return False


_DECISION_LEAD = 4  # "before the ICO's final decision": words before the decision noun


def _decision_words(doc: Doc) -> set[str]:
    return {w.lstrip("=") for w in _data(doc[:0])["decision"] if " " not in w}


def _decision_form(word: str, words: set[str]) -> bool:
    """A decision word or one of its forms ('dismissal', 'conviction', 'sacking')."""
    return word in words or any(
        word.endswith(e) and word[: -len(e)] in words for e in DECISION_ENDINGS
    )


def _names_decision(doc: Doc, i: int, hi: int) -> bool:
    """A noun phrase naming a decision starts at token `i` ('the ICO's decision', 'the
    reprimand', 'its final ruling'): at most a few words of a determiner, a name and its
    possessive or an adjective, then the decision word -- no comma or stop between."""
    words = _decision_words(doc)
    for k in range(i, min(hi, i + _DECISION_LEAD + 1)):
        tok = doc[k]
        if _decision_form(tok.lower_, words) or tok.lemma_.lower() in words:
            return True
        if not (tok.is_alpha or tok.lower_ in {"'s", "’s", "'"}):
            return False
    return False


def _before_decision(span: Span, m: re.Match[str], published: dt.date | None) -> str | None:
    """'The breach had happened two years before the ICO's decision', after 'Kent Police
    was reprimanded in 2023': a count back from a decision that has no date in its own
    phrase, counted from the latest day, month or year told before it in a sentence that
    tells a decision (this one or the last); else no date."""
    doc = span.doc
    sent_end = span.sent.end
    if not _names_decision(doc, span.end, sent_end):
        return None
    words = _decision_words(doc)
    before = [
        d
        for d in _dates_before(span)
        if d.label_ in {"day", "month", "year"}
        and any(
            _decision_form(t.lower_, words) or t.lemma_.lower() in words
            for t in d.sent
            if t.i < d.start
        )
    ]
    if not before:
        return None
    anchor = before[-1].kb_id_
    if m.group(2) in _DAYS_IN:
        return _days_before(m.group(1), m.group(2), _date_range(anchor))
    if m.group(2) == "month" and len(anchor) < 7:
        return None  # months before a bare year: either year
    return resolve_relative(f"{m.group(1)} {m.group(2)}s ago", _date_range(anchor)[1])


def _anchors(before: list[Span], published: dt.date | None) -> list[str]:
    """The values of the days, months and years in `before`, and of a month of no year told
    last ('spotted the error in February. Two months earlier, ...', 'came to light in March,
    dated back to the previous autumn'), placed by the page's date."""
    anchors = [d.kb_id_ for d in before if d.label_ in {"day", "month", "year"}]
    if before and before[-1].label_ == "relative" and before[-1].kb_id_ in _MONTH_NUMBERS:
        month = resolve_relative(before[-1].kb_id_, published)
        anchors += [month] if month else []
    elif before and (page := _page_counted(before[-1], published)):
        anchors.append(page)  # "reprimanded last month. ... two years earlier"
    return anchors


def _page_counted(span: Span, published: dt.date | None) -> str | None:
    """A relative date counted from the page's own date, not from another date ('last
    month', 'last October', 'in March last year', 'six weeks ago'), placed by the page's date:
    a time a count back or 'the previous year' told after it may count from."""
    if span.label_ != "relative":
        return None
    value = span.kb_id_.lower()
    if value in _PREVIOUS_YEAR | _NEXT_YEAR or value in _NEWS_DAYS or "this" in value:
        return None  # the news's own days and this year: the telling's time, not the story's
    chained = (
        _EARLIER_RE, _DAYS_BEFORE_RE, _AFTER_RE, _SAME_YEAR_RE, _SAME_MONTH_RE, _LATER_RE,
        _ANCHORED_RE,
    )  # fmt: skip
    if any(r.fullmatch(value) for r in chained):
        return None
    return resolve_relative(value, published)


_ANCHORED_RE = re.compile(
    r"(?:the )?(previous|following|next|that) (spring|summer|autumn|" + "|".join(_MONTHS) + ")"
)


def _months_of(word: str) -> tuple[int, int]:
    """The first and last month of a season or a month named."""
    return _SEASONS.get(word) or (_MONTH_NUMBERS[word], _MONTH_NUMBERS[word])


def _anchored(span: Span, way: str, word: str, published: dt.date | None) -> str | None:
    """'the previous summer', 'the following March', 'that autumn': a season or a month
    counted from the latest date written before it in its sentence or the one before ('lost
    in October 2019; the previous summer ...': 2019; 'fined in 2019. The following spring
    ...': 2020; 'In 2019 ... That summer ...': 2019). 'The previous' with no date before it
    counts back from the page's date, as 'last summer' does; before a bare year it is either
    year, and 'the following' or 'that' with no date before them date nothing."""
    first, last = _months_of(word)
    before = _dates_before(span)
    anchors = _anchors(before, published)
    if not anchors:
        if way != "previous" or before or published is None:
            return None
        return str(published.year - (last >= published.month))
    anchor = anchors[-1]
    year = int(anchor[:4])
    if way == "that":
        return str(year)
    if len(anchor) < 7:
        return str(year + 1) if way != "previous" else None
    month = int(anchor[5:7])
    if way == "previous":
        return str(year - (last >= month))
    return str(year + (first <= month))


_NEXT_YEAR = {"the following year", "the next year"}
_LATER_RE = re.compile(r"(.+) years? later")


def _later(span: Span) -> str | None:
    """'two years later', 'the following year': after the latest date written before it in
    its sentence or the one before ('lost discs in 2012. Two years later the force ...': 2014).
    Never counted from the publication date, which is no story's starting point; a vague
    count ('a few years later') dates nothing."""
    value = span.kb_id_.lower()
    if value in _NEXT_YEAR:
        n: int | None = 1
    else:
        m = _LATER_RE.fullmatch(value)
        words = m.group(1).strip() if m else ""
        n = int(words) if words.isdigit() else _NUMBER_WORDS.get(words)
        if words == "a few":
            n = None
    if n is None:
        return None
    before = _dates_before(span)
    anchors = [d for d in before if d.label_ in {"day", "month", "year"}]
    return str(int(anchors[-1].kb_id_[:4]) + n) if anchors else None


_PREVIOUS_YEAR = {"the previous year", "previous year", "the year before"}
_SAME_YEAR_RE = re.compile(
    r"(?:(earlier|later) (?:in )?(?:that|the same) year|earlier in the year"
    r"|(?:at|towards) the (?:start|beginning) of (?:(that|the same)|the) year)"
)


def _same_year(span: Span, m: re.Match[str], published: dt.date | None) -> str | None:
    """'earlier in the year', 'at the start of the year', 'later that year': the year of the
    latest date written before it in its sentence or the one before ('reprimanded in March
    2023. Earlier in the year, ...': 2023); with none, 'the year' is the page's ('earlier in
    the year': the publication's), while 'that year' and 'later' point at a date told before
    and date nothing alone; after a span or a relative date, which year is unclear."""
    before = _dates_before(span)
    anchors = [d for d in before if d.label_ in {"day", "month", "year"}]
    if anchors:
        return anchors[-1].kb_id_[:4]
    if before or m.group(1) or m.group(2) or published is None:
        return None
    return str(published.year)


_SAME_MONTH_RE = re.compile(r"(?:earlier|later) (?:in )?(?:that|the same) month")


def _same_month(span: Span, published: dt.date | None) -> str | None:
    """'earlier that month', 'later the same month': within the month told last before it in
    its sentence or the one before ('told the ICO in February that a file had been sent to
    the wrong person earlier that month': February's year, a month of no year placed by the
    page's date, as 'two months earlier' counts from it); a bare year or nothing told before
    it names no month, and it dates nothing."""
    anchors = _anchors(_dates_before(span), published)
    if not anchors or len(anchors[-1]) < 7:
        return None
    return anchors[-1][:7]


_MONTH_OF_YEAR_RE = re.compile(
    r"(" + "|".join(_MONTHS) + r") (?:of )?the (previous|following) year"
)


def _month_of_year(span: Span, m: re.Match[str], published: dt.date | None) -> str | None:
    """'reprimanded in 2023 over an email sent in October of the previous year' (2022-10),
    'lost in 2019 and found in March the following year' (2020-03): the month in the year
    before or after the one told before it, as 'the previous year' and 'the following year'
    are counted; the month is no date of its own counted from the page."""
    if m.group(2) == "previous":
        year = _previous_year(span, published, "the previous year")
    else:
        anchors = [d for d in _dates_before(span) if d.label_ in {"day", "month", "year"}]
        year = str(int(anchors[-1].kb_id_[:4]) + 1) if anchors else None
    return f"{year}-{_MONTH_NUMBERS[m.group(1)]:02d}" if year else None


def _previous_year(span: Span, published: dt.date | None, phrase: str | None = None) -> str | None:
    """'the previous year' counts back from the story's time: the latest date written before
    it in its sentence or the one before, as 'two years earlier' does ('admitted in 2021 that
    it had lost a stick the previous year': 2020; 'The force was reprimanded in 2023. It had
    lost the stick the year before.': 2022), or the year before a financial year told there
    ('212 breaches in 2022/23 ... the previous year': 2021), else the publication date, as
    'last year' does, also after the news's own time told just before it ('reprimanded this
    week. The previous year ...', 'appeared in court yesterday. The checks were made the
    previous year': last year); after a span or another relative date, the year before which
    is unclear."""
    before = _dates_before(span)
    if before and _news_time(before[-1]):
        return resolve_relative(phrase or span.kb_id_, published)
    anchors = [d for d in before if d.label_ in {"day", "month", "year", "fy"}]
    if before and (page := _page_counted(before[-1], published)):
        return str(int(page[:4]) - 1)  # "reprimanded last month ... the previous year"
    if anchors:
        return str(int(anchors[-1].kb_id_[:4]) - 1)
    if before:
        return None  # "between 2019 and 2023 ... the previous year": before which?
    return resolve_relative(phrase or span.kb_id_, published)


def _news_time(span: Span) -> bool:
    """'yesterday', 'this week', 'last week': the news's own days (`_NEWS_DAYS`), counted
    from the page's date, the time of the telling rather than of the story ('this year' is
    no such day: 'fined this year. The previous year ...' stays undated)."""
    return span.label_ == "relative" and span.kb_id_.lower() in _NEWS_DAYS


def _data(span: Span) -> dict:
    return load_toml("cues.toml", doc_data_dir(span.doc))["dates"]


def _link(span: Span) -> int:
    """The end of the words that link a date to its clause, past a hedge on it ('since at
    least 2017', 'since as early as 2016', 'before around 2019' link by 'since', 'before'):
    the date's start, or the hedge's."""
    doc = span.doc
    for hedge in sorted(_data(span)["hedges"], key=len, reverse=True):
        words = hedge.split()
        at = span.start - len(words)
        if at > 0 and [t.lower_ for t in doc[at : span.start]] == words:
            return at
    return span.start


def _bounded(span: Span) -> bool:
    """'before 25 May 2018', 'since 2009', 'until 2020', 'by 2025': a bound, not the event."""
    doc = span.doc
    if span.label_ == "span" or span.start == 0:
        return False
    bounds = set(_data(span)["bounds"])
    prev = doc[span.start - 1]
    prev2 = doc[span.start - 2].lower_ if span.start > 1 else ""
    bound = prev.lower_ in bounds or (prev.is_digit is False and f"{prev2} {prev.lower_}" in bounds)
    # "fined after 2019 leak of names": the leak's year, no bound
    return bound and not _premodifies_event(span)


_PREMODIFIER_GAP = 1  # "after 2019 data leak": one word may stand between year and noun


def _premodifies_event(span: Span) -> bool:
    """A year right before an event noun ('2019 leak', '2020 data breach'), with at most one
    word between: it tells which event, as a headline writes it."""
    doc = span.doc
    if span.label_ != "year":
        return False
    reach = span.end + _PREMODIFIER_GAP
    if any(t.is_punct for t in doc[span.end : reach]):
        return False
    return any(
        c.label_ == "dates.event_nouns" and span.end <= c.start <= reach
        for c in doc.spans.get("cues", [])
    )


_CLAUSE_BOUNDS = {"since", "until", "till", "before"}


def _bound_clause(sent: Sent, span: Span) -> bool:
    """The date times the verb of a clause opened by a bound word ('files lost since the
    forces merged in 2013', 'kept until the system was replaced in 2020', 'before the law
    changed in 2018'): that clause bounds the event told outside it, as 'since 2013' does;
    its date is no event's of the story. A state of exposure before 'since' ('missing since
    the station closed in 2017') begins then, and a clause with a breach event of its own
    ('before he leaked it in 2019') is the event's."""
    lo, hi = clause_bounds(sent, span.start, extra=_data(span)["clause_breaks"])
    doc = span.doc
    if lo <= sent.span.start or doc[lo - 1].lower_ not in _CLAUSE_BOUNDS:
        return False
    if any(d.start == lo and d.start != span.start for d in sent.dates):
        return False  # 'until 2021, having begun two years earlier': the bound is a date's
    if (
        doc[lo - 1].lower_ == "since"
        and lo >= 2
        and doc[lo - 2].lower_ in set(_data(span)["state_since"])
        and not _counted_state(sent, lo - 2)
    ):
        return False
    if any(lo <= c.start < hi for c in sent.cues.get("dates.event", [])):
        return False
    return _own_verb(span, lo, hi)


_REFERENCE_GAP = 1  # "dating back to 2015", "dating from 2015"


def _age_cues(sent: Sent) -> list[Span]:
    """Words telling the age of records: `reference` ("dating back to") and `age_phrasal`
    ("going back to", "stretching back to"), the latter with no role of its own, so it only
    counts where these rules find the date right after it."""
    # only the participle: "records going back to 2009" tells their age, "his searches of
    # their records went back to 2018" tells when the searches began
    phrasal = [c for c in sent.cues.get("dates.age_phrasal", []) if c[0].lower_.endswith("ing")]
    return sent.cues.get("dates.reference", []) + phrasal


def _kept_since(sent: Sent, span: Span) -> bool:
    """'custody images dating back to 2015 had not been deleted', 'records dating from 2012
    were kept': the age of records (`reference`) in a sentence telling they were kept on --
    their deletion denied, or a keeping asserted after the date. The breach is the keeping,
    and it began with the oldest record; records lost or sent ('files dating back to 2005
    were stolen') keep their age apart from the breach."""
    if not any(0 <= _link(span) - c.end <= _REFERENCE_GAP for c in _age_cues(sent)):
        return False
    if any(c.start >= span.end and sent.denied(c) for c in sent.cues.get("dates.disposal", [])):
        return True
    if any(c.start >= span.end and sent.asserted(c) for c in sent.cues.get("dates.keeping", [])):
        return True
    return any(_kept_before(sent, c, span) for c in sent.cues.get("dates.keeping", []))


def _kept_before(sent: Sent, keep: Span, span: Span) -> bool:
    """'the force held arrest records, some dating back to 2015', 'officers retained images,
    the oldest dating from 2012': a keeping told as a fact by a finite verb before the
    records' age, in a sentence with no other breach event (records that are stolen, 'a
    laptop which held files dating back to 2005 was stolen', date the theft)."""
    if keep.end > span.start or not sent.asserted(keep):
        return False
    if not _own_object(sent, keep, span):
        return False  # 'held a meeting about files dating back to 2005': no keeping of them
    # events that are the keeping itself, or police work ('released without charge'), aside
    aside = sent.cues.get("dates.keeping", []) + sent.cues.get("dates.police_work", [])
    # an event only told as what ought to have been done ('records that should have been
    # deleted') is none: the keeping went on; nor is the keeping's own wrong ('in breach of
    # its retention policy')
    return not any(
        not any(k.start <= c.start < k.end for k in aside)
        and sent.asserted(c)
        and not _breach_of_rules(c)
        for c in sent.cues.get("dates.event", [])
    )


def _breach_of_rules(cue: Span) -> bool:
    """'in breach of its own policy', 'had breached the law': the wrong a keeping is, told of
    the keeping -- no event of its own."""
    doc = cue.doc
    in_breach = cue[0].norm_ == "breach" and cue.start > 0 and doc[cue.start - 1].lower_ == "in"
    return in_breach or _contravention(cue)


def _own_object(sent: Sent, keep: Span, span: Span) -> bool:
    """The records whose age is told are what the keeping verb keeps ('held arrest records
    dating back to 2015', 'kept files, some dating from 2012', 'retained thousands of images
    dating back to 2010'), not the subject of another thing it takes ('held a meeting about
    files dating back to 2005', 'kept a review into records dating from 2012'): no word of
    `topic_links` between the verb and the age, save one of `count_links` before a number."""
    links, counts = set(_data(span)["topic_links"]), set(_data(span)["count_links"])
    ages = [c.start for c in _age_cues(sent) if keep.end <= c.start]
    stop = min([*ages, span.start])
    doc = span.doc
    # "about 3,000 people" is a count, not a topic ("about files dating back to 2005")
    return not any(
        t.lower_ in links
        and not (t.lower_ in counts and t.i + 1 < len(doc) and doc[t.i + 1].like_num)
        for t in doc[keep.end : stop]
    )


def _breach_dates_back(sent: Sent, span: Span) -> bool:
    """'the breach dated back to the previous autumn', 'the leak, which came to light in
    March, dates from 2019', 'a breach which dates back to 2019': the age (`reference`) told
    of a breach itself -- an event noun right before 'date back', before the 'which' opening
    its clause, or before an aside between commas -- is when it began; 'files dating back to
    2005', 'the leak of files dating back to 2005' tell the age of records."""
    doc = span.doc
    ends = {c.end - 1 for c in sent.cues.get("dates.event_nouns", []) if not _verb_form(c)}
    for cue in _age_cues(sent):
        if not 0 <= _link(span) - cue.end <= _REFERENCE_GAP or cue.start <= sent.span.start:
            continue
        k = cue.start - 1
        if doc[k].lower_ in {"which", "that"}:
            k -= 1 + (k > sent.span.start and doc[k - 1].text == ",")
        elif doc[k].text == ",":
            k -= 1  # back over the aside to the comma opening it
            while k > sent.span.start and doc[k].text not in {",", ";", "(", "—", "–"}:
                k -= 1
            k = k - 1 if doc[k].text == "," else -1  # no aside: no subject found
        if k in ends and not _counted_cases(sent, doc[k]):
            return True
    return False


def _counted_cases(sent: Sent, noun: Token) -> bool:
    """'More than 300 staff faced action. The cases date back to 2016': a plural breach noun
    ('the cases', 'the incidents') after figures counting them, in its own sentence or the
    one before, names a set of breaches, whose age is the span of the figures, not when one
    breach began. One breach's own acts ('the searches date back to 2019', no figure told)
    still begin then."""
    if noun.lower_ == noun.lemma_.lower() or not noun.lower_.endswith("s"):
        return False  # one breach ('the breach dates back to 2019')
    doc = noun.doc
    lo = k = sent.span.start
    while k > 0 and (k == lo or doc[k].is_space):
        k -= 1  # back over the line break to the sentence before
    if k < lo:
        lo = doc[k].sent.start
    return any((_figure(t) or _word_count(t)) and t.i != noun.i for t in doc[lo : sent.span.end])


_SPAN_ENDS = {"from", "to", "since", "ending"}  # "the five years from 2015", "the 12 months to"
_DURATIONS = {"year", "month", "week", "period", "decade"}
_DURATION_WORDS = {"past", "last", "previous", "following", "next", "first", "financial"}
_DURATION_REACH = 4  # "the", a count, an adjective, the duration noun
# One person whose own acts a sentence counts ("the officer accessed the system 1,200 times").
_ONE_DOER = {"he", "she", "his", "her", "him", "officer", "constable", "pc", "pcso", "sergeant",
             "detective", "inspector", "employee", "worker", "clerk", "operator"}  # fmt: skip


def _counted_over(sent: Sent, span: Span) -> bool:
    """'Over the five years from 2015, the force investigated 87 staff', 'in the 12 months to
    March 2023 it recorded 45 incidents', 'in the three years since 2019 it has disciplined
    23 officers': a date ending a definite stretch of time ('the', a count or a word such as
    'past', then years, months or a period) over which the sentence counts things in
    figures -- the bound of a tally, no breach's date. One breach told over a stretch ('over
    a two-year period from 2019 he searched ...', 'in the three years to 2021 the officer
    looked up 1,200 records': one person's acts) is untouched."""
    doc = span.doc
    start = _link(span)
    if start < 2 or doc[start - 1].lower_ not in _SPAN_ENDS:
        return False
    noun = doc[start - 2]
    if noun.lemma_.lower() not in _DURATIONS:
        return False
    k = noun.i - 1
    while k >= max(sent.span.start, noun.i - _DURATION_REACH) and (
        doc[k].like_num or doc[k].lower_ in _NUMBER_WORDS or doc[k].lower_ in _DURATION_WORDS
    ):
        k -= 1
    if k < sent.span.start or doc[k].lower_ not in {"the", "those", "these"}:
        return False
    if any(t.lower_ in _ONE_DOER for t in sent.span):
        return False  # "In the two years from 2019, PC Jones looked up 400 records": his acts
    inside = {t.i for d in sent.dates for t in d}
    return any(_figure(t) and t.i not in inside and not (k <= t.i < noun.i) for t in sent.span)


def _first_told(cue: Span) -> bool:
    """'the breach, first reported in 2022', 'was first reported last year': the first telling
    of the matter, news of it -- a report even with no regulator or public named."""
    doc = cue.doc
    return cue.start > 0 and doc[cue.start - 1].lower_ in set(_data(cue)["first_told"])


# "files dating back to", "records going back to", "stretching back to", "records covering"
_AGE_VERBS = {"date", "go", "stretch", "cover", "span"}


def _records_age(sent: Sent, span: Span) -> bool:
    """'the leak of files dating back to 2005', 'a laptop holding records dating from 2012 was
    stolen', 'records covering 2008 to 2012 were left on it': a date told right after 'date
    back'/'date from' or a verb of scope (`scope`) is the age of the things named before it;
    neither a keeping (`_kept_since`) nor a breach's own age (`_breach_dates_back`) -- so it
    dates no event, whichever event the sentence tells."""
    doc = span.doc
    for cue in _age_cues(sent) + sent.cues.get("dates.scope", []):
        if not 0 <= _link(span) - cue.end <= _REFERENCE_GAP or cue.start <= sent.span.start:
            continue
        if cue[0].norm_ in _AGE_VERBS and doc[cue.start - 1].text not in {",", "(", "—", "–"}:
            return True  # not an aside ('The leak, dating back to 2019, ...')
    return False


def _counted_state(sent: Sent, state: int) -> bool:
    """'how many files had been lost since the forces merged', '30 laptops lost since the
    office moved': the things in the state are counted, so 'since' opens the span of a
    count, a bound, not the time one breach began ('files missing since the station
    closed'). A figure in digits or 'how many' in the clause before the state word."""
    lo, _ = clause_bounds(sent, state)
    doc = sent.span.doc
    words = doc[lo:state]
    if any(t.lower_ == "how" and doc[t.i + 1].lower_ in {"many", "much"} for t in words):
        return True
    return any(t.like_num and any(c.isdigit() for c in t.text) for t in words)


_STATE_AUXILIARIES = {"had", "has", "have", "been", "was", "were", "is", "are"}
_STATE_REACH = 8  # tokens after the date in which "since 2019, the force had kept" may follow


def _since_state(span: Span) -> bool:
    """'had been missing since 2019', 'left online since March 2016': a state of exposure that
    began at the date; so too a date opening the clause whose verb is that state ('since 2016
    the force has kept ...', 'Since May 2020, the folder had been visible ...'). 'Since 2016
    the number has risen' stays a bound."""
    doc = span.doc
    start = _link(span)
    if start < 1 or doc[start - 1].lower_ != "since":
        return False
    states = set(_data(span)["state_since"])
    if start >= 2 and doc[start - 2].lower_ in states:
        return True
    for tok in doc[span.end : min(len(doc), span.end + _STATE_REACH)]:
        if tok.is_sent_start or tok.text in {".", ";", ":", "?", "!"}:
            break
        if tok.lower_ in states and _after_auxiliary(tok):
            return True
    return _ongoing_before(span, start)


_ONGOING_REACH = 12  # tokens back from "since" to the verb of an ongoing state or act


def _ongoing_before(span: Span, start: int) -> bool:
    """'had retained the profiles of people never charged since 2017', 'the files had been
    stored on an open server since 2019': the clause before 'since' holds a state kept
    (`ongoing`) in a perfect tense, with no figure between ('has lost 30 laptops since 2019'
    counts from a bound): the breach went on from that date. A practice going on ('had been
    sending files by unencrypted email since 2017') stays a bound."""
    doc = span.doc
    ongoing = set(_data(span)["ongoing"])
    for tok in reversed(doc[max(0, start - 1 - _ONGOING_REACH) : start - 1]):
        if tok.is_sent_start or tok.text in {".", ",", ";", ":", "?", "!"}:
            return False
        if tok.like_num:
            return False
        if tok.lower_ in ongoing and _after_auxiliary(tok):
            return True
    return False


def _misuse_since(sent: Sent, span: Span) -> bool:
    """'an officer had been selling information to criminals since 2019', 'had been looking
    up her ex-partner's records since March 2020': a person's misuse told in a perfect
    progressive before 'since' -- a breach type of `misuse_since`, asserted -- went on from
    the date, which is the breach's start. A practice ('had been sending files by unencrypted
    email since 2017') and a count ('has lost 30 laptops since 2019') stay bounds."""
    doc = span.doc
    start = _link(span)
    if start < 2 or doc[start - 1].lower_ != "since":
        return False
    kinds = set(_data(span)["misuse_since"])
    lo = max(sent.span.start, start - 1 - _ONGOING_REACH)
    for tok in reversed(doc[lo : start - 1]):
        if tok.text in {".", ",", ";", ":", "?", "!"} or tok.like_num:
            return False
        if tok.lower_.endswith("ing") and tok.i > 0 and doc[tok.i - 1].lower_ == "been":
            return any(
                c.label_ in kinds
                and c.kb_id_ == "strong"
                and tok.i <= c.start < span.start
                and sent.asserted(c)
                for c in sent.types
            )
    return False


def _shortfall_since(sent: Sent, span: Span) -> bool:
    """'Since 2015 it has failed to weed its files', 'has not purged the images since 2016':
    a duty of keeping records (`_duty_after`) left undone (`shortfall_since`) in a perfect
    tense, in the clause the 'since' date opens or right before 'since' -- a shortfall that
    went on from the date, the breach's start. A deed done since then ('since 2015 it has
    weeded 800 files') and a count ('has failed 3 audits since 2019': a figure) stay bounds."""
    doc = span.doc
    start = _link(span)
    if start < 1 or doc[start - 1].lower_ != "since":
        return False
    words = set(_data(span)["shortfall_since"])
    after = doc[span.end : min(sent.span.end, span.end + _STATE_REACH)]
    before = doc[max(sent.span.start, start - 1 - _ONGOING_REACH) : start - 1]
    for stretch in (after, reversed(before)):
        for tok in stretch:
            if tok.text in {".", ";", ":", "?", "!"} or tok.like_num:
                break
            if (
                tok.lemma_.lower() in words
                and _perfect(tok)
                and _force_subject(sent, tok)
                and _duty_after(tok, span)
            ):
                return True
    return False


def _force_subject(sent: Sent, tok: Token) -> bool:
    """The perfect's subject, right before 'has' or 'had', is the force or its people ('the
    force has failed', 'Kent Police has not', 'officers have not'; `shortfall_subjects`), not
    a regulator, inspectors or campaigners ('the regulator has not checked ...'), nor a body
    whose name ends in one of those words ('the Inspectorate of Constabulary has not ...')."""
    doc = tok.doc
    k = tok.i - 1
    while k > sent.span.start and doc[k].lower_ not in {"has", "have", "had"}:
        k -= 1
    if k <= sent.span.start:
        return False
    subject = doc[k - 1]
    if any(f.start <= subject.i < f.end for f in sent.forces):
        return True
    if subject.text[:1].isupper() and not subject.is_sent_start:
        return False  # a name's last word, no force's ('Inspectorate of Constabulary has')
    return subject.lower_ in set(_data(sent.span)["shortfall_subjects"])


def _records_kind(span: Span, kind: str | None) -> bool:
    """A story whose kind is not told, or one of records mishandled but not unlawful
    processing itself (`shortfall_kinds`: wrong records kept); not a deed's (an email, a
    lost stick, a search), where a duty undone since a date is background."""
    return kind is None or kind in set(_data(span)["shortfall_kinds"])


_DUTY_REACH = 8  # "has failed to carry out the required periodic reviews": words to the duty
_NEGATION_REACH = 2  # "has not been reviewed": the negated verb itself
# A preposition ends the verb and its object ("has not received an update from the force on
# its review"): a duty past it is another thing's.
_DUTY_STOPS = {"from", "on", "about", "with", "by", "for"}


def _duty_after(tok: Token, span: Span) -> bool:
    """A duty of keeping records (`shortfall_duties`: review, delete, destroy ...) a few words
    after the shortfall word, before the clause ends or the date: 'has not reviewed', 'has
    failed to carry out the reviews'; not 'has not received an update', 'has not heard'."""
    doc = tok.doc
    duties = set(_data(span)["shortfall_duties"])
    # a negation governs the verb right after it ('has not reviewed', 'has not been weeded');
    # 'has not seen any sign of the force deleting ...' tells a seeing
    reach = _NEGATION_REACH if tok.lower_ in {"not", "never", "n't"} else _DUTY_REACH
    for t in doc[tok.i + 1 : min(len(doc), tok.i + 1 + reach)]:
        if t.text in {".", ",", ";", ":", "?", "!"} or t.lower_ in _DUTY_STOPS:
            return False
        if span.start <= t.i < span.end:
            return False
        if t.lemma_.lower() in duties or t.lower_ in duties:  # 'weed' is lemmatised 'wee'
            return not _duty_on_other(t)
    return False


_DUTY_PARTICLES = {"out", "up", "through"}  # "weed out", "check up", "go through"
# Right after the duty: a person's own thing ("has not reviewed her complaint") or a body
# checked on ("has not checked on the force"), no records the force keeps.
_OTHER_OBJECTS = {"her", "his", "their", "my", "your", "on", "with", "into", "whether", "if"}


def _duty_on_other(duty: Token) -> bool:
    """The duty's object is someone's own matter or a body, not the force's records."""
    doc = duty.doc
    k = duty.i + 1
    while k < len(doc) and doc[k].lower_ in _DUTY_PARTICLES:
        k += 1
    return k < len(doc) and doc[k].lower_ in _OTHER_OBJECTS


def _perfect(tok: Token) -> bool:
    """A word of a perfect tense: right after 'has', 'have' or 'had' ('has failed', 'had not'),
    or after one and 'been' or an adverb in -ly."""
    doc = tok.doc
    k = tok.i - 1
    if k > 0 and (doc[k].lower_ == "been" or (doc[k].lower_.endswith("ly") and doc[k].is_alpha)):
        k -= 1
    return k >= 0 and doc[k].lower_ in {"has", "have", "had"}


_UNLAWFUL_PROCESSING = "other"  # the taxonomy's unlawful processing: retention, recording


def _stopped_duty(sent: Sent, span: Span) -> bool:
    """'The constabulary had stopped weeding its files in 2014', 'ceased checking the logs in
    2016': a verb of stopping (`cessation`) with a gerund, the date after it in its clause --
    when the duty stopped, the shortfall began. A gerund that is a breach itself ('stopped
    accessing the file in 2020': the misuse ended) or a bound ('since') is no start."""
    doc = span.doc
    words = set(_data(span)["cessation"])
    lo, _ = clause_bounds(sent, span.start, extra=_data(span)["clause_breaks"])
    if _bounded(span):
        return False
    for tok in doc[lo : span.start]:
        if tok.lemma_.lower() not in words or tok.i + 1 >= span.start:
            continue
        gerund = doc[tok.i + 1]
        if not (gerund.is_alpha and gerund.lower_.endswith("ing")):  # no tagger: its form
            continue
        if any(t.text in {".", ";", ":", "?", "!", ","} for t in doc[tok.i : span.start]):
            continue
        if any(c.start <= gerund.i < c.end for c in sent.types):
            return False
        return sent.asserted(span)
    return False


def _after_auxiliary(tok: Token) -> bool:
    """A state word right after a form of 'be' or 'have' ('had been available'), or after one
    and an adverb in -ly ('had been publicly available', 'was wrongly retained')."""
    doc = tok.doc
    k = tok.i - 1
    if k > 0 and doc[k].lower_.endswith("ly") and doc[k].is_alpha:
        k -= 1
    return k >= 0 and doc[k].lower_ in _STATE_AUXILIARIES


def _stamped(sent: Sent, span: Span) -> bool:
    """'Posted on 05 December 2018 by ...', 'Published 2 Aug 2023': the page's own date; not a
    count before or after another event ('posted ten days before the error was found')."""
    if span.label_ == "relative" and re.search(r" (?:before|after)$", span.kb_id_):
        return False
    return any(
        c.end == span.start and not _in_noun_phrase(c) for c in sent.cues.get("dates.stamp", [])
    )


_BULLETS = {"-", "•", "*", "–", "—"}
_LABEL_GLUE = {"(", ")", ",", "-", "–", "—"}


def _court_dated(sent: Sent, span: Span) -> bool:
    """A date told right after a court (`courts`), at once or after 'in' or 'on' ('appeared
    in court yesterday accused of accessing ...', 'A court in 2023 ordered the force to pay
    ...', 'appeared at Maidstone Crown Court in March 2023'): the day of the proceedings. Not
    a court where a deed befell the data: a breach verb before the court in the date's clause
    ('emailed the court in 2019', 'left the files at Canterbury Crown Court in 2019') or a
    recipient's link right before the court's name (`court_recipient_links`: 'a file handed
    to the court in 2019')."""
    doc = span.doc
    link = span.start - (span.start > 0 and doc[span.start - 1].lower_ in _CLOSING_DATE)
    court = next((c for c in sent.cues.get("dates.courts", []) if c.end == link), None)
    if court is None:
        return False
    lo, _ = clause_bounds(sent, span.start, extra=_data(span)["clause_breaks"])
    if any(lo <= c.start < court.start for c in sent.cues.get("dates.event", [])):
        return False
    k = court.start - 1  # back past the court's name and article ("to Maidstone Crown Court")
    while k >= sent.span.start and (doc[k].is_title or doc[k].lower_ in _DETERMINERS):
        k -= 1
    links = sent.cues.get("dates.court_recipient_links", [])
    return k < sent.span.start or not any(c.start <= k < c.end for c in links)


_LABEL_END = set(".:-–—")


def _sanction_item_label(sent: Sent, span: Span) -> bool:
    """A date in the label of a list item of sanctions ('Reprimands / - Kent Police (June
    2023). Staff accessed ...', 'Dorset Police (reprimand, November 2023): a statement was
    sent ...'): a line opening with a force's name, then only brackets, commas, dashes or a
    sanction's words up to the date, and only punctuation after it to the label's end. Under
    a sanction named before or in the label, the date is when the item was dealt with, not
    when its breach happened (which the item's text states, if at all)."""
    doc = sent.span.doc
    k = sent.span.start
    while k < span.start and (doc[k].is_space or doc[k].text in _BULLETS or doc[k].like_num):
        k += 1
    if k > sent.span.start and doc[k - 1].like_num and doc[k].text in {".", ")"}:
        k += 1  # "2. Kent Police (May 2023)"
    force = next((m for m in sent.forces if m.start == k), None)
    if force is None:
        return False
    sanction = [c for key, cs in sent.cues.items() if key.startswith("actions.") for c in cs]
    glue = {i for c in sanction for i in range(c.start, c.end)}
    if any(doc[i].text not in _LABEL_GLUE and i not in glue for i in range(force.end, span.start)):
        return False
    for i in range(span.end, sent.span.end):
        text = doc[i].text
        if doc[i].is_space or (doc[i].is_punct and set(text) & _LABEL_END):
            break  # ".", ":", "):" end the label
        if text not in _LABEL_GLUE:
            return False
    if glue:
        return True
    before = doc.spans.get("cues", [])
    return any(c.label_.startswith("actions.") and c.end <= sent.span.start for c in before)


_ITEM_MARKS = {":", "-", "–", "—", "|"}


def _dated_sanction_item(sent: Sent, span: Span) -> bool:
    """A date heading a line of a timeline or list, set off by a colon or a dash ('- June
    2018: Gloucestershire Constabulary fined £80,000 for ...', '2014 - Kent Police fined
    £100,000 over ...'), on a line that names a sanction: like a headline, the line is dated
    by its news, the sanction; the breach it was for happened before, at a time the line
    does not give."""
    doc = sent.span.doc
    k = sent.span.start
    while k < span.start and (doc[k].is_space or doc[k].text in _BULLETS or doc[k].like_num):
        k += 1
    if k != span.start:
        return False
    k = span.end
    while k < sent.span.end and doc[k].is_space:
        k += 1
    if k >= sent.span.end or doc[k].text not in _ITEM_MARKS:
        return False
    sanction = ("dates.decision", "money.fine")
    return any(
        c.start > k
        for key, cs in sent.cues.items()
        for c in cs
        if key in sanction or key.startswith("actions.")
    )


def _in_noun_phrase(cue: Span) -> bool:
    """The stamp word heads a noun phrase of the story ('on an unspecified date last summer',
    'on a date in 2022'): a determiner one or two words before it; a stamp is a label ('Date:
    3 May', 'Posted on 3 May')."""
    doc = cue.doc
    lo = max(cue.sent.start, cue.start - 2)
    return any(doc[k].lower_ in _DETERMINERS for k in range(lo, cue.start))


def _in_statute_name(cue: Span) -> bool:
    """A cue in a law's name ('the Computer Misuse Act', 'Official Secrets Act'): words in
    capitals up to a statute word ('Act') in capitals; it names the law, no event."""
    doc = cue.doc
    if not cue[0].is_title:
        return False
    statute = set(_data(cue)["statute_words"])
    for tok in doc[cue.end : min(len(doc), cue.end + 3)]:
        if not tok.is_title:
            return False
        if tok.lower_ in statute:
            return True
    return False


def _statute(span: Span) -> bool:
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].lower_ in set(_data(span)["statute_words"])


def _regulator_in_clause(sent: Sent, cue: Span) -> bool:
    lo, hi = clause_bounds(sent, cue.start)
    return any(lo <= r.start < hi for r in sent.regulators)


def _cues(sent: Sent, kind: str | None = None) -> list[tuple[Span, str | None]]:
    out: list[tuple[Span, str | None]] = []
    work = sent.cues.get("dates.police_work", [])
    for label, role in _CUE_ROLES.items():
        spans = sent.cues.get(f"dates.{label}", [])
        for cue in spans:
            if (
                not sent.asserted(cue)
                and label != "advice"
                and not _frustrated(sent, cue)
                and not _alleged(sent, cue)
            ):
                # "could face a breach in 2014" dates nothing; advice is given even inside a
                # negated clause ("had not turned it off despite a recommendation in 2020")
                continue
            if label == "event" and any(w.start <= cue.start < w.end for w in work):
                continue  # "a stop and search in 2020": policing, not records searched
            if label == "event" and _career_object(sent, cue):
                continue  # "applied for a warehouse manager post in 2021": a job, no mail
            if label == "event" and _in_statute_name(cue):
                continue  # "offences under the Computer Misuse Act": a law's name
            if label == "discovery" and _purpose(cue):
                continue  # "used the system to find out where she lived": the misuse's aim
            if label == "decision" and _attributive(cue):
                continue  # "a man of the same name as a convicted offender": no decision
            if label == "system" and _opens_period(sent, cue):
                continue  # "27 searches over a period beginning in 2022": the searches' span
            if label == "system" and _complement(sent, cue):
                continue  # "a spreadsheet left open online": the state data were left in
            if label == "system" and _noun_modifier(cue):
                continue  # "found in an open skip in 2016": a skip, no system opened
            if label == "process" and not _regulator_in_clause(sent, cue):
                continue  # a force's own inquiry or team: its dates may still be the breach's
            if (
                label == "notify"
                and not sent.regulators
                and not sent.has("dates.public")
                and not _told_us(cue)
                and not _first_told(cue)
                and cue.text.lower() not in _REFERRAL_NOUNS
            ):
                continue  # "told" or "reported" mean a report only to a regulator or the public
            if label == "notify" and cue.start > 0 and cue.doc[cue.start - 1].lower_ in _UNTOLD:
                continue  # "recorded calls without telling them": the breach, not a report
            if _reporting_tail(sent, cue):
                continue  # "..., between 2015 and 2020, the regulator found."
            if role == BREACH and _incoming(sent, cue):
                continue  # "her solicitor sent a letter to the force": no data of the force's
            if role == BREACH and len(cue) <= 2 and tells_news(sent, cue):
                continue  # "in a statement released on Friday": the news told
            if role == BREACH and _publishes_document(sent, cue):
                out.append((cue, None))  # "the ICO's decision, published in 2024": the
                continue  # document put out, whose date is no incident's
            own = role  # this cue's role; the label's stays for the cues after it
            if role == BREACH and _to_regulator(sent, cue):
                own = REPORTED  # "disclosed the loss to the ICO in 2022": the report
            elif role == BREACH and (_to_prosecutor(sent, cue) or _proceeding_happened(sent, cue)):
                own = DECIDED  # a step of the proceedings: "sent a file to the CPS in 2020",
                # "the hearing took place in 2023"
            elif role == BREACH and _contravention(cue):
                own = TIMED  # "between 2018 and 2024 had breached the security principle"
            elif role == BREACH and label == "event" and _holding_before_passing(cue, kind):
                own = TIMED  # "the footage was recorded in 2023", then sent on in 2024
            if role is None and _part_of_date(sent, cue):
                continue  # "at the start of 2021": a point of the date, nothing started
            out.append((cue, own))
    out += [(verb, None) for verb in _job_applications(sent)]
    for state in _exposures(sent):
        if not sent.asserted(state) or _reporting_tail(sent, state):
            continue  # "could be made public in 2023"
        if _publishes_document(sent, state):
            out.append((state, None))  # "the report was made public in 2024": the document's
            continue
        if any(
            0 <= state.start - c.end <= _EXPOSURE_REACH
            for label, role in _CUE_ROLES.items()
            if role != BREACH
            for c in sent.cues.get(f"dates.{label}", [])
            if not (label == "system" and _complement(sent, c))
        ):
            continue  # "reported the crime online", "launched online": the other cue's
        out.append((state, BREACH))
    return _begun_by_participle(sent, out)


_CAREER_OBJECT_REACH = 4  # "applied for a warehouse manager post": the article and two modifiers


def _career_object(sent: Sent, cue: Span) -> bool:
    """An event word that is a job (`career_objects`: "post") right after a career verb
    ('applied for a part-time post', 'appointed to the post'): the person's career, not a
    letter sent."""
    if cue[0].norm_ not in set(_data(cue)["career_objects"]):
        return False
    verbs = [*sent.cues.get("dates.career", []), *_job_applications(sent)]
    return any(0 <= cue.start - c.end <= _CAREER_OBJECT_REACH for c in verbs)


def _job_applications(sent: Sent) -> list[Span]:
    """A job applied for ('applied for a warehouse manager post', 'took up a new role'): a step
    of a career, whose date is no incident's; `job_verbs` with a job (`career_objects`) a
    few words on ('applied for information' is no career step)."""
    jobs = sent.cues.get("dates.career_objects", [])
    return [
        v
        for v in sent.cues.get("dates.job_verbs", [])
        if any(0 <= j.start - v.end <= _CAREER_OBJECT_REACH for j in jobs)
    ]


def _holding_before_passing(cue: Span, kind: str | None) -> bool:
    """A verb of holding data (`holding_events`: recorded, stored, kept) in a story whose
    breach is the data passed on or lost (`passed_on_kinds`): 'the footage was recorded in
    November 2023' dates the thing made, 'in January 2024 a worker sent the clip to a friend'
    the breach. It times the story only as a described deed does; in a story of unlawful
    keeping (kind "other") or of no kind yet, keeping is the breach itself."""
    data = _data(cue)
    return (
        kind in set(data["passed_on_kinds"])
        and cue[0].norm_ in set(data["holding_events"])
        and _verb(cue[0])  # "the force's evidence store" is a place, no keeping
    )


_RULE_REACH = 5  # "breached the seventh data protection principle", "a breach of article 5"


def _contravention(cue: Span) -> bool:
    """'Breach' of a rule (`rules`: a principle, an article, a law, a duty) right after it, in
    its clause: a contravention the regulator found ('the ICO found that between May 2018 and
    June 2024 the force had breached the security principle'), whose span times the breach
    only weakly -- a dated event of the breach ('the disclosure on 8 August 2023') comes
    first; with none, the contravention's own date still stands."""
    if cue[0].norm_ != "breach":
        return False
    rules = set(_data(cue)["rules"])
    doc = cue.doc
    for tok in doc[cue.end : min(len(doc), cue.end + _RULE_REACH)]:
        if tok.is_punct:
            return False
        if tok.norm_ in rules or tok.lower_ in rules:
            return True
    return False


_COMPLEMENT_REACH = 5  # "left a filing cabinet wide open": the verb's object between


def _complement(sent: Sent, cue: Span) -> bool:
    """An uninflected system word after a breach event's verb and its object, with no verb,
    stop or 'to' between ('was left open', 'left a filing cabinet wide open', 'left the records
    open to anyone'): the state the verb left data in, no system opened or started; not a
    noun's modifier ('an open office'), nor after an event noun ('the breach began in 2016'
    is the breach's own start)."""
    doc = sent.span.doc
    if len(cue) != 1 or _verb(cue[0]) or cue.start <= sent.span.start:
        return False
    if doc[cue.start - 1].lower_ in _DETERMINERS | {"to", "of"}:
        return False
    for k in range(cue.start - 1, max(sent.span.start, cue.start - 1 - _COMPLEMENT_REACH) - 1, -1):
        tok = doc[k]
        if any(c.end == k + 1 for c in sent.cues.get("dates.event", [])) and _verb(tok):
            return True
        if tok.is_punct or _verb(tok) or tok.lower_ in {"and", "or", "but", "to"}:
            return False
    return False


def _begun_by_participle(
    sent: Sent, cues: list[tuple[Span, str | None]]
) -> list[tuple[Span, str | None]]:
    """'looked up the records of people she knew, starting in late 2020', 'the searches went
    on until 2021, having begun two years earlier': a participle of beginning set off by a
    comma after a breach's verb tells when that breach began, no system's start; after
    another role's verb or none ('bought new laptops, starting in 2020'), it stays."""
    doc = sent.span.doc
    aspect = set(_data(sent.span)["aspect"])
    out = []
    for cue, role in cues:
        lead = doc[cue.start - 1] if cue.start > sent.span.start else None
        if lead is not None and lead.lower_ == "having" and cue.start - 1 > sent.span.start:
            lead = doc[cue.start - 2]
        participle = cue[0].lower_.endswith("ing") or doc[cue.start - 1].lower_ == "having"
        if (
            role is None
            and len(cue) == 1
            and cue[0].lemma_.lower() in aspect
            and participle
            and lead is not None
            and lead.text == ","
        ):
            # the nearest cue before the comma, a breach's noun among them ('the look-ups
            # went on until 2022, having begun three years earlier')
            before = [(c.end, r) for c, r in cues if c.end <= lead.i] + [
                (n.end, BREACH)
                for n in sent.cues.get("dates.event_nouns", [])
                if n.end <= lead.i and not _verb_form(n)
            ]
            if before and max(before, key=lambda x: x[0])[1] == BREACH:
                role = BREACH
        out.append((cue, role))
    return out


_EXPOSURE_REACH = 4  # "reported the attack online": another role's verb right before the state


def _exposures(sent: Sent) -> list[Span]:
    """A state of being open to anyone right after a verb or its object (`exposure`: 'put
    online', 'made the names public', 'went online'): data put out, a breach event whichever
    verb tells it. Not a noun phrase: after a determiner or 'of' ('the public', 'members of
    the public'), or before a content word ('online abuse', 'public interest')."""
    doc = sent.span.doc
    lo, hi = sent.span.start, sent.span.end
    out: list[Span] = []
    for words in (p.split() for p in _data(sent.span)["exposure"]):
        for i in range(lo + 1, hi - len(words) + 1):
            j = i + len(words)
            if [t.lower_ for t in doc[i:j]] != words:
                continue
            prev = doc[i - 1]
            if prev.is_punct or prev.lower_ in _DETERMINERS or prev.lower_ == "of":
                continue
            if j < hi and doc[j].is_alpha and not doc[j].is_stop:
                continue
            if _intransitive_before(doc, i, j, hi):
                continue
            out.append(doc[i:j])
    return out


def _intransitive_before(doc: Doc, i: int, j: int, hi: int) -> bool:
    """A verb right before the state with no object between, not passive and with no object
    after ('the force's website moved online in 2019', 'the service went online'): a thing
    that went somewhere, no data put out ('were put online', 'put the names online', 'made
    public the names' are)."""
    prev = doc[i - 1]
    if not (_verb(prev) or prev.lower_ in {"up", "went", "came"}):
        return False
    if j < hi and doc[j].lower_ in _DETERMINERS:
        return False  # 'made public the names of officers'
    k = i - 2
    while k >= 0 and doc[k].lower_.endswith("ly"):
        k -= 1  # 'was accidentally made public'
    return not (k >= 0 and doc[k].norm_ == "be")


def _verb_form(cue: Span) -> bool:
    """An event noun's lemma met as a verb ('a report was leaked', 'officers searched'): an
    inflected form, told by its ending, is no noun a verb before it could take as object."""
    return len(cue) == 1 and _verb(cue[0]) and cue[0].lower_.endswith(("ed", "ing"))


def _purpose(cue: Span) -> bool:
    """A discovery verb as an infinitive of purpose ('looked up the records to find out about
    her', 'accessed the system to discover where he lived'): what the act was for, not the
    breach's finding."""
    doc = cue.doc
    if cue.start == 0 or doc[cue.start - 1].lower_ != "to":
        return False
    # "the force was able to discover", "managed to find": the finding itself
    return cue.start < 2 or doc[cue.start - 2].norm_ not in set(_data(cue)["enabling"])


_US_REACH = 4  # "reported the breach to us", "told us"


# A referral is always made to a body that looks into it ("followed a referral from the force
# in January 2020": to the IOPC, whose page says "us" or nothing): the report's date.
_REFERRAL_NOUNS = {"referral", "referrals", "self-referral", "self-referrals"}


def _told_us(cue: Span) -> bool:
    """A report made to the page's own writer ('The force told us about the breach in
    February', 'reported it to us in March'): on a regulator's page the regulator, on a
    newspaper's the press; either way a report, not the breach. 'Us' right after the verb,
    or 'to us' within a few words of it, before any other verb."""
    doc = cue.doc
    after = doc[cue.end : min(len(doc), cue.end + _US_REACH)]
    if len(after) and after[0].lower_ == "us":
        return True
    for tok in after:
        if _verb(tok) or tok.is_punct:
            return False
        if tok.lower_ == "us" and doc[tok.i - 1].lower_ == "to":
            return True
    return False


_DOCUMENT_REACH = 4  # "the decision , was published", "published its monetary penalty notice"


def _publishes_document(sent: Sent, cue: Span) -> bool:
    """A verb of putting out (`publishing`) whose subject or object is a document of the
    matter's course (`documents`: a report, a decision, an audit): 'The ICO's decision,
    published in 2024', 'the audit, carried out in 2023 and published this week', 'the
    regulator published its report in May'. It dates the document, not data going astray; a
    document named with no one's data in it ('the victim's statement was published') is not
    one of these."""
    data = _data(cue)
    exposure = cue.text.lower() in set(data["exposure"])  # "the report was made public"
    if cue[0].norm_ not in set(data["publishing"]) and not exposure:
        return False
    lo, hi = clause_bounds(sent, cue.start)
    start = max(sent.span.start, cue.start - _DOCUMENT_REACH - 1 - exposure * 2)
    end = min(hi, cue.end + _DOCUMENT_REACH)
    documents = sent.cues.get("dates.documents", [])
    if exposure:  # the document named as a noun ("the report was made public"), not a verb's
        documents = [d for d in documents if d[-1].lower_ in {d[-1].norm_, d[-1].norm_ + "s"}]
    doc = sent.span.doc
    near = any(start <= d.start and d.end <= end and d.end != cue.end for d in documents)
    if not near and not any(_document_subject(d, cue, lo) for d in documents):
        return False
    reduced = any(d.end == cue.start for d in documents)  # "a decision notice published in"
    if cue.start > lo and (doc[cue.start - 1].text == "," or reduced):
        # an aside set off by commas ('the notice, published on its website on Tuesday, says
        # a software update ...'), or a participle right after the document ('In a decision
        # notice published in 2023, the ICO found ...'): the data the sentence goes on to
        # tell is not the aside's; nor what the document says ('A report published in 2024
        # found that the force had sent data to the wrong people'): the 'that' clause's
        hi = clause_bounds(sent, cue.start, extra=data["clause_breaks"])[1]
        hi = next((t.i for t in doc[cue.end : hi] if t.text == ","), hi)
    personal = sent.cues.get("relevance.personal", [])
    return not any(lo <= p.start < hi for p in personal)


def _document_subject(document: Span, cue: Span, lo: int) -> bool:
    """The document is the subject of the publishing verb, however long the phrase after it
    ('A report into the leak was published in 2023', 'the findings of the review were made
    public'): in the verb's clause before it, with no stop and no verb but 'be' between."""
    gap = cue.doc[document.end : cue.start]
    return lo <= document.start < cue.start and not any(
        t.is_punct or (_verb(t) and t.norm_ != "be") for t in gap
    )


def _to_regulator(sent: Sent, cue: Span) -> bool:
    """A breach verb whose recipient, in its clause after it, is a regulator ('disclosed the
    loss to the ICO in 2022', 'passed the file to the IOPC in May'): the regulator was told,
    so the date is the report's. 'To' or 'with' right before the regulator, before any other
    verb ('The mistake was made in 2022 and reported to the ICO': the report's recipient)."""
    hi = _predicate_end(sent, cue)
    doc = sent.span.doc
    for reg in sent.regulators:
        if not cue.end <= reg.start < hi:
            continue
        k = reg.start - 1
        if k >= cue.end and doc[k].lower_ == "the":
            k -= 1
        if k >= cue.end and doc[k].lower_ in _RECIPIENT_LINKS:
            return True
    return False


def _to_prosecutor(sent: Sent, cue: Span) -> bool:
    """A case handed on to those who decide on prosecuting (`prosecutors`): a breach verb whose
    recipient, in its predicate after it, they are, and whose object is the case itself, a
    file of it or the findings (`case_files`: 'passed its evidence file to the CPS in May
    2021', 'the case was passed to prosecutors in 2019'): a step of the proceedings. Data
    sent to them astray is still a breach ('sent the unencrypted discs to the CPS by post',
    'forwarded the footage to the CPS from his own email')."""
    hi = _predicate_end(sent, cue)
    doc = sent.span.doc
    for who in sent.cues.get("dates.prosecutors", []):
        if not cue.end <= who.start < hi:
            continue
        k = who.start - 1
        if k >= cue.end and doc[k].lower_ == "the":
            k -= 1
        if k >= cue.end and doc[k].lower_ == "to":
            return _case_handed(sent, cue, k)
    return False


_OBJECT_GLUE = _DETERMINERS | {"our", "your", "a", "full", "of", "his", "her", "the"}
_PASSIVE_AUX = {"was", "were", "been", "had", "has", "have", "is", "are", "be", "then", "later"}


def _case_handed(sent: Sent, cue: Span, to: int) -> bool:
    """What the verb hands on is the case or its file (`case_files`): the words between the
    verb and 'to' ('a file of evidence', 'its findings'), or, with none there, the subject
    right before a passive verb ('the case was passed', 'a file of evidence was sent')."""
    doc = sent.span.doc
    files = set(_data(cue)["case_files"])
    between = [t.lower_ for t in doc[cue.end : to] if t.lower_ not in _OBJECT_GLUE]
    if between:
        return all(w in files for w in between)
    k = cue.start - 1
    while k >= sent.span.start and doc[k].lower_ in _PASSIVE_AUX:
        k -= 1
    return k >= sent.span.start and k < cue.start - 1 and doc[k].lower_ in files


_HAPPENING_SKIPS = {"had", "has", "have", "was", "were", "did", "then", "also", "eventually"}


def _proceeding_happened(sent: Sent, cue: Span) -> bool:
    """'The misconduct hearing took place in 2023', 'nine convictions took place in 2016': a
    verb of just happening (`happening`) whose subject is a step of a matter's course
    (`proceedings`); its date is that step's, not a breach's."""
    if not any(h.start <= cue.start < h.end for h in sent.cues.get("dates.happening", [])):
        return False
    steps = {p.end - 1 for p in sent.cues.get("dates.proceedings", [])}
    doc = sent.span.doc
    k = cue.start - 1
    while k >= sent.span.start and (
        doc[k].lower_ in _HAPPENING_SKIPS or doc[k].lower_.endswith("ly")
    ):
        k -= 1  # "the hearing had finally taken place"
    k = _before_aside(sent, k)  # "the hearing, which was held in public, took place"
    if k in steps:
        return True
    # "the hearing for the officer took place": a phrase naming whom the step was about
    parties = [p.start for p in sent.cues.get("dates.proceeding_parties", [])]
    return any(
        k - _PARTY_SPAN <= p < k
        and p - 1 in steps
        and not any(_verb(t) or t.is_punct for t in doc[p + 1 : k + 1])
        for p in parties
    )


_PARTY_SPAN = 5  # "for the former police constable": a preposition and a short noun phrase
_ASIDE_CLOSE = {",": ",", "–": "–", "—": "—", "-": "-", ")": "("}
_RELATIVES = {"which", "that"}


def _before_aside(sent: Sent, k: int) -> int:
    """The token before an aside ending at `k` ('the hearing, held in public,' / 'the
    hearing for the officer – who has since resigned –'), or before the 'which' that opens
    the verb's own relative clause ('the hearing, which took place in May'); else `k`."""
    doc = sent.span.doc
    lo = sent.span.start
    if lo <= k and doc[k].lower_ in _RELATIVES and k - 1 >= lo and doc[k - 1].text == ",":
        return k - 2  # "the hearing, which took place in May": its subject is the hearing
    if k < lo or doc[k].text not in _ASIDE_CLOSE:
        return k
    opener = _ASIDE_CLOSE[doc[k].text]
    j = next((j for j in range(k - 1, lo - 1, -1) if doc[j].text == opener), None)
    if j is None or j + 1 >= k:
        return k  # a lone comma before the verb: no aside to step over
    return j - 1  # "the audit, carried out by the regulator, took place": the audit


def _incoming(sent: Sent, cue: Span) -> bool:
    """A breach verb whose recipient is the force, in its clause after it ('sent a letter to
    the force', 'shared the footage with Kent Police'): something came in to the force."""
    return _force_recipient(sent, cue.end, _predicate_end(sent, cue))


def _predicate_end(sent: Sent, cue: Span) -> int:
    """Where the cue's own predicate ends: its clause's end, or the next verb after it ('The
    file was lost in 2021 and *handed* to the force': what follows is another verb's); a
    relative clause set off by commas ends at its closing comma ('reported the breach,
    which happened in 2021, to the ICO': the ICO is the report's recipient)."""
    lo, hi = clause_bounds(sent, cue.start)
    hi = _relative_aside(sent, lo, hi)
    doc = sent.span.doc
    return next((t.i for t in doc[cue.end : hi] if _verb(t)), hi)


def _part_of_date(sent: Sent, cue: Span) -> bool:
    """'At the start of 2021 an officer emailed ...', 'by the beginning of March': a noun
    cue followed by 'of' and a date names a part of that date, as 'early 2021' does; it
    governs no date, so the date falls to the event it times."""
    doc = cue.doc
    if cue.end + 1 >= sent.span.end or doc[cue.end].lower_ != "of":
        return False
    if cue.start == 0 or doc[cue.start - 1].lower_ not in {"the", "a"}:
        return False  # a noun with its article, not a verb ('started of' is no phrase)
    return any(d.start == cue.end + 1 for d in sent.dates)


_UNTOLD = {"without", "never"}


def _attributive(cue: Span) -> bool:
    """A participle between an article and its noun ('a convicted offender', 'the sacked
    officer'): it describes someone, it tells of no decision in the story."""
    doc = cue.doc
    return (
        len(cue) == 1
        and cue.text.lower().endswith("ed")
        and cue.start > 0
        and doc[cue.start - 1].lower_ in {"a", "an", "the"}
        and cue.end < len(doc)
        and doc[cue.end].is_alpha
    )


def _noun_modifier(cue: Span) -> bool:
    """One uninflected word between a determiner and a noun ('found in an open skip', 'left on
    the open shelves'): it describes the noun, no system opened or started. A stop word after
    it ('the start of 2021', 'the launch in 2019') keeps it a noun of its own."""
    doc = cue.doc
    if len(cue) != 1 or cue.start == 0 or cue.end >= len(doc) or _verb(cue[0]):
        return False
    after = doc[cue.end]
    return (
        doc[cue.start - 1].lower_ in _DETERMINERS
        and after.is_alpha
        and after.lower_ not in STOP_WORDS
    )


def _opens_period(sent: Sent, cue: Span) -> bool:
    """A verb of beginning right after a length of time ('over a period beginning in 2022',
    'for months starting in May', 'over a period of 18 months, beginning in 2020'): it opens
    the span of what went on, no system's start."""
    if not any(a.start <= cue.start < a.end for a in sent.cues.get("dates.aspect", [])):
        return False
    doc = cue.doc
    k = cue.start - 1
    if k > sent.span.start and doc[k].text == ",":
        k -= 1  # 'over a period of 18 months, starting in 2020': the same span, set off
    return k >= sent.span.start and doc[k].lower_ in set(_data(cue)["periods"])


def _reporting_tail(sent: Sent, cue: Span) -> bool:
    """The cue closes the sentence as the verb of a short clause after a comma ('..., an
    inquiry found.', '..., the ICO was told'): it says who reported the sentence, and dates
    nothing in it."""
    doc = cue.doc
    end = sent.span.end
    words = [t for t in doc[cue.end : end] if not (t.is_punct or t.is_space)]
    # the teller named, its verb of hearing or saying after it: '..., a hearing heard.',
    # '..., the tribunal was told.' (the cue is the noun, the clause the same short one)
    reporting = {c.start for c in sent.cues.get("dates.reporting", [])}
    if words and not (
        len(words) <= 2 and words[-1].i in reporting and all(_verb(t) for t in words)
    ):
        return False
    start = cue.start
    while start > sent.span.start and doc[start - 1].text != ",":
        start -= 1
    if any(start <= d.start < cue.start for d in sent.dates):
        return False  # "..., two weeks after it happened.": a time clause, no teller
    return start > sent.span.start and cue.start - start <= 4


# Forms that change with their lemma but are no verbs: irregular plurals, comparisons.
_NOT_VERBS = {"women", "men", "children", "data", "media", "criteria", "feet", "teeth",
              "better", "best", "worse", "worst", "more", "most", "less", "least"}  # fmt: skip
_MODALS = {"will", "would", "could", "can", "may", "might", "should", "must", "shall"}
# Past forms spelt as their lemma, seldom nouns: "staff put together a bundle".
_BARE_PASTS = {"put", "let", "shut", "quit"}


def _verb(tok: Token) -> bool:
    """A finite verb or participle, told without a tagger: a form of 'be', 'have' or 'do', a
    modal, or an inflected form of a verb ('ended', 'paid', 'took': its lemma differs and is
    a verb's; 'put', spelt as its lemma, of `_BARE_PASTS`), not a plural or a comparison
    ('victims', 'earlier'), nor a word whose lemma is no verb at all ('an', 'these', 'first')."""
    lower, lemma = tok.lower_, tok.norm_
    if lemma in {"be", "have", "do"} or lower in _MODALS | _BARE_PASTS:
        return True
    if lemma == lower or lower in _NOT_VERBS or not tok.is_alpha:
        return False
    return lemma in verb_lemmas() and not lower.endswith(("s", "er", "est"))


def _reported_clause(span: Span, lo: int, hi: int, said: bool = False) -> bool:
    """The date is in a clause opened by 'that' (or by a verb of saying or hearing, `said`)
    with a verb of its own ('He told the Ombudsman that, in the summer of 2022, he received
    threats'): what was told happened then, not the telling."""
    doc = span.doc
    return (said or (lo > 0 and doc[lo - 1].lower_ == "that")) and _own_verb(span, lo, hi)


_SUBJECTS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "this",
             "these", "those", "the", "a", "an", "one", "some", "two", "three"}  # fmt: skip


def _said_clause(sent: Sent, span: Span, lo: int) -> int | None:
    """The start of a clause told with 'that' left out ('The hearing was told the officer was
    off duty in May 2021', 'The panel found he had been on leave in 2020'): right after a verb
    of saying, hearing or finding (`reporting`) in the date's clause, a subject (a pronoun, a
    determiner or a name) and then a verb of its own before the date. Its date is what was
    told, not the telling; None when the date's clause is no such one."""
    doc = span.doc
    for cue in sorted(sent.cues.get("dates.reporting", []), key=lambda c: -c.start):
        if not lo <= cue.start or cue.end + 1 >= span.start:
            continue
        head = doc[cue.end]
        if head.lower_ not in _SUBJECTS and not (head.is_title and head.is_alpha):
            continue
        if any(_verb(t) for t in doc[cue.end + 1 : span.start]) and not _verb(head):
            return cue.end
    return None


_EVENT_OPENERS = {"after", "when"}


def _event_clause(span: Span, lo: int, hi: int) -> bool:
    """The date is in an 'after' or 'when' clause with a verb of its own ('She complained
    after her ex turned up at her door two years ago'): the date is that clause's event, not
    the process (a complaint, a hearing) the main clause tells."""
    doc = span.doc
    return lo > 0 and doc[lo - 1].lower_ in _EVENT_OPENERS and _own_verb(span, lo, hi)


def _when_clause(span: Span, lo: int, hi: int) -> bool:
    """The date is in a 'when' clause with a verb of its own and no cue ('They had been left
    in a storeroom when the building was vacated in 2017'): that clause's event, which only
    times the breach the clause before it tells."""
    doc = span.doc
    return lo > 0 and doc[lo - 1].lower_ == "when" and _own_verb(span, lo, hi)


_COORDINATORS = {"and", "but"}
_COORDINATED_REACH = 2  # "and were later thrown out": an adverb may stand before the verb


def _coordinated_verb(doc: Doc, lo: int, hi: int) -> int | None:
    """Where the last 'and' or 'but' between lo and hi opens a predicate of its own: a verb
    right after it, an adverb at most between ('and later told'), no subject."""
    return next((k for k in range(hi - 1, lo - 1, -1) if _opens_predicate(doc, k, hi)), None)


def _opens_predicate(doc: Doc, k: int, hi: int) -> bool:
    """Token k is 'and' or 'but' with a verb right after it (before hi), an adverb at most
    between ('and later told'): a predicate of the same subject."""
    if doc[k].lower_ not in _COORDINATORS:
        return False
    for t in doc[k + 1 : min(hi, k + 1 + _COORDINATED_REACH)]:
        if _verb(t):
            return True
        if not t.lower_.endswith("ly") and t.lower_ not in {"then", "later"}:
            return False
    return False


def _acted_after_learning(
    span: Span, cue: Span, cues: list[tuple[Span, str | None]], lo: int
) -> bool:
    """The date closes a second predicate of the same subject, after one of learning ('had
    become aware of it through colleagues and spoke about it in December 2021', 'heard of the
    inquiry and mentioned the name in a pub in May'): what the person then did is dated, not
    the learning, unless a cue of the second predicate governs it ('found the error and
    reported it to the ICO in May')."""
    k = _coordinated_verb(span.doc, cue.end, span.start)
    if k is None:
        return False
    if any(k < c.start and c.end <= span.start for c, _ in cues):
        return False
    return any(r == DISCOVERED and lo <= c.start and c.end <= k for c, r in cues)


def _when_predicate_end(span: Span, lo: int, hi: int) -> int:
    """Where a 'when' clause holding the date ends: at 'and' or 'but' with a verb and no
    subject after it ('They had been left there when the station closed in 2017 and were
    thrown out by builders'), the main clause's subject going on to a verb of its own."""
    doc = span.doc
    if lo == 0 or doc[lo - 1].lower_ != "when":
        return hi
    return next((k for k in range(span.end, hi) if _opens_predicate(doc, k, hi)), hi)


_OBJECT_GAP = 3  # "sent a safeguarding referral": the determiner and up to two modifiers
# Words after a noun that end its phrase: "lost its appeal against the fine" is no "complaint
# file" ("emailed the complaint file to a neighbour").
_PHRASE_ENDS = {"to", "with", "of", "against", "from", "for", "on", "in", "at", "by", "and",
                "or", "but", "that", "which", "who", "about", "over", "after", "before",
                "as"}  # fmt: skip


def _breach_object(
    nearest: tuple[int, str | None, Span], before: list[tuple[int, str | None, Span]]
) -> bool:
    """The cue nearest before the date is a noun, another role's ('a referral', 'the report',
    'the complaint file'), which a breach verb right before it takes as its object ('forwarded
    a safeguarding referral to the wrong school in October', 'posted the report to an old
    address in 2020'): the date is the verb's, the data sent astray. A report's noun is
    always such an object; another role's noun only as a modifier of the thing sent ('the
    complaint file'), not 'lost its appeal against the fine'."""
    _, role, noun = nearest
    doc = noun.doc
    if _verb_form(noun):
        return False
    if role != REPORTED:
        nxt = doc[noun.end] if noun.end < len(doc) else None
        if nxt is None or not nxt.is_alpha or _ends_phrase(nxt) or _verb(nxt):
            return False
    for _, verb_role, verb in before:
        gap = doc[verb.end : noun.start]
        if verb_role != BREACH or not 1 <= len(gap) <= _OBJECT_GAP:
            continue
        if gap[0].lower_ in _DETERMINERS and not any(_ends_phrase(t) for t in gap):
            return True
    return False


def _ends_phrase(tok: Token) -> bool:
    """A word no noun phrase holds inside it: a stop, a link word, a form of 'be', 'have' or
    'do', a modal ('a safeguarding referral' and 'the leaked report' are phrases)."""
    return tok.is_punct or tok.lower_ in _PHRASE_ENDS | _MODALS or tok.norm_ in {"be", "have", "do"}


_CONTRASTS = {"but", "yet", "whereas"}


def _contrast_clause(span: Span, lo: int, hi: int) -> bool:
    """The date is in a clause opened by 'but' with a verb of its own and no cue ('The attack
    happened in November but the forces were only told by the firm in January'): another
    event set against the one told before it, which lends its cue no date there."""
    doc = span.doc
    return lo > 0 and doc[lo - 1].lower_ in _CONTRASTS and _own_verb(span, lo, hi)


def _own_verb(span: Span, lo: int, hi: int) -> bool:
    """The date's clause has a verb of its own ('The forces ended the alliance in 2019 but
    went on sharing ...', 'In 2024 a health board apologised after ...'): the date is that
    verb's. A clause without one ('In 2015,', 'In 2020 a constable who ...', 'Between 2017
    and 2019, calls -- many of them ... -- were recorded') leans on the clause next to it."""
    return any(_verb(t) for t in span.doc[lo:hi] if not span.start <= t.i < span.end)


def _mechanism_in_clause(sent: Sent, lo: int, hi: int) -> bool:
    """The clause tells how the breach happened: a strong breach-type cue, asserted."""
    return any(
        c.kb_id_ == "strong" and not c.label_.startswith("_") and lo <= c.start < hi
        and sent.asserted(c)
        for c in sent.types
    )  # fmt: skip


def _aspect(sent: Sent, verb: Span) -> bool:
    """A verb of beginning or going on ('began', 'carried on'): it governs no date of its own."""
    return any(a.start <= verb.start < a.end for a in sent.cues.get("dates.aspect", []))


def _relative_aside(sent: Sent, lo: int, hi: int) -> int:
    """A relative clause set off by commas (', which handled 5,600 requests in 2022/23,')
    is an aside: it ends at its closing comma, so the main clause's verb after it does not
    govern its dates. Other clauses keep their end."""
    doc = sent.span.doc
    if lo - 2 < sent.span.start or doc[lo - 2].text != ",":
        return hi
    if doc[lo - 1].lower_ not in {"which", "who", "whose"}:
        return hi
    return next((t.i for t in doc[lo:hi] if t.text == ","), hi)


_RELATIVES = {"who", "whom", "whose", "which"}


def _bare_relative_hi(sent: Sent, lo: int, hi: int) -> int:
    """A clause opened by 'who'/'which' right after a word, no comma ('the records of a woman
    who was murdered in 2015 were accessed in 2019'): it ends at the main clause's verb --
    past its own auxiliaries and verb, the next past-tense verb or finite auxiliary (data:
    context.toml, as the ConText scopes end there)."""
    doc = sent.span.doc
    scope = load_toml("context.toml", doc_data_dir(doc))["scope"]
    if lo - 2 < sent.span.start or doc[lo - 1].lower_ not in set(scope["bare_relative_openers"]):
        return hi
    if not doc[lo - 2].is_alpha:
        return hi
    aux, finite = set(scope["relative_aux"]), set(scope["finite_verbs"])
    j = lo
    while j < hi and doc[j].lower_ in aux:
        j += 1
    for k in range(j + 1, hi):  # past the clause's own verb
        tok = doc[k]
        if tok.text in {",", ";"} or tok.lower_ in {"and", "or"}:
            return hi
        low = tok.lower_
        if low in finite or (tok.is_alpha and low.endswith("ed") and tok.norm_ != low):
            return k
    return hi


def _relative_verb(span: Span, cue: Span, cues: list[tuple[Span, str | None]]) -> bool:
    """The first cue of a relative clause opened after the date ('In 2020 a constable who had
    joined in 2015 looked up ...'): the verb of the clause hung on the subject, not the main
    verb the opening date times."""
    doc = span.doc
    openers = [t.i for t in doc[span.end : cue.start] if t.lower_ in _RELATIVES]
    if not openers:
        return False
    return not any(openers[-1] < c.start < cue.start for c, _ in cues)


_PURPOSE_GAP = 3  # "for an employment tribunal", "ahead of a court hearing": det, modifiers


def _purpose_ahead(
    span: Span, cue: Span, role: str | None, cues: list[tuple[Span, str | None]]
) -> bool:
    """A decision named as what an act after the date was done for ('In June 2021, officers
    prepared a bundle for the defence ahead of a court hearing', 'In 2021 staff put together
    a file for a tribunal'): the hearing is to come, the date is the act's, which no cue
    names. A decision noun after a purpose link (`purpose_links`), with a verb that is no
    cue between the date and it."""
    if role != DECIDED:
        return False
    doc = span.doc
    lead = [t.lower_ for t in doc[span.end : cue.start]]
    if not any(
        lead[len(lead) - gap - len(words) : len(lead) - gap] == words
        for words in (link.split() for link in _data(span)["purpose_links"])
        for gap in range(_PURPOSE_GAP)
    ):
        return False
    cued = {t.i for c, _ in cues for t in c}
    return any(_verb(t) and t.i not in cued for t in doc[span.end : cue.start])


def _reason_between(verb: Span, noun: Span) -> bool:
    """'reprimanded over a breach in December 2022', 'fined for the loss of ...': the event
    noun is what the verb was about, not its object ('reported the breach to the ICO in
    April 2019'), and the date is the noun's own."""
    gap = verb.doc[verb.end : noun.start]
    # "The fine followed the loss of a laptop in 2019": a verb of its own between them makes
    # the cue that verb's subject, and the event noun that verb's object, dated on its own
    if any(t.lower_ in _ABOUT or _verb(t) for t in gap):
        return True
    # "The ICO's 2023 reprimand relates to a breach in 2020", "the fine concerns the loss of
    # ...": a present verb in "-s" right after the cue (a plural, "victims", takes no article
    # after it) makes the cue its subject, a noun, and the event noun is that verb's object
    return len(gap) >= 2 and _present_verb(gap[0], gap[1])


def _present_verb(tok: Token, nxt: Token) -> bool:
    """A third-person present verb told without a tagger: an inflected '-s' form ('relates',
    'concerns', 'follows') followed by a preposition or an article, as no plural noun is."""
    return (
        tok.is_alpha
        and tok.lower_.endswith("s")
        and tok.norm_ != tok.lower_
        and tok.lower_ not in _NOT_VERBS
        and (nxt.lower_ in _DETERMINERS or nxt.lower_ in {"to", "on", "from", "with"})
    )


_REASONS = {"for", "over"}
_ASIDE_OPENERS = {"which", "who", "whose", "when", "where"}
_ASIDE_LEAD = 6  # "the breach at Kent Police, which ...": words between the noun and the aside


def _aside_between(sent: Sent, end: int, cue_start: int) -> bool:
    """'The breach, which came to light in 2021, had begun three years earlier': between an
    event noun and the verb after it only a relative clause set off by commas (a few words of
    no verb may lead to it, 'at Kent Police'), a verb or two at most after the closing comma:
    the noun is that verb's subject."""
    doc = sent.span.doc
    opens = [
        t.i
        for t in doc[end : min(cue_start, end + _ASIDE_LEAD + 1)]
        if t.text == "," and t.i + 1 < cue_start and doc[t.i + 1].lower_ in _ASIDE_OPENERS
    ]
    if not opens or any(_verb(t) for t in doc[end : opens[0]]):
        return False
    closes = [t.i for t in doc[opens[0] + 1 : cue_start] if t.text == ","]
    return bool(closes) and cue_start - closes[-1] <= 3


_PRONOUNS = {"he", "she", "they", "we", "i", "you"}
_PERFECTS = {"had", "'d"}


_RECIPIENT_REACH = 4  # "to an old address he had left": the link, a determiner, modifiers


def _contact_verb(cue: Span) -> bool:
    """The cue is itself the pluperfect verb of such a clause hung on the recipient ('posted
    the letter to an address he had left four years earlier'): a count back after it times
    the recipient's history (when he moved out), not the sending. 'To' or 'with' a few
    words before the pronoun, with no verb or stop between."""
    doc = cue.doc
    k = cue.start - 2
    if k < 1 or doc[k].lower_ not in _PRONOUNS or doc[k + 1].lower_ not in _PERFECTS:
        return False
    for j in range(k - 1, max(-1, k - 1 - _RECIPIENT_REACH), -1):
        if doc[j].lower_ in _RECIPIENT_LINKS:
            return j < k - 1
        if doc[j].is_punct or _verb(doc[j]):
            return False
    return False


def _contact_clause(cue: Span, span: Span, cues: list[tuple[Span, str | None]]) -> bool:
    """'posted the letter to an address he had moved out of two years before', 'sent the file
    to a woman she had divorced in 2017': between the cue and the date, a clause hung on the
    cue's object with no 'who' or 'which', a personal pronoun and a pluperfect verb of its own
    that is no cue; a count back there ('two years before') times that earlier act, the
    object's history, not the cue (the caller asks only of relative dates)."""
    doc = span.doc
    for k in range(cue.end + 1, span.start - 2):
        if doc[k].lower_ not in _PRONOUNS or doc[k + 1].lower_ not in _PERFECTS:
            continue
        if not (doc[k - 1].is_alpha and doc[k - 1].lower_ not in {"that", "and", "but"}):
            continue  # "... that he had", "and she had": a clause of the sentence's own
        verb = doc[k + 2] if not doc[k + 2].lower_.endswith("ly") else doc[k + 3]
        if verb.i >= span.start or not _verb(verb) or verb.norm_ in {"be", "have", "do"}:
            continue  # "he had no right to", "she had been": no act of its own told
        return not any(k < c.start < span.start for c, _ in cues)
    return False


def _reason_clause(cue: Span, span: Span) -> bool:
    """'sentenced for offences committed in 2019 and 2020', 'dismissed over comments he made
    in 2021': after a decision, 'for' or 'over' opens what the decision was for, and a verb
    of its own there before the date times that act, not the decision."""
    between = span.doc[cue.end : span.start]
    for t in between:
        if t.lower_ in _REASONS:
            return any(_verb(u) for u in span.doc[t.i + 1 : span.start])
    return False


_BE_FINITE = {"was", "were", "is", "are"}
_CLAUSE_OPENERS = {"that", "which", "who", "whom", "he", "she", "they", "it", "we", "i"}


def _step_predicate(sent: Sent, cue: Span, span: Span) -> bool:
    """'A hearing for the constable was held in March', 'the trial of two officers was
    adjourned in May': a step of the proceedings (`proceedings`), then whom it was about,
    then a finite 'was'/'were' with no 'that', 'which' or subject of a clause of its own
    before it: the verb is the step's own, so the date is the step's (not, as in
    'sentenced for offences committed in 2019', an act the step was for)."""
    if cue.end - 1 not in {p.end - 1 for p in sent.cues.get("dates.proceedings", [])}:
        return False
    for t in span.doc[cue.end : span.start]:
        if t.lower_ in _CLAUSE_OPENERS or t.is_punct:
            return False
        if t.lower_ in _BE_FINITE:
            return True
    return False


_TIME_LINKS = {"in", "on", "during"}
_RELATIVE_OPENERS = (("in", "which"), ("during", "which"), ("which",), ("where",), ("whereby",))


def _described_noun(noun: Span, span: Span) -> bool:
    """'reported an incident in 2019 in which a notebook was left in a cafe': an event noun,
    its date right after it, then a relative clause telling what happened. The relative
    clause hangs on the noun, so the date between them is inside the noun's phrase and times
    the incident, not the verb that has it as object ('reported the breach to the ICO in
    2019', 'reported the breach in 2019' stay the report's)."""
    doc = span.doc
    if span.start - noun.end != 1 or doc[noun.end].lower_ not in _TIME_LINKS:
        return False
    after = [t.lower_ for t in doc[span.end : min(len(doc), span.end + 2)]]
    return any(tuple(after[: len(o)]) == o for o in _RELATIVE_OPENERS)


_INDEFINITE = {"a", "an", "one"}
_INDEFINITE_REACH = 2  # "an incident", "a similar incident", "a data breach"


def _introduced(sent: Sent, span: Span) -> bool:
    """'the PSNI had reported an incident in 2019 in which ...': an event noun brought in
    with an indefinite article, the date right after it. A new referent: once the story has
    dated its breach (which it then calls 'the breach', 'the incident'), a breach brought in
    so is another one, and its date is that one's."""
    doc = span.doc
    if span.start < 3 or doc[span.start - 1].lower_ not in _TIME_LINKS:
        return False
    for noun in sent.cues.get("dates.event_nouns", []):
        if noun.end != span.start - 1:
            continue
        head = doc[max(0, noun.start - _INDEFINITE_REACH) : noun.start]
        return any(t.lower_ in _INDEFINITE for t in head)
    return False


def _pluperfect_between(cue: Span, span: Span) -> bool:
    """'The audit found that a marker had been added to files in 2021': a past perfect between
    a discovery and the date tells what had happened before it was found; the date is that
    event's."""
    return any(t.lower_ == "had" for t in span.doc[cue.end : span.start])


_FINDING_LINKS = {"in", "on", "during"}  # "found that in 2020 the officer ...": the date's own


def _opens_finding(cue: Span, span: Span) -> bool:
    """'The audit found that, in 2021, staff ...': the date opens the 'that' clause of the
    finding, so it times what was found, not the finding. A single date is linked by its
    preposition ('that in 2020'), a stretch carries its own ('that between 2019 and 2021')."""
    words = [t.lower_ for t in span.doc[cue.end : span.start] if not t.is_punct]
    return words == ["that"] or (
        len(words) == 2 and words[0] == "that" and words[1] in _FINDING_LINKS
    )


_LEARNING_REACH = 6  # "In autumn 2019 she and her husband were told"
_PERFECT_NOT = {"no", "not", "a", "an", "the", "to", "nothing", "never", "any", "some"}


_CLAUSE_OPENERS = {",", ";", "and", "but", "—", "–"}
_OPENING_WORDS = 2  # "In", "Later in", before the date opening a clause


def _opens_clause(sent: Sent, span: Span) -> bool:
    """The date opens its sentence or a clause ('In 2019 she ...', '..., and in May he ...'):
    at most a preposition or two stand between it and the sentence's start, a comma or 'and'.
    Not a date closing a clause before ('posted the file in June, was told ...')."""
    doc = sent.span.doc
    k = span.start - 1
    while k >= sent.span.start and doc[k].lower_ not in _CLAUSE_OPENERS:
        if span.start - k > _OPENING_WORDS:
            return False
        k -= 1
    return True


def _learned_later(sent: Sent, span: Span) -> bool:
    """The date of someone learning of a thing already done ('In autumn 2019 she was told
    the recordings had been lost', 'the family learned in May 2022 that the force had given
    out their address'): a learning verb (`learning`) a few words after the date with no
    breach event between them, or right before it, and a past perfect after both. The date
    is the learning's; the breach came before it, at no date told."""
    doc = sent.span.doc
    after = [
        c for c in sent.cues.get("dates.learning", []) if 0 <= c.start - span.end <= _LEARNING_REACH
    ]
    before = [c for c in sent.cues.get("dates.learning", []) if 0 <= span.start - c.end <= 1]
    if after and _opens_clause(sent, span):
        verb = min(after, key=lambda c: c.start)
        if any(span.end <= c.start < verb.start for c in sent.cues.get("dates.event", [])):
            return False  # "In 2019 an officer lost a file and was told ...": the loss's date
        start = verb.end
    elif before:
        start = span.end
    else:
        return False
    for k in range(start, sent.span.end - 1):
        if doc[k].text in {";", ":"}:
            return False
        if doc[k].lower_ == "had" and doc[k + 1].lower_ not in _PERFECT_NOT:
            return doc[k + 1].is_alpha
    return False


_GOVERNED_GAP = 1  # "began looking up", "started to search"


def _aspect_governed(
    sent: Sent, cues: list[tuple[Span, str | None]]
) -> list[tuple[Span, str | None]]:
    """'became obsessed with her in 2019 and began looking up her details': a verb of
    beginning or going on (`aspect`, no role of its own) right before a breach cue it governs
    is that breach's beginning, not a thing begun apart; it is dropped so the breach cue after
    it times the date."""
    aspect = sent.cues.get("dates.aspect", [])
    return [
        (c, r)
        for c, r in cues
        if r is not None
        or not any(a.start <= c.start < a.end for a in aspect)
        or not any(r2 == BREACH and 0 <= c2.start - c.end <= _GOVERNED_GAP for c2, r2 in cues)
    ]


def date_role(sent: Sent, span: Span, kind: str | None = None) -> str | None:
    """The role of one date in its sentence: BREACH, DISCOVERED, REPORTED, DECIDED, None
    (not an incident date), or "neutral" when nothing governs it."""
    if _counted_over(sent, span):
        return None  # "Over the five years from 2015, the force investigated 87 staff"
    if _since_state(span) or _misuse_since(sent, span):
        return BREACH  # "missing since 2019": the breach's own start
    if kind == _UNLAWFUL_PROCESSING and (_shortfall_since(sent, span) or _stopped_duty(sent, span)):
        # "has failed to weed its files since 2015", "ceased checking the logs in 2016": the
        # shortfall's start, in a story of records mishandled, where the shortfall is the
        # breach; beside a deed (a letter sent astray) a duty undone since a date is its
        # background, and a practice stopped ('stopped using fax in 2015') ended
        return BREACH
    if span.label_ == "decade" or _statute(span) or _bounded(span) or _stamped(sent, span):
        return None
    if _learned_later(sent, span):
        return LEARNED  # "In 2019 she was told her file had been lost": the learning's
    if _sanction_item_label(sent, span) or _dated_sanction_item(sent, span):
        return DECIDED  # "Reprimands / - Kent Police (June 2023). Staff accessed ...": issued then
    if _court_dated(sent, span):
        return DECIDED  # "appeared in court yesterday accused of accessing ...": the hearing's
    after_clause = span.label_ == "relative" and _AFTER_RE.fullmatch(span.kb_id_)
    if _bound_clause(sent, span) and not after_clause:
        # "lost since the forces merged in 2013": a bound, as "since 2013" is; not "until May
        # 2023, six months after the file was sent", which counts back to the clause after it
        return None
    if _kept_since(sent, span) or _breach_dates_back(sent, span):
        # "records dating back to 2015 had not been deleted": kept since then; "the breach,
        # which came to light in March, dated back to the previous autumn": began then
        return BREACH
    if _records_age(sent, span):
        return None  # "the leak of files dating back to 2005": the files' age, not the leak's
    if any(0 <= span.start - c.end <= 1 for c in sent.cues.get("passing.cases", [])):
        return BREACH  # "In one case in 2020, a constable ...": the case's own date
    cues = _aspect_governed(sent, _cues(sent, kind))
    if after_clause:
        # "two years after an officer emailed ...": the date is the clause after it's
        after = [(c.start, r) for c, r in cues if c.start >= span.end]
        return min(after, key=lambda x: x[0])[1] if after else "neutral"
    head = _attributive_head(span)
    if head is not None:
        for cue, role in cues:  # "the 2015 loss of a file", "fined over 2019 data breach",
            if head <= cue.start <= head + 1:  # "the force's 2018 leak", "2022's loss"
                if role == REPORTED and _event_told_to_regulator(sent, cue):
                    return BREACH  # "reported the 2023 leak to the ICO": the leak's year
                return role
        if _sanctioned_thing(span, cues):
            return BREACH
    if _dates_document(sent, span) or _names_document(sent, span):
        return None  # "in its 2023 annual report": the document's year, no event's
    if _dates_other_thing(sent, span, cues):
        return NAMED  # "despite a 2004 trade agreement": the agreement's year, no event's
    lo, hi = clause_bounds(sent, span.start, extra=_data(span)["clause_breaks"])
    hi = _relative_aside(sent, lo, hi)
    hi = _bare_relative_hi(sent, lo, hi)
    hi = _when_predicate_end(span, lo, hi)
    said = _said_clause(sent, span, lo)
    lo = lo if said is None else said
    nouns = {(c.start, c.end) for c in sent.cues.get("dates.event_nouns", []) if not _verb_form(c)}
    # The nearest cue before the date in its clause, else the first after it there; else a
    # breach mechanism told in the clause itself ("after the force served the file in 2022
    # without removing her address"); then the nearest cue before the date in the whole
    # sentence (the clause a "where" or "which" clause hangs on), or after it when the date's
    # clause has no verb of its own ("In 2015, when officers lost ...", "In 2020 a constable
    # who had joined ... looked up"). A clause with its own verb ("The forces ended the
    # alliance in 2019 but went on sharing ...") is no time phrase of a later clause's event.
    passes = [(lo, hi, True), (sent.span.start, sent.span.end, not _own_verb(span, lo, hi))]
    told_that = _reported_clause(span, lo, hi, said is not None)
    for n, (a, b, forward) in enumerate(passes):
        before = [
            (span.start - c.end, r, c) for c, r in cues if a <= c.start and c.end <= span.start
        ]
        if before:
            nearest = min(before, key=lambda x: x[0])
            if nearest[1] == BREACH and _telling_of(sent, nearest[2], span, nouns):
                return REPORTED  # "confirmed the breach in May", "the leak was revealed in 2023"
            if nearest[1] == BREACH and (nearest[2].start, nearest[2].end) in nouns:
                # "reported the breach to the ICO in April 2019": the noun is the verb's object
                # ("began the searches in 2020", in one clause, is the event's own start)
                for _, role, verb in before:
                    if (
                        role != BREACH
                        and 0 <= nearest[2].start - verb.end <= 3
                        and not _reason_between(verb, nearest[2])
                        # "became aware of a breach on 6 March in which ...": a finding
                        # is dated by its day whatever clause tells the breach after it
                        and (role == DISCOVERED or not _described_noun(nearest[2], span))
                    ):
                        return BREACH if n == 0 and _aspect(sent, verb) else role
            if span.label_ == "relative" and (
                _contact_clause(nearest[2], span, cues) or _contact_verb(nearest[2])
            ):
                return None  # "posted it to an address he had left two years before"
            if (
                nearest[1] is None
                and any(
                    0 <= nearest[2].start - e <= 2 or _aside_between(sent, e, nearest[2].start)
                    for _, e in nouns
                )
                # "a report into the leak was published in 2023": the report's, not the leak's
                and not _publishes_document(sent, nearest[2])
            ):
                return BREACH  # "the error began in 2016": the breach itself began
            if nearest[1] != BREACH and _breach_object(nearest, before):
                return BREACH  # "forwarded a referral to the wrong school in May": the sending
            if nearest[1] == DISCOVERED and _pluperfect_between(nearest[2], span):
                return BREACH  # "found officers had looked up her file in 2019": what was found
            if nearest[1] == DISCOVERED and _opens_finding(nearest[2], span):
                # "found that between April and June, the force ...": the time of what was found
                later = [(c.start, r) for c, r in cues if c.start >= span.end]
                return min(later, key=lambda x: x[0])[1] if later else "neutral"
            if _acted_after_learning(span, nearest[2], cues, a):
                return "neutral"  # "learned of the case and spoke about it in May 2021"
            if (
                nearest[1] == DECIDED
                and _reason_clause(nearest[2], span)
                and not _step_predicate(sent, nearest[2], span)
            ):
                return "neutral"  # "sentenced for offences committed in 2019": the offences'
            if n == 1 and nearest[1] != BREACH and told_that:
                # "told the Ombudsman that, last summer, he was threatened", "the hearing was
                # told the officer was off duty in May 2021": what was told, not the telling
                return "neutral"
            if n == 1 and nearest[1] is None and _event_clause(span, lo, hi):
                return "neutral"  # "complained after her ex turned up two years ago"
            if n == 1 and _contrast_clause(span, lo, hi):
                return None  # "... happened in May but the force was told in July"
            if n == 1 and nearest[1] == BREACH and _when_clause(span, lo, hi):
                return TIMED  # "had been left there when the station closed in 2017"
            return nearest[1]
        ahead = [(c, r) for c, r in cues if c.start >= span.end and c.end <= b]
        ahead = [(c, r) for c, r in ahead if not _purpose_ahead(span, c, r, cues)]
        after = [(c.start - span.end, r) for c, r in ahead]
        main = [(c.start - span.end, r) for c, r in ahead if not _relative_verb(span, c, cues)]
        after = main or after  # "In 2020 a constable who had joined in 2015 looked up ..."
        if after and forward:
            return min(after, key=lambda x: x[0])[1]
        if n == 0 and _mechanism_in_clause(sent, lo, hi):
            # "had been left in a storeroom when the building was vacated in 2017": the 'when'
            # clause tells the circumstance of the breach the clause before it tells
            hangs = any(r == BREACH and c.end <= lo for c, r in cues)
            return TIMED if hangs and _when_clause(span, lo, hi) else BREACH
    return "neutral"


_TELLING_PREPS = {"in", "on", "during", "at"}
_NOUN_CLAUSES = {"when", "where", "which"}
_TELLING_ASIDES = {",", "which", "that"}  # "the leak, which was revealed in May"
_TELLING_AUXILIARIES = {"be", "have"}  # lemmas: "was revealed", "has been confirmed"
_TELLING_ADVERBS = {"only", "first", "later", "also", "publicly", "finally", "now"}


def _telling_of(sent: Sent, cue: Span, span: Span, nouns: set[tuple[int, int]]) -> bool:
    """A date of the telling of a breach already had (`telling`): the breach noun the object
    of the telling verb right before it ('the force confirmed the breach in May 2023',
    'disclosed the theft this week'), or its subject, the telling verb passive right after it
    ('the breach was revealed in 2023', 'the leak, which was disclosed last year'). The date
    after them is the telling's; a date inside the noun's own clause ('revealed that the
    breach in 2019 ...') is not told here, nor one of data disclosed ('disclosed the names of
    victims in 2019': no breach noun)."""
    doc = span.doc
    telling = set(_data(span)["telling"])
    if not sent.span.start <= cue.start:
        return False
    nxt = doc[span.end : span.end + 2]
    # "confirmed an incident in 2019 in which ...": a clause after the date tells of the noun
    # before it, whose own date it is ("the leak was revealed in 2021 when a reporter called":
    # after a verb, the clause tells of the telling)
    noun_clause = bool(nxt) and (
        nxt[0].lower_ in _NOUN_CLAUSES or (len(nxt) > 1 and nxt[1].lower_ == "which")
    )
    gap = list(doc[cue.end : span.start])
    if gap and gap[-1].lower_ in _TELLING_PREPS:
        gap = gap[:-1]
    if (cue.start, cue.end) in nouns:
        if not gap and not noun_clause:  # the noun right before the date: the verb's object?
            k = cue.start - 1
            while k >= sent.span.start and cue.start - k <= _OBJECT_GAP + 1:
                tok = doc[k]
                if tok.norm_ in telling:
                    return True
                if tok.is_punct or tok.lower_ in _TELLING_ASIDES or tok.like_num:
                    return False
                k -= 1
            return False
        # else the noun the subject of a passive telling verb after it, the gap's last word
        if not gap or gap[-1].norm_ not in telling:
            return False
    else:
        # a telling verb the cue itself ('the leak was disclosed in 2020'), its subject a
        # breach noun before it, past the auxiliaries
        if gap or cue[0].norm_ not in telling:
            return False
        gap = [cue[0]]
        k = cue.start - 1
        while k >= sent.span.start and (
            doc[k].norm_ in _TELLING_AUXILIARIES
            or doc[k].lower_ in _TELLING_ADVERBS
            or doc[k].text in _TELLING_ASIDES
        ):
            k -= 1
        if not any(b == k + 1 for _, b in nouns) and not _relative_object(sent, k, nouns):
            return False
    return all(
        t.norm_ in _TELLING_AUXILIARIES or t.lower_ in _TELLING_ADVERBS or t.text in _TELLING_ASIDES
        for t in gap[:-1]
    )


_RELATIVE_SUBJECT = 4  # "the leak, which Suffolk Constabulary only disclosed": its subject


def _relative_object(sent: Sent, k: int, nouns: set[tuple[int, int]]) -> bool:
    """The breach noun the object of a relative clause whose verb ends at `k`'s right: 'the
    leak, which the force disclosed last year' -- 'which' or 'that' a few words of subject
    before the verb, the breach noun right before it (a comma between)."""
    doc = sent.span.doc
    for j in range(k, max(sent.span.start, k - _RELATIVE_SUBJECT) - 1, -1):
        if doc[j].lower_ in {"which", "that"}:
            end = j - (j > sent.span.start and doc[j - 1].text == ",")
            return j < k and any(b == end for _, b in nouns)
        if doc[j].is_punct:
            return False
    return False


_DOCUMENT_GAP = 1  # "its 2023 annual report": a word may stand between the year and the noun


def _event_told_to_regulator(sent: Sent, cue: Span) -> bool:
    """A breach noun made a report only by 'to the ICO' after it ('reported the 2023 leak to
    the ICO'): the year inside its noun phrase still dates the breach it names."""
    return (
        not _verb_form(cue)
        and any(c.start == cue.start for c in sent.cues.get("dates.event", []))
        and _to_regulator(sent, cue)
    )


def _attributive_head(span: Span) -> int | None:
    """Where the noun phrase a year modifies goes on, when the year stands inside one: after
    a determiner, a possessive or a word of what a decision was about ('the 2015 loss', "the
    force's 2018 leak", 'over 2019 data breach'), or itself possessive ("2022's loss", past
    its "'s"). None for a date standing alone ('lost in 2015')."""
    doc = span.doc
    if span.label_ == "year" and span.end < len(doc) and doc[span.end].lower_ in _POSSESSIVES:
        return span.end + 1  # not "last year's report": a relative date owns no event
    if span.start > 0 and doc[span.start - 1].lower_ in _DETERMINERS | _ABOUT | _POSSESSIVES:
        return span.end
    return None


def _dates_document(sent: Sent, span: Span) -> bool:
    """A year between a determiner or a possessive and a document of a matter's course
    (`documents`: a report, a review, an audit, figures), with at most one word between
    ('in its 2023 annual report', 'the force's 2022 review', 'the 2021 figures'): it dates
    the document, not what the document tells of."""
    doc = span.doc
    if _dated_document(sent, span):
        return True
    if span.label_ != "year" or span.start == 0:
        return False
    if doc[span.start - 1].lower_ not in _DETERMINERS | _POSSESSIVES:
        return False
    for d in sent.cues.get("dates.documents", []):
        gap = doc[span.end : d.start]  # a document after the year, not one before it
        if (
            d.start >= span.end
            and len(gap) <= _DOCUMENT_GAP
            and not any(_verb(t) or t.is_punct for t in gap)
        ):
            return True
    return False


def _names_document(sent: Sent, span: Span) -> bool:
    """A year standing in a document's or a rule's name, as titles and headlines write it:
    right after a document word in capitals ('the Annual Data Protection Report 2022
    revealed ...', 'Policing Review 2019'), or right before a rule or a document that is no
    decision, no determiner nor word of time before it ('Force breaches 1998 law', '2021
    figures show ...'): it names the law or the document, not when anything happened. 'In
    2019 figures showed ...' and 'after 2023 reprimand' keep their dates."""
    doc = span.doc
    if span.label_ != "year":
        return False
    documents = sent.cues.get("dates.documents", [])
    if span.start > sent.span.start and any(
        d.end == span.start and doc[d.end - 1].is_title for d in documents
    ):
        return True
    if span.start > sent.span.start and (
        doc[span.start - 1].lower_ in set(_data(span)["time_anchors"]) | _DETERMINERS
        or not doc[span.start - 1].is_alpha
    ):
        return False
    decisions = {(c.start, c.end) for c in sent.cues.get("dates.decision", [])}
    named = sent.cues.get("dates.rules", []) + [
        d for d in documents if (d.start, d.end) not in decisions
    ]
    return any(c.start == span.end for c in named)


_THING_REACH = 4  # "the 2017 general election", "a 2004 trade agreement": the noun phrase's words


def _dates_other_thing(sent: Sent, span: Span, cues: list[tuple[Span, str | None]]) -> bool:
    """A year between a determiner or a possessive and a noun phrase that holds no cue of any
    role nor an event noun ('despite a 2004 trade agreement', 'the 2023 total'): it names the
    thing by its year, a thing that is no event of the story's; 'the 2019 data leak', 'the
    force's 2018 loss' keep theirs, and a thing after a word of time (`time_anchors`: 'in
    the run-up to the 2019 election', 'during the 2012 Olympics') times the act told."""
    doc = span.doc
    if span.label_ != "year" or span.start == 0:
        return False
    if doc[span.start - 1].lower_ not in _DETERMINERS | _POSSESSIVES:
        return False
    if span.start >= 2 and doc[span.start - 2].lower_ in set(_data(span)["time_anchors"]):
        return False  # "in the run-up to the 2019 general election": the thing times the act
    end = span.end
    while (
        end < sent.span.end
        and end - span.end < _THING_REACH
        and doc[end].is_alpha
        and not doc[end].is_stop
        and not _verb(doc[end])
    ):
        end += 1
    if end == span.end:
        return False
    nouns = sent.cues.get("dates.event_nouns", [])
    starts = [c.start for c, _ in cues] + [n.start for n in nouns] + [t.start for t in sent.types]
    return not any(span.end <= k < end for k in starts)


def _dated_document(sent: Sent, span: Span) -> bool:
    """'The notice, dated 3 March 2022, said ...', 'a report dated May 2021': 'dated' right
    before the date and a document of a matter's course (`documents`) right before it, a
    comma at most between: the document's own date. A letter or an email dated so is not
    one of them: its date may be when it went astray."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "dated":
        return False
    at = span.start - 1 - (doc[span.start - 2].text == ",")
    return any(d.end == at for d in sent.cues.get("dates.documents", []))


def _timed_by_cue(sent: Sent, span: Span) -> bool:
    """A date that tells when something other than the breach happened ('joined the force in
    2015', 'the system went live in 2018'): a point in time a sequel may count from, unlike a
    bound, a law's year, a decade or a page's stamp."""
    return not (span.label_ == "decade" or _statute(span) or _bounded(span) or _stamped(sent, span))


def _sanctioned_thing(span: Span, cues: list[tuple[Span, str | None]]) -> bool:
    """'reprimanded in 2021 over a 2020 response that included ...' (or "over 2020's
    response"): a year between 'over' (or 'for', 'after') and its article premodifies what a
    decision told before was about, the thing at fault; its year is the breach's whatever the
    thing is called."""
    doc = span.doc
    head = _attributive_head(span)
    if span.label_ != "year" or head is None or head >= len(doc) or not doc[head].is_alpha:
        return False
    about = span.start - 1  # "over 2022's publication": the year's own "'s" for an article
    if head == span.end and about >= 0 and doc[about].lower_ in {"a", "an", "the", "its"}:
        about -= 1
    elif head == span.end:
        return False
    if about < 0 or doc[about].lower_ not in _ABOUT:
        return False
    return any(role == DECIDED and cue.end <= about for cue, role in cues)


def _statistic(sent: Sent) -> bool:
    """'300 breaches between 2009 and 2013', '412 data protection incidents in 2021': a count
    of breaches (figures, or a vague count such as 'thousands of incidents', two words or
    fewer before a tally noun), or a figure standing for the tally noun named before it ('a
    rise in incidents after 188 were logged last year')."""
    doc = sent.span.doc
    vague = sent.cues.get("dates.vague_counts", [])
    for cue in sent.cues.get("dates.tally_nouns", []):
        if _modifier_after_count(cue):
            continue  # "viewed two incident logs in 2019": logs counted, no incidents
        before = doc[max(sent.span.start, cue.start - 3) : cue.start]
        if any(_figure(t) or _word_count(t) for t in before):
            return True
        if any(_counts_of(sent, v, cue) for v in vague):
            return True  # "thousands of incidents", "hundreds of data breaches"
        if _share_of(sent, cue):
            return True
        later = doc[cue.end : sent.span.end - 1]
        if any(_figure(t) and _verb(doc[t.i + 1]) for t in later):
            return True
    return False


_VAGUE_REACH = 3  # "hundreds of data protection breaches": "of" and two words at most
_COUNT_TAILS = ("dates.count_hearings", "dates.count_year_tails")


def _counts_of(sent: Sent, vague: Span, noun: Span) -> bool:
    """'Hundreds of breaches were recorded between 2016 and 2020', 'the force logged thousands
    of incidents from 2018 to 2022': a vague count of breaches or incidents joined by 'of' to
    the noun, opening the sentence's first clause (or after a fronted date) or right after a
    tally verb there, with a tally verb in that clause and a date closing it ('..., figures
    show'). Anywhere else it only sets one incident among others ('the breach, in 2021, was
    one of hundreds of incidents'; 'in 2022, a year in which the force recorded hundreds of
    breaches'), tells what a document held ('a report detailing dozens of incidents was lost in
    2019') or counts one person's or one event's acts ('dozens of offences were committed by PC
    Smith in 2019'; 'dozens of breaches were logged in 2020 by a single officer'; 'hundreds of
    breaches occurred in 2019 when a fault exposed ...'): the sentence dates the incident."""
    doc = vague.doc
    data = _data(vague)
    gap = noun.start - vague.end
    if not (1 <= gap <= _VAGUE_REACH and doc[vague.end].lower_ == "of"):
        return False
    if doc[noun.end - 1].lemma_.lower() not in data["vague_tally_nouns"]:
        return False  # "dozens of offences": one person's, as often as a force's
    if _singular_before_plural(noun) or any(_plural(t) for t in doc[vague.end + 1 : noun.start]):
        return False  # "hundreds of incident logs", "hundreds of files detailing incidents"
    breaks = [*data["clause_breaks"], *data["count_clause"], ","]
    lo, hi = clause_bounds(sent, vague.start, extra=breaks)
    opener = _opener_date(sent, vague)
    verbs = [v for v in sent.cues.get("dates.tally_verbs", []) if lo <= v.start and v.end <= hi]
    if not verbs or (lo != sent.span.start and opener is None):
        return False
    subject = all(t.lower_ == "the" for t in doc[lo : vague.start])
    if not (subject or opener is not None or any(v.end == vague.start for v in verbs)):
        return False  # "a report on hundreds of incidents", "footage from dozens of incidents"
    if hi < sent.span.end and (doc[hi].is_alpha or _clause_opens(sent, hi + 1, data)):
        return False  # "... in 2019 when a fault exposed ...", "..., when the officer ..."
    if any(d.start >= hi for d in sent.dates):
        return False  # "..., including one in which a sergeant leaked ... in March 2018"
    if any(c.start >= hi for k in _COUNT_TAILS for c in sent.cues.get(k, [])):
        return False  # "..., the panel heard": one officer's acts; "..., the year an email ..."
    if opener is not None:
        return True
    dates = [d for d in sent.dates if lo <= d.start and d.end <= hi]
    return bool(dates) and not any(t.is_alpha for t in doc[dates[-1].end : hi])


def _clause_opens(sent: Sent, i: int, data: dict) -> bool:  # type: ignore[type-arg]
    """Token `i` (right after a comma) is a clause terminator ('when', 'after', 'while'), so
    what follows tells an event of its own."""
    return i < sent.span.end - 1 and breaks_clause(sent, sent.span.doc[i], data["clause_breaks"])


def _plural(tok: Token) -> bool:
    """A plural common noun ('files', 'records'), which the count would count instead."""
    return tok.is_lower and tok.lower_.endswith("s") and tok.lemma_.lower() != tok.lower_


def _opener_date(sent: Sent, span: Span) -> Span | None:
    """'Between 2016 and 2020, hundreds of breaches ...': the fronted date right before the
    comma that `span` follows, when the words before it are that date's phrase alone."""
    doc = sent.span.doc
    if span.start - 1 <= sent.span.start or doc[span.start - 1].text != ",":
        return None
    for d in sent.dates:
        if d.end == span.start - 1 and d.start - sent.span.start <= 1:
            return d
    return None


@dataclass(frozen=True)
class PeopleWords:
    """Lower-case words of tallies.toml for people put through proceedings, read once per
    data folder: `people` the force's own people or outcomes counted ('officers', 'staff',
    'convictions'; not anyone: '4,000 people who were never charged'), `crowd` the plural
    crowd alone, `proceedings` the misconduct and outcome words ('investigated', 'sacked')."""

    people: frozenset[str]
    crowd: frozenset[str]
    proceedings: frozenset[str]


@cache
def people_words(data_dir: str | None) -> PeopleWords:
    data = load_toml("tallies.toml", data_dir)
    crowd = frozenset(w.lower() for w in data["measures"]["crowd"])
    anyone = (w.lower() for w in data["measures"]["people"])
    return PeopleWords(
        people=crowd | {w for w in anyone if w not in _ANYONE},
        crowd=crowd,
        proceedings=frozenset(
            w.lower() for w in (*data["people"]["misconduct"], *data["people"]["outcome"])
        ),
    )


def counts_people_proceeded(sent: Sent, end: int | None = None, least: int = 2) -> bool:
    """The sentence, up to token `end`, counts several people put through misconduct
    proceedings or the outcomes of cases ('Twelve officers were investigated ...', 'nine
    convictions took place', 'the force disciplined 23 staff'): a figure of several (in
    figures or words) right before a person or outcome noun, and a proceeding or outcome
    word (tallies.toml [people]); `least`, the smallest figure that counts."""
    words = people_words(doc_data_dir(sent.span.doc))
    people, proceedings = words.people, words.proceedings
    doc = sent.span.doc
    stop = sent.span.end if end is None else end
    before = doc[sent.span.start : stop]
    if not any(
        (t.lower_ in proceedings or t.lemma_.lower() in proceedings)
        and not (t.i > 0 and t.doc[t.i - 1].lower_ in _NEGATIONS)
        for t in before
    ):
        return False
    for t in before:
        if not (_figure(t) or _word_count(t)) or _count_value(t) < least:
            continue
        counted = doc[t.i + 1 : min(t.i + 1 + _COUNTED_REACH, stop)]
        if any(w.lower_ in people or w.lower_ in proceedings for w in counted):
            return True
    return False


_ANYONE = frozenset({"people", "individuals", "members", "member", "police"})
_NEGATIONS = frozenset({"not", "never", "n't"})  # "never charged": no proceeding
_COUNTED_REACH = 4  # "312 members of police staff": the noun counted, four words on at most


def _count_value(tok: Token) -> int:
    """The value of a count in figures or words ('1,040', 'fifteen'); 0 when unreadable."""
    digits = tok.text.replace(",", "")
    if digits.isdigit():
        return int(digits)
    return _NUMBER_WORDS.get(tok.lower_, 0)


def _modifier_after_count(cue: Span) -> bool:
    """'two incident logs', '12 breach notices', 'three incident reports': a tally noun left
    singular after a count of several (two words may stand between: '12 data breach
    reports', 'two further incident logs') modifies the plural noun after it, which is what
    is counted -- the sentence counts no breaches ('45 incidents', 'two breaches' are
    plural)."""
    doc = cue.doc
    if not _singular_before_plural(cue):
        return False
    for t in doc[max(cue.sent.start, cue.start - 3) : cue.start]:
        if _word_count(t) or (_figure(t) and t.text not in {"1", "one"}):
            return True
    return False


def _singular_before_plural(cue: Span) -> bool:
    """'incident logs', 'breach notices': the tally noun left singular before a plural noun
    modifies it; 'incidents', 'the breach of August' do not."""
    doc = cue.doc
    head = doc[cue.end - 1]
    if head.lower_ != head.lemma_.lower() or cue.end >= len(doc):
        return False  # plural: the breaches themselves
    nxt = doc[cue.end]
    return nxt.is_alpha and nxt.is_lower and nxt.lower_ != nxt.lemma_.lower()


_POSSESSIVES = {"'s", "’s"}
_SHARE_REACH = 6  # "40 of last year's 611 recorded breaches": the figure, "of", the noun phrase


def _share_of(sent: Sent, cue: Span) -> bool:
    """A figure counting a share of the tally noun's cases ('around 40 of last year's
    breaches', 'more than 200 of the incidents in 2022'): a figure, 'of', then the noun
    phrase the tally noun ends, with no verb between."""
    doc = sent.span.doc
    start = max(sent.span.start, cue.start - _SHARE_REACH)
    for t in doc[start : cue.start - 1]:
        if not (_figure(t) or _word_count(t)) or doc[t.i + 1].lower_ != "of":
            continue
        if not any(_verb(u) and u.text not in _POSSESSIVES for u in doc[t.i + 2 : cue.start]):
            return True
    return False


_KNOWN = {"the", "these", "those", "both", "its", "their"}  # "the two breaches": already told


def _word_count(tok: Token) -> bool:
    """A count of several written in words, counting afresh ('two of its breaches last year',
    'three incidents in 2021'), not the cases already told ('the two breaches')."""
    before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    return _NUMBER_WORDS.get(tok.lower_, 0) >= 2 and before not in _KNOWN


# Words a number labels rather than counts after them ('a section 170 offence', 'under
# article 32', 'schedule 13', 'PC 1234', 'case no. 42').
_NUMBERED = {"section", "s", "article", "art", "schedule", "regulation", "reg", "clause",
             "paragraph", "para", "chapter", "part", "rule", "no", "number", "pc", "ps", "dc",
             "ds", "collar", "badge", "room", "page", "level", "tier", "category"}  # fmt: skip


def _figure(tok: Token) -> bool:
    """A count written in figures: not a year, a financial year ('2023/24', '2022-23'), a
    day of a date, a number labelling something ('section 170'), an amount or a share."""
    doc = tok.doc
    if not tok.text[:1].isdigit() or _YEAR_RE.fullmatch(tok.text):
        return False
    if _FINANCIAL_YEAR_RE.fullmatch(tok.text):
        return False  # 'the totals for 2023/24 include the breach of August 2023'
    if any(d.start <= tok.i < d.end for d in doc.spans.get("dates", [])):
        return False  # the day of a date ('On 3 May the breach was found'), no count
    before = doc[tok.i - 1].text if tok.i > 0 else ""
    after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
    if before in {"/", "-", "–"} and tok.i > 1 and _YEAR_RE.fullmatch(doc[tok.i - 2].text):
        return False  # the second year of '2022-23', '2021 / 22'
    if before.lower().rstrip(".") in _NUMBERED:
        return False  # 'a section 170 offence', 'article 5', 'PC 1234': a label, no count
    return before not in {"£", "$", "€"} and after not in {"%", "per", "percent"}


def _advert(sent: Sent) -> bool:
    """An advert or site furniture ('the largest privacy event of 2020'): an advert word and
    no breach type named ('the email was sent in March to promote an event' is the story),
    and nothing told in the past ('victims of a ticket scam, emailed last January', 'the pay
    award was set in May' are a story's sentences: an advert invites, it does not narrate)."""
    return (
        sent.has("dates.advert")
        and not any(
            c.kb_id_ in {"strong", "weak"} and not c.label_.startswith("_") for c in sent.types
        )
        and not _narrates(sent)
    )


def _request(sent: Sent) -> bool:
    """'Please supply yearly figures from 2019 onwards', 'Please list each breach logged
    since 2018': a request (an FOI request quoted on a disclosure log) opened by a request's
    words (`request_openers`); its dates bound what is asked for, no breach's. 'Please note
    the file was sent in 2019' tells, it asks nothing."""
    words = [t.lower_ for t in sent.span if t.is_alpha][:2]
    return " ".join(words) in set(_data(sent.span)["request_openers"])


_PAST_AUXILIARIES = {"was", "were", "had", "did"}
_NOT_FINITE_BEFORE = {"be", "been", "being", "is", "are", "am", "to", "will", "'s", "'re"}


def _narrates(sent: Sent) -> bool:
    """A verb in the past outside the sentence's dates: 'was', 'were', 'had', 'did', or an
    inflected verb form ('went', 'emailed') not after a form of 'be', 'to' or a modal ('are
    priced at', 'to be held', 'will be awarded' are an invitation's, not a past event's)."""
    inside = {t.i for d in sent.dates for t in d}
    doc = sent.span.doc
    for tok in sent.span:
        if tok.i in inside:
            continue
        lower = tok.lower_
        if lower in _PAST_AUXILIARIES:
            return True
        if lower in _MODALS or tok.norm_ in {"be", "have", "do"} or lower.endswith("ing"):
            continue
        before = doc[tok.i - 1].lower_ if tok.i > sent.span.start else ""
        if _verb(tok) and before not in _NOT_FINITE_BEFORE and before not in _MODALS:
            return True
    return False


def _described_after(sent: Sent, span: Span, kind: str | None = None) -> bool:
    """'He was arrested in 2022 after it emerged he had looked up her records', 'suspended
    in 2022 after he was found to have ...': the date's clause has a verb of its own, and the
    breach is told only in an 'after' clause following it, which happened before the date;
    the date bounds the breach, it does not date it."""
    doc = span.doc
    lo, hi = clause_bounds(sent, span.start, extra=_data(span)["clause_breaks"])
    if hi >= sent.span.end or not _own_verb(span, lo, hi):
        return False
    told = [c for c in sent.types if c.kb_id_ in {"strong", "loss"} or (kind and c.label_ == kind)]
    if not told or any(c.start <= hi for c in told):
        return False
    return doc[hi].lower_ in _AFTERWARDS or _told_earlier(sent, lo, hi, min(c.start for c in told))


_PERFECT_AUXILIARIES = {"had", "'d", "has", "have"}


def _told_earlier(sent: Sent, lo: int, hi: int, breach: int) -> bool:
    """'A court heard in May 2024 that the officer had searched ...', 'Inspectors who visited
    the force in 2022 found that staff had shared ...': the date's clause tells of hearing,
    saying or finding (`reporting`), a 'that' clause after it tells the breach in a perfect
    tense, as done before the telling; the date is the telling's."""
    doc = sent.span.doc
    if doc[hi].lower_ != "that":
        return False
    if not any(lo <= c.start < hi for c in sent.cues.get("dates.reporting", [])):
        return False
    return any(t.lower_ in _PERFECT_AUXILIARIES for t in doc[hi + 1 : breach + 1])


_AFTERWARDS = {"after", "following"}


def _describes_breach(sent: Sent, kind: str | None = None) -> bool:
    """A breach cue of any type, or a suggestive one of the incident's own `kind` ('users
    could see other users' reports' in a story of data published in error)."""
    return any(c.kb_id_ in {"strong", "loss"} or (kind and c.label_ == kind) for c in sent.types)


_SPAN_OPENERS = {"between", "from"}
_SPAN_LEADS = {"that", "and", "but"}  # "found that between ...": the date opens the clause


def _fronted_span(sent: Sent, span: Span, topic: frozenset[str] = frozenset()) -> bool:
    """'Between 2019 and 2024, officers logged ...', 'found that from April 2023 to March 2024,
    the force answered ...': a stretch of time set before its clause with a comma is the time of
    all the clause tells, the deed over that stretch (a failure, a practice, repeated searches)
    when no cue names it; its earliest year is the breach's. A tally over a stretch is a
    statistic, skipped before this."""
    doc = span.doc
    if span.label_ != "span" or span[0].lower_ not in _SPAN_OPENERS:
        return False
    if span.end >= sent.span.end or doc[span.end].text != ",":
        return False
    before = [t for t in doc[sent.span.start : span.start] if not (t.is_punct or t.is_space)]
    if before and before[-1].lower_ not in _SPAN_LEADS:
        return False
    return _tells_shortfall(sent, span) or _tells_topic(sent, span, topic)


def _fronted_score(sent: Sent, span: Span) -> float:
    """A fronted stretch heading a finding's 'that' clause tells what was found, the breach;
    one opening a bare sentence may be background ('From 2010 to 2014, the force had no
    records manager'), so it weighs less and yields to the finding's."""
    before = [t for t in span.doc[sent.span.start : span.start] if not t.is_punct]
    if before and before[-1].lower_ == "that":
        return _SCORES["described"]
    return _SCORES["described"] / 2


def _headline_topic(sents: list[Sent]) -> frozenset[str]:
    """The matter of the first line told of the incident (the headline, when the story's
    sentences open on it): lemmas of its content words outside names (a force, a regulator),
    less the `stretch_topic_common` ones every police story shares. One sentence alone has
    no topic apart from itself."""
    if len(sents) < 2:
        return frozenset()
    common = set(_data(sents[0].span).get("stretch_topic_common", []))
    return frozenset(
        t.lemma_.lower()
        for t in sents[0].span
        if t.is_alpha
        and not t.is_stop
        and not t.ent_type_
        and len(t) > 3
        and t.lemma_.lower() not in common
    )


def _tells_topic(sent: Sent, span: Span, topic: frozenset[str]) -> bool:
    """The clause after a fronted stretch tells the headline's matter ('intelligence files'
    over the head, 'Between 2019 and 2024, officers logged intelligence on ...'): the
    story's deed over that stretch, not background."""
    start = span.end + 1
    if not topic or start >= sent.span.end:
        return False
    hi = clause_bounds(sent, start)[1]
    words = span.doc[start:hi]
    return any(t.lemma_.lower() in topic for t in words if not (t.is_stop or t.ent_type_))


def _tells_shortfall(sent: Sent, span: Span) -> bool:
    """The clause after a fronted stretch tells a shortfall over it ('did not review', 'failed
    to', 'answered only 40%'), a `stretch_shortfalls` word: a failing kept up over the years is
    the breach. A stretch of a plain deed ('ran a pilot', 'issued cameras') is background."""
    doc = span.doc
    start = span.end + 1
    if start >= sent.span.end:
        return False
    hi = clause_bounds(sent, start)[1]
    words = [(t.lower_, t.lemma_.lower()) for t in doc[start:hi]]
    for entry in _data(span).get("stretch_shortfalls", []):
        parts = entry.split()
        for i in range(len(words) - len(parts) + 1):
            if all(part in words[i + k] for k, part in enumerate(parts)):
                return True
    return False


def _sequel(sent: Sent) -> bool:
    """The sentence opens with a time counted from the date told before ('Weeks later, ...')."""
    return any(c.start - sent.span.start <= 2 for c in sent.cues.get("dates.sequel", []))


def _sequel_score(sent: Sent) -> float:
    """What a sequel sentence adds to the date told before it: a breach event's points, or a
    described breach's; nothing when it tells of something else."""
    if any(sent.asserted(c) for c in sent.cues.get("dates.event", [])) and _describes_breach(sent):
        return _SCORES[BREACH]
    return _SCORES["described"] if _describes_breach(sent) else 0.0


def incident_dates(
    sents: list[Sent], published: dt.date | None, kind: str | None = None
) -> IncidentDates:
    """The breach date (best-supported, earliest on a tie) and the other dates by role;
    `kind`, the incident's breach type, lets its own weaker cues tell of the breach. A
    fronted stretch of a shortfall (`_fronted_span`) dates the breach only when nothing else
    does: beside a dated deed it is background ('From 2012 to 2016, the force had no ...')."""
    out = _dated(sents, published, kind, None)
    if out.breach is not None:
        return out
    topic = _headline_topic(sents)
    if any(_fronted_span(s, d, topic) for s in sents for d in s.dates):
        out = _dated(sents, published, kind, topic)
    return out


def _dated(
    sents: list[Sent], published: dt.date | None, kind: str | None, topic: frozenset[str] | None
) -> IncidentDates:
    """`incident_dates`, with fronted stretches scored (given the headline's topic) or not."""
    scores: dict[str, float] = defaultdict(float)
    where: dict[str, Sent] = {}
    others: dict[str, list[Found]] = defaultdict(list)
    told: str | None = None  # the last date told, for "weeks later" in the next sentences
    scene: tuple[int, str] | None = None  # a sentence opening on a date that sets the scene
    loose: dict[str, Found] = {}  # year -> a date nothing governs, in a sentence of no breach
    shortfall: dict[str, Found] = {}  # year -> a duty of keeping records undone since then
    now = _story_now(sents, published)
    said: set[str] = set()  # sentences told already, word for word
    for sent in sents:
        if _advert(sent) or sent.is_dateline() or _statistic(sent) or _period_heading(sent):
            continue
        if _told_again(sent, said):
            continue  # a page repeating its paragraphs (wire copy): one telling, one vote
        if _request(sent):
            continue  # "Please supply yearly figures from 2019 onwards": what is asked for
        if _series_item(sent):
            continue  # "... the latest in a string of losses. In 2008 a ministry laptop ..."
        if masthead_date(sent) is not None:
            # 'Belfast Live | 3 May 2026': the page's date, which neither dates the story nor
            # sets the scene for the lede after it.
            continue
        set_scene = scene is not None and scene[0] == sent.idx - 1
        if not sent.dates and told is not None and (_sequel(sent) or set_scene):
            # "Weeks later, ...", or straight after the scene was set ("On Thursday 3 May an
            # officer was travelling to London. He left the papers on the train.")
            when = scene[1] if set_scene and scene is not None else told
            score = _sequel_score(sent)
            if score:
                scores[when[:4]] += score
                where.setdefault(when[:4], sent)
        scene = None
        for span in sent.dates:
            # a month anchored on a later event first ('reprimanded in October after ... last
            # July': this year's July), else 'last July' is last year's
            value = (
                _last_month_before(sent, span, published)
                or _month_of_that_year(span)
                or date_value(span, published)
            )
            if value is None or (published is not None and value[:4] > str(published.year)):
                continue
            if not (sent.asserted(span) or _frustrated(sent, span) or _alleged(sent, span)):
                continue
            if sent is not sents[0] and _other_incident(sent, span):
                continue  # "A similar mistake was made in 2020": another incident's date
            if _beside_other(sent, span):
                continue  # "The breach comes weeks after hackers struck a council in 2021"
            if _stretch_end(sent, span):
                continue  # "between December 2018 and January this year": the start counts
            if counts_people_proceeded(sent, span.start):
                # the date closes a count of several people put through proceedings, the
                # figure and the proceeding before it ("Twelve officers were investigated in
                # 2018/19", "the force disciplined 23 staff in 2018/19"): the figures' period;
                # "two officers looked up the file in 2019 and were disciplined" keeps 2019
                continue
            if scores and sent.idx > min(w.idx for w in where.values()) and _introduced(sent, span):
                continue  # the breach dated before, "an incident in 2019" is a new one
            if _records_kind(span, kind) and _shortfall_since(sent, span):
                # "has not reviewed the records since 2014" where the kind came out as wrong
                # records, or none: the shortfall's start, when nothing else dates the breach
                shortfall.setdefault(value[:4], Found(value, sent))
            role = date_role(sent, span, kind)
            if span.kb_id_ in _NEWS_DAYS and (
                role in (None, "neutral") or _news_published(sent, span, role)
            ):
                continue  # "said yesterday", "figures released this week": the news's day
            line = _verbless(sent)  # 'PA Media | 27 August 2025 | By ...': no time of a story
            if (
                (role is not None or _timed_by_cue(sent, span))
                and (span.label_ != "relative" or len(value) >= 7)
                and not line
            ):
                # "in June last year" is as exact as "in June 2024"; a date of something else
                # (a system, a career) is still told: "She joined in 2015. That year she ..."
                told = value
            if (
                role == "neutral"
                and len(value) >= 7
                and not line
                and span.start - sent.span.start <= _SCENE_OPENING
                and not _describes_breach(sent, kind)
            ):
                scene = (sent.idx, value)
            lasted = _lasted_until_found(sent, span, value) if role is None else None
            if lasted is not None:
                # "went undetected for three years until it was found in 2022": the breach
                # began that long before its finding
                others[DISCOVERED].append(Found(value, sent))
                scores[lasted] += _SCORES[BREACH]
                where.setdefault(lasted, sent)
                continue
            if role == LEARNED:
                continue
            if role in (DISCOVERED, REPORTED, DECIDED):
                others[role].append(Found(value, sent))
                continue
            if role in (BREACH, TIMED):
                score = _SCORES[role]
            elif role == "neutral" and _described_after(sent, span, kind):
                continue  # "He was arrested in 2022 after it emerged he had accessed ..."
            elif role == "neutral" and _describes_breach(sent, kind):
                score = _SCORES["described"]
            elif role == "neutral" and topic is not None and _fronted_span(sent, span, topic):
                score = _fronted_score(sent, span)
            else:
                if (
                    role == "neutral"
                    # a past year, not "now"; or a month of this year before the page's
                    and (
                        value[:4] < now or _dated_before(value, published) or _told_as_earlier(span)
                    )
                    and not _other_figures(sent)
                    and not _force_acts(sent, span)
                ):
                    loose.setdefault(value[:4], Found(value, sent))
                continue
            scores[value] += score
            where.setdefault(value, sent)
    out = IncidentDates()
    if scores:
        out.breach = _best(scores, where)
    for role, found in others.items():
        setattr(out, role, min(found, key=lambda f: (str(f.value)[:4], -len(str(f.value)))))
    if out.breach is None and out.discovered is not None:
        # "online for five days before an officer noticed them", the finding dated elsewhere
        out.breach = _lasted_before_found_told(sents, str(out.discovered.value))
    if out.breach is None and out.discovered and sents and _dated_by_finding(sents, kind):
        # Papers found on a bus, a cabinet bought with files inside: the finding is the only
        # date of a loss, which happened days before it at most.
        out.breach = out.discovered
    if (
        out.breach is None
        and len(loose) == 1
        and _all_after(loose, others)
        and not _later_breach(sents, kind)
    ):
        # The story's one date, governed by nothing ("the officer had been at the arrest in
        # the summer of 2021", then "told a friend about it that evening"): with no breach,
        # finding, report or decision date to choose from (or only later ones: the IOPC's
        # finding years after the misconduct), it is when the story happened.
        [out.breach] = loose.values()
    if out.breach is None and shortfall:
        out.breach = shortfall[min(shortfall)]
    decisions = [f for f in others.get(DECIDED, []) if f.sent.has("money.fine")]
    if decisions:
        out.fine_year = Found(int(str(decisions[0].value)[:4]), decisions[0].sent)
    return out


_DAY_UNITS = {"week": 7, "day": 1}
_LASTED_UNITS = {"year", "month", *_DAY_UNITS}
_LASTED_REACH = 2  # "for three years, until": a comma or an adverb before the bound word


def _lasted_until_found(sent: Sent, span: Span, value: str) -> str | None:
    """'a breach which went undetected for three years until it was discovered in 2022', 'the
    file sat on an open server for 18 months before a journalist found it in May 2023': a
    stretch ('for' a number of years, months or weeks) right before a bound clause whose verb
    is a finding. The breach began that long before the finding: its year when every reading
    of both falls in one year, else nothing."""
    lo, hi = clause_bounds(sent, span.start, extra=_data(span)["clause_breaks"])
    doc = span.doc
    if lo < sent.span.start + 4 or doc[lo - 1].lower_ not in _CLAUSE_BOUNDS - {"since"}:
        return None
    if not any(lo <= c.start < hi for c in sent.cues.get("dates.discovery", [])):
        return None
    stretch = _stretch_before(sent, lo - 1)
    return None if stretch is None else _counted_back(value, *stretch)


def _stretch_before(sent: Sent, bound: int) -> tuple[int, str] | None:
    """The stretch ('for three years', 'for a couple of months', 'for five days') ending right
    before the bound word at `bound` (a comma or an adverb may stand between): its number and
    unit, or None."""
    doc = sent.span.doc
    for end in range(bound, max(sent.span.start, bound - _LASTED_REACH), -1):
        unit = doc[end - 1].lower_.rstrip("s")
        if unit not in _LASTED_UNITS:
            continue
        k = end - 2
        count = doc[k].lower_
        words = {"of": 3, "few": 2}.get(count, 0)  # "a couple of", "a few"
        if words and k - words + 1 > sent.span.start:
            count = " ".join(t.lower_ for t in doc[end - 1 - words : end - 1])
            k -= words - 1 if count in _NUMBER_WORDS else 0
        n = int(count) if count.isdigit() else _NUMBER_WORDS.get(count)
        if not n or n >= 100 or doc[k - 1].lower_ != "for" or count in {"a", "a few"}:
            return None
        return n, unit
    return None


_LAY_VERBS = {"was", "were", "been", "sat", "stayed", "remained", "lay", "stood"}
_LAY_PLACES = {"on", "in", "at"}


def _lay_exposed(sent: Sent, bound: int) -> bool:
    """The clause before the bound word tells data lying exposed: a state of exposure
    (`state_since`, `ongoing`: 'visible', 'online', 'available') or a thing that was, sat or
    stayed on or in a place ('the file was on the site for 18 months'); not a person's own
    time ('had worked there for ten years before colleagues spotted ...')."""
    doc = sent.span.doc
    lo = clause_bounds(sent, bound - 1)[0]
    words = doc[lo:bound]
    data = _data(sent.span)
    states = set(data["state_since"]) | set(data["ongoing"])
    if any(t.lower_ in states for t in words):
        return True
    return any(
        t.lower_ in _LAY_VERBS and t.i + 1 < bound and doc[t.i + 1].lower_ in _LAY_PLACES
        for t in words
    )


_TOLD_ACT = {"that", "had", "'d"}


def _finds_a_told_act(sent: Sent, cue: Span) -> bool:
    """The finding's clause goes on to tell what was found as an act ('before she found out
    that the force had given her address away'): the stretch before it is someone's own time
    (her stay), not how long the data lay exposed ('before an officer noticed them')."""
    hi = clause_bounds(sent, cue.end)[1] if cue.end < sent.span.end else cue.end
    return any(t.lower_ in _TOLD_ACT for t in sent.span.doc[cue.end : max(hi, cue.end)])


def _counted_back(value: str, n: int, unit: str) -> str | None:
    """The year `n` units (days, weeks, months, years) before the date `value`, when every
    reading of the date gives one year, else None."""
    first, last = _date_range(value)
    if unit in _DAY_UNITS:
        days = dt.timedelta(days=n * _DAY_UNITS[unit])
        early, late = (first - days).year, (last - days).year
    else:  # calendar months back: "three years" before 2022 is 2019, leap days aside
        months = n * 12 if unit == "year" else n
        early = (first.year * 12 + first.month - 1 - months) // 12
        late = (last.year * 12 + last.month - 1 - months) // 12
    return str(early) if early == late else None


def _lasted_before_found_told(sents: list[Sent], found: str) -> Found | None:
    """'The details stayed online for five days before an officer noticed them.' ... 'An
    officer discovered the breach on Thursday, 9 October': a stretch before a finding told
    with no date of its own, and the finding dated in another sentence. The breach began that
    long before the finding, in that year when every reading agrees; not when the finding
    tells an act found out ('had lived there two years before she found out that ...')."""
    for sent in sents:
        if sent.dates:
            continue
        doc = sent.span.doc
        for cue in sent.cues.get("dates.discovery", []):
            lo, _ = clause_bounds(sent, cue.start, extra=_data(cue)["clause_breaks"])
            if lo < sent.span.start + 4 or doc[lo - 1].lower_ not in _CLAUSE_BOUNDS - {"since"}:
                continue
            if _finds_a_told_act(sent, cue) or not _lay_exposed(sent, lo - 1):
                continue  # "lived there for two years before she found out that ... had"
            stretch = _stretch_before(sent, lo - 1)
            year = _counted_back(found, *stretch) if stretch and sent.asserted(cue) else None
            if year is not None:
                return Found(year, sent)
    return None


def _all_after(loose: dict[str, Found], others: dict[str, list[Found]]) -> bool:
    """Every finding, report and decision date is of a later year than the loose date (the
    misconduct in November 2022, the IOPC's finding in 2025): the matter's course followed
    it, so it may still be when the story happened. One of the same year or before tells
    of a course the loose date may belong to; when both name their months, a later month
    of the same year is later too ('handed over in February 2022', the ICO told in March)."""
    values = [str(f.value) for found in others.values() for f in found]
    return all(_later_than(v, str(f.value)) for v in values for f in loose.values())


def _later_than(value: str, loose: str) -> bool:
    """`value` falls after `loose`, compared at the months when both name one, else by year."""
    if len(value) >= _MONTH_LEN and len(loose) >= _MONTH_LEN:
        return value[:_MONTH_LEN] > loose[:_MONTH_LEN]
    return value[:4] > loose[:4]


_MONTH_LEN = len("2022-02")


_OTHER_REACH = 2  # "a similar data breach": one word may stand between the mark and the noun


def _stretch_end(sent: Sent, span: Span) -> bool:
    """The date closes a stretch the date reader left as two dates ('lost between December
    2018 and January this year', 'online from March 2021 to last week'): a joining word
    (`stretch_joiners`) right before it, another date right before that, and an opening word
    (`stretch_openers`) right before that one. The stretch dates the breach by its start, so
    its end gives no vote of its own to a later year."""
    joiners = sent.cues.get("dates.stretch_joiners", [])
    join = next((j for j in joiners if j.end == span.start), None)
    if join is None:
        return False
    start = next((d for d in sent.dates if d.end == join.start), None)
    if start is None:
        return False
    return any(o.end == start.start for o in sent.cues.get("dates.stretch_openers", []))


_TOLD_AGAIN_WORDS = 6  # a sentence this long repeated word for word is the same telling


def _told_again(sent: Sent, said: set[str]) -> bool:
    """The sentence repeats, word for word, one told before on the page (wire copy that
    repeats its first paragraphs, a standfirst repeated as the lede): the same telling, so
    its dates add no second vote. Short lines ('Police said:') may well recur."""
    words = [t.lower_ for t in sent.span if not t.is_space]
    if len(words) < _TOLD_AGAIN_WORDS:
        return False
    key = " ".join(words)
    if key in said:
        return True
    said.add(key)
    return False


def _other_incident(sent: Sent, span: Span) -> bool:
    """The date's clause tells of an incident marked as another than the one told ('A
    similar mistake was made by the force in 2020', 'after an earlier breach in 2019', 'a
    separate incident in 2021'): a mark (`other_incident`) right before an event noun. Its
    date is that incident's, not the story's; an incident told first of its own sentences
    (a case told apart) keeps it."""
    lo, hi = clause_bounds(sent, span.start, extra=_data(span)["clause_breaks"])
    marks = set(_data(span)["other_incident"])
    doc = sent.span.doc
    openers = sent.cues.get("passing.cases", [])
    for noun in sent.cues.get("dates.event_nouns", []):
        if not lo <= noun.start < hi:
            continue
        if any(c.start <= noun.start < c.end for c in openers):
            continue  # "In a separate case in 2019, ...": a case opener, told as a case
        if any(t.lower_ in marks for t in doc[max(lo, noun.start - _OTHER_REACH) : noun.start]):
            return True
    return False


def _news_published(sent: Sent, span: Span, role: str | None) -> bool:
    """A sentence putting out news ('figures released this week', 'a reprimand published
    this week by the ICO'): its day is the news's. Data put out that day, the publishing
    verb's object personal data before the date ('published the names of 200 officers on
    its website last week', 'a breach last week in which the names of 200 officers were
    published'), keeps the day as the breach's."""
    verbs = sent.cues.get("dates.publishing", [])
    if not verbs:
        return False
    if role != BREACH:
        return True
    personal = sent.cues.get("relevance.personal", [])
    before = [v for v in verbs if v.end <= span.start]
    if not before:
        # no news put out before the date: data told as put out after it, in the passive
        # ('a breach at the force last week in which the names of 900 officers were
        # published online') is the breach the date is of
        return not any(
            not _publishes_document(sent, v)
            and any(span.end <= p.start and p.end <= v.start for p in personal)
            for v in verbs
        )
    return not any(
        not _publishes_document(sent, v)
        and any(v.end <= p.start and p.end <= span.start for p in personal)
        for v in before
    )


_SERIES_REACH = 3  # sentences after the frame that may list the others' losses


def _series_item(sent: Sent) -> bool:
    """The sentence follows, within a few sentences, one that calls the story's breach the
    latest of a run of others ('The lost stick comes as the latest in a string of blunders by
    public bodies. In 2008 a laptop was stolen from a ministry official.'), and neither it
    nor anything between names a force or the police: one of the others, not the story's
    breach, so its dates are that other body's. A sentence that names a force ('Kent Police
    was fined in 2019') is that force's and keeps its dates."""
    if sent.forces or sent.has("roles.police_context"):
        return False
    doc = sent.span.doc
    start = sent.span.start
    frames = [
        c for c in doc.spans.get("cues", []) if c.label_ == "dates.series_frames" and c.end <= start
    ]
    if not frames:
        return False
    frame = max(frames, key=lambda c: c.end)
    if _series_of_police(doc, frame):
        return False  # "one of a series of data losses at the force": its own earlier ones
    between = range(frame.end, start)
    if sum(1 for i in between if doc[i].is_sent_start) > _SERIES_REACH:
        return False
    if _takes_up_story(sent, frame):
        return False  # "The laptop was left in a taxi in May 2023": the story's own loss
    return not any(frame.end <= f.start < start for f in doc.spans.get("forces", []))


_TAKEN_UP_MARKS = {"the", "this"}
_TAKEN_UP_REACH = 2  # "the laptop", "the missing laptop": the noun a word or two after


def _takes_up_story(sent: Sent, frame: Span) -> bool:
    """The sentence's first definite noun phrase takes up a thing the story told before the
    frame ('Kent Police lost a laptop. ... the latest in a series of blunders. The laptop was
    left in a taxi in May 2023'): the story's own breach told on, no other body's loss.
    Words for personal data in general ('the details of 5,000 patients', `touched_nouns`)
    name no one thing, and a possessive ('a council left its files') points at the item's
    own actor."""
    doc = sent.span.doc
    generic = set(_data(frame)["touched_nouns"])
    before = {t.norm_ for t in doc[: frame.start] if t.is_alpha and not t.is_stop}
    mark = next((t for t in sent.span if t.lower_ in _TAKEN_UP_MARKS), None)
    if mark is None:
        return False
    after = doc[mark.i + 1 : min(mark.i + 1 + _TAKEN_UP_REACH, sent.span.end)]
    return any(
        t.is_alpha and not t.is_stop and t.norm_ in before and t.norm_ not in generic for t in after
    )


def _series_of_police(doc: Doc, frame: Span) -> bool:
    """The rest of the frame's sentence says whose losses the run holds, and they are the
    police's ('the latest in a string of mistakes by the county's force', 'one of a series
    of losses at the force'): the items listed after it may be the force's own earlier
    breaches, which keep their dates."""
    end = frame.end
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    police = [c for c in doc.spans.get("cues", []) if c.label_ == "roles.police_context"]
    marks = [*police, *doc.spans.get("forces", [])]
    return any(frame.end <= m.start < end for m in marks)


_BESIDE_REACH = 5  # "comes only a few weeks after"


def _beside_other(sent: Sent, span: Span) -> bool:
    """The date follows a story's breach set beside an earlier event ('The breach comes weeks
    after hackers stole a council's files in 2021', 'This leak follows an attack on a
    hospital last year'): a breach noun (`beside_subjects`) right before a verb of coming
    after (`beside`), a link word ('after', 'on from') a few words on unless the verb is
    'follow', and the date after the verb in its clause. That date is the other event's,
    unless that event is a force's, whose incident keeps it. A date right after the verb ('a
    breach followed in 2021') is the breach's."""
    doc = sent.span.doc
    subjects = sent.cues.get("dates.beside_subjects", [])
    links = sent.cues.get("dates.beside_links", [])
    for verb in sent.cues.get("dates.beside", []):
        if not verb.end + 1 < span.start:
            continue
        if not any(0 <= verb.start - n.end <= 1 for n in subjects):
            continue
        ends = [verb.end] if doc[verb.start].norm_ == "follow" else []
        ends += [k.end for k in links if 0 <= k.start - verb.end <= _BESIDE_REACH]
        for e in ends:
            hi = _beside_end(sent, e)
            if e <= span.end and span.start < hi:
                # "came three years after Gloucestershire Constabulary lost a memory stick in
                # 2009": another force's incident, which keeps its date for that force
                return not any(e <= f.start < hi for f in sent.forces)
    return False


def _beside_end(sent: Sent, start: int) -> int:
    """Where the earlier event set beside the story's breach stops being told: at the next
    turn to another matter (`beside_ends`: "but", ";"), not at its own asides. The other
    event runs on through what it said or held ('after a council announced that it had been
    hacked in an attack in which voters' details from 2014 were taken'), and those dates are
    its own."""
    ends = set(_data(sent.span)["beside_ends"])
    doc = sent.span.doc
    hi = start
    while hi < sent.span.end and doc[hi].lower_ not in ends:
        hi += 1
    return hi


_PERIOD_HEADING_RE = re.compile(
    rf"\b(?:{'|'.join(_MONTHS)}|to|until|and|quarter|q[1-4]|one|two|three|four|first|second|"
    r"third|fourth|half|financial|year)\b|\d+|[^\w]",
    re.IGNORECASE,
)


def _period_heading(sent: Sent) -> bool:
    """A line that is only a stretch of time ('April to June 2024', 'October - December 2022',
    'Quarter one, 2023/24'): the heading of a list of actions or figures grouped by period,
    which dates none of the items under it. It needs a date and a word joining two ends
    ('to', a dash) or naming a part of a year ('quarter', 'half'); a label ('When: 3 May
    2015') keeps its date."""
    if not sent.dates:
        return False
    text = sent.text.strip()
    if not text or text[-1] in ".!?" or _PERIOD_HEADING_RE.sub("", text).strip():
        return False
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    joined = re.search(r"\w\s*[-–—]\s*\w", text) is not None  # 'October - December 2022'
    return joined or bool(words & {"to", "until", "quarter", "half"})


def _verbless(sent: Sent) -> bool:
    """A line with no verb outside its dates ('PA Media | 27 August 2025 | By Tom Jones, Home
    Affairs Correspondent', 'Crime desk, 3 May'): a masthead or a label, which tells of
    nothing happening; its date sets no scene for the sentence after it."""
    inside = {t.i for d in sent.dates for t in d}
    return not any(_verb(t) for t in sent.span if t.i not in inside)


_FRUSTRATED_CATEGORIES = {"proposed", "hypothetical"}
_FRUSTRATION_REACH = 3  # "but instead mistakenly sent": words between "but" and its verb


def _frustrated(sent: Sent, span: Span) -> bool:
    """The date is in the scope of an intention that a clause after 'but' tells was thwarted
    by what was done ('had intended to send the referral in August last year but selected the
    wrong address', 'planned to email a colleague in March 2022 but instead sent it to ...'):
    the act meant and the one done happened at that time, which is no hypothetical. Every
    scope over the date is such an intention's: an intention verb (`intention`) right before
    it, 'but' (or ', but') right after it, then a verb told in the past."""
    scopes = [s for s in sent.scopes if s.start <= span.start < s.end]
    return bool(scopes) and all(_thwarted(s) for s in scopes)


def _alleged(sent: Sent, span: Span) -> bool:
    """The date is told in what proceedings someone faces allege ('faced allegations that
    between 2016 and 2018 he searched the system', 'faces a charge of misusing records in
    2021'): facing them is a possibility, the deed alleged is told at its date. Every scope
    over the date opens after an `allegation_verbs` word and tells, before the date, an
    allegation noun joined to its content or a word telling it ('accused of')."""
    scopes = [s for s in sent.scopes if s.start <= span.start < s.end]
    return bool(scopes) and all(_alleging(s, span.start) for s in scopes)


def _alleging(scope: Span, at: int) -> bool:
    doc = scope.doc
    data = _data(scope)
    if scope.label_ != "hypothetical" or scope.kb_id_ != "forward" or scope.start == 0:
        return False
    if doc[scope.start - 1].norm_ not in set(data["allegation_verbs"]):
        return False
    nouns, links = set(data["allegation_nouns"]), set(data["allegation_links"])
    words = set(data["allegation_words"])
    for k in range(scope.start, at):
        tok = doc[k]
        if tok.lower_ in words:
            return True
        if tok.norm_ in nouns and k + 1 < at and doc[k + 1].lower_ in links:
            return True
    return False


def _thwarted(scope: Span) -> bool:
    doc = scope.doc
    data = _data(scope)
    if scope.label_ not in _FRUSTRATED_CATEGORIES or scope.kb_id_ != "forward":
        return False
    intention = set(data["intention"])
    if not any(doc[k].norm_ in intention for k in range(max(0, scope.start - 2), scope.start)):
        return False
    j = scope.end
    sent_end = scope.sent.end
    if j < sent_end and doc[j].text == ",":
        j += 1
    if j >= sent_end or doc[j].lower_ != "but":
        return False
    skips = set(data["thwarting_skips"])
    for k in range(j + 1, min(sent_end, j + 2 + _FRUSTRATION_REACH)):
        tok = doc[k]
        if tok.lower_ in skips or (tok.lower_.endswith("ly") and tok.norm_ == tok.lower_):
            continue
        return _past(tok)
    return False


def _past(tok: Token) -> bool:
    """A verb told in the past by its form, no tagger: an inflected form whose lemma differs,
    not a form of 'be', 'have' or 'do', a modal, a plural or a participle in '-ing'
    ('selected', 'sent', 'put' not)."""
    lower = tok.lower_
    if tok.norm_ in {"be", "have", "do"} or lower in _MODALS or lower.endswith("ing"):
        return False
    return _verb(tok)


def _told_as_earlier(span: Span) -> bool:
    """'earlier this month', 'earlier this year': told as before the page's date, so a past
    event of the story's own time, as 'in January' in a March story is ('earlier this week'
    is the news's own days, read apart)."""
    return span.label_ == "relative" and span.kb_id_.lower().startswith("earlier this")


def _dated_before(value: str, published: dt.date | None) -> bool:
    """A month of the year the story is told in, before the page's own month ('in January' in
    a March story): a past event of this year. A bare year ('we are barely into 2014') is the
    year of the telling, and a day of it ('on Tuesday', '3 May') the news's own time, as
    likely the page's date or a statement's as an event's."""
    if len(value) != 7:
        return False
    return published is None or value < published.isoformat()[:7]


def _story_now(sents: list[Sent], published: dt.date | None) -> str:
    """The year the story is told in: the publication year, else -- a page with no date -- the
    latest year it names, which is at most its own ('convicted on Monday ... In August 2010,
    the force confirmed ...': told in 2010 or after). Empty when the page names no year."""
    if published is not None:
        return str(published.year)
    years = [v[:4] for sent in sents for d in sent.dates if (v := date_value(d, None))]
    # a span's closing year too ('between January 2016 and November 2018': told in 2018 or after)
    years += [t.text for sent in sents for d in sent.dates for t in d if _YEAR_RE.fullmatch(t.text)]
    return max(years, default="")


def _later_breach(sents: list[Sent], kind: str | None) -> bool:
    """The breach told as coming some while after, how long unsaid ('Officers later shared
    the footage'): outside a measured sequel ('days later'), no date of the story is its."""
    for sent in sents:
        if not _describes_breach(sent, kind):
            continue
        sequels = sent.cues.get("dates.sequel", [])
        for cue in sent.cues.get("dates.unmeasured_later", []):
            if not any(s.start <= cue.start < s.end for s in sequels):
                return True
    return False


def _other_figures(sent: Sent) -> bool:
    """A figure beside the sentence's dates ('1,640 officers, against 1,400 when the law
    changed in 2018'): its dates are the figures' baselines, not a story's. Figures are
    written in digits; a number word counts people in a story ('with her two children')."""
    inside = {t.i for d in sent.dates for t in d}
    return any(
        t.like_num and any(c.isdigit() for c in t.text) and t.i not in inside and not _measure(t)
        for t in sent.span
    )


def _force_acts(sent: Sent, span: Span) -> bool:
    """The force itself is the subject of the date's clause ('The force apologised to her in
    2023', 'In 2023 Kent Police retrained its staff'): a date of what the force did as a body
    after the breach, not the scene of the story a loose date may set. A force named or
    called 'the force', right before a verb, in the date's clause."""
    doc = span.doc
    lo, hi = clause_bounds(sent, span.start, extra=_data(span)["clause_breaks"])
    heads = [f.end for f in sent.forces if lo <= f.start and f.end <= hi]
    nouns = set(_data(span)["force_nouns"])
    heads += [t.i + 1 for t in doc[lo:hi] if t.lower_ in nouns and t.i > 0
              and doc[t.i - 1].lower_ == "the"]  # fmt: skip
    if any(end < hi and _verb(doc[end]) and doc[end].lower_ != "'s" for end in heads):
        return True
    return _force_recipient(sent, lo, hi)


_RECIPIENT_LINKS = {"to", "with"}


def _force_recipient(sent: Sent, lo: int, hi: int) -> bool:
    """The force is who something went to in the clause ('her solicitor sent a letter to the
    force in 2023', 'the council shared the file with Kent Police in 2020'): what came in to
    the force, not its own data going astray. 'To' or 'with', then the force named or called
    'the force', not its possessive ('to the force's custody suite')."""
    doc = sent.span.doc
    nouns = set(_data(sent.span)["force_nouns"])
    bare = set(_data(sent.span)["police_nouns"])
    starts = {f.start: f.end for f in sent.forces}
    for t in doc[lo:hi]:
        if t.lower_ not in _RECIPIENT_LINKS or t.i + 1 >= hi:
            continue
        nxt = doc[t.i + 1]
        end = starts.get(nxt.i)
        if end is None and nxt.lower_ == "the" and t.i + 2 < hi and doc[t.i + 2].lower_ in nouns:
            end = t.i + 3
        if end is None and nxt.lower_ in bare:
            end = t.i + 2  # "reported him to police", "shared with police"
        if end is not None and (end >= len(doc) or doc[end].lower_ != "'s"):
            return True
    return False


def _measure(tok: Token) -> bool:
    """A number that counts nothing: one joined by a hyphen to the word after it, a measure
    or an age that describes something ('a 47-second clip', 'the 34-year-old constable'), or
    one after a label word, which names a house, a flat or a road ('the woman at number 14')."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].is_alpha:
        return True
    data = load_toml("cues.toml", doc_data_dir(doc))["dates"]
    if tok.i > 0 and doc[tok.i - 1].lower_ in set(data["number_labels"]):
        return True
    if (
        tok.i > 1
        and doc[tok.i - 1].lower_ == "of"
        and doc[tok.i - 2].norm_ in set(data["touched_nouns"])
    ):
        return True  # "the details of 1,230 victims": how many one breach touched
    if _audience_count(tok, set(data["audience_verbs"])):
        return True
    return _numbered_name(tok, set(data["rates"]))


_AUDIENCE_REACH = 4  # "was watched more than 5,000 times": the verb, "more", "than"
_PASSIVE_BE = {"was", "were", "been", "being", "is", "are", "be"}


def _audience_count(tok: Token, verbs: set[str]) -> bool:
    """'<number> times' right after a passive verb of an audience ('the post was watched more
    than 5,000 times', 'had been shared 300 times'): how often an item put out was seen, not a
    figure of breaches or people whose date would be a baseline. The active voice ('staff
    viewed records 1,200 times in 2022') counts acts: a figure still."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "times":
        return False
    for t in doc[max(0, tok.i - _AUDIENCE_REACH) : tok.i]:
        if t.norm_ in verbs and t.i > 0 and doc[t.i - 1].lower_ in _PASSIVE_BE:
            return True
    return False


def _numbered_name(tok: Token, rates: set[str]) -> bool:
    """A number after 'a' or 'an' names one thing ('a 999 call', 'a 101 report', 'an M25
    crash'): one of a kind, no count of many; not a rate ('a 20 per cent rise')."""
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].lower_ not in {"a", "an"}:
        return False
    nxt = doc[tok.i + 1 : tok.i + 3].text.lower() if tok.i + 1 < len(doc) else ""
    return not any(nxt.startswith(r) for r in rates)


def _dated_by_finding(sents: list[Sent], kind: str | None) -> bool:
    """Kinds of breach (breach_types.toml `dated_by_finding`, cues.toml [dates]
    `dated_by_finding`) whose finding dates them."""
    data_dir = doc_data_dir(sents[0].span.doc)
    types = load_toml("breach_types.toml", data_dir)["types"]
    if kind and kind in load_toml("cues.toml", data_dir)["dates"].get("dated_by_finding", []):
        return True
    return bool(kind and types.get(kind, {}).get("dated_by_finding"))


def _best(scores: dict[str, float], where: dict[str, Sent]) -> Found:
    """The best-supported year, then the most precise date stated for it."""
    by_year: dict[str, float] = defaultdict(float)
    for value, score in scores.items():
        by_year[value[:4]] += score
    top = max(by_year.values())
    year = min(y for y, s in by_year.items() if s == top)
    candidates = [v for v in scores if v[:4] == year]
    value = max(candidates, key=lambda v: (len(v), scores[v], -int(v.replace("-", ""))))
    return Found(value, where[value])
