"""End to end: `breachkb crawl` against the fixture site on real servers, into a real KB."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner
from fixture_site import SITE, Breachkb, Hit, Sites, quiet_env, serving, write_sources
from sqlalchemy import select
from sqlalchemy.orm import Session

from kb.cli import cli
from kb.db import make_engine
from kb.models import Article, CrawlRun, SeenUrl
from kb.store import raw_bytes

pytestmark = pytest.mark.slow

KENT = "/news/2024/03/kent-police-fined-over-lost-usb-sticks"
CHESHIRE = "/news/2024/02/cheshire-constabulary-reprimanded-over-misdirected-emails"
MET = "/news/2024/01/met-police-reprimanded-after-victims-addresses-disclosed"
MET_OLD = "/news/old/met-police-victims-addresses"
SCOTLAND = "/news/2023/11/police-scotland-fined-over-witness-statements-left-on-train"
GMP = "/news/2023/06/gmp-officer-sacked-for-searching-police-records"
DVDS = "/news/2015/05/force-fined-after-dvds-of-victim-interviews-lost"
BIKES = "/news/2024/03/police-data-shows-rise-in-bike-thefts"
CALLS = "/news/2024/02/force-records-busiest-summer-for-999-calls"
BUS_LANES = "/news/2024/03/council-approves-new-bus-lanes"
PRIVATE = "/private/police-data-leak-internal-memo"
MISSING = "/news/2024/02/police-force-apologises-for-data-breach"
OVERSIZED = "/news/2024/01/police-data-breach-live-blog"
PARTNER_COPY = "/story/kent-police-fined-usb-sticks"
RELEVANT = {KENT, CHESHIRE, MET, SCOTLAND, GMP, DVDS}
BOILERPLATE = (
    "Top Stories",
    "ADVERTISEMENT",
    "Sign up to our daily newsletter",
    "Related articles",
    "Manage cookies",
    "Share this article",
)


@dataclass
class Crawl:
    """One `breachkb crawl` and what each server saw during it."""

    result: subprocess.CompletedProcess[str]
    main: list[Hit]
    partner: list[Hit]
    offsite: list[Hit]

    @property
    def summary(self) -> list[dict]:
        return json.loads(self.result.stdout)


def run_crawl(cli: Breachkb, sites: Sites, *args: str) -> Crawl:
    marks = [len(s.hits) for s in (sites.main, sites.partner, sites.offsite)]
    result = cli("crawl", *args, "--format", "json")
    assert result.returncode == 0, result.stderr[-3000:]
    main, partner, offsite = (
        s.hits[m:] for s, m in zip((sites.main, sites.partner, sites.offsite), marks, strict=True)
    )
    return Crawl(result, main, partner, offsite)


def article_hits(hits: list[Hit], status: int | None = None) -> list[str]:
    return [h.path for h in hits if h.is_article and (status is None or h.status == status)]


def stored(db_url: str) -> dict[str, Article]:
    with Session(make_engine(db_url)) as session:
        rows = session.scalars(select(Article)).all()
        for row in rows:
            _ = [(f.force, f.regulator, f.evidence) for f in row.facts]  # load while open
        return {f"{urlsplit(a.url).hostname}{urlsplit(a.url).path}": a for a in rows}


def crawl_runs(db_url: str) -> list[CrawlRun]:
    with Session(make_engine(db_url)) as session:
        return list(session.scalars(select(CrawlRun).order_by(CrawlRun.id)))


@dataclass
class FullCrawl:
    sites: Sites
    db_url: str
    cli: Breachkb
    first: Crawl
    second: Crawl
    refresh: Crawl


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory, template_db: Path) -> Iterator[FullCrawl]:
    """Every fixture source crawled once, then again, then the feed again with --refresh."""
    tmp = tmp_path_factory.mktemp("crawl")
    shutil.copy(template_db, tmp / "kb.sqlite")
    db_url = f"sqlite:///{tmp / 'kb.sqlite'}"
    with serving() as sites:
        cli = Breachkb(quiet_env(tmp / "state"), db_url, write_sources(sites, tmp))
        first = run_crawl(cli, sites)
        second = run_crawl(cli, sites)
        refresh = run_crawl(cli, sites, "gazette-feed", "--refresh")
        yield FullCrawl(sites, db_url, cli, first, second, refresh)


def test_relevant_articles_are_stored_with_clean_text(full: FullCrawl) -> None:
    articles = stored(full.db_url)
    main = {path.removeprefix("127.0.0.1") for path in articles if path.startswith("127.0.0.1")}
    assert main == RELEVANT
    for path in RELEVANT:
        text = articles["127.0.0.1" + path].text
        assert not [b for b in BOILERPLATE if b in text], path
        assert len(text) > 300
    kent = articles["127.0.0.1" + KENT].text
    assert kent.startswith("Kent Police has been fined £80,000")
    assert "apologised for the breach." in kent


def test_cp1252_page_is_decoded_from_the_header_charset(full: FullCrawl) -> None:
    text = stored(full.db_url)["127.0.0.1" + SCOTLAND].text
    assert "£150,000" in text
    assert "Information Commissioner’s Office" in text
    assert "“no proper controls”" in text and "The papers – which" in text


def test_raw_html_is_kept_for_reextraction(full: FullCrawl) -> None:
    articles = stored(full.db_url)
    served = (SITE / "main" / (SCOTLAND.lstrip("/") + ".html")).read_bytes()
    assert raw_bytes(articles["127.0.0.1" + SCOTLAND]) == served.replace(
        b"@@SITE@@", full.sites.main.base_url.encode()
    )


def test_facts_are_extracted_from_crawled_pages(full: FullCrawl) -> None:
    articles = stored(full.db_url)
    kent = [f for f in articles["127.0.0.1" + KENT].facts if f.mention == "primary"]
    assert kent and kent[0].force.name == "Kent Police"
    assert kent[0].fine_amount == 80000 and kent[0].regulator is not None
    assert kent[0].evidence, "facts carry their evidence sentences"
    forces = {path: {f.force.name for f in a.facts if f.force} for path, a in articles.items()}
    assert "Police Scotland" in forces["127.0.0.1" + SCOTLAND]
    assert "Cheshire Constabulary" in forces["127.0.0.1" + CHESHIRE]


def test_syndicated_copy_is_kept_as_a_duplicate(full: FullCrawl) -> None:
    articles = stored(full.db_url)
    main, copy = articles["127.0.0.1" + KENT], articles["127.0.0.2" + PARTNER_COPY]
    assert {main.duplicate_of, copy.duplicate_of} == {
        None,
        main.id if copy.duplicate_of else copy.id,
    }
    assert sum(r.duplicates for r in crawl_runs(full.db_url)) == 1


def test_off_topic_pages_are_counted_and_remembered_not_stored(full: FullCrawl) -> None:
    with Session(make_engine(full.db_url)) as session:
        outcomes = {
            urlsplit(row.canonical_url).path: row.outcome
            for row in session.scalars(select(SeenUrl))
        }
    assert outcomes[BIKES] == outcomes[CALLS] == "off_topic"
    assert outcomes[KENT] in {"stored", "duplicate"}
    assert outcomes[MISSING] == outcomes[OVERSIZED] == "error"
    runs = crawl_runs(full.db_url)[:4]
    assert sum(r.off_topic for r in runs) == 2


def test_polite_crawl_never_touches_forbidden_or_offsite_urls(full: FullCrawl) -> None:
    hits = full.first.main + full.second.main + full.refresh.main
    paths = [h.path for h in hits]
    assert not [p for p in paths if p.startswith("/private/")]  # robots.txt disallows
    assert BUS_LANES not in paths  # the pre-filter judged its title
    assert not [p for p in paths if p.endswith(".pdf")]
    assert full.first.offsite == full.second.offsite == []  # nothing sent to 127.0.0.3
    assert "/robots.txt" in [h.path for h in full.first.partner]
    agents = {h.user_agent for h in hits + full.first.partner}
    assert len(agents) == 1
    assert "breachkb" in agents.pop().lower()


def test_retry_redirect_404_and_oversized_page(full: FullCrawl) -> None:
    first = full.first.main
    assert [h.status for h in first if h.path == CHESHIRE] == [500, 200]
    # Each fetched once; the direct link and the old URL's redirect may arrive in either order.
    assert sorted(h.status for h in first if h.path in (MET_OLD, MET)) == [200, 301]
    assert [h.status for h in first if h.path == MISSING] == [404]
    assert [h.path for h in first].count(OVERSIZED) == 1


def test_first_crawl_fetches_each_article_once_and_runs_match_the_log(full: FullCrawl) -> None:
    ok = article_hits(full.first.main, 200)
    assert sorted(ok) == sorted(set(ok))  # the sitemap's ?utm_source copy of Kent was not fetched
    assert set(ok) == RELEVANT | {BIKES, CALLS, OVERSIZED}
    runs = crawl_runs(full.db_url)[:4]
    assert {r.source for r in runs} == {
        "gazette-feed",
        "gazette-sitemap",
        "gazette-archive",
        "courier-feed",
    }
    assert all(r.status == "finished" and r.finished_at for r in runs)
    errors: Counter[str] = Counter()
    for run in runs:
        errors.update(run.errors)
        assert run.pages_fetched == run.items_stored + run.duplicates + run.off_topic
    main_runs = [r for r in runs if r.source.startswith("gazette")]
    # The server answered 200 to every page fetched, and to the one cut off as too large.
    assert sum(r.pages_fetched for r in main_runs) == len(ok) - errors["too_large"]
    assert errors == {"http_404": len(article_hits(full.first.main, 404)), "too_large": 1}
    partner = [r for r in runs if r.source == "courier-feed"][0]
    assert partner.pages_fetched == len(article_hits(full.first.partner, 200)) == 1
    assert sum(r.items_stored + r.duplicates for r in runs) == len(stored(full.db_url))
    summary = {row["source"]: row for row in full.first.summary}
    for run in runs:
        assert summary[run.source]["pages_fetched"] == run.pages_fetched
        assert summary[run.source]["errors"] == run.errors


def test_second_crawl_requests_no_article_page_again(full: FullCrawl) -> None:
    assert article_hits(full.second.main) == []
    assert article_hits(full.second.partner) == []
    assert "/feed.xml" in [h.path for h in full.second.main]  # feeds are re-read
    summary = full.second.summary
    assert all(row["pages_fetched"] == 0 and row["status"] == "finished" for row in summary)
    assert sum(row["skipped_seen"] for row in summary) >= len(RELEVANT)


def test_refresh_fetches_seen_pages_again_without_duplicating(full: FullCrawl) -> None:
    refetched = set(article_hits(full.refresh.main, 200))
    assert {KENT, CHESHIRE, MET, SCOTLAND, DVDS, BIKES} <= refetched
    [row] = full.refresh.summary
    assert row["items_stored"] == 0  # same canonical URLs, same text: unchanged
    assert len(stored(full.db_url)) == len(RELEVANT) + 1


def test_runs_command_lists_every_run(full: FullCrawl) -> None:
    result = CliRunner().invoke(cli, ["runs", "--db", full.db_url, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    db_runs = crawl_runs(full.db_url)
    assert [r["id"] for r in rows] == [r.id for r in reversed(db_runs)]
    assert rows[-1]["pages_fetched"] == db_runs[0].pages_fetched
    assert rows[-1]["errors"] == db_runs[0].errors
