"""What reading a statistics page keeps (extract.rules.tallies): the rows found so far, the
state earlier sentences leave for later ones (the last total, the list's category, the
question an FOI answer replies to), and the period of a figure in that context."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date

from extract.rules.periods import (
    Period,
    PeriodMention,
    find_periods,
    rank,
    resolve,
    span_length,
)
from extract.rules.tally_cues import Num, category, measure_after, numbers, vocab
from extract.rules.tally_notes import note_spans, outside_notes
from extract.sentences import Sent


@dataclass
class Row:
    """One figure read off the page, with what decided its force, period and type."""

    force: str | None
    period: Period | None
    breach_type: str | None
    count: int
    approximate: bool
    sent: Sent
    measure: str  # breach | misconduct | outcome
    national: bool = False
    breakdown: bool = False  # a part of a total given before ("Of these, 87 ...")
    order: int = 0
    unresolved: bool = False  # its own period phrase could not be dated: no guessing
    parent: Row | None = None  # the total it breaks down
    where: tuple[str, int, int] = ("", 0, 0)  # evidence: sentence or table line, offsets
    borrowed: bool = False  # its period was stated in another sentence
    compared: bool = False  # a figure compared with ("up from 84"), not the sentence's total
    defaulted: bool = False  # no force named around it: the page's subject force
    noun: str | None = None  # the measure noun after the figure: breach | generic | None

    def __post_init__(self) -> None:
        if not self.where[0]:
            self.where = (self.sent.text, self.sent.start, self.sent.end)


@dataclass(frozen=True)
class Question:
    """What a request asks for ('How many data breaches ...?', 'How many of these were
    emails sent to the wrong person?'): the measure, category and whether it asks for parts."""

    measure: str | None
    breach_type: str | None
    parts: bool


_ASKING = re.compile(r"\b(?:how\s+many|(?:the\s+)?number\s+of|how\s+often)\b", re.I)


# An FOI request put as a statement under its label or as a plea ("Request: Please tell me how
# many data breaches ...", "Question 1: Number of data breaches in 2023."): a question too.
_REQUEST = re.compile(
    r"^\W*(?:(?:information\s+)?request(?:ed)?|question\s*\d*|q\s*\d+|you\s+asked|"
    r"your\s+request)\b[^:.\n]{0,15}[:.-]|\bplease\s+(?:tell\s+me|provide|confirm|supply|"
    r"disclose|state|advise)\b",
    re.I,
)


# The number a request's question or its answer is put under: "Q1a)", "Question 2:", "3."
_QUESTION_NUMBER = re.compile(r"^\W*(?:q(?:uestion)?\s*)?(\d{1,2}[a-z]?)\s*[).:-]", re.I)


def question_number(text: str) -> str | None:
    """'Q1a) Of those, how many ...?': '1a'; 'Question 2: ...': '2'; none: None."""
    m = _QUESTION_NUMBER.match(text)
    return m.group(1).lower() if m else None


def numbered_as(sent: Sent, sents: list[Sent]) -> str | None:
    """The question number a sentence is put under: its own ('Q1a) None'), or a number
    standing alone as the sentence before it ('Q1.' then 'The number of ...')."""
    own = question_number(sent.text)
    if own is not None or sent.idx == 0 or sent.idx > len(sents):
        return own
    # "Q1." over "2022/23 - 188", "2023/24 - 203", "2024/25 - 176": every item of the run of
    # answers under the number alone on its line answers that question
    k = sent.idx - 1
    while k > 0 and sent.idx - k < 8 and _ANSWER_ITEM.fullmatch(sents[k].text.strip()):
        k -= 1
    before = sents[k]
    label = question_number(before.text)
    return label if label is not None and _QUESTION_NUMBER.fullmatch(before.text.strip()) else None


# A period and its figure on a line of their own: "2023/24 - 203", "2022: 104"
_ANSWER_ITEM = re.compile(r"(?:19|20)\d\d(?:/\d{2,4})?\s*[-–:]\s*\d[\d,]*")


def is_request(text: str) -> bool:
    """A sentence asking for something, with or without its question mark."""
    return "?" in text or bool(_REQUEST.search(text))


def question(sent: Sent, numbered: bool = False) -> Question | None:
    """The request a question sentence makes, if it asks for a count (`numbered`: put under
    a question's number, which may stand alone on the line before it)."""
    asking = _ASKING.search(sent.text)
    closed = sent.text.rstrip().endswith(("?", ".")) or (
        # "Q1. The number of breaches ... (broken down by financial year)": a numbered request
        sent.text.rstrip().endswith(")") and (numbered or question_number(sent.text) is not None)
    )
    # a numbered line with no figure but years asks ("Q1. The number of breaches in the last
    # three years (by financial year 2022/23, 2023/24)"); one with a figure answers
    numbered = numbered and not re.search(
        r"\d",
        re.sub(
            r"\b(?:19|20)\d\d(?:[/-]\d{2,4})?\b", "", sent.text[asking.end() :] if asking else ""
        ),
    )
    if not asking or not closed or not (numbered or is_request(sent.text)):
        return None
    probe = Num(0, asking.start(), asking.end(), False)
    measure_after(sent.text, probe)
    rest = sent.text[asking.end() :]
    parts = bool(re.match(r"\s+(?:of\s+(?:these|those|them|the|which)|were|was|involved)\b", rest))
    measure = probe.measure if probe.measure != "broader" else None
    if measure == "generic" or (measure is None and vocab().topic.search(sent.text)):
        measure = "breach"
    return Question(measure, category(sent, asking.end(), len(sent.text)), parts)


@dataclass
class State:
    """What the reading of earlier sentences left behind for the next ones."""

    reference: date | None
    default_force: str | None
    sents: list[Sent] = field(default_factory=list)
    spans: list[tuple[int, Period]] | None = None  # the page's spans and where, read once
    last_period: Period | None = None
    last_period_at: int = -1  # the offset of the sentence that dated it
    last_total: Row | None = None
    parts_of: Row | None = None  # the total the last sentence broke down, and its index
    parts_at: int = -9
    national_at: int = -9  # index of the last sentence giving a national figure
    all_forces_at: int = -9  # ... or giving any figure of all forces, naming none
    list_type: tuple[str, set[str | None]] | None = None  # the category counts share so far
    last_forces: list[str | None] = field(default_factory=list)  # forces of the last counts
    sequences: dict[tuple[int, int], Period | None] = field(default_factory=dict)
    last_measure: str | None = None
    topic_at: int = -9  # index of the last sentence about breaches
    current_force: str | None = None  # the force named last ("The force recorded ...")
    # each force named so far: True while every sentence naming it told one person's case
    # ("an officer from Kent was sacked"), the force named in passing, not the page's subject
    in_passing: dict[str, bool] = field(default_factory=dict)
    continued_national: bool = False  # a forceless figure went on with all forces' figures
    broader_at: int = -9  # the last sentence counting a wider measure (security incidents)
    misconduct_at: int = (
        -9
    )  # the last sentence counting (or naming) people disciplined for an offence
    misconduct_text: str = ""  # that sentence's text
    other_body_at: int = -9  # the last sentence whose figures another body recorded
    other_figures: int = 0  # how many figures other bodies recorded
    crime_figures: int = 0  # how many figures of crimes the force recorded or was told of
    received_at: int = -9  # the last sentence counting reports others made to the force
    received_noun: str = ""  # ... and their noun ("reports")
    lead_period: Period | None = None  # the period of a list's lead ("Figures for 2022 show:")
    lead_at: int = -9  # the index of that lead, or of the list's last item since
    item_period: Period | None = None  # the sentence is an item of that list: its period
    # a lead naming periods in turn ("Data breaches, 2022 and 2023"): its periods, and the
    # figures of an item giving one figure for each ("Kent Police: 120, 143"), by offset
    lead_periods: list[Period] = field(default_factory=list)
    item_periods: dict[int, Period] = field(default_factory=dict)
    # a bulleted list under a lead ending in a colon, right after a total or about breaches
    # ("The breakdown includes:"): the index of the lead or of its last item since
    breakdown_at: int = -9
    itemised: bool = False  # the sentence is a bulleted item of that list
    statistics: bool = False  # the page says its figures come from an FOI answer, a report...
    last_categories: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    pending: list[Row] = field(default_factory=list)  # the rows of the sentence being read
    question: Question | None = None  # the last "How many ...?" of an FOI request
    question_at: int = -9
    # the request's questions by their numbers ("Q1", "Q1a)", "Question 2:"): an answer under
    # the same number replies to that one, not to the last one asked
    numbered: dict[str, Question] = field(default_factory=dict)
    table_rows: list[Row] = field(default_factory=list)  # read before the prose
    # "Figures for 2022 are shown in brackets.": the period of the bracketed figures, and the
    # sentences that are such notes and nothing else (no period of any other figure)
    bracket_period: Period | None = None
    bracket_before: bool = False  # ... named as the one before the figures' own ("last year's")
    notes: set[int] = field(default_factory=set)

    def page_spans(self, before: int | None = None) -> list[Period]:
        """Spans of years the page states ('between 2007 and 2010'), those stated before
        offset `before` first: what 'since 2007' means on a page without a date, what 'over
        the four years' refers to."""
        if self.spans is None:
            self.spans = [
                (s.start, p.period)
                for s in self.sents
                if re.search(r"\d{4}", s.text)
                for p in find_periods(s.text)
                if p.period is not None and p.period.start != p.period.end
            ]
        if before is None:
            return [p for _, p in self.spans]
        earlier = [p for at, p in self.spans if at < before]
        return earlier[::-1] + [p for at, p in self.spans if at >= before]


_KIND_RANK = {
    "financial_year": 0,
    "span": 0,
    "year": 0,
    "since": 1,
    "relative": 2,
    "span_ref": 2,
    "latest": 2,
    "ordinal": 2,
    "sequence": 3,
}


def resolve_in(mention: PeriodMention, state: State, at: int = 0) -> Period | None:
    if mention.kind == "latest":
        # "the most common type in the latest year was ...": the latest single year (or
        # financial year) the page has given figures for so far
        dated = [
            r.period
            for r in state.rows + state.pending
            if r.period is not None
            and r.period.kind not in ("span", "since")
            and r.period.end - r.period.start <= 1
        ]
        if dated:
            return max(dated, key=lambda p: (p.end, p.start))
        # "Between 2019 and 2022 Kent recorded 400. In the final year alone there were 130":
        # the last calendar year of the span stated before
        spans = [p for p in state.page_spans(before=at + mention.start) if p.kind == "span"]
        if not spans:
            return None
        return _year_of_span(spans[0], spans[0].end - spans[0].start - spans[0].fiscal)
    if mention.kind == "ordinal":
        # "Across 2021 and 2022 it recorded 270: 120 in the first year and 150 in the
        # second": the year of that rank in the span stated nearest before
        n = rank(mention)
        fits = [
            p
            for p in state.page_spans(before=at + mention.start)
            if p.kind == "span" and n is not None and n <= p.end - p.start + (not p.fiscal)
        ]
        return _year_of_span(fits[0], n - 1) if fits and n is not None else None
    if mention.kind == "span_ref":
        # "over the four years": the span of four years stated nearest before (offset `at`)
        n = span_length(mention)
        fits = [
            p
            for p in state.page_spans(before=at + mention.start)
            if p.kind == "span" and (n is None or p.end - p.start + 1 == n)
        ]
        if fits:
            return fits[0]
        # "... 110 across the three financial years. Essex logged 52 over the same three
        # years": the span of that length a figure was last given for
        # ... and "over the period", the span a figure was last given for ("2,280 lost in
        # 2019 and 2020 ... Over the period 392 phones also went missing")
        if (n is not None and re.search(r"\bsame\b", mention.text, re.I)) or n is None:
            for r in reversed(state.rows):
                p = r.period
                if (
                    p is not None
                    and p.kind == "span"
                    and (n is None or p.end - p.start in (n, n - 1))
                ):
                    return p
        # "97 in 2019 ... 131 in 2021 ... 340 across the three years": the years counted
        counted = [r.period for r in state.rows + state.pending if r.period is not None]
        years = [p for p in counted if p.kind == "year"]
        if years:
            first, last = min(p.start for p in years), max(p.end for p in years)
            if n is None or last - first + 1 == n:
                return Period(first, last, "span")
        # "37 in 2020/21 ... 29 in 2022/23 ... across the three financial years": those
        fiscal = {p for p in counted if p.kind == "financial_year"}
        if fiscal and n is not None and re.search(r"financial|fiscal", mention.text, re.I):
            first, last = min(p.start for p in fiscal), max(p.end for p in fiscal)
            if len({p.start for p in fiscal}) == n == last - first:
                return Period(first, last, "span")
        return None
    if mention.kind == "since" and mention.text.lower().startswith("since"):
        # "since 2007" on a page whose figures run "between 2007 and 2010": that span
        start = int(re.findall(r"\d{4}", mention.text)[-1])
        stated = next(
            (p for p in state.page_spans() if p.start == start and p.kind != "financial_year"),
            None,
        )  # "since April 2019" beside "2019/20": not that one financial year
        if stated is not None or state.reference is None:
            return stated
    if mention.kind == "sequence" and re.search(r"same\s+period", mention.text, re.I):
        # "over the same period": the span stated before, not the last single year
        spans = [p for p in state.page_spans(before=at + mention.start) if p.kind == "span"]
        if spans:
            return spans[0]
        # else the period of the last total, not of a figure it was compared with ("41 in
        # 2022/23, compared with 33 in 2021/22. Gwent recorded 28 over the same period")
        total = state.last_total
        if total is not None and total.period is not None and total.sent.start < at:
            return total.period
    if mention.kind == "sequence" and state.last_period_at != at:
        # "... in each of the previous three years" with no year told in its sentence: the
        # years before the reference date, as without "each of" ("the two previous years":
        # none)
        many = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)"
        if re.match(
            rf"the\s+(?:previous|preceding|prior)\s+{many}\s+(?:\w+\s+)?years\b",
            mention.text,
            re.I,
        ):
            return resolve(replace(mention, kind="relative"), state.reference)
        if re.match(
            rf"the\s+{many}\s+(?:previous|preceding|prior)\s+(?:\w+\s+)?years\b", mention.text, re.I
        ):
            return None
    if mention.kind in ("relative", "sequence"):
        # one reading per phrase: "The year before, they recorded 29, 50 and 44" is one year
        key = (at, mention.start)
        if key not in state.sequences:
            fresh = PeriodMention(mention.text, mention.start, mention.end, mention.kind, None)
            base = state.last_period
            if base is None and mention.kind == "sequence":
                # "Forces recorded hundreds of breaches in 2023. Kent and Essex recorded 41
                # and 39 in the same year", "... in the year to March 2024. ... The year
                # before, the three forces recorded ...": no figure dated yet, the sequence
                # runs from the period the last sentence about breaches stated
                base = _stated_before(state, at)
            if base is None and re.search(r"\b(?:same|that)\s+year\b", mention.text, re.I):
                # "Kent received 1,200 FOI requests in 2023. It recorded 97 breaches in the
                # same year": the one year the sentence just before states, whatever it counts
                base = _year_just_before(state, at)
            state.sequences[key] = resolve(fresh, state.reference, base)
        return state.sequences[key]
    return resolve(mention, state.reference, state.last_period)


def _year_of_span(span: Period, offset: int) -> Period:
    """The year `offset` years into a span: a financial year in a span of financial years
    ("the final year" of 2019/20 to 2021/22 is 2021/22), else a calendar year."""
    first = span.start + offset
    if span.fiscal:
        return Period(first, first + 1, "financial_year")
    return Period(first, first, "year")


def _stated_before(state: State, at: int) -> Period | None:
    """The last year or financial year a sentence about breaches before offset `at` states."""
    for s in reversed([s for s in state.sents if s.start < at]):
        if s.is_dateline() or not vocab().topic.search(s.text):
            continue
        years = [
            p.period
            for p in find_periods(s.text, state.reference)
            if p.period is not None and p.kind in ("year", "financial_year")
        ]
        if years:
            return years[-1]
    return None


def _year_just_before(state: State, at: int) -> Period | None:
    """The one year or financial year the sentence right before offset `at` states."""
    before = [s for s in state.sents if s.end <= at and not s.is_dateline()]
    if not before:
        return None
    years = {
        p.period
        for p in find_periods(before[-1].text, state.reference)
        if p.period is not None and p.kind in ("year", "financial_year")
    }
    return years.pop() if len(years) == 1 else None


def is_total(row: Row) -> bool:
    """A force's total of breaches (no type), the figure a breakdown can refer to."""
    return row.breach_type is None and row.measure == "breach" and not row.national


def within(period: Period | None, whole: Row | None, count: int) -> bool:
    """A figure for a narrower period inside the total's, and no larger than it."""
    if period is None or whole is None or whole.period is None or count > whole.count:
        return False
    span = whole.period
    return period != span and span.start <= period.start <= period.end <= span.end


def beside_period(text: str, n: Num) -> bool:
    """A period written right next to the figure: '2020 - 41', '41 (2020/21)', 'in 2021: 12'."""
    return any(
        re.fullmatch(r"[\s\-–:=(),]*(?:in\s+)?", text[p.end : n.a])
        or re.fullmatch(r"[\s\-–:=(),]*(?:in\s+)?", text[n.b : p.start])
        for p in find_periods(text)
    )


# Between a count's noun and the period phrase that is its own: "760 breaches between ...".
_OWN_PHRASE = re.compile(r"\s*(?:(?:in|during|for|over|between|from|since)\s+)?", re.I)


# Between a period phrase and a figure: a clause about that period ("on 2022, when it logged
# 260", "in 2021, when there were 84").
# A clause opening on the figures of another period, after a comma: "..., the figures for
# 2021 being 80 and 95", "; the equivalent total for 2021 was 95", "..., with the totals for"
FIGURES_FOR = re.compile(
    r"[,;]\s*(?:and|but|while|whereas|with)?\s*(?:the|its|their)\s+(?:(?:equivalent|"
    r"comparable|corresponding)\s+)?(?:figures?|totals?|numbers?|tall(?:y|ies))\s+"
    r"(?:for|in)\s+$",
    re.I,
)
_WHEN_CLAUSE = re.compile(r",?\s+when\s+(?:[\w'’-]+\s+){1,4}", re.I)


_COMPARED_BASE = re.compile(
    r"\b(?:on|than|compared\s+(?:with|to)|against)\s+(?:the\s+(?:same\s+period\s+in\s+)?)?$",
    re.I,
)


def attach_periods(
    text: str, periods: list[PeriodMention], nums: list[Num]
) -> dict[int, PeriodMention]:
    """Each period phrase goes to the count it is written next to: the one just before it
    ('104 breaches in 2022', '54 a year later'), else the one just after ('In 2022, X had 104').
    Returns id(num) -> its best mention (explicit years beat relative phrases)."""
    own: dict[int, list[tuple[bool, PeriodMention]]] = defaultdict(list)
    nums = sorted(nums, key=lambda n: n.a)  # counts and percentages, in the order written
    for p in periods:
        left = [n for n in nums if n.b <= p.start]
        right = [n for n in nums if n.a >= p.end]
        target, far = None, False
        gap = text[left[-1].noun_end : p.start] if left else ""
        # "97 breaches in 2022: 31 ...", "300 breaches between 2020/21 and 2022/23: 80 ...":
        # the phrase closes the clause of the figure before it
        closes = bool(left) and bool(
            re.fullmatch(r"[^,;:.()]{0,60}\b(?:in|during|for)\s+|\s*", gap)
        )
        if right and re.fullmatch(
            r"['’]s\s+(?:(?:total|figure|tally)\s+(?:of\s+)?)?", text[p.end : right[0].a]
        ):
            target = right[0]  # "up 14% on the previous year's 2,065": the year's own figure
        elif right and _WHEN_CLAUSE.fullmatch(text, p.end, right[0].a):
            target = right[0]  # "up 20% on 2022, when it logged 260": the clause the period opens
        elif right and re.fullmatch(r"\s*[-–:=]\s*", text[p.end : right[0].a]) and not closes:
            target = right[0]  # "2020 - 41, 2021 - 48": a period and its figure (not "97
            # breaches in 2022: 31 emails ...", where it closes the clause of the figure before)
        elif (
            right
            and not closes
            and re.fullmatch(r"\s*,\s*", text[p.end : right[0].a])
            and re.match(r"\s*(?:;|\.?\s*$)", text[right[0].b :])
        ):
            target = right[0]  # "2019, 66; 2020, 71": pairs of a period and its figure
        elif (
            right
            and left
            and re.search(r"[,;]\s*(?:and|but|while|whereas)?\s*(?:in|during|for|by)?\s*$", gap)
            and not re.search(r"[,;.]", text[p.end : right[0].a])
        ):
            target = right[0]  # "160, and in 2023 it was 171": the phrase opens a clause
        elif (
            right
            and left
            and FIGURES_FOR.search(gap)
            and not re.search(r"[,;.]", text[p.end : right[0].a])
        ):
            target = right[0]  # "120, the figures for 2021 being 80 and 95": the clause it opens
        elif (
            right
            and left
            and re.search(r"\s(?:and|but|while|whereas)\s+(?:in|during|for)\s+$", gap)
            and re.fullmatch(r"\s+[a-z][\w'’]*(?:\s+[\w'’]+){0,3}?\s+", text[p.end : right[0].a])
        ):
            target = right[0]  # "45 in 2021 and in 2022 there were 51": a clause it opens
        elif left and (len(gap) <= 30 or (len(gap) <= 80 and not re.search(r"[,;:]", gap))):
            target = left[-1]
        elif right:
            target = right[0]
        elif left:
            target, far = left[-1], True
        if target is not None:
            own[id(target)].append((far, p))
    # a phrase next to the count beats one far off after a comma ("62 breaches in the last
    # financial year, double the 31 ... in 2019/20"); then explicit years beat relative ones
    place = {id(n): n for n in nums}

    def distance(p: PeriodMention, n: Num) -> int:
        return p.start - n.b if p.start >= n.b else n.a - p.end

    def adjacent(p: PeriodMention, n: Num) -> bool:
        return p.start >= n.b and bool(_OWN_PHRASE.fullmatch(text[n.noun_end : p.start]))

    def set_off(p: PeriodMention, n: Num, rivals: list[tuple[bool, PeriodMention]]) -> bool:
        # "The force, known as X until 2022, recorded 760 breaches between 2019 and 2023": a
        # phrase before the count, a comma between, dates another clause than the one right
        # after the count's noun
        return (
            p.end <= n.a
            and bool(re.search(r"[,;]", text[p.end : n.a]))
            and any(adjacent(q, n) for _, q in rivals)
        )

    def compared(p: PeriodMention, n: Num) -> bool:
        # "63 breaches in the 2023 calendar year, a rise of 11 on 2022": a period after the
        # count that a comparison takes as its base dates the base, not the count
        return p.start >= n.b and bool(_COMPARED_BASE.search(text, 0, p.start))

    best = {
        k: min(
            v,
            key=lambda fp: (
                fp[0],
                compared(fp[1], place[k]),
                set_off(fp[1], place[k], v),
                _KIND_RANK[fp[1].kind],
                distance(fp[1], place[k]),
            ),
        )[1]
        for k, v in own.items()
    }
    if len(nums) == 1:
        # "2,280 laptops and phones were lost in 2019 and 2020": the one figure of the
        # sentence, with two years joined after it, counts both (not "40 and 52 breaches in
        # 2019 and 2020", a figure for each)
        for k, v in own.items():
            joined = _two_years(text, [p for _, p in v], place[k])
            if joined is not None:
                best[k] = joined
    return best


# Between two years that one figure counts together: "in 2019 and 2020"
_YEARS_JOINED = re.compile(r"\s*,?\s+and\s+(?:in\s+)?")


def _two_years(text: str, mentions: list[PeriodMention], n: Num) -> PeriodMention | None:
    """Two consecutive years joined by "and" after the figure, read as one span."""
    years = sorted(
        (p for p in mentions if p.kind == "year" and p.start >= n.b), key=lambda p: p.start
    )
    for a, b in zip(years, years[1:], strict=False):
        if a.period is None or b.period is None or b.period.start != a.period.end + 1:
            continue
        # "52 in both 2019 and 2020", "in each of ...": each year's (tallies.toml [context] each)
        each = re.search(vocab().each.pattern + r"(?:\s+of)?\s+$", text[: a.start], re.I)
        if _YEARS_JOINED.fullmatch(text, a.end, b.start) and each is None:
            span = Period(a.period.start, b.period.end, "span")
            return PeriodMention(text[a.start : b.end], a.start, b.end, "span", span)
    return None


def period_of(
    n: Num, own: dict[int, PeriodMention], periods: list[PeriodMention], state: State, at: int
) -> tuple[Period | None, bool]:
    """The count's period, and whether its own period phrase could not be dated (`at`: the
    sentence's offset)."""
    if id(n) in own:
        period = resolve_in(own[id(n)], state, at)
        return period, period is None
    if n.a in state.item_periods:
        return state.item_periods[n.a], False  # "Kent Police: 120, 143" under "2022 and 2023"
    if state.item_period is not None:
        return state.item_period, False  # an item of a list under "Figures for 2022 show:"
    candidates = [p for p in reversed(periods) if p.end <= n.a]
    candidates += [p for p in periods if p.start >= n.b]
    for mention in candidates:
        period = resolve_in(mention, state, at)
        if period is not None:
            return period, False
    return None, False


def page_span(state: State, force: str | None) -> Period | None:
    """The whole period a force's yearly figures cover (a breakdown of all of them)."""
    periods = [
        r.period for r in state.rows if r.force == force and r.period and r.breach_type is None
    ]
    if len(periods) >= 2:
        return Period(min(p.start for p in periods), max(p.end for p in periods), "span")
    spans = state.page_spans()
    return spans[0] if spans else None


# A list item: "Kent Police: 112 breaches", "- Essex: 74 (2021: 80)"
# A list marker: a bullet or an item's number ("- ", "• ", "1. ", "2) ").
MARKER = r"(?:[-•*–]|\d{1,2}[.)])"
_ITEM = re.compile(rf"\s*(?:{MARKER}\s+)?[A-Z][^:\d.]{{1,60}}:\s*\S")


# A bulleted item opening with its figure: "- 120 emails sent to ...", "• 12 lost phones".
_BULLET_FIGURE = re.compile(rf"\s*{MARKER}\s+(?:\d|[A-Za-z]+\b)")
_BULLET = re.compile(rf"\s*{MARKER}\s+")


def bulleted_item(text: str) -> bool:
    """The text is an item of a bulleted list ('• Kent Police - 300 cases')."""
    return bool(_BULLET.match(text))


def bulleted_figure(text: str, a: int) -> bool:
    """The figure at `a` opens a bulleted item ('- 120 emails ...', '• eleven cases ...')."""
    return bool(_BULLET.fullmatch(text[:a]))


# A lead whose periods close it, named in turn: "Number of data breaches, 2022 and 2023",
# "Breaches by force (2021/22, 2022/23):"
_TURNS_LEAD = re.compile(
    r"[^.;]*?[\s,(]((?:19|20)\d\d(?:[/-]\d\d)?)(?:\s*(?:,|and|&)\s*(?:19|20)\d\d(?:[/-]\d\d)?)+"
    r"\s*\)?\s*:?"
)
# An item of such a list: a label, then its figures ("Kent Police: 120, 143",
# "Essex Police - 98 and 87")
_TURNS_ITEM = re.compile(
    r"\s*(?:[-•*–]\s+)?[A-Z][^:\d.]{1,60}?(?::|\s[-–])\s*\d[\d,]*(?:\s*(?:,|and|&)\s*\d[\d,]*)+"
    r"\s*\.?\s*$"
)


def note_list(sent: Sent, state: State) -> None:
    """A lead ending in a colon that states a period ('Figures for 2022 show:') dates the
    items listed under it, one per sentence, until a sentence that is no item. A lead about
    breaches or a breakdown ('The figures break down as follows:') makes the bulleted items
    under it, each opening with its figure, parts of the total before it."""
    text = sent.text.strip()
    state.itemised = False
    if state.breakdown_at == sent.idx - 1 and _BULLET_FIGURE.match(text):
        state.breakdown_at, state.itemised = sent.idx, True
    elif text.endswith(":") and (
        vocab().topic.search(text)
        or vocab().breakdown.search(text)
        # "Norfolk Constabulary's figures for 2023 showed:": a lead naming the figures
        or vocab().figures_lead.search(text)
        # "They included:" right under a total: what follows is its parts
        or (len(text.split()) <= 8 and vocab().parts_lead.search(text))
    ):
        state.breakdown_at = sent.idx
    item = _ITEM.match(text) or (state.itemised and _BULLET_FIGURE.match(text))
    state.item_periods = {}
    if state.lead_at == sent.idx - 1 and state.lead_periods and _TURNS_ITEM.match(text):
        # "Kent Police: 120, 143" under "Data breaches, 2022 and 2023": a figure for each
        # period of the lead, in its order
        figures = [n for n in numbers(text) if n.value or n.nought]
        if len(figures) == len(state.lead_periods) and not find_periods(text):
            state.item_periods = {n.a: p for n, p in zip(figures, state.lead_periods, strict=True)}
            state.lead_at = sent.idx
            return
    if state.lead_at == sent.idx - 1 and state.lead_period is not None and item:
        state.item_period, state.lead_at = state.lead_period, sent.idx
        return
    state.item_period = None
    state.lead_periods = []
    if _TURNS_LEAD.fullmatch(text) and vocab().topic.search(text):
        # a lead or heading about breaches ending on periods named in turn
        turns = [
            p.period
            for p in find_periods(text)
            if p.period is not None and p.kind in ("year", "financial_year")
        ]
        if len(turns) >= 2 and all(
            a.start < b.start for a, b in zip(turns, turns[1:], strict=False)
        ):
            state.lead_periods, state.lead_at = turns, sent.idx
    if text.endswith(":"):
        mentions = outside_notes(find_periods(text, state.reference), note_spans(text))
        found = [resolve_in(p, state, sent.start) for p in mentions]
        dated = [p for p in found if p is not None]
        if len(dated) == 1:
            state.lead_period, state.lead_at = dated[0], sent.idx


# A full date: "3 March 2025", "March 3, 2025"
_FULL_DATE = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+|[A-Z][a-z]{2,8}\.?\s+"
    r"\d{1,2}(?:st|nd|rd|th)?,?\s+)(?:19|20)\d\d\b"
)


def _dateline_like(text: str) -> bool:
    """A line giving the page's date and nothing else with a figure ('Kent Online | News |
    3 March 2025', 'By Jo Smith, 3 March 2025'): its year is when the page was published,
    never the period of a figure told around it."""
    dates = list(_FULL_DATE.finditer(text))
    if len(dates) != 1 or vocab().topic.search(text.lower()):
        return False
    rest = text[: dates[0].start()] + text[dates[0].end() :]
    return not re.search(r"\d", rest) and len(rest.split()) <= 12


# A table's row run together into one line: a label of a few words and its figure, nothing
# else ("Humberside Police 168", "Avon and Somerset Constabulary | 163")
_TABLE_LINE = re.compile(
    r"[-•*]?\s*[A-Z][\w&'’.()-]*(?:\s+[\w&'’.()-]+){0,5}\s*[|:–-]?\s*\d[\d,]*\s*\|?"
)


def _table_line(text: str) -> bool:
    return _TABLE_LINE.fullmatch(text.strip()) is not None and not re.search(
        r"\b(?:19|20)\d\d\b", text
    )


def nearest_period(sents: list[Sent], row: Row, state: State) -> Period | None:
    """A count whose sentence states no period: the period stated nearest before it, else
    just after it (a headline's figure, a lead's 'in one year' explained later)."""
    idx = row.sent.idx
    # "West Midlands Police 488" / "Surrey Police 202" / ...: a table's rows run together, one
    # line each, are one table; a row far down it is as near the period as the first
    first = idx
    while first > 0 and _table_line(sents[first - 1].text) and _table_line(sents[first].text):
        first -= 1
    order = [*range(first - 1, max(-1, first - 7), -1), *range(idx + 1, min(len(sents), idx + 5))]
    for k in order:
        s = sents[k]
        if s.is_dateline() or _dateline_like(s.text):
            continue
        # "X logged 63 breaches, up from 49 in 2023. Y recorded 51": the period of the
        # sentence's own figure, not of the one it was compared with
        own = [r for r in state.rows if r.sent.idx == k and r.measure == row.measure]
        if any(r.compared for r in own):
            heads = [r.period for r in own if not r.compared and r.period is not None]
            if heads:
                return heads[0]
        if k in state.notes:
            continue  # "Figures for 2022 are shown in brackets.": the bracketed figures' period
        mentions = find_periods(s.text, state.reference)
        for mention in outside_notes(mentions, note_spans(s.text)):
            period = resolve_in(mention, state, s.start)
            if period is not None:
                return period
    return None


# "651 breaches over three years", "in five years", "across four financial years": a span of
# that many years the phrase does not place (no "the past", no years of its own)
_BARE_SPAN = re.compile(
    r"(?<!the\s)(?<!past\s)(?<!last\s)(?<!previous\s)(?<!those\s)(?<!these\s)"
    r"\b(?:in|over|across|during|within|spanning)\s+(?:just\s+|only\s+)?"
    r"(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:(?:financial|calendar|fiscal)\s+)?years\b(?!\s+(?:ago|earlier|before|later|running|"
    r"in\s+a\s+row|on\s+the\s+trot))",
    re.I,
)


def bare_span(text: str) -> int | None:
    """How many years a figure's sentence says it covers without placing them ('recorded 651
    breaches over three years', 'over almost five years': a bound before the number, tallies.toml
    [context] approximate, counts the same years), if it states no period of its own."""
    text = vocab().span_hedge.sub(lambda m: m.group(0).split()[0] + " ", text)
    found = [m for m in _BARE_SPAN.finditer(text)]
    if len(found) != 1:
        return None
    m = found[0]
    return span_length(PeriodMention(m.group(0), m.start(), m.end(), "span_ref", None))


def yearly_span(rows: list[Row], row: Row, years: int) -> Period | None:
    """The span a force's yearly totals on the page cover, when they are `years` consecutive
    years ('212 in 2021, 198 in 2022 and 241 in 2023' for 'over three years')."""
    periods = {
        (r.period.start, r.period.end): r.period
        for r in rows
        if r is not row
        and r.force == row.force
        and r.measure == row.measure
        and is_total(r)
        and r.period is not None
        and r.period.kind in ("year", "financial_year")
    }
    if len(periods) != years or len({p.kind for p in periods.values()}) != 1:
        return None
    starts = sorted(a for a, _ in periods)
    if starts != list(range(starts[0], starts[0] + years)):
        return None
    return Period(starts[0], max(b for _, b in periods), "span")
