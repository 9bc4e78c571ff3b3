"""Round 53 (lead): a UK force's name inside a place abroad ("New South Wales Police") is no
UK force in a tally either, as the force gazetteer already reads it (cues.toml [roles]
not_force_prefix). Paraphrases written for this test."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract

HEAD = "Police data breaches\n\n"


def _rows(body: str) -> set[tuple[str, int]]:
    ex = extract(Document(text=HEAD + body))
    return {(c.force, c.count) for c in ex.breach_counts}


@pytest.mark.parametrize(
    "body",
    [
        "New South Wales Police recorded 45 data breaches in 2021, figures show.",
        "Figures show 45 data breaches in 2021 at New South Wales Police.",
        "The New South Wales Police Force logged 45 data breaches in 2021.",
    ],
)
def test_a_force_of_a_place_abroad_gives_no_uk_row(body: str) -> None:
    assert not any(force == "South Wales Police" for force, _ in _rows(body))


@pytest.mark.parametrize(
    ("body", "row"),
    [
        ("South Wales Police recorded 45 data breaches in 2021, figures show.",
         ("South Wales Police", 45)),
        ("Figures show 45 data breaches in 2021 at New South Wales Police and 30 at Gwent "
         "Police.", ("Gwent Police", 30)),
        ("New Scotland Yard recorded 45 data breaches in 2021, figures show.",
         ("Metropolitan Police Service", 45)),
    ],
)  # fmt: skip
def test_uk_forces_keep_their_rows(body: str, row: tuple[str, int]) -> None:
    assert row in _rows(body)
