"""`breachkb eval` through click's CliRunner on the real `breachkb` group."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kb.cli import cli
from scoring.normalise import FIELDS

EVAL_DIR = Path(__file__).resolve().parent / "data" / "eval"
IMAGINARY = {
    "force": "Atlantis Constabulary",  # no extractor can name a force not in its gazetteer
    "breach_year": 1066,
    "breach_type": "other",
    "fine_gbp": 7,
    "regulator": "Information Commissioner's Office",
    "action": "monetary_penalty",
}


@pytest.fixture
def imaginary_gold(tmp_path: Path) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(
        "The village fete raised money for the church roof.\n\nThe weather was fine.\n",
        encoding="utf-8",
    )
    gold = tmp_path / "gold.jsonl"
    record = {"id": "a", "path": "docs/a.txt", "relevant": True, "incidents": [IMAGINARY]}
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return gold


def invoke(*args: str):
    return CliRunner().invoke(cli, ["eval", *args])


def test_json_output_carries_every_figure(imaginary_gold: Path) -> None:
    result = invoke(str(imaginary_gold), "--json", "--diff")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["documents"] == 1
    assert set(data["fields"]) == set(FIELDS)
    assert data["fields"]["force"]["fn"] == 1 and data["fields"]["force"]["recall"] == 0.0
    assert data["incident"]["fn"] == 1
    forces = [d for d in data["disagreements"] if d["field"] == "force"]
    assert forces and forces[0]["gold"] == ["Atlantis Constabulary"]


def test_table_output_and_diff_name_the_document_and_field(imaginary_gold: Path) -> None:
    result = invoke(str(imaginary_gold), "--diff")
    assert result.exit_code == 0, result.output
    assert "breach_year" in result.stdout and "incident tuple" in result.stdout
    assert "relevance accuracy" in result.stdout
    assert "Atlantis Constabulary" in result.stdout  # the --diff row


def test_root_option_resolves_gold_paths(imaginary_gold: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "other"
    elsewhere.mkdir()
    result = invoke(str(imaginary_gold), "--root", str(elsewhere))
    assert result.exit_code != 0
    assert "docs/a.txt not found" in result.output
    assert "Traceback" not in result.output
    assert invoke(str(imaginary_gold), "--root", str(tmp_path), "--json").exit_code == 0


def test_bad_gold_line_is_a_one_line_error(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("{not json\n", encoding="utf-8")
    result = invoke(str(gold))
    assert result.exit_code != 0
    assert "gold.jsonl:1" in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.slow
def test_kb_option_scores_clustering_of_the_dev_set() -> None:
    result = invoke(str(EVAL_DIR / "dev.gold.jsonl"), "--kb", "--json")
    assert result.exit_code == 0, result.output
    clustering = json.loads(result.stdout)["clustering"]
    # 12 gold incidents in 12 relevant articles, 8 real-world incidents.
    assert clustering["items"] == 12
    assert 0.0 <= clustering["precision"] <= 1.0 and 0.0 <= clustering["recall"] <= 1.0


def _two_doc_gold(tmp_path: Path) -> tuple[Path, Path]:
    """A gold file of two documents that both miss the gold force, and a split of them."""
    (tmp_path / "docs").mkdir()
    records = []
    for ref in ("t1", "c1"):
        (tmp_path / "docs" / f"{ref}.txt").write_text("Nothing happened here.\n", encoding="utf-8")
        records.append(
            {"id": ref, "path": f"docs/{ref}.txt", "relevant": True, "incidents": [IMAGINARY]}
        )
    gold = tmp_path / "mini.gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    split = tmp_path / "split.json"
    split.write_text(json.dumps({"tuning": ["mini/t1"], "checking": ["mini/c1"]}))
    return gold, split


def test_split_scores_each_half_and_diffs_only_the_tuning_half(tmp_path: Path) -> None:
    gold, split = _two_doc_gold(tmp_path)
    result = invoke(str(gold), "--split", str(split), "--json", "--diff")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["documents"] == 2
    assert data["halves"]["tuning"]["documents"] == 1
    assert data["halves"]["checking"]["documents"] == 1
    assert data["halves"]["checking"]["fields"]["force"]["fn"] == 1
    shown = {d["document"] for d in data["disagreements"]}
    assert shown == {"t1"}  # the checking half is measured, never shown


def test_split_table_prints_the_halves_side_by_side(tmp_path: Path) -> None:
    gold, split = _two_doc_gold(tmp_path)
    result = invoke(str(gold), "--split", str(split))
    assert result.exit_code == 0, result.output
    assert "tuning (1 docs)" in result.stdout and "checking (1 docs)" in result.stdout


def test_a_broken_split_file_is_a_one_line_error(tmp_path: Path) -> None:
    gold, split = _two_doc_gold(tmp_path)
    split.write_text("{not json")
    result = invoke(str(gold), "--split", str(split))
    assert result.exit_code != 0
    assert "cannot read the split file" in result.output
    assert "Traceback" not in result.output
