"""Breach tallies in a real KB: per-force time series, conflicting sources kept side by side,
and `breachkb counts` in every format."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from extract.models import BreachCount, Document, Evidence, Extraction
from kb.cli import cli
from kb.counts import TOTAL, breach_counts, count_conflicts
from kb.db import make_engine, session_scope
from kb.models import BreachCountRow
from kb.store import store_document

KENT, ESSEX = "Kent Police", "Essex Police"


def _count(force: str, period: str, count: int, btype: str | None = None, **kw) -> BreachCount:  # type: ignore[no-untyped-def]
    sentence = f"{force} recorded {count} data breaches in {period}."
    return BreachCount(
        force,
        period,
        btype,
        count,
        evidence=Evidence("breach_count", str(count), sentence, 0, len(sentence)),
        **kw,
    )


def _store(session: Session, url: str, text: str, counts: list[BreachCount]) -> int:
    ex = Extraction(relevant=True, breach_counts=counts, extractor_version="test")
    return store_document(session, Document(text=text, url=url), ex).article_id


def _kb(session: Session) -> dict[str, int]:
    """Three sources on Kent: two agree on 2021, one gives another 2022 figure; an FOI
    answer gives 2020 in two parts; Essex has an approximate figure only."""
    ids = {
        "foi": _store(session, "https://example.org/foi", "Kent FOI answer text.", [
            _count(KENT, "2020", 30),
            _count(KENT, "2020", 12),  # "30 officers and 12 staff": one figure, in parts
            _count(KENT, "2021/2022".replace("/", "-"), 140),
        ]),
        "paper": _store(session, "https://example.org/paper", "Kent newspaper story text.", [
            _count(KENT, "2022", 97),
            _count(KENT, "2021-2022", 131),
            _count(KENT, "2021-2022", 40, "emailed_to_incorrect_recipient"),
            _count(ESSEX, "2019-2021", 400, approximate=True),
        ]),
        "blog": _store(session, "https://example.org/blog", "Kent blog post text, other.", [
            _count(KENT, "2018-2022", 500),
            _count(KENT, "2021-2022", 131, approximate=True),
        ]),
    }  # fmt: skip
    session.commit()
    return ids


def test_rows_keep_period_bounds_approximate_flag_and_evidence(session: Session) -> None:
    _kb(session)
    rows = session.scalars(select(BreachCountRow).order_by(BreachCountRow.id)).all()
    assert len(rows) == 9
    fy = next(r for r in rows if r.count == 140)
    assert (fy.period, fy.period_start, fy.period_end) == ("2021-2022", 2021, 2022)
    assert [r.count for r in rows if r.approximate] == [400, 131]
    assert all(r.sentence and str(r.count) in r.sentence for r in rows)


def test_time_series_of_one_force_is_ordered_by_period_start(session: Session) -> None:
    _kb(session)
    series = breach_counts(session, "kent")
    assert {r["force"] for r in series} == {KENT}
    starts = [(r["period_start"], r["period_end"]) for r in series]
    assert starts == sorted(starts)
    first = series[0]
    assert (first["period"], first["count"]) == ("2018-2022", 500)
    # the FOI's two parts of 2020 are one figure of that source
    assert [(r["period"], r["count"]) for r in series if r["period"] == "2020"] == [("2020", 42)]
    fy = [r for r in series if r["period"] == "2021-2022"]
    assert [r["breach_type"] for r in fy][:3] == [TOTAL, TOTAL, TOTAL]
    assert fy[-1]["breach_type"] == "emailed_to_incorrect_recipient"
    assert all(r["source"].startswith("https://example.org/") for r in series)


def test_conflicting_figures_are_all_kept_and_shown_together(session: Session) -> None:
    ids = _kb(session)
    (conflict,) = count_conflicts(session)
    assert (conflict["force"], conflict["period"], conflict["breach_type"]) == (
        KENT,
        "2021-2022",
        TOTAL,
    )
    figures = {(f["article_id"], f["count"], f["approximate"]) for f in conflict["figures"]}
    assert figures == {(ids["foi"], 140, False), (ids["paper"], 131, False),
                       (ids["blog"], 131, True)}  # fmt: skip
    # both conflicting figures stay in the KB
    stored = session.scalar(
        select(func.count()).where(
            BreachCountRow.period == "2021-2022", BreachCountRow.breach_type.is_(None)
        )
    )
    assert stored == 3


def test_an_approximate_figure_alone_is_no_conflict(session: Session) -> None:
    _kb(session)
    _store(
        session, "https://example.org/essex", "Essex story text.", [_count(ESSEX, "2019-2021", 380)]
    )
    session.commit()
    assert [c["force"] for c in count_conflicts(session)] == [KENT]
    assert count_conflicts(session, "essex") == []


def test_one_article_giving_a_figure_in_parts_is_no_conflict(session: Session) -> None:
    _kb(session)
    assert not [c for c in count_conflicts(session) if c["period"] == "2020"]


# ------------------------------------------------ the CLI


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def counted(db_url: str) -> str:
    engine = make_engine(db_url)
    with session_scope(engine) as session:
        _kb(session)
    engine.dispose()
    return db_url


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_counts_force_prints_the_series_in_every_format(counted: str, fmt: str) -> None:
    code, out, err = run("counts", "--force", "Kent", "--db", counted, "--format", fmt)
    assert code == 0, err
    if fmt == "json":
        rows = json.loads(out)
        assert [r["period_start"] for r in rows] == sorted(r["period_start"] for r in rows)
        assert {r["force"] for r in rows} == {KENT}
        assert any(r["approximate"] for r in rows)
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows[0].keys() >= {"force", "period", "breach_type", "count", "approximate"}
        assert {r["period"] for r in rows} == {"2018-2022", "2020", "2021-2022", "2022"}
    else:
        assert "Kent Police" in out and "Essex" not in out
        assert "~131" in out and "2018-2022" in out


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_counts_conflicts_in_every_format(counted: str, fmt: str) -> None:
    code, out, err = run("counts", "--conflicts", "--db", counted, "--format", fmt)
    assert code == 0, err
    if fmt == "json":
        (group,) = json.loads(out)
        assert sorted(f["count"] for f in group["figures"]) == [131, 131, 140]
        assert all(f["source"] for f in group["figures"])
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert {r["conflict"] for r in rows} == {"1"}
        assert sorted(r["count"] for r in rows) == ["131", "131", "140"]
    else:
        assert "2021-2022" in out and "140" in out and "~131" in out
        assert "example.org/foi" in out and "example.org/paper" in out


def test_counts_of_an_unknown_force_is_a_one_line_error(counted: str) -> None:
    code, out, err = run("counts", "--force", "Atlantis", "--db", counted)
    assert code == 1 and out == ""
    assert "Atlantis" in err and err.strip().count("\n") == 0


def test_extract_json_shows_force_rows_national_figures_and_outcomes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "stats.txt"
    page.write_text(
        "Police data misuse figures\n\nUK police forces recorded 1,500 data breaches in 2019, "
        "figures show. Kent Police recorded 120 data breaches in 2019, and 4 officers were "
        "sacked.",
        encoding="utf-8",
    )
    code, out, err = run("extract", str(page), "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    assert [(c["force"], c["period"], c["count"]) for c in doc["breach_counts"]] == [
        (KENT, "2019", 120)
    ]
    assert [(c["period"], c["count"]) for c in doc["national_counts"]] == [("2019", 1500)]
    assert [(c["force"], c["count"]) for c in doc["outcome_counts"]] == [(KENT, 4)]
    (row,) = doc["breach_counts"]
    assert (
        doc["text"][row["evidence"]["start"] : row["evidence"]["end"]]
        == row["evidence"]["sentence"]
    )
