"""Round 35 (r35-forcefp): a second force named in a breach story in a role other than the
breaching force.

- A force's people named only as the owners of data another body lost ('the home addresses
  of 300 Kent Police officers were leaked by a housing charity', 'a Gwent Police officer's
  details were disclosed by South Wales Police') stand by; with no other body named, the
  force's own records, and so with 'the force' doing it (controls).
- Another force's incident that tells no type, year or fine ('It follows a 2019 fine for
  Cheshire Constabulary', 'the second force reprimanded this month, after Essex Police')
  is no incident of the page's; one told with its facts stays.
- A force another asks to look into the breach ('Wiltshire Police asked Dorset Police to
  investigate how ...') investigates another force's breach.
- A force that looks into another body's loss ('records belonging to a hospital trust')
  investigates, and is not at fault.
- A force a person's career began in, or came from ('who began her career in West
  Midlands Police', 'joined Leicestershire Police from Derbyshire Constabulary', 'seconded
  from Devon and Cornwall Police') is a past or home employer where another force is at
  fault.
- 'The ICO is looking into Cleveland Police' acts on the force: not a bystander's 'into'.
- A force's head by title voicing a comment ('the Metropolitan Police Commissioner said')
  is a speaker, not at fault.

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from incident_probe import field_values

_HEAD = "Data breach news\n\n"


def forces(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return field_values(nlp, _HEAD + text, "force", published=date(2024, 5, 20))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A housing charity has apologised after the home addresses of more than 300 Kent"
            " Police officers were posted on its website in 2023.",
            set(),
        ),
        (
            "An NHS trust has been reprimanded after a receptionist shared the medical records of"
            " an injured Essex Police constable with a friend in 2022.",
            set(),
        ),
        (
            "A Gwent Police officer's personal details were sent by South Wales Police to a man"
            " he had arrested, in an unredacted bundle posted in 2023.",
            {"South Wales Police"},
        ),
        (
            "The names and home addresses of 200 Kent Police officers were emailed to a"
            " journalist by mistake in 2023, the force admitted.",
            {"Kent Police"},
        ),
        (
            "The names of 150 Dorset Police officers were sent to a charity in 2023"
            " after the force attached the wrong spreadsheet to an email.",
            {"Dorset Police"},
        ),
    ],
)
def test_force_whose_people_owned_the_data(nlp, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert forces(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Surrey Police has been reprimanded after an officer gave a stalking victim's new"
            " address to the suspect in 2023. It comes after a 2021 fine for Sussex Police.",
            {"Surrey Police"},
        ),
        (
            "Warwickshire Police has been reprimanded for keeping custody videos longer than the"
            " law allows, from 2019. It is the third force to be reprimanded this year, after"
            " Northamptonshire Police.",
            {"Warwickshire Police"},
        ),
        (
            "Lincolnshire Police lost a memory stick of victim interviews in 2022, the ICO said."
            " In 2017 Cumbria Constabulary was fined £90,000 after emailing a list of"
            " informants to a reporter in 2015.",
            {"Lincolnshire Police", "Cumbria Constabulary"},
        ),
    ],
)
def test_another_force_named_without_its_facts(nlp, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert forces(nlp, text) == expected


def test_force_asked_to_investigate_another(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Avon and Somerset Police has asked Gloucestershire Constabulary to examine how a"
        " detective emailed a rape complainant's statement to the suspect's sister in 2023."
        " Avon and Somerset Police said it had referred itself to the ICO."
    )
    assert forces(nlp, text) == {"Avon and Somerset Police"}


def test_force_investigating_another_bodys_records(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Nottinghamshire Police has launched an investigation after files of patient notes"
        " belonging to a hospital trust were found dumped on a verge in 2024."
    )
    assert forces(nlp, text) == set()


def test_force_investigating_its_own_loss_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Nottinghamshire Police has launched an investigation after files of witness"
        " statements belonging to the force were found dumped on a verge in 2024."
    )
    assert forces(nlp, text) == {"Nottinghamshire Police"}


@pytest.mark.parametrize(
    "text",
    [
        "Constable Amy Hart, who began her career in Lancashire Constabulary, was sacked by"
        " Cumbria Constabulary after passing a victim's phone number to her cousin in 2022.",
        "A sergeant who joined Cumbria Constabulary from Lancashire Constabulary in 2019"
        " looked up the records of a former partner on the force's systems in 2022, a hearing"
        " was told.",
    ],
)
def test_career_history_force_is_a_past_employer(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert forces(nlp, text) == {"Cumbria Constabulary"}


def test_career_history_force_alone_is_the_one_at_fault(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A sergeant who joined from Lancashire Constabulary looked up the records of a former"
        " partner in 2022, Lancashire Constabulary said, after he misused its systems."
    )
    assert forces(nlp, text) == {"Lancashire Constabulary"}


def test_regulator_looking_into_a_force(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The ICO is looking into Dorset Police after it sent a victim's address to her"
        " abuser in 2023. Wiltshire Police said it had not been involved."
    )
    assert forces(nlp, text) == {"Dorset Police"}


def test_force_head_by_title_comments(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Metropolitan Police Commissioner said every force must take note after Essex"
        " Police disclosed the new address of a rape complainant to her alleged attacker in 2023."
    )
    assert forces(nlp, text) == {"Essex Police"}
