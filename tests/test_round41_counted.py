"""A telling said of a number of breaches, not of one case (actions._counted_telling): the
blank pipeline tags no parts of speech, so the check that a number counts people or things
("three detectives were reported to the ICO") rather than breaches ("nine were reported")
reads the word after the number: a word that is no stop word stands for the noun counted.
Before, every number counted breaches, and one case's telling lost its regulator."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "Essex Police said three detectives were reported to the ICO after they "
            "searched a victim's file for personal reasons.\n",
            "Essex Police",
        ),
        (
            "Two civilian clerks at Dorset Police were reported to the Information "
            "Commissioner's Office after they accessed a neighbour's crime record for no policing "
            "purpose.\n",
            "Dorset Police",
        ),
    ],
)
def test_people_counted_before_a_telling_keep_the_regulator(text: str, force: str) -> None:
    ex = extract(Document(text=text))
    assert [(i.force, i.regulator) for i in ex.incidents] == [
        (force, "Information Commissioner's Office")
    ]


def test_the_pipeline_tags_no_parts_of_speech() -> None:
    """Why the check reads words, not tags: should a tagger join the pipeline, this fails
    and the word test in _counted_telling can go back to parts of speech."""
    from extract.nlp import get_nlp

    doc = get_nlp()("Three detectives were reported.")
    assert {t.pos_ for t in doc} == {""}
