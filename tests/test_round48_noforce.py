"""Round 48: a UK police breach on a page that names no force.

A police person or body doing a breach act, on a page British by its institutions (a
misconduct hearing, the Police National Computer, the Crown Prosecution Service, "PC Smith"),
is one incident with no force (extract/assemble.py `_unnamed_police_breach`); the raw scan
keeps such a page (a police word and a British institution). Police abroad, advice, officers
as victims, other bodies' leaks, an officer cleared and misconduct with no data stay out.
"""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract
from extract.raw_scan import scan, scan_document
from extract.rules.british import abroad_signs, british_signs, cleared

KEPT = {
    "crown court, PNC, a year": (
        "A former police constable who in 2019 looked up his ex-wife's new partner on the "
        "Police National Computer has been given a suspended sentence at crown court.",
        "unauthorised_access",
    ),
    "misconduct panel, disclosure": (
        "A detective passed details of a rape victim to the suspect's family, a gross "
        "misconduct panel heard. He would have been dismissed had he not resigned.",
        "inappropriate_disclosure",
    ),
    "a rank before a name": (
        "A misconduct hearing found that PC Smith had accessed police records about his "
        "neighbours with no policing purpose. He would have been dismissed had he still been "
        "serving.",
        "unauthorised_access",
    ),
    "magistrates, special constable": (
        "A special constable was fined at a magistrates' court after she used police systems "
        "to check on two colleagues she suspected of theft.",
        "unauthorised_access",
    ),
    "call handler, hearing": (
        "A call handler who looked up her ex-partner on police systems was dismissed for gross "
        "misconduct, the hearing decided.",
        "unauthorised_access",
    ),
}

NOT_KEPT = {
    "a sheriff's deputy": "A sheriff's deputy looked up his ex-girlfriend on the state "
    "database and was fired by the county.",
    "police abroad, no British sign": "A police officer in Auckland accessed the police "
    "database to check on a neighbour, the Authority found.",
    "advice": "Police officers should never look up friends on the Police National Computer, "
    "the Police Federation has warned its members.",
    "officers as victims": "Hackers stole the personal details of police officers from a gym "
    "chain's database, the Information Commissioner's Office said.",
    "another body's leak": "Police are investigating after a council leaked the addresses of "
    "foster carers. The Information Commissioner's Office has been informed.",
    "an officer cleared": "A police officer has been cleared of leaking a woman's address "
    "after a misconduct hearing found no case to answer.",
    "misconduct, no data": "A PC was sacked for gross misconduct after he assaulted a man in "
    "custody, the hearing was told.",
    "an Australian officer": "An Australian police officer accessed records about his former "
    "wife, a misconduct hearing heard.",
    # the data regulator is no British sign: "the police force" it acted on may be any
    "only the regulator": "The Information Commissioner's Office reprimanded the police force "
    "after officers sent a victim's address to the wrong person.",
    "crime figures": "Recorded crime rose by five per cent last year, the chief constable "
    "said, as officers logged more fraud and theft.",
}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_a_british_police_breach_naming_no_force_is_one_unnamed_incident(name: str) -> None:
    text, kind = KEPT[name]
    doc = Document(text=text, url="https://news.example.com/story/1")
    assert scan_document(doc).keep, name
    ex = extract(doc)
    assert ex.relevant, (name, ex.relevance_reason)
    # one incident with no force when the police's act has a year; none without one
    assert [i.force for i in ex.incidents] in ([None], []), name
    if ex.incidents:
        assert ex.incidents[0].breach_year is not None, name
        if kind is not None:
            assert ex.incidents[0].breach_type == kind, name


def test_the_year_is_the_one_told_with_the_police_act() -> None:
    text = (
        "Between March and June 2021, PC G used police systems to search for details of a "
        "former partner. The misconduct hearing, held in 2023, found gross misconduct proven."
    )
    ex = extract(Document(text=text, url="https://news.example.com/story/1"))
    assert ex.relevant, ex.relevance_reason
    assert [(i.force, i.breach_year) for i in ex.incidents] == [(None, 2021)]


@pytest.mark.parametrize("name", sorted(NOT_KEPT))
def test_near_misses_naming_no_force_stay_out(name: str) -> None:
    doc = Document(text=NOT_KEPT[name], url="https://news.example.com/story/1")
    ex = extract(doc)
    assert not ex.relevant, (name, ex.relevance_reason)
    assert extract(doc, gate=False).relevant == ex.relevant, name


def test_the_signs_are_words_of_british_policing() -> None:
    assert british_signs("the misconduct hearing was told")
    assert british_signs("PC G then shared it")  # a rank before a name
    assert not british_signs("a pc was seized")  # a computer, no name after it
    assert not british_signs("the Authority found")
    assert abroad_signs("the sheriff's office said")
    assert abroad_signs("paid $5,000 in damages")
    assert not abroad_signs("fined £5,000")
    assert cleared("An officer has been cleared of leaking details")


def test_the_raw_scan_keeps_a_police_word_with_a_british_institution_only() -> None:
    def page(body: str) -> bytes:
        return f"<html><body><article><p>{body}</p></article></body></html>".encode()

    url = "https://news.example.com/story/1"
    assert scan(page("An officer faced a misconduct hearing over data he shared."), url).keep
    assert scan(page("PC G searched the systems for a former partner."), url).keep
    # a British institution without a police word, and a police word without one
    assert not scan(page("A nurse faced a misconduct hearing over data she shared."), url).keep
    assert not scan(page("Police in Ohio said an officer shared data."), url).keep
