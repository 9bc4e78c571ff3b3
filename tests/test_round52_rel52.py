"""Round 52 (relevance): a page is about a UK police data breach by what the force did, not by
the words around it. Three readings:

- a police-conduct watchdog's inquiry (the IOPC, the PIRC, the Police Ombudsman) into what no
  breach type tells -- officers sent to the wrong street, a call handled slowly -- is conduct,
  not data: with no data regulator named on the page and no breach mechanism told, the
  watchdog's action no longer makes the page relevant (`relevance.conduct_inquiry_only`), nor
  does a "wrong address" on such a page that names nothing sent (`relevance.nothing_sent`).
  Near misses: the same watchdogs acting on a look-up, a leak or a letter sent to the wrong
  address, and a page naming the ICO.
- a sentence whose only police are a police body abroad named by its nation ("the Italian
  State police, whose servers were breached") tells that body's breach, not the UK force's
  (`relevance.police_abroad_only`). Near misses: "the Northern Irish police force", and a
  sentence naming the UK force beside the foreign one.
- a page whose every breach word breaches something other than data ("Breach of the
  professional standard of honesty", "breaches of bail conditions") gives no tallies of data
  breaches, whatever figures it holds (`relevance.only_other_breaches`). Near misses: breaches
  of data protection rules, and data incidents counted without the word.

Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from extract import nlp
from extract.models import Document


def _run(text: str):  # type: ignore[no-untyped-def]
    return nlp.extract(Document(text=text))


CONDUCT_ONLY = [
    "Watchdog examines call handling after officers went to the wrong street\n\n"
    "The Police Investigations and Review Commissioner is looking into how Police Scotland "
    "handled a call about a missing pensioner in Perth last March. Call handlers typed the "
    "street name incorrectly and a patrol was sent to the wrong street, delaying the search by "
    "two hours. The PIRC will report its findings to the chief constable.\n",
    # a wrong address with nothing sent there: where officers went, no misdirected data
    "PIRC examines delay after officers sent to wrong flat\n\n"
    "The Police Investigations and Review Commissioner has begun an investigation after "
    "Police Scotland officers were sent to the wrong flat in Dundee while responding to a call "
    "about a man in distress in January 2023. The address had been entered incorrectly on the "
    "command and control system.\n",
    "Ombudsman looks at slow response to burglary call\n\n"
    "The Police Ombudsman for Northern Ireland is examining why officers of the Police Service "
    "of Northern Ireland took three hours to reach a pensioner whose home in Omagh had been "
    "broken into. The Ombudsman's investigation will look at how the call was graded by the "
    "control room and why a patrol car was stood down.\n",
]


@pytest.mark.parametrize("text", CONDUCT_ONLY)
def test_conduct_watchdog_inquiry_without_breach_is_not_relevant(text: str) -> None:
    ex = _run(text)
    assert not ex.relevant, ex.relevance_reason


CONDUCT_AND_DATA = [
    # the same watchdogs acting on a look-up and on a leak
    (
        "PIRC inquiry into officer who accessed records for no policing reason\n\n"
        "The Police Investigations and Review Commissioner has concluded that a Police Scotland "
        "sergeant accessed the records of his neighbours on the force's systems without a "
        "policing purpose during 2019.\n",
        "Police Scotland",
    ),
    (
        "Ombudsman finds PSNI officer passed victim's address to suspect\n\n"
        "The Police Ombudsman for Northern Ireland has found that a PSNI officer disclosed a "
        "domestic abuse victim's new address to the man she had reported. The leak happened in "
        "2020, the Ombudsman said, and the officer has been disciplined.\n",
        "Police Service of Northern Ireland",
    ),
    # a wrong address with a letter, or a file, sent there: misdirected data
    (
        "IOPC investigates after victim's details sent to wrong address\n\n"
        "The Independent Office for Police Conduct is investigating after Kent Police sent a "
        "letter containing a domestic abuse victim's new address to the wrong address in "
        "2022.\n",
        "Kent Police",
    ),
    (
        "Ombudsman probes statement sent to wrong house\n\n"
        "The Police Ombudsman is investigating after a PSNI officer sent a rape victim's "
        "witness statement to the wrong house in Lisburn in 2021.\n",
        "Police Service of Northern Ireland",
    ),
    # data named as what went, no letter or email: "details ... sent to the wrong address"
    (
        "Watchdog: complainant's details went to wrong house\n\n"
        "The IOPC has found that details of a man's complaint about his landlord, including his "
        "phone number, were sent by Cleveland Police to the wrong address in 2022.\n",
        "Cleveland Police",
    ),
    # papers delivered to the wrong house: things went there, not officers
    (
        "Watchdog: custody papers left at wrong house\n\n"
        "Custody papers about two suspects were delivered to the wrong house by a Derbyshire "
        "Constabulary driver, the IOPC has found.\n",
        "Derbyshire Constabulary",
    ),
    # things left at the wrong house, the officer only the by-agent after the phrase
    (
        "PIRC: care forms dropped off at wrong address\n\n"
        "Forms about a pensioner's care needs were dropped off at the wrong address by a Police "
        "Scotland officer, the PIRC said.\n",
        "Police Scotland",
    ),
    # information sold by an officer: given away, with no breach word
    (
        "Watchdog arrests constable over sale of records\n\n"
        "The IOPC has arrested a Cumbria Constabulary constable suspected of selling "
        "information from police systems to a car dealer.\n",
        "Cumbria Constabulary",
    ),
    # a data regulator on the page as well
    (
        "Force emailed victims' details to wrong person\n\n"
        "Cheshire Constabulary has referred itself to the Information Commissioner's Office "
        "after a member of staff emailed a spreadsheet holding the names and addresses of 300 "
        "crime victims to the wrong recipient in May 2023. The IOPC is also aware of the "
        "incident.\n",
        "Cheshire Constabulary",
    ),
]


@pytest.mark.parametrize(("text", "force"), CONDUCT_AND_DATA)
def test_conduct_watchdog_on_a_data_breach_stays_relevant(text: str, force: str) -> None:
    ex = _run(text)
    assert ex.relevant, ex.relevance_reason
    assert force in {i.force for i in ex.incidents}


def test_breach_of_police_abroad_is_no_incident_of_the_force() -> None:
    ex = _run(
        "Italian police leak follows Met hack\n\n"
        "The Metropolitan Police has been hacked and the names of 300 officers were stolen from "
        "its servers in 2023, the force said. It follows a leak at the Italian State police the "
        "previous year.\n"
    )
    assert ex.relevant
    # the Italian leak of 2022 is no second Met incident
    assert [(i.force, i.breach_year) for i in ex.incidents] == [
        ("Metropolitan Police Service", 2023)
    ]


def test_northern_irish_police_are_not_abroad() -> None:
    ex = _run(
        "Northern Irish police force admits publishing officers' names in error\n\n"
        "The Northern Irish police force has admitted that it published the surnames of all its "
        "officers in error in response to a Freedom of Information request in August 2023. The "
        "Information Commissioner's Office is investigating the breach.\n"
    )
    assert ex.relevant
    assert "Police Service of Northern Ireland" in {i.force for i in ex.incidents}


NO_DATA_BREACH_FIGURES = [
    "June 2021 - Breach of standards of professional behaviour relating to honesty and "
    "integrity\n\nNOTICE IN RESPECT OF A POLICE OFFICER OF CHESHIRE CONSTABULARY\n\n"
    "1. Breach of the professional standard of honesty and integrity on or about 3rd May "
    "2019. The particulars are that the officer told his inspector he could not drive to the "
    "training centre, a round trip of 60 miles, because of a knee injury. In fact he had "
    "driven 200 miles to a football match in April 2019.\n\n"
    "2. Breach of the professional standard of discreditable conduct. This amounted to gross "
    "misconduct.\n",
    "Officers broke court orders, figures show\n\n"
    "Figures from Kent Police show officers recorded 350 breaches of bail conditions in 2022 "
    "and 410 breaches of restraining orders in 2023.\n",
]


@pytest.mark.parametrize("text", NO_DATA_BREACH_FIGURES)
def test_figures_beside_breaches_of_no_data_are_no_tallies(text: str) -> None:
    ex = _run(text)
    assert not ex.relevant, ex.relevance_reason
    assert not ex.breach_counts


DATA_BREACH_FIGURES = [
    "Kent Police data breaches\n\nFigures from Kent Police show the force recorded 35 "
    "breaches of data protection rules in 2022 and 41 in 2023.\n",
    "FOI: data incidents at Essex Police\n\nEssex Police recorded 140 data security incidents "
    "in 2021, including 30 emails sent to the wrong recipient, according to a freedom of "
    "information response.\n",
]


@pytest.mark.parametrize("text", DATA_BREACH_FIGURES)
def test_figures_of_data_breaches_stay_tallies(text: str) -> None:
    ex = _run(text)
    assert ex.relevant, ex.relevance_reason
    assert ex.breach_counts
