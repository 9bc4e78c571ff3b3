"""Regulator recognition: the ICO in all its spellings; campaigners and laws are not regulators."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract

ICO = "Information Commissioner's Office"


def regulators_in(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return sorted({s.label_ for s in doc.spans["regulators"]})


@pytest.mark.parametrize(
    "text",
    [
        "The ICO said so.",
        "The Information Commissioner's Office said so.",
        "The Information Commissioner\u2019s Office said so.",
        "The Information Commissioners Office said so.",
        "Information Commissioner John Edwards said so.",
        "An investigation by the information watchdog found failings.",
        "The data protection watchdog said so.",
        "The UK data regulator said so.",
    ],
)
def test_ico_spellings(nlp, text):
    assert regulators_in(nlp, text) == [ICO]


def test_commissioner_alone_needs_the_ico_named_elsewhere(nlp):
    assert regulators_in(nlp, "The Commissioner said so.") == []
    assert regulators_in(nlp, "The ICO acted. The Commissioner said so.") == [ICO]


def test_acronym_typo_after_the_ico_is_the_ico(nlp):
    doc = nlp("The ICO fined the force. The IPO noted the damage.")
    assert [s.label_ for s in doc.spans["regulators"] if s.text == "IPO"] == [ICO]


def test_acronym_typo_without_the_ico_is_nothing(nlp):
    assert regulators_in(nlp, "The IPO noted the damage.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Scottish Information Commissioner ruled.", "Scottish Information Commissioner"),
        ("The IOPC launched an inquiry.", "Independent Office for Police Conduct"),
        (
            "HMICFRS inspected the force.",
            "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        ),
    ],
)
def test_other_regulators(nlp, text, name):
    assert regulators_in(nlp, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Civil liberties group Big Brother Watch said more must be done.",
        "The GDPR and the Data Protection Act 2018 apply.",
        "Liberty criticised the police.",
    ],
)
def test_campaigners_and_laws_are_not_regulators(nlp, text):
    assert regulators_in(nlp, text) == []


def test_first_person_release_implies_the_data_regulator(nlp):
    text = (
        "We have reprimanded Cumbria Constabulary after the force deleted thousands of "
        "pieces of evidence in 2022."
    )
    ex = extract(Document(text=text), nlp)
    assert ex.regulators == []
    assert ex.incidents[0].regulator == ICO


def test_incident_regulator_is_the_one_that_took_the_most_severe_action(nlp):
    text = (
        "Force fined as officers face misconduct probe\n\n"
        "The IOPC is investigating three officers from Staffordshire Police after files about "
        "a murder inquiry were left on a train.\n\n"
        "The ICO has fined Staffordshire Police £90,000 over the breach.\n\n"
        "The IOPC said the officers had been served with misconduct notices."
    )
    ex = extract(Document(text=text), nlp)
    assert ex.regulators == ["Independent Office for Police Conduct", ICO]
    assert [(i.regulator, i.action) for i in ex.incidents] == [(ICO, "monetary_penalty")]


@pytest.mark.parametrize(
    "text",
    [
        "The Information Comissioner's Office fined the force.",
        "The Informaton Commissioners Office fined the force.",
        "The Information Commisioner fined the force.",
        "The Information Commissioner’s Officer said the force was fined.",
    ],
)
def test_misspelt_regulator_names_match_fuzzily(nlp, text: str) -> None:
    doc = nlp(text)
    assert [s.label_ for s in doc.spans["regulators"]] == ["Information Commissioner's Office"]


@pytest.mark.parametrize(
    "text",
    [
        "The information was sent to the commissioner of the county council.",
        "Informal conversations took place at the office.",
    ],
)
def test_ordinary_words_near_a_name_are_no_regulator(nlp, text: str) -> None:
    assert not nlp(text).spans["regulators"]


def _incidents(nlp, text: str):  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).incidents


def test_a_fine_on_a_force_with_no_regulator_named_is_the_icos_and_says_so(nlp):
    text = (
        "Looking back\n\nWarwickshire Police was fined £90,000 after a folder of witness "
        "statements went missing from an office it had vacated. The force said lessons had "
        "been learned."
    )
    [fact] = _incidents(nlp, text)
    assert (fact.regulator, fact.action, fact.fine_amount) == (ICO, "monetary_penalty", 90000)
    [ev] = [e for e in fact.evidence if e.field == "regulator"]
    assert ev.source == "inference"
    assert "fined £90,000" in ev.sentence


def test_a_named_regulator_is_evidence_from_the_text(nlp):
    text = (
        "Warwickshire Police was fined £90,000 by the Information Commissioner's Office after "
        "a folder of witness statements went missing from an office it had vacated."
    )
    [fact] = _incidents(nlp, text)
    assert fact.regulator == ICO
    assert {e.source for e in fact.evidence if e.field == "regulator"} == {"text"}


def test_an_officers_court_fine_gets_no_inferred_regulator(nlp):
    text = (
        "A Warwickshire Police constable was fined £400 by magistrates after admitting he "
        "looked up his neighbour's records on police systems without a policing purpose."
    )
    [fact] = _incidents(nlp, text)
    assert (fact.regulator, fact.fine_amount) == (None, None)


def test_a_misconduct_warning_gets_no_inferred_regulator(nlp):
    text = (
        "A Warwickshire Police sergeant who shared a victim's address with a friend has been "
        "given a final written warning by a misconduct panel."
    )
    [fact] = _incidents(nlp, text)
    assert (fact.regulator, fact.action) == (None, None)


def test_the_ombudsman_alone_needs_the_police_ombudsman_named_elsewhere(nlp):
    poni = "Police Ombudsman for Northern Ireland"
    assert regulators_in(nlp, "The Ombudsman said so.") == []
    doc = nlp("The Police Ombudsman acted. The Ombudsman said so.")
    assert [(s.text, s.label_) for s in doc.spans["regulators"]] == [
        ("Police Ombudsman", poni),
        ("The Ombudsman", poni),
    ]
    assert regulators_in(nlp, "The Local Government Ombudsman acted.") == []
