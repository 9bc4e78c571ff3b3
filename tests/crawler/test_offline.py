"""A crawl with no network says so: failed sources, exit code 4, one line per source, errors
counted by kind, no traceback."""

from __future__ import annotations

import json
import socket
import subprocess
from pathlib import Path

from click.testing import CliRunner
from fixture_site import Breachkb
from scrapy.http import HtmlResponse, Request
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.test import get_crawler
from sqlalchemy import select
from sqlalchemy.orm import Session
from twisted.python.failure import Failure

from crawler.outcomes import FAILED, final_status
from crawler.sources import Source
from crawler.spiders.feed import FeedSpider
from kb.cli import cli
from kb.db import make_engine
from kb.models import CrawlRun


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_offline_crawl_fails_each_source_in_one_line(
    crawl_env: dict[str, str], db_url: str, tmp_path: Path
) -> None:
    port = closed_port()
    sources = tmp_path / "offline.toml"
    sources.write_text(
        f"""
[[source]]
name = "refused-feed"
kind = "feed"
start_urls = ["http://127.0.0.1:{port}/feed.xml"]
schedule = "0 * * * *"

[[source]]
name = "nowhere-sitemap"
kind = "sitemap"
start_urls = ["http://news.breachkb-test.invalid/sitemap.xml"]
schedule = "0 * * * *"

[[source]]
name = "refused-listing"
kind = "listing"
start_urls = ["http://127.0.0.1:{port}/archive/", "http://127.0.0.1:{port}/crime/"]
schedule = "0 * * * *"
"""
    )
    crawl_env["BREACHKB_RETRY_TIMES"] = "1"  # each failure retried once: the suite stays quick
    cli_ = Breachkb(crawl_env, db_url, sources)
    result = cli_("crawl", "--format", "json")
    assert result.returncode == 4, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert sorted(lines) == [
        "nowhere-sitemap: failed, every request failed (dns=1, robots_txt=1)",
        "refused-feed: failed, every request failed (connection_refused=1, robots_txt=1)",
        "refused-listing: failed, every request failed (connection_refused=2, robots_txt=1)",
    ]
    summary = {row["source"]: row for row in json.loads(result.stdout)}
    assert {row["status"] for row in summary.values()} == {"failed"}
    with Session(make_engine(db_url)) as session:
        runs = {r.source: r for r in session.scalars(select(CrawlRun))}
    assert {r.status for r in runs.values()} == {"failed"}
    assert runs["nowhere-sitemap"].errors == {"dns": 1, "robots_txt": 1}
    assert runs["refused-listing"].errors == {"connection_refused": 2, "robots_txt": 1}
    listed = CliRunner().invoke(cli, ["runs", "--db", db_url, "--format", "json"])
    assert {(r["source"], r["status"]) for r in json.loads(listed.stdout)} == {
        (name, "failed") for name in summary
    }

    verbose = subprocess.run(
        [
            *cli_.argv("-v", "crawl", "refused-feed")[:3],
            "-v",
            "crawl",
            "refused-feed",
            "--db",
            db_url,
            "--sources",
            str(sources),
        ],
        env=crawl_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert verbose.returncode == 4
    assert f"refused-feed: http://127.0.0.1:{port}/feed.xml (connection_refused)" in verbose.stderr


def test_a_page_refused_for_its_size_is_no_failed_source() -> None:
    """The site answered; only our size limit cut the page off. With a shared frontier one
    crawler may draw nothing else from a source, and must not call it dead (exit code 4)."""
    assert final_status("finished", {"breachkb/errors/too_large": 1}) == "finished"
    assert final_status("finished", {"breachkb/errors/dns": 2}) == FAILED
    both = {"breachkb/errors/too_large": 1, "breachkb/errors/timeout": 1}
    assert final_status("finished", both) == FAILED
    fetched = {"breachkb/errors/dns": 1, "breachkb/pages_fetched": 3}
    assert final_status("finished", fetched) == "finished"


def _feed_spider() -> FeedSpider:
    source = Source(
        name="gazette-feed",
        kind="feed",
        start_urls=("http://127.0.0.1:9/feed.xml",),
        allowed_domains=("127.0.0.1",),
        schedule="daily",
    )
    crawler = get_crawler(FeedSpider)
    crawler.spider = FeedSpider.from_crawler(crawler, source=source)
    crawler.stats.open_spider()
    return crawler.spider


def _http_error(spider: FeedSpider, request: Request, status: int) -> Failure:
    response = HtmlResponse(request.url, status=status, request=request, body=b"")
    failure = Failure(HttpError(response))
    failure.request = request  # type: ignore[attr-defined]
    return failure


def test_an_article_answered_with_an_http_error_is_no_failed_source() -> None:
    """With a shared frontier another crawler may read the feed, and this one draw only an
    article that answers 404: the site is up, so the source has not failed. A feed that
    answers 404 is a dead source all the same."""
    article = _feed_spider()
    request = article.article_request("http://127.0.0.1:9/news/police-lost-laptop")
    assert request is not None
    article.on_error(_http_error(article, request, 404))
    stats = article.crawler.stats.get_stats()
    assert stats["breachkb/errors/http_404"] == 1
    assert final_status("finished", stats) == "finished"

    feed = _feed_spider()
    index = feed.index_request("http://127.0.0.1:9/feed.xml")
    assert index is not None
    feed.on_error(_http_error(feed, index, 404))
    assert final_status("finished", feed.crawler.stats.get_stats()) == FAILED
