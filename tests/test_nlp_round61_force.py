"""Round 61: a force named in full, then by its bare place name in a roundup.

A page that names two forces in full often tells each one's case under its bare place name:
the place opening what the force did to the data ("Kent lost a laptop ...", "Essex emailed
...": `named_again_acts` in cues.toml), or owning the case with its "'s" ("In Durham's case,
...", "Cleveland's breach involved ...": `named_again_owned`, whatever word stands before).
Each is that force, so each case keeps its own force (extract/components/forces.py
`_named_again`). A place never named in full, or a possessive before another noun ("Durham's
city centre"), is no force.
"""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract, get_nlp


def _incidents(text: str) -> set[tuple[str | None, str | None, int | None]]:
    ex = extract(Document(text=text, url="https://news.example.com/r61"))
    return {(i.force, i.breach_type, i.breach_year) for i in ex.incidents}


def _forces_at(text: str, word: str) -> list[str]:
    doc = get_nlp()(text)
    return [s.label_ for s in doc.spans["forces"] if s.text == word]


LEAD = "Two forces rapped by regulator\n\nThe ICO has reprimanded Kent Police and Essex Police."


@pytest.mark.parametrize(
    ("kent", "essex"),
    [
        (
            "Kent lost a laptop holding victims' names in 2021.",
            "Essex emailed a witness list to the wrong person in 2022.",
        ),
        (
            "Kent lost a laptop holding victims' names in 2021.",
            "Essex mistakenly sent a witness list to the wrong person in 2022.",
        ),
    ],
)
def test_a_bare_place_doing_the_breach_is_the_force_named_in_full(kent: str, essex: str) -> None:
    got = _incidents(f"{LEAD}\n\n{kent} {essex}")
    assert ("Kent Police", "loss_or_theft_of_device", 2021) in got
    assert ("Essex Police", "emailed_to_incorrect_recipient", 2022) in got
    assert ("Essex Police", "loss_or_theft_of_device", 2021) not in got


def test_a_place_never_named_in_full_does_not_become_a_force() -> None:
    text = (
        "Force reprimanded\n\nEssex Police was reprimanded after a witness list was emailed to "
        "the wrong person in 2022. Kent lost a laptop of school records in 2021."
    )
    assert _forces_at(text, "Kent") == []


def test_a_bare_place_owning_its_case_is_the_force_named_in_full() -> None:
    text = (
        "Regulator names two forces\n\nDurham Constabulary and Cleveland Police have been "
        "reprimanded.\n\nIn Durham's case, a laptop holding custody records was stolen from a "
        "car in 2021. Cleveland's breach involved a list of informants emailed to the wrong "
        "address in 2020."
    )
    assert _forces_at(text, "Durham") == ["Durham Constabulary"]
    assert _forces_at(text, "Cleveland") == ["Cleveland Police"]
    got = _incidents(text)
    assert ("Cleveland Police", "emailed_to_incorrect_recipient", 2020) in got
    assert ("Cleveland Police", "loss_or_theft_of_device", 2021) not in got


def test_a_possessive_before_another_noun_is_the_place() -> None:
    text = (
        "Force reprimanded\n\nDurham Constabulary was reprimanded after a list of informants "
        "was emailed to the wrong address in 2020. In Durham's city centre, shops reopened."
    )
    assert _forces_at(text, "Durham") == []
