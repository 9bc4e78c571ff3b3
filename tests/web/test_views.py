"""The SQL views (migration 0002) agree with the CLI's listing of the same incidents."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from kb.queries import list_incidents

SHARED = ("force", "breach_year", "breach_type", "regulator", "action", "fine_amount", "fine_paid")


def test_incidents_view_matches_incidents_listing(kb_session: Session) -> None:
    listed = {row["id"]: row for row in list_incidents(kb_session)}
    viewed = {
        row["id"]: row
        for row in kb_session.execute(text("SELECT * FROM incidents_view")).mappings()
    }
    assert set(viewed) == set(listed) and listed
    for incident_id, row in viewed.items():
        assert {k: row[k] for k in SHARED} == {k: listed[incident_id][k] for k in SHARED}
        assert row["sources"] == len(listed[incident_id]["sources"])
        assert row["recorded_at"] is not None


def test_evidence_view_quotes_the_article(kb_session: Session) -> None:
    rows = kb_session.execute(
        text(
            "SELECT v.sentence, a.text FROM incident_evidence_view v "
            "JOIN articles a ON a.id = v.article_id"
        )
    ).all()
    assert rows
    assert all(sentence in article_text for sentence, article_text in rows)
