"""Terminal views: `incidents` fits the terminal, `show` prints the incident page's structure."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console
from web_corpus import ESSEX, ESSEX_FINE_SENTENCE, GMP, JOURNALIST_STORIES, STORIES

from kb.cli import cli
from kb.cli.incident_view import render_incident

N_INCIDENTS = 5  # GMP x2, Met, Kent, Essex (two outlets, one incident)


def run(*args: str, columns: int | None = None) -> tuple[int, str, str]:
    env = {"COLUMNS": str(columns)} if columns else {}
    result = CliRunner().invoke(cli, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def _listing(journalist_kb: Path) -> list[dict]:
    _, out, _ = run("incidents", "--db", str(journalist_kb), "--format", "json")
    return json.loads(out)


@pytest.mark.parametrize("width", [80, 100])
def test_incidents_table_fits_and_keeps_id_and_fine(journalist_kb: Path, width: int) -> None:
    code, out, err = run("incidents", "--db", str(journalist_kb), columns=width)
    assert code == 0, err
    lines = out.splitlines()
    assert all(len(line) <= width for line in lines), [ln for ln in lines if len(ln) > width]
    header = lines[0].split()
    assert header[:5] == ["id", "force", "year", "type", "fine"]
    rows = _listing(journalist_kb)
    assert len(rows) == N_INCIDENTS
    for row in rows:  # every id readable at the start of its row, with its fine beside it
        fine = f"£{row['fine_amount']:,}" if row["fine_amount"] else ""
        line = next(ln for ln in lines if re.match(rf"\s*{row['id']}\s", ln))
        assert fine in line
    assert "£150,000" in out and "£80,000" in out


def test_incidents_table_uses_a_wide_terminal_for_more_columns(journalist_kb: Path) -> None:
    _, narrow, _ = run("incidents", "--db", str(journalist_kb), columns=80)
    _, wide, _ = run("incidents", "--db", str(journalist_kb), columns=200)
    assert "summary" not in narrow.splitlines()[0]
    assert wide.splitlines()[0].split()[-1] == "summary"
    assert "Essex Police has been fined £80,000" in wide


def test_columns_option_chooses_the_columns(journalist_kb: Path) -> None:
    code, out, _ = run(
        "incidents", "--db", str(journalist_kb), "--columns", "id,fine,regulator", columns=80
    )
    assert code == 0 and out.splitlines()[0].split() == ["id", "fine", "regulator"]
    code, out, _ = run(
        "incidents", "--db", str(journalist_kb), "--format", "csv", "--columns", "id,fine"
    )
    assert next(csv.reader(io.StringIO(out))) == ["id", "fine_amount"]
    code, _, err = run("incidents", "--db", str(journalist_kb), "--columns", "id,colour")
    assert code == 2 and "unknown column colour" in err


def test_csv_and_json_are_unchanged_by_the_terminal_width(journalist_kb: Path) -> None:
    outs = {w: run("incidents", "--db", str(journalist_kb), "--format", "csv", columns=w)[1]
            for w in (80, 200)}  # fmt: skip
    assert outs[80] == outs[200]
    assert next(csv.reader(io.StringIO(outs[80]))) == [
        "id", "force", "breach_year", "breach_type", "regulator", "action", "fine_amount",
        "fine_paid", "source_count", "summary",
    ]  # fmt: skip


def _essex_id(journalist_kb: Path) -> int:
    return next(r["id"] for r in _listing(journalist_kb) if r["force"] == ESSEX)


def test_show_prints_each_sentence_once_with_its_fields(journalist_kb: Path) -> None:
    code, out, _ = run("show", str(_essex_id(journalist_kb)), "--db", str(journalist_kb),
                       columns=400)  # fmt: skip
    assert code == 0
    sources = out[out.index("Sources (2)") : out.index("Where the sources disagree")]
    assert sources.count(ESSEX_FINE_SENTENCE) == 1  # six fields, one sentence, printed once
    line = next(ln for ln in sources.splitlines() if ESSEX_FINE_SENTENCE in ln)
    assert "[force, breach year, breach type, regulator, action, fine]" in line
    expected = (
        "Loss or theft of a device or storage media",
        "June 2015 (month)",
        "discovered",
        "August 2015",
        "£80,000",
        "Example News",
        "County Courier",
    )
    for text in expected:
        assert text in out, text


def test_show_prints_who_said_what_where_sources_disagree(journalist_kb: Path) -> None:
    _, out, _ = run("show", str(_essex_id(journalist_kb)), "--db", str(journalist_kb),
                    columns=200)  # fmt: skip
    section = out[out.index("Where the sources disagree") :]
    assert re.search(r"£80,000 \(shown above\) — Example News 2016-11-02", section)
    assert re.search(r"£8,000 — County Courier 2016-11-03", section)
    assert "June 2015" in section and "July 2015" in section


def test_show_json_carries_sentences_and_disagreements(journalist_kb: Path) -> None:
    _, out, _ = run("show", str(_essex_id(journalist_kb)), "--db", str(journalist_kb),
                    "--format", "json")  # fmt: skip
    data = json.loads(out)
    assert {d["field"] for d in data["disagreements"]} == {"fine_amount", "breach_date"}
    assert all(s["sentences"] and s["outlet"] for s in data["sources"])


def test_document_text_is_never_read_as_markup() -> None:
    hostile = "[bold]GMP[/bold] [link=https://evil.example]click[/link] [/]"
    data = {
        "id": 1, "force": GMP, "breach_type": None, "breach_type_label": None,
        "breach_year": None, "regulator": None, "action": None, "fine_amount": None,
        "fine_currency": None, "fine_paid": None, "fine_year": None,
        "first_reported": None, "confidence": 0.5, "summary": hostile, "enforcement": [],
        "disagreements": [],
        "sources": [{"title": hostile, "outlet": hostile, "published": None, "url": hostile,
                     "path": None, "duplicate_of": None, "mention": "primary",
                     "sentences": [{"sentence": hostile, "highlights": [[1, 5]],
                                    "fields": [{"field": "force", "value": GMP}]}]}],
    }  # fmt: skip
    console = Console(record=True, width=300)
    render_incident(data, console)
    text = console.export_text()
    assert text.count(hostile) == 5  # summary, title, outlet, URL and sentence, as typed
    assert "“" + hostile + "”" in text
    assert "href=" not in console.export_html()  # no live link either


def test_every_story_fixture_is_distinct() -> None:
    urls = [s.url for s in STORIES + JOURNALIST_STORIES]
    assert len(urls) == len(set(urls))


@pytest.mark.parametrize(
    ("key", "field"),
    [("id", "id"), ("year", "breach_year"), ("fine", "fine_amount"), ("force", "force"),
     ("sources", "sources"), ("reported", "first_reported"), ("type", "breach_type")],
)  # fmt: skip
def test_every_sort_key_orders_the_listing(journalist_kb: Path, key: str, field: str) -> None:
    for sort, reverse in ((key, False), (f"-{key}", True)):
        code, out, err = run("incidents", "--db", str(journalist_kb), "--format", "json",
                             "--sort", sort)  # fmt: skip
        assert code == 0, err
        rows = json.loads(out)
        values = [len(r[field]) if field == "sources" else r[field] for r in rows]
        present = [v for v in values if v is not None]
        assert present == sorted(present, reverse=reverse), (sort, values)
        assert values[: len(present)] == present  # missing values last either way
