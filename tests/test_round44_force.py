"""Round 44, branch r44-force: a force that is "now" or "currently" investigating another
force's lost laptop is an investigator, not a second force at fault, while a force
investigating its own officer's breach keeps it. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def incident_forces(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    result = extract(Document(text=text), nlp)
    return sorted({i.force for i in result.incidents if i.force})


_THEFT = (
    "Laptop stolen\n\nDorset Police has confirmed that a laptop used by a senior officer was "
    "stolen from a car in London last week. The force added that the machine was password "
    "protected and that it has told the Information Commissioner's Office.\n\n"
    "Sussex Police {verb} the stolen computer."
)


@pytest.mark.parametrize(
    "verb",
    [
        "are investigating",
        "are now investigating",
        "is currently investigating",
        "are also investigating",
    ],
)
def test_a_force_investigating_anothers_theft_is_no_party(nlp, verb) -> None:  # type: ignore[no-untyped-def]
    assert incident_forces(nlp, _THEFT.format(verb=verb)) == ["Dorset Police"]


@pytest.mark.parametrize("verb", ["is investigating", "is now investigating"])
def test_a_force_investigating_its_own_officers_breach_keeps_it(nlp, verb) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Wrong address\n\nKent Police "
        + verb
        + " after one of its officers emailed the details of crime victims to the wrong "
        "address in 2021. The force has told the Information Commissioner's Office."
    )
    assert incident_forces(nlp, text) == ["Kent Police"]
