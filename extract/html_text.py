"""Main text and metadata of an HTML page: trafilatura first, lxml paragraphs as a fallback.

trafilatura gives up (returns None) on some broken or tiny pages; a truncated download should
still yield what text it has, so the fallback takes the page's <p> elements (or its body text).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

import lxml.html
import trafilatura
from lxml import etree

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

# Settings measured on the article-extraction benchmark (benchmarks/clean_bench.py).
FAVOR_PRECISION = False
FAVOR_RECALL = False

_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass
class PageText:
    """What the extractor found: text (one paragraph a line) plus metadata."""

    text: str
    title: str | None = None
    author: str | None = None
    published: date | None = None
    site_name: str | None = None
    extractor: str = "trafilatura"


def parse_date(value: str | None) -> date | None:
    """First ISO date (YYYY-MM-DD) in a metadata value, if it is a real date."""
    if not value or not (m := _DATE_RE.search(value)):
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _tree(html: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        # lxml refuses str input with an encoding declaration, and empty documents.
        try:
            return lxml.html.fromstring(html.encode("utf-8", "replace"))
        except (etree.ParserError, ValueError):
            return None


def _meta(tree: lxml.html.HtmlElement, *keys: str) -> str | None:
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            found = tree.xpath(f"//meta[@{attr}=$k]/@content", k=key)
            if found and found[0].strip():
                return str(found[0]).strip()
    return None


def fallback_metadata(tree: lxml.html.HtmlElement) -> PageText:
    """Title, author, date and site from <title>/OpenGraph/meta tags."""
    title = _meta(tree, "og:title", "twitter:title")
    if not title:
        found = tree.xpath("//title/text()") or tree.xpath("//h1//text()")
        title = " ".join(str(t) for t in found[:1]).strip() or None
    return PageText(
        text="",
        title=title,
        author=_meta(tree, "author", "article:author", "byl", "dc.creator"),
        published=parse_date(
            _meta(tree, "article:published_time", "datePublished", "date", "dc.date", "pubdate")
        ),
        site_name=_meta(tree, "og:site_name", "application-name"),
    )


def fallback_text(tree: lxml.html.HtmlElement) -> str:
    """Text of <p> elements (or, failing that, of the body) outside scripts and navigation."""
    for bad in tree.xpath("//script|//style|//noscript|//nav|//header|//footer|//aside"):
        bad.drop_tree()
    paragraphs = [" ".join(p.text_content().split()) for p in tree.xpath("//p|//h2|//h3|//li")]
    paragraphs = [p for p in paragraphs if p]
    if not any(len(p.split()) >= 5 for p in paragraphs):
        body = tree.find(".//body")
        source = body if body is not None else tree
        paragraphs = [" ".join(line.split()) for line in source.text_content().splitlines()]
    return "\n".join(p for p in paragraphs if p)


def extract_page(html: str, url: str | None = None) -> PageText:
    """Run trafilatura with metadata; fall back to lxml when it finds no text."""
    result: Any = None  # trafilatura.settings.Document (as_dict=False)
    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_precision=FAVOR_PRECISION,
            favor_recall=FAVOR_RECALL,
        )
    except Exception as exc:  # trafilatura raises assorted errors on hostile markup
        log.info("trafilatura failed on %s: %s", url or "page", exc)
    text = (getattr(result, "text", None) or "") if result is not None else ""
    page = PageText(text=text)
    if result is not None:
        page.title = result.title or None
        page.author = result.author or None
        page.published = parse_date(result.date)
        page.site_name = result.sitename or None
    if text.strip() and page.title and page.published:
        return page  # the common case: no second parse needed
    tree = _tree(html)
    if tree is None:
        return page
    meta = fallback_metadata(tree)
    page.title = page.title or meta.title
    page.author = page.author or meta.author
    page.published = page.published or meta.published
    page.site_name = page.site_name or meta.site_name
    if not text.strip():
        page.text = fallback_text(tree)
        page.extractor = "lxml"
    return page
