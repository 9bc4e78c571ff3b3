"""Incident resolution over a real migrated KB, with facts as a careful reader states them.

The facts come from tests/data/dedup/facts.jsonl (one line per written article), so these tests
do not depend on the extractor; tests/test_dedup_e2e.py runs the same articles through it.
"""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kb import resolve as resolve_module
from kb.db import make_engine
from kb.models import Article, Force, Incident, IncidentSource, Regulator
from kb.neardup import content_hash, signature
from kb.resolve import (
    Comparison,
    FactView,
    compare,
    forbids,
    links,
    resolution_keys,
    resolve_incidents,
    same_fine,
)

DATA = Path(__file__).parent / "data" / "dedup"
FACTS = {
    rec["file"]: rec
    for rec in map(json.loads, (DATA / "facts.jsonl").read_text(encoding="utf-8").splitlines())
}
STORY = ["a1_northwest_daily.txt", "a2_dp_wire.txt", "a3_courier.txt"]
SYNDICATED = {"a1_syndicated.txt": "a1_northwest_daily.txt"}


@pytest.fixture(autouse=True, params=["all-pairs", "blocked"])
def comparison_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every resolution test twice: comparing all pairs of a force's facts (how forces up to
    EXHAUSTIVE_UP_TO facts resolve) and comparing blocked candidate pairs only (how larger
    forces resolve): the incidents must be the same."""
    if request.param == "blocked":
        monkeypatch.setattr(resolve_module, "EXHAUSTIVE_UP_TO", 0)
    return str(request.param)


def add(
    session: Session,
    name: str,
    *,
    duplicate_of: int | None = None,
    text: str | None = None,
    relevant: bool = True,
    url: str | None = None,
    **overrides: Any,
) -> Article:
    """Store one fixture article with its facts as IncidentSource rows (what kb.store writes)."""
    rec = FACTS[name]
    body = text if text is not None else (DATA / name).read_text(encoding="utf-8")
    forces = {f.name: f.id for f in session.scalars(select(Force))}
    regulators = {r.name: r.id for r in session.scalars(select(Regulator))}
    article = Article(
        url=url or rec["url"],
        canonical_url=url or f"{rec['url']}#{content_hash(body)}",
        fetched_at=datetime(2024, 1, 1),
        published_at=date.fromisoformat(rec["published"]),
        title=body.splitlines()[0],
        text=body,
        content_hash=content_hash(body),
        minhash=signature(body),
        relevant=relevant,
        extractor_version="test",
        duplicate_of=duplicate_of,
    )
    for ordinal, fact in enumerate(rec["facts"]):
        fact = {**fact, **overrides}
        article.facts.append(
            IncidentSource(
                ordinal=ordinal,
                force_id=forces.get(fact.get("force") or ""),
                breach_year=fact.get("breach_year"),
                breach_type=fact.get("breach_type"),
                regulator_id=regulators.get(fact.get("regulator") or ""),
                action=fact.get("action"),
                fine_amount=fact.get("fine_amount"),
                fine_currency="GBP" if fact.get("fine_amount") else None,
                fine_paid=fact.get("fine_paid"),
                fine_year=fact.get("fine_year"),
                mention=fact.get("mention", "primary"),
                summary=fact.get("summary"),
                key_terms=fact.get("key_terms", []),
            )
        )
    session.add(article)
    session.flush()
    return article


def load(session: Session, names: list[str]) -> dict[str, Article]:
    """Store the named fixtures in this order, linking syndicated copies to their original."""
    articles: dict[str, Article] = {}
    for name in names:
        original = articles.get(SYNDICATED.get(name, ""))
        articles[name] = add(session, name, duplicate_of=original.id if original else None)
    for name, original_name in SYNDICATED.items():
        if name in articles and original_name in articles:
            copy, original = articles[name], articles[original_name]
            if copy.duplicate_of is None:  # the copy came first: it is the original now
                original.duplicate_of = copy.id
    session.flush()
    return articles


def incidents(session: Session) -> list[Incident]:
    return list(session.scalars(select(Incident).order_by(Incident.resolution_key)))


def incident_of(article: Article, ordinal: int = 0) -> Incident:
    incident = article.facts[ordinal].incident
    assert incident is not None
    return incident


def describe(session: Session) -> list[tuple]:
    """Everything resolution decides, by content: comparable across databases and load orders."""
    session.expire_all()
    result = []
    for incident in incidents(session):
        actions = sorted(
            (a.regulator_id or 0, a.action or "", a.amount or 0, a.amount_paid or 0, a.year or 0)
            for a in incident.enforcement_actions
        )
        members = sorted(f"{s.article.content_hash}:{s.ordinal}" for s in incident.sources)
        result.append(
            (
                incident.resolution_key,
                incident.force_id,
                incident.breach_year,
                incident.breach_type,
                incident.summary,
                incident.first_reported,
                incident.confidence,
                tuple(actions),
                tuple(members),
            )
        )
    return result


@pytest.fixture
def new_session(template_db: Path, tmp_path: Path) -> Iterator[Callable[[], Session]]:
    """Factory of sessions, each over its own fresh copy of the migrated KB."""
    sessions: list[Session] = []

    def make() -> Session:
        path = tmp_path / f"kb{len(sessions)}.sqlite"
        shutil.copy(template_db, path)
        session = Session(make_engine(f"sqlite:///{path}"))
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        session.close()
        session.get_bind().engine.dispose()  # type: ignore[union-attr]


def test_same_story_from_three_outlets_is_one_incident_with_three_sources(
    session: Session,
) -> None:
    articles = load(session, STORY)
    resolve_incidents(session)
    [incident] = incidents(session)
    assert {s.article_id for s in incident.sources} == {a.id for a in articles.values()}
    assert incident.breach_year == 2016  # a3 dates it by the 2017 fine
    assert incident.breach_type == "loss_or_theft_of_device"
    assert incident.first_reported == date(2017, 3, 2)
    [action] = incident.enforcement_actions
    assert (action.action, action.amount, action.amount_paid, action.currency) == (
        "monetary_penalty",
        120000,
        96000,
        "GBP",
    )
    assert incident.resolution_key == min(f"{a.content_hash}:0000" for a in articles.values())


def test_two_breaches_of_one_force_in_different_years_stay_apart(session: Session) -> None:
    articles = load(session, ["a1_northwest_daily.txt", "b1_spreadsheet.txt"])
    resolve_incidents(session)
    assert len(incidents(session)) == 2
    assert incident_of(articles["a1_northwest_daily.txt"]) != incident_of(
        articles["b1_spreadsheet.txt"]
    )


def test_same_kind_of_breach_in_another_year_stays_apart(session: Session) -> None:
    articles = load(session, [*STORY, "e1_earlier_stick.txt"])
    resolve_incidents(session)
    assert len(incidents(session)) == 2
    earlier = incident_of(articles["e1_earlier_stick.txt"])
    assert earlier != incident_of(articles["a1_northwest_daily.txt"])
    assert [a.action for a in earlier.enforcement_actions] == ["investigation"]


def test_different_type_and_description_never_merge_even_in_the_same_year(
    session: Session,
) -> None:
    a1 = add(session, "a1_northwest_daily.txt")
    b1 = add(session, "b1_spreadsheet.txt", breach_year=2016, fine_amount=120000)
    resolve_incidents(session)
    assert incident_of(a1) != incident_of(b1)


def test_new_fine_and_earlier_one_are_two_incidents(session: Session) -> None:
    articles = load(session, [*STORY, "c1_new_fine.txt"])
    resolve_incidents(session)
    c1 = articles["c1_new_fine.txt"]
    new, earlier = incident_of(c1, 0), incident_of(c1, 1)
    assert new != earlier
    assert earlier == incident_of(articles["a1_northwest_daily.txt"])  # the passing mention
    assert (new.breach_year, new.breach_type) == (2020, "posted_to_incorrect_recipient")
    assert [a.amount for a in new.enforcement_actions] == [80000]
    assert len(incidents(session)) == 2


def test_misprinted_fine_does_not_split(session: Session) -> None:
    articles = load(session, [*STORY, "a4_misprint.txt"])
    resolve_incidents(session)
    [incident] = incidents(session)
    assert len(incident.sources) == 4
    assert [a.amount for a in incident.enforcement_actions] == [120000]
    assert incident_of(articles["a4_misprint.txt"]) == incident


def test_misprint_against_one_source_still_joins(session: Session) -> None:
    a1 = add(session, "a1_northwest_daily.txt")
    a4 = add(session, "a4_misprint.txt")
    resolve_incidents(session)
    assert incident_of(a1) == incident_of(a4)
    # Two sources, two amounts: the larger wins the tie (a misprint usually drops a digit).
    assert [a.amount for a in incident_of(a1).enforcement_actions] == [120000]


def test_fine_reduced_for_early_payment_is_the_same_fine(session: Session) -> None:
    a1 = add(session, "a1_northwest_daily.txt")
    a5 = add(session, "a5_paid.txt")
    resolve_incidents(session)
    assert incident_of(a1) == incident_of(a5)
    [action] = incident_of(a1).enforcement_actions
    assert (action.amount, action.amount_paid) == (120000, 96000)


def test_syndicated_copies_are_sources_but_vote_once(session: Session) -> None:
    a1 = add(session, "a1_northwest_daily.txt")
    a2 = add(session, "a2_dp_wire.txt")
    a4 = add(session, "a4_misprint.txt")
    copies = [
        add(session, "a4_misprint.txt", duplicate_of=a4.id, text=a4.text + f"\nCopy {n}.")
        for n in range(3)
    ]
    resolve_incidents(session)
    incident = incident_of(a1)
    assert {s.article_id for s in incident.sources} == {a1.id, a2.id, a4.id} | {
        c.id for c in copies
    }
    # Four articles say £12,000 but they are one report; two independent ones say £120,000.
    assert [a.amount for a in incident.enforcement_actions] == [120000]
    syndicated_confidence = incident.confidence

    session.delete(copies[0])
    session.delete(copies[1])
    session.delete(copies[2])
    session.flush()
    resolve_incidents(session)
    assert incident_of(a1).confidence == syndicated_confidence


def test_load_order_does_not_change_incidents(new_session: Callable[[], Session]) -> None:
    names = [*STORY, "a1_syndicated.txt", "a4_misprint.txt", "a5_paid.txt"]
    names += ["b1_spreadsheet.txt", "c1_new_fine.txt", "d1_other_force.txt", "e1_earlier_stick.txt"]
    orders = [names, names[::-1]] + [
        random.Random(seed).sample(names, len(names)) for seed in (1, 2)
    ]
    results = []
    for order in orders:
        session = new_session()
        load(session, order)
        resolve_incidents(session)
        results.append(describe(session))
    assert len(results[0]) == 5  # Cheshire: 2016 stick, spreadsheet, letters, 2012 stick; Wiltshire
    for other in results[1:]:
        assert other == results[0]


def test_resolving_per_document_gives_the_same_as_resolving_at_the_end(
    new_session: Callable[[], Session],
) -> None:
    names = [*STORY, "a4_misprint.txt", "b1_spreadsheet.txt", "c1_new_fine.txt"]
    incremental, batch = new_session(), new_session()
    for name in reversed(names):
        article = add(incremental, name)
        resolve_incidents(incremental, {f.force_id for f in article.facts if f.force_id})
    load(batch, names)
    resolve_incidents(batch)
    assert describe(incremental) == describe(batch)


def test_incident_ids_stay_stable_across_re_resolution(session: Session) -> None:
    articles = load(session, ["a2_dp_wire.txt", "b1_spreadsheet.txt"])
    resolve_incidents(session)
    before = {name: incident_of(a).id for name, a in articles.items()}
    resolve_incidents(session)
    assert {name: incident_of(a).id for name, a in articles.items()} == before
    # A new source joins; even if its fact key is the smallest, the incident keeps its id.
    a1 = add(session, "a1_northwest_daily.txt")
    resolve_incidents(session)
    assert incident_of(a1).id == before["a2_dp_wire.txt"]
    assert incident_of(articles["b1_spreadsheet.txt"]).id == before["b1_spreadsheet.txt"]


def test_scope_limits_the_forces_rebuilt(session: Session) -> None:
    a1 = add(session, "a1_northwest_daily.txt")
    d1 = add(session, "d1_other_force.txt")
    resolve_incidents(session, {d1.facts[0].force_id})  # type: ignore[arg-type]
    assert a1.facts[0].incident_id is None
    assert d1.facts[0].incident_id is not None
    resolve_incidents(session)
    assert a1.facts[0].incident_id is not None


def test_incidents_without_facts_are_deleted(session: Session) -> None:
    a1 = add(session, "a1_northwest_daily.txt")
    b1 = add(session, "b1_spreadsheet.txt")
    resolve_incidents(session)
    gone = incident_of(b1).id
    session.delete(b1)
    session.flush()
    resolve_incidents(session, {a1.facts[0].force_id})  # type: ignore[arg-type]
    assert session.get(Incident, gone) is None
    assert len(incidents(session)) == 1


def test_fact_moving_to_another_force_leaves_its_old_incident(session: Session) -> None:
    a1 = add(session, "a1_northwest_daily.txt")
    resolve_incidents(session)
    old = incident_of(a1).id
    wiltshire = session.scalar(select(Force.id).where(Force.name == "Wiltshire Police"))
    a1.facts[0].force_id = wiltshire
    session.flush()
    resolve_incidents(session, {wiltshire})  # type: ignore[arg-type]
    assert incident_of(a1).force_id == wiltshire
    assert session.get(Incident, old) is None or session.get(Incident, old).force_id == wiltshire  # type: ignore[union-attr]
    assert len(incidents(session)) == 1


def test_facts_without_force_or_of_off_topic_articles_have_no_incident(session: Session) -> None:
    no_force = add(session, "a1_northwest_daily.txt", force=None)
    off_topic = add(session, "d1_other_force.txt", relevant=False)
    resolve_incidents(session)
    assert no_force.facts[0].incident_id is None
    assert off_topic.facts[0].incident_id is None
    assert incidents(session) == []


def test_two_facts_of_one_article_never_merge(session: Session) -> None:
    same = FACTS["c1_new_fine.txt"]["facts"][0]
    fields = ("breach_year", "breach_type", "fine_amount", "summary", "key_terms", "mention")
    c1 = add(session, "c1_new_fine.txt", **{k: same.get(k) for k in fields})
    resolve_incidents(session)
    assert incident_of(c1, 0) != incident_of(c1, 1)


def view(**fields: Any) -> FactView:
    """A fact of force 1 with nothing stated but `fields`."""
    base: dict[str, Any] = dict(
        key="k",
        tiebreak="u",
        row_id=0,
        article_id=0,
        group="g",
        force_id=1,
        breach_year=None,
        breach_type=None,
        regulator_id=None,
        action=None,
        fine_amount=None,
        fine_currency=None,
        fine_paid=None,
        fine_year=None,
        primary=True,
        summary="",
        reported=None,
        terms=frozenset(),
        words=frozenset(),
    )
    return FactView(**{**base, **fields})


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (dict(fine_amount=150000), dict(fine_amount=150000), True),
        (dict(fine_amount=150000, fine_paid=120000), dict(fine_amount=120000), True),
        (dict(fine_amount=150000), dict(fine_amount=120000), True),  # 20% early-payment discount
        (dict(fine_amount=750000), dict(fine_amount=75000), False),  # a misprint is not the same
        (dict(fine_amount=150000), dict(fine_amount=80000), False),
    ],
)
def test_same_fine(a: dict, b: dict, same: bool) -> None:
    assert same_fine(view(**a), view(**b)) is same


@pytest.mark.parametrize(
    ("a", "b", "disagree"),
    [
        (dict(breach_year=2016), dict(breach_year=2016), 0),
        (dict(breach_year=2017), dict(breach_year=2016, fine_year=2017), 0),  # dated by the fine
        (dict(breach_year=2017, fine_year=2017), dict(breach_year=2016), 0),  # its own fine year
        (dict(breach_year=2017, fine_year=2017), dict(breach_year=2012), 1),  # too far back
        (dict(breach_year=2016), dict(breach_year=2012), 1),
        (dict(breach_year=2016), dict(), 0),  # a missing value is compatible
        (dict(regulator_id=1), dict(regulator_id=2), 1),
    ],
)
def test_field_disagreements(a: dict, b: dict, disagree: int) -> None:
    assert compare(view(**a), view(**b)).disagree == disagree


def test_one_shared_key_term_is_weak_evidence() -> None:
    one = compare(view(terms=frozenset({"usb stick"})), view(terms=frozenset({"usb stick", "x"})))
    two = compare(
        view(terms=frozenset({"usb stick", "burglary"})),
        view(terms=frozenset({"usb stick", "burglary", "laptop"})),
    )
    assert one.description == 0.5
    assert two.description == 1.0


@pytest.mark.parametrize(
    ("comparison", "linked", "forbidden"),
    [
        (Comparison(agree=2, disagree=0, type_differs=False, description=None, words=None), 1, 0),
        (Comparison(agree=0, disagree=0, type_differs=False, description=None, words=None), 0, 0),
        (Comparison(agree=1, disagree=1, type_differs=False, description=0.8, words=0.6), 1, 0),
        # shared key terms but little shared wording: not a clear match, so a year apart splits
        (Comparison(agree=1, disagree=1, type_differs=False, description=0.6, words=0.2), 0, 1),
        (Comparison(agree=2, disagree=1, type_differs=False, description=0.2, words=0.2), 1, 0),
        (Comparison(agree=1, disagree=1, type_differs=True, description=0.1, words=0.1), 0, 1),
        (Comparison(agree=1, disagree=2, type_differs=False, description=0.9, words=0.7), 0, 0),
    ],
)
def test_link_and_veto_rules(comparison: Comparison, linked: int, forbidden: int) -> None:
    assert links(comparison) is bool(linked)
    assert forbids(comparison) is bool(forbidden)


def test_exact_copies_at_two_urls_are_one_incident_in_any_order(
    new_session: Callable[[], Session],
) -> None:
    urls = ["https://one.example/story", "https://two.example/story"]
    results = []
    for order in (urls, urls[::-1]):
        session = new_session()
        copies = [add(session, "a2_dp_wire.txt", url=u) for u in order]
        resolve_incidents(session)
        assert incident_of(copies[0]) == incident_of(copies[1])
        results.append(describe(session))
    assert results[0] == results[1]


def test_resolution_keys_are_unique_when_copies_split() -> None:
    a, b, c = view(key="h:0000", tiebreak="u1"), view(key="h:0000", tiebreak="u2"), view(key="x")
    assert resolution_keys([[a], [b], [c]]) == ["h:0000", "h:0000#2", "x"]
