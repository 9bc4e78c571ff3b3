"""Round 21, branch r21-relevance: a breach told as what is guarded against is no act ('a
police cyber unit helps firms protect themselves from data breaches and ransomware',
'training to prevent cyber attacks'), unless the guarding failed or points back at a breach
that happened ('failed to protect the files from theft', 'to prevent a repeat of the
breach'); a breach of confidentiality, or of a standard about it, is a breach of data
('breached the force's standards on confidentiality'), a breach of a standard about honesty
or force is not. Every sentence here was written for these tests."""

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
