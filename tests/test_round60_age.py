"""Round 60: a person's age told between commas is no figure.

Court reports give ages: "Karen Hale, 46, searched ...". Counted as a figure, the age made a
one-person court story read as a statistics page, its case a passing one with no year
(`extract/rules/tally_cues.py` `numbers`).
"""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract
from extract.rules.tally_cues import numbers

# -- a person's age between commas is no figure ------------------------------------------

AGED = (
    "Records worker jailed\n\nLorna Pike, {age}, searched Humberside Police crime records "
    "for her brother's rivals in 2020, Hull Crown Court heard. She admitted misconduct in a "
    "public office.\n\nThe force has disciplined 14 members of staff for misusing its systems "
    "since 2018."
)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Lorna Pike, 41, searched the records 12 times.", [12]),
        ("Former sergeant Dean Ross, 55, of Hull, admitted the offence.", []),
        ("Kent, 45, Essex, 30.", [45, 30]),  # a list of forces' figures goes on to a name
        ("Kent, 45, and Essex, 30.", [45, 30]),
    ],
)
def test_an_age_after_a_name_is_no_count(text: str, counts: list[int]) -> None:
    assert [n.value for n in numbers(text)] == counts


def test_a_court_story_with_ages_keeps_its_dated_incident() -> None:
    """Her age made the lead a sentence of figures, and with the closing figures the page a
    statistics one: her case a passing one."""
    ex = extract(Document(text=AGED.format(age=38), url="https://news.example.com/x"))
    assert [(i.force, i.breach_year, i.mention) for i in ex.incidents] == [
        ("Humberside Police", 2020, "primary")
    ]
