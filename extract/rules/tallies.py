"""Breach tallies: per-force figures of statistics pages, FOI answers and campaign reports.

A tally is a count, of a measure, for a force, over a period, optionally of one breach type:
"Kent Police recorded 97 breaches in 2021/22 and 131 in 2022/23", "Merseyside (208), West
Midlands (83)", "There were five cases of loss of technology", a table of years and figures.
Each number of a sentence (or table row) is read in four steps, each with its cue words in
extract/data/tallies.toml:

1. measure: the noun after the number ("24 data breaches", "12 cases", "11 officers"), else
   the measure it continues ("a number that rose to 54", "the total standing at 175", a list
   "Merseyside (208)" under its lead clause). Breaches are tallies; people put through
   misconduct proceedings for a data-protection offence, like people sacked or convicted,
   are outcomes, never breach rows (`Tallies.outcomes`; the former also stay the force's
   figures, `Tallies.people`, so the page still reads as statistics naming its forces), and
   so are bare cases compared with such a count ("..., with 14 cases the year before");
   everything else (records, claims, staff numbers, percentages, money) is nothing.
2. force: the name right before the number, else the nearest force named in the sentence,
   else the total it breaks down, else the page's subject force; a sentence about all forces
   ("UK police forces suffered ...") gives a national figure, never a force's row.
3. period: the period phrase next to the number (extract.rules.periods), else the sentence's,
   else the total's it breaks down, else the nearest one stated around it.
4. type: the breach category written next to it ("N cases of <category>", "<category>, with
   N cases"), else null (the force's total).

This module reads sentences (step 1 and the order of things); tally_forces.py decides step 2,
tally_state.py keeps what earlier sentences leave for later ones and dates figures (step 3),
tally_types.py step 4, tally_tables.py reads tables, tally_cues.py holds the words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc

from extract.components.doctext import doc_data_dir, doc_text
from extract.datafiles import load_toml
from extract.models import BreachCount, Evidence, PageCount
from extract.rules.periods import (
    Period,
    PeriodMention,
    find_periods,
    past_years,
    reference_date,
    resolve,
)
from extract.rules.tally_cues import (
    _COPULA,
    _ONE_PERSONS,
    STOP,
    UNITS,
    WORD,
    Num,
    Vocab,
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
from extract.rules.tally_forces import (
    force_near,
    list_lead,
    listed_force,
    old_name,
    other_recorder,
    sentence_forces,
    tally_forces,
)
from extract.rules.tally_forces import (
    listed as listed_at,
)
from extract.rules.tally_notes import bracketed_rows, inside_notes, note_spans, outside_notes
from extract.rules.tally_passing import one_persons_employer, sufferers_breaches, tells_one_case
from extract.rules.tally_shares import mask_share_asides
from extract.rules.tally_state import (
    FIGURES_FOR,
    Row,
    State,
    attach_periods,
    bare_span,
    beside_period,
    bulleted_figure,
    bulleted_item,
    is_request,
    is_total,
    nearest_period,
    note_list,
    numbered_as,
    page_span,
    period_of,
    question,
    resolve_in,
    within,
    yearly_span,
)
from extract.rules.tally_subject import counts_other_subject
from extract.rules.tally_tables import TableRow, find_table_rows, people_caption
from extract.rules.tally_types import (
    clause_end,
    clause_start,
    gapped_cue,
    inherited_type,
    labelled_category,
    note_list_type,
    row_category,
    sentence_type,
    type_after,
)
from extract.sentences import Sent

# After a number that continues a measure: nothing but punctuation or a period phrase.
_BARE_END = re.compile(
    r"\s*(?:[,.;:)(\]]|$|(?:back\s+)?(?:in|during|for|over|since|between)\b|a\s+year\b|"
    r"the\s+(?:following|next|previous|same|past|last|preceding|prior)\b|"
    r"(?:last|this|that)\s+(?:same\s+)?year|"
    # "101 the year before", "88 the financial year before that"
    r"the\s+(?:(?:financial|calendar)\s+)?year\s+(?:before|earlier|prior)\b)",
    re.I,
)
# Between two bare figures of one run: "29, 50", "22 (2021/22), 25 (2022/23)".
_RUN_GAP = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*|,?\s+and\s+|;\s*)"
    r"(?:(?:in|during|for)\s+(?:19|20)\d\d(?:/\d\d)?\s*,?\s*)?"
)  # "... 401 breaches and in 2018, 388"
# A period labelling the figure right after it: "2019/20 - ", "2021: ", "2020 ("
# Between a figure and one in brackets after it: " (2021: ", " ("
_BRACKET_OPEN = re.compile(r"\s*\(\s*(?:(?:19|20)\d\d\S*\s*[:=–-]?\s*)?")
# After a bare figure: the verb telling what befell those counted ("31 were disciplined")
_BEFELL = re.compile(
    r"\s+(?:of\s+(?:them|these|those)\s+)?(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:later\s+|also\s+|subsequently\s+)?"
)
# A force's figure ranked among other forces': "recorded the most", "more than any other
# force" (not "its highest total since 2018": a force against its own past).
_RANKED = re.compile(
    r"\b(?:more|fewer)\s+than\s+any\s+other\b|\bof\s+any\s+(?:other\s+)?force\b|"
    r"\b(?:recorded|reported|logged|had|suffered)\s+the\s+(?:most|highest|largest|fewest|lowest)"
    r"\b(?![^.;]{0,60}\b(?:since|ever|on\s+record|in\s+its)\b)",
    re.I,
)
# Right after a part: its whole follows ("12 of these", "nine of its 41").
_PART_OF = re.compile(r"\s+of\s+(?:the|these|those|its|their|them|which)\b", re.I)
# ...or a period's ("Nine of last year's breaches were ..."), when the part opens its clause
# ("Kent Police accounted for 312 of last year's breaches" is a force's share, its total)
_PERIOD_PART_OF = re.compile(
    r"\s+of\s+(?:last|this|that|the\s+(?:previous|latest|past))\s+(?:financial\s+)?year['’]s\s",
    re.I,
)
_OPENS_CLAUSE = re.compile(r"(?:^|[,;:]|\b(?:and|but|while|whereas)\b)\W*(?:only|just)?\s*$", re.I)


# A part of a year: a month, a quarter, a half, a season or the first or last months of it
# ("in March 2022", "in the first quarter of 2023", "in Q3 2022", "in the last three months of
# 2022", "between January and March 2022"). A figure dated so is no figure for the year.
_MONTH_WORD = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
_NUMBER_WORD = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|few)"
_YEAR_PART = (
    r"(?:(?:first|second|third|fourth|final|last|opening|closing)\s+"
    r"(?:quarter|half|(?:" + _NUMBER_WORD + r"\s+)?(?:months|weeks)|month|week)|"
    r"Q[1-4]|H[12]|spring|summer|autumn|winter)"
)
_MONTH_POINT = re.compile(rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH_WORD}\b", re.I)
_PART_BEFORE = re.compile(
    rf"\b(?:the\s+)?{_YEAR_PART}\s+(?:of\s+)?(?:the\s+)?(?:(?:financial|calendar)\s+year\s+)?"
    rf"(?:of\s+|in\s+)?$",
    re.I,
)
_PART_AFTER = re.compile(
    rf"[^,;:.()\d]{{0,50}}?\b(?:in|during|over|for|across)\s+(?:the\s+)?(?:{_YEAR_PART}|"
    rf"{_MONTH_WORD})\b",
    re.I,
)


def _part_of_year(text: str, n: Num, own: PeriodMention | None) -> bool:
    """The figure's own period is a part of a year, or it has none but a part of a year
    right after it ('17 breaches in the first quarter'): no year's figure."""
    if own is not None:
        if own.kind == "year" and _MONTH_POINT.match(own.text):
            # "in March 2022", "between January and March 2022" (not "the year to March ...",
            # a financial year, nor "April 2021 to March 2022", a span)
            return True
        before = text[max(0, own.start - 60) : own.start]
        return own.kind == "year" and bool(_PART_BEFORE.search(before))
    return bool(_PART_AFTER.match(text, n.noun_end or n.b))


# A change told from one figure to another: "Misdirected emails rose from 13 in 2021 to 22 in
# 2022", "the number of lost devices fell from 11 to 6".
_CHANGED_FROM = re.compile(
    r"\b(?:rose|risen|fell|fallen|increased|decreased|went\s+(?:up|down)|gone\s+(?:up|down)|"
    r"dropped|climbed|jumped|grew|grown|declined|soared|leapt|leaped|halved|doubled|"
    r"more\s+than\s+doubled|reduced|shot\s+up)\s+from\s+",
    re.I,
)
_CHANGE_TO_FIGURE = re.compile(r"\d[\d,]*[^;.\d]{0,40}?\bto\s+", re.I)


def _change_subject_kind(sent: Sent, n: Num) -> str | None:
    """The kind a change's subject names, for either figure of it ('Emails sent to the wrong
    person at the force rose from 13 in 2021 to 22 in 2022': both are misdirected emails)."""
    text = sent.text
    window = max(0, n.a - 120)
    change = None
    for m in _CHANGED_FROM.finditer(text, window, n.a):
        between = text[m.end() : n.a]
        if not between or _CHANGE_TO_FIGURE.fullmatch(between):
            change = m
    if change is None:
        return None
    start = max((text.rfind(c, 0, change.start()) for c in ";."), default=-1) + 1
    return _category_of(sent, start, change.start())


# A sentence whose subject is the force already named, by pronoun or by its kind ("It
# logged ...", "In 2022 the force recorded ...", "The constabulary also had ...").
_FORCE_PRONOUN = re.compile(
    r"\s*(?:(?:In|During|Over|For)\s+[^,]{1,30}?,?\s+)?(?:It|The\s+(?:force|constabulary|service))\s+"
    r"(?:also\s+|then\s+)?(?:recorded|logged|reported|had|registered|suffered|noted|counted)\b",
    re.I,
)


# A thing named right after a figure, not a period, preposition or verb: "3 lost warrant
# cards", "2 stolen radios" (not "3 in 2021", "3 were lost", "3 the year before").
_THING_AFTER = re.compile(
    r"\s+(?!(?:in|during|for|over|between|since|last|this|that|the|a|an|at|by|to|from|and|or|"
    r"of|were|was|are|is|had|have|has|per|each|more|fewer|less|cases?|incidents?|breaches|"
    r"times|respectively|years?|months?)\b)[a-z][\w-]*\s+[a-z]"
)


def _uncategorised_item(text: str, n: Num, rows: list[Row]) -> bool:
    """The figure ends a list of figures of named kinds ('18 misdirected emails, 7 letters
    ... and 3 lost warrant cards') with a thing of its own whose kind is not told."""
    kinds = [r for r in rows if r.breach_type is not None and r.measure == "breach"]
    if len(kinds) < 2 or rows[-1] is not kinds[-1] or not _THING_AFTER.match(text, n.b):
        return False
    last = text.rfind(str(kinds[-1].count), 0, n.a)
    return last >= 0 and bool(re.fullmatch(r"[^.;:()]*?(?:,|\band)\s*", text[last : n.a]))


# A comparison opening a run of bare figures: "..., compared with 31 and 9 in 2021/22".
_PAIRED_CUE = re.compile(
    r"(?:\bcompared\s+(?:with|to)|\bagainst|\bup\s+from|\bdown\s+from|\bversus|\bvs\.?)\s+$", re.I
)
_RUN_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _paired_run(text: str, n: Num, nums: list[Num]) -> list[Num]:
    """The run of bare figures right after a comparison that `n` is in ('compared with 31
    and 9 in 2021/22'), or none."""
    at = nums.index(n)
    first = at
    while first > 0 and _RUN_JOIN.fullmatch(text[nums[first - 1].b : nums[first].a]):
        first -= 1
    if not _PAIRED_CUE.search(text[max(0, nums[first].a - 20) : nums[first].a]):
        return []
    last = at
    while last + 1 < len(nums) and _RUN_JOIN.fullmatch(text[nums[last].b : nums[last + 1].a]):
        last += 1
    run = nums[first : last + 1]
    return run if len(run) >= 2 else []


def _paired_kinds(
    text: str, n: Num, nums: list[Num], rows: list[Row], row_nums: dict[int, Row]
) -> str | None:
    """A figure of a run compared, in order, with as many figures of different kinds given
    just before ('42 misdirected emails and 11 lost phones in 2022/23, compared with 31 and
    9 in 2021/22'): the kind of the figure in its place."""
    run = _paired_run(text, n, nums)
    if not run:
        return None
    own = [row_nums[id(m)] for m in run if id(m) in row_nums]
    before = [
        r for r in rows if r.measure == "breach" and not r.national and all(r is not x for x in own)
    ]
    kinds = before[-len(run) :]
    if (
        len(kinds) != len(run)
        or any(r.breach_type is None for r in kinds)
        or len({r.breach_type for r in kinds}) != len(run)
        or len({(r.force, r.period) for r in kinds}) != 1
    ):
        return None
    return kinds[run.index(n)].breach_type


def _period_part(text: str, n: Num, own: PeriodMention | None) -> bool:
    """A figure opening its clause as a part of a period's figure, dated by that period:
    'Nine of last year's breaches were ...' (the period is the whole's, not the part's)."""
    part = _PERIOD_PART_OF.match(text, n.b)
    return (
        part is not None
        and own is not None
        and n.b <= own.start < part.end()
        and bool(_OPENS_CLAUSE.search(text[: n.a]))
    )


def _bare_rank(before: str) -> bool:
    """The ranking right before a figure set off by commas names no noun of its own ('Kent
    Police had the most, 212, ...'): it ranks what the sentences before it count, not 'the
    most officers, 3,100'."""
    ranks = list(vocab().ranking.finditer(before))
    return bool(ranks) and bool(re.fullmatch(r"\s*,\s*", before[ranks[-1].end() :]))


# Right after a figure: a participle recording it in a period ("the 117 recorded in 2022"),
# or in a year told against another ("the 120 logged the year before", "... a year earlier")
# "... and another seven have already happened in 2025": a bare figure whose own clause says
# so many happened in a stated year (events of the measure told before it)
_HAPPENED_IN = re.compile(
    r"\s+(?:more\s+)?(?:(?:have|has|had)\s+)?(?:already\s+)?(?:happened|occurred|taken\s+place|"
    r"took\s+place)\s+(?:so\s+far\s+)?(?:in|during)\s+(?:(?:19|20)\d\d\b|this\s+year\b)",
    re.I,
)
_LOGGED_IN = re.compile(
    r"\s+(?:recorded|logged|reported|registered)\s+(?:(?:in|during|for|over|between|across)\s|"
    r"the\s+(?:previous|preceding|prior)\s+(?:(?:financial|calendar)\s+)?year\b|"
    r"(?:the|a)\s+(?:(?:financial|calendar)\s+)?year\s+(?:before|earlier|prior)\b|"
    r"(?:last|that)\s+year\b)",
    re.I,
)
# The word right after a figure: its noun when it has one ("14 cases", "six instances").
_NOUN_AFTER = re.compile(r"\s+([A-Za-z]+)\b")
# ... after "with" ("..., with 157 recorded between 2011 and 2015")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:just\s+|only\s+|a\s+total\s+of\s+)?$", re.I)
# ... or a multiple of it: "almost double the 44 recorded in 2020"
_COMPARED_THE = re.compile(
    r"\b(?:on|from|with|than|against|to|over|double|twice|treble|triple)\s+the\s+$", re.I
)
# Between a part and its whole: "28 of the 106 breaches", "nine of its 41".
_WHOLE_OF = re.compile(r"\s+of\s+(?:the|its|their|these|those)\s+", re.I)
# ...or a whole wider than a force's: "312 of the region's 900", "141 of all forces' 9,870".
_WIDER_OF = re.compile(r"\s+of\s+$", re.I)


def _wider_owned(text: str, m: Num) -> bool:
    """The figure's owner, right before it, is a region, the country or all forces ('the
    region's 900 data breaches'): a whole no one force's."""
    owners = list(vocab().wider_owner.finditer(text, max(0, m.a - 40), m.a))
    owner = owners[-1] if owners else None
    return owner is not None and not text[owner.end() : m.a].strip()


def _wider_whole(text: str, n: Num, m: Num) -> bool:
    """'312 of the region's 900': the figure after the part is a wider whole, no force's."""
    if not _wider_owned(text, m):
        return False
    owners = list(vocab().wider_owner.finditer(text, n.b, m.a))
    owner = owners[-1] if owners else None
    return owner is not None and bool(_WIDER_OF.fullmatch(text[n.b : owner.start()]))


# ...or a force's own, by its name: "Eleven of Gwent Police's 48 breaches", "nine of the Met's 61"
_OF_OWNER = re.compile(r"\s+of\s+", re.I)
_OWNED = re.compile(r"['’]s?\s+")


def _force_whole_gap(text: str, a: int, b: int) -> bool:
    """The text between a part and its whole, a[:b], names the force the whole is of, as its
    owner ("of Gwent Police's", "of the Met's"): the figure after it is the force's whole."""
    m = _OF_OWNER.match(text, a)
    if m is None:
        return False
    at = m.end()
    name = alias_re().match(text, at)
    if name is None and text[at : at + 4].lower() == "the ":
        name = alias_re().match(text, at + 4)
    return name is not None and bool(_OWNED.fullmatch(text, name.end(), b))


def _whole_gap(text: str, a: int, b: int) -> bool:
    return bool(_WHOLE_OF.fullmatch(text[a:b])) or _force_whole_gap(text, a, b)


_PERCENT = re.compile(r"\d+(?:\.\d+)?\s*(?:%|per\s*cent\b|percent\b)", re.I)
_HAS_NUMBER = re.compile(rf"\d|\b(?:{UNITS}|dozen|another|same|none|no|zero|nil)\b", re.I)
# "Sussex Police – nil", "Surrey Police: none", "Dorset Police – twelve": an item of a list
# whose figure, after the label's dash or colon, is written as a word (no bullet needed).
_WORD_ITEM = re.compile(
    rf"^[^.?!]{{2,70}}\S\s*(?:[–—:]|\s-)\s*(?:(?:{UNITS}|none|nil|zero)[\s-]*)+[.;]?$", re.I
)
# "That number was 346", "the figure stood at 50": a number pointing back at a measure.
_ANAPHOR = re.compile(r"\b(?:that|this|the)\s+(?:number|figure|total)\b[^.]*$", re.I)


# A sentence whose numbers are all words needs one of these (lower-cased substrings): a
# measure, a misconduct word, or a total pointing back at one; or a breach category. A cheap
# filter.
_HINTS = ("breach", "incident", "case", "time", "report", "error", "failure", "leak", "data",
          "disclos", "number", "figure", "total", "same", "disciplin", "investigat",
          "misconduct", "(", ":", "|")  # fmt: skip


# ---------------------------------------------------------------- forces


# ---------------------------------------------------------------- rows


# Right after a bare figure: the force it is of, named next ("250 at Essex Police").
# A relative period a bracket note names that comes before the figures' own: "last year's",
# "the previous year's", "the year before"
_BEFORE = re.compile(r"\b(?:last|previous|prior|preceding|before|earlier)\b", re.I)
_BY_FORCE = re.compile(r"\s+(?:at|by|for|from)\s+(?:the\s+)?", re.I)
_BY_WORD = re.compile(r"\s+(?:at|by|for|from)\s+", re.I)
_IN_FORCE = re.compile(r"\s+(?:in|within)\s+")


def _named_right_after(text: str, n: Num) -> bool:
    """A force named right after the figure by 'at', 'by', 'for' ('301 at Kent Police')."""
    return _by_named(text, n.b) is not None


def _by_prep(text: str, at: int) -> re.Match[str] | None:
    """'at', 'by', 'for' or 'from' right after `at`, or after a participle there ('the 62
    recorded by Wiltshire Police': `agent_participles` in tallies.toml)."""
    participle = vocab().agent_participle.match(text, at)
    return _BY_FORCE.match(text, participle.end() if participle is not None else at)


def _by_named(text: str, at: int) -> re.Match[str] | None:
    """The force named right after 'at', 'by', 'for' or 'from' at `at` ('at Kent Police',
    'at the Met': a short form named with its article), a participle allowed before it ('the
    62 recorded by Wiltshire Police')."""
    by = _by_prep(text, at)
    if by is None:
        return None
    named = alias_re().match(text, by.end())
    if named is None and (bare := _BY_WORD.match(text, at)) is not None:
        named = alias_re().match(text, bare.end())
    return named


# After a force's share of a wider whole, nothing more said of the share than whose it is
# ("Kent Police recorded 120 of them, including ...", "488 were at West Midlands Police."),
# unlike a part by some property ("reported 6 of them to the ICO", "150 of them were minor").
_SHARE_END = re.compile(
    r"(?:\s+of\s+(?:them|these|those|the\s+total))?"
    r"(?:\s+(?:were|was|came|happened|occurred)\s+(?:at|in|within|from)\s+[A-Z][\w&'’-]*"
    r"(?:\s+(?:and|of|the|[A-Z][\w&'’-]*)){0,5})?"
    r"\s*(?:[.;,)]|$|\s(?:and|while|whereas)\b)"
)
# The force a sentence is about, named by a common noun: that sentence's figure is the force's.
_FORCE_ANAPHOR = re.compile(r"\b(?:the|this|that|our)\s+(?:force|constabulary|service)\b", re.I)
_SHARE_AT = re.compile(r"\s+(?:were|was|came|happened|occurred)\s+(?:at|in|within|from)\s+", re.I)


def _share_at(text: str, n: Num) -> bool:
    """'410 were at West Yorkshire Police': a force named as where the figure happened."""
    at = _SHARE_AT.match(text, n.b)
    return at is not None and alias_re().match(text, at.end()) is not None


def _share_named(text: str, n: Num, forces: list[tuple[int, int, str]]) -> bool:
    """A force named as the owner of the figure itself: its clause's subject right before it
    ('West Midlands Police accounted for 488') or named right after it ('488 at Kent Police',
    '488 were at Kent Police')."""
    if _named_right_after(text, n) or _share_at(text, n):
        return True
    return any(
        end <= n.a and n.a - end <= 40 and not re.search(r"[\d;:]", text[end : n.a])
        for _, end, _ in forces
    )


# "... of them", "... of the total" right after a force's share of a whole told before it
_OF_WHOLE = re.compile(r"\s+of\s+(?:them|these|those|the\s+total)\b", re.I)
# What opens a clause giving one force's share of the sentence's whole: "..., with the Met
# recording 1,040 of them", "(the Met 900 of them)", "..., and Kent Police logged 310 of those"
_SHARE_OPENER = re.compile(r"(?:[,(]|\bwith|\bwhile|\bwhereas|\band)\s*(?:the\s+)?$", re.I)


def _whole_then_named(text: str, n: Num) -> bool:
    """'900 of them at the Met': the force named by 'at' or 'by' after the share's 'of them'."""
    of = _OF_WHOLE.match(text, n.b)
    return of is not None and _by_named(text, of.end()) is not None


def _share_clause_named(
    text: str, n: Num, nums: list[Num], forces: list[tuple[int, int, str]]
) -> bool:
    """'Forces recorded 3,120 last year, with the Met recording 1,040 of them': after the
    sentence's whole, a clause whose subject is one force and whose figure is 'of them' --
    that force's share of the whole, nothing more said of it."""
    if _OF_WHOLE.match(text, n.b) is None or _SHARE_END.match(text, n.b) is None:
        return False
    return any(
        start < n.a
        and end <= n.a
        and any(m.b <= start for m in nums if m is not n)
        and _SHARE_OPENER.search(text[:start]) is not None
        and vocab().share_verb.fullmatch(text[end : n.a]) is not None
        for start, end, _ in forces
    )


def _force_after(text: str, n: Num, v: Vocab) -> bool:
    """'The figure was 320 at Kent Police', 'the total stood at 97 for Essex Police.': a bare
    figure its clause calls the figure, the force whose figure it is named right after it and
    closing the clause."""
    named = _by_named(text, n.b)
    clause = _clause_before(text, n.a)
    return (
        named is not None
        and bool(_BARE_END.match(text, named.end()) or re.match(r"\s+and\b", text[named.end() :]))
        and bool(v.ranking.search(clause))
        # "The number of officers was 3,000 at Kent Police": the figure of another measure
        and (not re.search(r"\bof\b", clause, re.I) or bool(v.topic.search(clause)))
    )


# A definite determiner right before a figure ("all 14 cases", "the 12 incidents", "those 31"):
# the figure points back at one given before, no new count.
_DEFINITE_BEFORE = re.compile(r"\b(?:all|the|these|those|both)\s+(?:of\s+the\s+)?$", re.I)
# Right before the first part a list of parts names: "These included 40 ..., 12 ... and 8 ...".
# Before kit counted in a sentence: what follows lists parts of a figure already given.
_KIT_PARTS = re.compile(
    r"\b(?:includ(?:ed|ing|es|e)|such\s+as|among\s+(?:them|these|those)|of\s+which|"
    r"comprising|made\s+up\s+of)\b",
    re.I,
)
_PARTITIVE = re.compile(r"\bof\s+(?:those|these|them|which)\b", re.I)
_INCLUDING = re.compile(r"\b(?:includ(?:ed|ing|es|e)|among\s+(?:them|these|those))\s+$", re.I)


# The verb a count of people is the object of, right before it: "disciplined 52", "sacked a
# total of 12", "had investigated 45" (words, no punctuation, between).
_GOVERNED = re.compile(r"\b[a-z]+(?:ed|ing)\b(?:\s+[a-z]+){0,3}\s+$")
# A part that is the subject of its own clause: "four of them were dismissed" (no object of
# the verb before it).
_PART_SUBJECT = re.compile(r"\s+of\s+(?:them|these|those)\s+(?:were|was|had|have)\b", re.I)
# A negation right before an outcome word: "never charged", "not prosecuted", "was not sacked".
_NEGATED_BEFORE = re.compile(r"\b(?:never|not|n't|without being)\s+(?:been\s+|being\s+)?$", re.I)


# The data a breach exposed, and the people it was about: "data identifying", "details of",
# "the names and ranks of", "information on" right before a figure of people.
_WHOSE_DATA = re.compile(
    r"\b(?:data|details|information|names?|records|addresses|identities|ranks)\s+"
    r"(?:identifying|of|on|about|belonging\s+to|relating\s+to)\s+"
    r"(?:(?:more|fewer|less)\s+than\s+|around\s+|about\s+|nearly\s+|almost\s+|over\s+|"
    r"some\s+|up\s+to\s+|all\s+|roughly\s+)?$",
    re.IGNORECASE,
)


def _people_measure(clause: str, sentence: str, offence: bool = False) -> str | None:
    """misconduct | outcome | None for a count of people, from the words of its clause (the
    offence may be named anywhere in the sentence, or be `offence` known from the sentences
    just before)."""
    v = vocab()
    outcome = v.outcome.search(clause)
    if outcome and _NEGATED_BEFORE.search(clause, 0, outcome.start()):
        outcome = None  # "500 people who were never charged": no outcome was counted
    misconduct = v.misconduct.search(clause)
    if outcome and (not misconduct or outcome.start() < misconduct.start()):
        return "outcome"
    if misconduct and (offence or v.offence.search(clause) or v.offence.search(sentence)):
        return "misconduct"
    return None


# A relative clause right after a count's noun telling how the cases ended: "where officers
# were not disciplined", "in which no further action was taken", "that led to a dismissal".
_OUTCOME_CLAUSE = re.compile(
    r"\s+(?:where|in\s+which|which|that)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:(?:was|were)\s+not\s+(?:disciplined|dismissed|sacked|charged|prosecuted)|"
    r"no\s+(?:formal\s+|further\s+)?(?:disciplinary\s+|formal\s+|further\s+)?action|"
    r"(?:resulted|ended)\s+in|led\s+to)\b",
    re.I,
)
# A claim reported ("the report says", "it was claimed") and denied later in the sentence
# ("..., this is not the case", "..., which is untrue").
_SAID_THEN_DENIED = re.compile(
    r"\b(?:says?|said|states?|stated|claims?|claimed|suggests?|suggested|shows?|showed)\b"
    r".*,\s*(?:but\s+)?(?:this|that|which|it)\s+(?:is|was)\s+(?:not\s+(?:the\s+case|true|"
    r"correct|accurate|right)|untrue|incorrect|wrong)\b"
)


def _read_sentence(sent: Sent, state: State, order: int) -> None:
    v = vocab()
    text = sent.text
    nums = numbers(text, parts=True)
    if not nums:
        return
    for n in nums:
        measure_after(text, n)
        if n.device and (
            not state.statistics
            or _KIT_PARTS.search(text, 0, n.a)
            or _PARTITIVE.search(text, 0, n.a)
        ):
            # "two laptops were stolen from his car": a story, not a page of figures; "seven
            # lost devices, including three radios and two laptops": parts of a figure before
            # them; "Of these, 40 were emails ..., 12 lost phones": a breakdown's item. Each is
            # read as it would be without the kit noun.
            n.measure, n.device, n.noun_end, n.elliptical = None, False, 0, False
            measure_after(text, n, kit=False)
        # "the force recorded 2,104 computer misuse offences": crimes, on a statistics page
        if (
            state.statistics
            and v.crime.match(text, n.b)
            and (v.recording.search(text[max(0, n.a - 40) : n.a]) or v.received.search(text[: n.a]))
        ):
            state.crime_figures += 1
    # "The ICO said it had received 2,300 breach reports from the sector": what a regulator
    # received is its own intake, no force's tally (unless the sentence names the force)
    nums = [n for n in nums if not _regulator_received(sent, n)]
    if not nums:
        return
    asked = state.question if 0 < sent.idx - state.question_at <= 4 else None
    # "Q1. 2022/23 - 141" under "Q1. The number of breaches ...? Q1a) Of those, how many
    # were cyber incidents?": the answer is to the question of its own number
    label = numbered_as(sent, state.sents)
    if label is not None and label in state.numbered and state.question_at < sent.idx:
        asked = state.numbered[label]
    # "Answer: Nil" to "How many breaches ...?": a zero, though no measure noun follows
    answer = asked is not None and asked.measure == "breach" and len(nums) == 1
    nums = [
        n
        for n in nums
        if (
            n.value
            or n.same
            or (n.nought and not _no_measure(text, n))
            or answer
            or not n.elliptical
            or _kind_noun(sent, n)
            # "Cyber attacks: 0": a nought in figures closing its category's label
            or (text[n.a : n.b] == "0" and labelled_category(sent, n) is not None)
        )
        and not _example(text, n)
        and not _in_ratio(text, n, nums)
        # "damages for a client after three breaches by officers": one person's story
        and not (
            (n.measure in ("breach", "generic") or n.repetition)
            and sufferers_breaches(sent, n.a, n.value, n.repetition or _repeats(text, n))
        )
    ]
    # "27, the same number as the year before": the phrase gives the figure before it another
    # period (`_same_as_period`), no figure of its own
    nums = [n for n in nums if not (n.same and _names_period(text, n, state))]
    for n in nums:
        if n.repetition and _breakdown_repetition(sent, n, nums, state):
            n.measure, n.repeated, n.elliptical = "breach", True, False
    nouns = {id(n): n.measure for n in nums}  # the noun after it, before any inheritance
    lowered = text.lower()
    # about breaches, unless only a breach somewhere else ("victims whose data was stolen in
    # a data breach at a company")
    topics = list(v.topic.finditer(lowered))
    topical = bool(topics) and not any(v.elsewhere.match(lowered, m.end()) for m in topics)
    broader_named = [
        m
        for m in v.broader.finditer(lowered)
        if not set(lowered[max(0, m.start() - 12) : m.start()].split()) & v.demonstrative
        and not v.personal_after.match(lowered, m.end())
    ]
    disputed = (
        bool(v.wrong.search(lowered))
        or any(
            v.disputed_object.search(lowered[max(0, m.start() - 40) : m.end() + 40])
            for m in v.dispute.finditer(lowered)
        )
        # "While the report says there were 81 breaches at Dorset Police, this is not the
        # case": what a source says, denied in the same sentence
        or bool(_SAID_THEN_DENIED.search(lowered))
    )
    national = bool(v.national.search(lowered)) and not sent.forces
    lead_end = list_lead(text, nums)
    # "Of the 231 breaches, 64 involved ...": every count after the lead is a part; a figure
    # in the lead refers to the total it breaks down and is no count itself
    parts = v.partitive_lead.match(text)
    if parts and v.national.search(parts.group(0)):
        parts = None  # "Of the 43 forces, Kent recorded the most, 412": forces, not breaches
    whole_count = None
    lead_whole: Num | None = None
    if parts:
        inside = [n for n in nums if n.b <= parts.end()]
        whole_count = inside[0].value if inside else None
        # "Of the 75 data breaches Kent Police recorded in 2021, 20 were ...": a whole the
        # page gives nowhere else, with its measure, force and period, is a figure too
        new_whole = (
            len(inside) == 1
            and inside[0].measure == "breach"
            and bool(sent.forces)
            and bool(find_periods(parts.group(0)))
            and not any(r.count == whole_count for r in state.rows + state.table_rows)
        )
        lead_whole = inside[0] if new_whole else None
        nums = [n for n in nums if n.a >= parts.end() or n is lead_whole]
    previous: Num | None = None
    kept: list[tuple[Num, str]] = []
    bracketed_prior: set[int] = set()
    possessed_nums: set[int] = set()  # bare figures a period owns ("the year before's 31")
    listed_parts: set[int] = set()  # items of a list of categories after its total
    kind_nouns: set[int] = set()  # figures whose noun phrase is a breach category
    subject_kinds: dict[int, str] = {}  # listed figures of the one kind the page is about
    # "These included 40 emails sent to the wrong person, 12 lost phones and 8 stolen
    # laptops": the figures listed on right after a part are parts too
    subset_seen = False
    subset_list: set[int] = set()
    # "The figures include cases where staff looked up records without a reason. There were
    # 41 such cases in 2022 and 55 in 2023": figures of the kind the sentence before named
    such = _such_kind(sent, nums, state)
    such_kinds: set[int] = set()
    if such is not None:
        kind, first = such
        for n in nums[first:]:
            if n is nums[first] or (n.elliptical and n.measure is None):
                subject_kinds[id(n)] = kind
                such_kinds.add(id(n))
    for n in nums:
        measure = n.measure
        before = text[max(0, n.a - 30) : n.a]
        if subset_seen and re.search(r"(?:,|\band)\s*$", before):
            subset_list.add(id(n))
        subset_seen = bool(_INCLUDING.search(before)) or id(n) in subset_list
        if measure == "broader":
            pointed = set(lowered[max(0, n.a - 40) : n.a].split()) & v.demonstrative
            measure = "breach" if pointed and not broader_named else None
            if measure is None:
                state.broader_at = sent.idx  # "310 information security incidents"
        elif measure == "generic" and _received(text, n, state, sent.idx):
            measure = None  # "the force received 2,000 reports of fraud": others' reports
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
            if measure == "generic" and (subject := _subject_kind(sent, n, state)) is not None:
                measure = "breach"  # "• Kent Police - 300 cases" on a page about one kind
                subject_kinds[id(n)] = subject
        # "97 breaches in 2022: 31 emails to the wrong person, ... and 46 other incidents":
        # the items of a list after its total, each a category
        itemised = (
            0 < lead_end < n.a
            and any(m.b <= lead_end and m.measure == "breach" for m in nums)
            and (type_after(sent, n, nums, within=3) is not None or _other_kind(text, n))
        )
        # "The breakdown includes:" over "- 120 emails sent to the wrong person": a bulleted
        # item of a breakdown, its figure first, counts the category it names
        itemised = itemised or (
            state.itemised
            and n is nums[0]
            and nouns[id(n)] != "people"
            and bulleted_figure(text, n.a)
            and type_after(sent, n, nums, within=25) is not None
        )
        if itemised:
            listed_parts.add(id(n))
        if n.elliptical and not topical and 0 < sent.idx - state.received_at <= 2:
            continue  # "... received 4,100 reports of fraud. Phishing accounted for 900": theirs
        if n.elliptical:
            listed = listed_force(text, n) is not None
            if n.same and previous is not None:
                n.value = previous.value
            elif n.same and state.last_total is not None:
                n.value = state.last_total.count
            of_things = _of_things(sent, n)  # "one of its servers": none of them breaches
            # "four of missing USB sticks"
            enumerated = bool(re.match(r"\s+of\b", text[n.b :])) and not of_things
            # "the number ... in the period (488)", "reported the most breaches (1,234)"
            bracketed = (
                before.endswith("(")
                and bool(re.match(r"\)|,\s+(?:or|and|up|down)\b[^()]*\)", text[n.b :]))
                and bool(v.ranking.search(text[: n.a]))
            )  # "(1,204)", "(1,204, or 18% of the total)"

            # "double the 31 it logged in 2019/20": a clause recording it follows
            logged = bool(
                v.logged_after.match(text[n.b :])  # "the 31 it logged in 2019"
                or (bool(_HAPPENED_IN.match(text, n.b)) and state.last_measure == "breach")
                # "up from the 117 recorded in 2022", "a rise on the 117 logged in 2022"
                or (bool(_COMPARED_THE.search(text, 0, n.a)) and bool(_LOGGED_IN.match(text, n.b)))
            )
            later = [m for m in nums if m.a > n.b]
            continues = (
                bool(v.continues.search(before))
                and bool(
                    _BARE_END.match(text[n.b :])
                    or (previous is not None and previous.measure)
                    or (later and listed_force(text, later[0]) is not None)
                    # "had the fourth highest number of breaches, with 157 recorded between
                    # 2011 and 2015": a participle dating the figure after it
                    # (breaches named before it: "Burglaries fell, with 2,400 recorded" counts
                    # no breaches)
                    or (
                        bool(_WITH_BEFORE.search(before))
                        and bool(_LOGGED_IN.match(text, n.b))
                        and bool(v.topic.search(text[: n.a]))
                    )
                    # "recorded 77 and 70 in the same years": a pair of bare figures
                    or (
                        bool(later)
                        and bool(re.fullmatch(r"\s*(?:,|,?\s+and)\s*", text[n.b : later[0].a]))
                        and bool(_BARE_END.match(text[later[0].b :]))
                    )
                    # "rose from 66 to 92 between 2021 and 2023": where a change starts, its
                    # end following at once
                    or (
                        bool(later)
                        # breaches named in its own clause ("staff numbers rose from ..." is
                        # a change of another measure)
                        and bool(v.topic.search(re.split(_CLAUSE_BREAK, lowered[: n.a])[-1]))
                        and bool(re.search(r"\bfrom\s+$", before))
                        and bool(re.fullmatch(r"\s+to\s+", text[n.b : later[0].a]))
                        and bool(_BARE_END.match(text[later[0].b :]))
                    )
                    # "Essex came second with 254 and Sussex third with 198": the next force's
                    # figure follows, in the same terms
                    or (
                        bool(later)
                        and bool(alias_re().search(text[n.b : later[0].a]))
                        and bool(v.continues.search(text[max(0, later[0].a - 30) : later[0].a]))
                        and bool(_BARE_END.match(text[later[0].b :]))
                    )
                    # "The figure was 320 at Kent Police": the force whose figure it is named
                    # right after it, the clause naming the figure it gives
                    or _force_after(text, n, v)
                )
            )  # "rose to 54 a year later", "the total standing at 175.", "and 98 have lost",
            # "Essex Police recorded 295 and Hertfordshire Constabulary 312"
            labelled = labelled_category(sent, n) is not None  # "emails to the wrong person: 21"
            # "recorded the most breaches over the period, 1,204, followed by ...", "The
            # largest number, 74, came from ...": a figure set off by commas after its measure
            # "Last year's total, 127 for 2022/23, was ...": its own period may follow it
            apposed = (
                before.rstrip().endswith(",")
                and bool(re.match(r"\s*(?:[,.;]|$)", text[_dated_end(text, n) :]))
                and bool(v.ranking.search(_clause_before(text, n.a)))
            )
            # "one of its file servers ...": the figure counts those things, no breaches, and
            # its "of" opens no category
            typed_after = bool(v.category_after.search(text[n.b : n.b + 20])) and not of_things
            # "31 were disciplined", "Eight of them were dismissed": people, by what befell them
            befell = _BEFELL.match(text[n.b :])
            acted_on = befell is not None and bool(
                v.misconduct.match(text, n.b + befell.end())
                or v.outcome.match(text, n.b + befell.end())
            )
            # "31 staff at Kent Police were disciplined, while Essex Police disciplined 19":
            # a bare figure a misconduct or outcome verb takes as its object, after people
            # counted the same way
            governed = _GOVERNED.search(text, previous.b if previous else 0, n.a)
            acted_by = (
                previous is not None
                and previous.measure == "people"
                and previous.counts in ("misconduct", "outcome")
                and governed is not None
                and bool(_BARE_END.match(text[n.b :]))
                and _people_measure(governed.group(0), lowered) == previous.counts
            )
            # "... were disciplined for misusing databases. West Midlands Police disciplined 83,
            # South Yorkshire Police 42": a bare figure a misconduct verb takes as its object,
            # the offence named in the sentence just before
            acted_after = (
                previous is None
                and governed is not None
                and 0 < sent.idx - state.misconduct_at <= 1
                and bool(_BARE_END.match(text[n.b :]) or re.match(r"\s+and\b", text[n.b :]))
                and _people_measure(governed.group(0), lowered, True) == "misconduct"
            )
            acted_by = acted_by or acted_after
            # "staff looking up records accounted for 14": a category's count after its clause
            kind_before = (
                bool(
                    v.category_before.search(text[max(0, n.a - 20) : n.a])
                    or gapped_cue(text, nums, n)  # "..., and unauthorised access for 33"
                )
                and bool(_BARE_END.match(text[n.b :]))
                and (topical or state.last_measure == "breach")
                and row_category(sent, n, nums, state) is not None
            )
            # "Kent Police lost 31 laptops and phones in 2022": on a page of statistics, a
            # dated figure whose noun phrase is a breach category counts breaches of it
            # "The force said no laptops were lost during the year", right after a force's
            # breach counts: a zero of that kind for the force counted, named or not
            none_of_kind = (
                n.of_a_kind
                and bool(state.rows)
                and sent.idx - state.rows[-1].sent.idx <= 3
                and state.rows[-1].measure == "breach"
            )
            # "Kent Police recorded 312 breaches in 2023. The breakdown shows 40 misdirected
            # emails ...": right after a force's total, the parts it breaks down into
            total_before = (
                state.last_total is not None
                and _breakdown_runs_on(state, sent.idx)
                and state.last_total.measure == "breach"
                and not state.last_total.national
                and state.last_total.force is not None
            )
            # "It logged 38 misdirected emails ...", "The force recorded 14 lost phones ...":
            # the force the page is reading, its subject by pronoun or by the word "force"
            force_subject = state.current_force is not None and bool(_FORCE_PRONOUN.match(text))
            kind_noun = (
                (topical or state.last_measure == "breach" or state.statistics)
                and nouns[id(n)] is None
                # dated, or a force's figure among breach counts ("Dorset recorded no
                # device losses in the year")
                and (
                    bool(find_periods(text, state.reference))
                    or (
                        (bool(sent.forces) or none_of_kind or total_before or force_subject)
                        and state.last_measure == "breach"
                    )
                )
                and _kind_noun(sent, n, nums)
                # a force's figure, not one person's ("PC Smith carried out 41 searches")
                and (bool(sent.forces) or none_of_kind or total_before or force_subject)
                and not _ONE_PERSON.search(text[: n.a])
            )
            if kind_noun:
                kind_nouns.add(id(n))
            # "The remaining 13 were classed as 'other'": the rest of a total, of one kind
            rest_kind = _remainder_kind(sent, n, nums, state)
            partitive = (
                bool(  # "Of these, 87 involved ...", "its total included 131 emails",
                    # "That included 350 in 2018 alone"
                    (
                        parts
                        or v.subset_before.search(text[max(0, n.a - 15) : n.a])
                        or id(n) in subset_list
                    )
                    and (
                        typed_after
                        or type_after(sent, n, nums, within=25)
                        or re.match(r"\s+(?:in|during)\s+(?:19|20)\d\d", text[n.b :])
                        or _dated_right_after(text, n, state)  # "including 21 last year"
                    )
                )
                and not of_things
            )
            # "A further six involved lost paperwork": a count of a category, among breaches
            categorised = (
                typed_after
                and text[n.b : n.b + 1].isspace()  # "Jo Bloggs, 31, of Leeds" is an age
                and (topical or state.last_measure == "breach")
                and type_after(sent, n, nums) is not None
            )
            # "300 breaches at Kent Police, 250 at Essex Police": the next figure of a run,
            # its force named right after it
            by_prep = _by_prep(text, n.b)
            by_force = (
                previous is not None
                and previous.measure is not None
                and by_prep is not None
                and _by_named(text, n.b) is not None
            )
            # "Essex recorded 208. That compares with 312 at Kent Police": another force's
            # figure in the same terms, opening a sentence's comparison right after breaches
            by_force = by_force or (
                previous is None
                and by_prep is not None
                and _by_named(text, n.b) is not None
                and bool(v.comparison.search(before))
                and (topical or state.last_measure == "breach")
            )
            # "29, 50 and 44": the next bare figure of a run
            # ("45 breaches in 2021, and in the final year 51": a period phrase opening the next)
            run = (
                previous is not None
                and previous.measure is not None
                and any(
                    _RUN_GAP.fullmatch(gap)
                    for gap in (
                        text[previous.noun_end : n.a],
                        _undated(text, previous.noun_end, n.a, find_periods(text, state.reference)),
                    )
                )
            )
            n.run = run
            # "74 (2021: 80)", "112 (80 in 2021)": the same measure for another period, in
            # brackets after the figure
            earlier = (
                previous is not None
                and previous.measure is not None
                and bool(_BRACKET_OPEN.fullmatch(text[previous.noun_end : n.a]))
                and bool(re.match(r"\s*(?:(?:in|for)\s+\S*\d\S*\s*)?\)", text[n.b :]))
                and any(
                    previous.noun_end <= p.start and p.end <= n.a or n.b <= p.start < n.b + 12
                    for p in find_periods(text)
                )
            )
            if earlier:
                bracketed_prior.add(id(n))
            # "301 and 277 data breaches": a figure sharing the noun of the one after it
            after_it = [m for m in nums if m.a > n.b]
            shared = (
                bool(after_it)
                and after_it[0].measure == "breach"
                and bool(re.fullmatch(r"\s*(?:,|,?\s*and|or)\s*", text[n.b : after_it[0].a]))
            )
            series = (
                previous is not None
                and previous.measure is not None
                and (
                    bool(re.match(r"\s+(?:in|during|for)\b", text[n.b :]))
                    # "212 in 2022, 187 the year before": a period phrase right after it
                    or any(
                        0 < p.start - n.b <= 2 and p.kind == "sequence"
                        for p in find_periods(text, state.reference)
                    )
                )
            )  # "204 breaches in 2019, 302 in 2020"
            # "Data breaches recorded by Kent Police: 2019/20 - 97, 2020/21 - 104", "2019 (97),
            # 2020 (104)": figures labelled by their periods in a sentence about breaches
            period_item = (
                not broader_named
                and n.value > 1
                and beside_period(text, n)
                and bool(_BARE_END.match(text[n.b :]) or re.match(r"\s*(?:and\b|\))", text[n.b :]))
            )
            dated_item = (
                topical
                and period_item
                and not re.search(r"[A-Z][\w'’-]*,\s*$", text[: n.a])  # "Jo Bloggs, 34,"
            )
            # "Data breaches recorded, by year" over "Kent Police: 2021 - 64, 2022 - 71, 2023 -
            # 80.": a run of figures labelled by their periods, in a sentence that names no
            # measure, right under the sentence about breaches that introduces them
            dated_under_lead = (
                not topical
                and period_item
                and sum(1 for m in nums if m.elliptical and beside_period(text, m)) >= 2
                and _measure_lead(sent, state) is not None
            )
            dated_item = dated_item or dated_under_lead
            # "Kent Police and Essex Police recorded 41 and 39 respectively": the first bare
            # figure of a run the sentence gives its forces in turn
            # ("employ 2,100 and 1,900 officers respectively" counts people; "are 51 and 49
            # respectively" no recording)
            in_turn_run = (
                bool(v.respectively.search(lowered))
                and len({f[2] for f in sentence_forces(sent) if f[1] <= n.a}) >= 2
                and bool(v.recording.search(text[max(0, n.a - 40) : n.a]))
                and bool(after_it)
                and after_it[0].elliptical
                and bool(re.fullmatch(r"\s*(?:,|,?\s*and)\s*", text[n.b : after_it[0].a]))
                and bool(re.match(r"\s+respectively\b", text[after_it[-1].b :], re.I))
            )
            # an FOI answer: "Answer: 2020 - 41, 2021 - 48" to "How many breaches ...?"
            answered = (
                asked is not None
                and asked.measure == "breach"
                and (beside_period(text, n) or len(nums) == 1)
            )
            # "The figure was later revised to 298 after duplicates were removed": a figure
            # given in place of one withdrawn, whatever follows it
            replacing = bool(v.corrected.search(text[max(0, n.a - 90) : n.a]))
            # "Kent logged 27 last year, below the previous year's 58": a bare figure a
            # period owns, compared with the breach figure just before it
            possessed = _possessed(text, n, previous, state)
            if possessed:
                possessed_nums.add(id(n))
            accepted = (
                replacing,
                possessed,
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
                by_force,
                series,
                earlier,
                acted_on,
                acted_by,
                shared,
                in_turn_run,
                itemised,
                dated_item,
                kind_before,
                rest_kind is not None,
                kind_noun,
            )
            if not any(accepted):
                continue
            if previous is not None and previous.measure is not None:
                measure = previous.measure
            elif 0 < lead_end < n.a:
                measure = _lead_measure(text[:lead_end], sent)
            if acted_on or acted_after:
                measure = "people"
            elif (shared or itemised) and measure is None:
                measure = "breach"
            if measure is None and asked is not None:
                measure = asked.measure
            if (
                measure is None
                and bracketed
                and sent.idx - state.misconduct_at == 1
                and people_caption(state.misconduct_text + " " + text[: n.a])
            ):
                # "... 904 staff were disciplined for misusing databases. The forces with the
                # highest numbers were Merseyside (208), ...": the ranking counts those people
                measure = "misconduct"
            if measure is None and (
                labelled
                or kind_before
                or rest_kind
                or kind_noun
                or (partitive and type_after(sent, n, nums, 25))
            ):
                # "the most paperwork losses (57)", "its total included 95 emails sent to the
                # wrong person": a breach category counted
                measure = "breach"
            if (
                measure is None
                and not broader_named
                and (
                    topical
                    or dated_under_lead
                    or state.last_measure == "breach"
                    or (_ANAPHOR.search(before) and sent.idx - state.topic_at <= 2)
                    # "The number of data breaches at a force has risen. There were 131 in
                    # 2022": a dated bare figure right after a sentence about breaches that
                    # gave no figure of its own
                    or (
                        # "Top of the list was Kent Police on 212": a force's figure opening
                        # the sentence's run of them; "Kent Police had the most, 212, followed
                        # by ...": a ranked figure set off by commas
                        (
                            continues
                            or in_turn_run
                            or (apposed and _bare_rank(before))
                            or (listed and not any(m.b <= n.a for m in nums))
                        )
                        and (lead := _measure_lead(sent, state)) is not None
                        and (
                            _dated_right_after(text, n, state)
                            # "... over the past three years. In 2021 there were 77": dated
                            # by its own sentence
                            or bool(find_periods(text, state.reference))
                            # "Forces recorded hundreds of breaches in 2023. Kent Police
                            # recorded 312": a force's figure (named, or recorded just before
                            # it), dated by that sentence
                            or (
                                (
                                    bool(sent.forces)
                                    or bool(v.recording.search(text[max(0, n.a - 40) : n.a]))
                                )
                                and (
                                    bool(find_periods(lead.text, state.reference))
                                    # "Police data breaches in 2022: how your force
                                    # compares" over that lead: the headline's period
                                    or _title_period(state) is not None
                                )
                            )
                        )
                    )
                )
            ):
                measure = "breach"
        if n.elliptical and counts_other_subject(sent, n):
            measure = None  # "Staffing was 3,200, compared with 3,900 at Kent Police"
        if (
            measure in ("breach", "generic")
            and n.noun_end
            and _OUTCOME_CLAUSE.match(text, n.noun_end)
        ):
            # "30 incidents where officers were not disciplined", "41 cases in which no
            # action was taken": cases counted by how they ended, an outcome
            measure = "outcome"
        noun_word = _NOUN_AFTER.match(text, n.b)
        if (
            measure in ("generic", "breach")
            and noun_word is not None
            and noun_word.group(1).lower() in v.generic
            # "... compared with 30 cases of lost paperwork": cases of something named
            and v.cases_of.match(text, noun_word.end()) is None
            and previous is not None
            and previous.counts in ("misconduct", "outcome")
            and v.continued_by.search(text, previous.b, n.a) is not None
            and v.recording.search(text, previous.b, n.a) is None
        ):
            # "Nine officers were disciplined for misusing databases in 2021, with 14 cases the
            # year before", "... compared with six cases in 2019": bare cases continuing a count
            # of people put through proceedings count those proceedings, no breaches
            measure = previous.counts
        n.measure = measure  # what it counts; inherited by the numbers continuing it
        if measure == "people" and _WHOSE_DATA.search(text[: n.a]):
            # "its answer included data identifying 10,000 officers and staff", "the names
            # of 2,000 officers were published": the people the leaked data was about, no
            # count of those disciplined nor of breaches
            measure = None
        if measure == "people":
            clause = text[n.a : _clause_end(text, n)]
            if 0 < lead_end < n.a:
                clause = text[:lead_end] + " " + clause
            # "52 officers were disciplined", else "Kent Police disciplined 52 officers"
            offence = 0 <= sent.idx - state.misconduct_at <= 2
            # "Kent Police investigated 45 officers ..., and 12 were dismissed": the verb
            # whose object the figure is decides, not one of a later figure's clause
            governing = _GOVERNED.search(text, previous.b if previous else 0, n.a)
            if _PART_SUBJECT.match(text, n.b) or _BEFELL.match(text, n.b):
                # "26 were disciplined and four of them were dismissed", "44 staff faced
                # disciplinary action and three were dismissed": the figure is its own
                # clause's subject, no object of the verb before it
                governing = None
            measure = (
                (governing and _people_measure(governing.group(0), lowered, offence))
                or _people_measure(clause, lowered, offence)
                or _people_measure(text[previous.b if previous else 0 : n.a], lowered, offence)
            )
            if measure is None and n.elliptical and previous is not None:
                measure = previous.counts  # the next item of a list: "..., Kent (30)"
            if (
                measure is None
                and previous is not None
                and previous.counts in ("misconduct", "outcome")
                and re.fullmatch(
                    r"(?:\s+[a-z]+){0,2}\s*(?:,|,?\s*and)\s*", text[previous.noun_end : n.a]
                )
            ):
                # "disciplined 11 police officers and four civilian staff": people joined
                # to those before them share their verb
                measure = previous.counts
        n.counts = measure
        if not (measure != "breach" and _in_aside(text, n)):
            previous = n  # "Essex Police, which has 2,900 officers, recorded 88": not continued
        if measure in ("breach", "generic", "misconduct", "outcome"):
            kept.append((n, measure))
    if not kept:
        return
    state.last_measure = "breach" if any(m == "breach" for _, m in kept) else state.last_measure
    if any(m == "misconduct" for _, m in kept):
        state.misconduct_at = sent.idx  # "... disciplined for misusing databases. At X, 31 were"
        state.misconduct_text = text
    # "... and that the correct figure was 390": a figure given in place of one withdrawn,
    # the only tally of a sentence disputing a figure
    corrected = [n for n, _ in kept if v.corrected.search(text[max(0, n.a - 90) : n.a])]
    if disputed and not corrected:
        return
    withdrawn: Row | None = None
    if corrected:
        at = corrected[0].a
        before_it = [n for n, m in kept if n.a < at]
        kept = [(n, m) for n, m in kept if n.a >= at]
        if not before_it:
            withdrawn = _withdrawn(state, sent)
    forces = tally_forces(sent)
    if not forces and v.unattributed.search(lowered):
        return  # "14 breaches ... cannot be attributed to either force": no one force's
    periods = outside_notes(find_periods(text, state.reference), note_spans(text))
    # "27, the same number as the year before": that period is the figure's too, not its own
    same_as = [p for p in periods if _SAME_AS.search(text, 0, p.start)]
    periods = [p for p in periods if p not in same_as]
    # a period phrase beside a percentage is the percentage's ("a rise of 46% on the year
    # before"), one beside a figure compared with or labelled by it ("up from 87 in 2021",
    # "(2021: 80)") that figure's alone: none dates another figure
    shares = [Num(0, m.start(), m.end(), False, noun_end=m.end()) for m in _PERCENT.finditer(text)]
    owned = attach_periods(text, periods, [n for n, _ in kept] + shares)
    own = {k: p for k, p in owned.items() if all(k != id(x) for x in shares)}
    # "rose by 15 per cent in 2021 to 45": the change's period is the figure it rose to's
    for n, _ in kept:
        for x in shares:
            p = owned.get(id(x))
            if (
                id(n) not in own
                and p is not None
                and x.b <= p.start
                and p.end <= n.a
                and _CHANGED_TO.fullmatch(text, p.end, n.a)
            ):
                own[id(n)] = p
    private = {
        p.start
        for n in [n for n, _ in kept] + shares
        if (p := owned.get(id(n))) is not None
        and (
            any(n is x for x in shares)
            or (p.end <= n.a and bool(re.fullmatch(r"\s*[-–:=]\s*", text[p.end : n.a])))
            or v.comparison.search(text[max(0, n.a - 20) : n.a])
            or id(n) in bracketed_prior
        )
    }
    _report_year(text, periods, own, private, state)
    whole = state.last_total
    if state.parts_of is not None and state.parts_at == sent.idx - 1:
        whole = state.parts_of  # "Of these, 23 were ... . A further six involved ..."
    if whole_count is not None:
        whole = next(
            (r for r in reversed(state.rows) if r.count == whole_count and is_total(r)), whole
        )
    # "The year before, the three forces recorded 29, 50 and 44 respectively": in the order
    # the forces of the sentence before were named
    respective: list[str | None] = []
    restated: dict[int, str] = {}
    if v.respectively.search(lowered) and not forces:
        counted = [n for n, m in kept if m in ("breach", "generic")]
        if len(counted) == len(state.last_forces) > 1:
            respective, national = list(state.last_forces), False
        elif len(counted) > 1 and (named_group := _forces_counted(lowered, state, len(counted))):
            # "Kent recorded 95. Essex recorded 188, and Surrey 143. The year before, the
            # three forces recorded 80, 170 and 150 respectively": the forces counted last,
            # as many as the sentence says and gives figures for
            respective, national = named_group, False
    elif v.respectively.search(lowered):
        # "Kent Police and Essex Police recorded 301 and 277 ... respectively": the forces
        # named before the figures, in order
        counted = [n for n, m in kept if m in ("breach", "generic")]
        named: list[str | None] = list(
            dict.fromkeys(f[2] for f in forces if counted and f[1] <= counted[0].a)
        )
        if len(counted) == len(named) > 1:
            respective, national = named, False
    elif forces and (
        paired := _paired(text, forces, [n for n, m in kept if m in ("breach", "generic")])
    ):
        respective, national = paired, False
    if forces and not respective:
        # "Kent recorded 97 in 2022 and Essex 120, the figures for 2021 being 80 and 95"
        restated = _restated_forces(
            text, forces, [n for n, m in kept if m in ("breach", "generic")], periods
        )
    # "45, 52 and 60 data breaches in 2019, 2020 and 2021 respectively": periods in order
    in_turn: dict[int, Period] = {}
    if v.respectively.search(lowered):
        counted = [n for n, m in kept if m in ("breach", "generic")]
        listed_periods = [
            p.period
            for p in periods
            if counted and p.start >= counted[-1].b and p.period is not None
        ]
        if not listed_periods and counted:
            # "In 2022 and 2023, Surrey Police recorded 80 and 95 data breaches
            # respectively": the periods listed before the figures
            listed_periods = [
                p.period for p in periods if p.end <= counted[0].a and p.period is not None
            ]
        if len(counted) == len(listed_periods) > 1 and len(set(listed_periods)) > 1:
            in_turn = {id(n): p for n, p in zip(counted, listed_periods, strict=True)}
    else:
        # "141 and 120 data breaches in the 2022/23 and 2021/22 financial years": figures
        # listed together, then as many periods listed together, pair up in order
        in_turn = _paired_periods(text, [n for n, m in kept if m in ("breach", "generic")], periods)
    if _SAME_PERIODS.search(text) and not periods:
        in_turn = _same_periods(text, [n for n, m in kept if m in ("breach", "generic")], state)
    elif not periods and not in_turn:
        # "There were 88 in 2021, 102 in 2022 and 95 in 2023. Northamptonshire Police had 47,
        # 52 and 60.": a run as long as the one right before, in no period of its own, is
        # over the same periods, unsaid
        in_turn = _same_periods(
            text, [n for n, m in kept if m in ("breach", "generic")], state, sent.idx
        )
    in_turn.update(
        _change_ends(
            text,
            [n for n, m in kept if m in ("breach", "generic")],
            own,
            periods,
            state,
            sent.start,
        )
    )
    dates = {k: p.period for k, p in own.items() if p.period is not None} | in_turn
    counted_runs = [n for n, m in kept if m in ("breach", "generic")]
    for k, same in _run_after_run(text, counted_runs, dates).items():
        in_turn.setdefault(k, same)
    sentence_rows: list[Row] = []
    paired_runs: dict[int, list[Num]] = {}  # figures compared in turn with kinds before them
    state.pending = sentence_rows  # "31 in 2019, 27 in 2020 ... 87 over the three years"
    last_compared: Num | None = None  # the figure before, if compared with
    kind_rows: list[Row] = []  # rows of figures whose noun is a category, and their list
    row_nums: dict[int, Row] = {}  # the row each figure gave
    split_unnamed = False  # a share of a whole no force was named for made a force's total
    for n, measure in kept:
        if n.value == 1 and _ON_A_DAY.match(text, n.noun_end):
            continue  # "One of these, in November 2022, saw letters ...": one incident told
        if _DEFINITE_BEFORE.search(text[max(0, n.a - 20) : n.a]) and any(
            r.count == n.value for r in state.rows + state.table_rows if not r.national
        ):
            continue  # "The force said all 14 cases were dealt with": the 14 counted before
        category = None
        noun = nouns[id(n)]
        rest_kind = _remainder_kind(sent, n, nums, state)
        # "accounting for 28 of the 106 breaches": 106 is the whole the figure before is part
        # of, no part itself
        # ... and "half of the 212 breaches Kent Police recorded": the whole a share is of
        whole_of = n.whole or any(
            m.b < n.a and _whole_gap(text, m.b, n.a) for m, _ in kept if m is not n
        )
        cued = not whole_of and (
            bool(v.subset_before.search(text[max(0, n.a - 15) : n.a]))
            or rest_kind is not None
            or (id(n) in subset_list and noun is None)
        )
        breakdown = (
            n is not lead_whole
            and not whole_of
            and (
                parts is not None
                or (asked is not None and asked.parts and noun is None)
                or cued
                or bool(_PART_OF.match(text, n.b))
                or any(m.a > n.b and _force_whole_gap(text, n.b, m.a) for m, _ in kept)
                or (
                    _out_of(text, n, [k for k, _ in kept])
                    # "141 ..., out of 9,870 across England and Wales": a force's share of
                    # a national figure is its total, no part
                    and not any(_national_after(text, m, nums) for m, _ in kept if m.a > n.b)
                )
                or id(n) in listed_parts
            )
        )
        # "97 ..., up from 84 the year before": 84 is compared with, not broken down; so is
        # the bare figure the comparison runs on to ("up from 84 in 2021 and 70 in 2020")
        compared = (
            bool(v.comparison.search(text[max(0, n.a - 20) : n.a]))
            or id(n) in bracketed_prior
            or (
                last_compared is not None
                and noun is None
                and any(
                    _COMPARED_RUN.fullmatch(gap)
                    for gap in (
                        text[last_compared.noun_end : n.a],
                        _undated(text, last_compared.noun_end, n.a, periods),
                    )
                )
            )
        )
        last_compared = n if compared else None
        # "Twelve of the 96 breaches were emails sent to the wrong person": the category told
        # after the whole is the part's; the whole is a total, of no kind
        whole_next = next(
            (
                m
                for m, _ in kept
                if m.a >= n.b and (_whole_gap(text, n.b, m.a) or _wider_whole(text, n, m))
            ),
            None,
        )
        if measure in ("breach", "generic") and whole_of:
            category = None
        elif measure in ("breach", "generic"):
            category = row_category(sent, n, nums, state)
            if n.device:
                category = "loss_or_theft_of_device"  # "713 phones were lost or stolen"
            if category is None and whole_next is not None and n.noun_end == n.b:
                category = row_category(sent, whole_next, nums, state)
        if measure in ("breach", "generic"):
            if category is None and id(n) in such_kinds:
                category = subject_kinds[id(n)]  # "There were 60 such breaches in 2023"
            if n.repeated:
                # "staff were caught misusing systems 48 times in 2024": the kind done that
                # often, named before it; a repetition of no kind counts nothing
                category = (
                    category
                    or _category_of(sent, _repetition_clause(text, n, nums), n.a)
                    or _category_of(sent, 0, n.a)
                )
                if category is None:
                    continue
            if (
                category is None
                and 0 < lead_end < n.a
                and (item := listed_at(text, n)) is not None
                # "- Dorset Police, which shares ...: 98": the item's own label is no lead
                and item[0] >= lead_end
            ):
                # the list's: "most device losses"
                category = _category_of(sent, 0, _lead_own_end(text, lead_end))
            if category is None and breakdown:
                category = type_after(sent, n, nums, within=25)  # "included 131 emails ..."
            if category is None and rest_kind is not None:
                category = rest_kind  # "the remaining 13 ... as 'other'"
            if category is None and id(n) in listed_parts and _other_kind(text, n):
                category = "other"  # "... and 46 other incidents"
            if category is None and asked is not None and noun is None:
                category = asked.breach_type  # "How many were emails sent in error?"
            if category is None and any(n is c for c in corrected):
                # "the correct figure for lost devices in 2022 was 26": the kind the
                # corrected figure is of
                fixed = v.corrected.search(text[max(0, n.a - 90) : n.a])
                if fixed is not None:
                    category = _category_of(sent, max(0, n.a - 90) + fixed.start(), n.a)
            if category is None and id(n) in kind_nouns:
                category = type_after(sent, n, nums, within=2)
            if (
                category is None
                and noun is None
                and kind_rows
                and sentence_rows
                and kind_rows[-1] is sentence_rows[-1]
                and listed_force(text, n) is not None
            ):
                category = kind_rows[-1].breach_type  # "..., Kent Police 23 and Sussex 17"
            if category is None and n.run and sentence_rows:
                category = sentence_rows[-1].breach_type  # "lost paperwork: 9 (2021), 7 (2022)"
            if category is None and noun is None and not breakdown:
                category = _change_subject_kind(sent, n)  # "Lost phones rose from 9 to 14"
            if category is None and noun is None and not breakdown:
                # "88 emails to the wrong person in 2023, and Kent Police 95", "64 cases of
                # unauthorised access in 2022, up from 51": a bare figure counts what the
                # sentence's own figures before it count
                dated = resolve_in(own[id(n)], state, sent.start) if id(n) in own else None
                category = sentence_type(text, n, sentence_rows, dated)
            if (
                noun is None
                and not breakdown
                and (kinds_paired := _paired_kinds(text, n, nums, sentence_rows, row_nums))
                is not None
            ):
                # "27 misdirected emails and 8 lost documents in 2021/22, compared with 19
                # and 5 in 2020/21": each of the run compared is of the kind in its place
                category, paired_runs[id(n)] = kinds_paired, _paired_run(text, n, nums)
            if (
                category is None
                and noun is None
                and not breakdown
                and _uncategorised_item(text, n, sentence_rows)
            ):
                # "18 misdirected emails, 7 letters sent to the wrong address and 3 lost
                # warrant cards": the last item of a list of kinds, of a kind not told, is no
                # total
                continue
            if category is None and n.of_a_kind:
                continue  # "No breaches were reported to the ICO" counts no kind of breach
            if category is None and id(n) in subject_kinds:
                category = subject_kinds[id(n)]
            if measure == "generic" and category is None:
                continue
            if category is None and _period_part(text, n, own.get(id(n))):
                continue  # "Nine of last year's breaches were reported to the ICO": no kind
            if breakdown and category is None:
                # "That included 350 in 2018 alone": a year's total inside a longer span's
                dated = resolve_in(own[id(n)], state, sent.start) if id(n) in own else None
                here = next((r for r in reversed(sentence_rows) if is_total(r)), None)
                # "310 security incidents. Of these, 140 were personal data breaches": the
                # breaches among a wider measure are the force's total
                among_wider = noun == "breach" and 0 <= sent.idx - state.broader_at <= 1
                # "9,870 across England and Wales. Kent Police recorded 412 of them": a named
                # force's share of a national figure is that force's total
                of_national = (
                    (here is None or (split_unnamed and _share_named(text, n, forces)))
                    and bool(forces)
                    and not national
                    and 0 < sent.idx - state.national_at <= 1
                ) or (
                    # "Kent Police recorded 141 of the 9,870 logged across England and Wales"
                    whole_next is not None
                    and bool(forces)
                    and (
                        _national_after(text, whole_next, nums)
                        # "Kent Police recorded 312 of the region's 900"
                        or _wider_owned(text, whole_next)
                    )
                )
                # "Forces recorded 9,000 in 2022, including 301 at Kent Police": a force's share
                # of the sentence's national figure, the force named right after it
                of_national = of_national or (
                    here is None
                    and any(r.national and r.breach_type is None for r in sentence_rows)
                    and (
                        _named_right_after(text, n)
                        or _share_at(text, n)
                        or _whole_then_named(text, n)
                        or _share_clause_named(text, n, nums, forces)
                    )
                )
                # "There were 2,315 breaches between 2011 and 2015. Of those, West Midlands
                # Police accounted for 488": a whole no force was named for, then named
                # forces' shares of it: the whole is wider than any one force (no row of
                # the page's force) and each share is its force's own total
                of_unnamed = (
                    (here is None or split_unnamed)
                    and not of_national
                    and bool(forces)
                    and whole is not None
                    and (whole.defaulted or not whole.sent.forces)
                    and whole.breach_type is None
                    and whole.measure == "breach"
                    and (split_unnamed or not whole.national)
                    and whole.sent is not sent
                    and 0 < sent.idx - whole.sent.idx <= 1
                    and whole.count > n.value
                    and _share_named(text, n, forces)
                    and _SHARE_END.match(text, n.b) is not None
                    and not _FORCE_ANAPHOR.search(whole.sent.text)
                )
                if of_unnamed and whole is not None:
                    whole.national, whole.force = True, None
                    of_national = split_unnamed = True
                split_unnamed = split_unnamed or (of_national and here is None and bool(forces))
                if (
                    not among_wider
                    and not of_national
                    and not within(dated, here or whole, n.value)
                ):
                    continue
                breakdown = cued = False
            measure = "breach"
        elif measure == "misconduct":
            if not state.statistics:
                continue
            category = v.misconduct_type
        if not national and other_recorder(text, n) is not None:
            # "Birmingham City Council recorded 412 ...": another body's figure, whatever
            # force the sentence names after it
            state.other_body_at = sent.idx
            state.other_figures += 1
            continue
        if _joint(text, n, nums, forces):
            continue  # "Norfolk and Suffolk recorded 203 between them": neither force's
        # "..., 250 by Essex Police": the force named right after the figure is its own
        by = _by_named(text, n.b)
        named_after = next((f[2] for f in forces if by is not None and f[0] == by.start()), None)
        # "120 in Kent, 100 in Essex": in a run of figures, the place named right after one
        # by 'in' is its force, not the place closing the figure before it
        if named_after is None and text[: n.a].rstrip().endswith(","):
            in_place = _IN_FORCE.match(text, n.b)
            named_after = next(
                (f[2] for f in forces if in_place is not None and f[0] == in_place.end()), None
            )
        force = named_after or listed_force(text, n) or force_near(forces, n, text)
        force = restated.get(id(n), force)
        in_order = bool(respective) or id(n) in restated
        if respective:
            force = respective.pop(0)  # "... recorded 29, 50 and 44 respectively"
        # "The three forces recorded 312 breaches between them, with Kent accounting for half":
        # a figure whose subject is all forces or a group of them, no force named before it
        # (none found for it either: "Police forces recorded 9,000 breaches in 2022,
        # including 301 at Kent Police" is no figure of the page's subject force)
        collective = (
            not in_order
            and not any(f[0] < n.a for f in forces)
            and bool(v.national.search(text[: n.a].lower()))
            # "... were recorded by Kent Police": the force is the figure's own recorder
            and not any(
                f[2] == force and re.search(r"\b(?:by|at|for|from)\s+(?:the\s+)?$", text[: f[0]])
                for f in forces
            )
            # "Of the 43 forces, 312 breaches were recorded by Kent Police": the agent after it
            and not (
                force is None
                and any(
                    re.search(r"\bby\s+(?:the\s+)?$", text[: f[0]])
                    and not _SHARE_CLAUSE.search(text, n.b, f[0])
                    for f in forces
                    if f[0] >= n.b
                )
            )
        )
        # "Kent Police recorded 141, out of 9,870 across England and Wales": a figure its own
        # clause puts nationwide is no force's, whatever force the sentence named before it
        collective = collective or (
            not in_order and (_national_after(text, n, nums) or _wider_owned(text, n))
        )
        # "There were 12,400 breaches in 2023, with Kent Police accounting for 212": a figure
        # whose only forces are named after it, in a clause giving their share of it, is no
        # force's
        later_forces = [f for f in forces if f[0] >= n.b]
        collective = collective or (
            force is not None
            and not in_order
            and named_after is None
            and not any(f[0] < n.a for f in forces)
            and bool(later_forces)
            and bool(_SHARE_CLAUSE.search(text, n.b, later_forces[0][0]))
        )
        if collective:
            force = None
        is_national = defaulted = False
        # "Nineteen of its 88 breaches ...": the total of 88 given before (a table's row
        # too) is the whole, and its force the part's when the sentence names none
        named_whole = (
            next(
                (
                    r
                    for r in reversed(state.rows + state.table_rows)
                    if r.count == whole_next.value and is_total(r) and r.sent is not sent
                ),
                None,
            )
            if whole_next is not None and category is not None
            else None
        )
        if force is None and named_whole is not None and named_whole.force is not None:
            force, breakdown, defaulted = named_whole.force, True, named_whole.defaulted
        if force is None:
            if national or collective:
                is_national = True
            elif (category or parts) and whole is None and state.all_forces_at == sent.idx - 1:
                # "Forces logged 2,315 breaches. These included 869 cases of ...": the parts
                # of the figure for all forces just before, no force's total among them (no
                # kind the forces named next are compared in either)
                is_national = breakdown = True
            elif (category or parts) and whole is not None and whole.sent is not sent:
                if (whole.count < n.value and _national_at_or_listed(state, sent, whole)) or (
                    state.all_forces_at == sent.idx - 1
                ):
                    # a part larger than the force's total, right after a national figure
                    # ("1,702 nationally. Unauthorised access accounted for 1,489"), or any
                    # part right after figures of all forces ("Across all forces, 1,283 ended
                    # in no action. In 70 cases, staff ..."): the same national breakdown,
                    # page context
                    is_national = True
                else:
                    # a part of a total no force was named for is no more any force's
                    force, breakdown, defaulted = whole.force, True, whole.defaulted
            elif state.other_body_at >= sent.idx - 1:
                continue  # "The figure is up from 367 ...": still that body's figures
            elif state.current_force is None and state.other_body_at > max(
                (r.sent.idx for r in state.rows if not r.national), default=-1
            ):
                # "Birmingham City Council recorded 312 breaches ... Emails made up 171": on
                # a page of another body's figures, with no force named or counted since,
                # an unattributed figure is still that body's, not the force named later
                continue
            elif _continues_national(state, sent):
                # a figure that would have been a force's named so far, read as all
                # forces': the page is one of figures (a force the page names only later
                # lost nothing: the cases told of it stay cases)
                is_national = True
                fallback = state.current_force or state.default_force
                if fallback is not None and fallback in state.in_passing:
                    state.continued_national = True
            else:
                force = state.current_force or state.default_force
                defaulted = state.current_force is None
        if (
            category is None
            and measure == "breach"
            and not breakdown
            and state.list_type
            # "Essex recorded 45 breaches, Surrey 33": the figure before is a total
            and not (
                noun is None and any(is_total(r) and r.noun == "breach" for r in sentence_rows)
            )
        ):
            category = inherited_type(sent, n, nums, noun, force, state)
        lendable = [p for p in periods if p.start not in private]
        period, unresolved = period_of(n, own, lendable, state, sent.start)
        # "Gloucestershire reported 27, the same number as the year before", among figures for
        # last year: the figure is of the period the page is giving figures for
        if (
            period is None
            and not unresolved
            and state.last_period is not None
            and _same_as_period(text, n, nums, same_as, state.last_period, state)
        ):
            period = state.last_period
        if id(n) in paired_runs and id(n) not in own:
            # "..., compared with 31 and 9 in 2021/22": the run's period, stated after its last
            run_dated = next(
                (own[id(m)] for m in reversed(paired_runs[id(n)]) if id(m) in own), None
            )
            if run_dated is not None:
                period, unresolved = period_of(
                    paired_runs[id(n)][-1], own, lendable, state, sent.start
                )
        if period is not None and _part_of_year(text, n, own.get(id(n))):
            period, unresolved = None, True  # "17 breaches in the first quarter of 2023"
        if (
            compared
            and id(n) not in own
            and period is not None
            and any(
                r.period == period and r.force == force and r.breach_type == category
                for r in sentence_rows
            )
        ):
            continue  # "230 in 2020, up from 180": an earlier period the text does not name
        if id(n) in in_turn:
            period, unresolved = in_turn[id(n)], False
        if id(n) not in own and _TOTAL_OF.search(text[max(0, n.a - 20) : n.a]):
            # "41 in 2019, 55 in 2020 and 80 in 2021 - a total of 176": the years counted
            yearly = [r for r in sentence_rows if is_total(r) and r.force == force and r.period]
            if len({r.period for r in yearly}) >= 2 and all(r.count < n.value for r in yearly):
                first = min(r.period.start for r in yearly if r.period)
                last = max(r.period.end for r in yearly if r.period)
                period, unresolved = Period(first, last, "span"), False
        if id(n) not in own and n.b <= lead_end and lead_end > 0 and measure == "breach":
            # "222 breaches over three years: 63 in 2017, 88 in 2018 and 71 in 2019": a total
            # before a list of figures dated year by year covers all their years
            by_year = {p.period for p in periods if p.start > lead_end and p.period is not None}
            if len(by_year) >= 2 and all(p.kind != "relative" for p in by_year):
                first = min(p.start for p in by_year)
                last = max(p.end for p in by_year)
                period, unresolved = Period(first, last, "span"), False
        parent = None
        if period is None and not unresolved and (breakdown or category):
            parent = named_whole or whole
            if breakdown and force is not None and (whole is None or whole.force != force):
                # "Derbyshire's total included 131 ...": that force's last total
                parent = next(
                    (
                        r
                        for r in reversed(state.table_rows + state.rows)
                        if r.force == force and is_total(r)
                    ),
                    None,
                )
        if cued and sentence_rows and period is None:
            parent = sentence_rows[-1]  # "(88), including 14 case files": the figure just before
            just_before = [m for m in nums if m.b <= n.a]
            if (
                id(n) in subset_list
                and parent.parent is not None
                and just_before
                and row_nums.get(id(just_before[-1])) is parent
            ):
                parent = parent.parent  # "..., 12 lost phones": the whole the list breaks down
        if breakdown and parent is not None and parent.breach_type == category:
            continue  # a part of the same kind as its whole is no row of its own
        row = Row(
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
        each_period = _each_period(text, n, periods, period)
        if each_period:
            row = replace(row, period=each_period[0])
            period = each_period[-1]
        if period is not None and period.kind != "sequence" and id(n) not in possessed_nums:
            # (a figure compared with, "the previous year's 58", leaves the page's period)
            state.last_period, state.last_period_at = period, sent.start
        sentence_rows.append(row)
        row_nums[id(n)] = row
        # "52 in both 2019 and 2020", "44 in each of the following two years": the same
        # figure for each of the years
        sentence_rows.extend(replace(row, period=p) for p in each_period[1:])
        for also in _same_as_period(text, n, nums, same_as, row.period, state):
            if also != row.period:
                sentence_rows.append(replace(row, period=also, compared=True))
        if force is not None and not is_national:
            # "Gwent and Dyfed-Powys both recorded 57": the same figure for each force
            for other in _each_of(text, n, forces):
                if other != force:
                    sentence_rows.append(replace(row, force=other))
        if id(n) in kind_nouns or (category is not None and kind_rows and listed_force(text, n)):
            kind_rows.append(row)
    if withdrawn is not None:
        _replace(
            withdrawn, [r for r in sentence_rows if r.count in {n.value for n in corrected}], state
        )
    if any(r.measure == "breach" for r in sentence_rows):
        state.last_measure = "breach"  # "27 cases of lost laptops" counted breaches too
        state.last_forces = list(dict.fromkeys(r.force for r in sentence_rows if not r.national))
    note_list_type(sentence_rows, state)
    # "Of the 240 breaches last year, 66 ... . None was ...": parts of the total the lead
    # names, dated or not, leave it the whole the next sentence's parts break down too
    named_lead = (
        whole is not None
        and whole_count == whole.count
        and any(r.breakdown and r.force == whole.force for r in sentence_rows)
    )
    if named_lead or any(r.parent is not None and r.parent is whole for r in sentence_rows):
        state.parts_of, state.parts_at = whole, sent.idx
    if any(row.national for row in sentence_rows):
        state.national_at = sent.idx
    totals = [r for r in sentence_rows if is_total(r)]
    # the total a later breakdown refers to: the last one not merely compared with
    head = [r for r in totals if not r.compared]
    # "The total compares with 152 in 2023": figures only compared with leave the force's
    # total before them the whole a later breakdown ("A further 23 ...") refers to
    prior_total = state.last_total
    if head:
        state.last_total = head[-1]
    elif totals and not (
        prior_total is not None
        and not prior_total.compared
        and prior_total.force == totals[-1].force
    ):
        state.last_total = totals[-1]
    state.rows.extend(sentence_rows)
    state.pending = []


# A figure's own clause pointing at one force without naming it ("the force", "its",
# "locally"); no bare "it", which as often means the report or regulator ("..., it adds")
_FORCE_REFERENCE = re.compile(
    r"\b(?:the\s+(?:force|constabulary|service)|its|locally|the\s+(?:county|region|area))\b",
    re.I,
)


def _national_given(state: State) -> bool:
    """The page gave a figure of all forces before (a national total, or one naming none)."""
    return state.national_at >= 0 or state.all_forces_at >= 0


def _national_at_or_listed(state: State, sent: Sent, whole: Row) -> bool:
    """A part larger than the total it would break down is no part of it when a national
    figure came right before, or when that total was one item of a list of several forces'
    ("West Midlands (488), ..., Avon and Somerset (163). Data was shared almost 900 times"):
    a forceless figure after such a list is the page's national one."""
    if state.national_at == sent.idx - 1:
        return True
    listed = {r.force for r in state.rows if r.sent is whole.sent and not r.national}
    return _national_given(state) and len(listed) > 1


def _continues_national(state: State, sent: Sent) -> bool:
    """A figure naming no force, on a page whose figures so far are all forces' ("Forces
    logged 2,315 breaches. ... Another 1,283 saw no action"), continues them when the force
    it would fall to was only named in passing -- every sentence naming it tells one
    person's case ("an officer from Essex was sacked") -- and has no figure of its own yet,
    or when the figure's own sentence gave all forces' figures before it.
    A force that is the page's subject (its headline, "X answered an FOI request"), a force
    named in the figure's own sentence, or a clause pointing at one force ("the force",
    "its", "locally") keeps the old reading: the figure is that force's."""
    if not _national_given(state) or sent.forces or _FORCE_REFERENCE.search(sent.text):
        return False
    if bulleted_item(sent.text):
        return False  # a list's items: the list's own reading (tally_state) decides them
    if any(r.national for r in state.pending):
        return True  # "They included 869 ... and 877 ..., while 25 involved ...": one list
    fallback = state.current_force or state.default_force
    if fallback is None or not state.in_passing.get(fallback, False):
        return False
    return not any(
        r.force == fallback
        for r in state.rows
        if not (r.national or r.defaulted or r.measure == "outcome")
    )


def _note_forces_named(sent: Sent, state: State) -> None:
    """Keep, for each force the sentence names, whether it was named in passing so far."""
    if not sent.forces:
        return
    case = tells_one_case(sent)
    for m in sent.forces:
        passing = case or one_persons_employer(sent, m)
        state.in_passing[m.label_] = state.in_passing.get(m.label_, True) and passing


def _breakdown_runs_on(state: State, idx: int) -> bool:
    """The force's total was given in the sentence just before, or its breakdown runs on
    since: every figure counted after it is a typed part of that force's breaches, the last
    in the sentence just before ('Kent recorded 143 breaches. Emails sent to the wrong person
    accounted for 51. There were 17 cases of ..., and nine verbal disclosures')."""
    total = state.last_total
    if total is None:
        return False
    if total.sent.idx == idx - 1:
        return True
    if idx - total.sent.idx > 4 or total not in state.rows:
        return False
    since = state.rows[state.rows.index(total) + 1 :]
    since = [r for r in since if r.sent.idx > total.sent.idx]
    return (
        bool(since)
        and since[-1].sent.idx == idx - 1
        and all(
            r.breach_type is not None and r.force == total.force and r.measure == "breach"
            for r in since
        )
    )


def _withdrawn(state: State, sent: Sent) -> Row | None:
    """The figure a correction withdraws when its own sentence gives none: the last total of
    the sentence just before ('It had first said 420. It later said the correct figure was 390')."""
    total = state.last_total
    if total is None or total.sent.idx != sent.idx - 1:
        # "It had published 56 lost devices for Surrey. ... the correct figure was 26": the
        # only figure of the sentence before, whatever its kind
        before = [r for r in state.rows if r.sent.idx == sent.idx - 1]
        return before[0] if len(before) == 1 else None
    return total


def _replace(withdrawn: Row, corrections: list[Row], state: State) -> None:
    """Put a corrected figure in place of the one it withdraws: its force, period and type,
    where the correction names none of its own."""
    if not corrections:
        return
    row = corrections[0]
    if row.defaulted or row.force is None:
        row.force, row.defaulted = withdrawn.force, withdrawn.defaulted
    if row.period is None:
        row.period, row.unresolved = withdrawn.period, withdrawn.unresolved
    if row.breach_type is None:
        row.breach_type = withdrawn.breach_type
    row.national = withdrawn.national
    if withdrawn in state.rows:
        state.rows.remove(withdrawn)


# Between a figure compared with and the next bare one of the same comparison: its period
# phrase, then "and" or a comma ("up from 53 in 2021/22 and 41 in 2020/21", "from 84, 70")
_COMPARED_RUN = re.compile(
    r"\s*(?:(?:in|during|for|over)\s+[^,;.()]{1,30}?)?\s*(?:,\s*and|,|and|or)\s+"
    r"(?:(?:in|during|for)\s+\S+\s*,?\s*)?",
    re.I,
)

# "Kent recorded 77 and 70 in the same years": the periods just counted, one per figure
_SAME_PERIODS = re.compile(
    r"\b(?:the|those|these)\s+same\s+(?:\w+\s+)?(?:years|periods|financial\s+years)\b", re.I
)


def _same_periods(
    text: str, counted: list[Num], state: State, idx: int | None = None
) -> dict[int, Period]:
    """Figures written in runs ('77 and 70 ..., and North Yorkshire Police 58 and 63') over
    'the same years' as the sentence before: each run takes those periods in the order they
    were written there (with `idx`, the index of the sentence read: only the sentence right
    before it, its figures all dated one by one)."""
    if not state.rows:
        return {}
    last = state.rows[-1].sent.idx
    if idx is not None:
        prior = [r for r in state.rows if r.sent.idx == last]
        if last != idx - 1 or any(r.period is None or r.compared for r in prior):
            return {}
        if len({r.period for r in prior}) != len(prior):
            return {}
    before = list(
        dict.fromkeys(r.period for r in state.rows if r.sent.idx == last and r.period is not None)
    )
    if len(before) < 2:
        return {}
    runs: list[list[Num]] = []
    for n in counted:
        if runs and re.fullmatch(r"\s*(?:,|,?\s*and|&)\s*", text[runs[-1][-1].noun_end : n.a]):
            runs[-1].append(n)
        else:
            runs.append([n])
    return {
        id(n): p
        for run in runs
        if len(run) == len(before)
        for n, p in zip(run, before, strict=True)
    }


def _run_after_run(text: str, counted: list[Num], dates: dict[int, Period]) -> dict[int, Period]:
    """'Essex Police recorded 208 in 2022 and 190 in 2023, while Kent Police recorded 312 and
    280': a run of undated figures after another force's name, as long as the run of dated
    figures before it, is over the same periods, in the order they were written."""
    dated = [n for n in counted if id(n) in dates]
    if len(dated) < 2:
        return {}
    before = [dates[id(n)] for n in dated]
    if len(set(before)) != len(before):
        return {}
    last = dated[-1]
    undated = [n for n in counted if n.a > last.b and id(n) not in dates]
    if len(undated) != len(before) or len(before) != len([n for n in counted if n.b <= last.b]):
        return {}
    if any(
        not re.fullmatch(r"\s*(?:,|,?\s*and|&)\s*", text[a.noun_end : b.a])
        for a, b in zip(undated, undated[1:], strict=False)
    ):
        return {}
    if not alias_re().search(text[last.b : undated[0].a]) or find_periods(text[undated[0].a :]):
        return {}
    return dict(zip((id(n) for n in undated), before, strict=True))


# Right after a count of one: a month or a day dates it ("One of them, in May 2022, ...",
# "one on 3 March"): the story of one incident, not a tally.
_ON_A_DAY = re.compile(
    r"[^.;:\d]{0,25}?\b(?:in|on|during)\s+(?:(?:early|late|mid)[\s-])?(?:\d{1,2}\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\b",
)


# Right before a figure that sums the ones before it: "- a total of 238", "making 238 in all"
_TOTAL_OF = re.compile(r"\b(?:a\s+total\s+of|totall?ing|in\s+total|altogether)\s*$", re.I)

# "In one case, an officer ...": an example introduced, not a count of one
_EXAMPLE_BEFORE = re.compile(r"\b(?:in|on|for)\s+$", re.I)


def _regulator_received(sent: Sent, n: Num) -> bool:
    """A figure a regulator named before it received ('The ICO said it had received 2,300
    breach reports'), in a sentence naming no force: the regulator's intake."""
    if sent.forces or not sent.regulators:
        return False
    if _FROM_THE_FORCE.match(sent.text, n.b):
        return False  # "... received 58 breach reports from the force": the force's own
    first = min(r.start_char for r in sent.regulators) - sent.start
    return 0 <= first < n.a and bool(vocab().received.search(sent.text, first, n.a))


# After a figure a regulator received, the force named as its source by a pronoun or common
# noun: "58 breach reports from the force", "... made by it"
_FROM_THE_FORCE = re.compile(
    r"[^.;:\d]{0,40}?\b(?:from|by)\s+(?:the\s+(?:force|constabulary|service)|it)\b", re.I
)


def _received(text: str, n: Num, state: State, idx: int) -> bool:
    """Reports made to the force by others ('the force received 812 reports of fraud'), not
    breaches of its own: a `generic` count after a receiving verb, unless its clause says they
    were of breaches; the same noun stays others' for the next two sentences ('The most common
    offences were ..., which made up 305 reports')."""
    v = vocab()
    noun = text[n.b : n.noun_end].split()[-1].lower() if n.noun_end > n.b else ""
    if 0 < idx - state.received_at <= 2 and noun == state.received_noun:
        return True
    if not v.received.search(text[: n.a]):
        return False
    if v.topic.search(text[n.noun_end : clause_end(text, n.noun_end, len(text))]):
        return False  # "received 40 reports of data breaches"
    state.received_at, state.received_noun = idx, noun
    return True


# Between two items of a list: ", ", " and ", ", and ".
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|&)\s*", re.I)


def _paired(text: str, forces: list[tuple[int, int, str]], counted: list[Num]) -> list[str | None]:
    """'Kent Police and Essex Police recorded 141 and 120 breaches': forces listed together
    as one subject, then as many figures listed together, pair up in order though no
    'respectively' says so."""
    before = [f for f in forces if counted and f[1] <= counted[0].a]
    if len(counted) < 2 or len(before) != len(counted):
        return []
    if any(
        not _LIST_GAP.fullmatch(text[a[1] : b[0]]) for a, b in zip(before, before[1:], strict=False)
    ):
        return []
    if any(
        not _LIST_GAP.fullmatch(text[a.b : b.a]) for a, b in zip(counted, counted[1:], strict=False)
    ):
        return []
    if any(f[0] > counted[0].a for f in forces):
        return []  # another force named after the figures: not one subject's
    names = [f[2] for f in before]
    return list(names) if len(set(names)) == len(names) else []


def _restated_forces(
    text: str, forces: list[tuple[int, int, str]], counted: list[Num], periods: list[PeriodMention]
) -> dict[int, str]:
    """'Kent recorded 97 in 2022 and Essex 120, the figures for 2021 being 80 and 95': a clause
    giving another period's figures, listed together and as many as the forces each given one
    figure before it, restates those forces' figures in the order they were named."""
    for p in periods:
        before = [n for n in counted if n.b <= p.start]
        after = [n for n in counted if n.a >= p.end]
        if (
            not before
            or len(after) < 2
            or not FIGURES_FOR.search(text[before[-1].noun_end : p.start])
        ):
            continue
        if re.search(r"[,;.]", text[p.end : after[0].a]) or any(
            not _LIST_GAP.fullmatch(text[a.b : b.a]) for a, b in zip(after, after[1:], strict=False)
        ):
            continue
        if any(f[0] > p.start for f in forces):
            return {}  # a force named in the clause: its own figures
        names = list(dict.fromkeys(f[2] for f in forces))
        if len(names) == len(after) == len(before) == len([f for f in forces if f[0] < p.start]):
            return {id(n): name for n, name in zip(after, names, strict=True)}
        return {}
    return {}


def _paired_periods(
    text: str, counted: list[Num], periods: list[PeriodMention]
) -> dict[int, Period]:
    """Figures listed together ('141 and 120 data breaches') and, right after their noun,
    as many periods listed together ('in 2022 and 2021'): each figure its period, in order."""
    if len(counted) < 2:
        return {}
    if any(
        not _LIST_GAP.fullmatch(text[a.b : b.a]) for a, b in zip(counted, counted[1:], strict=False)
    ):
        return {}
    after = [p for p in periods if p.start >= counted[-1].noun_end and p.period is not None]
    if len(after) < len(counted):
        return _fronted_periods(text, counted, periods)
    listed = after[: len(counted)]
    lead = text[counted[-1].noun_end : listed[0].start]
    if not re.fullmatch(
        r"\s*(?:in|during|for|over)?\s*(?:the\s+)?(?:calendar\s+|financial\s+)?(?:years?\s+)?",
        lead,
        re.I,
    ):
        return {}
    gaps = [text[a.end : b.start] for a, b in zip(listed, listed[1:], strict=False)]
    if any(not _LIST_GAP.fullmatch(g) for g in gaps):
        return {}
    if len(after) > len(counted) and _LIST_GAP.fullmatch(
        text[listed[-1].end : after[len(counted)].start]
    ):
        return {}  # more periods listed than figures
    found = [p.period for p in listed if p.period is not None]
    if len(set(found)) < len(found):
        return {}
    return {id(n): p for n, p in zip(counted, found, strict=True)}


# Before periods listed at the head of a sentence: "In 2020, 2021 and 2022, ...".
_FRONTED_LEAD = re.compile(
    r"\W*(?:in|during|for|over)?\s*(?:the\s+)?(?:calendar\s+|financial\s+)?(?:years?\s+)?",
    re.I,
)


def _fronted_periods(
    text: str, counted: list[Num], periods: list[PeriodMention]
) -> dict[int, Period]:
    """Periods listed together at the head of the sentence ('In 2020, 2021 and 2022,') and
    as many figures listed together after them ('Kent Police recorded 45, 52 and 61'): each
    figure its period, in order. Only when the sentence opens with the periods and names no
    other period."""
    dated = [p for p in periods if p.period is not None]
    if len(dated) != len(counted) or dated[-1].end > counted[0].a:
        return {}
    if not _FRONTED_LEAD.fullmatch(text[: dated[0].start]):
        return {}
    gaps = [text[a.end : b.start] for a, b in zip(dated, dated[1:], strict=False)]
    if any(not _LIST_GAP.fullmatch(g) for g in gaps):
        return {}
    if not text[dated[-1].end : counted[0].a].lstrip().startswith(","):
        return {}  # "In 2020 and 2021 Kent recorded ...": no comma closing a fronted list
    found = [p.period for p in dated if p.period is not None]
    if len(set(found)) < len(found):
        return {}
    return {id(n): p for n, p in zip(counted, found, strict=True)}


# Between the two figures of a proportion: "one in three", "1 in every 4".
_RATIO_GAP = re.compile(r"\s+in\s+(?:every\s+)?", re.I)


# Right after a figure's noun: where it was counted ("across England and Wales").
_WHERE_COUNTED = re.compile(
    r"\s+(?:(?:were\s+|was\s+|(?:had|has|have)\s+been\s+)?(?:recorded|reported|logged)\s+)?"
    r"(?:(?:across|throughout|in|by|among|at|for)\s+(?:all\s+)?(?:the\s+)?|"
    r"(?=nationally|nationwide))",
    re.I,
)


# A word that may stand before a national noun ("police forces", "the policing sector")
_NATIONAL_MODIFIER = re.compile(r"^(?:police|policing|other|all|uk|british|public)\s+")


def _national_after(text: str, n: Num, nums: list[Num]) -> bool:
    """The figure's own clause, right after its noun, counts it across all forces or the
    country ('9,870 across England and Wales', '1,200 breaches nationally')."""
    later = [m.a for m in nums if m.a > n.b]
    end = min([*later, n.noun_end + 50, len(text)])
    clause = re.split(r"[,;.()]", text[n.noun_end : end])[0]
    where = _WHERE_COUNTED.match(clause)
    if where is None:
        return False
    rest = clause[where.end() :]
    # "900 breaches recorded across the region": the verb's own place phrase may be national
    verb = re.match(
        r"\s+(?:(?:were|was|(?:had|has|have)\s+been)\s+)?(?:recorded|reported|logged)\s+", clause
    )
    placed = clause[verb.end() :] if verb else rest
    # one modifier may stand before the national word: "by police forces", "by the policing
    # sector"
    heads = [rest, placed, _NATIONAL_MODIFIER.sub("", rest.lower())]
    return any(vocab().national.match(h.lower()) for h in heads) and not alias_re().search(rest)


def _in_ratio(text: str, n: Num, nums: list[Num]) -> bool:
    """The figure is one side of a proportion ('One in four of these breaches was an email'):
    a share, no count of its own."""
    return any(
        (m.b <= n.a and _RATIO_GAP.fullmatch(text[m.b : n.a]))
        or (n.b <= m.a and _RATIO_GAP.fullmatch(text[n.b : m.a]))
        for m in nums
        if m is not n
    )


# Right after a bare figure: "of" and a determiner opening the noun phrase it is a part of
# ("one of its servers", "two of the force's vans"); "of these", "of them" point back instead.
_OF_DETERMINER = re.compile(r"\s+of\s+(?:its|their|his|her|our|the|a|an)\s+", re.I)


def _of_things(sent: Sent, n: Num) -> bool:
    """'one of its file servers', 'two of the vans': a figure that counts some of the things a
    noun phrase names, none of them breaches, cases of a kind or figures ('12 of the 40')."""
    text = sent.text
    if not (m := _OF_DETERMINER.match(text, n.b)):
        return False
    v = vocab()
    words: list[str] = []
    words_end = m.end()
    for w in WORD.finditer(text, m.end()):
        if text[words_end : w.start()].strip(" '’"):
            break  # punctuation ends the phrase
        word = w.group(0).lower().strip("'’")
        if word in STOP or word in _COPULA or v.category_after.match(word):
            break
        words.append(word)
        words_end = w.end()
        if len(words) == 4:
            break
    if not words or any(re.search(r"\d", w) for w in words):
        return False
    if set(words) & (v.breach | v.generic | v.breach_led | v.people) or words[0] in v.figure_nouns:
        return False  # "12 of the total": a part of the figure before, no things
    return category(sent, n.b, words_end) is None


def _repeats(text: str, n: Num) -> bool:
    """The count's noun is a repetition word ("on three separate occasions", "four times")."""
    words = WORD.findall(text[n.b : n.noun_end])
    return bool(words) and words[-1].lower() in vocab().repetitions


def _example(text: str, n: Num) -> bool:
    """No count: 'in one case' (an example introduced), 'One incident that shows ...' (one
    told by a clause of its own), and a subsection of a statute ('s35(2)', '55(2)')."""
    bracketed = text[n.a - 1 : n.a] == "(" and text[n.b : n.b + 1] == ")"
    if bracketed and (
        _SUBSECTION.match(text[max(0, n.a - 2) : n.b + 1]) or _SUBSECTION.search(text)
    ):
        return True  # "s35(2)(b) and (c), (3)": a statute's subsections
    return (
        n.value == 1
        and not text[n.a].isdigit()
        and (
            bool(_EXAMPLE_BEFORE.search(text[max(0, n.a - 8) : n.a]))
            or bool(_ONE_AMONG.match(text, n.b))
        )
    )


# "s35(2)", "55(2)", "(a)(1)": a subsection's number, bracketed right after the section's
_SUBSECTION = re.compile(r"[\dA-Za-z)]\(\d{1,2}\)")

# "One incident that shows ...", "one breach which ...": one told by a clause of its own
_ONE_AMONG = re.compile(r"\s+[a-z]+\s+(?:that|which|where|when|in\s+which)\b", re.I)


# One person as the subject of a figure: "PC Jo Smith carried out 41 searches", "an officer
# looked up 12 records".
_ONE_PERSON = re.compile(
    r"\b(?:PC|DC|DS|PCSO|Sgt|Sergeant|Constable|Inspector|Detective|Mr|Mrs|Ms|Miss|Dr)\.?\s+"
    r"[A-Z]|\b(?:an?|one)\s+(?:\w+\s+)?(?:officer|detective|constable|employee|worker|"
    r"member\s+of\s+staff|civilian|man|woman)\b",
)


def _subject_kind(sent: Sent, n: Num, state: State) -> str | None:
    """'• Kent Police - 300 cases' in a bulleted list of forces whose lead ('The forces with
    the most cases were:') and the sentences just before it name one kind of breach and no
    other: the page's subject, the kind the list counts."""
    if not bulleted_item(sent.text) or listed_force(sent.text, n) is None:
        return None
    lead = sent.idx - 1
    while lead >= 0 and sent.idx - lead <= 12 and bulleted_item(state.sents[lead].text):
        lead -= 1
    if lead < 0 or not state.sents[lead].text.rstrip().endswith(":"):
        return None
    kinds = {k for s in state.sents[max(0, lead - 3) : lead + 1] for k in _kinds_named(s)}
    kinds.discard("other")  # "records without ...": the catch-all names no subject
    return kinds.pop() if len(kinds) == 1 else None


_SUCH_NOUN = re.compile(
    r"\s+such\s+(?:cases|incidents|instances|breaches|occasions|occurrences|reports|errors)\b",
    re.I,
)


_CUES = ("strong", "weak")


def _such_kind(sent: Sent, nums: list[Num], state: State) -> tuple[str, int] | None:
    """A figure of 'such cases' ('There were 41 such cases in 2022 and 55 in 2023', '60 such
    breaches') in a sentence naming no kind of breach itself, right after a sentence naming
    one kind and no other: that kind, and the index of the figure among `nums`."""
    if sent.idx < 1 or _kinds_named(sent):
        return None
    first = next((k for k, n in enumerate(nums) if _SUCH_NOUN.match(sent.text, n.b)), None)
    if first is None:
        return None
    before = state.sents[sent.idx - 1]
    # every kind the sentence before names, weak cues and the kind its words tell included
    # ("Among them were emails sent to the wrong person."): one kind, or none is referred to
    kinds = _kinds_named(before) | {
        c.label_ for c in before.types if c.kb_id_ in _CUES and not c.label_.startswith("_")
    }
    category = _category_of(before, 0, len(before.text))
    if category is not None:
        kinds.add(category)
    kinds.discard("other")
    return (kinds.pop(), first) if len(kinds) == 1 else None


def _kinds_named(sent: Sent) -> set[str]:
    """Every kind of breach a sentence names: its strong cues and things said lost
    ('laptops lost on trains')."""
    kinds = set(categories_in(sent))
    if any(c.label_ == "_loss" for c in sent.types):
        kinds |= {c.label_ for c in sent.types if c.kb_id_ == "objects"}
    return kinds


def _breakdown_repetition(sent: Sent, n: Num, nums: list[Num], state: State) -> bool:
    """'Letters went to the wrong address 67 times', 'paperwork was lost on 21 occasions',
    in the sentences right after a force's total of breaches: a part of it, the kind its
    clause names done that often (not one person's doing: 'an officer looked her up 30
    times')."""
    total = state.last_total
    if (
        total is None
        or total.measure != "breach"
        or total.national
        or not 0 < sent.idx - total.sent.idx <= 3
        or not state.rows
        or sent.idx - state.rows[-1].sent.idx > 1
    ):
        return False
    start = _repetition_clause(sent.text, n, nums)
    clause = sent.text[start : n.a]
    return (
        not _ONE_PERSON.search(clause)
        and not _ONE_PERSONS.search(clause)
        and _category_of(sent, start, n.a) is not None
    )


def _repetition_clause(text: str, n: Num, nums: list[Num]) -> int:
    """Where the clause of a repetition ('... 67 times') starts: after the figure before it."""
    before = [m.b for m in nums if m.b <= n.a]
    return clause_start(text, before[-1] if before else 0, n.a)


def _no_measure(text: str, n: Num) -> bool:
    """'had no reason to', 'saw no need', 'zero tolerance': a zero word before a noun that is
    no measure (nor a category, which `_kind_noun` reads) counts nothing; 'recorded none',
    'fell to zero in 2023' still do."""
    return (
        n.elliptical
        and text[n.a : n.b].lower() in ("no", "zero", "nil")
        and bool(re.match(r"\s+[a-z]", text[n.b :]))
        and not re.match(r"\s+(?:in|during|for|over|since|between|last|this)\b", text[n.b :])
    )


def _kind_noun(sent: Sent, n: Num, nums: list[Num] | None = None) -> bool:
    """The noun phrase right after the figure names a breach category ('31 lost or stolen
    laptops', 'nil device losses')."""
    return sent.text[n.b : n.b + 1].isspace() and (
        type_after(sent, n, nums if nums is not None else [n], within=2) is not None
    )


def _other_kind(text: str, n: Num) -> bool:
    """'46 other incidents', '12 of other kinds': the rest of a list, the catch-all."""
    return bool(
        re.match(
            r"\s+(?:of\s+)?other\s+(?:[a-z]+\s+)?(?:incidents?|breaches|cases|types?|kinds?|"
            r"categories|category|reasons?|causes?)\b",
            text[n.b :],
        )
    )


def _out_of(text: str, n: Num, nums: list[Num]) -> bool:
    """'12 breaches to the ICO in 2022 out of 104 recorded': a part of the figure after it."""
    later = [m for m in nums if m.a > n.b]
    return bool(later) and bool(
        re.fullmatch(r"[^.;]*?\bout\s+of\s+(?:the\s+|a\s+total\s+of\s+)?", text[n.b : later[0].a])
    )


# How many sentences may stand between a sentence naming a measure and the bare figures it
# introduces: ones saying who answered ("Forty of the 43 forces responded. Some cited the
# cost limit.") count and name nothing the figures could be instead.
_LEAD_GAP = 2


def _forces_counted(lowered: str, state: State, k: int) -> list[str | None]:
    """The last `k` forces counted, in the order first counted, when the sentence speaks of
    that many forces ('the three forces'); none else."""
    group = re.search(r"\b(?:the|these|those|all)\s+([a-z]+|\d+)\s+forces\b", lowered)
    said = numbers(group.group(1)) if group else []
    if not said or said[0].value != k:
        return []
    recent: list[str | None] = []
    for r in reversed(state.rows):
        if r.national or r.force is None:
            continue
        if r.force not in recent:
            recent.insert(0, r.force)
        if len(recent) == k:
            break
    return recent if len(recent) == k else []


def _title_period(state: State) -> Period | None:
    """The one period a headline about breaches states ('Police data breaches in 2022: how
    your force compares'), when the page's first sentence is such a headline."""
    if not state.sents:
        return None
    title = state.sents[0]
    if title.is_dateline() or not vocab().topic.search(title.text) or numbers(title.text):
        return None
    found = {p.period for p in find_periods(title.text, state.reference) if p.period is not None}
    return found.pop() if len(found) == 1 else None


def _measure_lead(sent: Sent, state: State) -> Sent | None:
    """The sentence about breaches that introduces this one's bare figures: the last one
    about breaches, at most _LEAD_GAP sentences before it, that gave no figure of its own (a
    year, a percentage or a rate is none), with nothing counted in between and no other
    measure named or recorded there ("... asked every force how many breaches it logged in
    2022/23. Forty of the 43 forces responded. Kent Police recorded 310, ...")."""
    gap = sent.idx - state.topic_at - 1
    if not 0 <= gap <= _LEAD_GAP:
        return None
    lead = state.sents[state.topic_at]
    if any(not _rate(lead.text, n) for n in numbers(lead.text)):
        return None  # a rate ("about 50 breaches a year") gives no figure of its own
    v = vocab()
    between = state.sents[state.topic_at + 1 : sent.idx]
    if any(state.topic_at < r.sent.idx < sent.idx for r in state.rows):
        return None
    for s in between:
        words = s.text.lower()
        if any(
            cue.search(words)
            for cue in (v.recording, v.received, v.broader, v.misconduct, v.outcome)
        ):
            return None
    return lead


def _rate(text: str, n: Num) -> bool:
    """Figure `n` of `text` is a rate told after its measure noun ("about 50 data breaches a
    year"), no count."""
    measure_after(text, n)
    return n.measure == "rate"


_SPANS = ("span", "span_ref")
# Where a clause begins: "..., while its staff numbers rose from ..."
# A clause giving a force's share of the figure before it: ", with Kent accounting for ...",
# ", of which Kent recorded ...", ", including 212 at Kent".
_SHARE_CLAUSE = re.compile(r",\s+(?:with|of\s+which|of\s+whom|including)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:while|whereas|but)\b")
# A change told by its two ends: "from 66 to 92", "from 66 breaches to 92".
_FROM_TO = re.compile(r"\s+(?:[a-z]+\s+){0,3}?to\s+$")


def _change_ends(
    text: str,
    counted: list[Num],
    own: dict[int, PeriodMention],
    periods: list[PeriodMention],
    state: State,
    at: int,
) -> dict[int, Period]:
    """'rose from 66 to 92 between 2021 and 2023', 'fell from 66 to 52 over the same two
    years': a change from one figure to another over a span of years dates the first by the
    span's first year and the second by its last (financial years: its first and last
    financial year), when neither is dated on its own."""
    out: dict[int, Period] = {}
    for first, last in zip(counted, counted[1:], strict=False):
        # the span may be attached to the last figure, right before it: the change's span
        if id(first) in own or (id(last) in own and own[id(last)].kind not in _SPANS):
            continue
        if not re.search(r"\bfrom\s+$", text[max(0, first.a - 10) : first.a]):
            continue
        if not _FROM_TO.fullmatch(text[first.b : last.a] + " "):
            continue
        spans = [
            (m, p)
            for m in periods
            if m.kind in _SPANS
            and (p := resolve_in(m, state, at)) is not None
            and p.end > p.start
            and m.start >= last.b
        ]
        if not spans:
            continue
        mention, span = spans[0]
        if "/" in mention.text or span.kind == "financial_year" or "financial" in mention.text:
            if span.end - span.start < 2:
                continue
            out[id(first)] = Period(span.start, span.start + 1, "financial_year")
            out[id(last)] = Period(span.end - 1, span.end, "financial_year")
        else:
            out[id(first)] = Period(span.start, span.start, "year")
            out[id(last)] = Period(span.end, span.end, "year")
    return out


# Between a change's period and the figure it ended at: "up 15% in 2021 to 45".
_CHANGED_TO = re.compile(r"\s*,?\s*to\s+", re.I)


# A relative clause set off by commas around a figure: ", which has 2,900 officers,".
_ASIDE_OPEN = re.compile(r",\s+(?:which|who|that)\s+[^,;.()]*$")
_ASIDE_CLOSE = re.compile(r"[^,;.()]*,")


def _in_aside(text: str, n: Num) -> bool:
    """The figure stands in a relative clause between commas that describes the subject
    ('Essex Police, which employs 2,900 officers, recorded 88'): a figure after the clause
    goes on from what came before it, not from the aside's."""
    return bool(_ASIDE_OPEN.search(text[: n.a]) and _ASIDE_CLOSE.match(text, n.b))


def _undated(text: str, a: int, b: int, periods: list[PeriodMention]) -> str:
    """text[a:b] with the period phrases wholly inside it left out: the words joining two
    figures of a run whatever dates the first ("121 the previous year and 97 in 2021")."""
    out, at = [], a
    for p in sorted(periods, key=lambda p: p.start):
        if a <= p.start and p.end <= b and p.start >= at:
            out.append(text[at : p.start])
            at = p.end
    out.append(text[at:b])
    return " ".join(out)


def _dated_right_after(text: str, n: Num, state: State) -> bool:
    """A period phrase follows the figure at once ('21 last year', '9 in the year to March
    2023'): a part of a longer total dated on its own."""
    return any(
        p.start - n.b <= 4 and p.start >= n.b and p.period is not None
        for p in find_periods(text, state.reference)
    )


def _joint(text: str, n: Num, nums: list[Num], forces: list[tuple[int, int, str]]) -> bool:
    """The figure belongs to two or more forces named before it together: a word of sharing
    in its own clause, between the figures around it ('recorded 203 between them', 'a
    combined 203')."""
    if len({f[2] for f in forces if f[0] < n.a}) < 2:
        return False
    before = max([m.b for m in nums if m.b <= n.a] + [0])
    after = min([m.a for m in nums if m.a >= n.b and m is not n] + [len(text)])
    left = re.split(r"[,;]", text[max(before, n.a - 40) : n.a])[-1]
    right = re.split(r"[,;]", text[n.b : min(after, n.b + 40)])[0]
    if vocab().joint.search(left + " " + right):
        return True
    # "Together, Kent and Essex recorded 221": a word of sharing opening the sentence, before
    # the forces, with no figure between it and the one counted
    first = min(f[0] for f in forces)
    lead = text[:first]
    return (
        len(lead) <= 40
        and not any(m.a < first for m in nums)
        and bool(re.fullmatch(r"\W*(?:\w+\W+){0,3}", lead))
        and bool(vocab().joint.search(lead))
    )


_EACH_BEFORE = re.compile(
    r"\b(?:both(?:\s+of)?|each\s+of|(?:each|every)\s+(?:of\s+the\s+)?years?"
    r"(?:\s+(?:between|from|of|in|over))?)\s+(?:the\s+)?$",
    re.I,
)
_ALSO_IN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:(?:again|also)\s+)?(?:in\s+)?", re.I)
_EACH_GAP = re.compile(r"[^\d.;:()]{0,40}")


def _each_period(
    text: str, n: Num, periods: list[PeriodMention], period: Period | None
) -> list[Period]:
    """The periods one figure is given for, each on its own: 'in both 2019 and 2020', 'in
    each of 2020/21 and 2021/22', 'in 2021 and again in 2022' (the years listed right after
    the figure), 'in each of the following two years', 'in each of the past three years' (the
    years of the one period, year by year: 'in each year between 2019 and 2021'); none else."""
    if period is None:
        return []
    first = next((p for p in periods if p.start >= n.b), None)
    if first is None or not _EACH_GAP.fullmatch(text, n.b, first.start):
        # "in each of the three previous years it had recorded 85": the phrase opening the
        # figure's clause, only words between
        first = next((p for p in reversed(periods) if p.end <= n.a), None)
        if (
            first is None
            or first.kind != "sequence"
            or not re.fullmatch(r"[^\d.;:()]{0,40}", text[first.end : n.a])
            or _EACH_BEFORE.search(text[max(0, first.start - 30) : first.start]) is None
        ):
            return []
    each = _EACH_BEFORE.search(text[max(0, first.start - 30) : first.start]) is not None
    listed = [first]
    again = False
    for p in periods:
        if p.start < listed[-1].end:
            continue
        gap = _ALSO_IN.fullmatch(text, listed[-1].end, p.start)
        if gap is None or p.period is None or listed[-1].period is None:
            break
        again = again or re.search(r"again|also", gap.group(0), re.I) is not None
        listed.append(p)
    if len(listed) > 1 and (each or again) and first.period == period:
        return [p.period for p in listed if p.period is not None]
    if (
        each
        and len(listed) == 1
        and first.kind in ("sequence", "relative", "span")
        # ("each of the last three financial years" is no run of calendar years; after a
        # financial year, "the two financial years before" are financial years)
        and (period.fiscal or not re.search(r"financial|fiscal|months", first.text, re.I))
        and period.start < period.end <= period.start + 9
    ):
        if period.fiscal:  # "each of the two years before" 2023/24: 2021/22 and 2022/23
            return [Period(y, y + 1, "financial_year") for y in range(period.start, period.end)]
        return [Period(y, y, "year") for y in range(period.start, period.end + 1)]
    return []


# Right before a period the figure before it is also given for: "27, the same number as the
# year before", "61, unchanged from 2021", "the same as in 2020"
_SAME_AS = re.compile(
    r"(?:\bthe\s+(?:very\s+)?same\s+(?:(?:number|figure|total|tally|level)\s+)?as\s+|"
    r"\bunchanged\s+(?:from|on)\s+)(?:(?:in|for)\s+)?(?P<each>(?:each|both)\s+of\s+)?$",
    re.I,
)
# Between a figure and "the same as ...": at most its noun phrase and own period, then a
# comma ("19 data breaches in 2023, exactly the same as ..."); another clause between
# ("58 breaches in 2022, with post the commonest cause, the same as ...") says the
# sameness of something else; "roughly the same as" gives the other period no figure
_SAME_AS_HEAD = re.compile(r"[^,;:.]*,\s*(?:(?:exactly|precisely|just)\s+)?$|\s*$", re.I)


_AS_PERIOD = re.compile(r"\s+as\s+(?:(?:in|for)\s+)?(?:(?:each|both)\s+of\s+)?", re.I)


def _names_period(text: str, n: Num, state: State) -> bool:
    """'The same number' right before 'as' and a period ('..., the same number as in 2021')."""
    m = _AS_PERIOD.match(text, n.b)
    return m is not None and any(p.start == m.end() for p in find_periods(text, state.reference))


def _same_as_period(
    text: str,
    n: Num,
    nums: list[Num],
    same_as: list[PeriodMention],
    own: Period | None,
    state: State,
) -> list[Period]:
    """The periods a figure is said to equal its own in ('27, the same number as the year
    before'; 'as in each of the two previous years': each of them): the mention right after
    the figure's own clause, no other figure or clause between, read against the figure's own
    period; none else."""
    later = [m.a for m in nums if m.a > n.b]
    for p in same_as:
        cue = _SAME_AS.search(text, 0, p.start)
        if cue is None or p.start < n.b or cue.start() - n.b > 100:
            continue
        if (later and later[0] < p.start) or not _SAME_AS_HEAD.fullmatch(text, n.b, cue.start()):
            return []
        period = p.period or (resolve(p, state.reference, own) if own is not None else None)
        if period is None:
            return []
        if cue.group("each") and period.start < period.end:
            if period.fiscal:
                return [Period(y, y + 1, "financial_year") for y in range(period.start, period.end)]
            return [Period(y, y, "year") for y in range(period.start, period.end + 1)]
        return [period]
    return []


# A period's possessive right before a bare figure, a comparison opening it: "down on the
# previous year's 58", "up from 2022's 25", "compared with last year's total of 40"
_POSSESSED_BEFORE = re.compile(
    r"\b(?:on|from|than|with|to|against|versus|below|above)\s+(?P<period>[\w/ -]{2,30}?)['’]s\s+"
    r"(?:(?:total|figure|tally)\s+(?:of\s+)?)?$",
    re.I,
)


def _possessed(text: str, n: Num, previous: Num | None, state: State) -> bool:
    """A bare figure a period phrase owns in a comparison ('below the previous year's 58')
    right after a breach figure of the same clause: that period's breach figure, as a figure
    with its own noun would be ('... year's 58 breaches')."""
    if previous is None or previous.counts != "breach":
        return False  # ("complaints rose to 52, up from the previous year's 47": no breaches)
    m = _POSSESSED_BEFORE.search(text, previous.b, n.a)
    if m is None or not _BARE_END.match(text[n.b :]) or re.search(r"[.;:]", text[previous.b : n.a]):
        return False
    phrase = m.group("period")
    return any(p.end == len(phrase) for p in find_periods(phrase, state.reference))


def _each_of(text: str, n: Num, forces: list[tuple[int, int, str]]) -> list[str]:
    """The forces a figure is each one's: two or more named right before it, joined by 'and'
    or commas, with 'both', 'each' or 'apiece' in its clause ('Gwent Police and Dyfed-Powys
    Police both recorded 57', 'Kent and Essex recorded 57 each'); none else."""
    before = [f for f in forces if f[1] <= n.a]
    if len(before) < 2:
        return []
    group = [before[-1]]
    for f in reversed(before[:-1]):
        gap = text[f[1] : group[0][0]]
        if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?", gap):
            break
        group.insert(0, f)
    if len(group) < 2 or len({f[2] for f in group}) < 2:
        return []
    between = text[group[-1][1] : n.a]
    if re.search(r"[,;:()]|\d", between) or len(between.split()) > 5:
        return []  # "Kent and Essex, which ..., recorded": the group is not the figure's subject
    after = re.split(r"[,;.]", text[n.b : n.b + 40])[0]
    words = re.sub(r"\s+", " ", between + " " + " ".join(after.split()[:3]))
    if not vocab().each.search(words):
        return []
    return list(dict.fromkeys(f[2] for f in group))


def _dated_end(text: str, n: Num) -> int:
    """Where the period phrase right after the figure ends ('127 for 2022/23,'), else the
    figure's end."""
    after = text[n.b : n.b + 60]
    for p in find_periods(after):
        if re.fullmatch(r"\s*(?:(?:in|for|during|over)\s+)?", after[: p.start]):
            return n.b + p.end
    return n.b


def _remainder_kind(sent: Sent, n: Num, nums: list[Num], state: State) -> str | None:
    """The kind of the rest of a total ('The remaining 13 were categorised as "other"', 'the
    rest involved lost paperwork'): the category its clause names, else the force's catch-all
    when the clause files them under it; None for no remainder or no kind."""
    v = vocab()
    total = state.last_total
    if not v.remainder.search(sent.text[max(0, n.a - 16) : n.a]) or total is None:
        return None
    if total.count < n.value:
        return None  # the rest of a total given just before
    later = [m.a for m in nums if m.a > n.a]
    clause = sent.text[n.b : later[0] if later else len(sent.text)]
    found = type_after(sent, n, nums)
    if found:
        return found
    return "other" if v.catch_all.search(clause) else None


def _clause_before(text: str, a: int) -> str:
    """The clause a figure at `a` closes: back to the last colon, semicolon or figure (a
    year is no figure: 'the most breaches between 2016 and 2019, 412')."""
    start = max([text.rfind(c, 0, a) for c in ";:"] + [-1]) + 1
    digits = [
        m
        for m in re.finditer(r"\d[\d,]*", text[start:a])
        if not re.fullmatch(r"(?:19|20)\d\d", m.group(0).rstrip(","))
    ]
    return text[start + digits[-1].end() if digits else start : a]


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


def _lead_own_end(text: str, lead_end: int) -> int:
    """Where a list lead's own words end: before a bracketed aside or a remark on the figures'
    source or scope ("... in 2022 (figures released under FOI):", "..., excluding cyber
    incidents:"), whose categories are none of the items'."""
    ends = [lead_end]
    bracket = text.find("(", 0, lead_end)
    if bracket >= 0:
        ends.append(bracket)
    if (aside := vocab().lead_aside.search(text, 0, lead_end)) is not None:
        ends.append(aside.start())
    return min(ends)


# The opening of a sentence a report year is fronted in ("In 2017 it was reported ...", "During
# 2019, it emerged ..."); narrower than tally_cues._FRONTED, which also takes a bare year
_REPORT_OPENER = re.compile(r"\s*(?:in|during)\s+", re.I)
# A count over one unplaced year: "in a single year", "over one year", "in 12 months"
_ONE_YEAR = re.compile(
    r"\b(?:in|over|during|within)\s+(?:a|one|just\s+one)\s+(?:single\s+)?year\b|"
    r"\b(?:in|over|within)\s+(?:12|twelve)\s+months\b",
    re.I,
)
# a financial year counted from a calendar one is ambiguous: left to the page's own reading
_FISCAL = re.compile(r"\b(?:financial|fiscal)\b", re.I)


def _report_year(
    text: str,
    periods: list[PeriodMention],
    own: dict[int, PeriodMention],
    private: set[int],
    state: State,
) -> None:
    """A year fronting an impersonal report whose clause sets its figures apart from the news
    ("In 2019 it was revealed that Kent Police staff had caused 31 breaches in the previous
    year", "... over the past two years", "... in a single year") dates the news, not the
    figures: it dates no figure, and the clause's sequences and relative periods count from
    it (a sequence from the clause's own year before it, if any). A figure left undated takes
    its period from the sentences around it, and with none there it is no row (an undated
    figure never is). A clause setting nothing apart ("In 2022 it was reported that the
    figure had risen to 88") keeps the year, as does a financial-year phrase."""
    lead = next(
        (
            p
            for p in periods
            if p.kind == "year"
            and p.period is not None
            and _REPORT_OPENER.fullmatch(text, 0, p.start)
            and vocab().report_lead.match(text, p.end)
        ),
        None,
    )
    if lead is None or lead.period is None:
        return
    # only a reported clause that places its figures apart from the news ("in the previous
    # year", "in a single year"): "In 2022 it was reported that the figure had risen to 88"
    # is still that year's
    apart = [
        m
        for m in periods
        if m.kind in ("sequence", "relative") and m.start > lead.end and not _FISCAL.search(m.text)
    ]
    if not apart and not _ONE_YEAR.search(text, lead.end):
        return
    private.add(lead.start)
    counted: dict[int, PeriodMention] = {}
    last = lead.period  # "... 90 in 2016 and 70 in the following year": from the year before it
    # "over the previous three years", "last year": as said on the day the news broke
    told = date(lead.period.start, 1, 1)
    for i, m in enumerate(periods):
        if m.start < lead.end:
            continue
        p = None
        if m.kind == "sequence" and not _FISCAL.search(m.text):
            p = resolve(m, state.reference, last)
        elif m.kind == "relative" and not _FISCAL.search(m.text):
            p = resolve(replace(m, period=None), told)
        elif m.period is not None:
            last = m.period
        if p is not None:
            periods[i] = counted[id(m)] = replace(m, kind="year", period=p)
    for k, m in list(own.items()):
        if m is lead:
            del own[k]
        elif id(m) in counted:
            own[k] = counted[id(m)]


def _clause_end(text: str, n: Num) -> int:
    """Where the clause of a count of people ends: its verb may follow a coordinated count
    ('11 police and four civilians were disciplined')."""
    stop = re.search(r"[;]|,\s+(?:while|whereas|but)\b", text[n.b :])
    return n.b + stop.start() if stop else len(text)


# ---------------------------------------------------------------- the page


@dataclass
class Tallies:
    """A page's tallies: force rows, and figures kept as page context only."""

    counts: list[BreachCount] = field(default_factory=list)
    # people of a force put through misconduct proceedings over data ("11 officers were
    # disciplined for misusing systems"): no breach rows (they are in `outcomes`), but figures
    # by force all the same, which make the page one of statistics and name its forces
    people: list[BreachCount] = field(default_factory=list)
    national: list[PageCount] = field(default_factory=list)
    outcomes: list[PageCount] = field(default_factory=list)
    # figures another body recorded ("crimes logged by the Bureau"): counted only, to tell a
    # page of others' statistics from one telling a breach
    other_figures: int = 0
    # figures of crimes the force recorded or was told of ("recorded 2,104 computer misuse
    # offences"): counted only, to tell a page of crime statistics from one telling a breach
    crime_figures: int = 0
    # figures first read as the page's force's, then found national because they come before
    # the force is named: the page is still one of figures, no story of that force
    national_before_named: bool = False

    def by_force(self) -> list[BreachCount]:
        """Every figure read for a force: its breach rows, then its people disciplined."""
        return [*self.counts, *self.people]


def _evidence(row: Row) -> Evidence:
    text, start, end = row.where
    return Evidence("breach_count", str(row.count), text, start, end)


def might_have_tallies(doc: Doc) -> bool:
    """A cheap look at the whole text: figures and a word about breaches or misconduct
    (word stems of tallies.toml's topic and misconduct lists, as plain substrings), or a
    breach category."""
    text = doc_text(doc).lower()
    if _DIGIT.search(text) is None:
        return False
    stems = load_toml("tallies.toml", doc_data_dir(doc))["prefilter"]["stems"]
    # "police devices and paperwork lost": a page of breach categories without the word
    return any(stem in text for stem in stems) or any(
        not c.label_.startswith("_") for c in doc.spans.get("breach_cues", [])
    )


_DIGIT = re.compile(r"\d")


def states_figures(sent: Sent) -> bool:
    """The sentence gives counts (not years, money or percentages): 'Kent had the most
    convictions (9)'."""
    with reading_data(doc_data_dir(sent.span.doc)):
        # "one of the central issues" is no figure
        return any(n.value > 1 or sent.text[n.a].isdigit() for n in numbers(sent.text))


# "Two officers", "three staff": as many people as a story names one by one.
_HANDFUL = 3


def tells_a_story(sent: Sent) -> bool:
    """A handful of people in an undated sentence that says what they did ('Two officers were
    sacked after they looked up a neighbour's records'): the story of one breach, whose
    people are counted in passing, not a statistic. A figure with its own period ('three
    officers were disciplined last year') or a larger one is still a figure."""
    if not any(c.kb_id_ == "strong" and sent.asserted(c) for c in sent.types):
        return False
    with reading_data(doc_data_dir(sent.span.doc)):
        counted = numbers(sent.text)
    return (
        bool(counted) and all(n.value <= _HANDFUL for n in counted) and not find_periods(sent.text)
    )


def others_loss(sent: Sent) -> bool:
    """The sentence's breach is another body's ('their details were stolen in a data breach
    at a retailer'): a topic word followed by a company, council, NHS trust ...; or its loss
    is crime victims' ('3.9 million fraud incidents, many involving stolen personal data'): a
    crime word in it."""
    with reading_data(doc_data_dir(sent.span.doc)):
        v = vocab()
        lowered = sent.text.lower()
        return bool(v.crime_word.search(lowered)) or any(
            v.elsewhere.match(lowered, m.end()) for m in v.topic.finditer(lowered)
        )


def speaks_of_kinds(sent: Sent) -> bool:
    """The sentence tells of kinds of breach, not of one: 'incidents such as an email sent to
    the wrong address', 'the force's figures included minor errors'."""
    with reading_data(doc_data_dir(sent.span.doc)):
        return bool(vocab().kinds_talk.search(sent.text))


def find_tallies(sents: list[Sent], force: str | None, published: date | None = None) -> Tallies:
    """Every tally of a page; `force` is its subject force (None: only named forces count).
    Cue words come from the data folder of the pipeline that made the Doc."""
    if not sents:
        return Tallies()
    with reading_data(doc_data_dir(sents[0].span.doc)):
        return _find_tallies(sents, force, published)


def _read_unshared(sent: Sent, state: State) -> None:
    """Reads the sentence with shares beside their counts blanked ("41% (52)" reads as 52);
    rows keep the sentence as written for their evidence."""
    masked = mask_share_asides(sent.text)
    if masked == sent.text:
        _read_sentence(sent, state, sent.start)
        return
    seen = len(state.rows)
    _read_sentence(replace(sent, text=masked), state, sent.start)
    for row in state.rows[seen:]:
        if row.where[0] == masked:
            row.where = (sent.text, row.where[1], row.where[2])
        row.sent = sent


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
    state = State(reference=reference, default_force=force)
    state.sents = sents
    state.statistics = bool(vocab().statistics.search(text))
    table_rows, ranges = find_table_rows(text, sents, force, reference)
    state.table_rows = [_table_row(t, sents) for t in table_rows]
    topic = vocab().topic
    for sent in sents:
        if any(a <= sent.start < b for a, b in ranges):
            if any(r.sent is sent and r.measure == "breach" for r in state.table_rows):
                state.last_measure = "breach"  # "• Surrey Police – none" under a table's rows
            continue
        label = numbered_as(sent, sents)
        if (is_request(sent.text) or label is not None) and (
            asked := question(sent, label is not None)
        ) is not None:
            state.question, state.question_at = asked, sent.idx
            if label is not None:
                state.numbered[label] = asked
            continue
        spans = note_spans(sent.text)
        if spans:
            # "Figures for 2022 are shown in brackets.": the bracketed figures' period
            found = find_periods(sent.text, state.reference)
            # "... last year, with the previous year's figures in brackets": a sequence
            # runs from the period the sentence states for the figures themselves
            stated = [
                p
                for m in outside_notes(found, spans)
                if (p := resolve_in(m, state, sent.start)) is not None
            ]
            dated = [
                p
                for m in inside_notes(found, spans)
                if (
                    p := resolve(m, state.reference, stated[-1])
                    if m.kind == "sequence" and stated
                    else resolve_in(m, state, sent.start)
                )
                is not None
            ]
            if dated:
                state.bracket_period = dated[0]
            # "Last year's figures are in brackets": the period before each figure's own
            state.bracket_before = not any(
                m.kind not in ("relative", "sequence") for m in inside_notes(found, spans)
            ) and any(_BEFORE.search(sent.text, a, b) for a, b in spans)
            if spans == [(0, len(sent.text))]:
                state.notes.add(sent.idx)
                continue
        note_list(sent, state)
        lowered = sent.text.lower()
        if (
            _DIGIT.search(sent.text)
            or (
                (
                    sent.types
                    or any(h in lowered for h in _HINTS)
                    or bulleted_item(sent.text)
                    or _WORD_ITEM.match(sent.text.strip())
                    # "Wiltshire Police recorded only fourteen.": a force's figure in words
                    # after breach figures, continuing them as a digit would
                    or (sent.forces and state.last_measure == "breach")
                )
                and _HAS_NUMBER.search(sent.text)
            )
            or (0 < sent.idx - state.question_at <= 4 and vocab().zero.search(sent.text))
        ):  # "Nil" answering "How many ...?"
            seen = len(state.rows)
            _read_unshared(sent, state)
            if (
                not sent.forces and _DIGIT.search(sent.text) and vocab().national.search(lowered)
            ) or _national_run_on(sent, state, state.rows[seen:]):
                state.all_forces_at = sent.idx
        named = [f for f in sentence_forces(sent) if not old_name(sent.text, f[0])]
        if named and len({f[2] for f in named}) == 1:
            state.current_force = named[0][2]
        _note_forces_named(sent, state)
        categories = categories_in(sent)
        if categories:
            state.last_categories = categories
        if vocab().misconduct.search(sent.text) and vocab().offence.search(sent.text):
            # "... had the third highest number of staff disciplined for breaching the Data
            # Protection Act. The force disciplined 56 ...": the offence, named before
            state.misconduct_at = max(state.misconduct_at, sent.idx)
        if topic.search(sent.text):
            state.topic_at = sent.idx
    for row in state.rows:
        # "61 breaches over the past three years" on a page with no date to count back from:
        # an unplaced span, as "over three years" is
        undated = (
            _undated_past_years(row.sent.text)
            if row.unresolved and state.reference is None and is_total(row)
            else None
        )
        if row.period is None and (not row.unresolved or undated) and row.parent is None:
            # "651 breaches over three years": the years the force's yearly totals cover,
            # else no period (never the year its neighbours or the dateline state)
            if undated is not None:
                years: int | None = undated
            else:
                years = bare_span(row.sent.text) if is_total(row) else None
            if years is not None:
                row.period = yearly_span(state.rows + state.table_rows, row, years)
                if row.period is None:
                    # ... else a span of that many years stated around it
                    near = nearest_period(sents, row, state)
                    if near is not None and years in (
                        near.end - near.start + 1,
                        near.end - near.start + (near.kind == "financial_year"),
                    ):
                        row.period, row.borrowed = near, True
                row.unresolved = row.period is None
                continue
            row.period, row.borrowed = nearest_period(sents, row, state), True
    _report_span(state.rows)
    if state.bracket_period is not None or state.bracket_before:
        # "Essex Police 208 (221)" under "Figures for 2022 are shown in brackets."
        state.rows += bracketed_rows(
            state.rows + state.table_rows, state.bracket_period, before=state.bracket_before
        )
    # the parts one sentence lists of one total ("the most common types were A, with 120,
    # followed by B, with 41") break down one period: if one is larger than the total, all
    # of them break down the whole period the page covers
    siblings: dict[tuple[int, int], list[Row]] = {}
    for r in state.rows:
        if r.period is None and r.parent is not None:
            siblings.setdefault((id(r.sent), id(r.parent)), []).append(r)
    whole_page = {
        key
        for key, parts in siblings.items()
        if parts[0].parent is not None
        and (parts[0].parent.period is None or sum(r.count for r in parts) > parts[0].parent.count)
    }
    for row in state.rows:
        total = row.parent
        if row.period is None and total is not None:
            # a breakdown shares its total's period, unless it is larger than that total
            # (then it breaks down the whole period the page covers)
            fits = (id(row.sent), id(total)) not in whole_page
            row.period = total.period if fits else page_span(state, row.force)
            row.period = _parts_period(row, state.rows) or row.period
            row.borrowed = True
    rows = state.rows + state.table_rows
    for row in rows:
        _fiscal_part(row, rows, reference)
    for row in rows:
        _span_of_years(row, rows)
    rows = [r for r in rows if not _below_its_years(r, rows)]
    _unnamed_wider(rows)
    ranked = any(
        _RANKED.search(r.sent.text) for r in rows if r.force and not r.defaulted and not r.national
    )
    if len({r.force for r in rows if r.force and not r.defaulted}) > 1 or ranked:
        # a page comparing forces: a figure naming none is no one force's ("Police logged
        # 6,800 breaches" over a league table, "The report found 2,315 breaches ... West
        # Midlands Police recorded the most")
        rows = [r for r in rows if not r.defaulted]
    out.national_before_named = (
        _national_before_named(rows, doc, force, state) or state.continued_national
    )
    # "Cheshire Constabulary logged 64 breaches in 2023 ... Eleven officers were disciplined
    # over them": where the page counts a force's breaches, the people disciplined over them are
    # an outcome of those breaches and nothing more (on a page of misconduct figures alone they
    # are still the force's figures the page is read by, `Tallies.people`)
    counted = {r.force for r in rows if r.measure == "breach" and not r.national and r.force}
    over = [r for r in rows if r.measure == "misconduct" and not r.national and r.force in counted]
    rows = [r for r in rows if all(r is not o for o in over)]
    _collect(rows, out)
    out.outcomes += [_page_count(r) for r in over if r.period is not None]
    out.other_figures = state.other_figures
    out.crime_figures = state.crime_figures
    return out


def _undated_past_years(text: str) -> int | None:
    """How many years the one 'past N years' phrase of a sentence counts back, when the page
    gives no date to count from ("it broke the rules 61 times in the past three years")."""
    counted = [n for m in find_periods(text) if (n := past_years(m)) is not None]
    return counted[0] if len(counted) == 1 else None


def _report_span(rows: list[Row]) -> None:
    """A page whose dated breach figures are all of one span reports one study over it ("2,315
    breaches from January 2017 to December 2021"): a force named further down with a figure
    and no period of its own ("Essex Police fared worse still, logging 350 breaches") is
    compared over that span, however far from the sentence that stated it. Only a force with
    no dated figure of its own, only where the page states no other period, and not a figure
    its sentence says came from elsewhere ("a separate audit found 1,200")."""
    dated = [r for r in rows if r.period is not None and r.measure == "breach"]
    spans = {(r.period.start, r.period.end, r.period.kind) for r in dated if r.period is not None}
    if len(spans) != 1 or dated[0].period is None or dated[0].period.kind != "span":
        return
    dated_forces = {r.force for r in dated}
    for row in rows:
        if (
            row.period is None
            and not row.unresolved
            and row.measure == "breach"
            and row.parent is None
            and not row.breakdown
            and not row.defaulted
            and not row.national
            and row.force is not None
            and row.force not in dated_forces
            and not vocab().other_source.search(row.sent.text)
        ):
            row.period, row.borrowed = dated[0].period, True


def _national_run_on(sent: Sent, state: State, new: list[Row]) -> bool:
    """Whether a sentence naming no force continues the breakdown of a figure for all forces
    right before it: every figure it gave is national ("2,315 breaches in police forces,
    including:" / "- 869 cases of ..." / "- 877 cases of ..." / "- 25 cases of ..."), so the
    next item is national too, not the page's force."""
    return (
        not sent.forces
        and state.all_forces_at == sent.idx - 1
        and bool(new)
        and all(r.national for r in new)
    )


def _first_named(doc: Doc, force: str) -> int | None:
    """Where the text first names `force` (None: never)."""
    starts = [s.start_char for s in doc.spans.get("forces", []) if s.label_ == force]
    return min(starts) if starts else None


def _national_before_named(rows: list[Row], doc: Doc, force: str | None, state: State) -> bool:
    """On a page giving figures for all forces, a figure naming no force and stated before the
    page's force is first named is still national ("UK forces logged 9,000 breaches ... 1,850
    of them in 2021/22 ... Kent Police recorded the most"): no
    reader could give it to a force not yet named."""
    if force is None or not (
        state.all_forces_at >= 0 or any(r.national and r.measure == "breach" for r in rows)
    ):
        return False
    first = _first_named(doc, force)
    if first is None:
        return False
    moved = False
    for r in rows:
        if r.defaulted and not r.national and r.force == force and r.sent.end <= first:
            r.national, r.force, moved = True, None, True
    return moved


def _parts_period(part: Row, rows: list[Row]) -> Period | None:
    """The period of the parts the sentence before gave of a later total than the one `part`
    was taken to break down ('In 2020/21 there were 71. The commonest kind in the latest year
    was X, 31 times. There were also nine cases of Y'): the next part goes on with them."""
    if part.breach_type is None or part.parent is None:
        return None
    before = [
        r
        for r in rows
        if r.sent.idx == part.sent.idx - 1
        and r.force == part.force
        and r.breach_type is not None
        and not r.compared
        and r.measure == part.measure
    ]
    periods = {r.period for r in before}
    if len(periods) != 1 or None in periods:
        return None
    period = periods.pop()
    whole = part.parent.period
    return period if period is not None and whole is not None and whole != period else None


def _fiscal_part(row: Row, rows: list[Row], reference: date | None) -> None:
    """A part of a total dated by a relative year ('Of last year's total, 96 were ...') on a
    page whose totals for the force are financial years: the latest of those it overlaps that
    had ended by the reference date (June 2023: 2022/23, not calendar 2022)."""
    period = row.period
    if (
        reference is None
        or period is None
        or period.kind != "relative"
        or not row.breakdown
        or period.start != period.end
    ):
        return
    fiscal = [
        r.period
        for r in rows
        if r.force == row.force
        and is_total(r)
        and r.count >= row.count
        and r.period is not None
        and r.period.kind == "financial_year"
        and r.period.start <= period.start <= r.period.end
        and (r.period.end, 3) <= (reference.year, reference.month)
    ]
    if fiscal:
        row.period = max(fiscal, key=lambda p: p.end)


def _span_of_years(row: Row, rows: list[Row]) -> None:
    """A force's total over a relative span ('134 in the past three years') that its yearly
    totals on the page add up to exactly ('45 in 2021, 51 in 2022 and 38 in 2023') covers
    those years, whatever the dateline would make of the phrase; parts dated by it follow."""
    period = row.period
    if period is None or period.kind != "relative" or period.start == period.end:
        return
    if not is_total(row) or row.breakdown or row.national or row.force is None:
        return
    years = sorted(
        (
            r
            for r in rows
            if r is not row
            and r.force == row.force
            and r.measure == row.measure
            and is_total(r)
            and not r.national
            and r.period is not None
            and r.period.kind != "relative"
            and r.period.end - r.period.start <= (1 if r.period.kind == "financial_year" else 0)
            and period.start - 1 <= r.period.start
            and r.period.end <= period.end + 1
        ),
        key=lambda r: r.period.start if r.period else 0,
    )
    for i in range(len(years)):
        total = 0
        for j in range(i, len(years)):
            first, last = years[i].period, years[j].period
            assert first is not None and last is not None
            if j > i:
                before = years[j - 1].period
                assert before is not None
                if last.start != before.start + 1:
                    break
            total += years[j].count
            if total == row.count and j > i:
                old, row.period = period, Period(first.start, last.end, "span")
                for part in rows:
                    if part.parent is row and part.period == old:
                        part.period = row.period
                return
            if total > row.count:
                break


def _below_its_years(row: Row, rows: list[Row]) -> bool:
    """A force's total over several years smaller than its own total for one of those years
    ('97 breaches in 2020, 104 in 2021 and 112 in 2022 ... Over the three years, nine
    breaches were referred to the regulator') counts no more than some of them -- a subset
    the page names in words (reported on, judged serious) -- no total of the span."""
    period = row.period
    if period is None or period.end <= period.start + (period.kind == "financial_year"):
        return False
    if not is_total(row) or row.breakdown or row.national or row.force is None:
        return False
    return any(
        r is not row
        and r.force == row.force
        and r.measure == row.measure
        and is_total(r)
        and not r.national
        and r.period is not None
        and period.start <= r.period.start
        and r.period.end <= period.end
        and r.period != period
        and r.count > row.count
        # a figure the page's force got only by default ("Police logged 3,000 ...") may be
        # no one force's: no measure of a named force's span
        and not r.defaulted
        for r in rows
    )


def _table_row(t: TableRow, sents: list[Sent]) -> Row:
    sent = next((s for s in sents if s.end > t.start), sents[-1])
    where = (t.text, t.start, t.end)
    measure = "misconduct" if t.people else "breach"  # people disciplined: an outcome
    return Row(
        t.force, t.period, t.breach_type, t.count, False, sent, measure, order=t.start, where=where
    )


def _page_count(row: Row) -> PageCount:
    """A figure kept as page context: a national total, or an outcome (with its force)."""
    assert row.period is not None
    return PageCount(
        measure=row.measure,
        period=row.period.label,
        count=row.count,
        approximate=row.approximate,
        force=row.force if not row.national else None,
        evidence=_evidence(row),
    )


def _collect(rows: list[Row], out: Tallies) -> None:
    """Rows to output: one figure per force, period and type; parts written in one sentence
    add up ('five cases of A, four of A'), a figure repeated elsewhere counts once. A second
    figure of no kind in a total's sentence is a part of it, never added to it ('233 ...,
    with 71 put down to human error').

    People put through misconduct proceedings ('11 officers faced disciplinary action for
    misusing police systems') are no breach rows: each is kept as an outcome (measure
    `misconduct`) and as a force's figure the page is read by (`Tallies.people`)."""
    chosen: dict[tuple[str, str, str | None, bool], list[Row]] = {}
    # a figure the text also gives as approximate is approximate where nothing dates it (a
    # headline's "2,000 breaches" over the body's "more than 2,000 since 2016")
    rounded = {(r.force, r.count) for r in rows if r.approximate}
    for row in rows:
        row.approximate = row.approximate or (row.borrowed and (row.force, row.count) in rounded)
    for row in sorted(rows, key=lambda r: r.order):
        if row.period is None or _restated(row, rows):
            continue
        people = row.measure == "misconduct" and not row.national and row.force is not None
        if people or row.measure == "outcome" or row.national or row.force is None:
            target = out.outcomes if people or row.measure == "outcome" else out.national
            if people or row.measure == "outcome" or row.national:
                target.append(_page_count(row))
            if not people:
                continue
        if row.force is None:
            continue
        key = (row.force, row.period.label, row.breach_type, people)
        have = chosen.get(key)
        if have is None:
            chosen[key] = [row]
        elif have[0].where == row.where and not row.approximate and key[2] is not None:
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
    for (force, _, btype, people), group in chosen.items():
        whole = _whole_of_parts(group)
        for row in [whole] if whole is not None else group:
            assert row.period is not None
            (out.people if people else out.counts).append(
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


def _whole_of_parts(group: list[Row]) -> Row | None:
    """The figure of one sentence that adds up the others of its force, period and type ('5
    laptops, 27 radios and 159 phones, a total of 191'): the whole alone is the count."""
    if len(group) < 3:
        return None
    for row in group:
        if row.count and 2 * row.count == sum(r.count for r in group):
            return row
    return None


def _restated(row: Row, rows: list[Row]) -> bool:
    """A figure dated by a relative phrase that the page gives again with an explicit period
    overlapping it: a headline's "421 breaches last year" over the body's "421 in 2021/22"
    ('last year' may be the calendar or the financial year; the body says which)."""
    period = row.period
    if period is None or period.kind != "relative":
        return False
    return any(
        other.period is not None
        and other.period.kind != "relative"
        and other.period != period
        and (other.force, other.breach_type, other.count, other.measure)
        == (row.force, row.breach_type, row.count, row.measure)
        and other.period.start <= period.end
        and period.start <= other.period.end
        for other in rows
    )


def _unnamed_wider(rows: list[Row]) -> None:
    """'There were 2,315 breaches between 2011 and 2015. West Midlands Police recorded 488.': a
    total no force was named for, followed at once by a smaller total of the same period that
    names the page's force, is a wider whole than that force's (all forces', the report's), so
    no row of the force. So is a count of people disciplined for an offence followed by a
    smaller count the next sentence names the force for."""

    def whole_kind(row: Row) -> bool:
        return is_total(row) or (row.measure == "misconduct" and not row.national)

    for whole in rows:
        if not (
            (whole.defaulted or not whole.sent.forces)
            and whole_kind(whole)
            and whole.period is not None
            and not _FORCE_ANAPHOR.search(whole.sent.text)
        ):
            continue
        if any(
            whole_kind(r)
            and (r.measure, r.breach_type) == (whole.measure, whole.breach_type)
            and not r.defaulted
            and bool(r.sent.forces)
            and r.force == whole.force
            and r.period == whole.period
            and r.count < whole.count
            and 0 < r.sent.idx - whole.sent.idx <= 1
            for r in rows
        ):
            whole.national, whole.force = True, None
