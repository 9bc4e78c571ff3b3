"""The breach type of a tally (extract.rules.tallies): the category written next to the
figure, the label it closes, its list's, or the one the list before shares."""

from __future__ import annotations

import math
import re
from dataclasses import replace

from extract.rules.periods import Period, find_periods
from extract.rules.tally_cues import WORD, Num, alias_re, category, vocab
from extract.rules.tally_state import Row, State
from extract.sentences import Sent

# Where a count's clause ends before the next figure: "18 involved details shared with a third
# party, while staff looking up records accounted for 14" gives 18 only the first clause.
# A share "of which" ("300 breaches, of which 40% were emails ...") is a part of the count, and
# its category is the part's.
# A part of the rest told after a comma ("nil cases of X, with most of its breaches caused by
# Y"), or what is said of the things counted ("two laptops, none of which held unencrypted
# data") is another clause too, and so is a remark on the time the count covers.
_CLAUSE_BREAK = re.compile(
    r"[;]|,\s+(?:while|whereas|but|although|though|of\s+(?:which|whom|these|those|them))\b|"
    r",\s+with\s+(?:most|many|much|all|some|half|the\s+(?:majority|bulk|rest))\b|"
    r",\s+(?:none|all|some|most|each|neither|both)\s+of\s+which\b|"
    # "47 breaches, most of them emails sent to the wrong person": a part told after a comma
    r",\s+(?:most|many|some|half|several|the\s+(?:majority|bulk))\s+of\s+(?:them|these|those)\b|"
    # a remark on the count's time ("in 2023, the year the audit found ...", "in 2021, when
    # the force moved to a new system"): what happened then, no category of the count
    r",\s+(?:when\b|the\s+(?:same\s+)?(?:year|month|period|time)\b(?!\s+(?:before|after)\b))|"
    # "40 involved emails and the rest were lost files": what the rest were is the rest's
    # kind, not the count's before it
    r"(?:,\s*|\s+)(?:and\s+|while\s+|whereas\s+|but\s+)?the\s+(?:rest|remainder|remaining|others)\b"
)


# Right before a count that opens its clause as an adverbial ("In nine cases, ...", "and on
# four occasions ..."): what happened in them is the clause that follows.
_IN_CASES = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:and|while|but|whereas)\s+)(?:in|on)\s+"
    r"(?:(?:a\s+)?(?:further|other|another|separate)\s+)?$",
    re.I,
)


# Right after a count: a pointer back at the whole it is part of, then its clause ends ("17 of
# them, ...", "17 of them and unauthorised access for 33": the next item's category).
_BACK_REFERENCE = re.compile(r"\s+of\s+(?:these|those|them|which|it)\s*(?:[,;.]|and\b)", re.I)
_COPULA_BEFORE = re.compile(r"\b(?:was|were|is|are)\s+", re.I)
# Breaches named as the class of a category: "the most common type of breach was ...".
_CLASS_OF_BREACH = re.compile(
    r"\b(?:type|types|kind|kinds|category|categories|form|forms|cause|causes)\s+of\s+"
    r"(?:data\s+)?(?:protection\s+)?(?:breach|breaches|incident|incidents)\b|"
    r"\b(?:breach|incident)\s+(?:type|types|category|categories)\b|"
    # "emails ... were the most common breach": the category ranked among breaches
    r"\b(?:most\s+(?:common|frequent)|commonest|main|leading|biggest|largest)\s+"
    r"(?:(?:data\s+)?(?:protection\s+)?(?:breach|breaches|incident|incidents))\b|"
    # "the most breaches involving lost devices, with 45": breaches a category qualifies
    r"\b(?:breach|breaches|incident|incidents)(?=\s+(?:involving|caused\s+by|relating\s+to|"
    r"related\s+to|linked\s+to|due\s+to|in\s+which|where)\b)",
    re.I,
)


# After a whole's noun, the subject of a clause recording it: "the 312 breaches (that) it
# recorded", "the 611 breaches Kent Police logged" (a force's name: group 1 left empty).
_RELATIVE_SUBJECT = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:(it|they|the\s+forces?)\b|(?=(?-i:[A-Z])))(?:\s+had)?",
    re.I,
)
# Between a count's noun and the force it was counted at ("45 breaches at Sussex Police").
_AT_FORCE = re.compile(r"\s+(?:at|by|in|within)\s+(?:the\s+)?", re.I)
# Before a period phrase right after a count: nothing, or its preposition ("in 2020").
_PERIOD_LEAD = re.compile(r"\s*(?:(?:in|between|from|during|over|since)\s+)?")
_SPACES = re.compile(r"\s+")


def clause_end(text: str, a: int, b: int) -> int:
    """The end of the clause starting at `a`, at most `b`."""
    stops = [m.start() for m in _CLAUSE_BREAK.finditer(text, a, b) if text[a : m.start()].strip()]
    return stops[0] if stops else b


def clause_start(text: str, a: int, b: int) -> int:
    """The start of the clause ending at `b`, at least `a`."""
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(text, a, b)]
    return starts[-1] if starts else a


def own_negation_lifted(sent: Sent, n: Num) -> Sent:
    """The sentence as a count of nought reads it: "recorded no breaches involving lost
    devices" counts zero of a kind, so the negation the zero word opens denies no category."""
    if n.value != 0 or n.same:
        return sent
    own = [
        s
        for s in sent.scopes
        if s.label_ == "negated" and n.a <= s.start_char - sent.start <= n.b + 2
    ]
    return replace(sent, scopes=[s for s in sent.scopes if s not in own]) if own else sent


def labelled_category(sent: Sent, n: Num) -> str | None:
    """A category written right before the number, as a label ('lost paperwork: 34'); the
    number ends the item ('exposing 12,000 records' is no label)."""
    if not re.match(r"\s*(?:\([^()]{1,30}\)\s*)?(?:[,.;)\]|]|$|and\b)", sent.text[n.b :]):
        return None  # "lost paperwork: 9 (2021/22), ..." ends its item too
    end = n.a
    head = sent.text[:end].rstrip()
    if head.endswith(("(", ":")):  # "the most paperwork losses (88)", "lost paperwork: 9"
        end = len(head) - 1
    start = max(sent.text.rfind(c, 0, end) for c in ",;:•()") + 1  # this item only
    # "lost documents 21 and unauthorised access 17": the item after the figure before
    joins = list(re.finditer(r"\d[\d,]*\s+(?:and|or)\s+", sent.text[start:end]))
    if joins:
        start += joins[-1].end()
    # "the most common types were emails sent to the wrong recipient (44)": the item is what
    # follows the verb
    verb = list(_COPULA_BEFORE.finditer(sent.text, start, end))
    if verb and end < n.a:
        start = verb[-1].end()
    item = sent.text[start:end]
    if re.match(r"\s*(?:which|who|whose)\b", item, re.I):
        return None  # "Dorset Police, which shares systems with ...: 98": an aside, no label
    # a label, or the clause a bracketed figure closes ("the most common cause was emails
    # sent to the wrong person (71)")
    longest = 12 if end < n.a else 8
    if not 0 < len(WORD.findall(item)) <= longest or re.search(r"\d", item):
        return None
    return category(sent, start, end)


# Right after a count's noun, an infinitive: "failures to redact", "attempts to access".
_INFINITIVE = re.compile(
    r"\s+to\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|be|date)\b)[a-z]+\b"
)


# A relative year right after a count: "last year", "in the past year", "during the last
# financial year".
_RELATIVE_YEAR = re.compile(
    r"\s*(?:(?:in|during|over|for)\s+)?(?:the\s+)?(?:last|this|past|previous|latest|preceding)\s+"
    r"(?:(?:financial|calendar|reporting)\s+)?year\b",
    re.I,
)


def row_category(sent: Sent, n: Num, nums: list[Num], state: State) -> str | None:
    """'5 cases of <category>', '<category>, with 64 cases', 'lost paperwork: 34', 'the
    latter ... 7 cases'."""
    v = vocab()
    sent = own_negation_lifted(sent, n)
    text = sent.text
    index = nums.index(n)
    nxt = nums[index + 1].a if index + 1 < len(nums) else len(text)
    prev = nums[index - 1].b if index else 0
    after = text[n.noun_end : nxt]
    # "200 breaches between 2019 and 2021 in which ...": past the count's period phrase
    skip = 0
    # ("66 breaches last year involved ...", "... in the last financial year were ...")
    if re.match(r"\s*(?:in|between|from|during|over|since)\s+\S*\d", after) or _RELATIVE_YEAR.match(
        after
    ):
        skip = next(
            (p.end for p in find_periods(after) if _PERIOD_LEAD.fullmatch(after[: p.start])),
            0,
        )
    # "45 breaches at Sussex Police involved ...": past the force the count is at
    at = _AT_FORCE.match(after, skip)
    if at is not None and (named := alias_re().match(after, at.end())) is not None:
        skip = named.end()
    # "31 of the 312 breaches (that) it recorded in 2022 involved ...": past the recording
    # clause's subject, to its verb
    subject = _RELATIVE_SUBJECT.match(after, skip)
    if subject is not None and not subject.group(1):
        subject = alias_re().match(after, subject.end())
    at_verb = subject.end() if subject is not None else skip
    # "12 of the 96 breaches recorded by the force were ...": past a participle of recording
    # (the agent's words taken one by one, "by the force", till the verb of the category)
    if (logged := v.participle_after.match(after, at_verb)) is not None:
        reach = re.search(r"[,;:.()]", after[logged.start() :])
        stop = logged.start() + (reach.start() if reach else len(after) - logged.start())
        ends = [logged.end()] + [
            m.start()
            for m in re.finditer(r"(?<=\S)(?=\s)", after[: min(stop, logged.end() + 40)])
            if m.start() > logged.end()
        ]
        skip = next((e for e in ends if v.category_after.match(after[e:])), skip)
    # "made up 58 of these, lost documents 21": 'of these' points back at the whole, and
    # what follows its comma is the next item, no category of this count
    back = _BACK_REFERENCE.match(after)
    if back is None and (
        v.category_after.search(after[skip : skip + 20])
        or v.category_after.search(text[n.b : n.b + 20])
    ):
        found = category(sent, n.noun_end, clause_end(text, n.noun_end, nxt))
        if found is None and n.noun_end > n.b:
            found = category(sent, n.b, n.noun_end)  # "9 were cyber incidents"
        if found:
            return found
    # "nine failures to redact documents": a count's noun taking an infinitive, the thing
    # failed or done is the category (not "12 reports to the ICO": no verb after "to")
    if back is None and n.noun_end > n.b and _INFINITIVE.match(after):
        found = category(sent, n.noun_end, clause_end(text, n.noun_end, nxt))
        if found:
            return found
    left = text[prev : n.a]
    lowered = text.lower()
    elsewhere = any(v.elsewhere.match(lowered, m.end()) for m in v.topic.finditer(lowered))
    if n.noun_end > n.b and _IN_CASES.search(left) and not elsewhere:
        # "In nine cases, letters went to the wrong address": the clause after the count's
        # noun says what happened in those cases (not "in 40 cases, victims' data had been
        # stolen in a breach at a retailer": a breach elsewhere)
        found = category(sent, n.noun_end, clause_end(text, n.noun_end, nxt))
        if found:
            return found
    labelled = labelled_category(sent, n)
    if labelled:
        return labelled
    # "<category>, with 64 cases", "<category>, which happened 96 times"
    cue = v.category_before.search(left) or v.occurrence.search(left) or gapped_cue(text, nums, n)
    # the clause before the cue names the category, not breaches in general ("the number of
    # data breaches is rising, with 476 incidents")
    head = left[: cue.start()].rstrip(" ,;:") if cue else ""
    clause = re.split(r"[,;:]\s", head)[-1]
    near = prev + len(head) - len(clause)  # where that clause starts in the sentence
    # "the most common type of breach was failure to redact, with 46 cases": breaches named
    # as the class the category belongs to are no figure of all breaches
    clause = _CLASS_OF_BREACH.sub(" ", clause)
    if cue and not any(w.lower() in v.breach for w in WORD.findall(clause)):
        # its own clause first: "..., while staff looking up records accounted for 14"
        start = clause_start(text, prev, n.a)
        # "In 2021 it was disclosed that Norfolk staff were to blame for 140": the clause
        # after a report's "that" names the category, not the reporting verb before it
        frame = max((m.end() for m in _THAT.finditer(text, prev, near + len(clause))), default=0)
        start, prev_ = max(start, frame), max(prev, frame)
        found = category(sent, start, n.a) or category(sent, prev_, n.a)
        # a kind named only by a suggestive word clauses before the cue's ("The figures,
        # released under FOI, show the total peaked at 511") is no label of the figure
        if found and (
            category(sent, max(near, frame), n.a) == found
            or _named_strongly(sent, min(start, prev_), n.a)
        ):
            return found
        if state.last_categories:
            if v.latter.search(text):
                return state.last_categories[-1]
            if v.former.search(text):
                return state.last_categories[0]
    return None


# The word closing a reporting frame before the clause it reports ("it was disclosed that").
_THAT = re.compile(r"\bthat\s+", re.I)


# After a figure, a second item whose verb is left out: "... accounted for 17 of them and
# unauthorised access for 33": its category, then the cue's last word before the figure.
_GAPPED = re.compile(r"(?:[,;]\s*|\s+)and\s+(?:\w+\s+){1,6}?(\w+)\W*$", re.I)


def gapped_cue(text: str, nums: list[Num], n: Num) -> re.Match[str] | None:
    """The preposition closing a gapped item ('... and unauthorised access for 33'), when the
    cue before the figure just before ends with it ('lost devices accounted for 17')."""
    index = nums.index(n)
    if not index:
        return None
    prev = nums[index - 1].b
    gapped = _GAPPED.search(text, prev, n.a)
    if gapped is None or gapped.start() > prev + 12:
        return None  # past the figure before and its "of them", nothing but "and"
    earlier = list(vocab().category_before.finditer(text, 0, nums[index - 1].a))
    cue = re.search(r"\w+\W*$", text[: earlier[-1].end()]) if earlier else None
    if cue is None or cue.group(0).split()[0].lower() != gapped.group(1).lower():
        return None
    return re.search(r"\w+\W*$", text[prev : n.a])


def _named_strongly(sent: Sent, a: int, b: int) -> bool:
    """A breach cue within sentence offsets [a, b) that is more than a suggestive word."""
    return any(c.kb_id_ != "weak" and a <= c.start_char - sent.start < b for c in sent.types)


def _gap(text: str, a: int, b: int) -> int:
    """Characters between offsets, a run of whitespace counted once (a blanked aside or a
    wrapped line puts the words after a figure no further from it)."""
    return len(_SPACES.sub(" ", text[a:b]))


def type_after(sent: Sent, n: Num, nums: list[Num], within: int | None = None) -> str | None:
    """The category written between the number and the next one ('six involved lost
    paperwork, and four ...'); `within`: its first cue that many characters after it at most
    ('131 emails sent to ...', not 'two calls were to remove ... records')."""
    if within is not None and not any(
        c.start_char - sent.start - n.b >= 0
        and _gap(sent.text, n.b, c.start_char - sent.start) <= within
        for c in sent.types
        if c.kb_id_ != "weak"
    ):
        return None
    later = [m.a for m in nums if m.a > n.a]
    end = later[0] if later else len(sent.text)
    sent = own_negation_lifted(sent, n)
    return category(sent, n.b, clause_end(sent.text, n.b, end))


# Right after a measure noun: the kind told before ("150 breaches of the same kind").
_SAME_KIND = re.compile(
    r"\s+of\s+(?:the\s+same|that|this|a\s+similar)\s+(?:kind|type|sort|category|nature)\b"
)


def inherited_type(
    sent: Sent, n: Num, nums: list[Num], noun: str | None, force: str | None, state: State
) -> str | None:
    """The category of the list before, for a count that names none: 'In 2021 there were 84
    such breaches', or other forces compared in the same terms, with no measure noun or a
    neutral one ('South Wales Police reported 27, North Wales Police 14 cases' after a
    ranking of device losses). A force already in that list gives its total instead, and so
    does a list whose lead names plain breaches ('The forces with the most breaches were Kent
    with 310, ...' after a national figure of one kind: `_plain_lead`)."""
    assert state.list_type is not None
    text = sent.text
    kind, forces = state.list_type
    if re.search(r"\bsuch\b", text[n.b : max(n.noun_end, n.b + 6)]) or _SAME_KIND.match(
        text[n.noun_end :]
    ):
        return kind  # "84 such breaches", "150 breaches of the same kind"
    if noun is None and _plain_lead(sent, nums):
        return None
    return kind if noun in (None, "generic") and force not in forces else None


def _plain_lead(sent: Sent, nums: list[Num]) -> bool:
    """Before the sentence's first figure, a breach word (tallies.toml [measures] breach) with
    no category and no pointer back ('such', 'these': [context] demonstrative) before it, nor
    a kind after it ('breaches of this kind'): the figures that
    follow count breaches of every kind, each force's total ('The forces with the most breaches
    were ...', 'Topping the table for breaches was Kent, with 310')."""
    if not nums:
        return False
    v = vocab()
    first = min(m.a for m in nums)
    lead = sent.text[:first]
    words = list(WORD.finditer(lead))
    for i, w in enumerate(words):
        if w.group(0).lower() not in v.breach:
            continue
        before = {x.group(0).lower() for x in words[max(0, i - 2) : i]}
        if before & (v.demonstrative - {"the"}):
            return False
        if _SAME_KIND.match(lead[w.end() :]):
            return False
        return category(sent, 0, first) is None
    return False


# A bare figure compared with or joined to the one before it: "up from 24", "compared with 31",
# "and 35"
_COMPARED_BEFORE = re.compile(
    r"(?:\b(?:up|down|rising|falling|rose|fell|increased|decreased)\s+from|"
    r"\bcompared\s+(?:with|to)|\bagainst|\band)\s+$"
)


def sentence_type(text: str, n: Num, rows: list[Row], own: Period | None = None) -> str | None:
    """The one category every breach figure of the sentence so far counts, when they are
    figures in their own right, not parts of a total ('Of its 412, 64 were ...') or of all
    forces: a bare figure after them is one more of the same kind, unless called the whole
    ('..., and 412 in total'). Parts of a total count too when the bare figure is dated by
    a period of its own none of them is for ('It recorded 24 misdirected emails in 2021 and
    35 in 2022', '... including 35 cases of unauthorised access, up from 24 in 2021'): the
    same kind in another period, no other part of that total."""
    counted = [r for r in rows if r.measure in ("breach", "generic")]
    if not counted or any(r.national for r in counted):
        return None
    if any(r.breakdown or r.parent for r in counted):
        # "..., including 35 cases of unauthorised access, up from 24 in 2021": the part
        # right before it, compared with or joined to it, is of its kind in another period
        last = counted[-1]
        period = last.period or (last.parent.period if last.parent is not None else None)
        if (
            own is not None
            and (last.breakdown or last.parent is not None)
            and last.breach_type is not None
            and period is not None
            and period != own
            and _COMPARED_BEFORE.search(text, 0, n.a)
            # of the order of the part, not of the whole it breaks down ("120 breaches, 35
            # of them ..., compared with 98 in 2021" compares the whole)
            and not any(
                n.value > 0
                and abs(math.log(n.value / w.count)) <= abs(math.log(n.value / last.count))
                for w in [r for r in counted if r.breach_type is None] + [last.parent]
                if w is not None and w.count > 0 and last.count > 0
            )
        ):
            return last.breach_type
        if own is None or any(r.period is None or r.period == own for r in counted):
            return None
    if vocab().whole_after.match(text, n.noun_end):
        return None
    kinds = {r.breach_type for r in counted}
    return next(iter(kinds)) if len(kinds) == 1 else None


def note_list_type(rows: list[Row], state: State) -> None:
    """Remember the category every breach count of this sentence shares; a force's total
    ('97 breaches') ends the list."""
    # the parts of one force's total ("Of the 2020/21 total, 23 involved emails ...") are no
    # terms other forces are compared in
    counted = [r for r in rows if r.measure == "breach" and not r.national and not r.breakdown]
    if not counted:
        # "Forces recorded 1,245 cases of unauthorised access in 2022. Wiltshire Police
        # recorded 31": the forces' figures after a national one of a kind are of that kind
        counted = [r for r in rows if r.measure == "breach" and r.national and not r.breakdown]
    kinds = {r.breach_type for r in counted}
    kind = next(iter(kinds)) if len(kinds) == 1 else None
    if kind is not None:
        state.list_type = (kind, {r.force for r in counted if not r.national})
    elif any(r.breach_type is None and r.noun == "breach" for r in rows):
        state.list_type = None
