"""Write one document and its extraction to the KB: article, dedup links, facts, incidents."""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from typing import Any, Literal, cast
from urllib.parse import urlsplit

from sqlalchemy import Table, bindparam, event, insert, inspect, select
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


class StoreCache:
    """Lookups a writer's transactions share for a run (`use_cache`): source ids, once
    committed, and the ids of forces and regulators (reference data no store changes)."""

    def __init__(self) -> None:
        self.sources: dict[str, int] = {}
        self.name_ids: dict[type, dict[str, int]] = {}
        # Every canonical URL that may have an article row: read once, at the run's first
        # store, then added to as the run inserts. A key not in it has no row (unless another
        # writer added one since, which the INSERT's ON CONFLICT then finds), so the store of
        # a new page skips its lookup by key (most pages a crawl stores are new).
        self.keys: set[str] | None = None


_CACHE = "breachkb.store.cache"  # session.info: the run's StoreCache
_NEW_SOURCES = "breachkb.store.sources"  # session.info: source ids read in this transaction


def use_cache(session: Session, cache: StoreCache) -> None:
    """Let this session's stores read and fill `cache` (one writer's run, one database)."""
    session.info[_CACHE] = cache


@event.listens_for(Session, "after_commit")
def _keep_sources(session: Session) -> None:
    """A source id read or inserted in a transaction is the run's once that commits."""
    found = session.info.pop(_NEW_SOURCES, None)
    cache = session.info.get(_CACHE)
    if found and cache is not None:
        cache.sources.update(found)


@event.listens_for(Session, "after_transaction_end")
def _drop_sources(session: Session, transaction: object) -> None:
    if getattr(transaction, "parent", None) is None:  # rolled back: its inserts never existed
        session.info.pop(_NEW_SOURCES, None)


_SOURCES = cast(Table, Source.__table__)
_SOURCE_ID = select(_SOURCES.c.id).where(_SOURCES.c.name == bindparam("name"))


def _source(session: Session, name: str | None, doc: Document) -> int:
    """The id of the document's source (outlet), added when new."""
    domain = urlsplit(doc.url).hostname if doc.url else None
    if domain and domain.startswith("www."):
        domain = domain[4:]
    name = name or doc.site_name or domain or LOCAL_SOURCE
    cache: StoreCache | None = session.info.get(_CACHE)
    if cache is not None and name in cache.sources:
        return cache.sources[name]
    known: dict[str, int] = session.info.setdefault(_NEW_SOURCES, {})  # a batch has one source
    if name in known:
        return known[name]
    found = session.scalar(_SOURCE_ID, {"name": name})
    if found is None:
        # Another writer may add the same outlet at the same moment: the unique name decides.
        insert = insert_for(session)
        session.execute(
            insert(Source)
            .values(name=name, domain=domain)
            .on_conflict_do_nothing(index_elements=["name"])
        )
        found = session.execute(_SOURCE_ID, {"name": name}).scalar_one()
    known[name] = found
    return found


def _may_exist(session: Session, key: str) -> bool:
    """False when no article row can hold `key` but one another writer added meanwhile (the
    run's StoreCache knows every key); True when a lookup must say."""
    cache: StoreCache | None = session.info.get(_CACHE)
    if cache is None:
        return True
    if cache.keys is None:
        cache.keys = set(session.connection().scalars(select(_ARTICLES.c.canonical_url)))
    return key in cache.keys


def _claimed(session: Session, key: str) -> None:
    """A row now holds `key` (kept when the transaction rolls back: a key too many only costs
    a lookup)."""
    cache: StoreCache | None = session.info.get(_CACHE)
    if cache is not None and cache.keys is not None:
        cache.keys.add(key)


def _ids_by_name(session: Session, model: type[Force] | type[Regulator]) -> dict[str, int]:
    run: StoreCache | None = session.info.get(_CACHE)
    cache: dict[type, dict[str, int]] = (
        run.name_ids if run is not None else session.info.setdefault("name_ids", {})
    )
    if model not in cache:
        cache[model] = {name: id_ for id_, name in session.execute(select(model.id, model.name))}
    return cache[model]


def _fact_values(
    ordinal: int, fact: IncidentFact, forces: dict[str, int], regulators: dict[str, int]
) -> dict[str, Any]:
    """The fact's row's columns; its evidence rows are written by `_write_facts`."""
    return dict(
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


def _count_values(ex: Extraction, forces: dict[str, int]) -> list[dict[str, Any]]:
    return [
        dict(
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
    ]


def _write_facts(
    session: Session, article_id: int, article: Article | None, ex: Extraction
) -> set[int]:
    """The article's facts, evidence and tallies as `ex` has them; the forces of its facts.

    A new article (inserted by this store, so without rows yet, and with no entity in the
    session: `article` is None) gets them in Core statements: the ORM's unit of work adds
    nothing to rows written once. An existing `article` has its old rows replaced."""
    new = article is None
    if article is not None:
        article.facts.clear()
        article.breach_counts.clear()
        session.flush()
    if not ex.relevant:
        return set()
    forces, regulators = _ids_by_name(session, Force), _ids_by_name(session, Regulator)
    facts = [_fact_values(i, fact, forces, regulators) for i, fact in enumerate(ex.incidents)]
    counts = _count_values(ex, forces)
    if new:
        for row in (*facts, *counts):
            row["article_id"] = article_id
        deferred: list[_NewRows] | None = session.info.get(_DEFERRED_FACTS)
        if deferred is not None:  # written with the transaction's other new rows
            deferred.append((facts, counts, ex.incidents))
            return {values["force_id"] for values in facts if values["force_id"]}
        _insert_new_rows(session, [(facts, counts, ex.incidents)])
        return {values["force_id"] for values in facts if values["force_id"]}
    else:
        assert article is not None
        fact_rows = [IncidentSource(**values) for values in facts]
        article.facts.extend(fact_rows)
        article.breach_counts.extend(BreachCountRow(**values) for values in counts)
        session.flush()  # the fact rows get their ids
        fact_ids = [row.id for row in fact_rows]
        for fact_row in fact_rows:
            session.expire(fact_row, ["evidence"])  # read back from the table when asked for
    _insert_evidence(session, fact_ids, ex.incidents)
    return {values["force_id"] for values in facts if values["force_id"]}


# A new article's fact rows, tally rows and the facts they came from (for their evidence).
_NewRows = tuple[list[dict[str, Any]], list[dict[str, Any]], list[IncidentFact]]
_DEFERRED_FACTS = "breachkb.store.deferred_facts"  # session.info: new articles' rows to write


def _insert_evidence(session: Session, fact_ids: list[int], facts: list[IncidentFact]) -> None:
    # Evidence in one statement, not one INSERT ... RETURNING per row (SQLite cannot batch
    # those): a fact has half a dozen, and nothing here needs their ids.
    evidence = [
        dict(
            incident_source_id=fact_id,
            field=e.field,
            value=str(e.value),
            sentence=e.sentence,
            start=e.start,
            end=e.end,
            source=e.source,
        )
        for fact_id, fact in zip(fact_ids, facts, strict=True)
        for e in fact.evidence
    ]
    if evidence:
        session.connection().execute(_INSERT_EVIDENCE, evidence)


def _insert_new_rows(session: Session, new: list[_NewRows]) -> None:
    """The facts, tallies and evidence of new articles (no rows of theirs exist yet), in one
    statement each however many articles: fact rows get their ids in the order given, the
    order they would have had written article by article."""
    # Core statements on the session's connection (its transaction): nothing here is an
    # entity, and the session's own execute adds an ORM pass to each.
    conn = session.connection()
    facts = [row for rows, _, _ in new for row in rows]
    counts = [row for _, rows, _ in new for row in rows]
    if len(facts) == 1:  # a plain INSERT ... RETURNING
        fact_ids = [conn.scalar(_INSERT_FACT, facts[0])]
    else:
        fact_ids = list(conn.scalars(_INSERT_FACTS, facts)) if facts else []
    if counts:
        conn.execute(_INSERT_COUNTS, counts)
    _insert_evidence(session, fact_ids, [fact for _, _, found in new for fact in found])


def defer_facts(session: Session) -> None:
    """Let this session's stores of new articles keep their facts, tallies and evidence back
    until `flush_facts` (at the latest, the commit), which writes the transaction's all at
    once: three statements for a group commit of pages rather than three a page. Whatever
    reads those tables in the session (a second store of the same page, resolution) flushes
    them first. They belong to the session's transaction: dropped when it rolls back."""
    session.connection()
    session.info.setdefault(_DEFERRED_FACTS, [])


def flush_facts(session: Session) -> None:
    """Write the rows `defer_facts` kept back so far (they stay deferred after)."""
    deferred: list[_NewRows] | None = session.info.get(_DEFERRED_FACTS)
    if deferred:
        rows = list(deferred)
        deferred.clear()
        _insert_new_rows(session, rows)


@event.listens_for(Session, "before_commit")
def _facts_before_commit(session: Session) -> None:
    """Deferred rows are part of the transaction: never committed without them."""
    flush_facts(session)


@event.listens_for(Session, "after_transaction_end")
def _drop_facts(session: Session, transaction: object) -> None:
    if getattr(transaction, "parent", None) is None:  # ended: committed (flushed) or rolled back
        session.info.pop(_DEFERRED_FACTS, None)


_COLUMNS = (
    "url",
    "path",
    "source_id",
    "title",
    "author",
    "published_at",
    "fetched_at",
    "language",
    "text",
    "raw",
    "content_type",
    "content_hash",
    "minhash",
    "relevant",
    "relevance_reason",
    "extractor_version",
    "captured_at",
)


def _article_values(
    doc: Document,
    ex: Extraction,
    source_id: int,
    text_hash: str,
    sig: bytes,
    captured_at: datetime | None,
    raw_z: bytes | None = None,
) -> dict[str, Any]:
    """The article's columns as this document and extraction give them (`raw_z`: doc.raw
    compressed already, by whoever had the spare CPU)."""
    values: dict[str, Any] = dict(  # the keys are _COLUMNS
        url=doc.url,
        path=doc.path,
        source_id=source_id,
        title=doc.title,
        author=doc.author,
        published_at=doc.published,
        fetched_at=_now(),
        language=doc.language,
        text=doc.text,
        raw=raw_z if raw_z is not None else zlib.compress(doc.raw) if doc.raw else None,
        content_type=doc.content_type,
        content_hash=text_hash,
        minhash=sig,
        relevant=ex.relevant,
        relevance_reason=ex.relevance_reason,
        extractor_version=ex.extractor_version,
    )
    values["captured_at"] = captured_at
    return values


# Built once: building a statement costs more than running these.
_BY_KEY = select(Article).where(Article.canonical_url == bindparam("key"))
_ARTICLES = cast(Table, Article.__table__)
_ID_BY_KEY = select(_ARTICLES.c.id).where(_ARTICLES.c.canonical_url == bindparam("key"))
_INSERT_EVIDENCE = insert(cast(Table, EvidenceRow.__table__))  # Core: an executemany
_INSERT_COUNTS = insert(cast(Table, BreachCountRow.__table__))
_FACTS = cast(Table, IncidentSource.__table__)
_INSERT_FACT = insert(_FACTS).returning(_FACTS.c.id)
# Several rows, their ids in the order given (batched where the dialect can).
_INSERT_FACTS = insert(_FACTS).returning(_FACTS.c.id, sort_by_parameter_order=True)
_INCIDENTS_OF = (
    select(_FACTS.c.incident_id).where(_FACTS.c.article_id == bindparam("article_id")).distinct()
)


@cache
def _insert(insert: Callable[[Any], Any]) -> Any:
    """INSERT of a whole article row, RETURNING its id (none on a canonical URL already taken)."""
    table = cast(Table, Article.__table__)
    return (
        insert(table)
        .values({name: bindparam(name) for name in ("canonical_url", "duplicate_of", *_COLUMNS)})
        .on_conflict_do_nothing(index_elements=["canonical_url"])
        .returning(table.c.id)
    )


def _insert_article(session: Session, key: str, values: dict[str, Any]) -> int | None:
    """The id of a new article row under `key`, or None when another writer's row holds the key.

    The unique canonical URL and ON CONFLICT keep identity safe for any writer that skips
    the store lock. No entity is built for the row: the store needs only its id (and what it
    wrote), and a later read in the session (a second store of the same page, an update)
    loads it from the row like any other (building and attaching an entity per new article
    cost more than the INSERT's own statement).
    """
    from kb.neardup import indexed

    row = {"canonical_url": key, **values}
    claimed: int | None = session.connection().scalar(_insert(insert_for(session)), row)
    _claimed(session, key)  # (also when another writer's row holds it)
    if claimed is None:
        return None
    indexed(session, claimed, values["minhash"])  # the near-duplicate index takes it now
    return claimed


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
    text_hash: str | None = None,
    sig: bytes | None = None,
    raw_z: bytes | None = None,
) -> StoreResult:
    """Insert or update the article for `doc`, relink duplicates and re-resolve its incidents.

    `article_id` updates that article in place (re-extraction); `refresh` rewrites it even
    when neither the text nor the extractor version changed. Batch writers pass
    `resolve=False` and call `resolve_pending` once at the end: resolving a force compares
    all its facts, so doing it per document would make a long load cubic. `captured_at` is
    when a web archive captured the page (kept when a later store does not say).
    `text_hash` and `sig` are `content_hash(doc.text)` and `signature(doc.text)` when the
    caller computed them already (the crawler does, in its extraction workers), and `raw_z`
    is `zlib.compress(doc.raw)` likewise.
    """
    # Imported at the first store (numpy): a load that stores nothing never needs it.
    from kb.neardup import content_hash, find_duplicate, signature

    text_hash = text_hash or content_hash(doc.text)
    key = article_key(doc)

    def current() -> Article | None:
        if article_id is not None:
            flush_facts(session)  # (the article may have been stored in this transaction)
            return session.get(Article, article_id)
        if not _may_exist(session, key):  # new: no statement to learn it
            return None
        # The id first: most pages a crawl stores are new, and loading no entity is cheaper.
        # (A Core statement, on the connection: the session's execute would add an ORM pass.)
        if session.connection().scalar(_ID_BY_KEY, {"key": key}) is None:
            return None
        flush_facts(session)  # an article stored earlier in this transaction reads its facts
        return session.scalar(_BY_KEY, {"key": key})

    def unchanged(article: Article | None) -> bool:
        return (
            article is not None
            and not refresh
            and article.content_hash == text_hash
            and article.extractor_version == ex.extractor_version
        )

    article = current()
    new_id: int | None = None  # the id of the row this store inserted, if it did
    duplicate_of: int | None = None
    if not unchanged(article):
        if lock_store(session):  # concurrent writers (PostgreSQL): one stores at a time
            session.flush()
            session.expire_all()  # re-read what another writer committed while we waited
            article = current()
        elif article_id is not None:
            article = current()
        if article is None and article_id is None:
            # New: its original is looked for before the row exists (a new article has no
            # copies to exclude), so the row is written once, complete.
            sig = sig if sig is not None else signature(doc.text)
            source_id = _source(session, source, doc)
            values = _article_values(doc, ex, source_id, text_hash, sig, captured_at, raw_z)
            duplicate_of = values["duplicate_of"] = find_duplicate(session, text_hash, sig)
            new_id = _insert_article(session, key, values)
            if new_id is None:  # another writer's row, committed meanwhile
                article = current()
    if new_id is not None:
        # A row inserted just now has no facts or tallies yet: nothing to read back.
        status: Status = "duplicate" if duplicate_of is not None else "new"
        forces = _write_facts(session, new_id, None, ex)
        if not resolve:
            return StoreResult(new_id, status, duplicate_of, [], forces)
        flush_facts(session)
        resolve_incidents(session, forces)
        session.flush()
        incident_ids = sorted(
            i for i in session.scalars(_INCIDENTS_OF, {"article_id": new_id}) if i
        )
        return StoreResult(new_id, status, duplicate_of, incident_ids, forces)
    if article is None:
        raise NotFound(f"no article {article_id}")
    if unchanged(article):
        return StoreResult(
            article.id,
            "unchanged",
            article.duplicate_of,
            sorted({f.incident_id for f in article.facts if f.incident_id}),
        )

    old_forces = {f.force_id for f in article.facts if f.force_id}
    status = "updated"
    # A forced rewrite (`refresh`) reports "unchanged" when it wrote back what was there.
    before = _fingerprint(article) if refresh else None
    sig = sig if sig is not None else signature(doc.text)
    source_id = _source(session, source, doc)
    values = _article_values(doc, ex, source_id, text_hash, sig, captured_at, raw_z)
    del values["source_id"]
    if captured_at is None:  # kept when a later store does not say
        del values["captured_at"]
    article.source = session.get(Source, source_id)
    for name, value in values.items():
        setattr(article, name, value)
    session.flush()
    article.duplicate_of = find_duplicate(session, text_hash, sig, article.id)

    new_forces = _write_facts(session, article.id, article, ex)
    session.flush()
    if before is not None and _fingerprint(article) == before:
        status = "unchanged"
    forces = old_forces | new_forces
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
    flush_facts(session)
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
