"""Write one document and its extraction to the KB: article, dedup links, facts, incidents."""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal
from urllib.parse import urlsplit

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from extract.models import Document, Extraction, IncidentFact
from kb.canonical_url import InvalidURL, canonicalize
from kb.db import insert_for
from kb.errors import NotFound
from kb.locks import lock_store
from kb.models import (
    Article,
    BreachCountRow,
    EvidenceRow,
    Force,
    Incident,
    IncidentSource,
    Regulator,
    Source,
)
from kb.neardup import content_hash, find_duplicate, signature
from kb.resolve import resolve_incidents

LOCAL_SOURCE = "local files"
Status = Literal["new", "updated", "unchanged", "duplicate"]


@dataclass
class StoreResult:
    article_id: int
    status: Status
    duplicate_of: int | None = None
    incident_ids: list[int] = field(default_factory=list)  # empty when resolution is deferred
    force_ids: set[int] = field(default_factory=set)  # forces whose incidents may have changed


def article_key(doc: Document) -> str:
    """Web pages are identified by canonical URL; local files by their original bytes.

    The raw bytes, not the clean text, so that a better cleaner never turns a re-load of the
    same file into a new article.
    """
    if doc.url:
        try:
            return canonicalize(doc.url)
        except InvalidURL:
            pass  # not a web address (e.g. a file: URL in a JSONL record): identify by bytes
    return f"urn:sha256:{hashlib.sha256(doc.raw or doc.text.encode('utf-8')).hexdigest()}"


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _source(session: Session, name: str | None, doc: Document) -> Source:
    domain = urlsplit(doc.url).hostname if doc.url else None
    if domain and domain.startswith("www."):
        domain = domain[4:]
    name = name or doc.site_name or domain or LOCAL_SOURCE
    found = session.scalar(select(Source).where(Source.name == name))
    if found is None:
        # Another writer may add the same outlet at the same moment: the unique name decides.
        insert = insert_for(session)
        session.execute(
            insert(Source)
            .values(name=name, domain=domain)
            .on_conflict_do_nothing(index_elements=["name"])
        )
        found = session.scalars(select(Source).where(Source.name == name)).one()
    return found


def _ids_by_name(session: Session, model: type[Force] | type[Regulator]) -> dict[str, int]:
    cache: dict[type, dict[str, int]] = session.info.setdefault("name_ids", {})
    if model not in cache:
        cache[model] = {name: id_ for id_, name in session.execute(select(model.id, model.name))}
    return cache[model]


def _fact_row(session: Session, ordinal: int, fact: IncidentFact) -> IncidentSource:
    forces, regulators = _ids_by_name(session, Force), _ids_by_name(session, Regulator)
    row = IncidentSource(
        ordinal=ordinal,
        force_id=forces.get(fact.force or ""),
        breach_year=fact.breach_year,
        breach_type=fact.breach_type,
        regulator_id=regulators.get(fact.regulator or ""),
        action=fact.action,
        fine_amount=fact.fine_amount,
        fine_currency=fact.fine_currency,
        fine_paid=fact.fine_paid,
        fine_year=fact.fine_year,
        breach_date=fact.breach_date,
        breach_date_precision=fact.breach_date_precision,
        discovered=fact.discovered,
        reported=fact.reported,
        decided=fact.decided,
        mention=fact.mention,
        summary=fact.summary,
        key_terms=list(fact.key_terms),
    )
    row.evidence = [
        EvidenceRow(
            field=e.field,
            value=str(e.value),
            sentence=e.sentence,
            start=e.start,
            end=e.end,
            source=e.source,
        )
        for e in fact.evidence
    ]
    return row


def _write_facts(session: Session, article: Article, ex: Extraction) -> None:
    article.facts.clear()
    article.breach_counts.clear()
    session.flush()
    if not ex.relevant:
        return
    article.facts.extend(_fact_row(session, i, fact) for i, fact in enumerate(ex.incidents))
    forces = _ids_by_name(session, Force)
    article.breach_counts.extend(
        BreachCountRow(
            force_id=forces.get(bc.force),
            period=bc.period,
            period_start=bc.period_start,
            period_end=bc.period_end,
            breach_type=bc.breach_type,
            count=bc.count,
            approximate=bc.approximate,
            sentence=bc.evidence.sentence if bc.evidence else None,
            start=bc.evidence.start if bc.evidence else None,
            end=bc.evidence.end if bc.evidence else None,
        )
        for bc in ex.breach_counts
    )


def _claim_article(session: Session, key: str) -> tuple[Article, bool]:
    """The article stored under `key`, and whether this call inserted it (a blank row).

    With the store lock held, a row committed by another writer is visible here; the unique
    canonical URL and ON CONFLICT keep identity safe for any writer that skips the lock.
    """
    found = session.scalar(select(Article).where(Article.canonical_url == key))
    if found is not None:
        return found, False
    insert = insert_for(session)
    claimed = session.execute(
        insert(Article)
        .values(
            canonical_url=key,
            fetched_at=_now(),
            text="",
            content_type="text",
            content_hash="",
            relevant=False,
            extractor_version="",
        )
        .on_conflict_do_nothing(index_elements=["canonical_url"])
        .returning(Article.id)
    ).scalar()
    if claimed is None:  # another writer's row, committed meanwhile
        return session.scalars(select(Article).where(Article.canonical_url == key)).one(), False
    article = session.get(Article, claimed)
    assert article is not None
    return article, True


# Bookkeeping that differs on every rewrite, and `raw`, which a re-extraction reads back as is.
_NOT_COMPARED = {"id", "fetched_at", "article_id", "incident_id", "incident_source_id", "raw"}


def _values(row: object) -> str:
    mapper = inspect(row).mapper
    return repr([getattr(row, c.key) for c in mapper.column_attrs if c.key not in _NOT_COMPARED])


def _fingerprint(article: Article) -> tuple[str, list[str], list[str]]:
    """What a reader of the KB sees of an article: its columns, facts, evidence and tallies."""
    facts = sorted(_values(f) + repr(sorted(_values(e) for e in f.evidence)) for f in article.facts)
    return _values(article), facts, sorted(_values(bc) for bc in article.breach_counts)


def store_document(
    session: Session,
    doc: Document,
    ex: Extraction,
    *,
    source: str | None = None,
    article_id: int | None = None,
    refresh: bool = False,
    resolve: bool = True,
    captured_at: datetime | None = None,
) -> StoreResult:
    """Insert or update the article for `doc`, relink duplicates and re-resolve its incidents.

    `article_id` updates that article in place (re-extraction); `refresh` rewrites it even
    when neither the text nor the extractor version changed. Batch writers pass
    `resolve=False` and call `resolve_pending` once at the end: resolving a force compares
    all its facts, so doing it per document would make a long load cubic. `captured_at` is
    when a web archive captured the page (kept when a later store does not say).
    """
    text_hash = content_hash(doc.text)
    key = article_key(doc)

    def current() -> Article | None:
        if article_id is not None:
            return session.get(Article, article_id)
        return session.scalar(select(Article).where(Article.canonical_url == key))

    def unchanged(article: Article | None) -> bool:
        return (
            article is not None
            and not refresh
            and article.content_hash == text_hash
            and article.extractor_version == ex.extractor_version
        )

    article = current()
    inserted = False
    if not unchanged(article):
        if lock_store(session):  # concurrent writers (PostgreSQL): one stores at a time
            session.flush()
            session.expire_all()  # re-read what another writer committed while we waited
        if article_id is None:
            article, inserted = _claim_article(session, key)
        else:
            article = current()
    if article is None:
        raise NotFound(f"no article {article_id}")
    if not inserted and unchanged(article):
        return StoreResult(
            article.id,
            "unchanged",
            article.duplicate_of,
            sorted({f.incident_id for f in article.facts if f.incident_id}),
        )

    old_forces = {f.force_id for f in article.facts if f.force_id}
    status: Status = "new" if inserted else "updated"
    # A forced rewrite (`refresh`) reports "unchanged" when it wrote back what was there.
    before = _fingerprint(article) if not inserted and refresh else None
    source_row = _source(session, source, doc)
    sig = signature(doc.text)
    article.url = doc.url
    article.path = doc.path
    article.source = source_row
    article.title = doc.title
    article.author = doc.author
    article.published_at = doc.published
    article.fetched_at = _now()
    if captured_at is not None:
        article.captured_at = captured_at
    article.language = doc.language
    article.text = doc.text
    article.raw = zlib.compress(doc.raw) if doc.raw else None
    article.content_type = doc.content_type
    article.content_hash = text_hash
    article.minhash = sig
    article.relevant = ex.relevant
    article.relevance_reason = ex.relevance_reason
    article.extractor_version = ex.extractor_version
    session.flush()
    article.duplicate_of = find_duplicate(session, text_hash, sig, article.id)
    if status == "new" and article.duplicate_of is not None:
        status = "duplicate"

    _write_facts(session, article, ex)
    session.flush()
    if before is not None and _fingerprint(article) == before:
        status = "unchanged"
    forces = old_forces | {f.force_id for f in article.facts if f.force_id}
    if not resolve:
        return StoreResult(article.id, status, article.duplicate_of, [], forces)
    resolve_incidents(session, forces)
    session.flush()
    incident_ids = sorted({f.incident_id for f in article.facts if f.incident_id})
    return StoreResult(article.id, status, article.duplicate_of, incident_ids, forces)


def pending_forces(session: Session) -> set[int]:
    """Forces whose incidents are out of date: a fact without an incident, or an incident
    without facts. Derived from the data, so a run that died before resolving is caught up by
    the next one."""
    unresolved = select(IncidentSource.force_id).where(
        IncidentSource.incident_id.is_(None),
        IncidentSource.force_id.is_not(None),
        IncidentSource.article_id.in_(select(Article.id).where(Article.relevant.is_(True))),
    )
    orphaned = select(Incident.force_id).where(
        Incident.force_id.is_not(None),
        ~select(IncidentSource.id).where(IncidentSource.incident_id == Incident.id).exists(),
    )
    return {f for f in session.scalars(unresolved.union(orphaned)) if f is not None}


def resolve_pending(session: Session, force_ids: set[int] | None = None) -> set[int]:
    """Resolve the incidents of `force_ids` plus every pending force; returns what it did."""
    scope = (force_ids or set()) | pending_forces(session)
    if scope:
        resolve_incidents(session, scope)
        session.flush()
    return scope


def raw_bytes(article: Article) -> bytes:
    """The original document as fetched or loaded (for re-extraction)."""
    return zlib.decompress(article.raw) if article.raw else article.text.encode("utf-8")
