"""Incident-resolution quality: load gold articles into a scratch KB, compare its incidents
with the gold `incident_group` labels (B-cubed over gold incidents).

Matching rule, gold incident -> KB incident: a gold incident is paired with one predicted
fact of the same article that names the same force (normalised name), preferring the fact
that agrees on more of breach type, breach year and fine (`scoring.clustering.match_incidents`);
the KB incident of that fact (`incident_sources.article_id`, `ordinal`) is its predicted
cluster. A gold incident with no such fact is a cluster of its own. A gold incident without
its own `incident_group` takes the article's if it is the article's first incident; later
ones (incidents mentioned in passing) are incidents of their own.
"""

from __future__ import annotations

import tempfile
from collections.abc import Hashable, Sequence
from pathlib import Path

from sqlalchemy import select

from extract.gold_run import Extracted
from kb.db import make_engine, session_scope, upgrade
from kb.models import IncidentSource
from kb.store import store_document
from scoring.clustering import ClusterScore, bcubed, match_incidents


def gold_labels(results: Sequence[Extracted]) -> dict[Hashable, Hashable]:
    """(gold article id, incident index) -> gold incident group."""
    labels: dict[Hashable, Hashable] = {}
    for result in results:
        article = result.gold
        for index, incident in enumerate(article.incidents):
            group = incident.get("incident_group")
            if group is None:
                group = article.incident_group if index == 0 else None
            labels[(article.id, index)] = group or f"{article.id}#{index}"
    return labels


def predicted_labels(results: Sequence[Extracted], url: str) -> dict[Hashable, Hashable]:
    """Store every document in the KB at `url`, then map gold incidents to KB incident ids."""
    upgrade(url)
    engine = make_engine(url)
    try:
        article_ids: dict[str, int] = {}
        for result in results:
            if result.document is None:
                continue
            with session_scope(engine) as session:
                stored = store_document(session, result.document, result.extraction)
                article_ids[result.gold.id] = stored.article_id
        with session_scope(engine) as session:
            incident_of = {
                (article_id, ordinal): incident_id
                for article_id, ordinal, incident_id in session.execute(
                    select(
                        IncidentSource.article_id,
                        IncidentSource.ordinal,
                        IncidentSource.incident_id,
                    )
                )
            }
    finally:
        engine.dispose()
    labels: dict[Hashable, Hashable] = {}
    for result in results:
        article_id = article_ids.get(result.gold.id)
        if article_id is None:
            continue
        facts = [fact.to_json() for fact in result.extraction.incidents]
        for gold_index, ordinal in match_incidents(result.gold.incidents, facts).items():
            incident_id = incident_of.get((article_id, ordinal))
            if incident_id is not None:
                labels[(result.gold.id, gold_index)] = incident_id
    return labels


def cluster_score(results: Sequence[Extracted], url: str | None = None) -> ClusterScore:
    """B-cubed of the KB's incidents against gold groups; a temporary SQLite file by default."""
    if url is not None:
        return bcubed(gold_labels(results), predicted_labels(results, url))
    with tempfile.TemporaryDirectory(prefix="breachkb-eval-") as folder:
        scratch = f"sqlite:///{Path(folder) / 'eval.sqlite'}"
        return bcubed(gold_labels(results), predicted_labels(results, scratch))
