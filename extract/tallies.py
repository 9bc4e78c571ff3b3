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
from functools import cache

from spacy.tokens import Token

from extract.models import BreachCount, Evidence
from extract.rules.types import type_scores
from extract.sentences import Sent, is_passive_mention, numbers_table

_SPAN_RE = re.compile(
    r"\b(?:between|from)\s+((?:19|20)\d\d)\s+(?:and|to|-|–)\s+((?:19|20)\d\d)\b", re.I
)
_SINGLE_RE = re.compile(
    r"\b(?:in|over|during|throughout|for)\s+((?:19|20)\d\d)\b(?!\s*(?:and|to|-))", re.I
)
_TOTAL_NOUNS = {"breaches", "times", "incidents"}
_ENUM_NOUNS = {"cases", "case", "breaches", "breach", "incidents", "incident", "instances"}
_ANAPHORS = {"latter": -1, "former": 0}
# "87 involved emails sent to the wrong recipient": a count followed by its category.
_ENUM_VERBS = {"involved", "involving", "concerned", "related", "were"}


@cache
def _number_re() -> re.Pattern[str]:
    words = sorted((w for w in numbers_table() if w not in {"a", "an"}), key=len, reverse=True)
    return re.compile(r"\d|\b(?:" + "|".join(map(re.escape, words)) + r")\b")


def _has_number(lowered: str) -> bool:
    return bool(_number_re().search(lowered))


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
    return "breach" in sent.text.lower()


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
        if not cue.label_.startswith("_") and cue.kb_id_ == "strong" and cue.label_ not in ordered:
            ordered.append(cue.label_)
    return ordered


def find_breach_counts(sents: list[Sent], force: str) -> list[BreachCount]:
    totals: list[tuple[str | None, int, Sent, int | None]] = []
    cats: list[tuple[str | None, str, int, Sent, int]] = []
    for i, sent in enumerate(sents):
        lowered = sent.text.lower()
        follows_total = bool(totals) and i > 0 and totals[-1][2] is sents[i - 1]
        if "breach" not in lowered and "cases" not in lowered and not follows_total:
            continue  # ... unless it breaks down the total just given ("Of these, 87 ...")
        if not _has_number(lowered):
            continue
        toks = list(sent.span)
        numbered: list[tuple[int, int]] = []
        for j, t in enumerate(toks):
            value = _count_of(t)
            if value is not None:
                numbered.append((j, value))
        period = _period(sent)
        for k, (j, n) in enumerate(numbered):
            nxt = [t.lower_ for t in toks[j + 1 : j + 4]]
            if not nxt or (toks[j].lower_ == "another" and nxt[0] != "of"):
                continue
            seg_end = numbered[k + 1][0] if k + 1 < len(numbered) else len(toks)
            prev_end = numbered[k - 1][0] + 1 if k else 0
            category = _category([sent], toks[j].i, toks[seg_end - 1].i + 1)
            enum = (
                nxt[0] == "of"
                or (nxt[0] in _ENUM_NOUNS and "of" in nxt[1:3])
                or (nxt[0] in _ENUM_VERBS and totals and totals[-1][2] is not sent)
            )
            if category and (enum or nxt[0] in _ENUM_NOUNS):
                cats.append((period, category, n, sent, toks[j].i))
            elif (
                (category is None or not enum)
                and _is_breach_sentence(sent)
                and _total_noun_follows(toks, j)
            ):
                # "311 data breaches in 2020, ... figures released under FOI": a total even
                # when a stray type word follows it
                totals.append((period, n, sent, toks[j].i))
            elif totals and totals[-1][2] is sent and _earlier_total(toks, j):
                # "412 breaches in 2021, up from 350 in 2020"
                totals.append((toks[j + 2].text, n, sent, toks[j].i))
            elif nxt[0] in _ENUM_NOUNS:
                before = None
                if j > prev_end and toks[j - 1].lower_ == "with":
                    # "emails sent to the wrong recipient, with 97 cases"
                    before = _category([sent], toks[prev_end].i, toks[j].i)
                if before:
                    cats.append((period, before, n, sent, toks[j].i))
                    continue
                anaphor = next((_ANAPHORS[t.lower_] for t in toks if t.lower_ in _ANAPHORS), None)
                previous = _categories_in(sents[i - 1]) if i > 0 else []
                if anaphor is not None and previous:
                    cats.append((period, previous[anaphor], n, sent, toks[j].i))
        if "number of" in sent.text.lower() and _is_breach_sentence(sent):
            for m in re.finditer(r"\((\d[\d,]*)\)", sent.text):
                totals.append((period, int(m.group(1).replace(",", "")), sent, None))
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
        # "123 breaches between 2019 and 2021 ... 41 cases of ...": the one span stated.
        spans = Counter(p for p, *_ in totals + [(c[0],) for c in cats] if p and "-" in p)
        default_period = spans.most_common(1)[0][0] if len(spans) == 1 else None
    if default_period is None:
        explicit = Counter(
            int(d.kb_id_) for s in sents for d in s.dates if d.label_ == "year" and s.idx > 0
        )
        default_period = str(explicit.most_common(1)[0][0]) if explicit else None
    if default_period is None:
        return []
    # A headline and its lead repeat the same total: keep one per key, the one of a sentence
    # that names the force ("Essex Police recorded 311") over a general one ("Police forces
    # reported more than 1,000"), else the largest.
    rows: dict[tuple[str, str, str | None], list] = {}
    key: tuple[str, str, str | None]
    best: dict[tuple[str, str, str | None], tuple[bool, int]] = {}
    for period, n, sent, pos in totals:
        key = (_force_at(sent, pos, force), period or default_period, None)
        rank = (_names_force(sent), n)
        if key not in best or rank > best[key]:
            best[key] = rank
            rows[key] = [n, sent]
    # Category counts add up ("five cases of loss of technology, four of missing USB sticks").
    sums: dict[tuple[str, str, str | None], list] = defaultdict(lambda: [0, None])
    for period, category, n, sent, pos in cats:
        key = (_force_at(sent, pos, force), period or default_period, category)
        sums[key][0] += n
        sums[key][1] = sums[key][1] or sent
    rows.update(sums)
    return [
        BreachCount(
            force=row_force,
            period=period,
            breach_type=btype,
            count=count,
            evidence=Evidence("breach_count", str(count), sent.text, sent.start, sent.end),
        )
        for (row_force, period, btype), (count, sent) in rows.items()
    ]


def _names_force(sent: Sent) -> bool:
    return any(not is_passive_mention(sent, m) for m in sent.forces)


def _force_at(sent: Sent, pos: int | None, default: str) -> str:
    """The force a count belongs to: the one named nearest before it in the sentence
    ('Kent Police had 120 breaches, Essex Police 95'), else after it, else the article's."""
    mentions = [m for m in sent.forces if not is_passive_mention(sent, m)]
    if not mentions:
        return default
    if pos is None:
        return mentions[0].label_ if len({m.label_ for m in mentions}) == 1 else default
    before = [m for m in mentions if m.end <= pos]
    if before:
        return before[-1].label_
    return min(mentions, key=lambda m: m.start - pos).label_
