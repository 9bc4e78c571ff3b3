"""Round 48 (r48-body): another body's breach told only beside the police's own.

- A lead that tells the police's own breach ("Police lose laptop", "Kent Police data
  breach put pupils' names online") before or beside another body's loss is the police's
  story: another body's loss in a clause of comparison in the same sentence, or in a later
  lead sentence that names the force, is a comparison, not the page's news
  (`relevance._tells_own_loss`, read first in `another_body_at_fault`). Not a breach word
  modifying a noun of talk about breaches ("data breach figures"; cues.toml
  [relevance.grammar] `breach_talk`), nor breaches counted ("police data breaches";
  `breach_nouns`), nor a headline alone when the other body's sentence names no force.
- On a page naming no force, "<area> Police Authority" is a span of the area's force: a
  policing body, whose breach the annotations treat as a police breach, named as the force
  (or as the authority, a lenient alternative) (`ForceRecognizer._policing_bodies`).

Mended after review (the tests below `MENDED`):
- A police authority becomes its area's force only when it is no onlooker: not named right
  after a preposition or a word of telling ('a report to ...', 'figures released by ...':
  cues.toml [roles] `authority_onlooker_before`), nor the subject of a passive with a
  that-clause ('... Police Authority was told that ...').
- The police's own loss is read of the force as an institution: not its people ('police
  officer data leak', 'police staff data loss'), not a breach 'involving' them, not a breach
  noun modifying the noun after it ('police data breach victim's records', '... expert').
  And it outweighs another body's loss beside it only when that body is in a clause of
  comparison or time ('After a council lost ..., Kent Police has lost ...') or speaks over the
  police's loss ('PCC apologises after force leaked ...').

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract import nlp
from extract.models import Document


def _run(text: str):  # type: ignore[no-untyped-def]
    return nlp.extract(Document(text=text))


def _forces(text: str) -> set[str]:
    return {f.force for f in _run(text).incidents}


# (text, relevant, forces of the incidents; None: not checked)
VARIANTS = [
    # a commissioner speaking of the force's own breach
    (
        "Force website exposed witness details\n\nThe police and crime commissioner for Dorset"
        " has apologised after witness statements were published online. Dorset Police said the"
        " files had been removed and it had told the Information Commissioner's Office.",
        True,
        {"Dorset Police"},
    ),
    (
        "PCC demands answers\n\nKent's PCC apologised on Monday after officers' home addresses"
        " were leaked. Kent Police said an email had been sent to the wrong recipients.",
        True,
        {"Kent Police"},
    ),
    # a police authority, no force named
    (
        "Police authority put complaint online\n\nSurrey Police Authority breached the Data"
        " Protection Act by publishing a complainant's letter on its website, the Information"
        " Commissioner's Office said. The authority has agreed to check documents before they"
        " are published.",
        True,
        {"Surrey Police"},
    ),
    # the police's own loss first, another body's as comparison
    (
        "Police lose laptop\n\nAfter government departments lost discs of child benefit"
        " records, Cumbria Constabulary has now lost a laptop holding intelligence on"
        " 300 vehicles. The force said the stick was not encrypted.",
        True,
        {"Cumbria Constabulary"},
    ),
    (
        "Laptop stolen in police data breach\n\nLike the hospital trust that lost a laptop last"
        " month, Cheshire Constabulary has had an unencrypted laptop stolen from an officer's"
        " car.",
        True,
        {"Cheshire Constabulary"},
    ),
    (
        "Police force leaks victims' names\n\nWhile councils have been fined for similar"
        " errors, Avon and Somerset Police put a spreadsheet of victims' names on its website.",
        True,
        {"Avon and Somerset Police"},
    ),
    # near-misses: another body's breach, the police only told or investigating
    (
        "Police data breach warning after council error\n\nA council emailed a list of"
        " residents to 300 people by mistake, and Sussex Police warned of scam calls.",
        False,
        None,
    ),
    (
        "Council reprimanded after list sent to police\n\nA borough council was reprimanded by"
        " the Information Commissioner's Office after it emailed a list of tenants to the wrong"
        " address. Essex Police said it had been told of the breach.",
        False,
        None,
    ),
    (
        "Hospital trust loses patient files\n\nA hospital trust has lost the records of 500"
        " patients, and Kent Police is investigating the theft of the laptop that held them.",
        False,
        None,
    ),
    (
        "Police watchdog loses complaint files\n\nThe Independent Office for Police Conduct has"
        " apologised after a folder of complaints about Devon and Cornwall Police was left on a"
        " train.",
        False,
        None,
    ),
    (
        "Council laptop stolen\n\nA county council has lost the personal details of its staff"
        " after a contractor's laptop was stolen. The theft was reported to Durham Constabulary,"
        " which said no arrests had been made.",
        False,
        None,
    ),
]


@pytest.mark.parametrize(("text", "relevant", "forces"), VARIANTS)
def test_policing_bodies_and_other_bodies(text: str, relevant: bool, forces: set | None) -> None:
    ex = _run(text)
    assert ex.relevant is relevant, ex.relevance_reason
    if forces is not None:
        assert {f.force for f in ex.incidents} == forces


def test_breach_talk_and_counts_are_no_breach_of_the_polices() -> None:
    # figures and counted breaches tell no one breach: the council's sentence stays its own
    for head in ("Kent Police data breach figures published", "Police data breaches rise"):
        ex = _run(
            f"{head}\n\nA council sent files to the wrong address in 2018 and was"
            " reprimanded, Kent Police said."
        )
        assert not ex.relevant, ex.relevance_reason


def test_a_headline_alone_leaves_another_bodys_lead_its_own() -> None:
    # the other body's sentence names no force: its breach stays the page's news
    ex = _run(
        "Police data breach\n\nThe police and crime commissioner for Dorset said the council"
        " had lost patient files in 2022."
    )
    assert not ex.incidents


def test_a_police_authority_is_read_only_on_a_page_naming_no_force() -> None:
    # the force named: the authority the report went to adds no span of its own
    doc = nlp.get_nlp()(
        "Essex Police lost 20 laptops last year, a report to Essex Police Authority shows."
    )
    assert [(s.text, s.label_) for s in doc.spans["forces"]] == [("Essex Police", "Essex Police")]
    # no force named: the authority is its area's force
    doc = nlp.get_nlp()("Essex Police Authority published a complaint on its website.")
    assert [(s.text, s.label_) for s in doc.spans["forces"]] == [
        ("Essex Police Authority", "Essex Police")
    ]


# --- mended after review: each fails on f8c199c -------------------------------------------

MENDED_NOT_RELEVANT = [
    # a police authority only told of, or reporting, another body's loss
    "Laptops lost, authority told\n\nSixty laptops were lost by a county council in 2011, a"
    " report to Essex Police Authority shows.\nThe authority asked the council to explain the"
    " losses.",
    "Hospitals lost 30 laptops, police authority figures show\n\nFigures published by Kent"
    " Police Authority show hospitals in the county lost 30 laptops in 2011. The authority"
    " asked the hospitals to encrypt their devices.",
    "Police authority hears of council error\n\nHampshire Police Authority was told last week"
    " that a county council had posted the records of 40 children to the wrong family in"
    " 2011. The council apologised to the families.",
    # the police word names whose data it was, or the breach word a person
    "Police staff data loss: payroll firm blamed\n\nA payroll firm lost the pay records of"
    " 1,500 police staff in 2015 when a disc went missing. Kent Police said the firm was"
    " responsible.",
    "Police officer data leak: housing association apologises\n\nA housing association has"
    " apologised after an email exposed the home addresses of 200 police officers in 2020."
    " Merseyside Police said it was supporting the officers.",
    "School apologises for data breach involving police officers\n\nA primary school emailed"
    " the names of 15 police officers who are parents to every family in 2022. Essex Police"
    " said it was aware of the error.",
    "Police data breach specialist warns after GP surgery leak\n\nA GP surgery in Leeds sent"
    " the records of 300 patients to the wrong address in 2021. A former West Yorkshire"
    " Police data protection officer said the surgery should have checked.",
    "Police data breach victim's bank details exposed by building society\n\nA woman whose"
    " details were leaked by Sussex Police has had her bank details exposed by a building"
    " society, which said a software error was to blame.",
]


@pytest.mark.parametrize("text", MENDED_NOT_RELEVANT)
def test_onlookers_and_the_polices_people_tell_no_police_breach(text: str) -> None:
    ex = _run(text)
    assert not ex.relevant, ex.relevance_reason
    assert not ex.incidents


def test_a_police_authority_the_subject_of_its_breach_is_still_read() -> None:
    ex = _run(
        "Police authority breached data law\n\nNorfolk Police Authority breached the Data"
        " Protection Act when it published a complainant's letter on its website in 2010, the"
        " Information Commissioner's Office said."
    )
    assert ex.relevant, ex.relevance_reason
    assert {f.force for f in ex.incidents} == {"Norfolk Constabulary"}
