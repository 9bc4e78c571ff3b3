"""Round 22, branch r22-relevance: people's details handed on by the police -- sent, posted,
emailed, sold, published or uploaded to someone or somewhere -- describe a data breach even
with no breach word ('an officer sent the names of informants to a newspaper'), while a force's
appeals, news and plans, and an outsider's act, do not. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def relevant(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).relevant


@pytest.mark.parametrize(
    "text",
    [
        "Officer sacked\nA Dyfed-Powys Police officer sent the names of 25 informants to a "
        "weekly paper, a hearing was told.",
        "Worker dismissed\nA civilian worker at Bedfordshire Police posted a stalking victim's "
        "address on Instagram.",
        "Spreadsheet error\nA spreadsheet listing officers' home addresses was emailed to "
        "dozens of contractors by Cleveland Police.",
        "Staff sold data\nA Warwickshire Police employee sold information about road accident "
        "victims to a claims management company.",
        "PC texted address\nA North Yorkshire Police constable texted a domestic abuse "
        "victim's new address to her former partner.",
        "Addresses online\nThe home addresses of more than 60 Gwent Police officers were "
        "shared online, the force confirmed.",
        # copied off the force's systems, or left where anyone could see them
        "Detective copied files\nA former Norfolk Constabulary detective copied files on "
        "informants onto a memory stick.",
        "Website error\nThe personal details of witnesses were visible on the Lancashire "
        "Constabulary website for six weeks.",
    ],
)
def test_peoples_details_handed_on_are_a_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the force's plans and practice, not an act
        "New deal\nThe force will share the details of victims with the council under a new "
        "agreement, Cumbria Constabulary said.",
        "Referrals\nDorset Police said it passes the details of every victim to a support "
        "charity unless they object.",
        # appeals and news: the wanted and missing are put out on purpose
        "Missing girl\nHampshire Constabulary shared a photo of a missing teenager on Facebook.",
        "Drink drivers\nStaffordshire Police published the names of people convicted of "
        "drink-driving on its website.",
        # the details are of the victim's injuries, said in court; the officer is no owner
        "Trial\nA Cambridgeshire Constabulary officer passed the details of the victim's "
        "injuries to the court, a jury heard.",
        # an outsider did it
        "Convicted\nA man who sent the home addresses of police officers to an extremist "
        "group has been convicted, West Midlands Police said.",
        # what a system lets officers see, in the present
        "New system\nThe statements of witnesses are available to detectives on the new "
        "Leicestershire Police case system.",
        # no one and nothing it went to
        "Officers sent\nAvon and Somerset Police sent officers to the victim's address.",
    ],
)
def test_no_breach_without_details_handed_on_by_the_force(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


def test_detectives_who_found_a_crime_are_no_breach_of_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Man charged\nNottinghamshire Police have charged a man with fraud. Detectives found "
        "he had stolen the personal data of 300 customers from his employer."
    )
    assert not relevant(nlp, text)


def test_a_person_whose_details_were_handed_on(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Force says sorry\nBedfordshire Police has apologised to a woman whose home address "
        "was posted on Facebook."
    )
    assert relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a time, not where the details went
        "Crash update\nCleveland Police published a statement about the victims of the crash "
        "on Tuesday.",
        # the preposition belongs to a later verb
        "Charged\nThe man whose name was published by Durham Constabulary has been charged "
        "with murder.",
    ],
)
def test_no_destination_no_handing_on(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)
