"""Incident resolution: cluster article facts (`IncidentSource` rows) into real-world incidents.

Deterministic and independent of load order: facts are identified by `content_hash:ordinal`
of their article (never by row id), compared pairwise within one force, and merged greedily
from the strongest link down, ties broken by fact key. Two facts link when they agree on the
force and
- nothing disagrees and something discriminating agrees (year, type, fine, or a description
  that overlaps), or
- exactly one field disagrees (one outlet dates a breach by its fine, another misprints the
  fine) but the description clearly matches, or two other fields agree.
Clusters never merge when that would put together facts of one article, or two facts that are
plainly different breaches (different type and different description, or a disagreeing field
that neither a clear description match nor enough agreeing fields explain): complete linkage on
conflicts, so a vague fact compatible with two incidents cannot chain them together.

Facts with no force, and facts of articles judged not relevant, are left without an incident:
an incident without a force cannot be matched to other reports nor answer "how many breaches
did this force have", and the fact rows stay on their article with their evidence.

Syndicated copies (`articles.duplicate_of`) are sources of the incident, but every group of
copies counts once in votes and in the confidence.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from spacy.lang.en.stop_words import STOP_WORDS
from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from kb.locks import lock_forces
from kb.models import Article, EnforcementAction, EvidenceRow, Force, Incident, IncidentSource
from kb.rollups import fill_rollups

# Words every report of a police data breach uses: they say nothing about which breach it is.
GENERIC_WORDS = frozenset(
    """police force forces constabulary service officer officers chief constable data breach
    breaches information commissioner commissioner's office ico fined fine fines penalty
    monetary pound pounds data protection act gdpr said says told today year years reprimand
    reprimanded issued incident personal people statement spokesperson spokesman million
    following after regulator watchdog""".split()  # noqa: SIM905 - a word list reads better
)
CLEAR_MATCH = 0.5  # description score at which one disagreeing field is forgiven
CLEAR_WORDS = 0.3  # ... provided the evidence sentences themselves share this much wording
SOME_MATCH = 0.3  # description score that alone links facts with no disagreement
DIFFERENT = 0.12  # description score below which one agreeing field alone does not link
FINE_LAG_YEARS = 2  # a breach year equal to the fine year may stand for a breach this much earlier
EARLY_PAYMENT_RATIO = 0.75  # ICO early-payment discount is 20%: paid/fine >= 0.75 is one fine

T = TypeVar("T")
_TOKEN = re.compile(r"[a-z][a-z'-]{2,}")


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
    """Field-by-field agreement of two facts of the same force."""
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
    return Comparison(agree, disagree, type_differs, *description_score(a, b))


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

    Different type and description are plainly different breaches; any other disagreement
    that the pair itself does not justify (by a clear description match or enough agreement)
    is too, so a vague fact cannot bridge two incidents by being compatible with both.
    """
    if c.type_differs and not c.clear and (c.description is None or c.description < SOME_MATCH):
        return True
    return c.disagree >= 1 and not c.clear and not links(c)


EXHAUSTIVE_UP_TO = 300  # facts of one force compared all pairs with all pairs; above, blocked
FINE_BUCKET = math.log(1 / EARLY_PAYMENT_RATIO)  # amounts within the ratio: same or next bucket
RARE_TOKEN = 100  # a description token shared by more facts than this blocks nothing


def candidate_pairs(facts: list[FactView]) -> set[tuple[int, int]]:
    """Pairs worth comparing, found by blocking instead of comparing all n² pairs.

    Two facts of a force link when two fields agree and none disagrees, or when their
    descriptions overlap. So the blocks are: year and type; the fine (same or neighbouring
    log-bucket, which holds every pair within the early-payment ratio) with the year or with
    the type; and each key term or evidence word rare enough in the force (at most RARE_TOKEN
    facts) to say which breach it is. Blocks stay small as a force grows, so the pairs grow
    about linearly; a pair whose only overlap is in words common to the force is not compared.
    """
    blocks: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, f in enumerate(facts):
        if f.breach_year is not None and f.breach_type:
            blocks[("yt", f.breach_year, f.breach_type)].append(i)
        for amount in {f.fine_amount, f.fine_paid} - {None, 0}:
            bucket = int(math.log(amount) / FINE_BUCKET)  # type: ignore[arg-type]
            # The fine with the year or the type: two agreeing fields link with no shared
            # word; the fine alone links only with shared words, found by the word blocks.
            for b in (bucket, bucket + 1):
                blocks[("fine-year", b, f.breach_year)].append(i)
                blocks[("fine-type", b, f.breach_type)].append(i)
        for term in f.terms:
            blocks[("term", term)].append(i)
        for word in f.words:
            blocks[("word", word)].append(i)
    pairs: set[tuple[int, int]] = set()
    for key, members in blocks.items():
        if key[0] in ("term", "word") and len(members) > RARE_TOKEN:
            continue
        unique = sorted(set(members))
        for x, i in enumerate(unique):
            for j in unique[x + 1 :]:
                pairs.add((i, j))
    return pairs


def cluster(facts: list[FactView]) -> list[list[FactView]]:
    """Greedy agglomerative clustering with cannot-link constraints; deterministic.

    Up to EXHAUSTIVE_UP_TO facts every pair is compared; a larger force (a backfill gives one
    tens of thousands) compares the blocked `candidate_pairs` only. Cannot-link checks are
    made when two clusters are about to merge, and remembered, so they cost nothing for the
    pairs that never meet.
    """
    facts = sorted(facts, key=_order_key)
    n = len(facts)
    parent = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    forbidden: dict[tuple[int, int], bool] = {}
    candidates: list[tuple[float, str, str, int, int]] = []
    if n <= EXHAUSTIVE_UP_TO:
        pairs: Iterable[tuple[int, int]] = ((i, j) for i in range(n) for j in range(i + 1, n))
    else:
        pairs = sorted(candidate_pairs(facts))
    for i, j in pairs:
        a, b = facts[i], facts[j]
        if a.article_id == b.article_id:
            forbidden[(i, j)] = True
            continue
        c = compare(a, b)
        forbidden[(i, j)] = forbids(c)
        if not forbidden[(i, j)] and links(c):
            candidates.append((-c.score, a.key, b.key, i, j))
    candidates.sort()

    def is_forbidden(x: int, y: int) -> bool:
        pair = (min(x, y), max(x, y))
        if pair not in forbidden:
            a, b = facts[pair[0]], facts[pair[1]]
            forbidden[pair] = a.article_id == b.article_id or forbids(compare(a, b))
        return forbidden[pair]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _, _, _, i, j in candidates:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        if any(is_forbidden(x, y) for x in members[ri] for y in members[rj]):
            continue
        keep, gone = min(ri, rj), max(ri, rj)
        parent[gone] = keep
        members[keep].extend(members.pop(gone))
    clusters = [[facts[i] for i in sorted(m)] for m in members.values()]
    return sorted(clusters, key=lambda c: _order_key(c[0]))


def _order_key(fact: FactView) -> tuple[str, str]:
    # Exact copies at two URLs share fact keys; the canonical URL orders them, not the row id.
    return fact.key, fact.tiebreak


def resolution_keys(clusters: list[list[FactView]]) -> list[str]:
    """Each cluster's smallest fact key, made unique (`#2`...) when exact copies split."""
    seen: dict[str, int] = defaultdict(int)
    keys = []
    for facts in clusters:
        base = facts[0].key
        seen[base] += 1
        keys.append(base if seen[base] == 1 else f"{base}#{seen[base]}")
    return keys


def resolve_incidents(session: Session, force_ids: set[int] | None = None) -> None:
    """Rebuild the incidents of `force_ids` (every force when None) from their facts."""
    scope = _locked_scope(session, force_ids)
    facts = _load_facts(session, scope)
    by_force: dict[int, list[FactView]] = defaultdict(list)
    for fact in facts:
        by_force[fact.force_id].append(fact)
    clusters = [c for force in sorted(by_force) for c in cluster(by_force[force])]

    existing = _existing_incidents(session, scope)
    # Every fact is a scoped row: one query, not one `get` per fact, and reused at the end.
    rows = {row.id: row for row in _scoped_rows(session, scope)}
    keys = resolution_keys(clusters)
    assigned = _assign_incidents(clusters, keys, existing, rows)
    by_members = {tuple(f.row_id for f in c): (c, k) for c, k in zip(clusters, keys, strict=True)}
    for incident in existing.values():
        if incident.id not in {i.id for i in assigned.values() if i.id is not None}:
            for source in list(incident.sources):
                source.incident = None
            session.delete(incident)
    session.flush()
    # Two-step key update: a reused incident may take a key another row still holds.
    for incident in assigned.values():
        if incident.id is not None:
            incident.resolution_key = f"~{incident.id}"
    session.flush()
    for members, incident in assigned.items():
        cluster_facts, key = by_members[members]
        _fill_incident(incident, cluster_facts, key)
        if incident.id is None:
            session.add(incident)
        for fact in cluster_facts:
            rows[fact.row_id].incident = incident
    # Facts in scope that resolve to nothing (no force, off-topic article) keep no incident.
    resolved = {f.row_id for f in facts}
    for row in rows.values():
        if row.id not in resolved and row.incident_id is not None:
            row.incident = None
    session.flush()


def _locked_scope(session: Session, force_ids: set[int] | None) -> set[int] | None:
    """The closed scope, with every force in it locked against other resolvers (PostgreSQL);
    widened again when another resolver linked more forces while we waited."""
    locked: set[int] = set()
    while True:
        scope = _closed_scope(session, force_ids)
        wanted = set(session.scalars(select(Force.id))) if scope is None else scope
        if wanted <= locked:
            return scope
        if not lock_forces(session, wanted - locked):
            return scope  # SQLite: this transaction is the only writer
        locked |= wanted
        session.flush()
        session.expire_all()  # rows other resolvers committed while we waited


def _closed_scope(session: Session, force_ids: set[int] | None) -> set[int] | None:
    """The forces to rebuild, widened to forces whose incidents share facts with them."""
    if force_ids is None:
        return None
    scope = set(force_ids)
    while True:
        linked = session.execute(
            select(IncidentSource.force_id, Incident.force_id)
            .join(Incident, IncidentSource.incident_id == Incident.id)
            .where(or_(IncidentSource.force_id.in_(scope), Incident.force_id.in_(scope)))
        ).all()
        wider = scope | {f for pair in linked for f in pair if f is not None}
        if wider == scope:
            return scope
        scope = wider


def _scoped_rows(session: Session, scope: set[int] | None) -> Iterable[IncidentSource]:
    query = select(IncidentSource)
    if scope is not None:
        query = query.where(IncidentSource.force_id.in_(scope))
    return session.scalars(query)


def _load_facts(session: Session, scope: set[int] | None) -> list[FactView]:
    query = (
        select(IncidentSource, Article)
        .join(Article, IncidentSource.article_id == Article.id)
        .where(IncidentSource.force_id.is_not(None), Article.relevant.is_(True))
    )
    if scope is not None:
        query = query.where(IncidentSource.force_id.in_(scope))
    pairs = session.execute(query).all()
    groups = _duplicate_groups(session, {a.id for _, a in pairs})
    evidence: dict[int, list[str]] = defaultdict(list)
    row_ids = [row.id for row, _ in pairs]
    for chunk in range(0, len(row_ids), 500):
        for source_id, sentence in session.execute(
            select(EvidenceRow.incident_source_id, EvidenceRow.sentence).where(
                EvidenceRow.incident_source_id.in_(row_ids[chunk : chunk + 500])
            )
        ):
            evidence[source_id].append(sentence)
    force_words = _force_words(session, {row.force_id for row, _ in pairs if row.force_id})
    views = []
    for row, article in pairs:
        assert row.force_id is not None  # the query keeps facts with a force only
        # Publication dates only: a load or fetch date says nothing about the incident and
        # would make resolution depend on when the corpus was loaded.
        reported = article.published_at
        text = " ".join([row.summary or "", *sorted(set(evidence[row.id]))])
        views.append(
            FactView(
                key=f"{article.content_hash}:{row.ordinal:04d}",
                tiebreak=article.canonical_url,
                row_id=row.id,
                article_id=article.id,
                group=groups[article.id],
                force_id=row.force_id,
                breach_year=row.breach_year,
                breach_type=row.breach_type,
                regulator_id=row.regulator_id,
                action=row.action,
                fine_amount=row.fine_amount,
                fine_currency=row.fine_currency,
                fine_paid=row.fine_paid,
                fine_year=row.fine_year,
                primary=row.mention != "passing",
                summary=row.summary or "",
                reported=reported,
                dates=(row.breach_date, row.discovered, row.reported, row.decided),
                terms=frozenset(t.casefold().strip() for t in row.key_terms or [] if t.strip()),
                words=_content_words(text, force_words.get(row.force_id, frozenset())),
            )
        )
    return views


def _content_words(text: str, force_words: frozenset[str]) -> frozenset[str]:
    words = _TOKEN.findall(text.casefold().replace("\u2019", "'"))
    return frozenset(
        _stem(w)
        for w in words
        if w not in STOP_WORDS and w not in GENERIC_WORDS and w not in force_words
    )


def _stem(word: str) -> str:
    """Fold possessives and plurals ("witnesses", "detective's") so outlets' wording meets."""
    word = word.removesuffix("'s").rstrip("'")
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _force_words(session: Session, force_ids: set[int]) -> dict[int, frozenset[str]]:
    """Words of each force's name and aliases: shared by all its reports, so not evidence."""
    result = {}
    for force in session.scalars(select(Force).where(Force.id.in_(force_ids))):
        names = " ".join([force.name, *(force.aliases or [])]).casefold()
        result[force.id] = frozenset(_TOKEN.findall(names))
    return result


def _duplicate_groups(session: Session, article_ids: set[int]) -> dict[int, str]:
    """Label each article with its syndication group (copies linked by `duplicate_of`)."""
    parent: dict[int, int] = {}
    hashes: dict[int, str] = {}
    frontier = set(article_ids)
    while frontier:
        rows = session.execute(
            select(Article.id, Article.duplicate_of, Article.content_hash).where(
                Article.id.in_(frontier)
            )
        ).all()
        frontier = set()
        for article_id, dup, text_hash in rows:
            hashes[article_id] = text_hash
            if dup is not None:
                parent[article_id] = dup
                if dup not in hashes:
                    frontier.add(dup)

    def root(i: int) -> int:
        seen = {i}
        while i in parent and parent[i] not in seen:
            i = parent[i]
            seen.add(i)
        return i

    members: dict[int, list[int]] = defaultdict(list)
    for article_id in hashes:
        members[root(article_id)].append(article_id)
    # Label by content, not by id, so the label does not depend on which copy came first.
    label = {r: min(hashes[m] for m in ms) for r, ms in members.items()}
    return {a: label[root(a)] for a in article_ids}


def _existing_incidents(session: Session, scope: set[int] | None) -> dict[str, Incident]:
    query = select(Incident).options(selectinload(Incident.enforcement_actions))
    if scope is not None:
        linked = select(IncidentSource.incident_id).where(IncidentSource.force_id.in_(scope))
        query = query.where(or_(Incident.force_id.in_(scope), Incident.id.in_(linked)))
    return {i.resolution_key: i for i in session.scalars(query)}


def _assign_incidents(
    clusters: list[list[FactView]],
    keys: list[str],
    existing: dict[str, Incident],
    rows: dict[int, IncidentSource],
) -> dict[tuple[int, ...], Incident]:
    """Reuse the row with the same resolution key, else the row most members point at."""
    by_id = {i.id: i for i in existing.values()}
    claimed: set[int] = set()
    result: dict[tuple[int, ...], Incident] = {}
    pending = []
    for facts, key in zip(clusters, keys, strict=True):
        members = tuple(f.row_id for f in facts)
        found = existing.get(key)
        if found is not None:
            claimed.add(found.id)
            result[members] = found
        else:
            pending.append((members, facts, key))
    for members, facts, key in pending:
        votes: dict[int, int] = defaultdict(int)
        for f in facts:
            row = rows[f.row_id]
            if row.incident_id in by_id and row.incident_id not in claimed:
                votes[row.incident_id] += 1
        if votes:
            best = min(votes, key=lambda i: (-votes[i], i))
            claimed.add(best)
            result[members] = by_id[best]
        else:
            result[members] = Incident(resolution_key=key)
    return result


def _weights(facts: list[FactView]) -> dict[int, float]:
    """Each group of syndicated copies has one vote, shared by its facts; passing mentions half."""
    per_group: dict[str, int] = defaultdict(int)
    for f in facts:
        per_group[f.group] += 1
    return {f.row_id: (1.0 if f.primary else 0.5) / per_group[f.group] for f in facts}


def vote(values: Iterable[tuple[T | None, float]], prefer_high: bool = False) -> T | None:
    """Weighted majority of the non-missing values; ties go to the smallest (or largest) value."""
    totals: dict[T, float] = defaultdict(float)
    for value, weight in values:
        if value is not None:
            totals[value] += weight
    if not totals:
        return None
    sign = -1 if prefer_high else 1
    return min(totals, key=lambda v: (-round(totals[v], 9), sign * _order(v), str(v)))


def _order(value: object) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


def _fill_incident(incident: Incident, facts: list[FactView], key: str) -> None:
    w = _weights(facts)
    incident.resolution_key = key
    incident.force_id = facts[0].force_id
    incident.breach_year = vote((f.breach_year, w[f.row_id]) for f in facts)
    incident.breach_type = vote((f.breach_type, w[f.row_id]) for f in facts)
    dates = [f.reported for f in facts if f.reported is not None]
    incident.first_reported = min(dates) if dates else None
    _fill_dates(incident, facts, w)
    incident.summary = _summary(facts, incident.breach_type)
    incident.confidence = _confidence(facts, w, incident)
    _fill_actions(incident, facts, w)
    fill_rollups(incident, (f.article_id for f in facts))


DATE_PRECISION = {4: "year", 7: "month", 10: "day"}


def _vote_date(values: list[tuple[str | None, float]], year: int | None = None) -> str | None:
    """Partial ISO dates voted level by level: the year most sources support, then the month
    most of those sources give, then the day; so one precise source refines the majority's
    year instead of being outvoted by sources that give only the year. A breach date must fall
    in the incident's voted year when there is one."""
    dated = [(v, wt) for v, wt in values if v and (year is None or v[:4] == str(year))]
    chosen = ""
    for size in (4, 7, 10):
        totals: dict[str, float] = defaultdict(float)
        for value, weight in dated:
            if len(value) >= size and value.startswith(chosen):
                totals[value[:size]] += weight
        if not totals:
            break
        chosen = min(totals, key=lambda v: (-round(totals[v], 9), v))
    return chosen or None


def _fill_dates(incident: Incident, facts: list[FactView], w: dict[int, float]) -> None:
    for i, name in enumerate(("breach_date", "discovered", "reported", "decided")):
        year = incident.breach_year if name == "breach_date" else None
        setattr(incident, name, _vote_date([(f.dates[i], w[f.row_id]) for f in facts], year))
    incident.breach_date_precision = (
        DATE_PRECISION.get(len(incident.breach_date)) if incident.breach_date else None
    )


def _summary(facts: list[FactView], breach_type: str | None) -> str | None:
    with_text = [f for f in facts if f.summary]
    if not with_text:
        return None
    best = min(
        with_text,
        key=lambda f: (
            not f.primary,
            f.breach_type != breach_type,
            f.reported or date.max,
            _order_key(f),
        ),
    )
    return best.summary


def _confidence(facts: list[FactView], w: dict[int, float], incident: Incident) -> float:
    """More independent sources and more agreement between them: higher confidence."""
    groups = len({f.group for f in facts})
    base = 1 - 0.5**groups
    shares = []
    for field, value in (
        ("breach_year", incident.breach_year),
        ("breach_type", incident.breach_type),
    ):
        present = [(getattr(f, field), w[f.row_id]) for f in facts if getattr(f, field) is not None]
        if present:
            total = sum(weight for _, weight in present)
            shares.append(sum(weight for v, weight in present if v == value) / total)
    agreement = sum(shares) / len(shares) if shares else 0.5
    primary = 1.0 if any(f.primary for f in facts) else 0.8
    return round(base * (0.5 + 0.5 * agreement) * primary, 3)


def _fill_actions(incident: Incident, facts: list[FactView], w: dict[int, float]) -> None:
    """One enforcement action per distinct (regulator, action), by weighted vote."""
    regulator = vote((f.regulator_id, w[f.row_id]) for f in facts)
    by_action: dict[tuple[int | None, str], list[FactView]] = defaultdict(list)
    for f in facts:
        action = f.action or ("monetary_penalty" if f.fine_amount is not None else None)
        if action is None or action == "none":
            continue
        by_action[(f.regulator_id if f.regulator_id is not None else regulator, action)].append(f)
    current = {(a.regulator_id, a.action): a for a in incident.enforcement_actions}
    keep = []
    for (regulator_id, action), members in sorted(
        by_action.items(), key=lambda kv: (kv[0][0] or 0, kv[0][1])
    ):
        row = current.pop((regulator_id, action), None) or EnforcementAction(
            regulator_id=regulator_id, action=action
        )
        amount, paid = _fine(members, w)
        row.amount = amount
        row.amount_paid = paid
        row.currency = vote((f.fine_currency, w[f.row_id]) for f in members) or (
            "GBP" if amount is not None else None
        )
        row.year = vote((f.fine_year, w[f.row_id]) for f in members)
        keep.append(row)
    incident.enforcement_actions = keep


def _fine(members: list[FactView], w: dict[int, float]) -> tuple[int | None, int | None]:
    """The fine and the amount paid, folding amounts that are another report's paid figure."""
    paid_of: dict[int, int] = {
        f.fine_paid: f.fine_amount for f in members if f.fine_paid and f.fine_amount
    }
    amounts = {f.fine_amount for f in members if f.fine_amount is not None}
    for value in amounts:  # a report giving only the discounted figure as "the fine"
        bigger = [a for a in amounts if a > value and value / a >= EARLY_PAYMENT_RATIO]
        if value not in paid_of and bigger and value not in paid_of.values():
            paid_of[value] = min(bigger)
    folded = [
        (paid_of.get(f.fine_amount, f.fine_amount) if f.fine_amount else None, w[f.row_id])
        for f in members
    ]
    amount = vote(folded, prefer_high=True)
    paid_votes: list[tuple[int | None, float]] = [(f.fine_paid, w[f.row_id]) for f in members]
    paid_votes += [(f.fine_amount, w[f.row_id]) for f in members if f.fine_amount in paid_of]
    paid = vote(paid_votes, prefer_high=True)
    if paid is not None and amount is not None and paid == amount:
        paid = None
    return amount, paid
