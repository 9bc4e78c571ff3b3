"""Canonical URLs: variants of one article fold together, different articles stay apart."""

from __future__ import annotations

import pytest

from breachkb.errors import BreachKBError
from kb.canonical_url import InvalidURL, canonicalize

BASE = "https://example.co.uk/news/uk-police-fined-123"

SAME_ARTICLE = [
    "https://example.co.uk/news/uk-police-fined-123",
    "HTTPS://EXAMPLE.CO.UK/news/uk-police-fined-123",
    "http://example.co.uk/news/uk-police-fined-123",
    "https://example.co.uk:443/news/uk-police-fined-123",
    "http://example.co.uk:80/news/uk-police-fined-123",
    "https://www.example.co.uk/news/uk-police-fined-123",
    "https://m.example.co.uk/news/uk-police-fined-123",
    "https://mobile.example.co.uk/news/uk-police-fined-123",
    "https://amp.example.co.uk/news/uk-police-fined-123",
    "https://example.co.uk/news/uk-police-fined-123/",
    "https://example.co.uk/news/uk-police-fined-123#comments",
    "https://example.co.uk/news/uk-police-fined-123?utm_source=twitter&utm_medium=social",
    "https://example.co.uk/news/uk-police-fined-123?fbclid=IwAR0abc",
    "https://example.co.uk/news/uk-police-fined-123?gclid=xyz&mc_cid=1&mc_eid=2",
    "https://example.co.uk/news/uk-police-fined-123?at_medium=RSS&at_campaign=KARANGA",
    "https://example.co.uk/news/uk-police-fined-123?ns_mchannel=social&ns_source=twitter",
    "https://example.co.uk/news/uk-police-fined-123/amp",
    "https://example.co.uk/news/uk-police-fined-123/amp/",
    "https://example.co.uk/news/amp/uk-police-fined-123",
    "https://example.co.uk/news/uk-police-fined-123.amp",
    "https://example.co.uk/news/uk-police-fined-123?amp",
    "https://example.co.uk/news/uk-police-fined-123?amp=1",
    "https://example.co.uk/news/uk-police-fined-123?outputType=amp",
    "https://example-co-uk.cdn.ampproject.org/c/s/example.co.uk/news/uk-police-fined-123",
    "https://www.google.com/amp/s/www.example.co.uk/news/uk-police-fined-123/amp",
    "  https://example.co.uk/news/uk-police-fined-123  ",
]


@pytest.mark.parametrize("url", SAME_ARTICLE)
def test_variants_fold_to_one_url(url: str) -> None:
    assert canonicalize(url) == canonicalize(BASE)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Different stories, pages, hosts or content-selecting parameters stay different.
        (BASE, "https://example.co.uk/news/uk-police-fined-124"),
        (BASE, "https://example.com/news/uk-police-fined-123"),
        (BASE, "https://news.example.co.uk/news/uk-police-fined-123"),
        (BASE, "https://example.co.uk/News/UK-Police-Fined-123"),
        ("https://example.co.uk/article?id=1", "https://example.co.uk/article?id=2"),
        ("https://example.co.uk/news?page=2", "https://example.co.uk/news?page=3"),
        ("https://example.co.uk:8080/a", "https://example.co.uk/a"),
        ("https://example.co.uk/#!/story/1", "https://example.co.uk/#!/story/2"),
        ("https://example.co.uk/news/ampersand-story", "https://example.co.uk/news/and-story"),
        ("https://m.com/story", "https://com/story"),
        ("https://example.co.uk/a?outputType=print", "https://example.co.uk/a"),
    ],
)
def test_different_articles_stay_different(a: str, b: str) -> None:
    assert canonicalize(a) != canonicalize(b)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://Example.co.uk/a/?b=2&a=1&utm_campaign=x", "https://example.co.uk/a?a=1&b=2"),
        ("https://example.co.uk", "https://example.co.uk/"),
        ("https://example.co.uk/a%7eb", "https://example.co.uk/a~b"),
        ("https://example.co.uk/amp-stories/x", "https://example.co.uk/amp-stories/x"),
    ],
)
def test_exact_forms(url: str, expected: str) -> None:
    assert canonicalize(url) == expected


@pytest.mark.parametrize("url", [*SAME_ARTICLE, "https://example.co.uk/a?z=1&y=2#!/r"])
def test_canonicalize_is_idempotent(url: str) -> None:
    once = canonicalize(url)
    assert canonicalize(once) == once


@pytest.mark.parametrize(
    "bad", ["", "   ", "not a url", "ftp://example.co.uk/a", "/news/1", "https://"]
)
def test_bad_input_is_a_clear_error(bad: str) -> None:
    with pytest.raises(InvalidURL, match="URL"):
        canonicalize(bad)
    assert issubclass(InvalidURL, BreachKBError)
