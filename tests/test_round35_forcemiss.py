"""Round 35 (r35-forcemiss): the breaching force named in ways the extractor missed.

- The people of a town's force with the town ('officers in Swansea', 'detectives in
  Plymouth', 'police staff in Hull'): the town's one force (places.toml), as 'police in
  <town>' already was -- unless another word before them may make them another body's
  ('council officers in Leicester').
- A group of forces as the subject ('The two forces sent ...', 'Both forces lost ...') speaks
  of the forces a headline list names ('Derbyshire and Nottinghamshire police in data
  blunder'), as 'the force' speaks of a headline's one force.
- A sentence whose one figure counts the forces it names ('Two forces, Kent and Essex, sent
  ...') tells of a group, not a statistic: the page still has its incident.

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from extract.models import Document
from extract.nlp import extract

_HEAD = "Police data breach\n\n"


def forces(nlp, text: str, head: str = _HEAD) -> set[str]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=head + text, published=date(2024, 3, 10)), nlp)
    return {i.force for i in ex.incidents if i.force}


def spans(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return {s.label_ for s in doc.spans["forces"]}


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "Officers in Swansea posted a burglary victim's statement to the wrong house in 2022.",
            "South Wales Police",
        ),
        (
            "Detectives in Plymouth left a folder of witness statements on a train in 2021.",
            "Devon and Cornwall Police",
        ),
        (
            "Police officers in Norwich told a stalker where his victim had moved to in 2020,"
            " the ICO said.",
            "Norfolk Constabulary",
        ),
        (
            "Police staff in Hull emailed a spreadsheet of 90 crime reports to a local"
            " business in 2023.",
            "Humberside Police",
        ),
    ],
)
def test_a_towns_officers_are_its_force(nlp, text: str, force: str) -> None:  # type: ignore[no-untyped-def]
    assert forces(nlp, text) == {force}


def test_another_bodys_officers_in_a_town_are_no_force(nlp) -> None:  # type: ignore[no-untyped-def]
    assert spans(nlp, "Council officers in Leicester sent the list to a landlord.") == set()
    assert spans(nlp, "Two hospital staff in Hull read the files.") == set()
    assert spans(nlp, "Two officers in Hull read the files.") == {"Humberside Police"}


@pytest.mark.parametrize(
    ("head", "text", "names"),
    [
        (
            "Derbyshire and Nottinghamshire police in data blunder\n\n",
            "The two forces posted crime victims' details to the wrong people in 2022.",
            {"Derbyshire Constabulary", "Nottinghamshire Police"},
        ),
        (
            "Cheshire and Merseyside police say sorry to victims\n\n",
            "Both forces sent witnesses' home addresses to the wrong solicitors in 2021.",
            {"Cheshire Constabulary", "Merseyside Police"},
        ),
    ],
)
def test_a_group_names_the_headline_list(nlp, head: str, text: str, names: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert forces(nlp, text, head) == names


def test_a_counted_group_named_in_apposition_is_no_statistic(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Two forces, Avon and Somerset and Gloucestershire, posted a victim's statement to"
        " the wrong address by mistake in 2021."
    )
    assert forces(nlp, text) == {"Avon and Somerset Police", "Gloucestershire Constabulary"}
    # a figure of breaches beside the count of forces is still a statistic, no incident
    text = "Two forces - Kent and Essex - recorded 300 data breaches in 2021."
    assert forces(nlp, text) == set()
