"""Read-side queries of the KB: incident listings with filters, one incident, statistics.

Functions return plain dicts ready for any output format; nothing here prints.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, Select, and_, case, cast, desc, extract, func, select
from sqlalchemy.orm import Session, selectinload

from extract.datafiles import load_toml
from kb.dictionary import breach_types
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

# Most severe first (extract/data/actions.toml): an incident's headline action is the most
# severe one taken.
ACTION_SEVERITY: list[str] = list(load_toml("actions.toml")["severity"])
ARTICLE_REF_COLUMNS = (
    Article.id,
    Article.url,
    Article.path,
    Article.title,
    Article.published_at,
    Article.duplicate_of,
)
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
    # EXTRACT is numeric on PostgreSQL (a Decimal in Python): cast, so a year is an int on both.
    return func.coalesce(
        Incident.breach_year, cast(extract("year", Incident.first_reported), Integer)
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
        codes = [bt.code for bt in breach_types()]
        if not code or not any(known.startswith(code) for known in codes):
            raise BadInput(
                f"no breach type matches {flt.breach_type!r}: use one of {', '.join(codes)}"
            )
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
    column: Any
    if key not in SORT_KEYS:
        raise BadInput(f"cannot sort by {key!r}; choose one of {', '.join(SORT_KEYS)}")
    if key == "fine":
        fines = (
            select(EnforcementAction.incident_id, func.max(EnforcementAction.amount).label("v"))
            .group_by(EnforcementAction.incident_id)
            .subquery()
        )
        stmt = stmt.outerjoin(fines, fines.c.incident_id == Incident.id)
        column = fines.c.v
    elif key == "sources":
        counts = (
            select(
                IncidentSource.incident_id,
                func.count(func.distinct(IncidentSource.article_id)).label("v"),
            )
            .group_by(IncidentSource.incident_id)
            .subquery()
        )
        stmt = stmt.outerjoin(counts, counts.c.incident_id == Incident.id)
        column = counts.c.v
    elif key == "force":
        stmt = stmt.outerjoin(Force, Force.id == Incident.force_id)
        column = Force.name
    else:
        column = {
            "id": Incident.id,
            "year": _incident_year(),
            "reported": Incident.first_reported,
            "type": Incident.breach_type,
        }[key]
    order = desc(column) if descending else column
    stmt = stmt.order_by(order.nulls_last(), Incident.id)
    if flt.limit is not None:
        stmt = stmt.limit(flt.limit)
    return stmt


def _severity(action: str | None, amount: int | None) -> tuple[int, int]:
    rank = ACTION_SEVERITY.index(action) if action in ACTION_SEVERITY else len(ACTION_SEVERITY)
    return rank, -(amount or 0)


def _source_ref(art: Any) -> dict[str, Any]:
    return {
        "article_id": art.id,
        "url": art.url,
        "path": art.path,
        "title": art.title,
        "published": art.published_at.isoformat() if art.published_at else None,
        "duplicate_of": art.duplicate_of,
    }


def _incident_dict(
    inc: Any, force: str | None, actions: list[Any], sources: list[dict[str, Any]]
) -> dict[str, Any]:
    """The documented JSON shape of an incident (README, `incidents --format json`)."""
    head = min(actions, key=lambda a: _severity(a.action, a.amount), default=None)
    return {
        "id": inc.id,
        "force": force,
        "breach_year": inc.breach_year,
        "breach_type": inc.breach_type,
        "regulator": head.regulator if head else None,
        "action": head.action if head else None,
        "fine_amount": head.amount if head else None,
        "fine_currency": head.currency if head else None,
        "fine_paid": head.amount_paid if head else None,
        "fine_year": head.year if head else None,
        "summary": inc.summary,
        "first_reported": inc.first_reported.isoformat() if inc.first_reported else None,
        "confidence": round(inc.confidence, 3),
        "sources": sources,
    }


def _incident_dicts(session: Session, stmt: Select[Any]) -> list[dict[str, Any]]:
    """Build listing rows with three Core queries: an ORM object graph per row cost ~0.5 ms."""
    rows = session.execute(
        stmt.outerjoin(Force, Force.id == Incident.force_id).with_only_columns(
            Incident.id,
            Incident.breach_year,
            Incident.breach_type,
            Incident.summary,
            Incident.first_reported,
            Incident.confidence,
            Force.name.label("force"),
        )
    ).all()
    ids = [row.id for row in rows]
    actions: dict[int, list[Any]] = defaultdict(list)
    sources: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        for action in session.execute(
            select(
                EnforcementAction.incident_id,
                EnforcementAction.action,
                EnforcementAction.amount,
                EnforcementAction.currency,
                EnforcementAction.amount_paid,
                EnforcementAction.year,
                Regulator.name.label("regulator"),
            )
            .outerjoin(Regulator, Regulator.id == EnforcementAction.regulator_id)
            .where(EnforcementAction.incident_id.in_(part))
        ):
            actions[action.incident_id].append(action)
        for art in session.execute(
            select(IncidentSource.incident_id, *ARTICLE_REF_COLUMNS)
            .join(Article, Article.id == IncidentSource.article_id)
            .where(IncidentSource.incident_id.in_(part))
            .distinct()
            .order_by(IncidentSource.incident_id, Article.id)
        ):
            sources[art.incident_id].append(_source_ref(art))
    return [_incident_dict(r, r.force, actions[r.id], sources[r.id]) for r in rows]


def list_incidents(session: Session, flt: IncidentFilter | None = None) -> list[dict[str, Any]]:
    """Incidents matching `flt`, as documented dicts, in the requested order."""
    return _incident_dicts(session, incident_query(session, flt or IncidentFilter()))


def show_incident(session: Session, incident_id: int) -> dict[str, Any]:
    """One incident with every enforcement action and every source's evidence sentences."""
    incident = session.get(
        Incident,
        incident_id,
        options=[  # one query per relationship, not one per action and per fact
            selectinload(Incident.enforcement_actions).joinedload(EnforcementAction.regulator),
            selectinload(Incident.sources).selectinload(IncidentSource.evidence),
        ],
    )
    if incident is None:
        raise NotFound(f"no incident with id {incident_id}")
    (result,) = _incident_dicts(session, select(Incident).where(Incident.id == incident_id))
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
            "articles": session.scalar(select(func.count()).select_from(Article)),
            "relevant_articles": session.scalar(
                select(func.count()).select_from(Article).where(Article.relevant.is_(True))
            ),
            "syndicated_copies": session.scalar(
                select(func.count()).select_from(Article).where(Article.duplicate_of.is_not(None))
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
