"""The `breachkb` CLI over a real KB built from the seed corpus."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kb.cli import cli
from kb.db import make_engine
from kb.loader import load_paths

ROOT = Path(__file__).resolve().parent.parent
INCIDENT_KEYS = {
    "id", "force", "breach_year", "breach_type", "regulator", "action",
    "fine_amount", "fine_currency", "fine_paid", "sources",
}  # fmt: skip


@pytest.fixture
def seeded(db_url: str) -> str:
    report = load_paths(make_engine(db_url), [ROOT / "seeds"])
    assert not report.skipped
    return db_url


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_init_creates_a_kb_and_commands_refuse_an_empty_one(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite'}"
    code, _, err = run("incidents", "--db", url)
    assert code == 1
    assert err.strip().count("\n") == 0 and "breachkb init" in err
    code, out, _ = run("init", "--db", url)
    assert code == 0 and "ready" in out
    code, out, _ = run("incidents", "--db", url, "--format", "json")
    assert code == 0 and json.loads(out) == []


def test_incidents_json_has_the_documented_shape(seeded: str) -> None:
    code, out, _ = run("incidents", "--db", seeded, "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert rows and all(row.keys() >= INCIDENT_KEYS for row in rows)
    fined = [r for r in rows if r["fine_amount"] == 150_000]
    assert fined and all(r["fine_currency"] == "GBP" for r in fined)
    assert all(r["force"] == "Greater Manchester Police" for r in rows)
    assert all(s["path"] or s["url"] for r in rows for s in r["sources"])


def test_incidents_csv_opens_as_a_spreadsheet(seeded: str) -> None:
    code, out, _ = run("incidents", "--db", seeded, "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and {"id", "force", "fine_amount", "source_count"} <= rows[0].keys()
    assert {r["fine_amount"] for r in rows} >= {"150000"}


@pytest.mark.parametrize(
    ("args", "predicate"),
    [
        (("--force", "GMP"), lambda r: r["force"] == "Greater Manchester Police"),
        (("--force", "manchester"), lambda r: r["force"] == "Greater Manchester Police"),
        (("--min-fine", "100000"), lambda r: (r["fine_amount"] or 0) >= 100_000),
        (
            ("--type", "loss_or_theft"),
            lambda r: (r["breach_type"] or "").startswith("loss_or_theft"),
        ),
        (("--regulator", "ICO"), lambda r: r["regulator"] == "Information Commissioner's Office"),
        (("--year", "2015"), lambda r: r["breach_year"] == 2015),
        (("--since", "2015", "--until", "2015-12-31"), lambda r: r["breach_year"] == 2015),
    ],
)
def test_incident_filters(seeded: str, args, predicate) -> None:  # type: ignore[no-untyped-def]
    _, everything, _ = run("incidents", "--db", seeded, "--format", "json")
    code, out, err = run("incidents", "--db", seeded, "--format", "json", *args)
    assert code == 0, err
    rows = json.loads(out)
    assert rows, f"{args} matched nothing"
    # Exactly the matching incidents: none that fail the predicate, none that pass it left out.
    assert rows == [r for r in json.loads(everything) if predicate(r)]


def test_filters_that_exclude_everything(seeded: str) -> None:
    for args in (("--force", "Kent"), ("--min-fine", "10000000"), ("--year", "1999")):
        code, out, _ = run("incidents", "--db", seeded, "--format", "json", *args)
        assert code == 0 and json.loads(out) == [], args
    code, _, err = run("incidents", "--db", seeded, "--force", "Narnia Constabulary")
    assert code == 1 and "no police force matches" in err


def test_sort_and_limit(seeded: str) -> None:
    code, out, _ = run("incidents", "--db", seeded, "--format", "json", "--sort", "-fine")
    fines = [r["fine_amount"] or 0 for r in json.loads(out)]
    assert fines == sorted(fines, reverse=True)
    code, out, _ = run("incidents", "--db", seeded, "--format", "json", "--limit", "1")
    assert len(json.loads(out)) == 1
    code, _, err = run("incidents", "--db", seeded, "--sort", "colour")
    assert code == 1 and "cannot sort" in err


def test_show_lists_every_source_with_evidence(seeded: str) -> None:
    _, out, _ = run("incidents", "--db", seeded, "--format", "json", "--year", "2015")
    incident = json.loads(out)[0]
    code, out, _ = run("show", str(incident["id"]), "--db", seeded, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["enforcement"][0]["amount"] == 150_000
    evidence = [e for s in data["sources"] for e in s["evidence"]]
    assert {"force", "fine_amount"} <= {e["field"] for e in evidence}
    assert all(e["sentence"] and e["end"] > e["start"] for e in evidence)
    code, table, _ = run("show", str(incident["id"]), "--db", seeded)
    assert code == 0 and "DVD" in table
    code, _, err = run("show", "9999", "--db", seeded)
    assert code == 1 and "no incident with id 9999" in err


def test_stats_and_counts(seeded: str) -> None:
    code, out, _ = run("stats", "--db", seeded, "--format", "json")
    data = json.loads(out)
    assert data["totals"]["articles"] == 3
    assert data["totals"]["fines_total_gbp"] >= 150_000
    assert data["by_force"][0]["key"] == "Greater Manchester Police"
    code, out, _ = run("stats", "--db", seeded, "--format", "csv")
    assert code == 0 and list(csv.DictReader(io.StringIO(out)))
    code, out, _ = run("counts", "--db", seeded, "--format", "json")
    rows = json.loads(out)
    keys = ("force", "period", "breach_type", "count")
    total = {
        "force": "West Midlands Police",
        "period": "2016",
        "breach_type": "(total)",
        "count": 24,
    }
    assert total in [{k: r[k] for k in keys} for r in rows]
    code, out, _ = run("counts", "--db", seeded, "--format", "table")
    assert code == 0 and "West Midlands Police" in out


def test_extract_prints_json_lines_without_a_database() -> None:
    code, out, _ = run(
        "extract", *map(str, sorted((ROOT / "seeds").glob("*.txt"))), "--format", "json"
    )
    assert code == 0
    docs = [json.loads(line) for line in out.splitlines()]
    assert len(docs) == 3 and all(d["relevant"] for d in docs)
    for doc in docs:
        for fact in doc["incidents"]:
            for ev in fact["evidence"]:
                assert doc["text"][ev["start"] : ev["end"]] == ev["sentence"]


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"breachkb ([a-z-]+)", readme))
    missing = set(cli.list_commands(click.Context(cli))) - documented
    assert not missing, f"README does not show: {sorted(missing)}"


def test_show_marks_an_inferred_regulator(db_url: str, tmp_path: Path) -> None:
    (tmp_path / "old-fine.txt").write_text(
        "Looking back\n\nWarwickshire Police was fined £90,000 after a folder of witness "
        "statements went missing from an office it had vacated.\n",
        encoding="utf-8",
    )
    load_paths(make_engine(db_url), [tmp_path])
    _, out, _ = run("incidents", "--db", db_url, "--format", "json")
    [incident] = json.loads(out)
    assert incident["regulator"] == "Information Commissioner's Office"
    code, out, _ = run("show", str(incident["id"]), "--db", db_url, "--format", "json")
    evidence = [e for s in json.loads(out)["sources"] for e in s["evidence"]]
    assert [e["source"] for e in evidence if e["field"] == "regulator"] == ["inference"]
    code, table, _ = run("show", str(incident["id"]), "--db", db_url)
    assert code == 0 and "inferred: no other body takes this action" in table
