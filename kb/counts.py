"""Breach tallies in the KB: per-force time series and figures that sources disagree on.

An article may give one figure in parts ("11 officers and four civilians"): its rows for one
force, period and type are added up into the article's figure. Different articles that give
different figures for the same force, period and type are all kept; `count_conflicts` puts
them side by side.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kb.models import Article, BreachCountRow, Force
from kb.queries import force_ids

TOTAL = "(total)"  # how a force's overall figure (breach_type NULL) is shown


def _figures(session: Session, force: str | None) -> list[dict[str, Any]]:
    """One figure per article, force, period and type (the article's rows added up)."""
    stmt = (
        select(BreachCountRow, Force.name, Article.url, Article.path)
        .outerjoin(Force, Force.id == BreachCountRow.force_id)
        .join(Article, Article.id == BreachCountRow.article_id)
        .where(Article.duplicate_of.is_(None))
        .order_by(BreachCountRow.article_id, BreachCountRow.id)
    )
    if force:
        stmt = stmt.where(BreachCountRow.force_id.in_(force_ids(session, force)))
    figures: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row, name, url, path in session.execute(stmt):
        key = (row.article_id, name, row.period, row.breach_type)
        if key in figures:
            figures[key]["count"] += row.count
            figures[key]["approximate"] = figures[key]["approximate"] or bool(row.approximate)
            continue
        figures[key] = {
            "force": name,
            "period": row.period,
            "period_start": row.period_start,
            "period_end": row.period_end,
            "breach_type": row.breach_type or TOTAL,
            "count": row.count,
            "approximate": bool(row.approximate),
            "article_id": row.article_id,
            "source": url or path,
            "sentence": row.sentence,
        }
    return list(figures.values())


def _order(figure: dict[str, Any]) -> tuple[Any, ...]:
    return (
        figure["force"] or "",
        figure["period_start"] if figure["period_start"] is not None else 9999,
        figure["period_end"] if figure["period_end"] is not None else 9999,
        figure["breach_type"] != TOTAL,
        figure["breach_type"],
        -figure["count"],
        figure["article_id"],
    )


def breach_counts(session: Session, force: str | None = None) -> list[dict[str, Any]]:
    """Every reported figure, as a time series per force: ordered by force, then by the first
    year of the period, totals before breakdowns by type."""
    return sorted(_figures(session, force), key=_order)


def count_conflicts(session: Session, force: str | None = None) -> list[dict[str, Any]]:
    """Force, period and type for which sources give different exact figures, each with
    every figure and its source (approximate figures such as 'more than 400' are listed with
    them but never make a conflict on their own)."""
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for figure in breach_counts(session, force):
        groups[(figure["force"], figure["period"], figure["breach_type"])].append(figure)
    out = []
    for (name, period, btype), figures in groups.items():
        exact = {f["count"] for f in figures if not f["approximate"]}
        articles = {f["article_id"] for f in figures}
        if len(exact) < 2 or len(articles) < 2:
            continue
        out.append(
            {
                "force": name,
                "period": period,
                "breach_type": btype,
                "figures": [
                    {k: f[k] for k in ("count", "approximate", "article_id", "source", "sentence")}
                    for f in figures
                ],
            }
        )
    return out


__all__ = ["TOTAL", "breach_counts", "count_conflicts"]
