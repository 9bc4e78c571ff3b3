"""Round 24, branch r24-relevance: a force tied to a breach told around it -- speaking right
after a breach that names no one else, or through 'he'/'she' pointing back to one of its
people -- a regulator by its kind fining or reprimanding a force, and 'the leak of victims'
names' as a breach of people's data. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def relevant(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).relevant


@pytest.mark.parametrize(
    "text",
    [
        "Email mistake\nA list of witnesses' phone numbers was emailed to the wrong address. "
        "A Dorset Police spokeswoman said an internal review was under way.",
        "Letter error\nThe statements of two victims were posted to a suspect's home. Norfolk "
        "Constabulary said it had apologised to the families.",
    ],
)
def test_force_speaking_after_an_unowned_breach_owns_it(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # someone else named in the breach, or the police speaking as police
        "Surgery error\nA GP surgery emailed patients' records to the wrong person. Dorset "
        "Police said it had been made aware.",
        "Online post\nA woman posted the address of a domestic abuse survivor on Instagram. "
        "Norfolk Constabulary said she had been arrested.",
        # the force named inside someone else's words, not speaking
        "Email mistake\nThe names of foster carers were emailed to the wrong people. A carer "
        "said: 'We had to ask Dorset Police for help.'",
    ],
)
def test_force_speaking_of_anothers_breach_is_not_tied(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "PC sacked\nA Suffolk Constabulary constable has been sacked. She had searched police "
        "systems for information about her neighbours.",
        "Detective warned\nA detective from Wiltshire Police has been given a final written "
        "warning. He accessed the crime records of a former friend.",
    ],
)
def test_pronoun_after_the_forces_person_is_that_person(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


def test_pronoun_after_an_outsider_is_not_the_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Jailed\nA Suffolk Constabulary officer has been jailed. He had assaulted a man "
        "outside a pub."
    )
    assert not relevant(nlp, text)


def test_a_watchdogs_penalty_on_a_force_is_a_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, "Penalty\nThe watchdog has fined Lincolnshire Police £75,000.")


@pytest.mark.parametrize(
    "text",
    [
        "Court\nMagistrates fined a Lincolnshire Police officer £300 for speeding.",
        "Praise\nThe watchdog praised Bedfordshire Police for its handling of complaints.",
    ],
)
def test_no_breach_without_a_watchdogs_penalty_on_the_force(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Delay\nManagers at Gwent Police did not spot the leak of witnesses' addresses for a "
        "month.",
        "Leak\nThe leak of informants' names by Cumbria Constabulary was described as grave.",
    ],
)
def test_the_leak_of_peoples_details_is_a_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


def test_the_leak_of_no_ones_details_is_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Budget\nGwent Police said the leak of the budget plans was regrettable."
    assert not relevant(nlp, text)


def test_pronoun_after_a_person_the_force_employed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dismissed\nThe sergeant, who served with Cheshire Constabulary, was dismissed. He "
        "had passed a witness's address to a relative."
    )
    assert relevant(nlp, text)


def test_details_sent_to_a_number_of_people_went_to_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Email blunder\nA message containing the names of 25 rape victims was sent to 90 "
        "members of the public. A spokeswoman for Durham Constabulary said: 'We are very "
        "sorry.'"
    )
    assert relevant(nlp, text)


def test_pronoun_for_officers_policing_anothers_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Praised\nTwo Suffolk Constabulary detectives have been commended. They had arrested "
        "a man who stole data from a bank."
    )
    assert not relevant(nlp, text)
