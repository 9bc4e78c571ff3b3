"""The journalists' pages through Datasette's in-process client: incident page, listing,
search, charts and their CSV, home page."""

from __future__ import annotations

import asyncio
import csv
import io
import re
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session
from web_corpus import (
    ESSEX,
    GMP,
    HOSTILE_TITLE,
    JOURNALIST_STORIES,
    KENT,
    WMP,
)

from kb.db import make_engine
from kb.queries import list_incidents, show_incident
from kb.search import search
from kb.web.charts import charts
from kb.web.server import make_datasette


@pytest.fixture(scope="module")
def get(journalist_kb: Path):  # type: ignore[no-untyped-def]
    """GET a path from a Datasette over the journalists' KB (its own event-loop thread)."""
    ds = make_datasette(journalist_kb)
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()

    def run(coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, loop).result(timeout=60)

    run(ds.invoke_startup())

    def fetch(url: str, status: int = 200) -> Any:
        response = run(ds.client.get(url))
        assert response.status_code == status, (url, response.text[:500])
        return response

    yield fetch
    loop.call_soon_threadsafe(loop.stop)
    thread.join(timeout=10)
    loop.close()


@pytest.fixture(scope="module")
def incidents(journalist_kb: Path) -> dict[str, dict]:
    with Session(make_engine(f"sqlite:///{journalist_kb}")) as session:
        rows = list_incidents(session)
    return {f"{r['force']} {r['breach_year']}": r for r in rows}


def test_incident_page_has_the_card_evidence_and_disagreements(get, incidents) -> None:  # type: ignore[no-untyped-def]
    essex = incidents[f"{ESSEX} 2015"]
    html = get(f"/breachkb/incident/{essex['id']}").text
    for text in (
        "Loss or theft of a device or storage media",
        "June 2015",
        "(month known)",
        "August 2015",
        "September 2015",
        "1 November 2016",
        "£80,000",
        "Where the sources disagree",
        "£8,000",
        "County Courier",
        "Example News",
    ):
        assert text in html, text
    # The value is highlighted inside its sentence; the sentence is shown once per source.
    assert "<mark>£80,000</mark>" in html
    assert html.count("unencrypted discs holding victim interview recordings were lost") >= 2
    story = JOURNALIST_STORIES[0]
    assert f'class="bk-original" href="{story.url}"' in html
    assert 'class="bk-stored" href="/breachkb/articles/' in html
    assert f"breachkb incident {essex['id']}." in html  # the citation


def test_incident_json_is_the_show_command_data(get, incidents, journalist_kb) -> None:  # type: ignore[no-untyped-def]
    essex_id = incidents[f"{ESSEX} 2015"]["id"]
    data = get(f"/breachkb/incident/{essex_id}.json").json()
    with Session(make_engine(f"sqlite:///{journalist_kb}")) as session:
        expected = show_incident(session, essex_id)
    assert data["disagreements"] == expected["disagreements"]
    assert [s["sentences"] for s in data["sources"]] == [
        s["sentences"] for s in expected["sources"]
    ]
    get("/breachkb/incident/999999", status=404)


def test_incident_page_escapes_document_text(get, incidents) -> None:  # type: ignore[no-untyped-def]
    html = get(f"/breachkb/incident/{incidents[f'{KENT} 2020']['id']}").text
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "<script>window.__pwned" not in html


def test_listing_links_ids_formats_pounds_and_sorts_newest_first(get, incidents) -> None:  # type: ignore[no-untyped-def]
    html = get("/breachkb/incidents_view").text
    ids = [
        int(i)
        for i in re.findall(r'<td class="col-id[^"]*"><a href="/breachkb/incident/(\d+)"', html)
    ]
    newest_first = sorted(incidents.values(), key=lambda r: r["first_reported"], reverse=True)
    assert ids == [r["id"] for r in newest_first]
    assert "£150,000" in html and "£120,000" in html and "150000<" not in html
    assert '<details class="column-help">' in html
    assert 'title="loss_or_theft_of_device">Loss or theft of a device' in html
    # Every column on request, timestamps to the second.
    everything = get("/breachkb/incidents_view?_bkall=1").text
    assert "col-recorded_at" in everything
    assert not re.search(r"\d\d:\d\d:\d\d\.\d", everything)


def test_search_is_ranked_with_snippets_and_incident_links(get, journalist_kb) -> None:  # type: ignore[no-untyped-def]
    html = get("/breachkb/search?q=victim+interview").text
    with Session(make_engine(f"sqlite:///{journalist_kb}")) as session:
        expected = search(session, "victim interview", 50)
    assert len(expected) >= 2
    shown = [int(i) for i in re.findall(r'href="/breachkb/articles/(\d+)">stored copy', html)]
    assert shown == [hit.article_id for hit in expected]
    assert "<mark>victim</mark>" in html
    for hit in expected:
        for incident_id in hit.incident_ids:
            assert f'href="/breachkb/incident/{incident_id}"' in html
    assert "has no words" in get("/breachkb/search?q=%22%22").text


def test_search_escapes_document_text(get) -> None:  # type: ignore[no-untyped-def]
    html = get("/breachkb/search?q=laptop").text
    assert HOSTILE_TITLE not in html and "&lt;script&gt;" in html
    assert "<img src=x" not in html


def _csv(get, path: str) -> list[dict]:  # type: ignore[no-untyped-def]
    response = get(path)
    assert (
        response.headers["content-type"].startswith("text/plain")
        or "csv" in (response.headers["content-type"])
    )
    return list(csv.DictReader(io.StringIO(response.text)))


def test_every_chart_has_data_and_a_csv(get, incidents) -> None:  # type: ignore[no-untyped-def]
    html = get("/breachkb/charts").text
    for chart in charts():
        assert f'id="{chart.name}"' in html
        rows = _csv(get, f"/breachkb/{chart.name}.csv?_size=max")
        assert rows, chart.name
    by_year = _csv(get, "/breachkb/chart_incidents_by_year.csv")
    assert sum(int(r["incidents"]) for r in by_year) == len(incidents)
    fines = {r["year"]: int(r["total_gbp"]) for r in _csv(get, "/breachkb/chart_fines_by_year.csv")}
    assert fines == {"2013": 150_000, "2016": 80_000}
    ranked = _csv(get, "/breachkb/chart_forces_by_incidents.csv")
    assert ranked[0]["force"] == GMP and ranked[0]["incidents"] == "2"


def test_breach_counts_chart_marks_conflicts_and_approximate_figures(get) -> None:  # type: ignore[no-untyped-def]
    rows = get("/breachkb/chart_breach_counts.json?_shape=array").json()
    figures = {(r["force"], r["period"], r["breaches"]): r["figure"] for r in rows}
    assert figures == {
        (KENT, "2011-2015", 200): "approximate",
        (WMP, "2011-2015", 131): "as reported",
        (WMP, "2015", 19): "as reported",
        (WMP, "2016", 24): "sources disagree",
        (WMP, "2016", 26): "sources disagree",
    }
    kent = get("/breachkb/chart_breach_counts.json?_shape=array&force=Kent").json()
    assert {r["force"] for r in kent} == {KENT}


def test_forces_compared_over_one_period(get) -> None:  # type: ignore[no-untyped-def]
    default = get("/breachkb/breach_counts_compared.json?_shape=array").json()
    assert {(r["force"], r["period"], r["breaches"]) for r in default} == {
        (KENT, "2011-2015", 200),
        (WMP, "2011-2015", 131),
    }
    (wmp,) = get("/breachkb/breach_counts_compared.json?_shape=array&period_start=2016").json()
    assert (wmp["sources_disagree"], sorted(wmp["figures"].split(","))) == (1, ["24", "26"])
    html = get("/breachkb/charts?period_start=2016").text
    assert "24 / 26" in html and "sources disagree" in html


def test_home_page_leads_with_incidents_search_and_charts(get, incidents) -> None:  # type: ignore[no-untyped-def]
    html = get("/").text
    html = html[html.index('<section class="content">') :]  # past the site navigation
    positions = [
        html.index(s)
        for s in (
            'href="/breachkb/incidents_view"',
            'action="/breachkb/search"',
            'href="/breachkb/charts"',
        )
    ]
    assert positions == sorted(positions)
    assert f"{len(incidents)} incidents" in html
    newest = max(incidents.values(), key=lambda r: r["first_reported"])
    assert f'href="/breachkb/incident/{newest["id"]}"' in html


def test_vendored_chart_libraries_are_served_with_their_licences(get) -> None:  # type: ignore[no-untyped-def]
    for name in ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js"):
        assert len(get(f"/breachkb-static/vendor/{name}").content) > 10_000
    assert "BSD" in get("/breachkb-static/vendor/LICENSE-vega").text or "Redistribution" in (
        get("/breachkb-static/vendor/LICENSE-vega").text
    )
    assert "cdn" not in get("/breachkb/charts").text.lower()
