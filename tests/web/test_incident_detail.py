"""One incident as `breachkb show` and the incident page tell it: evidence grouped by sentence
with the supporting words found, and the fields on which sources disagree."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from web_corpus import ESSEX, ESSEX_FINE_SENTENCE, ESSEX_MISPRINT_SENTENCE, GMP

from kb.db import make_engine
from kb.highlight import supporting_spans
from kb.incident_detail import disagreements, partial_date, pounds
from kb.models import Force, Incident
from kb.queries import show_incident


def _incident_id(path: Path, force: str, year: int) -> int:
    with Session(make_engine(f"sqlite:///{path}")) as session:
        return session.scalar(
            select(Incident.id)
            .join(Force, Force.id == Incident.force_id)
            .where(Force.name == force, Incident.breach_year == year)
        )


@pytest.fixture(scope="module")
def essex(journalist_kb: Path) -> dict:
    with Session(make_engine(f"sqlite:///{journalist_kb}")) as session:
        return show_incident(session, _incident_id(journalist_kb, ESSEX, 2015))


def test_card_carries_dates_by_role_and_the_type_label(essex: dict) -> None:
    assert essex["breach_type_label"] == "Loss or theft of a device or storage media"
    assert (essex["breach_date"], essex["breach_date_precision"]) == ("2015-06", "month")
    assert (essex["discovered"], essex["reported"], essex["decided"]) == (
        "2015-08",
        "2015-09",
        "2016-11-01",
    )
    assert essex["fine_amount"] == 80_000 and len(essex["sources"]) == 2


def test_sources_disagreeing_on_the_fine_and_the_date_are_shown_with_who_said_what(
    essex: dict,
) -> None:
    by_field = {d["field"]: d for d in essex["disagreements"]}
    assert set(by_field) == {"fine_amount", "breach_date"}
    fine = by_field["fine_amount"]
    said = {v["display"]: [s["outlet"] for s in v["sources"]] for v in fine["values"]}
    assert said == {"£80,000": ["Example News"], "£8,000": ["County Courier"]}
    assert [v["display"] for v in fine["values"] if v["chosen"]] == ["£80,000"]
    sentences = {v["display"]: v["sources"][0]["sentence"] for v in fine["values"]}
    assert sentences == {"£80,000": ESSEX_FINE_SENTENCE, "£8,000": ESSEX_MISPRINT_SENTENCE}
    dates = {v["display"] for v in by_field["breach_date"]["values"]}
    assert dates == {"June 2015", "July 2015"}


def test_evidence_is_grouped_by_sentence_with_the_value_highlighted(essex: dict) -> None:
    first = next(s for s in essex["sources"] if s["outlet"] == "Example News")
    (entry,) = first["sentences"]  # six fields, one sentence: printed once
    assert entry["sentence"] == ESSEX_FINE_SENTENCE
    fields = [f["field"] for f in entry["fields"]]
    assert len(fields) == len(set(fields)) and {"force", "fine_amount", "regulator"} <= set(fields)
    marked = [entry["sentence"][a:b] for a, b in entry["highlights"]]
    assert "£80,000" in marked and "Essex Police" in marked and "fined" in marked
    assert "Information Commissioner's Office" in marked
    # The per-field list stays for scripts (one row per field, same sentence).
    assert {e["field"] for e in first["evidence"]} == set(fields)


def test_agreeing_sources_and_a_discounted_payment_are_not_disagreements(
    journalist_kb: Path,
) -> None:
    with Session(make_engine(f"sqlite:///{journalist_kb}")) as session:
        gmp = show_incident(session, _incident_id(journalist_kb, GMP, 2012))
    assert len(gmp["sources"]) == 2 and gmp["disagreements"] == []

    def fact(article_id: int, fine: int) -> SimpleNamespace:
        article = SimpleNamespace(id=article_id, title="t", url=None, path=None, published_at=None)
        return SimpleNamespace(
            article=article, article_id=article_id, ordinal=0, evidence=[], regulator=None,
            force=None, fine_amount=fine, breach_year=None, breach_date=None,
            breach_type=None, action=None, discovered=None, reported=None, decided=None,
        )  # fmt: skip

    incident = {"fine_amount": 150_000, "fine_paid": 120_000}
    facts = [fact(1, 150_000), fact(2, 120_000)]
    assert disagreements(incident, facts, {1: "A", 2: "B"}) == []
    facts.append(fact(3, 15_000))
    (fine,) = disagreements(incident, facts, {1: "A", 2: "B", 3: "C"})
    assert {v["value"] for v in fine["values"]} == {150_000, 120_000, 15_000}


@pytest.mark.parametrize(
    ("sentence", "field", "value", "expected"),
    [
        ("fined £150,000 today", "fine_amount", "150000", ["£150,000"]),
        ("a £1.2m penalty and £80k", "fine_amount", "1200000", ["£1.2m"]),
        ("paid 80,000 pounds", "fine_amount", "80000", ["80,000 pounds"]),
        ("£80,000 or £8,000", "fine_amount", "8000", ["£8,000"]),
        ("GMP said the stick was lost", "force", GMP, ["GMP"]),
        ("the ICO reprimanded the Met", "regulator", "Information Commissioner's Office", ["ICO"]),
        ("It was reprimanded in 2019", "action", "reprimand", ["reprimanded"]),
        ("lost in June 2015, a year later", "breach_date", "2015-06", ["June 2015"]),
        ("a laptop was stolen", "breach_type", "loss_or_theft_of_device", ["laptop"]),
        ("two laptops and discs", "breach_type", "loss_or_theft_of_device", ["laptops", "discs"]),
        ("issued penalties", "action", "monetary_penalty", ["penalties"]),
        ("in 2012 and 20121", "breach_year", "2012", ["2012"]),
    ],
)
def test_supporting_words(sentence: str, field: str, value: str, expected: list[str]) -> None:
    assert [sentence[a:b] for a, b in supporting_spans(sentence, field, value)] == expected


def test_people_formats() -> None:
    assert pounds(150_000) == "£150,000" and pounds(20_000, "EUR") == "EUR 20,000"
    assert [partial_date(d) for d in ("2015", "2015-06", "2015-06-18")] == [
        "2015",
        "June 2015",
        "18 June 2015",
    ]


def test_evidence_quoted_from_the_headline_is_kept_apart_from_the_text() -> None:
    from kb.incident_detail import sentences

    def ev(field: str, value: str, sentence: str, source: str, start: int = 0) -> SimpleNamespace:
        end = start + len(sentence) if source == "text" else 0
        return SimpleNamespace(
            field=field, value=value, sentence=sentence, start=start, end=end, source=source
        )

    headline = "Essex Police fined £80,000"
    fact = SimpleNamespace(
        key_terms=[],
        evidence=[
            ev("force", ESSEX, headline, "headline"),
            ev("fine_amount", "80000", headline, "text", 40),
            ev("fine_amount", "80000", headline, "headline"),
        ],
    )
    grouped = sentences([fact])
    assert [(g["source"], [f["field"] for f in g["fields"]]) for g in grouped] == [
        ("text", ["fine_amount"]),
        ("headline", ["force", "fine_amount"]),
    ]
    assert [headline[a:b] for a, b in grouped[1]["highlights"]] == ["Essex Police", "£80,000"]
