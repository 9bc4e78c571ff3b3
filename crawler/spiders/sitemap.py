"""XML sitemaps, sitemap indexes and Google News sitemaps (gzipped or not, or via robots.txt)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin

from parsel import Selector
from scrapy.http import Request, Response
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.sitemap import sitemap_urls_from_robots

from crawler.spiders.feed import feed_date
from crawler.spiders.source import SourceSpider

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SitemapEntry:
    url: str
    modified: date | None
    title: str | None = None  # news:title, in news sitemaps


def parse_sitemap(body: bytes, base_url: str) -> tuple[str, list[SitemapEntry]]:
    """("index" | "urlset" | "", entries); news sitemaps give a title and publication date."""
    sel = Selector(body=body, type="xml")
    sel.remove_namespaces()
    root = sel.xpath("/*")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(root.xpath("name()").get() or "", "")
    entries = []
    for node in sel.xpath("/sitemapindex/sitemap | /urlset/url"):
        loc = (node.xpath("loc/text()").get() or "").strip()
        if not loc:
            continue
        published = node.xpath("news/publication_date/text()").get()
        entries.append(
            SitemapEntry(
                url=urljoin(base_url, loc),
                modified=feed_date(published or node.xpath("lastmod/text()").get()),
                title=(node.xpath("news/title/text()").get() or "").strip() or None,
            )
        )
    return kind, entries


class SitemapSpider(SourceSpider):
    """`scrapy crawl sitemap -a source=NAME`: walk sitemap indexes down to article URLs."""

    name = "sitemap"
    kind = "sitemap"

    def parse_index(self, response: Response) -> Iterable[Request]:
        self._inc("index_pages")
        if response.url.endswith("/robots.txt"):
            for url in sitemap_urls_from_robots(response.text, base_url=response.url):
                if (request := self.index_request(url)) is not None:
                    yield request
            return
        body = response.body
        if gzip_magic_number(response):
            max_size = self.crawler.settings.getint("DOWNLOAD_MAXSIZE")
            try:
                body = gunzip(body, max_size=max_size)
            except (OSError, ValueError) as exc:
                logger.warning("%s: bad gzip sitemap %s: %s", self.source.name, response.url, exc)
                self._inc("errors/bad_sitemap")
                return
        kind, entries = parse_sitemap(body, response.url)
        if not kind:
            logger.warning("%s: %s is not a sitemap", self.source.name, response.url)
            self._inc("errors/bad_sitemap")
            return
        for entry in entries:
            if kind == "index":
                # A child sitemap last changed before --since holds nothing newer; one changed
                # after --until may still list older pages.
                if self.since and entry.modified and entry.modified < self.since:
                    self._inc("links/skipped_window")
                    continue
                if (request := self.index_request(entry.url)) is not None:
                    yield request
            else:
                # A whole-site sitemap of opaque slugs is not fetched blindly: only when the
                # source is a narrow section or the entry is dated inside --since/--until.
                request = self.article_request(
                    entry.url, title=entry.title, published=entry.modified, opaque_fallback=False
                )
                if request is not None:
                    yield request
