"""The link pre-filter: recall first at the lenient level, both sides at the strict level, and
links whose text says nothing fetched only where that is cheap or promising."""

from __future__ import annotations

import pytest

from crawler.relevance import assess, decide, is_narrow, judge, url_words


@pytest.mark.parametrize("level", ["lenient", "strict"])
@pytest.mark.parametrize(
    "title",
    [
        "Kent Police fined £80,000 after losing USB sticks holding victims' details",
        "Constabulary reprimanded over emails sent to the wrong recipients",
        "ICO reprimands PSNI over spreadsheet published in error",
        "Officer sacked for snooping on records of ex-partner",
        "Force's data breach exposed witnesses' details",
        "Cops leak list of informants in email blunder",  # slang
        "Coppers' pay details published online by mistake",
        "Officers' salaries published online by mistake",  # no 'police', no data word
    ],
)
def test_breach_headlines_are_fetched_at_both_levels(title: str, level: str) -> None:
    assert judge(title, level=level).fetch


@pytest.mark.parametrize(
    "title",
    [
        "Police appeal for witnesses after crash on the A38",  # police, no data wording
        "Retailer fined after customer data breach",  # data, no police
        "Kent pay details published in error",  # a force's county, no police word
    ],
)
def test_lenient_fetches_one_sided_headlines_strict_does_not(title: str) -> None:
    assert judge(title, level="lenient").fetch
    verdict = judge(title, level="strict")
    assert not verdict.fetch and verdict.reason in {"no police cue", "no data cue"}


@pytest.mark.parametrize("level", ["lenient", "strict"])
@pytest.mark.parametrize(
    "title",
    [
        "Council approves new bus lanes on ring road",
        "Ico the cat rescued from tree",  # acronyms are case-sensitive
        "School celebrates outstanding inspection report",
    ],
)
def test_other_news_is_not_fetched(title: str, level: str) -> None:
    verdict = judge(title, level=level)
    assert not verdict.fetch


def test_off_fetches_everything() -> None:
    assert judge("Council approves new bus lanes on ring road", level="off").fetch


@pytest.mark.parametrize(
    "text",
    ["The Borough Gazette", "12 March 2024", "We use cookies to improve your experience", ""],
)
def test_uninformative_titles_are_fetched_when_judging_is_impossible(text: str) -> None:
    found = assess(text, url="https://gazette.test/p/8412", outlet="The Borough Gazette")
    assert not found.informative
    assert decide(found, "lenient").fetch  # a feed entry: fetch, the page will tell
    assert not decide(found, "lenient", opaque_fallback=False).fetch  # a broad sitemap
    assert not decide(found, "strict").fetch
    assert decide(found, "strict", narrow=True).fetch  # a crime section
    assert decide(found, "lenient", opaque_fallback=False, dated_in_window=True).fetch


def test_summaries_and_sections_count() -> None:
    dull = assess("Statement", "Sussex officers' home addresses were emailed to a suspect")
    assert dull.informative and decide(dull, "strict").fetch
    found = assess("Payroll blunder at headquarters", sections=("Crime",))
    assert found.cues["section"] == "Crime"


def test_url_words_count_and_opaque_urls_need_a_reason() -> None:
    assert url_words("https://x.test/news/police-fined-over-usb_stick.html") == (
        "news police fined over usb stick html"
    )
    assert judge(None, url="https://x.test/news/police-data-breach-2024").fetch
    assert not judge(None, url="https://x.test/news/council-bus-lanes-approved").fetch
    assert judge(None, url="https://x.test/article/123456").reason == "nothing to judge"


def test_narrow_sources_are_sections() -> None:
    assert is_narrow(("https://www.expressandstar.com/news/crime/feed/",))
    assert is_narrow(("https://ico.org.uk/action-weve-taken/enforcement/",))
    assert not is_narrow(("https://www.bbc.co.uk/news/uk/rss.xml",), "/news/")
