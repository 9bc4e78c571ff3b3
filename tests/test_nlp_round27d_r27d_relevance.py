"""Round 27d, branch r27d-relevance: a force looking into its own mistake. When the sentence
before tells the breach as a mistake ('sent in error', 'accidentally emailed') and names no
other body, the force that then investigates or reviews how it happened is looking into its
own error, not policing a crime. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def relevant(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).relevant


@pytest.mark.parametrize(
    "text",
    [
        "Victims' details shared\n"
        "The addresses of witnesses were sent to a defendant in error. West Midlands Police "
        "said it was looking into how the mistake happened.",
        "Victims' details shared\n"
        "A document naming informants was accidentally published online. Merseyside Police "
        "has opened an internal investigation.",
        "Victims' details shared\n"
        "Details of domestic abuse victims were mistakenly emailed to a suspect. Cheshire "
        "Constabulary said it was reviewing its procedures.",
        "Victims' details shared\n"
        "The names of crime victims were accidentally emailed to hundreds of people. Kent "
        "Police said it was looking into how the error occurred.",
        "Victims' details shared\n"
        "The names of crime victims were emailed to the wrong person in error. Essex Police "
        "has launched an internal review after the incident.",
    ],
)
def test_force_looks_into_its_own_mistake(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Shop data stolen\n"
        "Police are investigating after a shop's customer data was stolen. Kent Police said "
        "it was investigating.",
        "Council blunder\n"
        "Customer records were accidentally emailed to the wrong address by a council. Kent "
        "Police said it was investigating.",
        "Laptop stolen\n"
        "A laptop containing patients' records was stolen from a car. Kent Police has "
        "launched an investigation.",
        "Details posted\n"
        "Bank customers' details were accidentally posted online. Kent Police has launched "
        "an investigation into fraud.",
    ],
)
def test_police_investigating_no_mistake_of_theirs(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)
