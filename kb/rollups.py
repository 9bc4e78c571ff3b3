"""Per-incident rollups written at resolution: the force name, the headline action and the
source count.

Listings, `stats` and Datasette's incidents_view sort and facet on these columns; computing
them per query over enforcement_actions and incident_sources cost 0.2-2.8 s at 100k incidents.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from extract.datafiles import load_toml
from kb.models import Force, Incident

# Most severe first (extract/data/actions.toml): an incident's headline action is the most
# severe one taken, the largest amount first among equals.
ACTION_SEVERITY: list[str] = list(load_toml("actions.toml")["severity"])


def severity(action: str | None, amount: int | None) -> tuple[int, int]:
    """Sort key: smaller is more severe."""
    rank = ACTION_SEVERITY.index(action) if action in ACTION_SEVERITY else len(ACTION_SEVERITY)
    return rank, -(amount or 0)


def headline(actions: Iterable[Any]) -> Any | None:
    """The most severe of `actions` (objects with `action` and `amount`), or None."""
    return min(actions, key=lambda a: severity(a.action, a.amount), default=None)


def fill_rollups(
    incident: Incident, article_ids: Iterable[int], force_name: str | None = None
) -> None:
    """Copy the headline action onto the incident and count its actions and source articles.

    `force_name`, when the caller knows it, is written as a value: an unchanged incident then
    needs no UPDATE. Without it the name is read in the INSERT/UPDATE (no session needed).
    """
    if force_name is not None:
        incident.force_name = force_name
    else:
        incident.force_name = (  # type: ignore[assignment]
            select(Force.name).where(Force.id == incident.force_id).scalar_subquery()
        )
    head = headline(incident.enforcement_actions)
    incident.regulator_id = head.regulator_id if head else None
    incident.action = head.action if head else None
    incident.fine_amount = head.amount if head else None
    incident.fine_currency = head.currency if head else None
    incident.fine_paid = head.amount_paid if head else None
    incident.fine_year = head.year if head else None
    incident.action_count = len(incident.enforcement_actions)
    incident.source_count = len(set(article_ids))
    if incident.recorded_at is None:  # kept across re-resolution: when it was first recorded
        incident.recorded_at = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
