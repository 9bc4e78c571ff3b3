"""Deduplication end to end: written articles -> clean + extract -> kb.store -> incidents.

Real extraction (`extract.pipeline.process`), the real store and a real migrated SQLite KB; the
articles are in tests/data/dedup (see its README).
"""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from extract.models import Document, Extraction
from extract.pipeline import process
from kb.db import make_engine, session_scope
from kb.models import Article, Incident
from kb.store import StoreResult, store_document

DATA = Path(__file__).parent / "data" / "dedup"
URLS = {
    rec["file"]: rec["url"]
    for rec in map(json.loads, (DATA / "facts.jsonl").read_text(encoding="utf-8").splitlines())
}
STORY = ["a1_northwest_daily.txt", "a2_dp_wire.txt", "a3_courier.txt"]
ALL = sorted(URLS)


@pytest.fixture(scope="module")
def extracted() -> dict[str, tuple[Document, Extraction]]:
    """Each fixture cleaned and extracted once, loaded with the URL it was published at."""
    return {
        name: process((DATA / name).read_bytes(), url=URLS[name], content_type="text/plain")
        for name in ALL
    }


def store(
    engine: Engine, extracted: dict[str, tuple[Document, Extraction]], names: list[str]
) -> dict[str, StoreResult]:
    """One transaction per document, as `breachkb load` does."""
    results = {}
    for name in names:
        with session_scope(engine) as session:
            results[name] = store_document(session, *extracted[name])
    return results


@pytest.fixture
def engines(template_db: Path, tmp_path: Path) -> Iterator[list[Engine]]:
    """Three fresh migrated KBs, for loading one corpus in several orders."""
    made = []
    for n in range(3):
        path = tmp_path / f"order{n}.sqlite"
        shutil.copy(template_db, path)
        made.append(make_engine(f"sqlite:///{path}"))
    yield made
    for engine in made:
        engine.dispose()


def incidents(session: Session) -> list[Incident]:
    return list(session.scalars(select(Incident).order_by(Incident.resolution_key)))


def sources(session: Session, incident: Incident) -> set[str]:
    return {s.article.url or "" for s in incident.sources}


def test_same_story_from_three_outlets_is_one_incident(engine: Engine, extracted) -> None:  # type: ignore[no-untyped-def]
    results = store(engine, extracted, STORY)
    assert {r.status for r in results.values()} == {"new"}  # different texts: not duplicates
    assert len({tuple(r.incident_ids) for r in results.values()}) == 1
    with Session(engine) as session:
        [incident] = incidents(session)
        assert sources(session, incident) == {URLS[n] for n in STORY}
        assert incident.breach_year == 2016
        assert [(a.amount, a.amount_paid) for a in incident.enforcement_actions] == [
            (120000, 96000)
        ]


def test_syndicated_copy_is_a_linked_source_counted_once(engine: Engine, extracted) -> None:  # type: ignore[no-untyped-def]
    results = store(engine, extracted, [*STORY])
    with Session(engine) as session:
        confidence = incidents(session)[0].confidence
    copy = store(engine, extracted, ["a1_syndicated.txt"])["a1_syndicated.txt"]
    assert copy.status == "duplicate"
    assert copy.duplicate_of == results["a1_northwest_daily.txt"].article_id
    assert copy.incident_ids == results["a1_northwest_daily.txt"].incident_ids
    with Session(engine) as session:
        [incident] = incidents(session)
        assert len(incident.sources) == 4
        assert incident.confidence == confidence  # a copy is not another independent source


def test_new_fine_and_earlier_one_are_two_incidents(engine: Engine, extracted) -> None:  # type: ignore[no-untyped-def]
    results = store(engine, extracted, [*STORY, "c1_new_fine.txt"])
    c1 = results["c1_new_fine.txt"]
    assert len(c1.incident_ids) == 2
    assert set(results["a1_northwest_daily.txt"].incident_ids) < set(c1.incident_ids)
    with Session(engine) as session:
        assert len(incidents(session)) == 2


def test_misprint_and_discounted_fine_join_the_story(engine: Engine, extracted) -> None:  # type: ignore[no-untyped-def]
    store(engine, extracted, [*STORY, "a4_misprint.txt", "a5_paid.txt"])
    with Session(engine) as session:
        [incident] = incidents(session)
        assert len(incident.sources) == 5
        assert [a.amount for a in incident.enforcement_actions] == [120000]


def test_other_breaches_stay_apart(engine: Engine, extracted) -> None:  # type: ignore[no-untyped-def]
    store(engine, extracted, [*STORY, "b1_spreadsheet.txt", "e1_earlier_stick.txt"])
    store(engine, extracted, ["d1_other_force.txt"])
    with Session(engine) as session:
        found = {(i.force.name, i.breach_year, i.breach_type) for i in incidents(session)}  # type: ignore[union-attr]
    assert found == {
        ("Cheshire Constabulary", 2016, "loss_or_theft_of_device"),
        ("Cheshire Constabulary", 2019, "published_in_error"),
        ("Cheshire Constabulary", 2012, "loss_or_theft_of_device"),
        ("Wiltshire Police", 2018, "loss_or_theft_of_device"),
    }


def test_url_variant_is_the_same_article(engine: Engine, extracted) -> None:  # type: ignore[no-untyped-def]
    doc, ex = extracted["a2_dp_wire.txt"]
    first = store(engine, extracted, ["a2_dp_wire.txt"])["a2_dp_wire.txt"]
    variant = Document(
        **{
            **doc.__dict__,
            "url": doc.url.replace("https://", "http://www.") + "/?utm_source=rss#top",
        }
    )  # type: ignore[union-attr]
    with session_scope(engine) as session:
        again = store_document(session, variant, ex)
    assert again.article_id == first.article_id
    assert again.status == "unchanged"
    with Session(engine) as session:
        assert session.query(Article).count() == 1


def describe(engine: Engine) -> list[tuple]:
    """Incidents by content (never by row id): identity is the resolution key."""
    with Session(engine) as session:
        return [
            (
                i.resolution_key,
                i.force_id,
                i.breach_year,
                i.breach_type,
                i.summary,
                i.confidence,
                tuple(sorted((a.action or "", a.amount or 0) for a in i.enforcement_actions)),
                tuple(sorted(s.article.content_hash for s in i.sources)),
            )
            for i in incidents(session)
        ]


def test_load_order_does_not_change_incidents(engines: list[Engine], extracted) -> None:  # type: ignore[no-untyped-def]
    forward, backward, shuffled = engines
    store(forward, extracted, ALL)
    store(backward, extracted, ALL[::-1])
    store(shuffled, extracted, random.Random(5).sample(ALL, len(ALL)))
    expected = describe(forward)
    assert len(expected) == 5  # Cheshire: 2016 stick, 2012 stick, spreadsheet, letters; Wiltshire
    assert describe(backward) == expected
    assert describe(shuffled) == expected
