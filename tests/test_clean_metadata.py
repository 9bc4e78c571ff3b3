"""Page metadata read from markup (extract.page_metadata): the places news pages state it."""

from __future__ import annotations

from datetime import date

import lxml.html
import pytest

from extract.clean import clean_html
from extract.page_metadata import parse_date, read_metadata


def _page(head: str, body: str = "<p>Body text of the story.</p>") -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def test_opengraph_tags_give_title_date_and_site() -> None:
    meta = read_metadata(
        _page(
            '<meta property="og:title" content="Force fined over lost files - Weald Courier">'
            '<meta property="article:published_time" content="2021-03-14T09:00:00Z">'
            '<meta property="og:site_name" content="Weald Courier">'
            '<meta name="author" content="By Jo Bloggs">'
        )
    )
    assert meta.title == "Force fined over lost files"  # the site's name is not the headline
    assert meta.published == date(2021, 3, 14)
    assert meta.site_name == "Weald Courier"
    assert meta.author == "Jo Bloggs"


def test_json_ld_article_headline_date_and_authors() -> None:
    ld = (
        '<script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "x"},'
        '{"@type": "NewsArticle", "headline": "Data loss at HQ", "datePublished": "2020/06/01",'
        '"author": [{"@type": "Person", "name": "A Reporter"}, {"name": "B Writer"}],'
        '"publisher": {"name": "The Daily"}}]}</script>'
    )
    meta = read_metadata(_page(ld))
    assert (meta.title, meta.published) == ("Data loss at HQ", date(2020, 6, 1))
    assert meta.author == "A Reporter; B Writer"
    assert meta.site_name == "The Daily"


def test_placeholder_and_unparseable_dates_fall_through_to_time_element() -> None:
    ld = '<script type="application/ld+json">{"@type": "Article", "datePublished": "0001-01-01"}'
    body = '<time datetime="2019-11-19T10:36:00Z">Tuesday</time><p>Text.</p>'
    meta = read_metadata(_page(ld + "</script><title>T</title>", body))
    assert meta.published == date(2019, 11, 19)


def test_url_date_when_markup_has_none() -> None:
    head = '<link rel="canonical" href="https://news.example/story/2018/07/30/a-story/">'
    assert read_metadata(_page(head)).published == date(2018, 7, 30)
    assert read_metadata(_page("<title>No date</title>")).published is None


def test_title_tag_prefers_the_h1_it_contains() -> None:
    tree = _page("<title>Kent Police fined - Courier</title>", "<h1>Kent Police fined</h1>")
    assert read_metadata(tree).title == "Kent Police fined"
    assert read_metadata(_page("<title>Only a title</title>")).title == "Only a title"


def test_profile_urls_and_handles_are_not_authors() -> None:
    head = '<meta property="article:author" content="https://example.com/people/jo">'
    assert read_metadata(_page(head)).author is None
    byline = '<span itemprop="author">Sam Writer</span><p>Text.</p>'
    assert read_metadata(_page(head, byline)).author == "Sam Writer"


@pytest.mark.parametrize("value", ["", "no date here", "2021-02-30", "1899-01-01"])
def test_parse_date_refuses_non_dates(value: str) -> None:
    assert parse_date(value) is None


def test_clean_html_uses_page_metadata_and_keeps_text() -> None:
    html = (
        '<html><head><meta property="og:title" content="Police laptop stolen">'
        '<meta property="article:published_time" content="2022-05-04">'
        "</head><body><article><h1>Police laptop stolen</h1>"
        + "<p>A laptop holding the details of witnesses was stolen from a car, the force said"
        " on Tuesday, and officers are asking for help to find it.</p>"
        * 3
        + "</article></body></html>"
    )
    doc = clean_html(html)
    assert doc.title == "Police laptop stolen"
    assert doc.published == date(2022, 5, 4)
    assert "witnesses" in doc.text
