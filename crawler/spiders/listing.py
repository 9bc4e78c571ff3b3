"""Listing pages (archives, tag pages, site-search results): links in, pagination followed."""

from __future__ import annotations

import re
from collections.abc import Iterable

from scrapy.http import Request, Response, TextResponse
from scrapy.linkextractors import LinkExtractor

from crawler.spiders.source import SourceSpider


class ListingSpider(SourceSpider):
    """`scrapy crawl listing -a source=NAME`: article links matching `article_pattern`."""

    name = "listing"
    kind = "listing"

    def parse_index(self, response: Response) -> Iterable[Request]:
        self._inc("index_pages")
        if not isinstance(response, TextResponse):
            self._inc("errors/bad_listing")
            return
        next_pages = self.next_pages(response)
        for link in LinkExtractor(unique=True).extract_links(response):
            if link.url in next_pages or not self.source.matches_article(link.url):
                continue
            if not self.on_allowed_domain(link.url):
                self._inc("links/skipped_offsite")
                continue
            request = self.article_request(link.url, title=link.text or link.fragment)
            if request is not None:
                yield request
        page = response.meta.get("listing_page", 1)
        if page >= self.source.max_pages:
            return
        for url in next_pages:
            if (request := self.index_request(url, listing_page=page + 1)) is not None:
                yield request

    def next_pages(self, response: TextResponse) -> list[str]:
        """rel="next" links, plus links matching the source's `next_pattern`."""
        hrefs = response.css("a[rel~=next]::attr(href), link[rel~=next]::attr(href)").getall()
        if self.source.next_pattern:
            pattern = re.compile(self.source.next_pattern)
            hrefs += [h for h in response.css("a::attr(href)").getall() if pattern.search(h)]
        seen: list[str] = []
        for href in hrefs:
            url = response.urljoin(href.strip())
            if url != response.url and url not in seen:
                seen.append(url)
        return seen
