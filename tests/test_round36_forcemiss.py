"""Round 36 (r36-forcemiss): the breaching force missed, or another credited in its place.

- A force another body asks to help its inquiry ('the IOPC asked Avon and Somerset Police to
  help it examine how ...'), or that carries out an inquiry another oversees ('an
  investigation supervised by the IOPC and carried out by West Mercia Police'), investigates:
  the force whose officer did it is the one at fault.
- A paired force's place written as two parts of a list ('Devon, Cornwall and Dorset
  police') is that force, beside the others listed.

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from incident_probe import story_forces, story_incidents

PUBLISHED = date(2024, 3, 10)


def incidents(nlp, head: str, body: str):  # type: ignore[no-untyped-def]
    return story_incidents(nlp, head, body, PUBLISHED)


def forces(nlp, head: str, body: str) -> set[str]:  # type: ignore[no-untyped-def]
    return story_forces(nlp, head, body, PUBLISHED)


@pytest.mark.parametrize(
    ("head", "body", "force"),
    [
        (
            "Watchdog looks into records misuse",
            "The police conduct watchdog has asked Thames Valley Police to help it examine how a"
            " Hertfordshire Constabulary detective looked up the records of a rape victim in"
            " 2022.",
            "Hertfordshire Constabulary",
        ),
        (
            "Force asked to help watchdog",
            "The IOPC asked Northumbria Police to help it examine how a Durham Constabulary"
            " officer shared the address of a witness with a suspect in 2020.",
            "Durham Constabulary",
        ),
        (
            "Sergeant charged over computer misuse",
            "A former Leicestershire Police sergeant has been charged after an investigation"
            " overseen by the IOPC and carried out by Derbyshire Constabulary found he had"
            " accessed intelligence files for personal reasons in 2019.",
            "Leicestershire Police",
        ),
        (
            "Constable accused of leaking files",
            "A Lancashire Constabulary constable is accused of passing confidential crime reports"
            " to a criminal in 2021. The inquiry, led by Cumbria Constabulary, is due to end"
            " next year.",
            "Lancashire Constabulary",
        ),
    ],
)
def test_a_force_helping_or_running_the_inquiry_is_not_at_fault(
    nlp,  # type: ignore[no-untyped-def]
    head: str,
    body: str,
    force: str,
) -> None:
    assert forces(nlp, head, body) == {force}


def test_a_force_the_regulator_asks_to_improve_is_still_at_fault(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "The ICO asked Staffordshire Police to improve its records management after a laptop"
        " holding victims' details was stolen from a car in 2021."
    )
    assert forces(nlp, "Force told to improve", body) == {"Staffordshire Police"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Devon, Cornwall and Dorset police were reprimanded by the ICO after an unencrypted"
            " hard drive of interview recordings went missing in 2022.",
            {"Devon and Cornwall Police", "Dorset Police"},
        ),
        (
            "Avon, Somerset and Gloucestershire police forces were reprimanded in 2023 after a"
            " shared system let staff see the records of 900 victims they had no need to see.",
            {"Avon and Somerset Police", "Gloucestershire Constabulary"},
        ),
    ],
)
def test_a_paired_force_listed_as_its_parts(nlp, body: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert forces(nlp, "Forces reprimanded over data", body) == expected


def test_places_listed_with_no_police_word_name_no_force(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "A charity working across Devon, Cornwall and Somerset lost a memory stick of client"
        " details in 2020."
    )
    assert forces(nlp, "Charity data loss", body) == set()
