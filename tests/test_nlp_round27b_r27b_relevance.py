"""Round 27b, branch r27b-relevance: someone outside the police charged with a data theft the
police only report ('A man has been charged with stealing customer data, Kent Police said'),
and the police acting as police on another's loss ('Officers are appealing for witnesses after
a laptop was stolen from a dental practice') -- neither is a breach by the force. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def relevant(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).relevant


@pytest.mark.parametrize(
    "text",
    [
        "Man charged over data theft\n"
        "A man has been charged with stealing customer data from his employer, a building "
        "society, City of London Police said.",
        "Man charged\n"
        "A man has been charged with stealing the personal data of thousands of customers, "
        "Thames Valley Police said.",
    ],
)
def test_outsider_charged_with_a_theft_the_police_report(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Laptop theft appeal\n"
        "Police are appealing for information after a laptop containing patients' records "
        "was stolen from a dental practice in Hull. Humberside Police said anyone with "
        "information should call 101.",
        "Phones stolen\n"
        "Officers are appealing for information after phones holding customers' details were "
        "stolen from a shop. Dorset Police said anyone with information should call 101.",
    ],
)
def test_police_appealing_over_anothers_loss(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "PC charged\n"
        "A police constable has been charged with misusing police computers to look up a "
        "woman's address, Kent Police said.",
        "Man charged over police data\n"
        "A man has been charged with stealing data from Kent Police computers, the force said.",
        "Laptop stolen from officer's car\n"
        "A laptop containing the names of crime victims was stolen from an officer's car. "
        "Police are appealing for witnesses. Kent Police said it had written to everyone "
        "affected.",
        "Officer arrested\n"
        "An officer has been arrested after victims' details were leaked to a criminal, "
        "Essex Police said.",
    ],
)
def test_the_forces_own_loss_stays_relevant(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Detective praised\n"
        "A Norfolk Constabulary detective has been commended for tracking down a gang that "
        "stole the identities of hundreds of pensioners.",
        "Fraudster caught\n"
        "Detectives from Dyfed-Powys Police caught a fraudster who had stolen the bank "
        "details of dozens of farmers.",
    ],
)
def test_a_theft_that_is_an_outsiders_deed(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Laptop thief jailed\n"
        "A man who stole a laptop containing witnesses' details from a Durham Constabulary "
        "officer's car has been jailed.",
        "Hacker charged\n"
        "A hacker who stole a database of crime reports from Gloucestershire Police's website "
        "has been charged.",
    ],
)
def test_an_outsiders_theft_of_police_data_stays_relevant(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Drone plans criticised\n"
        "Privacy groups said Staffordshire Police's use of drones would breach data "
        "protection law.",
        "Camera plan\n"
        "Civil liberties groups said Lincolnshire Police's use of body cameras would breach "
        "data protection law.",
    ],
)
def test_outsiders_foretelling_a_breach_tell_none(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


def test_fears_after_a_real_breach_stay_relevant(nlp) -> None:  # type: ignore[no-untyped-def]
    assert relevant(
        nlp,
        "Fears after leak\nVictims said they feared criminals would use their details after "
        "Cleveland Police emailed their addresses to the wrong person.",
    )
