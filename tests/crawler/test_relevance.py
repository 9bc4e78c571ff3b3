"""The link pre-filter: police-and-data wording is fetched, other news is not."""

from __future__ import annotations

import pytest

from crawler.relevance import judge, url_words


@pytest.mark.parametrize(
    "title",
    [
        "Kent Police fined £80,000 after losing USB sticks holding victims' details",
        "Constabulary reprimanded over emails sent to the wrong recipients",
        "ICO reprimands PSNI over spreadsheet published in error",
        "Officer sacked for snooping on records of ex-partner",
        "Force's data breach exposed witnesses' details",
    ],
)
def test_breach_headlines_are_fetched(title: str) -> None:
    assert judge(title).fetch


@pytest.mark.parametrize(
    "title",
    [
        "Council approves new bus lanes on ring road",
        "Police appeal for witnesses after crash on the A38",  # police, no data wording
        "Retailer fined after customer data breach",  # data, no police
        "Ico the cat rescued from tree",  # acronyms are case-sensitive, words are not enough
    ],
)
def test_other_news_is_not_fetched(title: str) -> None:
    verdict = judge(title)
    assert not verdict.fetch and verdict.reason.startswith("no ")


def test_url_words_count_and_opaque_urls_are_fetched() -> None:
    assert url_words("https://x.test/news/police-fined-over-usb_stick.html") == (
        "news police fined over usb stick html"
    )
    assert judge(None, url="https://x.test/news/police-data-breach-2024").fetch
    assert not judge(None, url="https://x.test/news/council-bus-lanes-approved").fetch
    assert judge(None, url="https://x.test/article/123456").reason == "no text to judge"
