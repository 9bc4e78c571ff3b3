"""Round 18, branch r18-force: the county short forms UK reporters use for a force ("Notts
officers", "a Herts detective") name it, written as a proper noun; a renamed force's old name
on a page that also uses its new one is the same force. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract

HIOW = "Hampshire and Isle of Wight Constabulary"


def mentions(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [(s.text, s.label_) for s in doc.spans["forces"]]


def incident_forces(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted({i.force for i in extract(Document(text=text), nlp).incidents})


# --- county short forms as bare references


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "Two Notts officers were disciplined after looking up a neighbour.",
            "Nottinghamshire Police",
        ),
        ("A Herts detective emailed the statement to the suspect.", "Hertfordshire Constabulary"),
        ("Cambs Constabulary apologised to the family.", "Cambridgeshire Constabulary"),
        ("Derbys Police said sorry for the mistake.", "Derbyshire Constabulary"),
        ("Lancs officers left the folder in a pub.", "Lancashire Constabulary"),
        ("A Staffs constable was sacked for misusing the database.", "Staffordshire Police"),
        ("Wilts officers sent the letter to the wrong house.", "Wiltshire Police"),
        ("A Leics sergeant shared the address with her brother.", "Leicestershire Police"),
        ("Northants officers lost the memory stick.", "Northamptonshire Police"),
        ("West Yorks officers leaked the video.", "West Yorkshire Police"),
    ],
)
def test_county_short_forms_name_the_force(nlp, text, force) -> None:  # type: ignore[no-untyped-def]
    assert [label for _, label in mentions(nlp, text)] == [force]


def test_a_short_form_must_be_a_proper_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    # positive: capitalised, beside a police word
    assert mentions(nlp, "Beds officers were told to delete the messages.") == [
        ("Beds", "Bedfordshire Police")
    ]
    # negative: the common word, in lower case, beside a police word
    for text in (
        "The hospital ran out of beds, officers were told.",
        "He said the notts officers tied were loose.",
        "Extra beds officers had asked for never arrived.",
    ):
        assert mentions(nlp, text) == [], text


# --- a renamed force called by both names


def test_old_name_beside_the_new_one_is_the_same_force(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hampshire police recorded 150 data breaches last year\n"
        "The force, which was called Hampshire Constabulary until it was renamed, emailed a "
        "victim's statement to the wrong address in 2023. A spokesperson for Hampshire and "
        "Isle of Wight Constabulary apologised and said the force had told the Information "
        "Commissioner's Office."
    )
    assert {label for _, label in mentions(nlp, text)} == {HIOW}
    # negative: the old name alone keeps its own name
    old = "Hampshire Constabulary left boxes of case files in a skip in 2014."
    assert {label for _, label in mentions(nlp, old)} == {"Hampshire Constabulary"}


def test_a_merged_force_is_not_renamed(nlp) -> None:  # type: ignore[no-untyped-def]
    # positive (Hampshire, renamed) beside negative (Strathclyde, merged into Police Scotland)
    assert {
        label
        for _, label in mentions(
            nlp, "Hants Police and Hampshire and Isle of Wight Constabulary officers."
        )
    } == {HIOW}
    text = (
        "Strathclyde Police lost a laptop of witness details in 2011. Police Scotland, "
        "which replaced it in 2013, said the records were old."
    )
    assert {label for _, label in mentions(nlp, text)} == {"Strathclyde Police", "Police Scotland"}


# --- a force named in full, then by its bare place name


def test_a_bare_place_name_after_the_full_name_is_the_force(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures for three forces\n"
        "Freedom of information answers show Kent Police logged 210 breaches in 2023, "
        "Norfolk Constabulary 64 and Suffolk Constabulary 59.\n"
        "Norfolk and Suffolk were each reprimanded by the Information Commissioner's Office "
        "after a spreadsheet of victims' details was attached to an answer by mistake in 2022.\n"
        "Kent Police said most of its breaches were minor."
    )
    assert incident_forces(nlp, text) == ["Norfolk Constabulary", "Suffolk Constabulary"]
    assert ("Norfolk", "Norfolk Constabulary") in mentions(nlp, text)


@pytest.mark.parametrize(
    "later",
    [
        "A woman from Kent complained to the newspaper.",
        "Kent County Council was also told.",
        "East Kent was hit hardest by the storms.",
        "Kent's coastline has many small ports.",
        "The Police and Crime Commissioner for Kent said she was concerned.",
        "Kent residents were told not to worry.",
    ],
)
def test_a_bare_place_name_that_is_a_place_is_no_force(nlp, later) -> None:  # type: ignore[no-untyped-def]
    text = "Kent Police emailed a victim's address to her ex-partner. " + later
    assert [m for m in mentions(nlp, text) if m[0] == "Kent"] == [], later
    # positive: the force itself, by its bare name, as the subject
    said = "Kent Police emailed a victim's address to her ex-partner. Kent said it was sorry."
    assert ("Kent", "Kent Police") in mentions(nlp, said)


# --- a force that only found, helped with or is compared with another's breach

# The story's force is never named: a force named only as finder, helper or comparison must
# not become the breacher.
_STORY = (
    "Force reprimanded over lost files\n"
    "A police force has been reprimanded by the Information Commissioner's Office after an "
    "officer left a folder of witness statements on a train in 2022. "
)


@pytest.mark.parametrize(
    ("aside", "other"),
    [
        (
            "The folder was later found by British Transport Police at a station.",
            "British Transport Police",
        ),
        (
            "Merseyside Police helped the force trace the passenger who took it.",
            "Merseyside Police",
        ),
        (
            "Greater Manchester Police assisted with the search for the folder.",
            "Greater Manchester Police",
        ),
        (
            "Unlike Lancashire Constabulary, the force did not tell the victims for a month.",
            "Lancashire Constabulary",
        ),
    ],
)
def test_a_force_that_only_found_helped_or_compares_is_no_breacher(nlp, aside, other) -> None:  # type: ignore[no-untyped-def]
    assert other not in incident_forces(nlp, _STORY + aside + " The force apologised."), aside
    # negative: the same force telling its own loss is the breacher
    own = _STORY.replace("A police force", other) + "The force apologised."
    assert incident_forces(nlp, own) == [other]
