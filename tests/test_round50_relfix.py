"""Round 50, the year of another force's breach told with a date relative to the page's
(extract/rules/dates.py `_news_published`): "this week", "last week" beside a breach whose
data the sentence tells as put out after the date ("a breach at Essex Police this week in
which the names of 900 officers were published online") dates that breach from the page's
dateline, as the story's own relative dates are; a publishing verb before the date ("said",
"figures released this week", "published a report this week") still dates the news, and the
story's own incident keeps its own year.

Every sentence here was written for these tests; none is quoted from an article.
"""

from __future__ import annotations

import pytest

from extract.clean import clean_text
from extract.nlp import extract

PAGE = "Force apologises after officers' names put online\n\nMarch 14, 2025 |\n\n"
MAIN = (
    "Dorset Police has apologised after it published the names of 300 officers on its "
    "website by mistake in November 2024."
)


def _years(nlp, body: str) -> dict[str | None, int | None]:  # type: ignore[no-untyped-def]
    """Each force's breach year on a page with a dateline (one incident per force here)."""
    return {i.force: i.breach_year for i in extract(clean_text(PAGE + body), nlp).incidents}


DATED_FROM_THE_PAGE = [
    " The apology follows a serious breach of data at Essex Police this week in which the "
    "names of 900 officers were published online.",
    " It comes after a breach at Essex Police last week in which the home addresses of 200 "
    "staff were posted on a public website.",
    " Essex Police had also been hit by a data breach last week, in which details of 500 "
    "officers were released by mistake.",
]


@pytest.mark.parametrize("tail", DATED_FROM_THE_PAGE)
def test_another_forces_breach_this_week_takes_the_pages_year(nlp, tail: str) -> None:  # type: ignore[no-untyped-def]
    assert _years(nlp, MAIN + tail) == {"Dorset Police": 2024, "Essex Police": 2025}


def test_the_storys_undated_breach_does_not_take_the_other_forces_date(nlp) -> None:  # type: ignore[no-untyped-def]
    undated = MAIN.replace(" in November 2024", "")
    tail = DATED_FROM_THE_PAGE[0]
    assert _years(nlp, undated + tail) == {"Dorset Police": None, "Essex Police": 2025}


THE_NEWS_DAY = [
    # a statement made this week
    " Essex Police said this week that the names of 900 officers were published online in "
    "a breach.",
    " Essex Police announced this week that details of 900 officers had been published "
    "online in a breach.",
    # figures or a report put out this week
    " Figures released this week show the names of 900 officers were published online by "
    "Essex Police in a breach.",
    " Essex Police published a report this week on a breach in which the names of 900 "
    "officers were posted online.",
    # no date at all
    " Essex Police had also been hit by a data breach, in which details of 500 officers "
    "were released by mistake.",
]


@pytest.mark.parametrize("tail", THE_NEWS_DAY)
def test_a_date_of_the_news_gives_the_other_force_no_year(nlp, tail: str) -> None:  # type: ignore[no-untyped-def]
    assert _years(nlp, MAIN + tail) == {"Dorset Police": 2024, "Essex Police": None}
