"""Spider callbacks on saved fixture pages (no network): what each spider decides to fetch."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request, XmlResponse
from scrapy.utils.test import get_crawler

from crawler.items import ArticleItem
from crawler.sources import Source, SourcesError
from crawler.spiders.feed import FeedSpider, parse_feed
from crawler.spiders.listing import ListingSpider
from crawler.spiders.sitemap import SitemapSpider, parse_sitemap
from crawler.spiders.source import SourceSpider

MAIN = Path(__file__).resolve().parent.parent / "data" / "site" / "main"
BASE = "http://gazette.test"
OFFSITE = "http://elsewhere.test"


def fixture_bytes(path: str) -> bytes:
    raw = (MAIN / path).read_bytes()
    return raw.replace(b"@@SITE@@", BASE.encode()).replace(b"@@OFFSITE@@", OFFSITE.encode())


def make_spider(
    cls: type[SourceSpider], since: str | None = None, **source: object
) -> SourceSpider:
    fields: dict[str, object] = {
        "name": "gazette",
        "kind": cls.kind,
        "start_urls": (f"{BASE}/start",),
        "allowed_domains": ("gazette.test",),
        "schedule": "0 * * * *",
        **source,
    }
    crawler = get_crawler(cls)
    crawler.stats.open_spider()
    return cls.from_crawler(crawler, source=Source(**fields), since=since)  # type: ignore[arg-type]


def paths(requests: list[Request]) -> set[str]:
    return {r.url.removeprefix(BASE) for r in requests}


def test_feed_entries_parse_titles_dates_and_absolute_links() -> None:
    entries = parse_feed(fixture_bytes("feed.xml"), f"{BASE}/feed.xml")
    assert len(entries) == 12
    kent = entries[0]
    assert kent.url == f"{BASE}/news/2024/03/kent-police-fined-over-lost-usb-sticks"
    assert kent.title and kent.title.startswith("Kent Police fined £80,000")
    assert kent.published == date(2024, 3, 12)
    assert kent.summary and "<p>" not in kent.summary


def test_atom_feed_entries() -> None:
    atom = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
      <entry><title>Force reprimanded over data breach</title>
        <link rel="alternate" href="/2024/05/01/force-reprimanded"/>
        <published>2024-05-01T08:00:00Z</published><summary>ICO reprimand</summary></entry>
    </feed>"""
    [entry] = parse_feed(atom, "http://register.test/security/headlines.atom")
    assert entry.url == "http://register.test/2024/05/01/force-reprimanded"
    assert entry.published == date(2024, 5, 1)


def test_feed_spider_fetches_promising_entries_only() -> None:
    spider = make_spider(FeedSpider)
    response = XmlResponse(f"{BASE}/feed.xml", body=fixture_bytes("feed.xml"))
    requested = list(spider.parse_index(response))
    got = paths(requested)
    assert "/news/2024/03/kent-police-fined-over-lost-usb-sticks" in got
    assert "/news/2024/03/police-data-shows-rise-in-bike-thefts" in got  # judged after fetching
    assert "/news/2024/03/council-approves-new-bus-lanes" not in got  # pre-filter: not police
    assert not any(p.endswith(".pdf") for p in got)
    assert all(r.meta["article"] for r in requested)
    stats = spider.crawler.stats
    assert stats.get_value("breachkb/links/skipped_prefilter") == 1
    assert stats.get_value("breachkb/links/skipped_not_html") == 1


def test_feed_spider_since_skips_old_entries() -> None:
    spider = make_spider(FeedSpider, since="2020-01-01")
    response = XmlResponse(f"{BASE}/feed.xml", body=fixture_bytes("feed.xml"))
    got = paths(list(spider.parse_index(response)))
    assert not any("/2015/" in p for p in got)
    assert spider.crawler.stats.get_value("breachkb/links/skipped_window") == 1
    everything = paths(list(make_spider(FeedSpider).parse_index(response)))
    assert any("/2015/" in p for p in everything)


def test_feed_spider_applies_article_pattern() -> None:
    spider = make_spider(FeedSpider, article_pattern=r"/news/2024/")
    response = XmlResponse(f"{BASE}/feed.xml", body=fixture_bytes("feed.xml"))
    got = paths(list(spider.parse_index(response)))
    assert got and all(p.startswith("/news/2024/") for p in got)


def test_sitemap_index_follows_children_and_since_prunes_old_ones() -> None:
    body = fixture_bytes("sitemap_index.xml")
    kind, entries = parse_sitemap(body, BASE)
    assert kind == "index" and len(entries) == 2
    response = XmlResponse(f"{BASE}/sitemap_index.xml", body=body)
    assert paths(list(make_spider(SitemapSpider).parse_index(response))) == {
        "/sitemaps/news.xml",
        "/sitemaps/archive-2015.xml",
    }
    recent = make_spider(SitemapSpider, since="2020-01-01")
    assert paths(list(recent.parse_index(response))) == {"/sitemaps/news.xml"}


def test_news_sitemap_gives_titles_and_publication_dates() -> None:
    body = fixture_bytes("sitemaps/news.xml")
    kind, entries = parse_sitemap(body, BASE)
    assert kind == "urlset"
    gmp = next(e for e in entries if "gmp-officer" in e.url)
    assert gmp.title and gmp.title.startswith("Greater Manchester Police officer")
    assert gmp.modified == date(2023, 6, 14)
    spider = make_spider(SitemapSpider, article_pattern="/news/")
    requests = list(spider.parse_index(XmlResponse(f"{BASE}/sitemaps/news.xml", body=body)))
    assert {r.meta["hint_title"] for r in requests} >= {gmp.title}


def test_not_a_sitemap_is_counted_as_an_error() -> None:
    spider = make_spider(SitemapSpider)
    html = HtmlResponse(f"{BASE}/sitemap.xml", body=b"<html><body>Moved</body></html>")
    assert list(spider.parse_index(html)) == []
    assert spider.crawler.stats.get_value("breachkb/errors/bad_sitemap") == 1


def test_listing_spider_extracts_articles_and_follows_pagination() -> None:
    spider = make_spider(ListingSpider, article_pattern="/(news|private|files)/", max_pages=3)
    page = HtmlResponse(
        f"{BASE}/archive/",
        body=fixture_bytes("archive/index.html"),
        request=Request(f"{BASE}/archive/"),
    )
    out = list(spider.parse_index(page))
    articles = [r for r in out if r.meta.get("article")]
    pages = [r for r in out if not r.meta.get("article")]
    assert paths(pages) == {"/archive/page-2.html"}
    assert pages[0].meta["listing_page"] == 2
    got = paths(articles)
    assert "/news/2024/03/kent-police-fined-over-lost-usb-sticks" in got
    # nav links do not match the article pattern; the bus-lanes teaser fails the pre-filter
    assert not {"/sport/", "/news/2024/03/council-approves-new-bus-lanes"} & got
    hint = next(r for r in articles if "kent-police" in r.url).meta["hint_title"]
    assert hint.startswith("Kent Police fined")


def test_listing_spider_drops_offsite_and_pdf_links_and_stops_at_max_pages() -> None:
    spider = make_spider(ListingSpider, article_pattern="/(news|private|files)/", max_pages=3)
    last = HtmlResponse(
        f"{BASE}/archive/page-3.html",
        body=fixture_bytes("archive/page-3.html"),
        request=Request(f"{BASE}/archive/page-3.html", meta={"listing_page": 3}),
    )
    out = list(spider.parse_index(last))
    assert out and all(r.url.startswith(BASE) for r in out)
    assert spider.crawler.stats.get_value("breachkb/links/skipped_offsite") == 1
    assert not any(r.url.endswith(".pdf") for r in out)
    assert all(r.meta.get("article") for r in out)  # page 3 of 3: no further page


def test_article_callback_keeps_raw_bytes_and_header_charset() -> None:
    spider = make_spider(FeedSpider)
    path = "news/2023/11/police-scotland-fined-over-witness-statements-left-on-train.html"
    raw = (MAIN / path).read_bytes()
    request = Request(
        f"{BASE}/news/new",
        meta={
            "article": True,
            "hint_title": "Police Scotland fined",
            "redirect_urls": [f"{BASE}/old"],
        },
    )
    response = HtmlResponse(
        f"{BASE}/news/new",
        body=raw,
        headers={"Content-Type": "text/html; charset=windows-1252"},
        request=request,
    )
    [item] = list(spider.parse_article(response))
    assert isinstance(item, ArticleItem)
    assert item.body == raw and b"\xa3150,000" in item.body
    assert item.content_type == "text/html; charset=windows-1252"
    assert item.redirected_from == [f"{BASE}/old"]
    assert item.source == "gazette" and item.hint_title == "Police Scotland fined"


def test_spider_refuses_a_source_of_another_kind() -> None:
    crawler = get_crawler(SitemapSpider)
    with pytest.raises(SourcesError, match="is a feed source, not sitemap"):
        SitemapSpider.from_crawler(
            crawler,
            source=Source("x", "feed", (f"{BASE}/f",), ("gazette.test",), "0 * * * *"),
        )
