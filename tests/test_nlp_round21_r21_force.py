"""Round 21, branch r21-force: two forces named with one plural head ('Norfolk and Suffolk
Constabularies') are both forces; a force's bare place name as the subject of what it did
counts though the full name comes only later on the page ('Essex was reprimanded ... Essex
Police said'). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract

_DID = (
    "reprimanded by the ICO after a data breach in 2021 in which victims' personal data "
    "was released in error."
)


def forces_at_fault(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return {i.force for i in ex.incidents}


@pytest.mark.parametrize(
    ("names", "forces"),
    [
        (
            "Norfolk and Suffolk Constabularies were",
            {"Norfolk Constabulary", "Suffolk Constabulary"},
        ),
        (
            "Lancashire, Cumbria and Cheshire constabularies were",
            {"Lancashire Constabulary", "Cumbria Constabulary", "Cheshire Constabulary"},
        ),
    ],
)
def test_two_forces_under_one_plural_head(nlp, names, forces) -> None:  # type: ignore[no-untyped-def]
    assert forces_at_fault(nlp, f"Data breach\nIPSWICH\n{names} {_DID}") == forces


def test_a_plural_head_after_a_place_not_a_force_names_no_force(nlp) -> None:  # type: ignore[no-untyped-def]
    text = f"Data breach\nIPSWICH\nNorfolk and Suffolk councils were {_DID}"
    assert "Norfolk Constabulary" not in forces_at_fault(nlp, text)


def test_bare_place_subject_before_the_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = f"Data breach\nCHELMSFORD\nEssex was {_DID} Essex Police said it was sorry."
    assert forces_at_fault(nlp, text) == {"Essex Police"}


def bare_mentions(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [s.text for s in doc.spans["forces"] if s.text == "Essex"]


def test_bare_place_subject_before_the_full_name_is_a_mention(nlp) -> None:  # type: ignore[no-untyped-def]
    assert bare_mentions(nlp, f"Essex was {_DID} Essex Police said it was sorry.") == ["Essex"]


@pytest.mark.parametrize(
    "text",
    [
        # a place, not the subject of what a force did
        f"A council in Essex was {_DID} Essex Police said it was not involved.",
        # part of another body's name
        f"Essex County Council was {_DID} Essex Police said it was not involved.",
        # the force is never named in full
        f"Essex was {_DID}",
    ],
)
def test_bare_place_is_no_force_as_a_place_or_never_named_in_full(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert bare_mentions(nlp, text) == []
