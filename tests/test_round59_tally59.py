"""Round 59 (tally59): blind probes of statistics pages and tallies (issue 10).

A force's figures written as a run of period-labelled items in one sentence that ends with a
full stop and names no measure ("Kent Police: 2021 - 64, 2022 - 71, 2023 - 80.") were lost
when the measure was only in the sentence just before (a headline or lead about breaches):
a line ending in a full stop is prose, not a table row, and the prose reader wanted the
sentence itself to be about breaches. Such a run now takes its measure from that lead
(`extract/rules/tallies.py`, `dated_under_lead`). A run under a lead about something else,
or in a sentence naming another measure, still counts nothing.

Every text here is written for the test.
"""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def _rows(text: str) -> list[tuple[str, str, str | None, int]]:
    ex = extract(Document(text=text, url="https://news.example.com/x"))
    return sorted((b.force, b.period, b.breach_type, b.count) for b in ex.breach_counts)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Staffordshire breaches\n\nStaffordshire Police: 2020 - 41, 2021 - 48, 2022 - 57.",
            [
                ("Staffordshire Police", "2020", None, 41),
                ("Staffordshire Police", "2021", None, 48),
                ("Staffordshire Police", "2022", None, 57),
            ],
        ),
        (
            "Breach tally\n\nKent Police: 2021: 64; 2022: 71; 2023: 80.",
            [
                ("Kent Police", "2021", None, 64),
                ("Kent Police", "2022", None, 71),
                ("Kent Police", "2023", None, 80),
            ],
        ),
        (
            "FOI: Surrey Police data breaches\n\nThe figures were: 2019 - 33, 2020 - 38.",
            [("Surrey Police", "2019", None, 33), ("Surrey Police", "2020", None, 38)],
        ),
        (
            "Data breaches logged, year by year\n\nDorset Police: 2018 (22), 2019 (27), 2020 (31).",
            [
                ("Dorset Police", "2018", None, 22),
                ("Dorset Police", "2019", None, 27),
                ("Dorset Police", "2020", None, 31),
            ],
        ),
    ],
)
def test_period_run_under_breach_lead(text: str, rows: list[tuple[str, str, None, int]]) -> None:
    assert _rows(text) == sorted(rows)


@pytest.mark.parametrize(
    "text",
    [
        # a lead about something else
        "Kent Police staffing\n\nKent Police: 2021 - 3,640, 2022 - 3,710, 2023 - 3,802.",
        # a measure of its own in the sentence
        "Data breaches at Essex Police\n\nOfficers employed: 2021 - 3,100, 2022 - 3,250.",
        # the lead gave a figure of its own; the run after it is crimes
        "Data breaches at Kent Police\n\nKent Police recorded 64 data breaches in 2021. "
        "Crimes: 2021 - 160,000, 2022 - 170,000.",
    ],
)
def test_period_run_not_breaches(text: str) -> None:
    assert all(
        count not in (3640, 3710, 3802, 3100, 3250, 160000, 170000) for *_, count in _rows(text)
    )


# A difference told with the measure between the comparative and "than" ("12 more data
# breaches in 2021 than in 2020") is no count (`tally_cues._MORE_THAN`: up to six words
# between the comparative and "than"); the force's own figure beside it still counts.
@pytest.mark.parametrize(
    "text",
    [
        "Difference\n\nLeicestershire Police recorded 12 more data breaches in 2021 than in 2020.",
        "Sussex breaches\n\nSussex Police recorded 12 fewer data breaches in 2022 than the "
        "year before.",
        "Sussex breaches\n\nSussex Police recorded 40 more breaches in 2022 than in 2021.",
        "Gwent figures\n\nGwent Police logged nine fewer data protection breaches in 2020 than "
        "in 2019.",
    ],
)
def test_difference_before_than_is_no_count(text: str) -> None:
    assert _rows(text) == []


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Sussex breaches\n\nSussex Police recorded 140 breaches in 2022, more than any other "
            "force in the region.",
            [("Sussex Police", "2022", None, 140)],
        ),
        (
            "Sussex breaches\n\nSussex Police recorded 140 breaches in 2022, 40 more than in 2021.",
            [("Sussex Police", "2022", None, 140)],
        ),
    ],
)
def test_figure_beside_difference_counts(text: str, rows: list[tuple[str, str, None, int]]) -> None:
    assert _rows(text) == rows
