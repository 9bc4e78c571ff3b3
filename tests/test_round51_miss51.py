"""Round 51 (missed forces): a way a page names its force that the gazetteer missed.

- A roundup names each force's case by its county opening the sentence, the force's people
  the clause's subject ('In Cumbria, too, a civilian worker at the force was sacked for
  ...', 'At Cumbria, 25 members of staff ...'): `ForceRecognizer._scene_set` reads the
  county as its force. Staff or employees count only on a page naming two other forces
  (the roundup's other items) after 'In', or beside the county's force named in full;
  another body's people ('council staff', 'staff at a hospital', another body in the
  sentence or the one before, 'At Cumbria County Council'), a longer name ('Durham
  University'), people words qualifying a noun ('staff shortages'), a county inside a
  sentence and a clause about no people do not.

Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from extract import nlp
from extract.models import Document


def _forces(text: str, pipeline) -> list[str]:  # type: ignore[no-untyped-def]
    doc = pipeline(text)
    return [s.label_ for s in doc.spans["forces"]]


def _incident_forces(text: str) -> set[str | None]:
    return {i.force for i in nlp.extract(Document(text=text)).incidents}


ROUNDUP = (
    "Hundreds of police staff disciplined over records misuse\n\n"
    "Figures gathered by a campaign group show more than 700 officers and staff were "
    "disciplined for misusing police databases over four years.\n\n"
)


SCENE = [
    # a police word a few words past the county
    (
        "In Cumbria a combined 61 police officers and staff were warned for opening the file "
        "of a murder suspect.",
        "Cumbria Constabulary",
    ),
    # asides, then 'member of police staff'
    (
        "In Norfolk, meanwhile, a member of police staff lost her job for reading the "
        "record of a neighbour.",
        "Norfolk Constabulary",
    ),
    # a plural people noun, and words of time after the people
    (
        "In Norfolk, two police staff members this year were sacked for reading files of "
        "people they knew, and officers across the county were warned.",
        "Norfolk Constabulary",
    ),
    # a rank as the subject, after a number
    (
        "In Wiltshire, two sergeants were disciplined for searching the intelligence system "
        "for details of their friends.",
        "Wiltshire Police",
    ),
]


@pytest.mark.parametrize(("sentence", "force"), SCENE)
def test_county_opening_a_sentence_on_its_people(sentence: str, force: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert force in _forces(ROUNDUP + sentence, nlp)


def test_staff_count_in_a_roundup_of_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        ROUNDUP + "A constable at Essex Police was sacked for checking records on a "
        "neighbour, and a Gwent Police sergeant was warned for the same.\n\n"
        "In Cumbria, a staff member searched for a former partner and then "
        "used the address to send her threatening letters.\n"
    )
    assert "Cumbria Constabulary" in _forces(text, nlp)
    elsewhere = text.replace("a staff member searched", "staff at a hospital searched")
    assert "Cumbria Constabulary" not in _forces(elsewhere, nlp)
    council = text.replace("a staff member searched", "staff working for the council searched")
    assert "Cumbria Constabulary" not in _forces(council, nlp)
    shortages = text.replace("a staff member searched", "staff shortages delayed")
    assert "Cumbria Constabulary" not in _forces(shortages, nlp)
    # another body named in the sentence before
    before = text.replace("\n\nIn Cumbria,", "\n\nCouncils had the same trouble. In Cumbria,")
    assert "Cumbria Constabulary" not in _forces(before, nlp)
    # "At <county>, staff" (a university's, a council's as often) only beside the force's
    # full name on the page
    at = text.replace(
        "In Cumbria, a staff member searched", "At Cumbria, 25 members of staff searched"
    )
    assert "Cumbria Constabulary" not in _forces(at, nlp)
    named = at + "Cumbria Constabulary said it had since tightened its audits.\n"
    assert "Cumbria Constabulary" in _forces(named, nlp)
    longer = named.replace("At Cumbria,", "At Cumbria County Council,")
    assert [f for f in _forces(longer, nlp) if f == "Cumbria Constabulary"] == [
        "Cumbria Constabulary"
    ]  # the full name only, not the council's county
    # one other force named is no roundup of forces: whose staff, the page does not say
    single = text.replace(", and a Gwent Police sergeant was warned for the same", "")
    assert "Cumbria Constabulary" not in _forces(single, nlp)


NOT_SCENE = [
    # another body's people
    "In Cumbria, council staff were warned for opening the files of tenants.",
    "In Cumbria, staff at a hospital were warned for opening patient records.",
    # a longer name
    "In Durham University, staff were warned for opening student files.",
    # the county inside a sentence, not opening it
    "Reports of misuse rose sharply in Cumbria, where one member of police staff was warned.",
    # the clause opens on no people
    "In Cumbria, a laptop with the details of 300 people was left on a train.",
    "In Cumbria, a man was arrested for hacking the accounts of his former partner.",
    # staff, and no other force on the page to make them a force's
    "In Cumbria, staff were warned for opening the files of tenants.",
]


@pytest.mark.parametrize("sentence", NOT_SCENE)
def test_no_force_from_a_scene_of_other_people(sentence: str, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Records misuse figures published\n\nA report on data handling came out today.\n\n"
    assert "Cumbria Constabulary" not in _forces(text + sentence, nlp)


def test_scene_force_gets_its_case() -> None:
    text = (
        ROUNDUP + "A constable at Essex Police was sacked for checking records on a "
        "neighbour, and a Gwent Police sergeant was warned for the same.\n\n"
        "In Cumbria, a staff member looked up a former partner on police "
        "systems and then used the address to send her threatening letters.\n"
    )
    assert "Cumbria Constabulary" in _incident_forces(text)


def test_a_headline_read_alone_has_no_sentences(nlp) -> None:  # type: ignore[no-untyped-def]
    # the headline and URL are recognised without the sentencizer (`hints.hinted_force`)
    recognise = nlp.get_pipe("breachkb_forces_v1")
    doc = recognise(
        nlp.make_doc("In Cumbria, staff lost county council files, Essex and Gwent Police said")
    )
    assert "Cumbria Constabulary" not in {s.label_ for s in doc.spans["forces"]}
