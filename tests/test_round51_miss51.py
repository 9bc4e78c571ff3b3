"""Round 51 (missed forces): two ways a page names its force that the gazetteer missed.

- A roundup names each force's case by its county opening the sentence, the force's people
  the clause's subject ('In Cumbria, too, a civilian worker at the force was sacked for
  ...', 'At Cumbria, 25 members of staff ...'): `ForceRecognizer._scene_set` reads the
  county as its force. Staff or employees count only on a page naming two other forces
  (the roundup's other items) after 'In', or beside the county's force named in full;
  another body's people ('council staff', 'staff at a hospital', another body in the
  sentence or the one before, 'At Cumbria County Council'), a longer name ('Durham
  University'), people words qualifying a noun ('staff shortages'), a county inside a
  sentence and a clause about no people do not.
- A force called only by where it polices ('Edinburgh police', 'Scottish police', 'police
  in Glasgow') on a page naming in full one force since merged into the one those words
  mean now ('Lothian and Borders Police', before Police Scotland): that earlier force
  (`ForceRecognizer._earlier_force`) -- not where the present force is named by its name,
  nor for an earlier force named only as another case ('a similar slip'), and only with both
  names in one sentence or on a page dated before the merger by a year outside the earlier
  force's sentences (none from the merger on).

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


EARLIER = [
    # a town's police, the page naming the town's force of the day
    (
        "Edinburgh police lose memory stick\n\nA memory stick holding the names of witnesses "
        "has gone missing, Lothian and Borders Police said on Monday.\n\nThe force said the "
        "device, last used in December 2008, was not encrypted.\n"
    ),
    # the nation's police
    (
        "Laptop sold at market\n\nA laptop holding photographs of crime scenes was sold at "
        "a flea market in 2007 after Lothian and Borders Police passed it to a recycling "
        "firm without wiping it, to the embarrassment of Scottish police.\n"
    ),
]


@pytest.mark.parametrize("text", EARLIER)
def test_generic_name_is_the_earlier_force_named(text: str, nlp) -> None:  # type: ignore[no-untyped-def]
    forces = set(_forces(text, nlp))
    assert forces == {"Lothian and Borders Police"}
    assert _incident_forces(text) == {"Lothian and Borders Police"}


NOT_EARLIER = [
    # the present force named by its name: the choice stays open
    (
        "Edinburgh police lose memory stick\n\nPolice Scotland said a memory stick was lost. "
        "Lothian and Borders Police had lost another in 2009.\n",
        {"Police Scotland", "Lothian and Borders Police"},
    ),
    # two earlier forces named: no one of them
    (
        "Scottish police lose files\n\nStrathclyde Police and Lothian and Borders Police both "
        "lost papers about witnesses in 2010.\n",
        {"Police Scotland", "Strathclyde Police", "Lothian and Borders Police"},
    ),
    # the earlier force named only as another case: no year, and still not the story's
    (
        "Edinburgh police say sorry\n\nEdinburgh police have said sorry for posting a "
        "witness list to the wrong house. A similar slip was made long ago by Lothian and "
        "Borders Police.\n",
        {"Police Scotland", "Lothian and Borders Police"},
    ),
    # the only year is the recalled case's own: nothing dates the page before the merger
    (
        "Police in Dundee say sorry\n\nPolice in Dundee have apologised for emailing a list "
        "of witnesses to a reporter. Tayside Police, the force before the merger, was "
        "warned in 2011 for losing a laptop.\n",
        {"Police Scotland", "Tayside Police"},
    ),
    # a law's year dates nothing
    (
        "Police in Dundee say sorry\n\nPolice in Dundee apologised for emailing a list of "
        "witnesses to a reporter, in breach of the Data Protection Act 1998. Long before, "
        "Tayside Police lost a laptop.\n",
        {"Police Scotland", "Tayside Police"},
    ),
    # no year at all: nothing dates the page before the merger
    (
        "Edinburgh police say sorry\n\nEdinburgh police have said sorry for posting a "
        "witness list to the wrong house. Before the single force, Lothian and Borders "
        "Police once lost a file of witness details.\n",
        {"Police Scotland", "Lothian and Borders Police"},
    ),
    # a year from the merger on: the generic words may mean today's force
    (
        "Scottish police apologise for leak\n\nScottish police said sorry after the names of "
        "400 witnesses were emailed to a reporter in 2023. It recalls a memory stick that "
        "Lothian and Borders Police lost in 2009.\n",
        {"Police Scotland", "Lothian and Borders Police"},
    ),
    # no earlier force named: the present one
    (
        "Edinburgh police lose memory stick\n\nA memory stick holding the names of witnesses "
        "has gone missing, officers said.\n",
        {"Police Scotland"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_EARLIER)
def test_generic_name_left_alone(text: str, expected: set[str], nlp) -> None:  # type: ignore[no-untyped-def]
    assert set(_forces(text, nlp)) == expected


def test_a_headline_read_alone_has_no_sentences(nlp) -> None:  # type: ignore[no-untyped-def]
    # the headline and URL are recognised without the sentencizer (`hints.hinted_force`)
    recognise = nlp.get_pipe("breachkb_forces_v1")
    doc = recognise(
        nlp.make_doc("Edinburgh police lost stick in 2009, Lothian and Borders Police say")
    )
    assert {s.label_ for s in doc.spans["forces"]} == {"Lothian and Borders Police"}
    doc = recognise(
        nlp.make_doc("In Cumbria, staff lost county council files, Essex and Gwent Police said")
    )
    assert "Cumbria Constabulary" not in {s.label_ for s in doc.spans["forces"]}
