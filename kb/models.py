"""SQLAlchemy 2.x models of the knowledge base; migrations/ creates exactly these tables."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names, so migrations can alter them on SQLite (batch mode) and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Source(Base):
    """A news outlet or other publisher (or `local` for files loaded from disk)."""

    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    domain: Mapped[str | None] = mapped_column(String(255), index=True)


class Article(Base):
    """One fetched or loaded document, with its clean text and the raw original."""

    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str | None] = mapped_column(Text)
    # URL in canonical form for web pages, `file:` + content hash for local files.
    canonical_url: Mapped[str] = mapped_column(Text, unique=True)
    path: Mapped[str | None] = mapped_column(Text)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[date | None] = mapped_column(Date, index=True)
    fetched_at: Mapped[datetime] = mapped_column(DateTime)
    # When a web archive captured the page (backfill, WARC); null for live fetches and files.
    captured_at: Mapped[datetime | None] = mapped_column(DateTime)
    language: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)  # zlib-compressed original
    content_type: Mapped[str] = mapped_column(String(16), default="text")
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    relevant: Mapped[bool] = mapped_column(Boolean, index=True)
    relevance_reason: Mapped[str | None] = mapped_column(Text)
    duplicate_of: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), index=True
    )
    extractor_version: Mapped[str] = mapped_column(String(32))

    source: Mapped[Source | None] = relationship()
    facts: Mapped[list[IncidentSource]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="IncidentSource.ordinal"
    )
    breach_counts: Mapped[list[BreachCountRow]] = relationship(
        back_populates="article", cascade="all, delete-orphan"
    )


class Force(Base):
    """A UK police force, seeded from extract/data/forces.jsonl."""

    __tablename__ = "forces"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    kind: Mapped[str] = mapped_column(String(32))  # territorial | special | national | legacy
    nation: Mapped[str | None] = mapped_column(String(32))


class Regulator(Base):
    """A body that can take enforcement action, seeded from extract/data/regulators.jsonl."""

    __tablename__ = "regulators"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    jurisdiction: Mapped[str | None] = mapped_column(String(64))


class Incident(Base):
    """One real-world breach, resolved from the facts of one or more articles."""

    __tablename__ = "incidents"
    id: Mapped[int] = mapped_column(primary_key=True)
    force_id: Mapped[int | None] = mapped_column(ForeignKey("forces.id"), index=True)
    breach_year: Mapped[int | None] = mapped_column(Integer, index=True)
    breach_type: Mapped[str | None] = mapped_column(String(64), index=True)
    summary: Mapped[str | None] = mapped_column(Text)
    first_reported: Mapped[date | None] = mapped_column(Date, index=True)
    confidence: Mapped[float] = mapped_column(default=0.0)
    # Partial ISO dates ("2015", "2015-06", "2015-06-18"), voted from the sources (migration 0004).
    breach_date: Mapped[str | None] = mapped_column(String(10))
    breach_date_precision: Mapped[str | None] = mapped_column(String(8))
    discovered: Mapped[str | None] = mapped_column(String(10))
    reported: Mapped[str | None] = mapped_column(String(10))
    decided: Mapped[str | None] = mapped_column(String(10))
    # Stable identity across re-resolution: the smallest member fact key (article hash + ordinal).
    resolution_key: Mapped[str] = mapped_column(String(128), unique=True)
    # Rollups written at resolution (kb/rollups.py, migration 0005) so listings sort by index:
    # the most severe enforcement action, the number of actions and of source articles.
    # regulator_id is a copy of that action's, not a foreign key (see migration 0005).
    force_name: Mapped[str | None] = mapped_column(String(200), index=True)
    regulator_id: Mapped[int | None] = mapped_column(Integer, index=True)
    action: Mapped[str | None] = mapped_column(String(32), index=True)
    fine_amount: Mapped[int | None] = mapped_column(Integer)
    fine_currency: Mapped[str | None] = mapped_column(String(3))
    fine_paid: Mapped[int | None] = mapped_column(Integer)
    fine_year: Mapped[int | None] = mapped_column(Integer)
    action_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    source_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    recorded_at: Mapped[datetime | None] = mapped_column(DateTime)

    force: Mapped[Force | None] = relationship()
    sources: Mapped[list[IncidentSource]] = relationship(back_populates="incident")
    enforcement_actions: Mapped[list[EnforcementAction]] = relationship(
        back_populates="incident", cascade="all, delete-orphan"
    )


class EnforcementAction(Base):
    """What a regulator did about an incident (fine, reprimand, ...)."""

    __tablename__ = "enforcement_actions"
    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), index=True
    )
    regulator_id: Mapped[int | None] = mapped_column(ForeignKey("regulators.id"), index=True)
    action: Mapped[str | None] = mapped_column(String(32), index=True)
    amount: Mapped[int | None] = mapped_column(Integer, index=True)
    currency: Mapped[str | None] = mapped_column(String(3))
    amount_paid: Mapped[int | None] = mapped_column(Integer)
    year: Mapped[int | None] = mapped_column(Integer)

    incident: Mapped[Incident] = relationship(back_populates="enforcement_actions")
    regulator: Mapped[Regulator | None] = relationship()


class IncidentSource(Base):
    """One incident fact as one article states it: the link incident × article, with facts."""

    __tablename__ = "incident_sources"
    __table_args__ = (UniqueConstraint("article_id", "ordinal"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    ordinal: Mapped[int] = mapped_column(Integer)  # position of the fact in its article
    incident_id: Mapped[int | None] = mapped_column(
        ForeignKey("incidents.id", ondelete="SET NULL"), index=True
    )
    force_id: Mapped[int | None] = mapped_column(ForeignKey("forces.id"), index=True)
    breach_year: Mapped[int | None] = mapped_column(Integer)
    breach_type: Mapped[str | None] = mapped_column(String(64))
    regulator_id: Mapped[int | None] = mapped_column(ForeignKey("regulators.id"))
    action: Mapped[str | None] = mapped_column(String(32))
    fine_amount: Mapped[int | None] = mapped_column(Integer)
    fine_currency: Mapped[str | None] = mapped_column(String(3))
    fine_paid: Mapped[int | None] = mapped_column(Integer)
    fine_year: Mapped[int | None] = mapped_column(Integer)
    breach_date: Mapped[str | None] = mapped_column(String(10))
    breach_date_precision: Mapped[str | None] = mapped_column(String(8))
    discovered: Mapped[str | None] = mapped_column(String(10))
    reported: Mapped[str | None] = mapped_column(String(10))
    decided: Mapped[str | None] = mapped_column(String(10))
    mention: Mapped[str] = mapped_column(String(16), default="primary")
    summary: Mapped[str | None] = mapped_column(Text)
    key_terms: Mapped[list[str]] = mapped_column(JSON, default=list)

    article: Mapped[Article] = relationship(back_populates="facts")
    incident: Mapped[Incident | None] = relationship(back_populates="sources")
    force: Mapped[Force | None] = relationship()
    regulator: Mapped[Regulator | None] = relationship()
    evidence: Mapped[list[EvidenceRow]] = relationship(
        back_populates="fact", cascade="all, delete-orphan", order_by="EvidenceRow.start"
    )


class EvidenceRow(Base):
    """The sentence supporting one field of one fact, with offsets into the article text."""

    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(primary_key=True)
    incident_source_id: Mapped[int] = mapped_column(
        ForeignKey("incident_sources.id", ondelete="CASCADE"), index=True
    )
    field: Mapped[str] = mapped_column(String(32))
    value: Mapped[str] = mapped_column(Text)
    sentence: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    # "text", or weaker evidence from around it: "headline", "URL", "site" (migration 0004),
    # or "inference": a value inferred from the sentence quoted (a fine's regulator).
    source: Mapped[str] = mapped_column(String(16), default="text", server_default="text")

    fact: Mapped[IncidentSource] = relationship(back_populates="evidence")


class BreachCountRow(Base):
    """An aggregate figure reported for a force ("24 breaches in 2016")."""

    __tablename__ = "breach_counts"
    id: Mapped[int] = mapped_column(primary_key=True)
    force_id: Mapped[int | None] = mapped_column(ForeignKey("forces.id"), index=True)
    period: Mapped[str] = mapped_column(String(16))
    period_start: Mapped[int | None] = mapped_column(Integer, index=True)
    period_end: Mapped[int | None] = mapped_column(Integer)
    breach_type: Mapped[str | None] = mapped_column(String(64))
    count: Mapped[int] = mapped_column(Integer)
    approximate: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    # The evidence: sentence or table line, with character offsets into the article text.
    sentence: Mapped[str | None] = mapped_column(Text)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)

    article: Mapped[Article] = relationship(back_populates="breach_counts")
    force: Mapped[Force | None] = relationship()


class CrawlRun(Base):
    """One run of one spider over one source."""

    __tablename__ = "crawl_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(200), index=True)
    spider: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(32), default="running")
    pages_fetched: Mapped[int] = mapped_column(Integer, default=0)
    items_stored: Mapped[int] = mapped_column(Integer, default=0)
    off_topic: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)  # error kind -> count
    prefilter: Mapped[str | None] = mapped_column(String(16))  # off | lenient | strict
    # Links each pre-filter level would have skipped ({"lenient": 3, "strict": 9}).
    prefilter_skips: Mapped[dict[str, int] | None] = mapped_column(JSON)
    skipped: Mapped[dict[str, int] | None] = mapped_column(JSON)  # links not fetched, by reason
    outside_window: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class SeenUrl(Base):
    """Every canonical URL a crawl has fetched, with its outcome, so it is not fetched again."""

    __tablename__ = "seen_urls"
    id: Mapped[int] = mapped_column(primary_key=True)
    canonical_url: Mapped[str] = mapped_column(Text, unique=True)
    # stored | duplicate | off_topic | rejected | error | redirect (see kb/web/dictionary.toml)
    outcome: Mapped[str] = mapped_column(String(32))
    first_seen: Mapped[datetime] = mapped_column(DateTime)
    last_seen: Mapped[datetime] = mapped_column(DateTime)
    article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), index=True
    )


Index("ix_incident_sources_force_year", IncidentSource.force_id, IncidentSource.breach_year)
# Covering indexes for listings sorted by fine or by number of sources (migration 0003).
Index(
    "ix_enforcement_actions_incident_amount",
    EnforcementAction.incident_id,
    EnforcementAction.amount,
)
Index("ix_incident_sources_incident_article", IncidentSource.incident_id, IncidentSource.article_id)
# Listings by fine or sources, largest first, ties by id; stats by covering walks (0005).
Index("ix_incidents_fine_amount", Incident.fine_amount.desc(), Incident.id)
Index("ix_incidents_source_count", Incident.source_count.desc(), Incident.id)
Index("ix_incidents_force_fine", Incident.force_id, Incident.fine_amount)
Index("ix_incidents_type_fine", Incident.breach_type, Incident.fine_amount)
Index(
    "ix_incidents_year_type",
    Incident.breach_year,
    Incident.breach_type,
    Incident.first_reported,
    Incident.fine_amount,
)
