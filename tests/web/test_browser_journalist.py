"""The journalists' path in a real headless Chromium against `breachkb serve`: home page, an
incident in one click, its proof, a disagreement, every chart, ranked search.

Screenshots land in tests/artifacts/ (git-ignored), one per test.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

import pytest
from conftest import ARTIFACTS
from web_corpus import ESSEX, JOURNALIST_STORIES

from kb.web.charts import charts

pytestmark = pytest.mark.browser
ESSEX_STORY = JOURNALIST_STORIES[0]


def _snapshot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    """A screenshot of a page the test then leaves (the fixture keeps the last one)."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"journalist_{name}.png"), full_page=True)


def test_home_to_an_incident_in_one_click_with_its_proof(page, journalist_server) -> None:  # type: ignore[no-untyped-def]
    page.goto(journalist_server)
    page.get_by_role("link", name=re.compile(r"^Incidents\b")).last.click()
    page.wait_for_url(re.compile(r"/incidents_view"))
    rows = page.locator("table.bk-incidents tbody tr")
    assert rows.count() == 5
    for i in range(rows.count()):  # compact: two text lines at most per incident
        box = rows.nth(i).bounding_box()
        assert box and box["height"] < 70, box
    _snapshot(page, "incidents_listing")
    essex = rows.filter(has_text=ESSEX)
    assert "£80,000" in essex.inner_text()
    essex.locator("td.col-id a").click()  # the one click
    page.wait_for_url(re.compile(r"/breachkb/incident/\d+$"))
    assert page.locator("h1").inner_text().startswith(f"{ESSEX}: loss or theft")
    card = page.locator("dl.bk-facts").inner_text()
    assert "£80,000" in card and "June 2015" in card and "August 2015" in card
    # The evidence sentence with the value highlighted, and a working link to the source.
    source = page.locator(".bk-source", has=page.locator(f'a[href="{ESSEX_STORY.url}"]'))
    marks = source.locator("mark").all_inner_texts()
    assert "£80,000" in marks and ESSEX in marks
    assert source.locator("a.bk-original").get_attribute("href") == ESSEX_STORY.url
    source.locator("a.bk-stored").click()  # the stored copy opens (the original is offline)
    page.wait_for_url(re.compile(r"/breachkb/articles/\d+$"))
    assert ESSEX_STORY.title in page.locator("body").inner_text()


def test_disagreement_between_two_sources_is_shown(page, journalist_server) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{journalist_server}/breachkb/incidents_view?force={ESSEX.replace(' ', '+')}")
    page.locator("table.bk-incidents td.col-id a").first.click()
    page.wait_for_url(re.compile(r"/breachkb/incident/\d+$"))
    fine = page.locator('.bk-disagreement[data-field="fine_amount"]')
    assert fine.is_visible()
    items = fine.locator("li").all_inner_texts()
    assert any(t.startswith("£80,000") and "Example News" in t for t in items), items
    assert any(t.startswith("£8,000") and "County Courier" in t for t in items), items
    date = page.locator('.bk-disagreement[data-field="breach_date"]').inner_text()
    assert "June 2015" in date and "July 2015" in date


def test_every_chart_draws_and_offers_its_csv(page, journalist_server) -> None:  # type: ignore[no-untyped-def]
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(journalist_server)
    page.locator(".bk-tiles").get_by_role("link", name=re.compile(r"^Charts")).click()
    page.wait_for_url(re.compile(r"/breachkb/charts$"))
    for chart in charts():
        section = page.locator(f"section#{chart.name}")
        drawn = section.locator(".bk-vega svg, .bk-vega canvas").first
        drawn.wait_for(state="visible", timeout=15000)
        box = drawn.bounding_box()
        assert box and box["width"] > 200 and box["height"] > 100, chart.name
        csv_link = section.locator("a.bk-csv")
        response = page.request.get(urljoin(page.url, csv_link.get_attribute("href")))
        assert response.ok and len(response.text().splitlines()) >= 2, chart.name
    assert errors == []  # no script error, and nothing fetched from the internet
    table = page.locator("#compared-table").inner_text()
    assert "West Midlands Police" in table and "Kent Police" in table and "~200" in table


def test_forces_compared_shows_conflicting_figures(page, journalist_server) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{journalist_server}/breachkb/charts#compared")
    page.fill("input[name=period_start]", "2016")
    page.locator("#compared form input[type=submit]").click()
    page.wait_for_url(re.compile(r"period_start=2016"))
    row = page.locator("#compared-table tbody tr").first
    assert "24 / 26" in row.inner_text() and "sources disagree" in row.inner_text()


def test_search_ranks_with_highlighted_snippets(page, journalist_server) -> None:  # type: ignore[no-untyped-def]
    page.goto(journalist_server)
    page.fill("input#bk-q", "lost discs")
    page.locator(".bk-tiles form input[type=submit]").click()
    page.wait_for_url(re.compile(r"/breachkb/search\?q=lost"))
    hits = page.locator("li.bk-hit")
    assert hits.count() == 2
    scores = [
        float(re.search(r"relevance ([\d.]+)", hits.nth(i).inner_text()).group(1))
        for i in range(hits.count())
    ]
    assert scores == sorted(scores, reverse=True)
    assert {"lost", "discs"} <= {m.lower() for m in hits.locator("mark").all_inner_texts()}
    _snapshot(page, "search_results")
    hits.first.locator("a.bk-incident-link").click()
    page.wait_for_url(re.compile(r"/breachkb/incident/\d+$"))
    assert page.locator("h1").inner_text().startswith(ESSEX)
