"""Round 25, branch r25-relevance: someone outside the police exposing officers' or victims'
details (the force named only as whose people they were), police advice read from the lead
below a byline or dateline, and a breach that is only what fraudsters tell their victims.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract
from extract.rules import relevance
from extract.sentences import split_sentences


def relevant(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).relevant


@pytest.mark.parametrize(
    "text",
    [
        "Man jailed\nA man from Leeds has been jailed for 18 months after he posted the home "
        "address of a West Yorkshire Police officer on Facebook.",
        "Protesters doxx officers\nProtesters have shared the names and home addresses of "
        "Metropolitan Police officers on social media, the force said.",
        "Activists publish details of officers\nActivists published the personal details of "
        "Avon and Somerset Police officers online after the demonstration.",
        "Man charged\nA man has been charged after they leaked the names of Gwent Police "
        "officers on a Telegram channel.",
    ],
)
def test_outsider_exposing_officers_is_no_police_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Leak\nA woman's new address was leaked by a Kent Police officer to her violent "
        "ex-partner.",
        "Staff member sacked\nA member of staff at Essex Police posted the names of victims on "
        "Facebook, the force admitted.",
        "PC sacked\nA former Cleveland Police constable who sent photographs of a crime scene "
        "to friends on WhatsApp has been dismissed.",
        "Data breach\nA man received the personal details of 50 victims after Suffolk "
        "Constabulary emailed them to him by mistake.",
    ],
)
def test_the_forces_own_people_handing_details_on_stay_relevant(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Scam warning\nNorth Wales Police has warned people about fraudsters who claim their "
        "personal data has been stolen in a data breach.",
        "Beware of fake police callers\nBy Tom Jones\n12 June 2023\nSussex Police is urging "
        "people to hang up on callers who say their bank details were leaked in a data breach.",
        "Phone scam\nCumbria Police is warning residents about scammers telling them their "
        "details were exposed in a hack.",
    ],
)
def test_police_advice_about_fraudsters_claims_is_no_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Leak warning\nGwent Police is urging anyone whose details were leaked by the force to "
        "contact it, after it emailed a list of victims to a member of the public.",
        "Police data breach: force apologises\nEssex News | 1 May 2022 | Crime\nEssex Police "
        "has apologised after the personal details of witnesses were sent to a suspect.",
    ],
)
def test_the_forces_own_breach_below_a_byline_stays_relevant(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Scam alert\nBy Sam Green\nKent Police is warning people about courier fraud.",
        "Courier fraud\nThe Argus | 2 February 2024 | News\nSussex Police is urging older "
        "residents to hang up on cold callers.",
    ],
)
def test_advice_read_from_the_lead_below_a_byline(nlp, text) -> None:  # type: ignore[no-untyped-def]
    sents = split_sentences(nlp(text))
    assert relevance.is_advice(sents, sents)
