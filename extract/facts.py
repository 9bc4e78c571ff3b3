"""Field-level rules: which money is a fine, which year is the breach year, which type.

Each function looks at a list of sentences already attributed to one incident and returns
the value with the sentence that supports it. Cue lists live in `extract/data/cues.toml`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span

from extract.datafiles import load_toml
from extract.sentences import Sent, cue_after, cue_before, is_modal, numbers_table

_STATUTE_WORDS = {"act", "regulations", "regulation", "directive", "bill", "order", "rules"}
_YEARS_AFTER_RE = re.compile(
    r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+(?:after|later)\b",
    re.IGNORECASE,
)
_CONVERSION_GAP_RE = re.compile(r"^\s*\(\s*(?:about|around|approximately|c\.|roughly)?\s*$")


@dataclass
class Found:
    """A field value and the sentence it came from."""

    value: object
    sent: Sent


# ---------------------------------------------------------------- money


def fine_cues(sent: Sent) -> list[Span]:
    return [c for c in sent.cues.get("money.fine", []) if not is_modal(sent, c)]


def classify_money(sent: Sent, span: Span, has_regulator: bool) -> str:
    """'fine', 'paid', 'maximum' or 'other' for one amount in its sentence."""
    if span.label_ == "foreign":
        return "other"
    prev = [m for m in sent.money if m.end <= span.start]
    gap = sent.text[prev[-1].end_char - sent.start : span.start_char - sent.start] if prev else ""
    if prev and _CONVERSION_GAP_RE.match(gap):
        return "other"  # "£150,000 ($194,000)": a conversion, not a second amount
    if cue_before(sent, "money.maximum", span.start, 4) or cue_after(
        sent, "money.maximum", span.end, 2
    ):
        return "maximum"
    if cue_before(sent, "money.paid", span.start, 4) or cue_after(sent, "money.paid", span.end, 5):
        return "paid"
    fines = fine_cues(sent)
    if span.label_ != "bare" and any(span.end <= c.start <= span.end + 1 for c in fines):
        return "fine"  # "ordered to pay a £80,000 fine": the fine word settles it
    if cue_before(sent, "money.not_penalty", span.start, 3) or cue_after(
        sent, "money.not_penalty", span.end, 2
    ):
        return "other"
    if sent.has("money.court") and not has_regulator:
        return "other"  # a court fine on an individual officer
    if not fines:
        return "other"
    if span.label_ == "bare":
        return "fine" if _next_to_fine_word(span, fines) else "other"
    return "fine"


def _next_to_fine_word(span: Span, fines: list[Span]) -> bool:
    """'a 100,000 fine', 'fines of between 80,000 and ...': only glue words in between."""
    glue = set(load_toml("cues.toml")["money_glue"]["between"])
    doc = span.doc
    for cue in fines:
        if cue.end <= span.start and all(t.lower_ in glue for t in doc[cue.end : span.start]):
            return True
        if cue.start >= span.end and all(t.lower_ in glue for t in doc[span.end : cue.start]):
            return True
    return False


def amounts(sents: list[Sent], kind: str, has_regulator: bool) -> list[Found]:
    out = []
    for sent in sents:
        for span in sent.money:
            if classify_money(sent, span, has_regulator or bool(sent.regulators)) == kind:
                out.append(Found(int(span.kb_id_), sent))
    return out


def most_common(found: list[Found]) -> Found | None:
    """The value said most often (a headline and its lead repeat the true fine)."""
    if not found:
        return None
    counts = Counter(f.value for f in found)
    best = max(counts.values())
    return next(f for f in found if counts[f.value] == best)


# ---------------------------------------------------------------- actions


def regulator_near(sent: Sent, cue: Span, before: int, after: int) -> bool:
    """A regulator named shortly before the cue (with no force in between) or after it."""
    others = [*sent.forces, *sent.cues.get("roles.organisation", [])]
    for r in sent.regulators:
        if cue.start - before <= r.end <= cue.start and not any(
            r.end <= o.start < cue.start for o in others
        ):
            return True
        if cue.end <= r.start <= cue.end + after:
            return True
    return False


def _carried_out_by(sent: Sent, cue: Span, window: int = 10) -> str | None:
    """'an investigation ... carried out by the National Crime Agency': the body after 'by'
    runs it -- "regulator", "other" (a force or another body) or None when no 'by <body>'."""
    doc = cue.doc
    bodies = [*sent.regulators, *sent.forces, *sent.cues.get("roles.organisation", [])]
    for i in range(cue.end, min(cue.end + window, sent.span.end)):
        if doc[i].lower_ != "by":
            continue
        named = sorted((b for b in bodies if i < b.start <= i + 3), key=lambda b: b.start)
        if named:
            first = named[0].start
            return "regulator" if any(r.start == first for r in sent.regulators) else "other"
    return None


def actions_in(sent: Sent, require_regulator: bool = True) -> list[tuple[str, Span]]:
    """Actions a sentence reports as done. Investigations and referrals must involve a
    regulator ('the ICO's investigation', 'referred the matter to the ICO'), so a force's
    internal investigation is not a regulator's action."""
    order = load_toml("actions.toml")["severity"]
    out = []
    for action in order:
        for cue in sent.cues.get(f"actions.{action}", []):
            if is_modal(sent, cue):
                continue
            if action == "monetary_penalty" and sent.has("money.court") and not sent.regulators:
                continue  # a court fine on an individual, not a regulator's penalty
            if action == "investigation":
                runner = _carried_out_by(sent, cue)
                if runner == "other":
                    continue  # a regulator named elsewhere does not make it the regulator's
                near = runner == "regulator" or regulator_near(sent, cue, 12, 4)
                if require_regulator and not near:
                    continue
                if cue.start > 0 and cue.doc[cue.start - 1].lower_ in {"internal", "own"}:
                    continue
            if action == "referral" and require_regulator and not regulator_near(sent, cue, 0, 8):
                continue
            out.append((action, cue))
    return out


def first_person_action(sents: list[Sent]) -> Found | None:
    """'We have reprimanded X': a regulator's own release. The implied regulator (data)."""
    for sent in sents:
        for _, cue in actions_in(sent, require_regulator=False):
            if cue_before(sent, "voice.first_person", cue.start, 2):
                return Found(load_toml("cues.toml")["voice"]["implied_regulator"], sent)
    return None


def best_action(sents: list[Sent]) -> Found | None:
    order = load_toml("actions.toml")["severity"]
    found = [Found(a, s) for s in sents for a, _ in actions_in(s)]
    if not found:
        return None
    # Most severe first; among equals, a sentence that names the regulator.
    return min(found, key=lambda f: (order.index(f.value), not f.sent.regulators))


# ---------------------------------------------------------------- years


_ROLE_SCORE = {"event": 3.0, "discovery": 1.0, "neutral": 0.0}
_CONDITIONAL_ROLES = {"notify", "investigation"}  # count only with a regulator in the sentence
_YEAR_ROLES = ("event", "discovery", "fine", "system", "complaint", "notify", "investigation")


def _followed_by_when(span: Span) -> bool:
    doc = span.doc
    return any(t.lower_ == "when" for t in doc[span.end : min(span.end + 2, len(doc))])


def _describes_breach(sent: Sent) -> bool:
    """A sentence with a strong breach-type cue or a loss cue (its years are candidates)."""
    return any(c.kb_id_ in {"strong", "loss"} for c in sent.types)


def _is_statute(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ in _STATUTE_WORDS


def _after_since(span: Span) -> bool:
    """'since 2009', 'since July 2009': when a practice began, not a breach."""
    doc = span.doc
    for i in range(span.start - 1, max(span.start - 4, -1), -1):
        word = doc[i].lower_
        if word == "since":
            return True
        if not (doc[i].is_digit or doc[i].is_title or doc[i].is_punct):
            return False
    return False


def year_role(sent: Sent, span: Span, prev: Sent | None) -> str:
    """The role of the cue governing the year: event, discovery, fine, system, ... or neutral.

    A year mostly modifies the phrase before it ("fined £60,000 in 2017 over lost papers",
    "abandoned in 2009"), so the nearest cue before the year wins; only a year with no cue
    before it ("On 18 June 2015 an officer sent ...") takes the nearest cue after it.
    """
    before: tuple[int, str] | None = None
    after: tuple[int, str] | None = None
    for role in _YEAR_ROLES:
        if role in _CONDITIONAL_ROLES and not sent.regulators:
            continue
        for cue in sent.cues.get(f"dates.{role}", []):
            if cue.end <= span.start:
                dist = span.start - cue.end
                if before is None or dist < before[0]:
                    before = (dist, role)
            elif cue.start >= span.end:
                dist = cue.start - span.end
                if after is None or dist < after[0]:
                    after = (dist, role)
    if before is not None:
        return before[1]
    if after is not None:
        return after[1]
    if prev is not None and len(sent.span) <= 8:
        # A bare "When 19 March 2014." line takes its role from the line before it.
        if fine_cues(prev) or actions_in(prev):
            return "fine"
        if prev.cues.get("dates.event"):
            return "event"
    return "neutral"


def resolve_relative(phrase: str, published: date | None) -> int | None:
    """'last year', 'two years ago' against the publication date (dateparser, short span)."""
    if published is None:
        return None
    import datetime as dt

    import dateparser  # slow to import: only when an article has a relative date

    base = dt.datetime(published.year, published.month, published.day)
    lowered = phrase.lower()
    if "this year" in lowered:
        return published.year
    if "previous year" in lowered or "year before" in lowered:
        return published.year - 1
    parsed = dateparser.parse(phrase, settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
    return parsed.year if parsed else None


def year_candidates(
    sents: list[Sent], all_sents: list[Sent], published: date | None
) -> tuple[dict[int, float], dict[int, Sent], list[Found]]:
    """Breach-year scores, the sentence of each candidate, and fine years found on the way."""
    scores: dict[int, float] = defaultdict(float)
    where: dict[int, Sent] = {}
    fine_years: list[Found] = []
    for sent in sents:
        if sent.has("dates.advert") or sent.is_dateline():
            continue
        prev = all_sents[sent.idx - 1] if sent.idx > 0 else None
        for span in sent.dates:
            if span.kb_id_ == "decade" or _is_statute(span) or _after_since(span):
                continue
            year = (
                resolve_relative(span.kb_id_, published)
                if span.label_ == "relative"
                else int(span.label_)
            )
            if year is None or (published and year > published.year):
                continue
            role = year_role(sent, span, prev)
            if role == "fine":
                fine_years.append(Found(year, sent))
                if not _followed_by_when(span):
                    continue
                role = "event"  # "fined in 2017 when the stick was stolen": same year
            score = _ROLE_SCORE.get(role, 0.0)
            if role == "neutral" and _describes_breach(sent):
                score = _ROLE_SCORE["discovery"]
            if not score:
                continue
            m = _YEARS_AFTER_RE.search(sent.text)
            if m and role in {"discovery", "neutral"}:
                gap = _number(m.group(1))
                if gap:
                    year, score = year - gap, _ROLE_SCORE["event"]
            scores[year] += score
            where.setdefault(year, sent)
    return scores, where, fine_years


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return numbers_table().get(word.lower())


def breach_and_fine_year(
    sents: list[Sent], all_sents: list[Sent], published: date | None
) -> tuple[Found | None, Found | None]:
    """The breach year (best-scoring candidate) and the fine year, from one candidate pass."""
    scores, where, fines = year_candidates(sents, all_sents, published)
    fine = fines[0] if fines else None
    if not scores:
        return None, fine
    best = max(scores.values())
    year = min(y for y, s in scores.items() if s == best)
    return Found(year, where[year]), fine


def fine_year(sents: list[Sent], all_sents: list[Sent], published: date | None) -> Found | None:
    _, _, fines = year_candidates(sents, all_sents, published)
    return fines[0] if fines else None


# ---------------------------------------------------------------- breach types


def _type_data() -> dict:
    return load_toml("breach_types.toml")


def type_scores(sents: list[Sent], title_weight: float = 1.5) -> dict[str, float]:
    """Points per taxonomy code; weights documented in breach_types.toml."""
    scores: dict[str, float] = defaultdict(float)
    for sent in sents:
        weight = title_weight if sent.idx == 0 else 1.0
        has_loss = any(c.label_ == "_loss" for c in sent.types)
        for cue in sent.types:
            if cue.label_ == "_loss":
                continue
            strength = cue.kb_id_
            points = 3.0 if strength == "strong" else 1.0 if strength == "weak" else 0.5
            if strength == "objects" and has_loss:
                points = 3.0
            # A headline's nouns ("lost witness files") are vaguer than its verbs.
            w = 1.0 if strength == "objects" else weight
            scores[cue.label_] += points * w * _specificity(cue.label_)
    return scores


def _specificity(code: str) -> float:
    return float(_type_data()["types"].get(code, {}).get("specificity", 1.0))


def best_type(sents: list[Sent], minimum: float = 2.0) -> Found | None:
    """The best-scoring code; a single weak cue ("website") is not enough by default."""
    scores = type_scores(sents)
    if not scores:
        return None
    order = list(_type_data()["types"])
    best = max(scores.values())
    if best < minimum:
        return None
    code = min((c for c, s in scores.items() if s == best), key=order.index)
    where = max(
        sents,
        key=lambda s: sum(1 for c in s.types if c.label_ == code),
    )
    return Found(code, where)


def key_terms(sents: list[Sent], code: str | None, limit: int = 8) -> list[str]:
    """Normalised nouns of what happened, from the sentences that describe the breach
    (those with a cue of its type, or any breach cue when the type is unknown)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for sent in sents:
        if not any(c.label_ == code or code is None for c in sent.types if c.label_ != "_loss"):
            continue
        for span in sent.terms:
            counts[span.label_] += 1
            first.setdefault(span.label_, span.start)
    ranked = sorted(counts, key=lambda t: (-counts[t], first[t]))
    return ranked[:limit]
