"""Export: every table in both formats, readable by the csv/json modules, with a dictionary."""

from __future__ import annotations

import base64
import csv
import json
import zlib
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text

from kb.dictionary import data_dictionary
from kb.errors import BadInput
from kb.export import export
from kb.models import Article, Base

TABLES = sorted(Base.metadata.tables)
VIEWS = sorted(name for name, doc in data_dictionary().tables.items() if doc.is_view)


def _read(path: Path) -> list[dict]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            return list(csv.DictReader(fh))
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _count(engine: Engine, table: str) -> int:
    with engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_every_table_and_view_is_exported_with_all_its_rows(
    kb_engine: Engine, tmp_path: Path, fmt: str
) -> None:
    result = export(kb_engine, tmp_path / "out", fmt)
    written = {f.path.name for f in result.files}
    assert written == {f"{name}.{fmt}" for name in TABLES + VIEWS}
    for name in TABLES + VIEWS:
        rows = _read(tmp_path / "out" / f"{name}.{fmt}")
        assert len(rows) == _count(kb_engine, name), name
    assert _count(kb_engine, "articles") > 0 and _count(kb_engine, "incidents") > 0


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_values_survive_the_round_trip(kb_engine: Engine, tmp_path: Path, fmt: str) -> None:
    export(kb_engine, tmp_path, fmt)
    articles = {int(r["id"]): r for r in _read(tmp_path / f"articles.{fmt}")}
    with kb_engine.connect() as conn:
        for article in conn.execute(select(Article)):
            row = articles[article.id]
            assert row["title"] == article.title  # pound signs, quotes, <script> unchanged
            assert row["text"] == article.text
            assert row["published_at"] == article.published_at.isoformat()
    forces = _read(tmp_path / f"forces.{fmt}")
    gmp = next(f for f in forces if f["name"] == "Greater Manchester Police")
    aliases = json.loads(gmp["aliases"]) if fmt == "csv" else gmp["aliases"]
    assert "GMP" in aliases
    relevant = {str(r["relevant"]).lower() for r in articles.values()}
    assert relevant == {"true", "false"}


def test_binary_columns_only_with_raw(kb_engine: Engine, tmp_path: Path) -> None:
    plain = export(kb_engine, tmp_path / "plain", "jsonl")
    row = _read(tmp_path / "plain" / "articles.jsonl")[0]
    assert "raw" not in row and "minhash" not in row
    assert next(f for f in plain.files if f.table == "articles").omitted == ["raw", "minhash"]

    export(kb_engine, tmp_path / "raw", "csv", with_raw=True)
    rows = _read(tmp_path / "raw" / "articles.csv")
    with kb_engine.connect() as conn:
        raw = conn.execute(select(Article.raw).where(Article.id == int(rows[0]["id"]))).scalar()
    assert base64.b64decode(rows[0]["raw"]) == raw
    assert zlib.decompress(base64.b64decode(rows[0]["raw"])).startswith(b"<html>")


def test_readme_documents_every_column_and_code(kb_engine: Engine, tmp_path: Path) -> None:
    result = export(kb_engine, tmp_path, "csv")
    readme = result.readme.read_text(encoding="utf-8")
    dictionary = data_dictionary()
    for exported in result.files:
        assert f"## {exported.table}" in readme
        assert f"`{exported.path.name}` | {exported.rows} |" in readme
        for column in exported.columns:
            assert f"| `{column}` | {dictionary.tables[exported.table].columns[column]}" in readme
    assert dictionary.breach_types, "the taxonomy file lists no breach types"
    for bt in dictionary.breach_types:
        assert f"| `{bt.code}` | {bt.label} |" in readme
    for code in dictionary.codes["action"]:
        assert f"| `{code}` |" in readme


def test_export_streams_from_a_session_too(kb_session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = export(kb_session, tmp_path, "jsonl")
    incidents = next(f for f in result.files if f.table == "incidents")
    assert incidents.rows == kb_session.scalar(text("SELECT count(*) FROM incidents")) > 0


def test_bad_format_and_bad_folder(kb_engine: Engine, tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="format"):
        export(kb_engine, tmp_path, "xlsx")
    afile = tmp_path / "file.txt"
    afile.write_text("x")
    with pytest.raises(BadInput, match="not a directory"):
        export(kb_engine, afile, "csv")
    assert afile.read_text() == "x"


# --- CLI -----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_cli_export(run_cli, web_kb: Path, tmp_path: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "exported"
    result = run_cli("export", "--format", fmt, "--out", str(out), "--db", str(web_kb))
    assert result.exit_code == 0, result.output
    assert {p.name for p in out.iterdir()} == {f"{n}.{fmt}" for n in TABLES + VIEWS} | {"README.md"}
    incidents = _read(out / f"incidents_view.{fmt}")
    assert {r["force"] for r in incidents} >= {"Greater Manchester Police", "Kent Police"}
    assert "incidents_view" in result.output


def test_cli_export_on_uninitialised_db_is_one_line_error(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from kb.cli import cli

    empty = tmp_path / "empty.sqlite"
    result = CliRunner().invoke(cli, ["export", "--out", str(tmp_path / "o"), "--db", str(empty)])
    assert result.exit_code != 0
    assert "breachkb init" in result.output
    assert not (tmp_path / "o").exists()
