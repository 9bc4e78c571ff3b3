"""How a large force resolves (kb.clustering) on a real KB, on SQLite and PostgreSQL.

Every test runs twice, comparing all pairs and through the classes and description blocks a
force above EXHAUSTIVE_UP_TO facts goes through, and expects the same incidents both ways.
The reports are written here, field by field, so the tests say exactly which mechanism links
them: fields alone (a year and type shared by many reports), descriptions in common words
(MinHash-LSH), or one field with no description at all.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date, datetime

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from kb import clustering
from kb import resolve as resolve_module
from kb.models import Article, Force, Incident, IncidentSource, Regulator
from kb.neardup import content_hash
from kb.resolve import resolve_incidents

FORCE = "Greater Manchester Police"
ICO = "Information Commissioner's Office"
SCOTTISH = "Scottish Information Commissioner"
EMAILED = "emailed_to_incorrect_recipient"
KINDS = [EMAILED, "posted_to_incorrect_recipient", "failure_to_redact"]
_serial = itertools.count()


@pytest.fixture(params=["all-pairs", "blocked"])
def mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "blocked":
        monkeypatch.setattr(resolve_module, "EXHAUSTIVE_UP_TO", 0)
    else:
        monkeypatch.setattr(resolve_module, "EXHAUSTIVE_UP_TO", 10_000)
    return str(request.param)


def words(n: int, count: int = 6) -> str:
    """`count` made-up words no other report uses (letters only, as descriptions are read)."""
    return " ".join("qq" + "".join(chr(97 + d) for d in _digits(n * 16 + i)) for i in range(count))


def _digits(n: int) -> Iterator[int]:
    while True:
        yield n % 26
        n //= 26
        if not n:
            return


def report(
    session: Session,
    *,
    year: int | None = None,
    kind: str | None = None,
    fine: int | None = None,
    regulator: str | None = None,
    summary: str | None = None,
) -> IncidentSource:
    """One article by its own outlet, stating one fact about FORCE."""
    n = next(_serial)
    body = f"Report {n}: {summary or ''}"
    ids = {
        name: session.scalar(select(model.id).where(model.name == name))
        for model, name in ((Force, FORCE), (Regulator, regulator or ICO))
    }
    fact = IncidentSource(
        ordinal=0,
        force_id=ids[FORCE],
        breach_year=year,
        breach_type=kind,
        regulator_id=ids[regulator] if regulator else None,
        action="monetary_penalty" if fine else None,
        fine_amount=fine,
        fine_currency="GBP" if fine else None,
        fine_year=year + 1 if fine and year else None,
        summary=summary,
        key_terms=[],
    )
    session.add(
        Article(
            url=f"https://outlet{n}.example/story",
            canonical_url=f"https://outlet{n}.example/story",
            fetched_at=datetime(2024, 1, 1),
            published_at=date(2017, 1, 1),
            text=body,
            content_hash=content_hash(body),
            relevant=True,
            extractor_version="test",
            facts=[fact],
        )
    )
    session.flush()
    return fact


def groups(session: Session, facts: list[IncidentSource]) -> list[set[int]]:
    """The given facts, grouped by incident (as positions in `facts`)."""
    session.expire_all()
    by_incident: dict[int | None, set[int]] = {}
    for position, fact in enumerate(facts):
        by_incident.setdefault(fact.incident_id, set()).add(position)
    assert None not in by_incident
    return sorted(by_incident.values(), key=min)


def test_a_year_and_type_many_reports_share_resolves_by_its_fines(
    session: Session, mode: str
) -> None:
    # 45 reports of one year and type, each in its own words: fields alone link every pair
    # that does not disagree on the fine, so the rule leaves two incidents, one per fine.
    plain = [report(session, year=2016, kind=EMAILED, summary=words(i)) for i in range(30)]
    small = [
        report(session, year=2016, kind=EMAILED, fine=80_000, regulator=ICO, summary=words(i))
        for i in range(30, 40)
    ]
    large = [
        report(session, year=2016, kind=EMAILED, fine=300_000, regulator=ICO, summary=words(i))
        for i in range(40, 45)
    ]
    stats = resolve_incidents(session)
    found = list(session.scalars(select(Incident)))
    assert sorted(i.fine_amount or 0 for i in found) == [80_000, 300_000]
    assert sum(i.source_count or 0 for i in found) == 45
    by_fine = {i.fine_amount: i.id for i in found}
    assert {f.incident_id for f in small} == {by_fine[80_000]}
    assert {f.incident_id for f in large} == {by_fine[300_000]}
    assert {f.incident_id for f in plain} <= set(by_fine.values())
    pairs = 45 * 44 // 2
    if mode == "blocked":
        # The 990 links of the block stood for by class pairs; only facts of the two fines
        # were compared, when their clusters met (and then the first pair said no).
        assert stats.bare_links == pairs - 10 * 5
        assert stats.compared < 20
    else:
        assert stats.compared == pairs


def test_alike_descriptions_in_common_words_link_in_a_large_force(
    session: Session, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every word below is used by more reports than RARE_TOKEN, so none of them blocks pairs
    # on its own: LSH finds the two reports that say the same thing, each missing a field
    # the other has (no field agrees, so only the description can link them).
    monkeypatch.setattr(clustering, "RARE_TOKEN", 2)
    text = "laptop stolen from an unmarked car outside the station"
    one = report(session, year=2016, regulator=ICO, summary=text)
    other = report(session, kind="loss_or_theft_of_device", regulator=ICO, summary=text)
    # Two reports of a breach years earlier, in the same words, but fined by another
    # regulator: two fields disagree with each of the first two, so never one incident.
    older = [
        report(session, year=2010, kind="cyber_attack", regulator=SCOTTISH, summary=text)
        for _ in range(2)
    ]
    resolve_incidents(session)
    assert groups(session, [one, other, *older]) == [{0, 1}, {2, 3}]


def test_a_report_with_no_description_links_on_one_field(session: Session, mode: str) -> None:
    # A report that says only the year links with one that agrees on it and does not
    # disagree on anything: there is no description to tell them apart.
    bare = report(session, year=2016)
    letters = report(session, year=2016, kind="posted_to_incorrect_recipient", summary=words(1))
    later = [
        report(session, year=2017, kind="posted_to_incorrect_recipient", summary=words(i))
        for i in (2, 3)
    ]
    resolve_incidents(session)
    assert groups(session, [bare, letters, *later]) == [{0, 1}, {2, 3}]


def test_re_resolving_through_blocks_changes_nothing_all_pairs_decided(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    facts = [
        report(session, year=2015 + i % 3, kind=EMAILED if i % 2 else None, summary=words(i % 7))
        for i in range(40)
    ]
    facts += [
        report(session, year=2016, kind=EMAILED, fine=fine, regulator=ICO, summary=words(i))
        for i, fine in enumerate([80_000, 64_000, 300_000, 80_000, 300_000])
    ]
    monkeypatch.setattr(resolve_module, "EXHAUSTIVE_UP_TO", 10_000)
    resolve_incidents(session)
    session.expire_all()
    before = [(f.id, f.incident_id) for f in facts]
    incidents_before = [
        (i.id, i.resolution_key, i.fine_amount)
        for i in session.scalars(select(Incident).order_by(Incident.id))
    ]
    monkeypatch.setattr(resolve_module, "EXHAUSTIVE_UP_TO", 0)
    resolve_incidents(session)
    session.expire_all()
    assert [(f.id, f.incident_id) for f in facts] == before
    assert [
        (i.id, i.resolution_key, i.fine_amount)
        for i in session.scalars(select(Incident).order_by(Incident.id))
    ] == incidents_before
    assert len(incidents_before) > 3


def test_re_resolving_writes_only_what_changed(session: Session, mode: str) -> None:
    for i in range(12):  # twelve incidents: four years, three types
        for _ in range(2):
            report(session, year=2010 + i % 4, kind=KINDS[i % 3], summary=words(i))
    resolve_incidents(session)
    session.flush()
    writes: list[str] = []

    def count(conn, cursor, statement: str, *args: object) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().split()[0].upper() in ("INSERT", "UPDATE", "DELETE"):
            writes.append(statement)

    event.listen(session.connection(), "before_cursor_execute", count)
    try:
        resolve_incidents(session)
        assert writes == []
        report(session, year=2011, kind=KINDS[1], summary=words(1))  # joins one incident
        writes.clear()
        resolve_incidents(session)
    finally:
        event.remove(session.connection(), "before_cursor_execute", count)
    # The new fact's link and the one incident's source count, not a row per incident.
    assert 1 <= len(writes) <= 3
    assert all("incidents" in w or "incident_sources" in w for w in writes)
