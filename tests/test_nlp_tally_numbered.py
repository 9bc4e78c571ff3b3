"""Numbered lists: "1. Kent Police - 45" is an item like "- Kent Police - 45", its number a
rank and no figure, its line one sentence, its evidence the line as printed. Paraphrases
written for these tests."""

from __future__ import annotations

import pytest
import tally_rows

from extract.sentences import split_sentences

LEAD = "Forces compared\n\nThe forces that recorded the most data breaches in 2022 were:\n"


@pytest.mark.parametrize("marker", ["{n}.", "{n})", "-"])
def test_a_numbered_list_is_a_list(nlp, marker: str) -> None:  # type: ignore[no-untyped-def]
    items = ["Kent Police – 45", "Essex Police: 38", "Surrey Police – 12"]
    text = LEAD + "\n".join(f"{marker.format(n=n)} {item}" for n, item in enumerate(items, 1))
    assert tally_rows.rows(text, nlp) == {
        ("Kent Police", "2022", None, 45),
        ("Essex Police", "2022", None, 38),
        ("Surrey Police", "2022", None, 12),
    }


def test_the_evidence_is_the_line_as_printed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = LEAD + "1. Kent Police – 45\n2. Essex Police – 38"
    lines = {c.evidence.sentence for c in tally_rows.run(text, nlp).breach_counts}
    assert lines == {"1. Kent Police – 45", "2. Essex Police – 38"}


def test_an_items_number_opens_its_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Steps the force took:\n1. It encrypted every laptop.\n12) It trained staff.")
    assert [s.text for s in split_sentences(doc)] == [
        "Steps the force took:",
        "1. It encrypted every laptop.",
        "12) It trained staff.",
    ]
    # a number ending a sentence mid-line is no list item
    doc = nlp("The force lost 2. It then lost 3 more.")
    assert [s.text for s in split_sentences(doc)] == ["The force lost 2.", "It then lost 3 more."]
