"""Breach tallies, round 20 (r20-counts): figures that are no counts though a breach noun
follows them: a rate told after its noun ('20 breaches a year', '12 breaches on average'),
a multiplier ('three times the 2019 figure') and the figure an average is said to be ('the
average number of breaches per force was 45'). Paraphrases written for these tests; each
pairs what must become a row with what must not."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

rows = partial(tally_rows.rows, published=date(2023, 6, 1))
LEAD = (
    "Police data breaches revealed\n\n"
    "Figures released under freedom of information laws show how many data breaches "
    "police forces logged.\n\n"
)


def test_a_rate_told_after_its_noun_is_no_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = LEAD + "Dorset Police logged 14 data breaches a year in 2018-2022, the figures show."
    assert rows(text, nlp) == set()
    text = LEAD + "Dorset Police logged nine breaches per month on average in 2021."
    assert rows(text, nlp) == set()
    # "a year later" dates a count, no rate
    text = LEAD + "Dorset Police logged 38 data breaches in 2020 and 52 breaches a year later."
    assert rows(text, nlp) == {
        ("Dorset Police", "2020", None, 38),
        ("Dorset Police", "2021", None, 52),
    }


def test_an_average_told_after_its_noun_is_no_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = LEAD + "Between 2018 and 2022 Dorset Police logged 31 data breaches on average."
    assert rows(text, nlp) == set()
    # an average told after a total leaves the total a count
    text = LEAD + "Between 2018 and 2022 Dorset Police logged 155 data breaches, an average of 31."
    assert rows(text, nlp) == {("Dorset Police", "2018-2022", None, 155)}


def test_a_multiplier_is_no_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = LEAD + "Breaches at Gwent Police climbed to 88 in 2022, four times the 2018 total."
    assert rows(text, nlp) == {("Gwent Police", "2022", None, 88)}


def test_the_figure_an_average_is_said_to_be_is_no_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        LEAD + "In 2022 the median number of data breaches per force was 38, while Gwent "
        "Police logged 88."
    )
    assert rows(text, nlp) == {("Gwent Police", "2022", None, 88)}
