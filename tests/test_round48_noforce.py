"""Round 48: a UK police breach on a page that names no force.

A police person or body doing a breach act, on a page British by its institutions (the Police
National Computer, the Crown Prosecution Service, "PC Smith"; a misconduct hearing or a
magistrates' court only with a UK place or a sum in pounds),
is one incident with no force (`extract/rules/forceless.py` `unnamed_police_breach`); the raw scan
keeps such a page (a police word and a British institution). Police abroad, advice, officers
as victims, other bodies' leaks, an officer cleared and misconduct with no data stay out.
"""

from __future__ import annotations

import re

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
        "misconduct panel in Cardiff heard. He would have been dismissed had he not resigned.",
        "inappropriate_disclosure",
    ),
    "a rank before a name": (
        "A misconduct hearing found that PC Smith had accessed police records about his "
        "neighbours with no policing purpose. He would have been dismissed had he still been "
        "serving.",
        "unauthorised_access",
    ),
    "magistrates, special constable": (
        "A special constable was fined at Wrexham magistrates' court after she used police systems "
        "to check on two colleagues she suspected of theft.",
        "unauthorised_access",
    ),
    "call handler, hearing": (
        "A call handler who looked up her ex-partner on police systems was dismissed for gross "
        "misconduct, the hearing in Norwich decided.",
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
    if re.search(r"\b(?:19|20)\d\d\b", text):
        assert len(ex.incidents) == 1, name  # a year told: the incident is there
    if ex.incidents:
        assert ex.incidents[0].breach_year is not None, name
        if kind is not None:
            assert ex.incidents[0].breach_type == kind, name


def test_the_year_is_the_one_told_with_the_police_act() -> None:
    text = (
        "Over the spring of 2021, PC K checked police databases for the address of an "
        "old neighbour. The misconduct hearing, held in 2023, found gross misconduct proven."
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
    assert british_signs("the Independent Office for Police Conduct was told")
    assert british_signs("the misconduct hearing in Leeds was told")  # generic with a UK place
    assert not british_signs("the misconduct hearing was told")  # other countries have them
    assert not british_signs("charged under the Personal Data Protection Act in Leeds")
    assert british_signs("PC K then shared it")  # a rank before a name
    assert not british_signs("a pc was seized")  # a computer, no name after it
    assert not british_signs("the Authority found")
    assert abroad_signs("the sheriff's office said")
    assert abroad_signs("paid $5,000 in damages")
    assert not abroad_signs("fined £5,000")
    assert cleared("An officer has been cleared of leaking details", [(3, 10)])
    assert not cleared("A journalist was acquitted of paying an officer", [(40, 47)])


def test_the_raw_scan_keeps_a_police_word_with_a_british_institution_only() -> None:
    def page(body: str) -> bytes:
        return f"<html><body><article><p>{body}</p></article></body></html>".encode()

    url = "https://news.example.com/story/1"
    assert scan(page("An officer faced a misconduct hearing over data he shared."), url).keep
    assert scan(page("PC K checked the databases for a neighbour."), url).keep
    # a British institution without a police word, and a police word without one
    assert not scan(page("A nurse faced a misconduct hearing over data she shared."), url).keep
    assert not scan(page("Police in Ohio said an officer shared data."), url).keep


# Review 1 (the regressions it found, each class in new words): police abroad with signs
# other countries share, a rank before a firm, the police as victims, an act alleged or
# conditional, an officer cleared late in the page, advice; and the mends' edges.
MENDED = {
    "abroad: a hearing in a city the UK has not": (
        "Officer sacked over witness leak\nA police officer in Chicago passed a witness's "
        "address to a gang member, a misconduct hearing was told.\nThe leak happened in 2021 "
        "and the officer was fired.",
        False,
    ),
    "abroad: gross misconduct and a foreign court": (
        "Officer leaked file to gang\nA police officer leaked a suspect's file to a drugs "
        "gang, the Cork court heard.\nHe passed the file on in 2019 and faces gross "
        "misconduct proceedings.",
        False,
    ),
    "abroad: dollars outweighed by a British court in the lead": (
        "Detective sold victims' data to fraudsters\nA detective constable sold the details "
        "of fraud victims to a gang that demanded $20,000 from them, a court heard.\nHe "
        "passed on the records in 2021, Leeds Crown Court was told.\nHe admitted misconduct "
        "in public office.",
        True,
    ),
    "generic sign with a UK place": (
        "Special constable fined\nA special constable used police systems in 2022 to check "
        "on two colleagues she suspected of theft.\nShe was fined at Leeds magistrates' court.",
        True,
    ),
    "rank before a firm's staff": (
        "DC Motors staff details leaked in hack\nPersonal details of staff at the car dealer "
        "were leaked online after a hack in May, the firm said.\nIt said it had told the "
        "police.",
        False,
    ),
    "victim: an officer's address shared by others": (
        "Detective's address shared by protesters\nA detective's home address was shared "
        "online by protesters after a demonstration, a court heard.\nTwo women admitted "
        "harassment at Crown Court in 2023.",
        False,
    ),
    "victim: a PCSO's account, possessive": (
        "PCSO's account hacked\nPCSO Amy Lowe's email account was hacked and her messages "
        "were shared online by a former friend in 2021.\nThe friend was sentenced at Crown "
        "Court under the Computer Misuse Act.",
        False,
    ),
    "victim: officers' addresses posted by a hacker": (
        "Officers' details leaked\nThe home addresses of 30 officers were posted online by a "
        "hacker in 2022, the Crown Prosecution Service said.",
        False,
    ),
    "a passive act whose by-agent is the police": (
        "Victim's address disclosed\nA rape victim's new address was disclosed to her "
        "attacker by a police officer in 2021, the Independent Office for Police Conduct "
        "found.",
        True,
    ),
    "alleged, not proven": (
        "Hearing into officer's searches\nIt was alleged that a police officer looked up his "
        "neighbour on the Police National Computer in 2022.\nThe officer said the check had a "
        "policing purpose.\nThe panel said the allegation was not proven.",
        False,
    ),
    "cleared in the last sentence": (
        "Officer faced hearing over records\nA detective looked up a celebrity's record on "
        "the Police National Computer in 2021, a hearing was told.\nShe said she was checking "
        "an intelligence report.\nHer line manager confirmed it.\nThe panel agreed.\nThe "
        "detective was cleared of gross misconduct.",
        False,
    ),
    "advice: a second-person question headline": (
        "Has a police officer looked up your record? Your rights explained\nAn officer who "
        "looks up your record on the Police National Computer without a policing reason breaks "
        "the law.\nOur team can help you.",
        False,
    ),
    "advice: you may be able to claim": (
        "Police data misuse compensation\nWhen a police officer has accessed your record on "
        "the Police National Computer without a reason, you may be able to claim "
        "compensation.\nCall our solicitors.",
        False,
    ),
    "cleared of a part only": (
        "Officer sacked over searches\nA detective searched the Police National Computer for "
        "details of her sister's new partner in 2022, a hearing was told.\nShe was cleared of "
        "dishonesty but gross misconduct was proven and she was sacked.",
        True,
    ),
    "someone else acquitted, the officer jailed": (
        "Reporter cleared, officer jailed\nA reporter was acquitted of paying a police "
        "officer for stories.\nThe officer, who admitted selling details of crime victims to "
        "the reporter in 2012, was jailed at the Old Bailey.",
        True,
    ),
}


@pytest.mark.parametrize("name", sorted(MENDED))
def test_review_one_regressions_stay_mended(name: str) -> None:
    text, relevant = MENDED[name]
    doc = Document(text=text, url="https://news.example.com/story/1")
    ex = extract(doc)
    assert ex.relevant is relevant, (name, ex.relevance_reason)
    if relevant:
        assert scan_document(doc).keep, name
        assert all(i.force is None for i in ex.incidents), name
    assert extract(doc, gate=False).relevant == ex.relevant, name
