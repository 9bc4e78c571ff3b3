"""Round 27a (breach year), each mechanism proved by paraphrases written for it, positive and
negative: 'earlier that month' / 'later the same month' lies in the month told last before it
(a month of no year placed by the page's date), and dates nothing after a bare year or alone;
a duration lasting up to its end ('for six years until 2021') began that many years before
the end, while a tally's stretch ('in the four years to 2022') stays undated; 'over the
festive period' is Christmas as a time, the latest before the page's date. A count back in a
sentence telling a decision ('has been fined after a tablet was stolen two years previously')
with no date before it counts from that decision when one of the next sentences names it by a
noun and dates it ('the regulator issued the penalty in October 2022'), not from another
decision told by a verb ('was also reprimanded in 2017'), else from now. 'In September of the
previous year' is one date, September of the year before the one told (or before now), not
this year's September counted back a year. A participle of beginning set off by a comma after a
breach's verb ('viewed the files, starting in late 2020') dates the breach's start; after
another verb ('replaced its laptops, starting in 2020') it stays a system's. A time near
Christmas ('in the weeks before Christmas', 'in the run-up to Christmas') is Christmas, no
bound; 'Christmas 2021' is that year's, never the latest Christmas by the page's date."""

from __future__ import annotations

from datetime import date

import pytest

from extract.models import Document
from extract.nlp import extract

HEADLINE = "Police force data breach\n\n"


def year(nlp, text: str, published: date = date(2024, 6, 14)) -> int | None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=HEADLINE + text, published=published), nlp)
    return next(i for i in ex.incidents if i.mention == "primary").breach_year


# --- the same month as the one told before


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        (
            "Derbyshire Constabulary has been reprimanded by the ICO. The force told the regulator "
            "in March that a list of witnesses had been posted to the wrong address earlier that "
            "month.",
            date(2024, 1, 20),
            2023,
        ),
        (
            "Cumbria Police has been reprimanded by the ICO. The force alerted the regulator in "
            "November 2022 after an officer shared victims' details on WhatsApp earlier the same "
            "month.",
            date(2024, 6, 14),
            2022,
        ),
    ],
)
def test_same_month_as_the_month_told_before(nlp, text: str, published: date, want: int) -> None:  # type: ignore[no-untyped-def]
    assert year(nlp, text, published) == want


@pytest.mark.parametrize(
    "text",
    [
        # no month told before it: nothing to count from
        "Cumbria Police has been reprimanded by the ICO after an officer shared victims' details "
        "on WhatsApp earlier that month.",
    ],
)
def test_same_month_with_no_month_before_dates_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert year(nlp, text) is None


# --- a duration lasting up to its end


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "For six years until 2021, staff at Gwent Police kept copies of victims' statements on "
            "an unsecured shared drive, the ICO found.",
            2015,
        ),
        (
            "Gwent Police has been reprimanded by the ICO after officers kept custody photographs "
            "on a personal laptop for three years up to 2022.",
            2019,
        ),
    ],
)
def test_duration_until_a_year_begins_that_long_before(nlp, text: str, want: int) -> None:  # type: ignore[no-untyped-def]
    assert year(nlp, text) == want


def test_tally_stretch_to_a_year_stays_undated(nlp) -> None:  # type: ignore[no-untyped-def]
    from extract.components.dates import find_dates

    text = "The force logged 300 data breaches in the four years to 2022, figures show."
    assert [f[2:] for f in find_dates(text)] == [("relative", "period")]


# --- the festive period


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        (
            "Suffolk Constabulary has been reprimanded by the ICO after a detective emailed a "
            "victim's statement to the wrong solicitor over the festive period.",
            date(2024, 2, 10),
            2023,
        ),
        (
            "Suffolk Constabulary has been reprimanded by the ICO after an unencrypted memory "
            "stick was lost during the festive season.",
            date(2024, 6, 14),
            2023,
        ),
    ],
)
def test_festive_period_is_christmas(nlp, text: str, published: date, want: int) -> None:  # type: ignore[no-untyped-def]
    assert year(nlp, text, published) == want


def test_festive_as_a_thing_is_no_date(nlp) -> None:  # type: ignore[no-untyped-def]
    from extract.components.dates import find_dates

    assert find_dates("The force ran a festive season campaign against drink driving.") == []


# --- a count back from a decision dated in a later sentence


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Lancashire Constabulary has been fined £90,000 by the ICO after a tablet was stolen "
            "two years previously. The regulator issued the penalty in October 2022.",
            2020,
        ),
        (
            "Lancashire Constabulary has been reprimanded by the ICO after a box of case files "
            "was left in a pub three years earlier. Its reprimand, dated 4 February 2021, was "
            "made public this week.",
            2018,
        ),
    ],
)
def test_count_back_from_a_decision_dated_later(nlp, text: str, want: int) -> None:  # type: ignore[no-untyped-def]
    assert year(nlp, text) == want


@pytest.mark.parametrize(
    "text",
    [
        # another decision told by a verb: not the one the count is from
        "Lancashire Constabulary has been fined £90,000 by the ICO after a tablet was stolen two "
        "years previously. The force was also reprimanded in 2017 over a separate breach.",
        # a later sentence with no decision: the count is from now
        "Lancashire Constabulary has been fined £90,000 by the ICO after a tablet was stolen two "
        "years previously. The force bought new tablets in 2023.",
    ],
)
def test_count_back_with_no_decision_dated_later_is_from_now(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert year(nlp, text) == 2022


# --- a month of the previous or following year


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        # the month is of the year before the one told: not this year's month counted back
        (
            "Avon and Somerset Police was reprimanded in 2023 after a victim's address was "
            "posted online in September of the previous year.",
            date(2023, 6, 2),
            2022,
        ),
        # with no date told before it, the year before now
        (
            "Avon and Somerset Police has been reprimanded after a victim's address was posted "
            "online in September of the previous year.",
            date(2023, 6, 2),
            2022,
        ),
    ],
)
def test_month_of_the_previous_year(nlp, text: str, published: date, want: int) -> None:  # type: ignore[no-untyped-def]
    assert year(nlp, text, published) == want


def test_month_of_the_following_year_is_one_span(nlp) -> None:  # type: ignore[no-untyped-def]
    from extract.components.dates import find_dates

    text = "The disc went missing in 2019 and turned up in May the following year."
    assert ("relative", "may the following year") in [f[2:] for f in find_dates(text)]
    assert ("relative", "may") not in [f[2:] for f in find_dates(text)]


# --- a participle of beginning after a breach's verb


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Cheshire Constabulary has been reprimanded by the ICO. A call handler repeatedly "
            "viewed the files of people she knew, starting in late 2020.",
            2020,
        ),
        (
            "Cheshire Constabulary has been reprimanded by the ICO. An officer accessed the "
            "intelligence records of his former partner dozens of times, beginning in March 2019.",
            2019,
        ),
    ],
)
def test_participle_of_beginning_after_a_breach_dates_it(nlp, text: str, want: int) -> None:  # type: ignore[no-untyped-def]
    assert year(nlp, text) == want


def test_participle_of_beginning_after_another_verb_dates_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cheshire Constabulary has been reprimanded by the ICO after a laptop was stolen. The "
        "force replaced all of its laptops, starting in 2020."
    )
    assert year(nlp, text) is None


# --- a time near Christmas


@pytest.mark.parametrize(
    "text",
    [
        "Norfolk Constabulary has been reprimanded by the ICO after a detective posted a "
        "victim's statement to the wrong address in the weeks before Christmas.",
        "Norfolk Constabulary has been reprimanded by the ICO after a detective posted a "
        "victim's statement to the wrong address in the run-up to Christmas.",
    ],
)
def test_time_near_christmas_is_christmas(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert year(nlp, text, date(2024, 2, 10)) == 2023


def test_christmas_of_a_year_told_is_that_year(nlp) -> None:  # type: ignore[no-untyped-def]
    from extract.components.dates import find_dates

    assert [f[2:] for f in find_dates("It went missing shortly before Christmas 2021.")] == [
        ("year", "2021")
    ]
