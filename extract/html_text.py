"""Main text and metadata of an HTML page: trafilatura first, lxml paragraphs as a fallback.

Metadata comes from `extract.page_metadata` (cheap) and, for undated pages, htmldate.

trafilatura gives up (returns None) on some broken or tiny pages; a truncated download should
still yield what text it has, so the fallback takes the page's <p> elements (or its body text).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from typing import Any

import lxml.html
import trafilatura
from htmldate import find_date
from lxml import etree
from trafilatura.utils import load_html

from extract.page_metadata import parse_date, read_metadata

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

# Settings measured on the article-extraction benchmark (benchmarks/clean_bench.py).
FAVOR_PRECISION = False
FAVOR_RECALL = False
# trafilatura's own extractor only, without its readability/jusText comparison and rescue: on
# the 181 AEB pages F1 0.9673 against 0.9633 with them, and 90 pages/s against 65 (bare
# `trafilatura.extract`, which runs them: 0.9599, 76 pages/s). The lxml fallback below still
# reads the pages trafilatura gives up on.
FAST = True


@dataclass
class PageText:
    """What the extractor found: text (one paragraph a line) plus metadata."""

    text: str
    title: str | None = None
    author: str | None = None
    published: date | None = None
    site_name: str | None = None
    extractor: str = "trafilatura"
    # the day came only from the URL's path ('/2016/06/08/'): no date the page states
    published_from_url: bool = False


def _tree(html: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        # lxml refuses str input with an encoding declaration, and empty documents.
        try:
            return lxml.html.fromstring(html.encode("utf-8", "replace"))
        except (etree.ParserError, ValueError):
            return None


def fallback_metadata(tree: lxml.html.HtmlElement, url: str | None = None) -> PageText:
    """Title, author, date and site from the page's meta tags, JSON-LD, <time> and <title>."""
    meta = read_metadata(tree, url)
    return PageText(
        text="",
        title=meta.title,
        author=meta.author,
        published=meta.published,
        site_name=meta.site_name,
        published_from_url=meta.published_from_url,
    )


def _markup_date(tree: lxml.html.HtmlElement, url: str | None) -> date | None:
    """htmldate's quick search (scripts, visible dates): only for pages whose metadata has none.

    It costs a few milliseconds, so it runs on the one page in eight that needs it.
    """
    try:
        found = find_date(tree, url=url, extensive_search=False, original_date=True)
    except Exception as exc:  # htmldate raises assorted errors on hostile markup
        log.info("htmldate failed on %s: %s", url or "page", exc)
        return None
    return parse_date(found)


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


# libxml2 stops building the tree at this depth (it needs XML_PARSE_HUGE, and a tree that
# deep would overflow the C stack of recursive tree walks): everything deeper is dropped.
LXML_MAX_DEPTH = 256
_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "svg", "math"}
_BLOCK_TAGS = {
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "article",
    "section", "blockquote", "pre", "table", "ul", "ol", "dd", "dt", "figcaption", "hr",
}  # fmt: skip


# An element at depth LXML_MAX_DEPTH - 1 (the root element is depth 1): a child step per level,
# evaluated inside libxml2 (a third of the cost of walking the tree's events in Python).
_AT_DEPTH_LIMIT = etree.XPath("boolean(/*" + "/*" * (LXML_MAX_DEPTH - 2) + ")")


def _depth_capped(tree: Any) -> bool:
    """True when the parsed tree reaches libxml2's depth limit, i.e. content was dropped."""
    return bool(_AT_DEPTH_LIMIT(tree))


class _FlatText(HTMLParser):
    """The text of a page with no tree built: any nesting depth costs the same."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in _SKIP_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def flat_text(html: str) -> str:
    """Page text as lines, read by a streaming tokenizer instead of a tree (scripts dropped)."""
    parser = _FlatText()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def extract_page(html: str, url: str | None = None) -> PageText:
    """Parse once; read metadata ourselves, text with trafilatura; fall back to lxml.

    trafilatura's own metadata search (`with_metadata=True`) costs more than its text
    extraction, so it runs without it; `bare_extraction` copies the tree it is given.
    """
    tree = load_html(html)
    if tree is not None and _depth_capped(tree):
        # Nested past the parser's limit: the tree lost everything deeper, so the page is
        # read as flat text (metadata still comes from the head, which the tree kept).
        log.info("%s: nested deeper than %d elements, read as text", url or "page", LXML_MAX_DEPTH)
        page = fallback_metadata(tree, url)
        page.text, page.extractor = flat_text(html), "flat"
        return page
    result: Any = None  # trafilatura.settings.Document (as_dict=False)
    if tree is not None:
        try:
            result = trafilatura.bare_extraction(
                tree,
                url=url,
                with_metadata=False,
                include_comments=False,
                include_tables=True,
                fast=FAST,
                favor_precision=FAVOR_PRECISION,
                favor_recall=FAVOR_RECALL,
            )
        except Exception as exc:  # trafilatura raises assorted errors on hostile markup
            log.info("trafilatura failed on %s: %s", url or "page", exc)
    else:
        tree = _tree(html)  # lxml's own parser still reads what trafilatura's refuses
        if tree is None:
            return PageText(text="", extractor="lxml")
    text = (getattr(result, "text", None) or "") if result is not None else ""
    page = fallback_metadata(tree, url)
    page.text = text
    if page.published is None:
        page.published = _markup_date(tree, url)
    if not text.strip():
        page.text = fallback_text(tree)  # mutates the tree: last
        page.extractor = "lxml"
    return page
