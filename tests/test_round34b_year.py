"""Round 34b (r34b-year): a year inside a breach noun told to the regulator.

'Reported the 2023 leak to the ICO': 'to the ICO' makes the breach cue a report
(extract/rules/dates.py `_to_regulator`), which used to take the attributive year with it; a
year standing inside the breach noun's own phrase still dates the breach
(`_event_told_to_regulator`), while a report noun's year stays the report's.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.incident_probe import incident_rows


def _years(nlp, text: str) -> set[tuple]:  # type: ignore[no-untyped-def]
    return incident_rows(nlp, text, "force", "breach_year")


TOLD_TO_REGULATOR = [
    (
        "Published 14 October 2024\nSussex Police reported the 2023 leak to the ICO in January"
        " 2024.",
        {("Sussex Police", 2023)},
    ),
    (
        "Published 14 October 2024\nSussex Police disclosed the 2022 loss of a laptop to the"
        " Information Commissioner's Office last month.",
        {("Sussex Police", 2022)},
    ),
    (
        "Published 14 October 2024\nSussex Police referred its 2021 data breach to the ICO in"
        " 2024.",
        {("Sussex Police", 2021)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_TO_REGULATOR)
def test_a_year_inside_a_breach_noun_told_to_the_regulator_dates_the_breach(  # type: ignore[no-untyped-def]
    nlp, text, expected
) -> None:
    assert _years(nlp, text) == expected


def test_a_report_year_stays_the_report_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Published 14 October 2024\nSussex Police lost a laptop in 2023. The force's 2024 report"
        " to the ICO came months later."
    )
    assert _years(nlp, text) == {("Sussex Police", 2023)}
