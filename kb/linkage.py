"""When two facts of one force are one incident: the pairwise rules of incident resolution.

Two facts link when
- nothing disagrees and something discriminating agrees (year, type, fine, or a description
  that overlaps), or
- exactly one field disagrees (one outlet dates a breach by its fine, another misprints the
  fine) but the description clearly matches, or two other fields agree.
Related types (kb.dictionary.related_types: a bcc failure and a wrong recipient, a lost
device and lost papers) agree when the descriptions say something alike (at least DIFFERENT):
outlets tell one breach both ways, and a reading of one report must not split the incident.
With descriptions that differ they differ as any two types do (`judge`).
Two facts must never share an incident when they are plainly different breaches (a different
type -- unrelated, or related with a different description -- and a different description, or
a disagreeing field that neither a clear description match nor enough agreeing fields
explain). kb.clustering turns these pairwise verdicts into clusters;
kb.resolve stores them as incidents.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from kb.dictionary import related_types

CLEAR_MATCH = 0.5  # description score at which one disagreeing field is forgiven
CLEAR_WORDS = 0.3  # ... provided the evidence sentences themselves share this much wording
SOME_MATCH = 0.3  # description score that alone links facts with no disagreement
DIFFERENT = 0.12  # description score below which one agreeing field alone does not link
FINE_LAG_YEARS = 2  # a breach year equal to the fine year may stand for a breach this much earlier
EARLY_PAYMENT_RATIO = 0.75  # ICO early-payment discount is 20%: paid/fine >= 0.75 is one fine


@dataclass(frozen=True)
class FactView:
    """The comparable content of one fact, detached from the session."""

    key: str  # content hash of the article : ordinal of the fact
    tiebreak: str  # canonical URL of the article
    row_id: int
    article_id: int
    group: str  # duplicate group of the article (syndicated copies share it)
    force_id: int
    breach_year: int | None
    breach_type: str | None
    regulator_id: int | None
    action: str | None
    fine_amount: int | None
    fine_currency: str | None
    fine_paid: int | None
    fine_year: int | None
    primary: bool
    summary: str
    reported: date | None  # the article's publication date
    terms: frozenset[str]
    words: frozenset[str]
    # breach_date, discovered, reported, decided as the article states them (partial ISO)
    dates: tuple[str | None, str | None, str | None, str | None] = (None, None, None, None)


@dataclass(frozen=True)
class Comparison:
    agree: int  # discriminating fields that agree (year, type, fine)
    disagree: int  # fields present on both sides that differ (year, type, fine, regulator)
    type_differs: bool
    description: float | None  # 0..1, None when either side says nothing about what happened
    words: float | None  # the evidence-word part of `description`

    @property
    def clear(self) -> bool:
        """The same thing happened: not just shared key terms ("laptop", "stolen") but wording."""
        if self.description is None or self.description < CLEAR_MATCH:
            return False
        return self.words is None or self.words >= CLEAR_WORDS

    @property
    def score(self) -> float:
        return self.agree - self.disagree + 2 * (self.description or 0.0)


def compare(a: FactView, b: FactView) -> Comparison:
    """Field-by-field agreement of two facts of the same force, and of their descriptions."""
    return judge(a, b, field_agreement(a, b))


def judge(a: FactView, b: FactView, agreement: tuple[int, int, bool]) -> Comparison:
    """The comparison of a and b, given their `field_agreement`.

    Related types agree in `field_agreement` (fields alone), but only a description that says
    something alike bears that out: a bcc failure and an email to a wrong person whose
    descriptions differ (below DIFFERENT) are plainly different breaches, so their types
    disagree as unrelated types do. A side with nothing said is no evidence either way.
    """
    agree, disagree, type_differs = agreement
    description, words = description_score(a, b)
    if description is not None and description < DIFFERENT and types_related(a, b):
        agree, disagree, type_differs = agree - 1, disagree + 1, True
    return Comparison(agree, disagree, type_differs, description, words)


def types_related(a: FactView, b: FactView) -> bool:
    """Different types that one breach is often told as (kb.dictionary.related_types)."""
    return (
        bool(a.breach_type and b.breach_type)
        and a.breach_type != b.breach_type
        and frozenset((a.breach_type, b.breach_type)) in related_types()
    )


def field_agreement(a: FactView, b: FactView) -> tuple[int, int, bool]:
    """Agreeing and disagreeing fields, and whether the type differs.

    Reads only year, type, fine (amount, paid, year) and regulator: facts equal on those
    compare alike with everything, which lets kb.clustering compare classes, not facts.
    """
    agree = disagree = 0
    if a.breach_year is not None and b.breach_year is not None:
        if a.breach_year == b.breach_year:
            agree += 1
        elif not (_dated_by_fine(a, b) or _dated_by_fine(b, a)):
            disagree += 1
    type_differs = False
    if a.breach_type and b.breach_type:
        if a.breach_type == b.breach_type:
            agree += 1
        elif frozenset((a.breach_type, b.breach_type)) in related_types():
            agree += 1  # one breach told two ways, unless the descriptions differ (`judge`)
        else:
            disagree += 1
            type_differs = True
    if a.fine_amount is not None and b.fine_amount is not None:
        if same_fine(a, b):
            agree += 1
        else:
            disagree += 1
    if (
        a.regulator_id is not None
        and b.regulator_id is not None
        and a.regulator_id != b.regulator_id
    ):
        disagree += 1
    return agree, disagree, type_differs


def _dated_by_fine(a: FactView, b: FactView) -> bool:
    """`a` gives as breach year the year of the fine (b's fine year, or its own, after b's year).

    One outlet dating a breach by its fine is not a disagreement about when it happened.
    """
    assert a.breach_year is not None and b.breach_year is not None
    if a.breach_year == b.fine_year:
        return True
    lag = a.breach_year - b.breach_year  # ICO penalties mostly land one or two years later
    return a.breach_year == a.fine_year and 0 < lag <= FINE_LAG_YEARS


def same_fine(a: FactView, b: FactView) -> bool:
    """Equal, one side's paid amount is the other's fine, or an early-payment reduction."""
    amounts_a = {a.fine_amount, a.fine_paid} - {None}
    amounts_b = {b.fine_amount, b.fine_paid} - {None}
    if amounts_a & amounts_b:
        return True
    low, high = sorted((a.fine_amount or 0, b.fine_amount or 0))
    return high > 0 and low / high >= EARLY_PAYMENT_RATIO


def description_score(a: FactView, b: FactView) -> tuple[float | None, float | None]:
    """How much two facts say the same thing happened: key terms and evidence words.

    Returns the combined score (mean of the key-term overlap and the word cosine, whichever
    both sides have) and the word cosine alone.
    """
    terms = words = None
    if a.terms and b.terms:
        # One shared term ("usb stick") is weak evidence, so never more than half on its own.
        terms = len(a.terms & b.terms) / max(2, min(len(a.terms), len(b.terms)))
    if a.words and b.words:
        words = len(a.words & b.words) / math.sqrt(len(a.words) * len(b.words))
    parts = [p for p in (terms, words) if p is not None]
    return (sum(parts) / len(parts) if parts else None), words


def links(c: Comparison) -> bool:
    """Is this pair evidence enough to put two facts in one incident?"""
    if c.disagree == 0:
        if c.description is not None and c.description >= SOME_MATCH:
            return True
        if c.agree >= 2:
            return True
        return c.agree == 1 and (c.description is None or c.description >= DIFFERENT)
    if c.disagree == 1:
        return c.clear or (c.agree >= 2 and (c.description or 0.0) >= DIFFERENT)
    return False


def forbids(c: Comparison) -> bool:
    """Facts that must not end up in one incident, however a chain of links would join them.

    Different type (unrelated, or related with a different description: `judge`) and
    different description are plainly different breaches; any other disagreement
    that the pair itself does not justify (by a clear description match or enough agreement)
    is too, so a vague fact cannot bridge two incidents by being compatible with both.
    """
    if c.type_differs and not c.clear and (c.description is None or c.description < SOME_MATCH):
        return True
    return c.disagree >= 1 and not c.clear and not links(c)
