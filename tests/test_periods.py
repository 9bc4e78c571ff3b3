"""extract.rules.periods: every period form a reporter writes, read into first and last year."""

from __future__ import annotations

from datetime import date

import pytest

from extract.rules.periods import (
    Period,
    PeriodMention,
    find_periods,
    reference_date,
    resolve,
    span_length,
)

REF = date(2024, 7, 15)  # a July dateline: the financial year 2024/25 has begun


def labels(text: str, reference: date | None = None) -> list[str | None]:
    return [m.period.label if m.period else None for m in find_periods(text, reference)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dates written in figures, first to last; a two-digit financial year
        ("between 01/01/2020 and 31/12/2022 the force", ["2020-2022"]),
        ("from 1.4.2019 to 31.3.2022", ["2019-2022"]),
        ("in FY22/23 the force logged", ["2022-2023"]),
        # single years
        ("The force logged 40 incidents in 2019.", ["2019"]),
        ("During 2008 the constabulary lost two laptops.", ["2008"]),
        ("figures for March 2017 show", ["2017"]),
        # spans
        ("between 2014 and 2018 the force", ["2014-2018"]),
        ("from 2010 to 2012, officers", ["2010-2012"]),
        ("between April 2015 and September 2019", ["2015-2019"]),
        ("from April 2019 to March 2020 the force", ["2019-2020"]),
        ("in April 2019 - March 2020 there were", ["2019-2020"]),
        ("over 2016-2020 there were", ["2016-2020"]),
        ("in 2013-17 the force", ["2013-2017"]),
        # financial years
        ("in 2020/21 the force", ["2020-2021"]),
        ("in 2018-19 the force", ["2018-2019"]),
        ("during the financial year 2015-16", ["2015-2016"]),
        ("in 2021/2022, there were", ["2021-2022"]),
        ("in the year to March 2019", ["2018-2019"]),
        ("the twelve months ending 31 March 2022", ["2021-2022"]),
        ("in the 12 months to the end of March 2020", ["2019-2020"]),
        ("by the end of 1999/00", ["1999-2000"]),
        # financial years first to last; a list of them is no span
        ("from 2018/19 to 2020/21 the force", ["2018-2021"]),
        ("between 2016-17 and 2019-20 there were", ["2016-2020"]),
        ("in 2017/18 and 2018/19", ["2017-2018", "2018-2019"]),
        ("between 2015 and the end of 2019", ["2015-2019"]),
        # several financial years up to a March
        ("over the three years to March 2022 there were", ["2019-2022"]),
        ("in the 4 financial years ending 31 March 2020", ["2016-2020"]),
        # several calendar years up to the end of one (that year included)
        ("across the four years to the end of 2020, officers", ["2017-2020"]),
        ("in the two years to December 2019 the force", ["2018-2019"]),
        ("over the six years ending 2023 there were", ["2018-2023"]),
        # several financial years up to one named
        ("in the three years to 2019/20 the force", ["2017-2020"]),
        ("over the two financial years ending 2022-23", ["2021-2023"]),
        # a snapshot date
        ("As at 30/09/2021, 12 officers were suspended", ["2021"]),
    ],
)
def test_explicit_periods(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "under the Data Protection Act 2018 the force",  # an Act's year
        "reference 12/05/2021 only",  # a date inside a reference, not a stated period
        "the £2,015 bill",  # money
        "call 0800 2019 555",  # digits in a phone number
        "FOI-2024-00412 was answered",  # a request number
        "FY22/25 budget lines",  # no financial year: its years do not follow each other
    ],
)
def test_numbers_that_are_not_periods(text: str) -> None:
    assert labels(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the force reported last year", "2023"),
        ("so far this year the force", "2024"),
        ("earlier this year officers", "2024"),
        # N whole years before the dateline's, and its own from July on
        ("in the past three years the force", "2021-2024"),
        ("over the last five years there were", "2019-2024"),
        ("in the previous two years", "2022-2024"),
        ("two years ago the force", "2022"),
        ("since 2019 the force", "2019-2024"),
        ("since 2020/21 the force", "2020-2024"),
        ("between 2019 and the middle of this year", "2019-2024"),
        ("from 2020 to date, the force", "2020-2024"),
        ("between 2018 and last year", "2018-2023"),
        ("in the last financial year", "2023-2024"),  # July 2024: 2023/24 is the last one
        ("over the past three financial years", "2021-2024"),  # 2021/22 to 2023/24
        ("this financial year", "2024-2025"),
        # N years whose last is relative to the dateline
        ("in the five calendar years up to and including last year", "2019-2023"),
        ("over the three years to last year", "2021-2023"),
        ("the four years ending this year", "2021-2024"),
    ],
)
def test_relative_periods_against_the_dateline(text: str, expected: str) -> None:
    assert labels(text, REF) == [expected]


def test_relative_periods_without_a_date_stay_unresolved() -> None:
    assert labels("in the past three years and last year") == [None, None]


def test_past_years_include_the_current_one_from_july() -> None:
    (mention,) = find_periods("in the past three years")
    assert resolve(mention, date(2019, 3, 14)) == Period(2016, 2018, "relative")
    assert resolve(mention, date(2019, 9, 14)) == Period(2016, 2019, "relative")


def test_financial_years_turn_in_april() -> None:
    (mention,) = find_periods("in the last financial year")
    assert resolve(mention, date(2024, 3, 1)) == Period(2022, 2023, "relative")
    assert resolve(mention, date(2024, 4, 1)) == Period(2023, 2024, "relative")


@pytest.mark.parametrize(
    ("phrase", "previous", "expected"),
    [
        ("five years earlier", Period(2022, 2022), "2017"),
        ("two years later", Period(2020, 2021, "financial_year"), "2022-2023"),
        ("a year later", Period(2022, 2023, "financial_year"), "2023-2024"),
        ("a year later", Period(2019, 2019), "2020"),
        ("a year earlier", Period(2019, 2019), "2018"),
        ("the year earlier", Period(2021, 2022, "financial_year"), "2020-2021"),
        ("the following year", Period(2015, 2015), "2016"),
        ("the previous year", Period(2021, 2022, "financial_year"), "2020-2021"),
        ("the same year", Period(2018, 2018), "2018"),
        # "over the past year" after yearly figures is the next year of the series...
        ("over the past year", Period(2023, 2023), "2024"),
    ],
)
def test_sequences_continue_the_period_before(phrase: str, previous: Period, expected: str) -> None:
    (mention,) = find_periods(f"It rose {phrase}.")
    assert resolve(mention, None, previous) is not None
    assert resolve(mention, None, previous).label == expected  # type: ignore[union-attr]


def test_past_year_without_a_series_is_the_twelve_months_to_the_date() -> None:
    (mention,) = find_periods("over the past year")
    assert resolve(mention, REF).label == "2023-2024"  # type: ignore[union-attr]
    assert resolve(mention) is None


def test_sequence_without_a_period_before_is_unresolved() -> None:
    (mention,) = find_periods("a year later")
    assert mention.kind == "sequence"
    assert resolve(mention, REF) is None


def test_mentions_keep_offsets_and_do_not_overlap() -> None:
    text = "Figures for 2019/20 and between 2016 and 2018 differ."
    mentions = find_periods(text)
    assert [text[m.start : m.end] for m in mentions] == ["2019/20", "between 2016 and 2018"]
    assert all(isinstance(m, PeriodMention) for m in mentions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2023-11-02 Police figures show", date(2023, 11, 2)),
        ("March 3, 2021 | News\n\nThe force", date(2021, 3, 3)),
        ("Published 14th February 2020 - The force", date(2020, 2, 14)),
        ("The force said it lost 40 files in 2019.", None),
    ],
)
def test_reference_date_from_a_dateline(text: str, expected: date | None) -> None:
    assert reference_date(text) == expected


def test_reference_date_only_at_the_top() -> None:
    assert reference_date("x" * 300 + " 2023-11-02") is None


def test_a_reference_to_a_span_stated_elsewhere_is_left_to_its_reader() -> None:
    (four,) = find_periods("over the four years", REF)
    assert (four.kind, four.period, span_length(four)) == ("span_ref", None, 4)
    (period,) = find_periods("across the whole period")
    assert (period.kind, span_length(period)) == ("span_ref", None)
    (same,) = find_periods("in those same five years", REF)
    assert (same.kind, same.period, span_length(same)) == ("span_ref", None, 5)
    (fiscal,) = find_periods("across the three financial years", REF)
    assert (fiscal.kind, fiscal.period, span_length(fiscal)) == ("span_ref", None, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Answer: 2020 - 41, 2021 - 48", ["2020", "2021"]),  # a year and its figure
        ("the 2020 - 21 financial year", ["2020-2021"]),
        ("in 2016 - 19 were lost", ["2016"]),  # a list item "2016 - 19", not 2016-2019
    ],
)
def test_a_spaced_dash_joins_only_a_financial_year(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_since_after_a_superlative_is_a_yardstick_not_a_period() -> None:
    assert [p.text for p in find_periods("the highest total since 2016")] == []
    assert [p.text for p in find_periods("the first rise since 2019/20")] == []
    assert [p.text for p in find_periods("for the first time since 2015")] == []
    assert [p.kind for p in find_periods("412 breaches since 2016")] == ["since"]
    assert [p.kind for p in find_periods("the most breaches of any force since 2016")] == ["since"]
