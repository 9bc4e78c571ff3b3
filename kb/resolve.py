"""Incident resolution: cluster article facts (`IncidentSource` rows) into real-world incidents.

Deterministic and independent of load order: facts are identified by `content_hash:ordinal`
of their article (never by row id), and within one force merged greedily from the strongest
link down, ties broken by fact key. When two facts link, and when they must never share an
incident, is kb.linkage's to say; clusters never merge when that would put together two facts
that must not (complete linkage on conflicts, so a vague fact compatible with two incidents
cannot chain them together). kb.clustering does the clustering at a cost near linear in a
force's facts.

Facts with no force, and facts of articles judged not relevant, are left without an incident:
an incident without a force cannot be matched to other reports nor answer "how many breaches
did this force have", and the fact rows stay on their article with their evidence.

Syndicated copies (`articles.duplicate_of`) are sources of the incident, but every group of
copies counts once in votes and in the confidence.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache
from pathlib import Path
from typing import NamedTuple, TypeVar

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from kb.clustering import Stats, cluster_indices
from kb.linkage import EARLY_PAYMENT_RATIO, FactView
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
T = TypeVar("T")
_TOKEN = re.compile(r"[a-z][a-z'-]{2,}")


EXHAUSTIVE_UP_TO = 300  # facts of one force compared all pairs with all pairs; above, blocked


def cluster(facts: list[FactView], stats: Stats | None = None) -> list[list[FactView]]:
    """Greedy agglomerative clustering with cannot-link constraints; deterministic.

    Up to EXHAUSTIVE_UP_TO facts every pair is compared; a larger force (a backfill gives one
    tens of thousands) goes through kb.clustering's classes and description blocks, which
    give the same clusters at a cost near linear in the facts (see there). `stats`, when
    given, adds up what it cost.
    """
    facts = sorted(facts, key=_order_key)
    roots, cost = cluster_indices(facts, exhaustive=len(facts) <= EXHAUSTIVE_UP_TO)
    if stats is not None:
        stats.add(cost)
    members: dict[int, list[FactView]] = defaultdict(list)
    for fact, root in zip(facts, roots, strict=True):
        members[root].append(fact)
    return [members[root] for root in sorted(members)]  # a root is its cluster's first fact


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


def resolve_incidents(session: Session, force_ids: set[int] | None = None) -> Stats:
    """Rebuild the incidents of `force_ids` (every force when None) from their facts; returns
    what clustering cost (facts, pairs compared, links that classes stood for)."""
    scope = _locked_scope(session, force_ids)
    facts = _load_facts(session, scope)
    by_force: dict[int, list[FactView]] = defaultdict(list)
    for fact in facts:
        by_force[fact.force_id].append(fact)
    stats = Stats()
    clusters = [c for force in sorted(by_force) for c in cluster(by_force[force], stats)]

    existing = _existing_incidents(session, scope)
    # Every fact is a scoped row: one query, not one `get` per fact, and reused at the end.
    rows = {row.id: row for row in _scoped_rows(session, scope)}
    keys = resolution_keys(clusters)
    assigned = _assign_incidents(clusters, keys, existing, rows)
    by_members = {tuple(f.row_id for f in c): (c, k) for c, k in zip(clusters, keys, strict=True)}
    kept = {i.id for i in assigned.values() if i.id is not None}
    for incident in existing.values():
        if incident.id not in kept:
            for source in list(incident.sources):
                source.incident = None
            session.delete(incident)
    session.flush()
    # Two-step key update: a reused incident may take a key another row still holds.
    for members, incident in assigned.items():
        if incident.id is not None and incident.resolution_key != by_members[members][1]:
            incident.resolution_key = f"~{incident.id}"
    session.flush()
    names = dict(session.execute(select(Force.id, Force.name).where(Force.id.in_(by_force))).all())
    # Only what changed is written: an incident whose facts and values are as they were is
    # left as it is (re-resolving a large force after one new article updates a few rows).
    for members, incident in assigned.items():
        cluster_facts, key = by_members[members]
        _fill_incident(incident, cluster_facts, key, names.get(cluster_facts[0].force_id))
        if incident.id is None:
            session.add(incident)
        for fact in cluster_facts:
            row = rows[fact.row_id]
            if incident.id is None or row.incident_id != incident.id:
                row.incident = incident
    # Facts in scope that resolve to nothing (no force, off-topic article) keep no incident.
    resolved = {f.row_id for f in facts}
    for row in rows.values():
        if row.id not in resolved and row.incident_id is not None:
            row.incident = None
    session.flush()
    return stats


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
    # The article's columns resolution reads, not the article: a force's texts and raw pages
    # would cost memory in proportion to its whole corpus.
    query = (
        select(
            IncidentSource,
            Article.id,
            Article.content_hash,
            Article.canonical_url,
            Article.published_at,
        )
        .join(Article, IncidentSource.article_id == Article.id)
        .where(IncidentSource.force_id.is_not(None), Article.relevant.is_(True))
    )
    if scope is not None:
        query = query.where(IncidentSource.force_id.in_(scope))
    pairs = [
        (row, _ArticleColumns(id_, text_hash, url, published))
        for row, id_, text_hash, url, published in session.execute(query)
    ]
    groups = _duplicate_groups(session, {a.id for _, a in pairs})
    evidence: dict[int, list[str]] = defaultdict(list)
    row_ids = [row.id for row, _ in pairs]
    for chunk in _chunks(row_ids):
        for source_id, sentence in session.execute(
            select(EvidenceRow.incident_source_id, EvidenceRow.sentence).where(
                EvidenceRow.incident_source_id.in_(chunk)
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


class _ArticleColumns(NamedTuple):
    id: int
    content_hash: str
    canonical_url: str
    published_at: date | None


def _chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    """Ids in bounded lists: one IN (...) per list stays under the drivers' parameter limits
    (SQLite 32,766; PostgreSQL 65,535) for a force with any number of facts."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


@cache
def english_stop_words() -> frozenset[str]:
    """spaCy's English stop words. Importing `spacy.lang.en.stop_words` imports all of spaCy
    first (a second of CPU); a process that stores without extracting (a WARC load whose pages
    are extracted in worker processes) runs the word list's own module instead: it imports
    nothing."""
    name = "spacy.lang.en.stop_words"
    module = sys.modules.get(name)
    spacy = importlib.util.find_spec("spacy") if module is None else None
    if spacy is not None and spacy.submodule_search_locations:
        for folder in spacy.submodule_search_locations:
            path = Path(folder, "lang", "en", "stop_words.py")
            spec = importlib.util.spec_from_file_location(name, path) if path.is_file() else None
            if spec is not None and spec.loader is not None:
                module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(module)
                break
    if module is None:
        module = importlib.import_module(name)
    return frozenset(module.STOP_WORDS)


def _content_words(text: str, force_words: frozenset[str]) -> frozenset[str]:
    words = _TOKEN.findall(text.casefold().replace("\u2019", "'"))
    stop_words = english_stop_words()
    return frozenset(
        _stem(w)
        for w in words
        if w not in stop_words and w not in GENERIC_WORDS and w not in force_words
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
        rows = [
            row
            for chunk in _chunks(sorted(frontier))
            for row in session.execute(
                select(Article.id, Article.duplicate_of, Article.content_hash).where(
                    Article.id.in_(chunk)
                )
            )
        ]
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


def _fill_incident(
    incident: Incident, facts: list[FactView], key: str, force_name: str | None
) -> None:
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
    fill_rollups(incident, (f.article_id for f in facts), force_name)


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
