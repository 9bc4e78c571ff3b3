"""Read-side queries of the KB: incident listings with filters, one incident, statistics.

Functions return plain dicts ready for any output format; nothing here prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, case, desc, extract, func, select
from sqlalchemy.orm import Session, selectinload

from kb.errors import BadInput, NotFound
from kb.models import (
    Article,
    BreachCountRow,
    EnforcementAction,
    Force,
    Incident,
    IncidentSource,
    Regulator,
)

# Most severe first: an incident's headline action is the most severe one taken.
ACTION_SEVERITY = [
    "monetary_penalty",
    "enforcement_notice",
    "undertaking",
    "reprimand",
    "referral",
    "investigation",
]
SORT_KEYS = ("id", "year", "fine", "force", "sources", "reported", "type")


@dataclass
class IncidentFilter:
    force: str | None = None
    year: int | None = None
    since: int | None = None
    until: int | None = None
    breach_type: str | None = None
    regulator: str | None = None
    min_fine: int | None = None
    sort: str = "id"
    limit: int | None = None


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace("-", " ").replace("'", "").replace("’", "").split())


def _match_names(session: Session, model: Any, query: str) -> list[int]:
    """Ids whose name or an alias contains the query (case, hyphens and apostrophes folded)."""
    wanted = _norm(query).removeprefix("the ")
    exact, partial = [], []
    for row in session.scalars(select(model)):
        names = [_norm(n).removeprefix("the ") for n in [row.name, *(row.aliases or [])]]
        if wanted in names:
            exact.append(row.id)
        elif any(wanted in name for name in names):
            partial.append(row.id)
    return exact or partial


def force_ids(session: Session, query: str) -> list[int]:
    """Forces matching a name, alias or part of one ("Manchester", "GMP", "the Met")."""
    ids = _match_names(session, Force, query)
    if not ids:
        raise BadInput(f"no police force matches {query!r} (try `breachkb stats` for names)")
    return ids


def regulator_ids(session: Session, query: str) -> list[int]:
    ids = _match_names(session, Regulator, query)
    if not ids:
        raise BadInput(f"no regulator matches {query!r}")
    return ids


def _incident_year():  # type: ignore[no-untyped-def]
    return func.coalesce(Incident.breach_year, extract("year", Incident.first_reported))


def _max_fine():  # type: ignore[no-untyped-def]
    return (
        select(func.max(EnforcementAction.amount))
        .where(EnforcementAction.incident_id == Incident.id)
        .correlate(Incident)
        .scalar_subquery()
    )


def _source_count():  # type: ignore[no-untyped-def]
    return (
        select(func.count(func.distinct(IncidentSource.article_id)))
        .where(IncidentSource.incident_id == Incident.id)
        .correlate(Incident)
        .scalar_subquery()
    )


def incident_query(session: Session, flt: IncidentFilter) -> Select[Any]:
    """The filtered, sorted incident query (exposed for benchmarks and the web layer)."""
    stmt = select(Incident)
    if flt.force:
        stmt = stmt.where(Incident.force_id.in_(force_ids(session, flt.force)))
    if flt.year is not None:
        stmt = stmt.where(Incident.breach_year == flt.year)
    if flt.since is not None:
        stmt = stmt.where(_incident_year() >= flt.since)
    if flt.until is not None:
        stmt = stmt.where(_incident_year() <= flt.until)
    if flt.breach_type:
        code = flt.breach_type.strip().lower().replace(" ", "_").replace("-", "_")
        stmt = stmt.where(Incident.breach_type.like(f"{code}%"))
    if flt.regulator or flt.min_fine is not None:
        conditions = [EnforcementAction.incident_id == Incident.id]
        if flt.regulator:
            ids = regulator_ids(session, flt.regulator)
            conditions.append(EnforcementAction.regulator_id.in_(ids))
        if flt.min_fine is not None:
            conditions.append(EnforcementAction.amount >= flt.min_fine)
        stmt = stmt.where(select(EnforcementAction.id).where(and_(*conditions)).exists())
    key, descending = flt.sort.lstrip("-"), flt.sort.startswith("-")
    columns = {
        "id": Incident.id,
        "year": _incident_year(),
        "fine": _max_fine(),
        "force": select(Force.name).where(Force.id == Incident.force_id).scalar_subquery(),
        "sources": _source_count(),
        "reported": Incident.first_reported,
        "type": Incident.breach_type,
    }
    if key not in columns:
        raise BadInput(f"cannot sort by {key!r}; choose one of {', '.join(SORT_KEYS)}")
    order = desc(columns[key]) if descending else columns[key]
    stmt = stmt.order_by(order.nulls_last(), Incident.id)
    if flt.limit is not None:
        stmt = stmt.limit(flt.limit)
    return stmt


def _headline_action(actions: list[EnforcementAction]) -> EnforcementAction | None:
    rank = {name: i for i, name in enumerate(ACTION_SEVERITY)}
    ranked = sorted(actions, key=lambda a: (rank.get(a.action or "", 99), -(a.amount or 0)))
    return ranked[0] if ranked else None


def _source_refs(incident: Incident) -> list[dict[str, Any]]:
    seen: dict[int, dict[str, Any]] = {}
    for fact in sorted(incident.sources, key=lambda f: f.article_id):
        art = fact.article
        seen.setdefault(
            art.id,
            {
                "article_id": art.id,
                "url": art.url,
                "path": art.path,
                "title": art.title,
                "published": art.published_at.isoformat() if art.published_at else None,
                "duplicate_of": art.duplicate_of,
            },
        )
    return list(seen.values())


def incident_summary(incident: Incident) -> dict[str, Any]:
    """The documented JSON shape of an incident (see README, `incidents --format json`)."""
    head = _headline_action(incident.enforcement_actions)
    return {
        "id": incident.id,
        "force": incident.force.name if incident.force else None,
        "breach_year": incident.breach_year,
        "breach_type": incident.breach_type,
        "regulator": head.regulator.name if head and head.regulator else None,
        "action": head.action if head else None,
        "fine_amount": head.amount if head else None,
        "fine_currency": head.currency if head else None,
        "fine_paid": head.amount_paid if head else None,
        "fine_year": head.year if head else None,
        "summary": incident.summary,
        "first_reported": incident.first_reported.isoformat() if incident.first_reported else None,
        "confidence": round(incident.confidence, 3),
        "sources": _source_refs(incident),
    }


def list_incidents(session: Session, flt: IncidentFilter | None = None) -> list[dict[str, Any]]:
    stmt = incident_query(session, flt or IncidentFilter()).options(
        selectinload(Incident.force),
        selectinload(Incident.enforcement_actions).selectinload(EnforcementAction.regulator),
        selectinload(Incident.sources).selectinload(IncidentSource.article),
    )
    return [incident_summary(i) for i in session.scalars(stmt)]


def show_incident(session: Session, incident_id: int) -> dict[str, Any]:
    """One incident with every enforcement action and every source's evidence sentences."""
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFound(f"no incident with id {incident_id}")
    result = incident_summary(incident)
    result["enforcement"] = [
        {
            "regulator": a.regulator.name if a.regulator else None,
            "action": a.action,
            "amount": a.amount,
            "currency": a.currency,
            "amount_paid": a.amount_paid,
            "year": a.year,
        }
        for a in incident.enforcement_actions
    ]
    by_article: dict[int, dict[str, Any]] = {ref["article_id"]: ref for ref in result["sources"]}
    for ref in by_article.values():
        ref["evidence"] = []
    for fact in sorted(incident.sources, key=lambda f: (f.article_id, f.ordinal)):
        by_article[fact.article_id]["evidence"].extend(
            {
                "field": ev.field,
                "value": ev.value,
                "sentence": ev.sentence,
                "start": ev.start,
                "end": ev.end,
            }
            for ev in fact.evidence
        )
    return result


def _grouped(session: Session, label, extra_filter=None) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    fines = (
        select(
            EnforcementAction.incident_id.label("incident_id"),
            func.max(EnforcementAction.amount).label("fine"),
        )
        .group_by(EnforcementAction.incident_id)
        .subquery()
    )
    stmt = (
        select(
            label.label("key"),
            func.count(Incident.id),
            func.count(fines.c.fine),
            func.coalesce(func.sum(fines.c.fine), 0),
        )
        .select_from(Incident)
        .outerjoin(fines, fines.c.incident_id == Incident.id)
        .outerjoin(Force, Force.id == Incident.force_id)
        .group_by(label)
        .order_by(desc(func.count(Incident.id)), label)
    )
    return [
        {
            "key": "(unknown)" if key is None else key,
            "incidents": n,
            "fined": fined,
            "fines_total": int(total),
        }
        for key, n, fined, total in session.execute(stmt)
    ]


def stats(session: Session) -> dict[str, Any]:
    """Counts and fines overall and by force, year, type and regulator."""
    by_regulator_stmt = (
        select(
            Regulator.name,
            func.count(func.distinct(EnforcementAction.incident_id)),
            func.coalesce(func.sum(EnforcementAction.amount), 0),
        )
        .join(Regulator, Regulator.id == EnforcementAction.regulator_id)
        .group_by(Regulator.name)
        .order_by(desc(func.count(func.distinct(EnforcementAction.incident_id))))
    )
    fines_total = session.scalar(
        select(func.coalesce(func.sum(EnforcementAction.amount), 0)).where(
            EnforcementAction.action == "monetary_penalty"
        )
    )
    return {
        "totals": {
            "articles": session.scalar(select(func.count(Article.id))),
            "relevant_articles": session.scalar(
                select(func.count(Article.id)).where(Article.relevant.is_(True))
            ),
            "syndicated_copies": session.scalar(
                select(func.count(Article.id)).where(Article.duplicate_of.is_not(None))
            ),
            "incidents": session.scalar(select(func.count(Incident.id))),
            "fined_incidents": session.scalar(
                select(func.count(func.distinct(EnforcementAction.incident_id))).where(
                    EnforcementAction.action == "monetary_penalty"
                )
            ),
            "fines_total_gbp": int(fines_total or 0),
            "breach_count_rows": session.scalar(select(func.count(BreachCountRow.id))),
        },
        "by_force": _grouped(session, func.coalesce(Force.name, "(unknown force)")),
        "by_year": _grouped(session, _incident_year()),
        "by_type": _grouped(session, func.coalesce(Incident.breach_type, "(unknown)")),
        "by_regulator": [
            {"key": name, "incidents": n, "fines_total": int(total or 0)}
            for name, n, total in session.execute(by_regulator_stmt)
        ],
    }


def breach_counts(session: Session, force: str | None = None) -> list[dict[str, Any]]:
    """Aggregate figures reported for forces ("24 breaches in 2016"), with their article."""
    stmt = (
        select(BreachCountRow, Force.name, Article)
        .outerjoin(Force, Force.id == BreachCountRow.force_id)
        .join(Article, Article.id == BreachCountRow.article_id)
        .where(Article.duplicate_of.is_(None))
        .order_by(
            Force.name,
            BreachCountRow.period,
            case((BreachCountRow.breach_type.is_(None), 0), else_=1),
            desc(BreachCountRow.count),
        )
    )
    if force:
        stmt = stmt.where(BreachCountRow.force_id.in_(force_ids(session, force)))
    return [
        {
            "force": name,
            "period": row.period,
            "breach_type": row.breach_type or "(total)",
            "count": row.count,
            "article_id": art.id,
            "source": art.url or art.path,
        }
        for row, name, art in session.execute(stmt)
    ]


__all__ = [
    "IncidentFilter",
    "breach_counts",
    "force_ids",
    "incident_query",
    "list_incidents",
    "regulator_ids",
    "show_incident",
    "stats",
]
