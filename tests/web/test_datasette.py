"""Datasette in-process (its own ASGI test client): metadata, canned queries, feed, read-only."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from web_corpus import GMP, ICO, KENT, MET

from kb.dictionary import data_dictionary
from kb.errors import BadInput
from kb.web.metadata import DB_NAME, build_metadata
from kb.web.server import make_datasette, sqlite_path

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def client_get(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """GET a path from a Datasette over a private copy of the test KB.

    The event loop runs in its own thread: Playwright's sync API may hold one in this thread.
    """
    from web_corpus import build_kb

    path = tmp_path_factory.mktemp("ds") / "kb.sqlite"
    build_kb(f"sqlite:///{path}")
    ds = make_datasette(path)
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()

    def run(coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, loop).result(timeout=60)

    run(ds.invoke_startup())

    def get(url: str) -> Any:
        return run(ds.client.get(url))

    get.ds = ds  # type: ignore[attr-defined]
    get.run = run  # type: ignore[attr-defined]
    yield get
    loop.call_soon_threadsafe(loop.stop)
    thread.join(timeout=10)
    loop.close()


def _rows(get, query: str) -> list[dict]:  # type: ignore[no-untyped-def]
    response = get(f"/{DB_NAME}/{query}")
    assert response.status_code == 200, response.text
    return response.json()


def test_metadata_describes_every_column_and_the_taxonomy() -> None:
    metadata = build_metadata()
    tables = metadata["databases"][DB_NAME]["tables"]
    for name, doc in data_dictionary().tables.items():
        assert set(tables[name]["columns"]) == set(doc.columns)
    breach_type = tables["incidents"]["columns"]["breach_type"]
    for bt in data_dictionary().breach_types:
        assert f"{bt.code} = {bt.label}" in breach_type
        assert bt.label in metadata["databases"][DB_NAME]["description_html"]
    assert tables["incidents_view"]["facets"] == [
        "force",
        "breach_year",
        "breach_type",
        "regulator",
        "action",
    ]
    assert metadata["license"] and metadata["source"]


def test_facets_on_incidents_view(client_get) -> None:  # type: ignore[no-untyped-def]
    data = client_get(f"/{DB_NAME}/incidents_view.json").json()
    facets = data["facet_results"]
    assert set(facets) == {"force", "breach_year", "breach_type", "regulator", "action"}
    forces = {v["value"]: v["count"] for v in facets["force"]["results"]}
    assert forces == {GMP: 2, MET: 1, KENT: 1}
    actions = {v["value"]: v["count"] for v in facets["action"]["results"]}
    assert actions == {"monetary_penalty": 1, "reprimand": 1}


def test_full_text_search_is_wired_to_articles(client_get) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(client_get, "articles.json?_search=unencrypted&_shape=array")
    assert len(rows) == 2 and all("unencrypted" in r["text"] for r in rows)
    assert _rows(client_get, "articles.json?_search=helicopter&_shape=array") == []


def test_fines_by_force(client_get) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(client_get, "fines_by_force.json?_shape=array")
    assert rows == [
        {
            "force": GMP,
            "fines": 1,
            "total_fined": 150000,
            "total_paid": 120000,
            "first_fine": 2013,
            "last_fine": 2013,
            "regulators": ICO,
        }
    ]


def test_incidents_per_year(client_get) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(client_get, "incidents_per_year.json?_shape=array")
    assert [r["year"] for r in rows] == [2012, 2016, 2019, 2020]
    assert sum(r["incidents"] for r in rows) == 4
    assert {r["year"]: r["fines_total"] for r in rows}[2012] == 150000


@pytest.mark.parametrize("minimum, forces", [("", [GMP]), ("1", [GMP, KENT, MET]), ("3", [])])
def test_repeat_offenders(client_get, minimum: str, forces: list[str]) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(client_get, f"repeat_offenders.json?_shape=array&min_incidents={minimum}")
    assert sorted(r["force"] for r in rows) == forces


@pytest.mark.parametrize("force", ["GMP", "manchester", "Greater Manchester Police"])
def test_incident_sources_by_force_alias_or_part(client_get, force: str) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(client_get, f"incident_evidence.json?_shape=array&force={force}")
    assert rows and {r["force"] for r in rows} == {GMP}
    # Both copies of the syndicated fine story are sources, each with its evidence sentence.
    urls = {r["url"] for r in rows}
    assert "https://syndicated.example.net/news/gmp-usb-fine" in urls
    assert all(r["sentence"] for r in rows)


def test_incident_sources_table_is_not_hidden_by_a_canned_query(client_get) -> None:  # type: ignore[no-untyped-def]
    """Datasette's "rows from incident_sources" links filter the table by incident_id."""
    every = _rows(client_get, "incident_sources.json?_shape=array&_size=max")
    first = every[0]["incident_id"]
    rows = _rows(client_get, f"incident_sources.json?_shape=array&incident_id={first}")
    assert rows and {r["incident_id"] for r in rows} == {first} and len(rows) < len(every)


def test_incident_sources_by_id(client_get) -> None:  # type: ignore[no-untyped-def]
    all_rows = _rows(client_get, "incident_evidence.json?_shape=array")
    first = all_rows[0]["incident_id"]
    rows = _rows(client_get, f"incident_evidence.json?_shape=array&incident={first}")
    assert rows and {r["incident_id"] for r in rows} == {first}
    fields = {r["field"] for r in rows}
    assert {"force", "breach_type"} <= fields


def _feed(get, query: str) -> ET.Element:  # type: ignore[no-untyped-def]
    response = get(f"/{DB_NAME}/new_incidents.atom{query}")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/xml")
    return ET.fromstring(response.content)


def test_atom_feed_lists_new_incidents_newest_first(client_get) -> None:  # type: ignore[no-untyped-def]
    feed = _feed(client_get, "")
    entries = list(feed.iter(f"{ATOM}entry"))
    assert len(entries) == 4
    assert len({e.findtext(f"{ATOM}id") for e in entries}) == 4
    ids = [int(e.findtext(f"{ATOM}id").rsplit(":", 1)[1]) for e in entries]
    assert ids == sorted(ids, reverse=True)
    fined = [e for e in entries if "fined £150,000" in e.findtext(f"{ATOM}title")]
    assert len(fined) == 1
    assert "unencrypted USB stick" in fined[0].findtext(f"{ATOM}content")


@pytest.mark.parametrize(
    "force, expected", [("GMP", GMP), ("met police", MET), ("the Met", MET), ("Kent", KENT)]
)
def test_atom_feed_by_force(client_get, force: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    titles = [
        e.findtext(f"{ATOM}title")
        for e in _feed(client_get, f"?force={force}").iter(f"{ATOM}entry")
    ]
    assert titles and all(t.startswith(expected + ":") for t in titles)


def test_atom_feed_for_a_force_without_incidents_is_valid(client_get) -> None:  # type: ignore[no-untyped-def]
    entries = list(_feed(client_get, "?force=Dyfed-Powys").iter(f"{ATOM}entry"))
    assert [e.findtext(f"{ATOM}title") for e in entries] == ["No matching incidents recorded yet"]


def test_hostile_text_is_escaped_in_html(client_get) -> None:  # type: ignore[no-untyped-def]
    html = client_get(f"/{DB_NAME}/articles?_search=laptop").text
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "<script>window.__pwned" not in html
    assert "<img src=x" not in html


def test_the_connection_is_read_only(client_get) -> None:  # type: ignore[no-untyped-def]
    db = client_get.ds.get_database(DB_NAME)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        client_get.run(db.execute("DELETE FROM forces"))
    assert "_memory" not in client_get.ds.databases  # no scratch database to write to either


def test_serve_needs_an_existing_sqlite_file(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="SQLite"):
        sqlite_path("postgresql://user@localhost/kb")
    with pytest.raises(BadInput, match="breachkb init"):
        sqlite_path(f"sqlite:///{tmp_path / 'missing.sqlite'}")
    (tmp_path / "kb.sqlite").touch()
    assert sqlite_path(f"sqlite:///{tmp_path / 'kb.sqlite'}") == tmp_path / "kb.sqlite"


def test_serve_cli_errors_are_one_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kb.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--db", "postgresql://u@localhost/kb"])
    assert result.exit_code != 0
    assert "needs a SQLite database" in result.output and "Traceback" not in result.output
    (tmp_path / "empty.sqlite").touch()
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "empty.sqlite")])
    assert result.exit_code != 0 and "breachkb init" in result.output
