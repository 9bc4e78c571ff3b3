"""Per-sentence view of an annotated Doc: the cues, names, amounts and years each holds.

The rules that turn annotations into facts work sentence by sentence; this module indexes
the span groups the components wrote once, so each rule is a cheap lookup.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span, Token

from extract.components.doctext import doc_data_dir, doc_text
from extract.datafiles import load_toml
from extract.models import Evidence

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATELINE_RE = re.compile(
    rf"\b(?:{_MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|"
    r"thu|fri|sat|sun|published|updated|posted|last|modified|on|at|am|pm|gmt|bst|utc)\b"
    rf"|(?<=\d)(?:{_MONTHS}|st|nd|rd|th)\b|\d+|[^\w]",
    re.IGNORECASE,
)
# Words joining alternatives: what one denies, it denies of all ("not lost or stolen").
_ALTERNATIVES = {"or", "nor"}
# Single-word cues that mark a recipient/bystander only when right before the name.
_ADJACENT_ONLY = {"to", "about", "against", "into"}


@dataclass
class Sent:
    """One sentence: offsets into the text plus the spans of every group it contains."""

    idx: int
    span: Span
    start: int  # character offsets, surrounding whitespace trimmed
    end: int
    text: str  # doc.text[start:end] (Doc.text rebuilds the string on every access)
    cues: dict[str, list[Span]] = field(default_factory=lambda: defaultdict(list))
    forces: list[Span] = field(default_factory=list)
    regulators: list[Span] = field(default_factory=list)
    money: list[Span] = field(default_factory=list)
    dates: list[Span] = field(default_factory=list)
    types: list[Span] = field(default_factory=list)
    terms: list[Span] = field(default_factory=list)
    scopes: list[Span] = field(default_factory=list)  # ConText scopes (components/context.py)
    # The sentence's tokens lowercased, read once for `clause_bounds` (called thousands of
    # times a document; each Doc[i] builds a Token).
    _lowers: list[str] | None = field(default=None, init=False, repr=False, compare=False)

    def has(self, label: str) -> bool:
        return bool(self.cues.get(label))

    def modality(self, span: Span) -> set[str]:
        """Categories (hypothetical, negated, maximum, counterfactual, proposed) of the scopes
        that cover the start of `span`."""
        return {s.label_ for s in self.scopes if s.start <= span.start < s.end}

    def asserted(self, span: Span) -> bool:
        """Stated as a fact: in no hypothetical, negated, counterfactual or proposed scope."""
        return not self.modality(span)

    def denied(self, span: Span, reach: int = 3) -> bool:
        """The thing itself is denied ('no data was lost', 'not a breach', 'the ICO was not
        involved'), not merely the object of a negated verb ('had not known about the
        breach'): a negation trigger at most `reach` tokens before it, or a backward one. A
        word joined by 'or' to a denied one is denied with it ('none had been lost or
        corrupted')."""
        doc = span.doc
        start = span.start
        if self._places_people(span):
            return False
        while start >= 2 and doc[start - 1].lower_ in _ALTERNATIVES:
            start -= 2  # back over "lost or" to the first of the alternatives
        for s in self.scopes:
            if s.label_ != "negated" or not (s.start <= span.start < s.end):
                continue
            if s.kb_id_ == "backward" or start - s.start <= reach:
                return True
        return False

    def _places_people(self, span: Span) -> bool:
        """A force named only to place the people a negation is about ('no one at Kent Police
        realised', 'officers at Kent Police had not been told'): their own, not the force."""
        if not any(f.start == span.start and f.end == span.end for f in self.forces):
            return False
        doc = span.doc
        i = span.start - 1
        if i > self.span.start and doc[i].lower_ == "the":
            i -= 1
        data = load_toml("context.toml", data_dir_of(self))["negated"]
        if i - 1 < self.span.start or doc[i].lower_ not in data["placing_links"]:
            return False
        head = doc[i - 1]
        people = self.cues.get("roles.own_people", [])
        return head.lower_ in data["person_heads"] or any(p.end == head.i + 1 for p in people)

    def is_dateline(self) -> bool:
        """A line that is only a date ('June 10, 2016 |', '08Jun, 2018'), or a full date among
        a masthead's or byline's few items ('Kent Messenger | News | 14 January 2025', 'By Jo
        Bloggs, Crime Reporter, 14 January 2025', '3 May 2024 • 4 min read'): a publication
        date."""
        if not self.dates:
            return False
        return not _DATELINE_RE.sub("", self.text).strip() or _masthead_line(self)


def _masthead_line(sent: Sent) -> bool:
    """One full date and, set apart from it by bars, bullets, commas or spaced dashes, only
    short items in capitals (outlet, section, place), a byline ('By Jo Bloggs, Crime
    Reporter'), stamp words and times ('Updated 10:32') or a reading time ('4 min read'); no
    full stop ends it, and no other figure stands in it."""
    days = [d for d in sent.dates if d.label_ == "day"]
    if len(days) != 1 or len(sent.dates) != 1:
        return False
    data = load_toml("context.toml", data_dir_of(sent))["dateline"]
    doc = sent.span.doc
    tokens = [t for t in sent.span if not t.is_space]
    if not tokens or tokens[-1].text in {".", "!", "?"}:
        return False
    day = days[0]
    text = " ".join(t.lower_ for t in tokens)
    reading = [r for r in data["reading_time"] if r in text]
    read_words = {w for r in reading for w in r.split()}
    separators = set(data["separators"])
    stamps = set(data["stamp_words"])
    connectors = set(data["name_connectors"])
    items: list[list[str]] = [[]]
    dated = -1  # the item holding the date
    words = 0
    for t in tokens:
        if day.start <= t.i < day.end:
            dated = len(items) - 1
            continue
        if t.text in separators and (
            t.text in {"|", "•", "·", ",", "/"}
            or (t.i > 0 and doc[t.i - 1].whitespace_ and t.whitespace_)
        ):
            items.append([])
            continue
        if t.like_num or re.fullmatch(r"\d{1,2}[:.]\d\d", t.text):
            read = reading and t.i + 1 < sent.span.end and doc[t.i + 1].lower_ in read_words
            if not read and ":" not in t.text and "." not in t.text:
                return False  # another figure (a table row, a sentence's), not a time
            continue
        if not t.is_alpha:
            if t.text in {"&", "'s", "’s"}:
                continue
            return False
        if t.lower_ == "by":
            items[-1].append("by")
            continue
        if t.lower_ in read_words or (t.lower_ in stamps and not _linking(t, day)):
            continue
        words += 1
        items[-1].append(t.text)
    if words > int(data["line_words"]):
        return False
    # The date an item of its own among others ('Published 9 May 2024 — Courts & crime'): a
    # breadcrumb of sections, whose names may be in sentence case; a byline's are names still.
    bars = any(t.text in separators and t.text != "," for t in tokens)
    breadcrumb = bars and len(items) > 1 and not items[dated]
    for item in items:
        byline = bool(item) and item[0] == "by"
        names = item[1:] if byline else item
        if len(names) > int(data["byline_words" if byline else "item_words"]):
            return False
        if (byline or not breadcrumb) and any(
            w[0].islower() and w.lower() not in connectors for w in names
        ):
            return False
    return True


def _linking(t: Token, day: Span) -> bool:
    """A preposition among a line's stamp words that links words, not a date or a time ('at'
    in 'Data breach at Kent Police', not in 'Published 3 May 2024 at 10:32')."""
    if t.lower_ not in {"on", "at"}:
        return False
    nxt = t.i + 1
    return nxt < len(t.doc) and nxt != day.start and not t.doc[nxt].like_num


def segment(sent: Sent, start: int, end: int) -> Sent:
    """The part of a sentence between tokens `start` and `end`, for sentences that speak of
    two forces ('reprimanded Kent and fined Essex'): the same text and index (its evidence is
    the whole sentence), with only the spans inside the part."""

    def inside(spans: list[Span]) -> list[Span]:
        return [s for s in spans if start <= s.start and s.end <= end]

    part = Sent(sent.idx, sent.span, sent.start, sent.end, sent.text)
    part.cues = defaultdict(list, {k: inside(v) for k, v in sent.cues.items() if inside(v)})
    for name in ("forces", "regulators", "money", "dates", "types", "terms", "scopes"):
        setattr(part, name, inside(getattr(sent, name)))
    return part


def split_sentences(doc: Doc) -> list[Sent]:
    """Sentences with their spans; whitespace-only sentences are dropped."""
    sents: list[Sent] = []
    n = len(doc)
    tok_to_sent = [0] * n
    text = doc_text(doc)
    if not n:
        return sents
    # Arrays instead of `doc.sents`, which builds a Token object for every token.
    starts = [
        i for i, flag in enumerate(doc.to_array([SENT_START]).tolist()) if flag == 1 or i == 0
    ]
    idx = doc.to_array("IDX").tolist()
    bounds = [*starts, n]
    for a, b in zip(bounds, bounds[1:], strict=False):
        start_char = idx[a]
        end_char = idx[b] if b < n else len(text)
        raw = text[start_char:end_char]
        stripped = raw.strip()
        if not stripped:
            continue
        start = start_char + (len(raw) - len(raw.lstrip()))
        s = Sent(len(sents), doc[a:b], start, start + len(stripped), stripped)
        tok_to_sent[a:b] = [s.idx] * (b - a)
        sents.append(s)
    if not sents:
        return sents
    for span in doc.spans.get("cues", []):
        sents[tok_to_sent[span.start]].cues[span.label_].append(span)
    for key, attr in (
        ("forces", "forces"),
        ("regulators", "regulators"),
        ("money", "money"),
        ("dates", "dates"),
        ("breach_cues", "types"),
        ("key_terms", "terms"),
        ("context", "scopes"),
    ):
        for span in doc.spans.get(key, []):
            getattr(sents[tok_to_sent[span.start]], attr).append(span)
    return sents


def cue_before(sent: Sent, label: str, pos: int, window: int) -> Span | None:
    """A `label` cue ending at most `window` tokens before token `pos`."""
    for cue in sent.cues.get(label, []):
        if pos - window <= cue.end <= pos:
            return cue
    return None


def cue_after(sent: Sent, label: str, pos: int, window: int) -> Span | None:
    """A `label` cue starting at most `window` tokens after token `pos`."""
    for cue in sent.cues.get(label, []):
        if pos <= cue.start <= pos + window:
            return cue
    return None


# Words that may stand between an auxiliary and its participle ("was later charged").
_ADVERBS = {"also", "later", "since", "now", "then", "subsequently", "formally", "not", "never"}
# Irregular participles of the verbs that tell who acts on whom ("was caught", "was seen").
_IRREGULAR_PARTICIPLES = {"caught", "taken", "given", "seen", "held", "brought", "sent", "told"}
# Adverbs that may stand between "is"/"are" and an -ing verb ("are now investigating").
_PROGRESSIVE_ADVERBS = _ADVERBS - {"not", "never"} | {"currently", "still", "already", "jointly"}


def is_passive(span: Span) -> bool:
    """The verb ending `span` is in the passive ('was arrested', 'is being investigated',
    'has been prosecuted'): its subject is acted on, it does not act ('is investigating',
    'has arrested' are active). A participle after a form of 'be', adverbs allowed between."""
    doc = span.doc
    verb = span[-1]
    lower = verb.lower_
    if not (lower.endswith(("ed", "en")) or lower in _IRREGULAR_PARTICIPLES):
        return False
    i = verb.i - 1
    while i >= max(0, verb.i - 4) and doc[i].lower_ in _ADVERBS:
        i -= 1
    return i >= 0 and doc[i].norm_ == "be"


def is_passive_mention(sent: Sent, mention: Span) -> bool:
    """The force is a recipient or bystander: 'supposed to go to X', 'complaints about X'
    ('X has been investigated' is no enforcer: the force, or its officer, is acted on)."""
    if _done_by_own_staff(sent, mention):
        return False  # "was emailed by an officer from Kent Police (who was investigating)"
    enforcing = cue_after(sent, "roles.enforcement", mention.end, 2)
    if enforcing is not None and not is_passive(enforcing):
        return True
    if _enforcing_with_adverb(sent, mention):
        return True
    if _breach_in_own_clause(sent, mention):
        return False
    doc = mention.doc
    pos = mention.start
    if pos > 0 and doc[pos - 1].lower_ == "the":
        pos -= 1
    for cue in sent.cues.get("roles.passive", []):
        if cue.text.lower() in _ADJACENT_ONLY:
            # "a laptop belonging to Kent Police": a "to" saying whose it is, not who got it
            owned = any(o.start <= cue.start < o.end for o in sent.cues.get("roles.owned", []))
            if cue.end == pos and not owned and not _regulator_action_before(sent, cue.start):
                if cue.text.lower() == "into" and _regulator_looks_into(sent, cue.start):
                    continue  # "the ICO is looking into Kent Police": the regulator's target
                return True
        elif pos - 3 <= cue.end <= pos:
            return True
    return False


_STAFF_LINKS = {"from", "at", "of", "with"}
_BY_STAFF_REACH = 4  # "by a member of staff at", "by an officer from"
_AGENT_GLUE = {"a", "an", "the", "one", "two", "another", "member", "members", "of", "its"}


def _done_by_own_staff(sent: Sent, mention: Span) -> bool:
    """The agent of a passive is one of the force's people ('the email was sent by an
    officer from Kent Police', 'records were viewed by a member of staff at Essex Police'):
    'by' opening the agent phrase (only 'a', 'the', 'member of' before a police staff word),
    then a link word right before the name -- the act is the force's, whatever the clause
    after the name says the person was doing."""
    doc = mention.doc
    link = mention.start - 1
    if link > 0 and doc[link].lower_ == "the":
        link -= 1
    if link <= sent.span.start or doc[link].lower_ not in _STAFF_LINKS:
        return False
    for c in sent.cues.get("relevance.staff", []):
        if c.end != link:
            continue
        lead = doc[max(sent.span.start, c.start - _BY_STAFF_REACH) : c.start]
        by = [t.i for t in lead if t.lower_ == "by"]
        if not by or any(t.is_punct for t in lead):
            return False
        # 'by' opens the agent phrase: only its determiner or 'member of' before the staff
        # word ("by a member of staff at"), not "sent by mistake to an officer at Essex Police"
        return all(t.lower_ in _AGENT_GLUE for t in doc[by[-1] + 1 : c.start])
    return False


@cache
def _progressive_enforcement(data_dir: str | None) -> frozenset[str]:
    """The verbs of `roles.enforcement`'s "be <verb>" entries ("be investigate")."""
    entries = load_toml("cues.toml", data_dir)["roles"].get("enforcement", [])
    return frozenset(e.split()[1] for e in entries if e.startswith("be ") and len(e.split()) >= 2)


def _enforcing_with_adverb(sent: Sent, mention: Span) -> bool:
    """'Essex Police are now investigating a burglary', 'Sussex Police is currently appealing for
    witnesses': an enforcement phrase of `roles.enforcement` ("be investigate") with adverbs
    between the auxiliary and its -ing verb, which the phrase itself does not cover."""
    doc = mention.doc
    i = mention.end
    if i >= sent.span.end or doc[i].norm_ != "be":
        return False
    j = i + 1
    while j < min(sent.span.end, i + 3) and doc[j].lower_ in _PROGRESSIVE_ADVERBS:
        j += 1
    if j == i + 1 or j >= sent.span.end:
        return False
    verb = doc[j]
    return verb.lower_.endswith("ing") and verb.norm_ in _progressive_enforcement(data_dir_of(sent))


_RELATIVE = {"which", "who"}


def _breach_in_own_clause(sent: Sent, mention: Span) -> bool:
    """'... or to Kent Police, which in 2020 emailed a list to the wrong school': the clause
    hung on the name tells how the force itself broke the rules (a strong breach cue, stated
    as fact, before the clause ends), whatever word came before the name."""
    doc = mention.doc
    if mention.end + 1 >= sent.span.end or doc[mention.end].text != ",":
        return False
    if doc[mention.end + 1].lower_ not in _RELATIVE:
        return False
    end = next(
        (t.i for t in doc[mention.end + 2 : sent.span.end] if t.text in {";", ":", "(", ")"}),
        sent.span.end,
    )
    return any(
        c.kb_id_ == "strong" and mention.end + 2 <= c.start < end and sent.asserted(c)
        for c in sent.types
    )


_LOOKS_INTO_REACH = 6  # "the Information Commissioner's Office is now looking into"


def _regulator_looks_into(sent: Sent, pos: int) -> bool:
    """'The ICO is looking into Cleveland Police', 'the IOPC has stepped in to look into X':
    a regulator named just before the 'into' looks into the force -- the one it acts on, not
    a bystander ('a complaint into X' names none)."""
    return any(0 <= pos - r.end <= _LOOKS_INTO_REACH for r in sent.regulators)


def _regulator_action_before(sent: Sent, pos: int) -> bool:
    """'issued an enforcement notice to X', 'served the fine to X': X is the target."""
    return any(
        (label.startswith("actions.") or label in {"money.fine", "dates.fine"})
        and any(pos - 8 <= c.end <= pos for c in cues)
        for label, cues in sent.cues.items()
    )


def data_dir_of(sent: Sent) -> str | None:
    """The extract/data folder of the pipeline that made the sentence's Doc."""
    return doc_data_dir(sent.span.doc)


@cache
def _terminator_set(data_dir: str | None) -> frozenset[str]:
    data = load_toml("context.toml", data_dir)
    return frozenset(t.lower() for t in data["scope"]["terminators"])


def _terminators(sent: Sent) -> frozenset[str]:
    return _terminator_set(data_dir_of(sent))


_QUOTES = {'"', "“", "”"}
_BRACKET_REACH = 5  # tokens from a quote mark to the brackets around a name given in passing


def _clause_word(t: Token) -> str:
    """A token's lowercase form for clause cutting. A quote mark inside brackets close by
    quotes a short name given in passing ('fined the Police Service of Northern Ireland
    ("PSNI") £750,000', 'Kent Police (the "force")'), not speech, so it ends no clause: it is
    read as an empty word."""
    if t.text not in _QUOTES:
        return t.lower_
    doc = t.doc
    before = [doc[k].text for k in range(max(0, t.i - _BRACKET_REACH), t.i)]
    after = [doc[k].text for k in range(t.i + 1, min(len(doc), t.i + 1 + _BRACKET_REACH))]
    opened = "(" in before and ")" not in before[before.index("(") :]
    closed = ")" in after and "(" not in after[: after.index(")")]
    return "" if opened and closed else t.lower_


def breaks_clause(sent: Sent, t: Token, extra: Iterable[str] = ()) -> bool:
    """`t` is a clause terminator (context.toml, or one of `extra`): where `clause_bounds`
    cuts."""
    word = _clause_word(t)
    return word in _terminators(sent) or word in set(extra)


def clause_bounds(sent: Sent, i: int, extra: Iterable[str] = ()) -> tuple[int, int]:
    """Token range [start, end) of the clause around token `i`: the sentence cut at the
    clause terminators of context.toml ("but", "which", "after", ";" ...) and `extra`."""
    span = sent.span
    stop = _terminators(sent)
    if extra:
        stop = stop | set(extra)
    base, end = span.start, span.end
    if not base <= i < end:  # outside the sentence: token by token, as ever
        doc = span.doc
        lo = i
        while lo > base and doc[lo - 1].lower_ not in stop:
            lo -= 1
        hi = i + 1
        while hi < end and doc[hi].lower_ not in stop:
            hi += 1
        return lo, hi
    lowers = sent._lowers
    if lowers is None:
        lowers = sent._lowers = [_clause_word(t) for t in span]
    lo = i
    while lo > base and lowers[lo - 1 - base] not in stop:
        lo -= 1
    hi = i + 1
    while hi < end and lowers[hi - base] not in stop:
        hi += 1
    return lo, hi


def evidence(field_name: str, value: object, sent: Sent) -> Evidence:
    """The evidence of one field: its value and the sentence it was read from, with offsets."""
    return Evidence(field_name, str(value), sent.text, sent.start, sent.end)
