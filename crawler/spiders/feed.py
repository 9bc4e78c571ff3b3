"""RSS 2.0, RSS 1.0 and Atom feeds: each entry's title and summary decide whether to fetch it."""

from __future__ import annotations

import html
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import dateparser
from parsel import Selector
from scrapy.http import Request, Response
from w3lib.html import remove_tags

from crawler.spiders.source import SourceSpider

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str | None
    summary: str | None
    published: date | None
    categories: tuple[str, ...] = ()  # <category> (RSS) / <category term> (Atom): the section


def feed_date(value: str | None) -> date | None:
    """RFC 822 (RSS) or ISO 8601 (Atom) dates, with dateparser for everything else."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    parsed = dateparser.parse(value, settings={"RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date() if parsed else None


def _text(node: Selector, xpath: str) -> str | None:
    value = node.xpath(xpath).get()
    if value is None:
        return None
    # Summaries are often escaped HTML; the pre-filter only wants words.
    return " ".join(html.unescape(remove_tags(value)).split()) or None


_CATEGORIES = "category/text() | category/@term | subject/text()"


def parse_feed(body: bytes, base_url: str) -> list[FeedEntry]:
    """Entries of an RSS or Atom document; links are made absolute against `base_url`."""
    sel = Selector(body=body, type="xml")
    sel.remove_namespaces()
    entries = []
    for node in sel.xpath("//item | //entry"):
        link = (
            node.xpath("link[@rel='alternate']/@href").get()
            or node.xpath("link[not(@rel)]/@href").get()
            or node.xpath("link/text()").get()
            or node.xpath("guid[not(@isPermaLink='false')]/text()").get()
        )
        if not link or not link.strip():
            continue
        entries.append(
            FeedEntry(
                url=urljoin(base_url, link.strip()),
                title=_text(node, "title/text()"),
                summary=_text(node, "description/text()")
                or _text(node, "summary/text()")
                or _text(node, "content/text()"),
                published=feed_date(
                    node.xpath(
                        "pubDate/text() | published/text() | updated/text() | date/text()"
                    ).get()
                ),
                categories=tuple(
                    c.strip()
                    for c in node.xpath(
                        "category/text() | category/@term | subject/text()"
                    ).getall()
                    if c.strip()
                ),
            )
        )
    return entries


def feed_title(body: bytes) -> str:
    """The channel's own title ("The Borough Gazette: Crime"): an entry titled with it says
    nothing about the entry."""
    sel = Selector(body=body, type="xml")
    sel.remove_namespaces()
    return " ".join(
        (sel.xpath("/rss/channel/title/text() | /feed/title/text()").get() or "").split()
    )


class FeedSpider(SourceSpider):
    """`scrapy crawl feed -a source=NAME`: read the source's feeds, fetch promising entries."""

    name = "feed"
    kind = "feed"

    def parse_index(self, response: Response) -> Iterable[Request]:
        self._inc("index_pages")
        try:
            entries = parse_feed(response.body, response.url)
        except ValueError as exc:  # not XML at all (an HTML error page, say)
            logger.warning("%s: %s is not a feed: %s", self.source.name, response.url, exc)
            self._inc("errors/bad_feed")
            return
        if not entries:
            logger.warning("%s: no entries in feed %s", self.source.name, response.url)
        if not self.outlet:
            self.outlet = feed_title(response.body)
        for entry in entries:
            request = self.article_request(
                entry.url,
                title=entry.title,
                summary=entry.summary,
                published=entry.published,
                sections=entry.categories,
            )
            if request is not None:
                yield request
