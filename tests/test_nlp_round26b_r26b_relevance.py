"""Round 26b, branch r26b-relevance: a message, document or system that itself revealed
people's details; details released by mistake; someone's whereabouts told to a person
outside the police, in the passive; police advice following a rise in attacks on the
public; and the police only investigating a breach placed at another body. Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def relevant(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).relevant


# --- a message or system revealing people's details


@pytest.mark.parametrize(
    "text",
    [
        "Police email blunder reveals addresses of 80 crime victims\nDurham Constabulary has "
        "apologised after an email was sent to the wrong people.",
        "Email revealed officers' names\nA Police Scotland email sent to hundreds of people "
        "revealed the names of officers working undercover.",
        "Email leak\nA spreadsheet attached to a Gwent Police email revealed the home "
        "addresses of 30 witnesses.",
        "Letter blunder\nA Warwickshire Police letter disclosed a rape victim's new address.",
    ],
)
def test_a_message_or_system_revealing_peoples_details_is_a_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police name man who died\nThe man who died in a crash on the M6 has been named. "
        "Staffordshire Police revealed his identity on Tuesday.",
        "Documents reveal names\nCourt documents revealed the names of officers involved in "
        "the raid, Merseyside Police said.",
        "Police reveal identity\nWest Mercia Police have revealed the identity of the man who "
        "died in a crash on Saturday.",
    ],
)
def test_police_or_reporting_revealing_is_no_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


# --- released by mistake


@pytest.mark.parametrize(
    "text",
    [
        "Police accidentally released names of sex abuse victims\nThe names of 20 sex abuse "
        "victims were accidentally released by Northamptonshire Police in response to a "
        "Freedom of Information request.",
        "Police issued victims' details in error\nLincolnshire Police accidentally issued the "
        "personal details of 12 victims to a local newspaper.",
    ],
)
def test_details_released_by_mistake_are_a_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Prisoner freed by mistake\nA prisoner was wrongly released from custody by Greater "
        "Manchester Police.",
        "Police name victims\nThe names of the two victims were released by Essex Police on "
        "Friday.",
    ],
)
def test_releasing_news_or_a_person_is_no_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


# --- whereabouts told to someone outside the police


@pytest.mark.parametrize(
    "text",
    [
        "Police told stalker where victim lived\nA stalker was told where his victim lived by "
        "a Derbyshire Constabulary officer.",
        "PC told abuser where ex lived\nA Cleveland Police officer told a violent man where "
        "his former partner was living, a misconduct hearing heard.",
    ],
)
def test_whereabouts_told_to_an_outsider_is_a_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ex-boyfriend jailed for stalking\nA man who was told by a friend where his former "
        "girlfriend lived has been jailed for stalking, Thames Valley Police said.",
        "Suspect told where to go\nA suspect was told where he could collect his property by "
        "officers from Kent Police.",
        "Officer told friend about drugs raid\nA Durham Constabulary officer who told a friend "
        "about a planned drugs raid has been dismissed.",
    ],
)
def test_telling_no_ones_whereabouts_or_a_friend_telling_is_no_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


# --- advice following a rise in attacks on the public


@pytest.mark.parametrize(
    "text",
    [
        "Protect your data\nHampshire Constabulary is urging people to protect their personal "
        "information from fraudsters following a rise in phishing emails.",
        "Cyber security advice\nSurrey Police is urging businesses to protect their data after "
        "a rise in ransomware attacks on small firms.",
        "Protect yourself\nDorset Police is urging people to guard their personal information "
        "after reports of phishing emails targeting pensioners.",
    ],
)
def test_advice_after_a_rise_in_attacks_is_no_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police data breach\nAvon and Somerset Police is urging anyone affected to get in "
        "touch after a data breach in which the details of 2,000 victims were exposed.",
        "Police hit by hackers\nCumbria Constabulary is urging staff to change their passwords "
        "after a ransomware attack on its systems.",
    ],
)
def test_advice_after_the_forces_own_breach_stays_relevant(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


# --- police investigating another body's breach


@pytest.mark.parametrize(
    "text",
    [
        "Police investigate NHS data leak\nPolice Scotland has launched an investigation after "
        "patient records were leaked from an NHS Lothian hospital.",
        "Officers investigate school hack\nOfficers from Lancashire Police are investigating a "
        "cyber attack on a primary school in Preston.",
    ],
)
def test_police_investigating_anothers_breach_is_no_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


def test_the_force_investigating_its_own_leak_stays_relevant(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Force investigates leak\nDevon and Cornwall Police has launched an investigation "
        "after officers' personal details were leaked online."
    )
    assert relevant(nlp, text)


# --- the force apologising right after the breach is told


@pytest.mark.parametrize(
    "text",
    [
        "Victims' details emailed to wrong person\nThames Valley Police has apologised.",
        "Witness statements posted to wrong address\nA bundle of witness statements was posted "
        "to the wrong address. Merseyside Police has apologised.",
    ],
)
def test_the_force_apologising_after_a_breach_told_owns_it(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


def test_an_apology_after_a_crime_is_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Car stolen\nA woman's car was stolen from outside her home. Essex Police has "
        "apologised for the delay in sending officers."
    )
    assert not relevant(nlp, text)
