"""Round 37 (r37-force): the breaching force told apart from forces named around it.

- A headline or sentence dating the story by another force's earlier sanction or blunder
  ('... months after Kent Police reprimand') names background, not the story's breacher.
- A force another works with on a remedy ('worked with Lancashire Constabulary on new
  guidance') is a partner in the fix, not at fault.
- Forces one of many answering a request ('were among 20 forces that answered') are
  respondents, and forces listed with commas share a role of no fault that a template gives
  one of them (a second `_LIST_JOINERS` had shadowed the comma joiners).
- Another force's breach likened to the story's in everyday words ('fined over a similar
  disclosure', 'reprimanded after a similar loss') is background: the story's force stays
  primary, and the other keeps an incident of its own.

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from incident_probe import story_forces, story_incidents

PUBLISHED = date(2024, 6, 10)


def incidents(nlp, head: str, body: str):  # type: ignore[no-untyped-def]
    return story_incidents(nlp, head, body, PUBLISHED)


def forces(nlp, head: str, body: str) -> set[str]:  # type: ignore[no-untyped-def]
    return story_forces(nlp, head, body, PUBLISHED)


@pytest.mark.parametrize(
    ("head", "body", "force"),
    [
        (
            "Months after Dorset Police reprimand, another force is censured",
            "Wiltshire Police has been reprimanded by the ICO after letters with victims'"
            " details were posted to the wrong addresses in 2023.",
            "Wiltshire Police",
        ),
        (
            "Second force told off by ICO, weeks after Durham Constabulary warning",
            "Cleveland Police has been reprimanded by the data watchdog after a file naming"
            " informants was emailed to the wrong recipient in 2022.",
            "Cleveland Police",
        ),
        (
            "Fresh police data slip, just days after Lancashire Constabulary blunder",
            "Cumbria Constabulary has apologised after it emailed the details of 25 crime"
            " victims to a local business in 2024. The force has told the ICO.",
            "Cumbria Constabulary",
        ),
    ],
)
def test_a_force_the_headline_dates_the_story_by_is_background(
    nlp,  # type: ignore[no-untyped-def]
    head: str,
    body: str,
    force: str,
) -> None:
    found = incidents(nlp, head, body)
    assert {i.force for i in found} == {force}
    assert [i.force for i in found if i.mention == "primary"] == [force]


def test_an_earlier_sanction_told_in_the_body_is_still_an_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Norfolk Constabulary has been reprimanded by the ICO for including victims' details"
        " in FOI responses between 2021 and 2022. The reprimand comes months after Suffolk"
        " Constabulary was reprimanded for the same error."
    )
    assert forces(nlp, "Reprimand for Norfolk force", body) == {
        "Norfolk Constabulary",
        "Suffolk Constabulary",
    }


@pytest.mark.parametrize(
    ("body", "force"),
    [
        (
            "Gwent Police was fined after an unencrypted disc of interview recordings went"
            " missing in 2019. The force said it was working with South Wales Police and"
            " Dyfed-Powys Police to develop a shared policy on removable media.",
            "Gwent Police",
        ),
        (
            "The ICO reprimanded West Mercia Police after staff published an unredacted report"
            " on its website in 2022. The regulator said it had worked with Warwickshire Police"
            " and West Mercia on improved redaction guidance.",
            "West Mercia Police",
        ),
        (
            "Staffordshire Police lost a USB stick containing custody records in 2019, the ICO"
            " said. The force has since teamed up with West Mercia Police to write a new"
            " removable media policy.",
            "Staffordshire Police",
        ),
    ],
)
def test_a_force_working_with_another_on_a_remedy_is_not_at_fault(
    nlp,  # type: ignore[no-untyped-def]
    body: str,
    force: str,
) -> None:
    assert forces(nlp, "Force in data blunder", body) == {force}


def test_a_partner_in_the_fix_that_breached_before_keeps_its_own_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Hampshire Constabulary has been fined after it lost interview recordings in 2018. It"
        " is working with Thames Valley Police, which was fined for a similar loss in 2016,"
        " on a shared policy."
    )
    assert forces(nlp, "Force fined", body) == {"Hampshire Constabulary", "Thames Valley Police"}


@pytest.mark.parametrize(
    ("head", "body", "first", "other"),
    [
        (
            "Force leak",
            "A Cambridgeshire Constabulary officer disclosed a witness's details to a suspect in"
            " 2021. Bedfordshire Police was fined over a similar disclosure two years earlier.",
            "Cambridgeshire Constabulary",
            "Bedfordshire Police",
        ),
        (
            "Force emails wrong person",
            "Suffolk Constabulary emailed a rape victim's statement to the wrong person in 2022,"
            " the force has admitted. Norfolk Constabulary was criticised by the ICO for a"
            " similar failure last year.",
            "Suffolk Constabulary",
            "Norfolk Constabulary",
        ),
        (
            "Names published in error",
            "Surrey Police published the names of 50 witnesses in a report on its website in"
            " 2023. Sussex Police was reprimanded over a similar data leak in 2021.",
            "Surrey Police",
            "Sussex Police",
        ),
    ],
)
def test_a_force_likened_to_the_story_is_background(
    nlp,  # type: ignore[no-untyped-def]
    head: str,
    body: str,
    first: str,
    other: str,
) -> None:
    found = incidents(nlp, head, body)
    assert {i.force for i in found} == {first, other}
    assert [i.force for i in found if i.mention == "primary"] == [first]


def test_a_loss_to_avoid_is_no_likened_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "A West Midlands Police officer lost a bag of case files on a train in 2023."
        " Staffordshire Police told its officers to take care to avoid a similar loss."
    )
    assert forces(nlp, "Files lost on train", body) == {"West Midlands Police"}


@pytest.mark.parametrize(
    ("head", "body", "force"),
    [
        (
            "Police forces named in report",
            "Northumbria Police, Cleveland Police and Durham Constabulary were among 20 forces"
            " that answered the freedom of information request. Durham Constabulary disclosed"
            " the address of a domestic abuse victim to her ex-partner in 2022, the force"
            " admitted.",
            "Durham Constabulary",
        ),
        (
            "Supplier hacked",
            "A firm supplying software to police was hit by ransomware in 2023. West Mercia"
            " Police, Warwickshire Police and Staffordshire Police, which use the same supplier,"
            " are checking whether their data was taken. The attack exposed the names of West"
            " Midlands Police officers.",
            "West Midlands Police",
        ),
    ],
)
def test_forces_listed_with_commas_share_a_role_of_no_fault(
    nlp,  # type: ignore[no-untyped-def]
    head: str,
    body: str,
    force: str,
) -> None:
    assert forces(nlp, head, body) == {force}


def test_forces_listed_as_fined_are_each_at_fault(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Kent Police, Essex Police and Suffolk Constabulary were all fined by the ICO in 2019"
        " after losing unencrypted discs."
    )
    assert forces(nlp, "Three forces fined", body) == {
        "Kent Police",
        "Essex Police",
        "Suffolk Constabulary",
    }


def test_a_respondent_that_tells_its_own_breach_is_at_fault(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Norfolk Constabulary was among the forces that responded to the request. It said an"
        " officer had sent a victim's address to a suspect in 2022."
    )
    assert forces(nlp, "Force admits breach", body) == {"Norfolk Constabulary"}
