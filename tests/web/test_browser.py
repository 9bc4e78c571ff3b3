"""`breachkb serve` driven by a real headless Chromium: what a journalist sees.

Screenshots land in tests/artifacts/ (git-ignored), one per test.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from urllib.parse import urljoin

import pytest
from web_corpus import GMP, HOSTILE_TITLE, STORIES

pytestmark = pytest.mark.browser
ATOM = "{http://www.w3.org/2005/Atom}"


def _row_count(page) -> int:  # type: ignore[no-untyped-def]
    return page.locator("table.rows-and-columns tbody tr").count()


def test_database_page_shows_description_queries_and_taxonomy(page, server) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server}/breachkb")
    body = page.locator("body")
    assert "Police data breach knowledge base" in page.title() + body.inner_text()
    for query in ("Fines by force", "Incidents and fines per year", "Repeat offenders"):
        assert page.get_by_role("link", name=query).count() == 1
    page.get_by_text("Breach type codes").click()  # <details> with the taxonomy labels
    assert page.get_by_text("Loss or theft of a device or storage media").is_visible()


def test_incidents_table_and_force_facet(page, server) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server}/breachkb/incidents_view")
    incidents = {s.facts[0]["force"] for s in STORIES if s.facts}
    assert _row_count(page) == len(
        {(s.facts[0]["force"], s.facts[0]["breach_year"]) for s in STORIES if s.facts}
    )
    facet = page.locator("#facet-force")
    for force in incidents:
        assert force in facet.inner_text()
    facet.get_by_role("link", name=GMP).click()
    page.wait_for_url(re.compile(r"force=Greater"))
    assert _row_count(page) == 2
    cells = page.locator("table.rows-and-columns tbody td.col-force").all_inner_texts()
    assert set(cells) == {GMP}
    assert "150000" in page.locator("table.rows-and-columns").inner_text().replace(",", "")


def test_full_text_search_on_articles(page, server) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server}/breachkb/articles")
    page.fill("input[name=_search]", "memory stick")
    page.locator("form.filters input[type=submit]").click()
    page.wait_for_url(re.compile(r"_search=memory"))
    titles = page.locator("tbody td.col-title").all_inner_texts()
    expected = [s.title for s in STORIES if "memory stick" in s.text]
    assert sorted(titles) == sorted(expected)
    assert "2 rows where search matches" in page.locator("body").inner_text()


def test_canned_query_fines_by_force(page, server) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server}/breachkb")
    page.get_by_role("link", name="Fines by force").click()
    page.wait_for_url(re.compile(r"/fines_by_force"))
    header = page.locator("table.rows-and-columns thead").inner_text()
    assert "total_fined" in header
    row = page.locator("table.rows-and-columns tbody tr").first.inner_text()
    assert GMP in row and "150000" in row.replace(",", "")


def test_incidents_per_year_chart(page, server) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server}/breachkb/incidents_per_year")
    page.get_by_role("link", name="incidents per year").click()
    # datasette-vega draws the chart from the query's JSON into an SVG or a canvas.
    page.wait_for_url(re.compile(r"_chart=incidents"))
    chart = page.locator(".vega-embed canvas, .vega-embed svg").first
    chart.wait_for(state="visible", timeout=15000)
    box = chart.bounding_box()
    assert box and box["width"] > 50 and box["height"] > 50
    assert page.locator("select[name=y_column]").input_value() == "incidents"
    years = page.locator("tbody td.col-year").all_inner_texts()
    expected = sorted({str(s.facts[0]["breach_year"]) for s in STORIES if s.facts})
    assert years == expected


def test_atom_feed_filtered_by_force_alias(page, server) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server}/breachkb/new_incidents?force=GMP")
    atom_link = page.get_by_role("link", name="atom")
    assert atom_link.count() == 1
    response = page.request.get(urljoin(page.url, atom_link.get_attribute("href")))
    assert response.ok
    assert "xml" in response.headers["content-type"]
    feed = ET.fromstring(response.body())
    titles = [e.findtext(f"{ATOM}title") for e in feed.iter(f"{ATOM}entry")]
    assert len(titles) == 2 and all(t.startswith(GMP) for t in titles)
    assert any("fined £150,000" in t for t in titles)
    links = {e.find(f"{ATOM}link").get("href") for e in feed.iter(f"{ATOM}entry")}
    assert links <= {s.url for s in STORIES}
    page.goto(f"{server}/breachkb/new_incidents?force=GMP")  # something to screenshot


def test_hostile_article_text_renders_inertly(page, server) -> None:  # type: ignore[no-untyped-def]
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for path in (
        "/breachkb/articles?_search=laptop",
        "/breachkb/incident_evidence_view?force=Kent+Police",
        "/breachkb/incident_evidence?force=Kent",
    ):
        page.goto(f"{server}{path}")
        assert HOSTILE_TITLE in page.locator("table.rows-and-columns").inner_text(), path
        assert page.evaluate("window.__pwned") is None, path
    assert dialogs == []
    assert page.locator("table.rows-and-columns script").count() == 0
    assert page.locator("table.rows-and-columns img").count() == 0


def test_sql_box_cannot_change_the_kb(page, server) -> None:  # type: ignore[no-untyped-def]
    forces = page.request.get(f"{server}/breachkb/forces.json?_shape=array&_size=max").json()
    page.goto(f"{server}/breachkb?sql=delete+from+forces")
    assert "must be a SELECT" in page.locator("body").inner_text()
    after = page.request.get(f"{server}/breachkb/forces.json?_shape=array&_size=max").json()
    assert after == forces and len(forces) > 40
