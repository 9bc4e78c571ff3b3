"""Which forces had a breach, round 55 (family force55): forces whose own breach a page tells
in passing. Paraphrases written for these tests; each mechanism has cases that must fire and
near misses that must not.

1. A second force struck by a breach it shares with others -- caught up in, affected by, hit
   by it ("Essex Police was also caught up in the breach at the supplier"), or told that it
   was ("staff at Essex Police were informed that they too had been affected by the hack") --
   had a breach of its own: one record per force. Another body told of, or a force only told
   about someone else's breach, is none."""

from __future__ import annotations

import pytest

from extract import nlp
from extract.models import Document


def _forces(text: str) -> set[str | None]:
    return {i.force for i in nlp.extract(Document(text=text)).incidents}


_SUPPLIER = (
    "Police force suffers data breach\n\n"
    "Kent Police has suffered a data breach after hackers broke into a computer run by a firm "
    "it pays to print warrant cards, exposing the names and photographs of officers.\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Essex Police was also caught up in the data breach at the card maker.",
        "Essex Police has also been affected by the data breach.",
        "Essex Police was impacted by the data breach as well.",
        "Last week officers at Essex Police were informed that they too had been caught up "
        "in the data breach.",
        "Essex Police was told it had also been hit by the data breach.",
        "Essex Police learned that it had been affected by the data breach.",
    ],
)
def test_second_force_struck_by_a_shared_breach_has_one(line: str) -> None:
    assert "Essex Police" in _forces(_SUPPLIER + line + "\n")


@pytest.mark.parametrize(
    "line",
    [
        # another body told of the breach, no pronoun standing for the force
        "Essex Police was told the card maker had been hit by the data breach.",
        # the force's people told of the breach, not told they were struck by it
        "Officers at Essex Police were told about the data breach.",
        # a breach denied
        "Essex Police said it had not been affected by the data breach.",
    ],
)
def test_force_not_struck_has_none(line: str) -> None:
    assert "Essex Police" not in _forces(_SUPPLIER + line + "\n")
