"""Force recognition: every kind of alias (positive) and the traps around it (negative)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.models import Document
from extract.nlp import extract

DATA = Path(__file__).resolve().parent.parent / "extract" / "data"


def forces_in(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return sorted({s.label_ for s in doc.spans["forces"]})


def test_gazetteer_lists_every_uk_force():
    rows = [json.loads(line) for line in (DATA / "forces.jsonl").read_text().splitlines()]
    territorial = [r for r in rows if r["kind"] == "territorial"]
    england_wales = [r for r in territorial if r["nation"] in {"England", "Wales"}]
    assert len(england_wales) == 43
    names = {r["name"] for r in rows}
    assert {"Police Scotland", "Police Service of Northern Ireland"} <= names
    assert {"British Transport Police", "Ministry of Defence Police"} <= names
    assert {"Civil Nuclear Constabulary"} <= names
    legacy = {r["name"]: r["successor"] for r in rows if r["kind"] == "legacy"}
    assert legacy["Strathclyde Police"] == "Police Scotland"
    assert all(successor in names for successor in legacy.values())
    assert len(names) == len(rows)


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("Greater Manchester Police said it was sorry.", "Greater Manchester Police"),
        ("A spokesman for GMP said nothing.", "Greater Manchester Police"),
        ("WMP has released figures.", "West Midlands Police"),
        ("Officers from Lancashire Police attended.", "Lancashire Constabulary"),
        ("Kent Constabulary confirmed the loss.", "Kent Police"),
        ("Dyfed Powys Police apologised.", "Dyfed-Powys Police"),
        ("Devon & Cornwall Police said.", "Devon and Cornwall Police"),
        ("The Met Police said it had acted.", "Metropolitan Police Service"),
        ("Scotland Yard refused to comment.", "Metropolitan Police Service"),
        ("The PSNI confirmed the breach.", "Police Service of Northern Ireland"),
        ("BTP officers were sent.", "British Transport Police"),
        ("The Chief Constable of Humberside signed it.", "Humberside Police"),
        ("Maidstone Police left tapes behind.", "Kent Police"),
        ("Strathclyde Police lost the files in 2010.", "Strathclyde Police"),
        ("Police Scotland was fined.", "Police Scotland"),
    ],
)
def test_alias_resolves_to_canonical_force(nlp, text, force):
    assert forces_in(nlp, text) == [force]


@pytest.mark.parametrize(
    "text",
    [
        "Kent County Council lost a laptop.",  # a bare county name needs police context
        "The Met Office forecast rain.",
        "The National Crime Agency and the CPS were informed.",
        "The Mayor's Office for Policing and Crime was reprimanded.",
        "The IOPC is investigating the officer.",
        "Manchester Evening News spoke to a whistleblower.",
        "Surrey NHS received a fine.",
        "GMB, the union, held a strike.",  # no GMP established before it
        "Kent Police and Crime Commissioner Matthew Scott spoke.",
        "The West Midlands Police Federation complained.",
    ],
)
def test_non_forces_are_not_matched(nlp, text):
    assert forces_in(nlp, text) == []


def test_context_alias_counts_with_police_words_after_it(nlp):
    assert forces_in(nlp, "Kent officers found the tapes.") == ["Kent Police"]


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("A detective from Thames Valley searched the records.", "Thames Valley Police"),
        ("A Cumbria sergeant kept the notebook at home.", "Cumbria Constabulary"),
        ("The Kent constable was disciplined.", "Kent Police"),
        ("An inspector in Dorset found the discs.", "Dorset Police"),
    ],
)
def test_one_officer_by_rank_makes_a_place_a_force(nlp, text, force):
    assert forces_in(nlp, text) == [force]


def test_a_place_far_from_any_rank_is_no_force(nlp):
    assert forces_in(nlp, "The detective said the family had moved away to a farm in Kent.") == []


def test_near_miss_acronym_after_the_real_one_is_the_same_force(nlp):
    doc = nlp("Greater Manchester Police (GMP) confirmed it. According to GMB, no data was seen.")
    spans = [s for s in doc.spans["forces"] if s.text == "GMB"]
    assert [s.label_ for s in spans] == ["Greater Manchester Police"]
    assert spans[0].kb_id_ == "near_miss"


def test_known_acronym_is_never_read_as_a_typo(nlp):
    doc = nlp("GMP said so. The NHS and the BBC disagreed, as did the CPS.")
    assert {s.text for s in doc.spans["forces"]} == {"GMP"}


def test_intended_recipient_is_not_the_force_at_fault(nlp):
    text = (
        "Humberside Police fined over lost files\n\n"
        "Humberside Police lost a box of case files that was meant for Cleveland Police and "
        "never arrived. The ICO fined the force."
    )
    ex = extract(Document(text=text), nlp)
    assert "Cleveland Police" in ex.forces
    assert [i.force for i in ex.incidents] == ["Humberside Police"]


def test_two_forces_in_one_breach_give_one_record_each(nlp):
    text = (
        "Norfolk Constabulary and Suffolk Constabulary have been reprimanded by the ICO after "
        "a freedom of information response published online included personal data."
    )
    ex = extract(Document(text=text), nlp)
    assert sorted(i.force for i in ex.incidents) == [
        "Norfolk Constabulary",
        "Suffolk Constabulary",
    ]
    assert {i.action for i in ex.incidents} == {"reprimand"}


def test_a_lower_case_alias_also_opens_a_sentence(nlp):
    # "the Met" is matched case-sensitively; "The Met" at a sentence start is the same force.
    assert forces_in(nlp, "The Met said its officers had lost the files.") == [
        "Metropolitan Police Service"
    ]
    assert forces_in(nlp, "The Met Office said rain was on the way.") == []
