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
from functools import cache

from text_to_num import text2num

from extract.components.doctext import doc_text
from extract.components.forces import force_aliases
from extract.datafiles import load_toml
from extract.facts import type_scores
from extract.models import BreachCount, Evidence, PageCount
from extract.rules.periods import Period, PeriodMention, find_periods, reference_date, resolve
from extract.sentences import Sent, is_passive_mention

# ---------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class _Vocab:
    breach: frozenset[str]
    generic: frozenset[str]
    plain: frozenset[str]
    telling: frozenset[str]
    people: frozenset[str]
    broader: re.Pattern[str]
    topic: re.Pattern[str]
    max_modifiers: int
    misconduct: re.Pattern[str]
    outcome: re.Pattern[str]
    offence: re.Pattern[str]
    misconduct_type: str
    subset_before: re.Pattern[str]
    national: re.Pattern[str]
    approximate: re.Pattern[str]
    dispute: re.Pattern[str]
    disputed_object: re.Pattern[str]
    wrong: re.Pattern[str]
    continues: re.Pattern[str]
    demonstrative: frozenset[str]
    same_number: re.Pattern[str]
    one_more: re.Pattern[str]
    zero: re.Pattern[str]
    latter: re.Pattern[str]
    former: re.Pattern[str]
    category_before: re.Pattern[str]
    category_after: re.Pattern[str]


def _any(words: list[str], *, suffix: str = "", prefix: str = "") -> re.Pattern[str]:
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"{prefix}(?<![\w'’])(?:{alts})(?![\w'’]){suffix}", re.I)


@cache
def _vocab() -> _Vocab:
    data = load_toml("tallies.toml")
    m, p, c = data["measures"], data["people"], data["context"]
    return _Vocab(
        breach=frozenset(m["breach"]),
        generic=frozenset(m["generic"]),
        plain=frozenset(m["plain_modifiers"]),
        telling=frozenset(m["telling_modifiers"]),
        people=frozenset(m["people"]),
        broader=_any(m["broader"]),
        topic=_any(m["topic"]),
        max_modifiers=int(m["max_modifiers"]),
        misconduct=_any(p["misconduct"]),
        outcome=_any(p["outcome"]),
        offence=_any(p["offence"]),
        misconduct_type=p["breach_type"],
        subset_before=_any(c["subset"], suffix=r"\W*$"),
        national=_any(c["national"]),
        approximate=_any(c["approximate"], suffix=r"\s*$"),
        dispute=_any(c["dispute"]),
        disputed_object=_any(c["disputed_object"]),
        wrong=re.compile(
            _any(c["disputed_object"]).pattern
            + r"\s+(?:is|are|was|were)\s+(?:\w+\s+)?"
            + _any(c["wrong"]).pattern,
            re.I,
        ),
        continues=_any(c["continues"], suffix=r"[\s(:]*$"),
        demonstrative=frozenset(c["demonstrative"]),
        same_number=_any(c["same_number"]),
        one_more=_any(c["one_more"], suffix=r"(?=\s+of\b)"),
        zero=_any(c["zero"]),
        latter=_any(c["latter"]),
        former=_any(c["former"]),
        category_before=_any(c["category_before"], suffix=r"\W*$"),
        category_after=_any(c["category_after"], prefix=r"^\W*"),
    )


@cache
def _alias_index() -> dict[str, str]:
    """Every force alias, context ones included ('Merseyside'), lower-cased -> canonical."""
    return {a.text.lower(): a.canonical for a in force_aliases()}


@cache
def _alias_re() -> re.Pattern[str]:
    """Force names as written, place names included: in a sentence giving figures, a bare
    'Merseyside' or 'Greater Manchester' is the force (the gazetteer wants police words)."""
    names = sorted({a.text for a in force_aliases() if a.text[:1].isupper()}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


# ---------------------------------------------------------------- numbers

_UNITS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|hundred|thousand"
)
_WORD_NUMBER = re.compile(rf"\b(?:{_UNITS})(?:(?:[\s-]+|\s+and\s+)(?:{_UNITS}))*\b", re.I)
_DIGITS = re.compile(
    r"(?<![\w£$€.,/:#-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w/%]|[.,:]\d|\s*(?:per\s*cent|percent|%))"
)
_YEARLIKE = re.compile(r"(?:19[5-9]\d|20[0-4]\d)$")
_WORD = re.compile(r"[\w'’-]+")
_STOP = {"in", "of", "a", "an", "the", "to", "and", "or", "but", "while", "at", "by", "for"}
# After a number that continues a measure: nothing but punctuation or a period phrase.
_BARE_END = re.compile(
    r"\s*(?:[,.;:)(\]]|$|(?:back\s+)?(?:in|during|for|over|since|between)\b|a\s+year\b|"
    r"the\s+(?:following|next|previous|same|past|last)\b|last\s+year|this\s+year)",
    re.I,
)
_HAS_NUMBER = re.compile(rf"\d|\b(?:{_UNITS}|another|same)\b", re.I)
# "That number was 346", "the figure stood at 50": a number pointing back at a measure.
_ANAPHOR = re.compile(r"\b(?:that|this|the)\s+(?:number|figure|total)\b[^.]*$", re.I)
_REFERENCE_BEFORE = re.compile(
    r"(?:section|sections|request|requests|number|numbers|no\.?|page|pages|question|q|ref|"
    r"reference|foi|article|schedule|paragraph|chapter|part|step|item|point|tier|level|"
    r"phase|version|aged|age)\W*$",
    re.I,
)


@dataclass
class _Num:
    value: int
    a: int  # offsets in the sentence text
    b: int
    approximate: bool
    measure: str | None = None  # breach | broader | people | None (continues one)
    noun_end: int = 0
    elliptical: bool = False
    same: bool = False  # "the same number"


def _numbers(text: str) -> list[_Num]:
    """Counts written as digits or words, not years, money, percentages or references."""
    v = _vocab()
    found: list[_Num] = []
    for m in _DIGITS.finditer(text):
        raw = m.group(1)
        if _YEARLIKE.match(raw) and "," not in raw:
            continue
        before = text[max(0, m.start() - 30) : m.start()]
        if _REFERENCE_BEFORE.search(before) or re.search(r"[£$€]\s*$", before):
            continue
        if re.match(r"\s*(?:million|m\b|bn|billion|k\b|pounds|years?\b|months?\b|days?\b)",
                    text[m.end() :], re.I):
            continue
        found.append(_Num(int(raw.replace(",", "")), m.start(), m.end(), False))
    for m in _WORD_NUMBER.finditer(text):
        try:
            value = text2num(m.group(0).lower().replace("-", " "), "en")
        except ValueError:
            continue
        after = text[m.end() :]
        if re.match(r"\s*(?:years?|months?|weeks?|days?|of\s+(?:us|them|the\s+(?:most|few)))\b",
                    after, re.I):
            continue
        found.append(_Num(value, m.start(), m.end(), False))
    for m in v.one_more.finditer(text):
        found.append(_Num(1, m.start(), m.end(), False))
    for m in v.zero.finditer(text):
        found.append(_Num(0, m.start(), m.end(), False))
    for m in v.same_number.finditer(text):
        found.append(_Num(0, m.start(), m.end(), False, same=True))
    found.sort(key=lambda n: n.a)
    for n in found:
        n.approximate = bool(v.approximate.search(text[max(0, n.a - 25) : n.a]))
        n.noun_end = n.b
    return [n for n in found if n.value >= 0]


def _measure_after(text: str, n: _Num) -> None:
    """The measure noun right after the number, within a few modifier words."""
    v = _vocab()
    if n.same:
        n.elliptical = True
        return
    after = text[n.b : n.b + 80]
    if re.match(r"\s*[(\[]", after) or re.match(r"\s*(?:,|;|\.|$)", after):
        n.elliptical = True
        return
    broader = v.broader.match(after.lstrip())
    if broader:
        n.measure = "broader"
        n.noun_end = n.b + (len(after) - len(after.lstrip())) + broader.end()
        return
    modifiers: list[str] = []
    for m in _WORD.finditer(after):
        word = m.group(0).lower().strip("'’")
        if not m.group(0)[0].islower() or word in _STOP:
            break  # a name or a new clause: "95 and Sussex Police 80"
        if word in v.breach:
            n.measure = "breach"
        elif word in v.generic and all(w in v.plain for w in modifiers):
            n.measure = "breach" if set(modifiers) & v.telling else "generic"
        elif word in v.people:
            # "300 police breaches": a people word before a measure noun is a modifier
            following = _WORD.match(after, m.end() + 1)
            nxt = following.group(0).lower() if following else ""
            if nxt not in v.breach and nxt not in v.generic:
                n.measure = "people"
        if n.measure:
            n.noun_end = n.b + m.end()
            return
        if len(modifiers) >= v.max_modifiers:
            break
        modifiers.append(word)
    n.elliptical = True


# ---------------------------------------------------------------- forces


_NAME_BEFORE = re.compile(
    r"((?:[A-Z][\w&'’.-]*)(?:\s+(?:and|&|of|the|[A-Z][\w&'’.-]*)){0,5})\s*[(:,–—-]?\s*$"
)


def _listed_force(text: str, n: _Num) -> str | None:
    """'Merseyside (208)', 'Kent Police: 120', 'Essex 95': the force named right before."""
    m = _NAME_BEFORE.search(text[max(0, n.a - 70) : n.a])
    if not m:
        return None
    words = m.group(1).split()
    index = _alias_index()
    for i in range(len(words)):
        name = index.get(" ".join(words[i:]).lower())
        if name:
            return name
    return None


def _tally_forces(sent: Sent) -> list[tuple[int, int, str]]:
    """The sentence's forces, plus place-name references the gazetteer left out."""
    named = _sentence_forces(sent)
    index = _alias_index()
    for m in _alias_re().finditer(sent.text):
        if not any(a < m.end() and m.start() < b for a, b, _ in named):
            named.append((m.start(), m.end(), index[m.group(0).lower()]))
    return sorted(named)


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


@dataclass
class _State:
    """What the reading of earlier sentences left behind for the next ones."""

    reference: date | None
    default_force: str | None
    spans: list[Period] = field(default_factory=list)  # explicit spans of the page
    last_period: Period | None = None
    last_total: _Row | None = None
    last_measure: str | None = None
    topic_at: int = -9  # index of the last sentence about breaches
    current_force: str | None = None  # the force named last ("The force recorded ...")
    last_categories: list[str] = field(default_factory=list)
    rows: list[_Row] = field(default_factory=list)


_KIND_RANK = {"financial_year": 0, "span": 0, "year": 0, "since": 1, "relative": 2, "sequence": 3}


def _resolve(mention: PeriodMention, state: _State) -> Period | None:
    if mention.kind == "since" and state.reference is None:
        start = int(re.findall(r"\d{4}", mention.text)[-1])
        return next((p for p in state.spans if p.start == start), None)
    if mention.kind in ("relative", "sequence"):
        fresh = PeriodMention(mention.text, mention.start, mention.end, mention.kind, None)
        return resolve(fresh, state.reference, state.last_period)
    return resolve(mention, state.reference, state.last_period)


def _category(sent: Sent, a: int, b: int) -> str | None:
    """Best breach type of the cues within sentence offsets [a, b)."""
    piece = Sent(-1, sent.span, sent.start, sent.end, sent.text)
    piece.types = [
        c for c in sent.types if a <= c.start_char - sent.start and c.end_char - sent.start <= b
    ]
    scores = type_scores([piece])
    if not scores:
        return None
    best = max(scores.values())
    return next(c for c, s in scores.items() if s == best) if best >= 1 else None


def _categories_in(sent: Sent) -> list[str]:
    ordered: list[str] = []
    for cue in sorted(sent.types, key=lambda c: c.start):
        if cue.label_ != "_loss" and cue.kb_id_ == "strong" and cue.label_ not in ordered:
            ordered.append(cue.label_)
    return ordered


def _people_measure(clause: str, sentence: str) -> str | None:
    """misconduct | outcome | None for a count of people, from the words of its clause (the
    offence may be named anywhere in the sentence)."""
    v = _vocab()
    outcome = v.outcome.search(clause)
    misconduct = v.misconduct.search(clause)
    if outcome and (not misconduct or outcome.start() < misconduct.start()):
        return "outcome"
    if misconduct and (v.offence.search(clause) or v.offence.search(sentence)):
        return "misconduct"
    return None


def _read_sentence(sent: Sent, state: _State, order: int) -> None:
    v = _vocab()
    text = sent.text
    nums = _numbers(text)
    if not nums:
        return
    for n in nums:
        _measure_after(text, n)
    nums = [n for n in nums if n.value or n.same or not n.elliptical]
    lowered = text.lower()
    topical = bool(v.topic.search(lowered))
    broader_named = [
        m for m in v.broader.finditer(lowered)
        if not set(lowered[max(0, m.start() - 12) : m.start()].split()) & v.demonstrative
    ]
    disputed = bool(v.wrong.search(lowered)) or any(
        v.disputed_object.search(lowered[max(0, m.start() - 40) : m.end() + 40])
        for m in v.dispute.finditer(lowered)
    )
    national = bool(v.national.search(lowered)) and not sent.forces
    forces = _tally_forces(sent)
    lead_end = text.find(":")
    previous: _Num | None = None
    kept: list[tuple[_Num, str]] = []
    for n in nums:
        measure = n.measure
        before = text[max(0, n.a - 30) : n.a]
        if measure == "broader":
            pointed = set(lowered[max(0, n.a - 40) : n.a].split()) & v.demonstrative
            measure = "breach" if pointed and not broader_named else None
        elif measure == "generic":
            # "“Security incidents” also rose, reaching 974 incidents": the wider measure
            about_breaches = (topical or state.last_measure == "breach") and not broader_named
            measure = "breach" if about_breaches else "generic"
        if n.elliptical:
            listed = _listed_force(text, n) is not None
            if n.same and previous is not None:
                n.value = previous.value
            elif n.same and state.last_total is not None:
                n.value = state.last_total.count
            enumerated = bool(re.match(r"\s+of\b", text[n.b :]))  # "four of missing USB sticks"
            bracketed = before.endswith("(") and text[n.b : n.b + 1] == ")"  # "in the period (488)"
            continues = bool(v.continues.search(before)) and bool(
                _BARE_END.match(text[n.b :]) or (previous is not None and previous.measure)
            )  # "rose to 54 a year later", "the total standing at 175.", "and 98 have lost"
            labelled = _labelled_category(sent, n) is not None  # "emails to the wrong person: 21"
            partitive = bool(  # "Of these, 87 involved ..."
                v.subset_before.search(text[max(0, n.a - 15) : n.a])
                and v.category_after.search(text[n.b : n.b + 20])
            )
            accepted = (n.same, listed, enumerated, bracketed, continues, labelled, partitive)
            if not any(accepted):
                continue
            if previous is not None and previous.measure is not None:
                measure = previous.measure
            elif 0 < lead_end < n.a:
                measure = _lead_measure(text[:lead_end], sent)
            if measure is None and not broader_named and (
                topical
                or state.last_measure == "breach"
                or (_ANAPHOR.search(before) and sent.idx - state.topic_at <= 2)
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
        previous = n
        if measure in ("breach", "generic", "misconduct", "outcome"):
            kept.append((n, measure))
    if not kept:
        return
    state.last_measure = "breach" if any(m == "breach" for _, m in kept) else state.last_measure
    if disputed:
        return
    periods = find_periods(text, state.reference)
    own = _attach_periods(periods, [n for n, _ in kept])
    sentence_rows: list[_Row] = []
    for n, measure in kept:
        category = None
        breakdown = bool(v.subset_before.search(text[max(0, n.a - 15) : n.a])) or bool(
            re.match(r"\s+of\s+(?:the|these|those|its|their)\b", text[n.b :], re.I)
        )
        if measure in ("breach", "generic"):
            category = _row_category(sent, n, nums, state)
            if measure == "generic" and category is None:
                continue
            if breakdown and category is None:
                continue
            measure = "breach"
        elif measure == "misconduct":
            category = v.misconduct_type
        force = _listed_force(text, n) or _force_near(forces, n)
        is_national = False
        if force is None:
            if category and state.last_total is not None and state.last_total.sent is not sent:
                force, breakdown = state.last_total.force, True
            elif national:
                is_national = True
            else:
                force = state.current_force or state.default_force
        period, unresolved = _period_of(n, own, periods, state)
        parent = None
        if period is None and not unresolved and (breakdown or category):
            parent = state.last_total
        row = _Row(
            force, period, category, n.value, n.approximate, sent, measure,
            national=is_national, breakdown=breakdown, order=order, unresolved=unresolved,
            parent=parent,
        )
        if period is not None and period.kind != "sequence":
            state.last_period = period
        sentence_rows.append(row)
    for row in sentence_rows:
        if row.breach_type is None and row.measure == "breach" and not row.national:
            state.last_total = row
    state.rows.extend(sentence_rows)


def _lead_measure(lead: str, sent: Sent) -> str | None:
    """The measure of a list's lead clause ('The areas with most officers disciplined for
    DPA breaches were: ...'): people (then misconduct or outcome) or breaches."""
    v = _vocab()
    words = [w.lower() for w in _WORD.findall(lead)]
    for w in words:
        if w in v.people - {"police"}:
            return "people"
        if w in v.breach:
            return "breach"
    return None


def _clause_end(text: str, n: _Num) -> int:
    """Where the clause of a count of people ends: its verb may follow a coordinated count
    ('11 police and four civilians were disciplined')."""
    stop = re.search(r"[;]|,\s+(?:while|whereas|but)\b", text[n.b :])
    return n.b + stop.start() if stop else len(text)


def _labelled_category(sent: Sent, n: _Num) -> str | None:
    """A category written right before the number, as a label ('lost paperwork: 34')."""
    for cue in sent.types:
        end = cue.end_char - sent.start
        between = sent.text[end : n.a]
        if cue.label_ != "_loss" and end <= n.a and re.fullmatch(r"[\s:–—,(-]*", between):
            start = max(sent.text.rfind(c, 0, end) for c in ",;:•") + 1  # this item only
            return _category(sent, start, n.a)
    return None


def _row_category(sent: Sent, n: _Num, nums: list[_Num], state: _State) -> str | None:
    """'5 cases of <category>', '<category>, with 64 cases', 'lost paperwork: 34', 'the
    latter ... 7 cases'."""
    v = _vocab()
    text = sent.text
    index = nums.index(n)
    nxt = nums[index + 1].a if index + 1 < len(nums) else len(text)
    prev = nums[index - 1].b if index else 0
    after = text[n.noun_end : nxt]
    if v.category_after.search(after[:20]) or v.category_after.search(text[n.b : n.b + 20]):
        found = _category(sent, n.noun_end, nxt)
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
    if cue and not any(w.lower() in v.breach for w in _WORD.findall(clause)):
        found = _category(sent, prev, n.a)
        if found:
            return found
        if state.last_categories:
            if v.latter.search(text):
                return state.last_categories[-1]
            if v.former.search(text):
                return state.last_categories[0]
    return None


def _force_near(forces: list[tuple[int, int, str]], n: _Num) -> str | None:
    before = [f for f in forces if f[1] <= n.a]
    if before:
        return before[-1][2]
    after = [f for f in forces if f[0] >= n.b]
    return after[0][2] if after else None


def _attach_periods(periods: list[PeriodMention], nums: list[_Num]) -> dict[int, PeriodMention]:
    """Each period phrase goes to the count it is written next to: the one just before it
    ('104 breaches in 2022', '54 a year later'), else the one just after ('In 2022, X had 104').
    Returns id(num) -> its best mention (explicit years beat relative phrases)."""
    own: dict[int, list[PeriodMention]] = defaultdict(list)
    for p in periods:
        left = [n for n in nums if n.b <= p.start]
        right = [n for n in nums if n.a >= p.end]
        target = None
        if left and p.start - left[-1].noun_end <= 30:
            target = left[-1]
        elif right:
            target = right[0]
        elif left:
            target = left[-1]
        if target is not None:
            own[id(target)].append(p)
    return {k: min(v, key=lambda p: _KIND_RANK[p.kind]) for k, v in own.items()}


def _period_of(
    n: _Num, own: dict[int, PeriodMention], periods: list[PeriodMention], state: _State
) -> tuple[Period | None, bool]:
    """The count's period, and whether its own period phrase could not be dated."""
    if id(n) in own:
        period = _resolve(own[id(n)], state)
        return period, period is None
    candidates = [p for p in reversed(periods) if p.end <= n.a]
    candidates += [p for p in periods if p.start >= n.b]
    for mention in candidates:
        period = _resolve(mention, state)
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
    return state.spans[0] if state.spans else None


# ---------------------------------------------------------------- tables


_CELL = re.compile(
    r"(?P<fy>(?:19|20)\d\d\s*[/–-]\s*\d\d(?:\d\d)?)|(?P<year>\b(?:19[5-9]\d|20[0-4]\d)\b)"
    r"|(?P<num>(?<![\w/.])\d{1,3}(?:,\d{3})+(?![\w/])|(?<![\w/.])\d+(?![\w/.]))"
    r"|(?P<text>[A-Za-z][^|\t\d]*[A-Za-z)])"
)


@dataclass
class _Cell:
    kind: str  # fy | year | num | text
    text: str
    start: int
    end: int
    line: int


def _cells(text: str, start: int, end: int, line: int) -> list[_Cell]:
    return [
        _Cell(m.lastgroup or "text", m.group(0).strip(), start + m.start(), start + m.end(), line)
        for m in _CELL.finditer(text[start:end])
    ]


def _is_table_line(line: str) -> bool:
    words = _WORD.findall(re.sub(r"\d[\d,/\-–]*", " ", line))
    has_value = bool(re.search(r"\d", line))
    return (has_value and len(words) <= 8 and not re.search(r"[a-z]{3,}[.!?]\s*$", line)) or (
        not line.strip(" |\t")
    )


def find_table_rows(
    text: str, sents: list[Sent], default_force: str | None, reference: date | None
) -> tuple[list[_Row], list[tuple[int, int]]]:
    """Rows of tables whose cells ran together in the text ('2022 | 104 | 2023 | 134', one
    cell per line, or 'Force 2019 2020' over 'Kent Police 12 15'), under a caption naming
    a breach measure. Returns the rows and the character ranges the tables cover."""
    v = _vocab()
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    rows: list[_Row] = []
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
            cells = [c for k in range(i, j) for c in _cells(text, *lines[k], k)]
            found = _table(cells, text, caption, sents, default_force, reference)
            if found:
                rows += found
                ranges.append((a, lines[j - 1][1]))
        i = max(j, i + 1)
    del v
    return rows, ranges


def _caption(text: str, lines: list[tuple[int, int]], i: int, j: int) -> tuple[int, int] | None:
    """What a table counts: its first line, or the nearest line above it (within 3), or a
    row label, naming breaches ('Data breaches by force, 2016-2020', 'Data breaches 97 131')."""
    v = _vocab()
    for k in [i, *range(i - 1, max(-1, i - 4), -1), *range(i + 1, j)]:
        line = text[lines[k][0] : lines[k][1]]
        if v.topic.search(line):
            return lines[k]
    return None


def _table(
    cells: list[_Cell],
    text: str,
    caption: tuple[int, int],
    sents: list[Sent],
    default_force: str | None,
    reference: date | None,
) -> list[_Row]:
    caption_text = text[caption[0] : caption[1]]
    caption_periods = [p.period for p in find_periods(caption_text, reference) if p.period]
    caption_period = caption_periods[0] if caption_periods else None
    if any(c.kind == "text" and _vocab().national.search(c.text) for c in cells):
        return []
    header = _header_periods(cells)
    out: list[tuple[str | None, Period | None, str | None, int, _Cell, _Cell]] = []
    if header:
        periods, rest = header
        k = 0
        while k < len(rest):
            label = rest[k]
            values = rest[k + 1 : k + 1 + len(periods)]
            if label.kind == "text" and len(values) == len(periods):
                if all(c.kind == "num" for c in values):
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
                period = _cell_period(label)
                out.append((default_force, period, None, count, label, value))
            elif label.kind == "text":
                force, btype = _label(label, sents, default_force)
                out.append((force, caption_period, btype, count, label, value))
    rows = []
    for force, period, btype, count, first, last in out:
        if force is None or period is None:
            continue
        sent = _line_sent(text, first, last)
        rows.append(_Row(force, period, btype, count, False, sent, "breach", order=first.start))
    return rows


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
    if found and found[0].period is not None:
        return found[0].period
    year = int(cell.text[:4])
    return Period(year, year)


def _label(cell: _Cell, sents: list[Sent], default: str | None) -> tuple[str | None, str | None]:
    """A row label: a force ('Kent Police', 'Merseyside'), a breach category, or a total."""
    name = _alias_index().get(re.sub(r"\s+", " ", cell.text).lower())
    if name:
        return name, None
    for sent in sents:
        if sent.start <= cell.start < sent.end or cell.start <= sent.start < cell.end:
            found = _category(sent, cell.start - sent.start, cell.end - sent.start)
            if found:
                return default, found
    if re.search(r"\btotal\b", cell.text, re.I) or _vocab().topic.search(cell.text):
        return default, None  # "Total", "Data breaches": the force's total
    return None, None


class _LineSent:
    """Evidence holder for a table row: the text from its label to its figure."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text[start:end], start, end


def _line_sent(text: str, first: _Cell, last: _Cell) -> Sent:
    start = text.rfind("\n", 0, first.start) + 1
    end = text.find("\n", last.end)
    end = len(text) if end == -1 else end
    holder = _LineSent(text, start, end)
    return holder  # type: ignore[return-value]


# ---------------------------------------------------------------- the page


@dataclass
class Tallies:
    """A page's tallies: force rows, and figures kept as page context only."""

    counts: list[BreachCount] = field(default_factory=list)
    national: list[PageCount] = field(default_factory=list)
    outcomes: list[PageCount] = field(default_factory=list)


def _evidence(row: _Row) -> Evidence:
    s = row.sent
    return Evidence("breach_count", str(row.count), s.text, s.start, s.end)


def find_tallies(
    sents: list[Sent], force: str | None, published: date | None = None
) -> Tallies:
    """Every tally of a page; `force` is its subject force (None: only named forces count)."""
    out = Tallies()
    if not sents:
        return out
    doc = sents[0].span.doc
    text = doc_text(doc)
    reference = published or reference_date(text)
    if force is None:
        # no force acts on the page ('figures released to us by Kent Police'): the one named most
        names = [s.label_ for s in doc.spans.get("forces", [])]
        force = max(set(names), key=names.count) if names else None
    state = _State(reference=reference, default_force=force)
    state.spans = [
        p.period
        for s in sents
        if re.search(r"\d{4}", s.text)
        for p in find_periods(s.text)
        if p.period is not None and p.period.start != p.period.end
    ]
    table_rows, ranges = find_table_rows(text, sents, force, reference)
    topic = _vocab().topic
    for i, sent in enumerate(sents):
        if any(a <= sent.start < b for a, b in ranges):
            continue
        if _HAS_NUMBER.search(sent.text):
            _read_sentence(sent, state, i)
        named = _sentence_forces(sent)
        if named and len({f[2] for f in named}) == 1:
            state.current_force = named[0][2]
        categories = _categories_in(sent)
        if categories:
            state.last_categories = categories
        if topic.search(sent.text):
            state.topic_at = sent.idx
    for row in state.rows:
        if row.period is None and not row.unresolved and row.parent is None:
            row.period = _nearest_period(sents, row, state)
    for row in state.rows:
        total = row.parent
        if row.period is None and total is not None:
            # a breakdown shares its total's period, unless it is larger than that total
            # (then it breaks down the whole period the page covers)
            fits = total.period is not None and row.count <= total.count
            row.period = total.period if fits else _page_span(state, row.force)
    _collect(state.rows + table_rows, out)
    return out


def _nearest_period(sents: list[Sent], row: _Row, state: _State) -> Period | None:
    """A count whose sentence states no period: the period stated nearest before it, else
    just after it (a headline's figure, a lead's 'in one year' explained later)."""
    idx = row.sent.idx if isinstance(row.sent, Sent) else 0
    order = [*range(idx - 1, max(-1, idx - 7), -1), *range(idx + 1, min(len(sents), idx + 5))]
    for k in order:
        s = sents[k]
        if s.is_dateline():
            continue
        for mention in find_periods(s.text, state.reference):
            period = _resolve(mention, state)
            if period is not None:
                return period
    return None


def _collect(rows: list[_Row], out: Tallies) -> None:
    """Rows to output: one figure per force, period and type; parts written in one sentence
    add up ('five cases of A, four of A'), a figure repeated elsewhere counts once."""
    chosen: dict[tuple[str, str, str | None], list[_Row]] = {}
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
        elif have[0].sent is row.sent and not row.approximate:
            have.append(row)
        elif have[0].approximate and not row.approximate:
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
