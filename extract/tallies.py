"""Breach counts of tally articles: '24 data breaches by officers at X in 2016 ... seven cases
of inappropriate disclosure ... five cases of loss of technology, four of missing USB sticks'.

Totals are a number before a count noun ("24 data breaches", "24 times") in a sentence
about breaches; category counts are enumerations "N (cases|breaches)? of <category>", where
the category is the best breach type of the words up to the next number. "The latter" /
"the former" point at the categories of the previous sentence.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date

from spacy.tokens import Token

from extract.facts import type_scores
from extract.models import BreachCount, Evidence
from extract.sentences import Sent, numbers_table

_SPAN_RE = re.compile(
    r"\b(?:between|from)\s+((?:19|20)\d\d)\s+(?:and|to|-|–)\s+((?:19|20)\d\d)\b", re.I
)
_SINGLE_RE = re.compile(
    r"\b(?:in|over|during|throughout|for)\s+((?:19|20)\d\d)\b(?!\s*(?:and|to|-))", re.I
)
_TOTAL_NOUNS = {"breaches", "times", "incidents"}
_ENUM_NOUNS = {"cases", "case", "breaches", "breach", "incidents", "incident", "instances"}
_ANAPHORS = {"latter": -1, "former": 0}


def _count_of(tok: Token) -> int | None:
    if tok.like_num and tok.text.replace(",", "").isdigit():
        value = int(tok.text.replace(",", ""))
        return value if 0 < value < 100_000 and not (1900 <= value <= 2100) else None
    word = tok.lower_
    if word in {"a", "an"}:
        return None
    return numbers_table().get(word)


def _total_noun_follows(toks: list[Token], j: int) -> bool:
    """'24 breaches', '24 data breaches', '412 data protection breaches', '24 times'."""
    for t in toks[j + 1 : j + 5]:
        if t.lower_ in _TOTAL_NOUNS:
            return True
        if not (t.is_alpha and t.is_lower):
            return False
    return False


def _earlier_total(toks: list[Token], j: int) -> bool:
    """'up from 350 in 2020', 'compared with 300 in 2019': a total for another year."""
    after = toks[j + 1 : j + 3]
    before = {t.lower_ for t in toks[max(0, j - 2) : j]}
    return (
        len(after) == 2
        and after[0].lower_ == "in"
        and bool(re.fullmatch(r"(?:19|20)\d\d", after[1].text))
        and bool(before & {"from", "with", "to", "against"})
    )


def _period(sent: Sent) -> str | None:
    m = _SPAN_RE.search(sent.text)
    if m:
        return f"{m.group(1)}-{m.group(2)}"
    m = _SINGLE_RE.search(sent.text)
    return m.group(1) if m else None


def _is_breach_sentence(sent: Sent) -> bool:
    return any("breach" in t.lower_ for t in sent.span)


def _category(sents: list[Sent], start: int, end: int) -> str | None:
    """Best breach type of tokens [start, end) of a sentence."""
    sent = sents[0]
    piece = Sent(sent.idx, sent.span, sent.start, sent.end, sent.text)
    piece.types = [c for c in sent.types if start <= c.start and c.end <= end]
    piece.idx = -1  # no title weight
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


def find_breach_counts(sents: list[Sent], force: str, published: date | None) -> list[BreachCount]:
    totals: list[tuple[str | None, int, Sent]] = []
    cats: list[tuple[str | None, str, int, Sent]] = []
    for i, sent in enumerate(sents):
        if not _is_breach_sentence(sent) and not sent.text.lower().count("cases"):
            continue
        toks = list(sent.span)
        numbered = [(j, _count_of(t)) for j, t in enumerate(toks)]
        numbered = [(j, n) for j, n in numbered if n is not None]
        period = _period(sent)
        for k, (j, n) in enumerate(numbered):
            nxt = [t.lower_ for t in toks[j + 1 : j + 4]]
            if not nxt or (toks[j].lower_ == "another" and nxt[0] != "of"):
                continue
            seg_end = numbered[k + 1][0] if k + 1 < len(numbered) else len(toks)
            prev_end = numbered[k - 1][0] + 1 if k else 0
            category = _category([sent], toks[j].i, toks[seg_end - 1].i + 1)
            enum = nxt[0] == "of" or (nxt[0] in _ENUM_NOUNS and "of" in nxt[1:3])
            if category and (enum or nxt[0] in _ENUM_NOUNS):
                cats.append((period, category, n, sent))
            elif category is None and _is_breach_sentence(sent) and _total_noun_follows(toks, j):
                totals.append((period, n, sent))
            elif totals and totals[-1][2] is sent and _earlier_total(toks, j):
                # "412 breaches in 2021, up from 350 in 2020"
                totals.append((toks[j + 2].text, n, sent))
            elif nxt[0] in _ENUM_NOUNS:
                before = None
                if j > prev_end and toks[j - 1].lower_ == "with":
                    # "emails sent to the wrong recipient, with 97 cases"
                    before = _category([sent], toks[prev_end].i, toks[j].i)
                if before:
                    cats.append((period, before, n, sent))
                    continue
                anaphor = next((_ANAPHORS[t.lower_] for t in toks if t.lower_ in _ANAPHORS), None)
                previous = _categories_in(sents[i - 1]) if i > 0 else []
                if anaphor is not None and previous:
                    cats.append((period, previous[anaphor], n, sent))
        if "number of" in sent.text.lower() and _is_breach_sentence(sent):
            for m in re.finditer(r"\((\d[\d,]*)\)", sent.text):
                totals.append((period, int(m.group(1).replace(",", "")), sent))
    if not totals:
        return []
    years = Counter(p for p, *_ in totals + [(c[0],) for c in cats] if p and "-" not in p)
    default_period = years.most_common(1)[0][0] if years else None
    if default_period is None:
        stated = Counter(
            m.group(1) for s in sents if _is_breach_sentence(s) for m in _SINGLE_RE.finditer(s.text)
        )
        default_period = stated.most_common(1)[0][0] if stated else None
    if default_period is None:
        explicit = Counter(
            int(d.label_) for s in sents for d in s.dates if d.label_.isdigit() and s.idx > 0
        )
        default_period = str(explicit.most_common(1)[0][0]) if explicit else None
    if default_period is None:
        return []
    rows: dict[tuple[str, str | None], list] = {}
    for period, n, sent in totals:
        key = (period or default_period, None)
        rows.setdefault(key, [max(0, 0), sent])
        rows[key][0] = max(rows[key][0], n)
    sums: dict[tuple[str, str | None], list] = defaultdict(lambda: [0, None])
    for period, category, n, sent in cats:
        key = (period or default_period, category)
        sums[key][0] += n
        sums[key][1] = sums[key][1] or sent
    rows.update(sums)
    return [
        BreachCount(
            force=force,
            period=period,
            breach_type=btype,
            count=count,
            evidence=Evidence("breach_count", str(count), sent.text, sent.start, sent.end),
        )
        for (period, btype), (count, sent) in rows.items()
    ]
