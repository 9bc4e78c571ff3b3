"""Round 54, words the type cues misread (extract/rules/types.py `_data_sold`,
`_generic_aside`; extract/data/breach_types.toml `sale_verbs`, `sold_data_things`,
`generic_definitions`):

- data sold ("sold data from the police computer to a gang") is a disclosure, not hardware
  got rid of;
- "misconduct in public office", an offence's name, tells no look-up;
- a definition ("the law defines a data breach as ...") is an aside on breaches at large.

Every sentence here was written for these tests; none is quoted from an article.
"""

from __future__ import annotations

import pytest

from extract.rules.types import type_scores
from extract.sentences import split_sentences
from tests.type_probe import best_type_of

LEAD = "A Dyfed-Powys Police civilian worker was sacked last month. "


def _scores(nlp, text: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return dict(type_scores(split_sentences(nlp(LEAD + text))))


# -- data sold, not hardware --------------------------------------------------------------------

SOLD_DATA = [
    "He sold data from the police computer to criminals.",
    "A clerk was jailed for selling details from the force computer to a gang.",
    "A constable sold information from the police computer to a drug dealer.",
]


@pytest.mark.parametrize("text", SOLD_DATA)
def test_data_sold_is_a_disclosure(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, LEAD + text) == "inappropriate_disclosure"


SOLD_HARDWARE = [
    "The force sold old laptops at auction with files still on them.",
    "Computers sold by the force still held crime records.",
]


@pytest.mark.parametrize("text", SOLD_HARDWARE)
def test_hardware_sold_stays_a_disposal(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, LEAD + text) == "insecure_disposal"


# -- an offence's name tells no mechanism ---------------------------------------------------------


def test_misconduct_in_public_office_is_no_look_up(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A former detective was jailed for misconduct in public office last year."
    assert _scores(nlp, text).get("unauthorised_access", 0.0) == 0.0


def test_offence_with_a_told_look_up_stays_a_look_up(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "He was jailed for misconduct in public office after searching police systems for "
        "his former partner."
    )
    assert best_type_of(nlp, LEAD + text) == "unauthorised_access"


def test_offence_with_a_told_leak_is_a_disclosure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "She admitted misconduct in public office after offering a story to a tabloid."
    assert _scores(nlp, text).get("unauthorised_access", 0.0) == 0.0


# -- a definition is an aside on breaches at large ---------------------------------------------

STORY = "A Lincolnshire Police officer lost a laptop holding witness statements. "

DEFINITIONS = [
    "The law defines a personal data breach as the loss or unauthorised disclosure of data.",
    "A breach is defined as any unauthorised access to personal data.",
    "By definition, a breach includes the unauthorised disclosure of personal data.",
]


@pytest.mark.parametrize("text", DEFINITIONS)
def test_a_definition_tells_no_kind(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    scores = dict(type_scores(split_sentences(nlp(STORY + text))))
    assert set(scores) == {"loss_or_theft_of_device"}


def test_a_story_sentence_keeps_its_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A second officer made an unauthorised disclosure of personal data to his brother."
    scores = dict(type_scores(split_sentences(nlp(STORY + text))))
    assert scores.get("inappropriate_disclosure", 0.0) > 0.0
