"""Read-side queries of the KB: incident listings with filters, one incident, statistics.

Functions return plain dicts ready for any output format; nothing here prints.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, Select, and_, cast, desc, extract, func, select
from sqlalchemy.orm import Session, selectinload

from kb.dictionary import breach_types
from kb.errors import BadInput, NotFound
from kb.incident_detail import disagreements, sentences
from kb.models import (
    Article,
    BreachCountRow,
    EnforcementAction,
    Force,
    Incident,
    IncidentSource,
    Regulator,
)
from kb.rollups import severity

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
        column = Incident.fine_amount  # the headline fine, written at resolution
    elif key == "sources":
        column = Incident.source_count
    elif key == "force":
        column = Incident.force_name  # copied at resolution (kb/rollups.py), indexed
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


def _source_ref(art: Any) -> dict[str, Any]:
    return {
        "article_id": art.id,
        "url": art.url,
        "path": art.path,
        "title": art.title,
        "published": art.published_at.isoformat() if art.published_at else None,
        "duplicate_of": art.duplicate_of,
    }


def _incident_dict(inc: Any, sources: list[dict[str, Any]]) -> dict[str, Any]:
    """The documented JSON shape of an incident (README, `incidents --format json`)."""
    return {
        "id": inc.id,
        "force": inc.force,
        "breach_year": inc.breach_year,
        "breach_type": inc.breach_type,
        "regulator": inc.regulator,
        "action": inc.action,
        "fine_amount": inc.fine_amount,
        "fine_currency": inc.fine_currency,
        "fine_paid": inc.fine_paid,
        "fine_year": inc.fine_year,
        "summary": inc.summary,
        "first_reported": inc.first_reported.isoformat() if inc.first_reported else None,
        "confidence": round(inc.confidence, 3),
        "sources": sources,
    }


def _incident_dicts(session: Session, stmt: Select[Any]) -> list[dict[str, Any]]:
    """Build listing rows with two Core queries: an ORM object graph per row cost ~0.5 ms.

    The headline action comes from the incident's rollup columns (kb/rollups.py).
    """
    rows = session.execute(
        stmt.outerjoin(Regulator, Regulator.id == Incident.regulator_id).with_only_columns(
            Incident.id,
            Incident.breach_year,
            Incident.breach_type,
            Incident.summary,
            Incident.first_reported,
            Incident.confidence,
            Incident.action,
            Incident.fine_amount,
            Incident.fine_currency,
            Incident.fine_paid,
            Incident.fine_year,
            Incident.force_name.label("force"),
            Regulator.name.label("regulator"),
        )
    ).all()
    ids = [row.id for row in rows]
    sources: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        for art in session.execute(
            select(IncidentSource.incident_id, *ARTICLE_REF_COLUMNS)
            .join(Article, Article.id == IncidentSource.article_id)
            .where(IncidentSource.incident_id.in_(part))
            .distinct()
            .order_by(IncidentSource.incident_id, Article.id)
        ):
            sources[art.incident_id].append(_source_ref(art))
    return [_incident_dict(r, sources[r.id]) for r in rows]


def list_incidents(session: Session, flt: IncidentFilter | None = None) -> list[dict[str, Any]]:
    """Incidents matching `flt`, as documented dicts, in the requested order."""
    return _incident_dicts(session, incident_query(session, flt or IncidentFilter()))


def show_incident(session: Session, incident_id: int) -> dict[str, Any]:
    """One incident: its facts, every enforcement action, every source with its evidence
    grouped by sentence, and the fields on which the sources disagree."""
    incident = session.get(
        Incident,
        incident_id,
        options=[  # one query per relationship, not one per action and per fact
            selectinload(Incident.enforcement_actions).joinedload(EnforcementAction.regulator),
            selectinload(Incident.sources).selectinload(IncidentSource.evidence),
            selectinload(Incident.sources).joinedload(IncidentSource.regulator),
            selectinload(Incident.sources).joinedload(IncidentSource.force),
            selectinload(Incident.sources)
            .joinedload(IncidentSource.article)
            .joinedload(Article.source),
        ],
    )
    if incident is None:
        raise NotFound(f"no incident with id {incident_id}")
    (result,) = _incident_dicts(session, select(Incident).where(Incident.id == incident_id))
    labels = {bt.code: bt.label for bt in breach_types()}
    result.update(
        breach_type_label=labels.get(incident.breach_type or "", incident.breach_type),
        breach_date=incident.breach_date,
        breach_date_precision=incident.breach_date_precision,
        discovered=incident.discovered,
        reported=incident.reported,
        decided=incident.decided,
        recorded_at=incident.recorded_at.isoformat(sep=" ") if incident.recorded_at else None,
    )
    result["enforcement"] = [
        {
            "regulator": a.regulator.name if a.regulator else None,
            "action": a.action,
            "amount": a.amount,
            "currency": a.currency,
            "amount_paid": a.amount_paid,
            "year": a.year,
        }
        for a in sorted(incident.enforcement_actions, key=lambda a: severity(a.action, a.amount))
    ]
    facts = sorted(incident.sources, key=lambda f: (f.article_id, f.ordinal))
    outlets = {f.article_id: f.article.source.name if f.article.source else None for f in facts}
    by_article: dict[int, dict[str, Any]] = {ref["article_id"]: ref for ref in result["sources"]}
    for article_id, ref in by_article.items():
        mine = [f for f in facts if f.article_id == article_id]
        ref["outlet"] = outlets.get(article_id)
        ref["mention"] = "primary" if any(f.mention != "passing" for f in mine) else "passing"
        ref["evidence"] = [
            {
                "field": ev.field,
                "value": ev.value,
                "sentence": ev.sentence,
                "start": ev.start,
                "end": ev.end,
                "source": ev.source,
            }
            for f in mine
            for ev in f.evidence
        ]
        ref["sentences"] = sentences(mine)
    result["disagreements"] = disagreements(result, facts, outlets, labels)
    return result


def _grouped(session: Session) -> dict[str, list[dict[str, Any]]]:
    """Incidents, fined incidents and total headline fines by force, by year and by type.

    Each grouping walks one covering (key, fine_amount) index in order (migration 0005): no
    table rows read, no sort. Incidents with no breach year count under the year they were
    first reported, as `--since`/`--until` do.
    """

    def walk(key: Any, *where: Any) -> list[Any]:
        stmt = select(
            key,
            func.count(),
            func.count(Incident.fine_amount),
            func.coalesce(func.sum(Incident.fine_amount), 0),
        )
        return list(session.execute(stmt.where(*where).group_by(key)))

    names: dict[int, str] = {
        fid: name for fid, name in session.execute(select(Force.id, Force.name))
    }
    reported_year = extract("year", Incident.first_reported)
    keyed: dict[str, list[tuple[Any, Any]]] = {
        "by_force": [
            (names.get(k, "(unknown force)") if k is not None else "(unknown force)", rest)
            for k, *rest in walk(Incident.force_id)
        ],
        "by_year": [
            ("(unknown)" if k is None else int(k), rest)
            for k, *rest in walk(Incident.breach_year, Incident.breach_year.is_not(None))
            + walk(reported_year, Incident.breach_year.is_(None))
        ],
        "by_type": [(k or "(unknown)", rest) for k, *rest in walk(Incident.breach_type)],
    }
    result = {}
    for group, rows in keyed.items():
        sums: dict[Any, list[int]] = defaultdict(lambda: [0, 0, 0])
        for key, (n, fined, total) in rows:
            sums[key][0] += n
            sums[key][1] += fined
            sums[key][2] += int(total)
        result[group] = [
            {"key": key, "incidents": n, "fined": fined, "fines_total": total}
            for key, (n, fined, total) in sorted(
                sums.items(), key=lambda kv: (-kv[1][0], str(kv[0]))
            )
        ]
    return result


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
    articles = session.scalar(select(func.count()).select_from(Article)) or 0
    fines_total = session.scalar(
        select(func.coalesce(func.sum(EnforcementAction.amount), 0)).where(
            EnforcementAction.action == "monetary_penalty"
        )
    )
    return {
        "totals": {
            "articles": articles,
            # All but the few judged off-topic: counting those reads a short index range.
            "relevant_articles": articles
            - (
                session.scalar(
                    select(func.count()).select_from(Article).where(Article.relevant.is_(False))
                )
                or 0
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
        **_grouped(session),
        "by_regulator": [
            {"key": name, "incidents": n, "fines_total": int(total or 0)}
            for name, n, total in session.execute(by_regulator_stmt)
        ],
    }


__all__ = [
    "IncidentFilter",
    "force_ids",
    "incident_query",
    "list_incidents",
    "regulator_ids",
    "show_incident",
    "stats",
]
