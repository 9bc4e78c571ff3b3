"""Retry-After is honoured, and no crawl leaves this machine without a real contact URL."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from email.utils import formatdate
from pathlib import Path

import pytest
from fixture_site import ROOT, Breachkb, Sites, SiteServer
from scrapy.http import Request, Response
from scrapy.settings import Settings
from scrapy.spiders import Spider
from scrapy.utils.test import get_crawler

from crawler.contact import PLACEHOLDER_CONTACT_URL, MissingContact, is_local, require_contact
from crawler.middlewares import BackoffRetryMiddleware, retry_after
from crawler.runner import crawl_settings


def _middleware(**settings: object) -> BackoffRetryMiddleware:
    crawler = get_crawler(Spider, settings_dict={"RETRY_BACKOFF_BASE": 0.01, **settings})
    crawler.spider = crawler._create_spider("politeness")  # what a running crawl has
    return BackoffRetryMiddleware.from_crawler(crawler)


def _answer(status: int, **headers: str) -> tuple[Request, Response]:
    request = Request("http://127.0.0.1:9/news/a")
    return request, Response(request.url, status=status, headers=headers, request=request)


@pytest.mark.parametrize(
    ("header", "expected"),
    [("3", 3.0), ("0", 0.0), (None, None), ("soon", None), ("-1", None)],
)
def test_retry_after_seconds(header: str | None, expected: float | None) -> None:
    _, response = _answer(429, **({"Retry-After": header} if header else {}))
    assert retry_after(response) == expected


def test_retry_after_as_an_http_date() -> None:
    _, response = _answer(503, **{"Retry-After": formatdate(time.time() + 30, usegmt=True)})
    asked = retry_after(response)
    assert asked is not None and 25 <= asked <= 31


def test_a_retry_waits_as_long_as_the_server_asks() -> None:
    request, response = _answer(429, **{"Retry-After": "1"})
    started = time.monotonic()
    result = asyncio.run(_middleware().process_response(request, response))
    waited = time.monotonic() - started
    assert isinstance(result, Request) and result.url == request.url  # retried...
    assert waited >= 1.0  # ...after the second the server asked for, not the 0.01 s backoff


def test_without_retry_after_the_backoff_applies() -> None:
    request, response = _answer(503)
    started = time.monotonic()
    result = asyncio.run(_middleware().process_response(request, response))
    assert isinstance(result, Request)
    assert time.monotonic() - started < 0.5


def test_a_retry_after_beyond_the_cap_gives_up_for_this_run() -> None:
    request, response = _answer(429, **{"Retry-After": "86400"})
    started = time.monotonic()
    result = asyncio.run(_middleware(RETRY_AFTER_MAX=60).process_response(request, response))
    assert result is response  # not retried
    # not waited for: far below the 60 s cap (a generous bound, not a speed test)
    assert time.monotonic() - started < 30


@pytest.mark.parametrize(
    ("url", "local"),
    [
        ("http://127.0.0.1:8000/feed.xml", True),
        ("http://127.0.0.2/x", True),
        ("http://localhost/x", True),
        ("http://[::1]:80/x", True),
        ("https://www.bbc.co.uk/news", False),
        ("http://10.0.0.1/x", False),
    ],
)
def test_what_counts_as_this_machine(url: str, local: bool) -> None:
    assert is_local(url) is local


@pytest.mark.parametrize(
    "contact",
    [None, "", PLACEHOLDER_CONTACT_URL, "not a url", "ftp://example.org/", "mailto:nobody"],
)
def test_the_placeholder_or_no_contact_is_refused_for_the_internet(contact: str | None) -> None:
    settings = Settings({"CONTACT_URL": contact})
    with pytest.raises(MissingContact, match="BREACHKB_CONTACT_URL"):
        require_contact(settings, ["http://127.0.0.1/feed", "https://www.bbc.co.uk/news/rss"])
    require_contact(settings, ["http://127.0.0.1/feed"])  # local test servers are exempt


@pytest.mark.parametrize("contact", ["https://example.org/about-our-crawler", "mailto:a@b.org"])
def test_a_real_contact_is_accepted_and_named_in_the_user_agent(contact: str) -> None:
    require_contact(Settings({"CONTACT_URL": contact}), ["https://www.bbc.co.uk/news/rss"])
    settings = crawl_settings(overrides={"CONTACT_URL": contact})
    assert contact in settings.get("USER_AGENT")


def test_crawl_refuses_the_internet_without_a_contact_in_one_line(
    breachkb: Breachkb, tmp_path: Path
) -> None:
    sources = tmp_path / "internet.toml"
    sources.write_text(
        '[[source]]\nname = "bbc"\nkind = "feed"\n'
        'start_urls = ["https://feeds.bbci.co.uk/news/uk/rss.xml"]\nschedule = "0 * * * *"\n'
    )
    breachkb.env.pop("BREACHKB_CONTACT_URL")
    result = breachkb("crawl", "--sources", str(sources), sources=False)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr
    assert "BREACHKB_CONTACT_URL" in result.stderr and "feeds.bbci.co.uk" in result.stderr


def test_a_local_crawl_needs_no_contact(breachkb: Breachkb, sites: Sites) -> None:
    breachkb.env.pop("BREACHKB_CONTACT_URL")
    result = breachkb("crawl", "courier-feed", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["status"] == "finished"
    agents = {hit.user_agent for hit in sites.partner.hits}
    assert agents == {f"breachkb/0.1 (research crawler of UK police data-breach news; "
                      f"+{PLACEHOLDER_CONTACT_URL})"}  # fmt: skip


# Six disallowed pages of one host requested at once: the first request starts the robots.txt
# fetch, the other five wait for it. breachkb's robots.txt entries of DOWNLOADER_MIDDLEWARES only.
_MANY_AT_ONCE = """
import sys
from scrapy import Request, Spider
from scrapy.crawler import CrawlerProcess
from crawler.settings import DOWNLOADER_MIDDLEWARES

class ManyAtOnce(Spider):
    name = "many-at-once"

    async def start(self):
        for n in range(6):
            yield Request(f"{sys.argv[1]}/members/page-{n}")

    def parse(self, response):
        pass

robots = {k: v for k, v in DOWNLOADER_MIDDLEWARES.items() if "Robots" in k}
process = CrawlerProcess({
    "DOWNLOADER_MIDDLEWARES": robots, "ROBOTSTXT_OBEY": True, "LOG_LEVEL": "ERROR",
    "TELNETCONSOLE_ENABLED": False,
})
process.crawl(ManyAtOnce)
process.start()
"""


def test_requests_waiting_for_robots_txt_all_obey_it(tmp_path: Path) -> None:
    (tmp_path / "robots.txt").write_text("User-agent: *\nDisallow: /members/\n")
    (tmp_path / "members").mkdir()
    for n in range(6):
        (tmp_path / "members" / f"page-{n}.html").write_text(f"<p>member page {n}</p>")
    server = SiteServer("127.0.0.1", tmp_path)
    server.start()
    try:
        argv = [sys.executable, "-c", _MANY_AT_ONCE, server.base_url]
        subprocess.run(argv, cwd=ROOT, check=True, timeout=60)
    finally:
        server.stop()
    assert server.paths() == ["/robots.txt"]  # Scrapy's own middleware let five through
