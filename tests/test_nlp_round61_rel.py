"""Round 61: police data breaches told plainly, with no data-breach word.

- A complaint told by the person whose data it was: "a man claims Kent Police sent his bank
  details to a car dealer" -- a telling word with no police word before it, the force named
  after it as the one handing, and the data owned by a possessive pronoun
  (`extract/rules/relevance.py` `_tellers_data_object`, `teller_frames` and
  `teller_possessives` in `cues.toml [relevance.grammar]`). Not an outsider's handing ("a
  woman says her sister passed her address to ...").
"""

from __future__ import annotations

import pytest

from extract.models import Document, Extraction
from extract.nlp import extract


def _read(text: str) -> Extraction:
    return extract(Document(text=text, url="https://news.example.com/story"))


@pytest.mark.parametrize(
    "text",
    [
        "Complaint over police letter\n\nA shop owner in Rochdale says Greater Manchester "
        "Police sent her home address to a customer she had reported for theft in 2021.",
        "Family angry at force\n\nA retired teacher claims Essex Police emailed his "
        "medical records to a private landlord in 2020.",
        "Couple want answers\n\nA couple from Taunton allege that Avon and Somerset Police "
        "sent the details of their burglary report to a double-glazing salesman in 2022.",
    ],
)
def test_a_tellers_own_data_handed_on_by_the_force_is_a_breach(text: str) -> None:
    ex = _read(text)
    assert ex.relevant, ex.relevance_reason
    assert ex.incidents and ex.incidents[0].force is not None


@pytest.mark.parametrize(
    "text",
    [
        # the teller's sister handed it on; the force was only told
        "Shop row\n\nA shop owner in Rochdale says her sister passed her home address to a "
        "customer in 2021, and Greater Manchester Police were told.",
        # an outsider handed the data on; the force only investigates
        "Man charged\n\nA shop owner in Rochdale says a customer passed her home address to "
        "a gang in 2021. Greater Manchester Police is investigating.",
    ],
)
def test_no_tellers_data_when_another_hands_it_on(text: str) -> None:
    assert not _read(text).relevant
