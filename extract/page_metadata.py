"""Title, author, date and site name of a page from its markup, in one cheap pass.

trafilatura's own metadata reader (htmldate and friends) costs more than its text extraction;
news pages state their metadata in a few standard places, read here in order of trust:
OpenGraph/meta tags, JSON-LD (`headline`, `datePublished`, `author`), `<time datetime>`,
then `<title>`/`<h1>` and a date in the URL.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from lxml.html import HtmlElement

_ISO_DATE_RE = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})")
_FIRST_YEAR = 1990  # earlier "dates" are placeholders (0001-01-01) or typos
_URL_DATE_RE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)")
_URL_RE = re.compile(r"^(?:https?:)?//")
_SPACE_RE = re.compile(r"\s+")
_TITLE_SEPARATORS = ("-", "|", "–", "—", ":", "·")
_BY_RE = re.compile(r"^by\s+", re.I)
_BYLINE_XPATH = '//*[@rel="author" or @itemprop="author"][not(self::meta or self::link)]'

_TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "headline")
_AUTHOR_KEYS = (
    "author",
    "article:author",
    "byl",
    "dc.creator",
    "parsely-author",
    "sailthru.author",
)
_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "published_time",
    "publish-date",
    "publication_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "date",
    "pubdate",
    "article:modified_time",
    "datemodified",
    "og:updated_time",
)
_SITE_KEYS = ("og:site_name", "application-name", "twitter:site")
_ARTICLE_TYPES = frozenset(
    {"article", "newsarticle", "reportagenewsarticle", "blogposting", "webpage", "report"}
)


@dataclass
class PageMetadata:
    """What the markup says about the page; any field may be missing."""

    title: str | None = None
    author: str | None = None
    published: date | None = None
    site_name: str | None = None
    # the day came only from the URL's path ('/2016/06/08/'): no date the page states
    published_from_url: bool = False


def parse_date(value: str | None) -> date | None:
    """First ISO date (YYYY-MM-DD or YYYY/MM/DD) in a metadata value, if it is a real date."""
    if not value or not (m := _ISO_DATE_RE.search(value)):
        return None
    return _date(m.group(1), m.group(2), m.group(3))


def _date(year: str, month: str, day: str) -> date | None:
    try:
        when = date(int(year), int(month), int(day))
    except ValueError:
        return None
    return when if when.year >= _FIRST_YEAR else None


def _squash(value: Any) -> str | None:
    text = _SPACE_RE.sub(" ", str(value)).strip() if value is not None else ""
    return text or None


def _meta_tags(tree: HtmlElement) -> dict[str, str]:
    """Every <meta> key (property, name or itemprop, lower-cased) to its first non-empty content."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        content = _squash(meta.get("content"))
        if content is None:
            continue
        for attr in ("property", "name", "itemprop"):
            key = meta.get(attr)
            if key:
                found.setdefault(key.strip().lower(), content)
    return found


def _first(tags: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((tags[k] for k in keys if k in tags), None)


def _ld_objects(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    """JSON-LD objects of the page, @graph members included; broken blocks are skipped."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text, strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                stack.extend(item.get("@graph") or [])
                yield item


def _ld_type(obj: dict[str, Any]) -> set[str]:
    kinds = obj.get("@type") or []
    return {str(k).lower() for k in (kinds if isinstance(kinds, list) else [kinds])}


def _ld_name(value: Any) -> str | None:
    """Name(s) of a JSON-LD person/organisation value: a string, an object or a list of them."""
    if isinstance(value, list):
        names = [n for n in (_ld_name(v) for v in value) if n]
        return "; ".join(names) or None
    if isinstance(value, dict):
        return _squash(value.get("name"))
    return _squash(value) if isinstance(value, str) and not _URL_RE.match(value) else None


def _from_json_ld(tree: HtmlElement) -> PageMetadata:
    """Article objects first; any other object (a ClaimReview, a VideoObject) may still date it."""
    found = PageMetadata()
    objects = sorted(_ld_objects(tree), key=lambda obj: not _ld_type(obj) & _ARTICLE_TYPES)
    for obj in objects:
        if not _ld_type(obj) & _ARTICLE_TYPES:
            found.published = found.published or parse_date(str(obj.get("datePublished") or ""))
            continue
        found.title = found.title or _squash(obj.get("headline"))
        found.author = found.author or _ld_name(obj.get("author"))
        found.published = found.published or parse_date(str(obj.get("datePublished") or ""))
        found.site_name = found.site_name or _ld_name(obj.get("publisher"))
    return found


def _time_element_date(tree: HtmlElement) -> date | None:
    """The first `<time datetime>`, preferring one marked as the publication date."""
    first: date | None = None
    for node in tree.iter("time"):
        when = parse_date(node.get("datetime"))
        if when is None:
            continue
        marks = f"{node.get('itemprop', '')} {node.get('class', '')} {node.get('pubdate', '')}"
        if "publish" in marks.lower() or node.get("pubdate") is not None:
            return when
        first = first or when
    return first


def _first_text(tree: HtmlElement, tag: str) -> str | None:
    return next((t for node in tree.iter(tag) if (t := _squash(node.text_content()))), None)


def _heading_title(tree: HtmlElement) -> str | None:
    """The <h1> when <title> is it plus the site's name, else <title>, else the <h1>."""
    title, heading = _first_text(tree, "title"), _first_text(tree, "h1")
    if title and heading and heading in title:
        return heading
    return title or heading


def _without_site(title: str | None, site: str | None) -> str | None:
    """ "Headline - Weald Courier" -> "Headline": the site's name is not part of the headline."""
    if not title or not site:
        return title
    head = title.rstrip()
    if not head.casefold().endswith(site.casefold()):
        return title
    head = head[: len(head) - len(site)].rstrip()
    if not head.endswith(_TITLE_SEPARATORS):
        return title
    return head[:-1].rstrip() or title


def _author(tags: dict[str, str], ld: PageMetadata, tree: HtmlElement) -> str | None:
    """JSON-LD author, meta author, or a byline marked up as such; never a URL or @handle."""

    def candidates() -> Iterator[str | None]:
        yield ld.author
        yield _first(tags, _AUTHOR_KEYS)
        yield from (_squash(node.text_content()) for node in tree.xpath(_BYLINE_XPATH)[:1])

    for value in candidates():  # lazily: the byline search walks the whole tree
        if value and not _URL_RE.match(value) and not value.startswith("@"):
            return _BY_RE.sub("", value) or None
    return None


def url_date(url: str | None) -> date | None:
    """The day a URL's path names ('/2016/06/08/'), if any."""
    if not url or not (m := _URL_DATE_RE.search(url)):
        return None
    return _date(m.group(1), m.group(2), m.group(3))


def _canonical(tree: HtmlElement) -> str | None:
    return next(
        (link.get("href") for link in tree.iter("link") if link.get("rel") == "canonical"), None
    )


def read_metadata(tree: HtmlElement, url: str | None = None) -> PageMetadata:
    """Metadata of a parsed page; reads the tree without changing it. A day only the URL
    gives ('/2016/06/08/') is marked `published_from_url`, as for plain texts."""
    tags = _meta_tags(tree)
    ld = _from_json_ld(tree)
    site = _first(tags, _SITE_KEYS) or ld.site_name
    stated = (
        next((d for k in _DATE_KEYS if (d := parse_date(tags.get(k)))), None)
        or ld.published
        or _time_element_date(tree)
    )
    from_url = None if stated else url_date(url or tags.get("og:url") or _canonical(tree))
    return PageMetadata(
        title=_without_site(_first(tags, _TITLE_KEYS) or ld.title or _heading_title(tree), site),
        author=_author(tags, ld, tree),
        published=stated or from_url,
        site_name=site,
        published_from_url=from_url is not None,
    )
