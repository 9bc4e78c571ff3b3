"""Round 61, type cues for an insider's look-up and for unlawful processing
(extract/data/breach_types.toml):

- records opened on screen: "accessed the crime reports" / "accessed incident logs", and a
  system put questions to ("interrogated the PNC"), are an insider's look-up
  (`[types.unauthorised_access]` pairs);
- records kept past their retention period are unlawful processing (`[types.other]` pairs: a
  word of going past -- beyond, past, exceed, outside, longer -- a few words before
  "retention"), not a person held past a period nor staff retention;
- a document given with the person first, a double object ("gave her nephew a copy of the
  log", "handed a prisoner a printout"), is a disclosure (`[types.inappropriate_disclosure]`
  pairs whose link is the person), not a lift, a card or a court given something.

Every sentence here was written for these tests; none is quoted from an article.
"""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract
from extract.rules.types import type_scores
from extract.sentences import split_sentences
from tests.type_probe import best_type_of

LEAD = "A Suffolk Constabulary employee was disciplined last week. "


def _scores(nlp, text: str) -> dict[str, float]:
    return dict(type_scores(split_sentences(nlp(LEAD + text))))


# -- records opened or queried with no reason ------------------------------------------------------

LOOKED_UP = [
    "She accessed the crime reports of her neighbours on several occasions.",
    "He had accessed incident logs about his former partner.",
    "The detective interrogated the police national computer about his landlord.",
    "A clerk interrogated the intelligence database to learn about her sister's husband.",
]


@pytest.mark.parametrize("text", LOOKED_UP)
def test_records_opened_are_a_look_up(nlp, text: str) -> None:
    assert best_type_of(nlp, LEAD + text) == "unauthorised_access"


NOT_LOOKED_UP = [
    "The force will publish a report on the inquiry next month.",
    "Detectives interrogated the suspect for six hours before charging him.",
]


@pytest.mark.parametrize("text", NOT_LOOKED_UP)
def test_no_records_opened(nlp, text: str) -> None:
    assert _scores(nlp, text).get("unauthorised_access", 0.0) < 3.0


def test_an_access_story_reads_as_a_breach(nlp) -> None:
    text = (
        "Clerk disciplined\n\nA Cumbria Constabulary clerk accessed incident logs about her "
        "sister's former husband in 2019, a hearing was told."
    )
    ex = extract(Document(text=text), nlp)
    assert ex.relevant
    assert [(i.force, i.breach_type) for i in ex.incidents] == [
        ("Cumbria Constabulary", "unauthorised_access")
    ]


# -- records kept past their time ------------------------------------------------------------------

KEPT_TOO_LONG = [
    "The force held the custody records beyond their retention period.",
    "Stop and search records were held past the retention period for years.",
    "Some 900 interview tapes had exceeded the force's retention period.",
    "The images were stored well outside any agreed retention period.",
    "The case files sat in a basement long past their retention dates.",
]


@pytest.mark.parametrize("text", KEPT_TOO_LONG)
def test_records_kept_past_retention_are_unlawful_processing(nlp, text: str) -> None:
    assert best_type_of(nlp, LEAD + text) == "other"


NOT_KEPT_TOO_LONG = [
    "The man was kept in a cell beyond the permitted period.",
    "Officers held the suspect past the permitted period before charging him.",
    "The chief constable said staff retention was a priority beyond anything else.",
]


@pytest.mark.parametrize("text", NOT_KEPT_TOO_LONG)
def test_a_person_held_is_no_retention(nlp, text: str) -> None:
    assert _scores(nlp, text).get("other", 0.0) < 3.0


# -- a document given with the person first -----------------------------------------------

DOUBLE_OBJECT = [
    "The sergeant gave his uncle a printout of the custody record.",
    "He gave his sister a copy of the witness statement.",
    "The clerk handed a remand prisoner photographs of the scene.",
    "The detective passed her nephew a photograph of the crime scene.",
]


@pytest.mark.parametrize("text", DOUBLE_OBJECT)
def test_a_document_given_with_the_person_first(nlp, text: str) -> None:
    assert best_type_of(nlp, LEAD + text) == "inappropriate_disclosure"


NOT_A_DOCUMENT_GIVEN = [
    "He sent his aunt a birthday card from the station.",
    "The officer gave the court a copy of the transcript.",
]


@pytest.mark.parametrize("text", NOT_A_DOCUMENT_GIVEN)
def test_no_document_given(nlp, text: str) -> None:
    assert _scores(nlp, text).get("inappropriate_disclosure", 0.0) < 3.0
