"""Round 21, branch r21-relevance: a breach told as what is guarded against is no act ('a
police cyber unit helps firms protect themselves from data breaches and ransomware',
'training to prevent cyber attacks'), unless the guarding failed or points back at a breach
that happened ('failed to protect the files from theft', 'to prevent a repeat of the
breach'); a breach of confidentiality, or of a standard about it, is a breach of data
('breached the force's standards on confidentiality'), a breach of a standard about honesty
or force is not; money lost to a crime is no data lost ('victims lost more than £4m',
'fraud caused the biggest losses'); and a force that only speaks of another body's breach
('... stolen in a data breach at a retailer, the force said') is not tied to it. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def relevant(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).relevant


# --- what is guarded against


@pytest.mark.parametrize(
    "text",
    [
        "Police cyber experts offer free sessions to charities\n"
        "Exeter, 4 June 2024\n"
        "Devon and Cornwall Police's cyber crime team is running free sessions to help "
        "charities protect themselves from data breaches and ransomware. Officers will show "
        "volunteers how to spot suspicious emails.",
        "Force launches workshops for small firms\n"
        "Lincoln, 9 May 2024\n"
        "Lincolnshire Police is holding free workshops to help shop owners prevent data "
        "breaches and cyber attacks. The force said places were limited.",
        "Police team up with college on cyber skills\n"
        "Derby, 1 March 2024\n"
        "Derbyshire Constabulary has joined a local college to train students to defend "
        "companies against cyber attacks and data breaches.",
    ],
)
def test_what_is_guarded_against_is_no_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kent Police failed to protect the files of crime victims from theft, the regulator "
        "found. The force was reprimanded.",
        "Gwent Police has been hit by a ransomware attack. The force said it was working "
        "to prevent a repeat of the breach.",
    ],
)
def test_guarding_that_failed_or_points_back_keeps_the_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


# --- a breach of confidentiality is a breach of data


@pytest.mark.parametrize(
    "text",
    [
        "PC disciplined over group chat\n"
        "Dorchester, 4 May 2024\n"
        "Two Wiltshire Police officers were disciplined for posting pictures from a crash "
        "scene in a group chat. A hearing found both had breached the force's standards on "
        "confidentiality.",
        "Sergeant guilty of gross misconduct\n"
        "Taunton, 4 May 2024\n"
        "A Gloucestershire Constabulary sergeant breached the standards of professional "
        "behaviour relating to confidentiality when he read files about his landlord, a "
        "panel ruled. He was dismissed.",
        "Special constable breached confidentiality\n"
        "Guildford, 9 June 2024\n"
        "A Sussex Police special constable breached confidentiality by telling his cousin "
        "about a raid. He was given a final written warning.",
    ],
)
def test_a_breach_of_confidentiality_is_a_data_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Officer breached standards on honesty\n"
        "Guildford, 9 June 2024\n"
        "A Sussex Police officer breached the standards of professional behaviour on honesty "
        "and integrity by lying to his inspector. He was given a final written warning.",
        "Constable sacked over assault\n"
        "Leeds, 3 May 2024\n"
        "A West Yorkshire Police constable breached the standards of professional behaviour "
        "on use of force when he kicked a man. He was dismissed.",
    ],
)
def test_a_breach_of_other_standards_is_none(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


# --- money lost to a crime is no data lost


@pytest.mark.parametrize(
    "text",
    [
        "Scam losses climb, figures show\n"
        "London, 2 April 2024\n"
        "People in Kent lost more than £4m to romance scams last year, figures show. Kent "
        "Police said courier fraud caused the biggest losses. Data breaches at "
        "retailers had helped the fraudsters, the force added.",
        "Investment fraud victims lose millions\n"
        "Leeds, 5 March 2024\n"
        "West Yorkshire Police said pension fraud had led to heavy losses for older people. "
        "Criminals often use details stolen in data breaches at banks, officers said.",
    ],
)
def test_money_lost_to_crime_is_no_data_loss(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kent Police lost a memory stick holding the details of 200 fraud victims. The "
        "force apologised.",
        "Essex Police lost the files of 30 people who had reported fraud, the force said.",
    ],
)
def test_data_lost_beside_a_crime_word_stays_a_loss(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


# --- the police as the speaker of another body's breach


@pytest.mark.parametrize(
    "text",
    [
        "Pensioners targeted by callers\n"
        "Leeds, 5 March 2024\n"
        "West Yorkshire Police has set up a helpline for older people. Criminals often use "
        "details stolen in data breaches at banks, officers said.",
        "Shoppers told to check statements\n"
        "Derby, 5 March 2024\n"
        "Derbyshire Constabulary has opened a new station in Belper. Card details of 3,000 "
        "customers were stolen in a data breach at a retailer, the force said.",
    ],
)
def test_police_speaking_of_anothers_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The personal details of 40 victims of crime were emailed to the wrong person, West "
        "Yorkshire Police said. The force apologised.",
        "Derbyshire Constabulary said an officer had lost the files of 20 witnesses while "
        "visiting a bank. The force apologised.",
    ],
)
def test_police_speaking_of_their_own_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)
