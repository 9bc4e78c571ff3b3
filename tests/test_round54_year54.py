"""Round 54 (r54-year54): the breach year from the force's own story.

1. An HTML page whose day is only in its URL is dated as a plain text is (round 53).
2. A sentence repeated word for word votes once for its dates (`_told_again`).
3. The end of a stretch left as two dates gives no vote of its own (`_stretch_end`).

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from extract.models import Document
from extract.nlp import extract


def _years(nlp, text: str) -> set[int]:  # type: ignore[no-untyped-def]
    doc = Document(text=text, published=date(2022, 6, 1))
    return {i.breach_year for i in extract(doc, nlp).incidents if i.breach_year}


# 1. An HTML page whose markup states no date, its day only in the URL's path, is dated as a
#    plain text is (round 53): the page keeps the day, but relative dates ("last Thursday")
#    give no breach year from it; a date the markup states still counts.

_URL = "https://news.example/2009/03/09/memory-stick-lost/"
_BODY = (
    "<h1>Police memory stick lost</h1><p>Essex Police lost a memory stick with the names of"
    " 400 suspects on it at its headquarters last Thursday, the force said on Monday.</p>"
    "<p>The force said it had begun a search of the building and told the watchdog.</p>"
)


def _html_years(nlp, head: str) -> tuple[set[int], date | None]:  # type: ignore[no-untyped-def]
    from extract.clean import clean

    title = "<title>Police memory stick lost</title>"
    html = f"<html><head>{title}{head}</head><body>{_BODY}</body></html>"
    doc = clean(html.encode(), url=_URL, content_type="text/html")
    years = {i.breach_year for i in extract(doc, nlp).incidents if i.breach_year}
    return years, doc.published


def test_html_url_day_dates_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    years, published = _html_years(nlp, "")
    assert published == date(2009, 3, 9)
    assert not years


def test_html_markup_day_still_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    head = '<meta property="article:published_time" content="2009-03-09T10:00:00Z">'
    years, _ = _html_years(nlp, head)
    assert years == {2009}


# 2. A sentence a page repeats word for word (wire copy repeating its first paragraphs) is one
#    telling: its dates vote once (`_told_again`).


def test_repeated_sentence_votes_once(nlp) -> None:  # type: ignore[no-untyped-def]
    lede = "A memory stick holding case files was lost by Kent Police in March 2021."
    text = (
        f"{lede} It held the files of 200 cases. {lede} The force later said the stick had"
        " in fact been stolen from an office in Maidstone in 2020."
    )
    assert _years(nlp, text) == {2020}


def test_single_telling_still_votes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A memory stick holding case files was lost by Kent Police in March 2021. It held"
        " the files of 200 cases, and it was lost again by Kent Police in March 2021 after"
        " being found."
    )
    assert _years(nlp, text) == {2021}


# 3. A stretch the date reader leaves as two dates ("between December 2018 and January this
#    year") dates the breach by its start: its end gives no vote to the later year
#    (`_stretch_end`), so a later date told once elsewhere does not outvote the start.

STRETCHES = [
    "A search began after a hard drive holding the addresses of 300 witnesses was lost on 3"
    " February. The drive, kept in a locked room at Cumbria Police headquarters, was lost"
    " between November 2021 and January this year.",
    "A search began after a hard drive holding the addresses of 300 witnesses was lost on 3"
    " February. It had been lost by Cumbria Police at some point from November 2021 to"
    " January this year.",
]


@pytest.mark.parametrize("text", STRETCHES)
def test_stretch_end_gives_no_vote(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _years(nlp, text) == {2021}


def test_two_separate_dates_both_vote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A search began after a hard drive holding the addresses of 300 witnesses was lost on"
        " 3 February. A second drive was lost by Cumbria Police in November 2021, and a third"
        " was lost in January this year."
    )
    assert _years(nlp, text) == {2022}
