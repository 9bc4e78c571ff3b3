"""Recall: on an outlet whose links say little (slang, dates, cookie notices and the outlet's
name for headlines, opaque sitemap slugs), every relevant article is fetched and stored, and
the share of off-topic pages fetched is reported; both checked against the server's log."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from fixture_site import Breachkb, Sites, write_sources
from sqlalchemy import select
from sqlalchemy.orm import Session

from kb.db import make_engine
from kb.models import Article, CrawlRun

pytestmark = pytest.mark.slow

RELEVANT = {
    "/crime/2024/05/cops-blunder-puts-informants-at-risk",  # slang
    "/p/48213",  # titled with the outlet's name, opaque URL
    "/crime/2024/05/14/article-5521",  # titled with a date; the summary says what it is
    "/p/48377",  # a cookie notice for a title
    "/crime/2024/05/essex-officers-salaries-published-online-by-mistake",  # no police word
    "/a/100231",  # opaque slugs in the crime section's sitemap
    "/a/100232",
    "/a/100234",  # no lastmod; the page is dated 2016, outside the window
    "/a/200001",  # opaque slug in the whole-site sitemap, dated inside the window
}
NEVER_FETCHED = {
    "/news/2024/05/library-opening-hours-extended",  # no cue at all
    "/sport/2024/05/kent-cricket-wins-county-title",  # a county alone is not enough
    "/a/200002",  # whole-site sitemap, dated 2019: outside the window
    "/a/200004",
}


def test_every_relevant_article_is_fetched_and_stored(
    sites: Sites, crawl_env: dict[str, str], db_url: str, tmp_path: Path
) -> None:
    sources = write_sources(sites, tmp_path, "recall-sources.toml")
    result = Breachkb(crawl_env, db_url, sources)(
        "crawl", "--since", "2024-05-01", "--workers", "2", "--format", "json"
    )
    assert result.returncode == 0, result.stderr[-3000:]

    fetched = set(sites.recall.paths(articles_only=True, status=200))
    assert fetched >= RELEVANT
    assert not fetched & NEVER_FETCHED
    with Session(make_engine(db_url)) as session:
        stored = {urlsplit(a.url).path for a in session.scalars(select(Article))}
        runs = list(session.scalars(select(CrawlRun)))
    assert stored == RELEVANT

    # The off-topic share the crawl reports is the one the server saw.
    off_topic = fetched - RELEVANT
    assert off_topic == {
        "/crime/2024/05/police-appeal-after-sheep-stolen-from-farm",  # police, no breach
        "/p/48400",  # titled with the outlet's name: only the page can tell
        "/a/100233",  # opaque slug in the crime section
        "/a/200003",  # opaque slug dated inside the window
    }
    summary = json.loads(result.stdout)
    assert sum(row["pages_fetched"] for row in summary) == len(fetched)
    assert sum(row["off_topic"] for row in summary) == len(off_topic)
    assert sum(r.off_topic for r in runs) == len(off_topic)
    shares = {row["source"]: row["off_topic_share"] for row in summary}
    by_source = {r.source: r for r in runs}
    for name, share in shares.items():
        run = by_source[name]
        assert share == round(run.off_topic / run.pages_fetched, 3)

    # Each level's skips are recorded; the lenient level (the default) was used.
    feed = by_source["shire-feed"]
    assert feed.prefilter == "lenient"
    # strict: also the slang and sheep headlines (one side only); the uninformative entries
    # are dated inside the window, so both levels would fetch them.
    assert feed.prefilter_skips == {"lenient": 2, "strict": 4}
    assert feed.skipped == {"prefilter": 2}
    assert by_source["shire-sitemap"].skipped == {"window": 2}
    assert by_source["shire-crime-sitemap"].outside_window == 1  # /a/100234, dated 2016


def test_a_broad_sitemap_of_opaque_slugs_is_not_fetched_without_a_window(
    sites: Sites, crawl_env: dict[str, str], db_url: str, tmp_path: Path
) -> None:
    sources = write_sources(sites, tmp_path, "recall-sources.toml")
    result = Breachkb(crawl_env, db_url, sources)(
        "crawl", "shire-sitemap", "shire-crime-sitemap", "--format", "json"
    )
    assert result.returncode == 0, result.stderr[-3000:]
    fetched = set(sites.recall.paths(articles_only=True))
    assert fetched == {"/a/100231", "/a/100232", "/a/100233", "/a/100234"}  # the narrow one
    rows = {row["source"]: row for row in json.loads(result.stdout)}
    assert rows["shire-sitemap"]["skipped_prefilter"] == 4
