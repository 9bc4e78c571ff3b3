"""Breach tallies: per-force figures of statistics pages, FOI answers and campaign reports.

A tally is a count, of a measure, for a force, over a period, optionally of one breach type:
"Kent Police recorded 97 breaches in 2021/22 and 131 in 2022/23", "Merseyside (208), West
Midlands (83)", "There were five cases of loss of technology", a table of years and figures.
Each number of a sentence (or table row) is read in four steps, each with its cue words in
extract/data/tallies.toml:

1. measure: the noun after the number ("24 data breaches", "12 cases", "11 officers"), else
   the measure it continues ("a number that rose to 54", "the total standing at 175", a list
   "Merseyside (208)" under its lead clause). Breaches are tallies; people put through
   misconduct proceedings for a data-protection offence are insider-misuse tallies; people
   sacked or convicted are outcomes; everything else (records, claims, staff numbers,
   percentages, money) is nothing.
2. force: the name right before the number, else the nearest force named in the sentence,
   else the total it breaks down, else the page's subject force; a sentence about all forces
   ("UK police forces suffered ...") gives a national figure, never a force's row.
3. period: the period phrase next to the number (extract.rules.periods), else the sentence's,
   else the total's it breaks down, else the nearest one stated around it.
4. type: the breach category written next to it ("N cases of <category>", "<category>, with
   N cases"), else null (the force's total).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc

from extract.components.doctext import doc_data_dir, doc_text
from extract.models import BreachCount, Evidence, PageCount
from extract.rules.periods import (
    Period,
    PeriodMention,
    find_periods,
    reference_date,
    resolve,
    span_length,
)
from extract.rules.tally_cues import (
    UNITS,
    WORD,
    Num,
    alias_index,
    alias_re,
    categories_in,
    category,
    measure_after,
    numbers,
    reading_data,
    vocab,
)
from extract.rules.tally_cues import (
    category as _category_of,
)
from extract.rules.tally_tables import TableRow, find_table_rows
from extract.sentences import Sent, is_passive_mention

# After a number that continues a measure: nothing but punctuation or a period phrase.
_BARE_END = re.compile(
    r"\s*(?:[,.;:)(\]]|$|(?:back\s+)?(?:in|during|for|over|since|between)\b|a\s+year\b|"
    r"the\s+(?:following|next|previous|same|past|last)\b|last\s+year|this\s+year)",
    re.I,
)
# Between two bare figures of one run: "29, 50", "22 (2021/22), 25 (2022/23)".
_RUN_GAP = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*|,?\s+and\s+|;\s*)"
    r"(?:(?:in|during|for)\s+(?:19|20)\d\d(?:/\d\d)?\s*,?\s*)?"
)  # "... 401 breaches and in 2018, 388"
# A figure in brackets is a count only where the sentence ranks or totals something.
_RANKING = re.compile(
    r"\b(?:number|numbers|most|highest|lowest|fewest|total|totals|figure|figures|tally|count|"
    r"followed\s+by|ahead\s+of|behind)\b",
    re.I,
)
_HAS_NUMBER = re.compile(rf"\d|\b(?:{UNITS}|another|same)\b", re.I)
# "That number was 346", "the figure stood at 50": a number pointing back at a measure.
_ANAPHOR = re.compile(r"\b(?:that|this|the)\s+(?:number|figure|total)\b[^.]*$", re.I)


# A sentence whose numbers are all words needs one of these (lower-cased substrings): a
# measure, a misconduct word, or a total pointing back at one; or a breach category. A cheap
# filter.
_HINTS = ("breach", "incident", "case", "time", "report", "error", "failure", "leak", "data",
          "disclos", "number", "figure", "total", "same", "disciplin", "investigat",
          "misconduct", "(", ":", "|")  # fmt: skip


# ---------------------------------------------------------------- forces


_NAME_BEFORE = re.compile(
    r"((?:[A-Z][\w&'’.-]*)(?:\s+(?:and|&|of|the|[A-Z][\w&'’.-]*)){0,5})\s*[(:,–—-]?\s*$"
)


def _listed_force(text: str, n: Num) -> str | None:
    """'Merseyside (208)', 'Kent Police: 120', 'Essex 95': the force named right before."""
    found = _listed(text, n)
    return found[1] if found else None


def _listed(text: str, n: Num) -> tuple[int, str] | None:
    """Where the force named right before the number starts, and which force it is."""
    window = max(0, n.a - 70)
    m = _NAME_BEFORE.search(text[window : n.a])
    if not m:
        return None
    words = m.group(1).split()
    index = alias_index()
    for i in range(len(words)):
        name = index.get(" ".join(words[i:]).lower())
        if name:
            head = " ".join(words[i:])
            return window + m.start(1) + m.group(1).find(head), name
    return None


def _list_lead(text: str, nums: list[Num]) -> int:
    """Where the lead of a list ends: at its colon ('The forces with most breaches were:
    ...'), else before the first force of a ranking in brackets ('The forces reporting the
    most device losses were Kent (64), Essex (51)'); -1 without one."""
    colon = text.find(":")
    if colon > 0:
        return colon
    for n in nums:
        if text[n.a - 1 : n.a] == "(" and (found := _listed(text, n)) is not None:
            return found[0]
    return -1


def _tally_forces(sent: Sent) -> list[tuple[int, int, str]]:
    """The sentence's forces, plus place-name references the gazetteer left out; a name that
    goes on as another body's ('Scottish Police Services Authority', 'Kent Police
    Federation') is none."""
    named = _sentence_forces(sent)
    index = alias_index()
    for m in alias_re().finditer(sent.text):
        if not any(a < m.end() and m.start() < b for a, b, _ in named):
            named.append((m.start(), m.end(), index[m.group(0).lower()]))
    body = vocab().other_body
    return sorted(f for f in named if not body.match(sent.text, f[1]))


def _sentence_forces(sent: Sent) -> list[tuple[int, int, str]]:
    """(start, end, canonical) of forces named as actors, offsets in the sentence text; the
    forces named at all when none acts ('An FOI request to Kent Police showed 120 ...')."""
    named = [(m.start_char - sent.start, m.end_char - sent.start, m.label_) for m in sent.forces]
    actors = [f for f, m in zip(named, sent.forces, strict=True) if not is_passive_mention(sent, m)]
    return actors or named


# ---------------------------------------------------------------- rows


@dataclass
class _Row:
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
    parent: _Row | None = None  # the total it breaks down
    where: tuple[str, int, int] = ("", 0, 0)  # evidence: sentence or table line, offsets
    borrowed: bool = False  # its period was stated in another sentence
    compared: bool = False  # a figure compared with ("up from 84"), not the sentence's total
    defaulted: bool = False  # no force named around it: the page's subject force
    noun: str | None = None  # the measure noun after the figure: breach | generic | None

    def __post_init__(self) -> None:
        if not self.where[0]:
            self.where = (self.sent.text, self.sent.start, self.sent.end)


@dataclass(frozen=True)
class _Question:
    """What a request asks for ('How many data breaches ...?', 'How many of these were
    emails sent to the wrong person?'): the measure, category and whether it asks for parts."""

    measure: str | None
    breach_type: str | None
    parts: bool


_ASKING = re.compile(r"\b(?:how\s+many|(?:the\s+)?number\s+of|how\s+often)\b", re.I)


def _question(sent: Sent) -> _Question | None:
    """The request a question sentence makes, if it asks for a count."""
    asking = _ASKING.search(sent.text)
    if not asking or not sent.text.rstrip().endswith(("?", ".")) or "?" not in sent.text:
        return None
    probe = Num(0, asking.start(), asking.end(), False)
    measure_after(sent.text, probe)
    rest = sent.text[asking.end() :]
    parts = bool(re.match(r"\s+(?:of\s+(?:these|those|them|the|which)|were|was|involved)\b", rest))
    measure = probe.measure if probe.measure != "broader" else None
    if measure == "generic" or (measure is None and vocab().topic.search(sent.text)):
        measure = "breach"
    return _Question(measure, category(sent, asking.end(), len(sent.text)), parts)


@dataclass
class _State:
    """What the reading of earlier sentences left behind for the next ones."""

    reference: date | None
    default_force: str | None
    sents: list[Sent] = field(default_factory=list)
    spans: list[tuple[int, Period]] | None = None  # the page's spans and where, read once
    last_period: Period | None = None
    last_total: _Row | None = None
    parts_of: _Row | None = None  # the total the last sentence broke down, and its index
    parts_at: int = -9
    national_at: int = -9  # index of the last sentence giving a national figure
    list_type: tuple[str, set[str | None]] | None = None  # the category counts share so far
    last_forces: list[str | None] = field(default_factory=list)  # forces of the last counts
    sequences: dict[tuple[int, int], Period | None] = field(default_factory=dict)
    last_measure: str | None = None
    topic_at: int = -9  # index of the last sentence about breaches
    current_force: str | None = None  # the force named last ("The force recorded ...")
    statistics: bool = False  # the page says its figures come from an FOI answer, a report...
    last_categories: list[str] = field(default_factory=list)
    rows: list[_Row] = field(default_factory=list)
    question: _Question | None = None  # the last "How many ...?" of an FOI request
    question_at: int = -9
    table_rows: list[_Row] = field(default_factory=list)  # read before the prose

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
    "sequence": 3,
}


def _resolve(mention: PeriodMention, state: _State, at: int = 0) -> Period | None:
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
        # "97 in 2019 ... 131 in 2021 ... 340 across the three years": the years counted
        years = [r.period for r in state.rows if r.period is not None and r.period.kind == "year"]
        if years:
            first, last = min(p.start for p in years), max(p.end for p in years)
            if n is None or last - first + 1 == n:
                return Period(first, last, "span")
        return None
    if mention.kind == "since" and mention.text.lower().startswith("since"):
        # "since 2007" on a page whose figures run "between 2007 and 2010": that span
        start = int(re.findall(r"\d{4}", mention.text)[-1])
        stated = next((p for p in state.page_spans() if p.start == start), None)
        if stated is not None or state.reference is None:
            return stated
    if mention.kind in ("relative", "sequence"):
        # one reading per phrase: "The year before, they recorded 29, 50 and 44" is one year
        key = (at, mention.start)
        if key not in state.sequences:
            fresh = PeriodMention(mention.text, mention.start, mention.end, mention.kind, None)
            state.sequences[key] = resolve(fresh, state.reference, state.last_period)
        return state.sequences[key]
    return resolve(mention, state.reference, state.last_period)


def _people_measure(clause: str, sentence: str) -> str | None:
    """misconduct | outcome | None for a count of people, from the words of its clause (the
    offence may be named anywhere in the sentence)."""
    v = vocab()
    outcome = v.outcome.search(clause)
    misconduct = v.misconduct.search(clause)
    if outcome and (not misconduct or outcome.start() < misconduct.start()):
        return "outcome"
    if misconduct and (v.offence.search(clause) or v.offence.search(sentence)):
        return "misconduct"
    return None


def _read_sentence(sent: Sent, state: _State, order: int) -> None:
    v = vocab()
    text = sent.text
    nums = numbers(text)
    if not nums:
        return
    for n in nums:
        measure_after(text, n)
    nums = [n for n in nums if n.value or n.same or not n.elliptical]
    nouns = {id(n): n.measure for n in nums}  # the noun after it, before any inheritance
    asked = state.question if 0 < sent.idx - state.question_at <= 4 else None
    lowered = text.lower()
    # about breaches, unless only a breach somewhere else ("victims whose data was stolen in
    # a data breach at a company")
    topics = list(v.topic.finditer(lowered))
    topical = bool(topics) and not any(v.elsewhere.match(lowered, m.end()) for m in topics)
    broader_named = [
        m
        for m in v.broader.finditer(lowered)
        if not set(lowered[max(0, m.start() - 12) : m.start()].split()) & v.demonstrative
    ]
    disputed = bool(v.wrong.search(lowered)) or any(
        v.disputed_object.search(lowered[max(0, m.start() - 40) : m.end() + 40])
        for m in v.dispute.finditer(lowered)
    )
    national = bool(v.national.search(lowered)) and not sent.forces
    lead_end = _list_lead(text, nums)
    # "Of the 231 breaches, 64 involved ...": every count after the lead is a part; a figure
    # in the lead refers to the total it breaks down and is no count itself
    parts = v.partitive_lead.match(text)
    whole_count = None
    if parts:
        inside = [n for n in nums if n.b <= parts.end()]
        whole_count = inside[0].value if inside else None
        nums = [n for n in nums if n.a >= parts.end()]
    previous: Num | None = None
    kept: list[tuple[Num, str]] = []
    for n in nums:
        measure = n.measure
        before = text[max(0, n.a - 30) : n.a]
        if measure == "broader":
            pointed = set(lowered[max(0, n.a - 40) : n.a].split()) & v.demonstrative
            measure = "breach" if pointed and not broader_named else None
        elif measure == "generic":
            # "“Security incidents” also rose, reaching 974 incidents": the wider measure
            # "Breaches are rising. The force recorded 97 incidents": a recording verb right
            # before the number, just after a sentence about breaches
            recent = sent.idx - state.topic_at <= 1 and bool(
                v.recording.search(text[max(0, n.a - 40) : n.a])
            )
            about_breaches = (
                topical or recent or state.last_measure == "breach"
            ) and not broader_named
            measure = "breach" if about_breaches else "generic"
        if n.elliptical:
            listed = _listed_force(text, n) is not None
            if n.same and previous is not None:
                n.value = previous.value
            elif n.same and state.last_total is not None:
                n.value = state.last_total.count
            enumerated = bool(re.match(r"\s+of\b", text[n.b :]))  # "four of missing USB sticks"
            # "the number ... in the period (488)", "reported the most breaches (1,234)"
            bracketed = (
                before.endswith("(")
                and text[n.b : n.b + 1] == ")"
                and bool(_RANKING.search(text[: n.a]))
            )
            # "double the 31 it logged in 2019/20": a clause recording it follows
            logged = bool(v.logged_after.match(text[n.b :]))  # "the 31 it logged in 2019"
            later = [m for m in nums if m.a > n.b]
            continues = bool(v.continues.search(before)) and bool(
                _BARE_END.match(text[n.b :])
                or (previous is not None and previous.measure)
                or (later and _listed_force(text, later[0]) is not None)
            )  # "rose to 54 a year later", "the total standing at 175.", "and 98 have lost",
            # "Essex Police recorded 295 and Hertfordshire Constabulary 312"
            labelled = _labelled_category(sent, n) is not None  # "emails to the wrong person: 21"
            # "recorded the most breaches over the period, 1,204, followed by ...", "The
            # largest number, 74, came from ...": a figure set off by commas after its measure
            apposed = (
                before.rstrip().endswith(",")
                and bool(re.match(r"\s*(?:[,.;]|$)", text[n.b :]))
                and bool(_RANKING.search(_clause_before(text, n.a)))
            )
            typed_after = bool(v.category_after.search(text[n.b : n.b + 20]))
            partitive = bool(  # "Of these, 87 involved ...", "its total included 131 emails",
                # "That included 350 in 2018 alone"
                (parts or v.subset_before.search(text[max(0, n.a - 15) : n.a]))
                and (
                    typed_after
                    or _type_after(sent, n, nums, within=25)
                    or re.match(r"\s+(?:in|during)\s+(?:19|20)\d\d", text[n.b :])
                )
            )
            # "A further six involved lost paperwork": a count of a category, among breaches
            categorised = (
                typed_after
                and text[n.b : n.b + 1].isspace()  # "Jo Bloggs, 31, of Leeds" is an age
                and (topical or state.last_measure == "breach")
                and _type_after(sent, n, nums) is not None
            )
            # "29, 50 and 44": the next bare figure of a run
            run = (
                previous is not None
                and previous.measure is not None
                and bool(_RUN_GAP.fullmatch(text[previous.noun_end : n.a]))
            )
            n.run = run
            series = (
                previous is not None
                and previous.measure is not None
                and bool(re.match(r"\s+(?:in|during|for)\b", text[n.b :]))
            )  # "204 breaches in 2019, 302 in 2020"
            # an FOI answer: "Answer: 2020 - 41, 2021 - 48" to "How many breaches ...?"
            answered = (
                asked is not None
                and asked.measure == "breach"
                and (_beside_period(text, n) or len(nums) == 1)
            )
            accepted = (
                answered,
                n.same,
                listed,
                enumerated,
                bracketed,
                continues,
                labelled,
                apposed,
                logged,
                partitive,
                categorised,
                run,
                series,
            )
            if not any(accepted):
                continue
            if previous is not None and previous.measure is not None:
                measure = previous.measure
            elif 0 < lead_end < n.a:
                measure = _lead_measure(text[:lead_end], sent)
            if measure is None and asked is not None:
                measure = asked.measure
            if measure is None and (labelled or (partitive and _type_after(sent, n, nums, 25))):
                # "the most paperwork losses (57)", "its total included 95 emails sent to the
                # wrong person": a breach category counted
                measure = "breach"
            if (
                measure is None
                and not broader_named
                and (
                    topical
                    or state.last_measure == "breach"
                    or (_ANAPHOR.search(before) and sent.idx - state.topic_at <= 2)
                )
            ):
                measure = "breach"
        n.measure = measure  # what it counts; inherited by the numbers continuing it
        if measure == "people":
            clause = text[n.a : _clause_end(text, n)]
            if 0 < lead_end < n.a:
                clause = text[:lead_end] + " " + clause
            # "52 officers were disciplined", else "Kent Police disciplined 52 officers"
            measure = _people_measure(clause, lowered) or _people_measure(
                text[previous.b if previous else 0 : n.a], lowered
            )
            if measure is None and n.elliptical and previous is not None:
                measure = previous.counts  # the next item of a list: "..., Kent (30)"
        n.counts = measure
        previous = n
        if measure in ("breach", "generic", "misconduct", "outcome"):
            kept.append((n, measure))
    if not kept:
        return
    state.last_measure = "breach" if any(m == "breach" for _, m in kept) else state.last_measure
    if disputed:
        return
    forces = _tally_forces(sent)
    if not forces and v.unattributed.search(lowered):
        return  # "14 breaches ... cannot be attributed to either force": no one force's
    periods = find_periods(text, state.reference)
    own = _attach_periods(text, periods, [n for n, _ in kept])
    whole = state.last_total
    if state.parts_of is not None and state.parts_at == sent.idx - 1:
        whole = state.parts_of  # "Of these, 23 were ... . A further six involved ..."
    if whole_count is not None:
        whole = next(
            (r for r in reversed(state.rows) if r.count == whole_count and _is_total(r)), whole
        )
    # "The year before, the three forces recorded 29, 50 and 44 respectively": in the order
    # the forces of the sentence before were named
    respective: list[str | None] = []
    if v.respectively.search(lowered) and not forces:
        counted = [n for n, m in kept if m in ("breach", "generic")]
        if len(counted) == len(state.last_forces) > 1:
            respective, national = list(state.last_forces), False
    sentence_rows: list[_Row] = []
    for n, measure in kept:
        category = None
        noun = nouns[id(n)]
        cued = bool(v.subset_before.search(text[max(0, n.a - 15) : n.a]))
        breakdown = (
            parts is not None
            or (asked is not None and asked.parts and noun is None)
            or cued
            or bool(re.match(r"\s+of\s+(?:the|these|those|its|their)\b", text[n.b :], re.I))
        )
        # "97 ..., up from 84 the year before": 84 is compared with, not broken down
        compared = bool(v.comparison.search(text[max(0, n.a - 20) : n.a]))
        if measure in ("breach", "generic"):
            category = _row_category(sent, n, nums, state)
            if category is None and 0 < lead_end < n.a and _listed_force(text, n):
                category = _category_of(sent, 0, lead_end)  # the list's: "most device losses"
            if category is None and breakdown:
                category = _type_after(sent, n, nums, within=25)  # "included 131 emails ..."
            if category is None and asked is not None and noun is None:
                category = asked.breach_type  # "How many were emails sent in error?"
            if category is None and n.run and sentence_rows:
                category = sentence_rows[-1].breach_type  # "lost paperwork: 9 (2021), 7 (2022)"
            if measure == "generic" and category is None:
                continue
            if breakdown and category is None:
                # "That included 350 in 2018 alone": a year's total inside a longer span's
                dated = _resolve(own[id(n)], state, sent.start) if id(n) in own else None
                if not _within(dated, whole, n.value):
                    continue
                breakdown = cued = False
            measure = "breach"
        elif measure == "misconduct":
            if not state.statistics:
                continue
            category = v.misconduct_type
        force = _listed_force(text, n) or _force_near(forces, n, text)
        if respective:
            force = respective.pop(0)  # "... recorded 29, 50 and 44 respectively"
        is_national = defaulted = False
        if force is None:
            if national:
                is_national = True
            elif (category or parts) and whole is not None and whole.sent is not sent:
                if whole.count < n.value and state.national_at == sent.idx - 1:
                    # a part larger than the force's total, right after a national figure
                    # ("1,702 nationally. Unauthorised access accounted for 1,489"): the same
                    # national breakdown, page context
                    is_national = True
                else:
                    force, breakdown = whole.force, True
            else:
                force = state.current_force or state.default_force
                defaulted = state.current_force is None
        if category is None and measure == "breach" and not breakdown and state.list_type:
            category = _inherited_type(text, n, noun, force, state)
        period, unresolved = _period_of(n, own, periods, state, sent.start)
        parent = None
        if period is None and not unresolved and (breakdown or category):
            parent = whole
            if breakdown and force is not None and (whole is None or whole.force != force):
                # "Derbyshire's total included 131 ...": that force's last total
                parent = next(
                    (
                        r
                        for r in reversed(state.table_rows + state.rows)
                        if r.force == force and _is_total(r)
                    ),
                    None,
                )
        if cued and sentence_rows and period is None:
            parent = sentence_rows[-1]  # "(88), including 14 case files": the figure just before
        if breakdown and parent is not None and parent.breach_type == category:
            continue  # a part of the same kind as its whole is no row of its own
        row = _Row(
            force,
            period,
            category,
            n.value,
            n.approximate,
            sent,
            measure,
            national=is_national,
            breakdown=breakdown,
            order=order,
            unresolved=unresolved,
            parent=parent,
            compared=compared,
            defaulted=defaulted,
            noun=noun,
        )
        if period is not None and period.kind != "sequence":
            state.last_period = period
        sentence_rows.append(row)
    if any(r.measure == "breach" for r in sentence_rows):
        state.last_measure = "breach"  # "27 cases of lost laptops" counted breaches too
        state.last_forces = list(dict.fromkeys(r.force for r in sentence_rows if not r.national))
    _note_list_type(sentence_rows, state)
    if any(r.parent is not None and r.parent is whole for r in sentence_rows):
        state.parts_of, state.parts_at = whole, sent.idx
    if any(row.national for row in sentence_rows):
        state.national_at = sent.idx
    totals = [r for r in sentence_rows if _is_total(r)]
    # the total a later breakdown refers to: the last one not merely compared with
    head = [r for r in totals if not r.compared]
    if head or totals:
        state.last_total = (head or totals)[-1]
    state.rows.extend(sentence_rows)


def _within(period: Period | None, whole: _Row | None, count: int) -> bool:
    """A figure for a narrower period inside the total's, and no larger than it."""
    if period is None or whole is None or whole.period is None or count > whole.count:
        return False
    span = whole.period
    return period != span and span.start <= period.start <= period.end <= span.end


def _beside_period(text: str, n: Num) -> bool:
    """A period written right next to the figure: '2020 - 41', '41 (2020/21)', 'in 2021: 12'."""
    return any(
        re.fullmatch(r"[\s\-–:=(),]*(?:in\s+)?", text[p.end : n.a])
        or re.fullmatch(r"[\s\-–:=(),]*(?:in\s+)?", text[n.b : p.start])
        for p in find_periods(text)
    )


def _clause_before(text: str, a: int) -> str:
    """The clause a figure at `a` closes: back to the last colon, semicolon or figure."""
    start = max([text.rfind(c, 0, a) for c in ";:"] + [-1]) + 1
    digits = list(re.finditer(r"\d", text[start:a]))
    return text[start + digits[-1].end() if digits else start : a]


def _inherited_type(
    text: str, n: Num, noun: str | None, force: str | None, state: _State
) -> str | None:
    """The category of the list before, for a count that names none: 'In 2021 there were 84
    such breaches', or other forces compared in the same terms, with no measure noun or a
    neutral one ('South Wales Police reported 27, North Wales Police 14 cases' after a
    ranking of device losses). A force already in that list gives its total instead."""
    assert state.list_type is not None
    kind, forces = state.list_type
    if re.search(r"\bsuch\b", text[n.b : max(n.noun_end, n.b + 6)]):
        return kind
    return kind if noun in (None, "generic") and force not in forces else None


def _note_list_type(rows: list[_Row], state: _State) -> None:
    """Remember the category every breach count of this sentence shares; a force's total
    ('97 breaches') ends the list."""
    counted = [r for r in rows if r.measure == "breach" and not r.national]
    kinds = {r.breach_type for r in counted}
    kind = next(iter(kinds)) if len(kinds) == 1 else None
    if kind is not None:
        state.list_type = (kind, {r.force for r in counted})
    elif any(r.breach_type is None and r.noun == "breach" for r in rows):
        state.list_type = None


def _type_after(sent: Sent, n: Num, nums: list[Num], within: int | None = None) -> str | None:
    """The category written between the number and the next one ('six involved lost
    paperwork, and four ...'); `within`: its first cue that many characters after it at most
    ('131 emails sent to ...', not 'two calls were to remove ... records')."""
    if within is not None and not any(
        0 <= c.start_char - sent.start - n.b <= within for c in sent.types if c.kb_id_ != "weak"
    ):
        return None
    later = [m.a for m in nums if m.a > n.a]
    return category(sent, n.b, later[0] if later else len(sent.text))


def _is_total(row: _Row) -> bool:
    """A force's total of breaches (no type), the figure a breakdown can refer to."""
    return row.breach_type is None and row.measure == "breach" and not row.national


def _lead_measure(lead: str, sent: Sent) -> str | None:
    """The measure of a list's lead clause ('The areas with most officers disciplined for
    DPA breaches were: ...'): people (then misconduct or outcome) or breaches."""
    v = vocab()
    words = [w.lower() for w in WORD.findall(lead)]
    for w in words:
        if w in v.people - {"police"}:
            return "people"
        if w in v.breach:
            return "breach"
    # "The forces reporting the most device losses were Kent (64), ...": a breach category
    return "breach" if category(sent, 0, len(lead)) else None


def _clause_end(text: str, n: Num) -> int:
    """Where the clause of a count of people ends: its verb may follow a coordinated count
    ('11 police and four civilians were disciplined')."""
    stop = re.search(r"[;]|,\s+(?:while|whereas|but)\b", text[n.b :])
    return n.b + stop.start() if stop else len(text)


def _labelled_category(sent: Sent, n: Num) -> str | None:
    """A category written right before the number, as a label ('lost paperwork: 34'); the
    number ends the item ('exposing 12,000 records' is no label)."""
    if not re.match(r"\s*(?:\([^()]{1,30}\)\s*)?(?:[,.;)\]|]|$|and\b)", sent.text[n.b :]):
        return None  # "lost paperwork: 9 (2021/22), ..." ends its item too
    end = n.a
    head = sent.text[:end].rstrip()
    if head.endswith(("(", ":")):  # "the most paperwork losses (88)", "lost paperwork: 9"
        end = len(head) - 1
    start = max(sent.text.rfind(c, 0, end) for c in ",;:•()") + 1  # this item only
    item = sent.text[start:end]
    # a label, or the clause a bracketed figure closes ("the most common cause was emails
    # sent to the wrong person (71)")
    longest = 12 if end < n.a else 8
    if not 0 < len(WORD.findall(item)) <= longest or re.search(r"\d", item):
        return None
    return category(sent, start, end)


def _row_category(sent: Sent, n: Num, nums: list[Num], state: _State) -> str | None:
    """'5 cases of <category>', '<category>, with 64 cases', 'lost paperwork: 34', 'the
    latter ... 7 cases'."""
    v = vocab()
    text = sent.text
    index = nums.index(n)
    nxt = nums[index + 1].a if index + 1 < len(nums) else len(text)
    prev = nums[index - 1].b if index else 0
    after = text[n.noun_end : nxt]
    # "200 breaches between 2019 and 2021 in which ...": past the count's period phrase
    skip = 0
    if re.match(r"\s*(?:in|between|from|during|over|since)\s+\S*\d", after):
        skip = next((p.end for p in find_periods(after) if after[: p.start].strip() == ""), 0)
    if v.category_after.search(after[skip : skip + 20]) or v.category_after.search(
        text[n.b : n.b + 20]
    ):
        found = category(sent, n.noun_end, nxt)
        if found:
            return found
    labelled = _labelled_category(sent, n)
    if labelled:
        return labelled
    left = text[prev : n.a]
    cue = v.category_before.search(left)
    # the clause before the cue names the category, not breaches in general ("the number of
    # data breaches is rising, with 476 incidents")
    clause = re.split(r"[,;:]\s", left[: cue.start()].rstrip(" ,;:"))[-1] if cue else ""
    if cue and not any(w.lower() in v.breach for w in WORD.findall(clause)):
        found = category(sent, prev, n.a)
        if found:
            return found
        if state.last_categories:
            if v.latter.search(text):
                return state.last_categories[-1]
            if v.former.search(text):
                return state.last_categories[0]
    return None


# ", a force of similar size to South Wales,": an aside after a name, whose names are not
# the subject of the verb that follows it
_ASIDE = re.compile(r",\s+(?:a|an|one\s+of|which|who|whose|like|unlike|itself)\b[^,;:]*,")


def _force_near(forces: list[tuple[int, int, str]], n: Num, text: str = "") -> str | None:
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text[: n.a])]
    forces = [f for f in forces if not any(a <= f[0] < b for a, b in asides)] or forces
    before = [f for f in forces if f[1] <= n.a]
    if before:
        return before[-1][2]
    after = [f for f in forces if f[0] >= n.b]
    return after[0][2] if after else None


def _attach_periods(
    text: str, periods: list[PeriodMention], nums: list[Num]
) -> dict[int, PeriodMention]:
    """Each period phrase goes to the count it is written next to: the one just before it
    ('104 breaches in 2022', '54 a year later'), else the one just after ('In 2022, X had 104').
    Returns id(num) -> its best mention (explicit years beat relative phrases)."""
    own: dict[int, list[tuple[bool, PeriodMention]]] = defaultdict(list)
    for p in periods:
        left = [n for n in nums if n.b <= p.start]
        right = [n for n in nums if n.a >= p.end]
        target, far = None, False
        gap = text[left[-1].noun_end : p.start] if left else ""
        if right and re.fullmatch(r"\s*[-–:=]\s*", text[p.end : right[0].a]):
            target = right[0]  # "2020 - 41, 2021 - 48": a period and its figure
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

    return {
        k: min(v, key=lambda fp: (fp[0], _KIND_RANK[fp[1].kind], distance(fp[1], place[k])))[1]
        for k, v in own.items()
    }


def _period_of(
    n: Num, own: dict[int, PeriodMention], periods: list[PeriodMention], state: _State, at: int
) -> tuple[Period | None, bool]:
    """The count's period, and whether its own period phrase could not be dated (`at`: the
    sentence's offset)."""
    if id(n) in own:
        period = _resolve(own[id(n)], state, at)
        return period, period is None
    candidates = [p for p in reversed(periods) if p.end <= n.a]
    candidates += [p for p in periods if p.start >= n.b]
    for mention in candidates:
        period = _resolve(mention, state, at)
        if period is not None:
            return period, False
    return None, False


def _page_span(state: _State, force: str | None) -> Period | None:
    """The whole period a force's yearly figures cover (a breakdown of all of them)."""
    periods = [
        r.period for r in state.rows if r.force == force and r.period and r.breach_type is None
    ]
    if len(periods) >= 2:
        return Period(min(p.start for p in periods), max(p.end for p in periods), "span")
    spans = state.page_spans()
    return spans[0] if spans else None


# ---------------------------------------------------------------- the page


@dataclass
class Tallies:
    """A page's tallies: force rows, and figures kept as page context only."""

    counts: list[BreachCount] = field(default_factory=list)
    national: list[PageCount] = field(default_factory=list)
    outcomes: list[PageCount] = field(default_factory=list)


def _evidence(row: _Row) -> Evidence:
    text, start, end = row.where
    return Evidence("breach_count", str(row.count), text, start, end)


def might_have_tallies(doc: Doc) -> bool:
    """A cheap look at the whole text: figures and a word about breaches or misconduct
    (word stems of tallies.toml's topic and misconduct lists, as plain substrings), or a
    breach category."""
    text = doc_text(doc).lower()
    if _DIGIT.search(text) is None:
        return False
    # "police devices and paperwork lost": a page of breach categories without the word
    return any(stem in text for stem in _STEMS) or any(
        not c.label_.startswith("_") for c in doc.spans.get("breach_cues", [])
    )


_DIGIT = re.compile(r"\d")
_STEMS = ("breach", "data protection", "data loss", "leak", "disclos", "personal data",
          "personal information", "disciplin", "misconduct", "investigat")  # fmt: skip


def states_figures(sent: Sent) -> bool:
    """The sentence gives counts (not years, money or percentages): 'Kent had the most
    convictions (9)'."""
    with reading_data(doc_data_dir(sent.span.doc)):
        # "one of the central issues" is no figure
        return any(n.value > 1 or sent.text[n.a].isdigit() for n in numbers(sent.text))


def find_tallies(sents: list[Sent], force: str | None, published: date | None = None) -> Tallies:
    """Every tally of a page; `force` is its subject force (None: only named forces count).
    Cue words come from the data folder of the pipeline that made the Doc."""
    if not sents:
        return Tallies()
    with reading_data(doc_data_dir(sents[0].span.doc)):
        return _find_tallies(sents, force, published)


def _find_tallies(sents: list[Sent], force: str | None, published: date | None) -> Tallies:
    out = Tallies()
    if not sents:
        return out
    doc = sents[0].span.doc
    if not might_have_tallies(doc):
        return out
    text = doc_text(doc)
    reference = published or reference_date(text)
    if force is None:
        # no force acts on the page ('figures released to us by Kent Police'): the one named most
        names = [s.label_ for s in doc.spans.get("forces", [])]
        force = max(set(names), key=names.count) if names else None
    state = _State(reference=reference, default_force=force)
    state.sents = sents
    state.statistics = bool(vocab().statistics.search(text))
    table_rows, ranges = find_table_rows(text, sents, force, reference)
    state.table_rows = [_table_row(t, sents) for t in table_rows]
    topic = vocab().topic
    for sent in sents:
        if any(a <= sent.start < b for a, b in ranges):
            continue
        if "?" in sent.text and (asked := _question(sent)) is not None:
            state.question, state.question_at = asked, sent.idx
            continue
        lowered = sent.text.lower()
        if _DIGIT.search(sent.text) or (
            (sent.types or any(h in lowered for h in _HINTS)) and _HAS_NUMBER.search(sent.text)
        ):
            _read_sentence(sent, state, sent.start)
        named = _sentence_forces(sent)
        if named and len({f[2] for f in named}) == 1:
            state.current_force = named[0][2]
        categories = categories_in(sent)
        if categories:
            state.last_categories = categories
        if topic.search(sent.text):
            state.topic_at = sent.idx
    for row in state.rows:
        if row.period is None and not row.unresolved and row.parent is None:
            row.period, row.borrowed = _nearest_period(sents, row, state), True
    for row in state.rows:
        total = row.parent
        if row.period is None and total is not None:
            # a breakdown shares its total's period, unless it is larger than that total
            # (then it breaks down the whole period the page covers)
            fits = total.period is not None and row.count <= total.count
            row.period = total.period if fits else _page_span(state, row.force)
            row.borrowed = True
    rows = state.rows + state.table_rows
    if len({r.force for r in rows if r.force and not r.defaulted}) > 1:
        # a page comparing forces: a figure naming none is no one force's ("Police logged
        # 6,800 breaches" over a league table)
        rows = [r for r in rows if not r.defaulted]
    _collect(rows, out)
    return out


def _table_row(t: TableRow, sents: list[Sent]) -> _Row:
    sent = next((s for s in sents if s.end > t.start), sents[-1])
    where = (t.text, t.start, t.end)
    return _Row(
        t.force, t.period, t.breach_type, t.count, False, sent, "breach", order=t.start, where=where
    )


def _nearest_period(sents: list[Sent], row: _Row, state: _State) -> Period | None:
    """A count whose sentence states no period: the period stated nearest before it, else
    just after it (a headline's figure, a lead's 'in one year' explained later)."""
    idx = row.sent.idx
    order = [*range(idx - 1, max(-1, idx - 7), -1), *range(idx + 1, min(len(sents), idx + 5))]
    for k in order:
        s = sents[k]
        if s.is_dateline():
            continue
        for mention in find_periods(s.text, state.reference):
            period = _resolve(mention, state, s.start)
            if period is not None:
                return period
    return None


def _collect(rows: list[_Row], out: Tallies) -> None:
    """Rows to output: one figure per force, period and type; parts written in one sentence
    add up ('five cases of A, four of A'), a figure repeated elsewhere counts once."""
    chosen: dict[tuple[str, str, str | None], list[_Row]] = {}
    # a figure the text also gives as approximate is approximate where nothing dates it (a
    # headline's "2,000 breaches" over the body's "more than 2,000 since 2016")
    rounded = {(r.force, r.count) for r in rows if r.approximate}
    for row in rows:
        row.approximate = row.approximate or (row.borrowed and (row.force, row.count) in rounded)
    for row in sorted(rows, key=lambda r: r.order):
        if row.period is None:
            continue
        if row.measure == "outcome" or row.national or row.force is None:
            target = out.outcomes if row.measure == "outcome" else out.national
            if row.measure == "outcome" or row.national:
                target.append(
                    PageCount(
                        measure=row.measure,
                        period=row.period.label,
                        count=row.count,
                        approximate=row.approximate,
                        force=row.force if not row.national else None,
                        evidence=_evidence(row),
                    )
                )
            continue
        key = (row.force, row.period.label, row.breach_type)
        have = chosen.get(key)
        if have is None:
            chosen[key] = [row]
        elif have[0].where == row.where and not row.approximate:
            have.append(row)
        elif (row.approximate, row.borrowed, row.defaulted) < (
            have[0].approximate,
            have[0].borrowed,
            have[0].defaulted,
        ):
            # an exact figure beats a rounded one, one dated in its own sentence one dated by
            # its neighbours, one naming its force one that names none: "nearly 1,000 in
            # three years" < "1,012 between 2019 and 2021"
            chosen[key] = [row]
    for (force, _, btype), group in chosen.items():
        for row in group:
            assert row.period is not None
            out.counts.append(
                BreachCount(
                    force=force,
                    period=row.period.label,
                    breach_type=btype,
                    count=row.count,
                    evidence=_evidence(row),
                    approximate=row.approximate,
                    period_start=row.period.start,
                    period_end=row.period.end,
                )
            )


def find_breach_counts(
    sents: list[Sent], force: str | None, published: date | None = None
) -> list[BreachCount]:
    """The force rows of `find_tallies` (the old entry point)."""
    return find_tallies(sents, force, published).counts
