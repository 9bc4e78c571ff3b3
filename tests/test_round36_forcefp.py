"""Round 36 (r36-forcefp): a force named in another body's breach story in a role other than
the breaching force.

- A force named only as where people work whom another body represents, counts as its
  members, pensioners or customers, or whose data its breach reached ('a union representing
  police staff at X', 'members working for X', 'a breach affecting retired X officers',
  'former X officers were among the pensioners whose details ...') is a workplace, not the
  data's holder; not when those people act ('officers at X who leaked ...'), when the
  sentence speaks of 'the force' doing it, nor (for 'affecting', 'among') with no other body
  named.
- A force looking into a loss of what another body held -- taken 'from a retailer', from 'a
  nursery's computer system' -- investigates, and is not at fault; its own laptop taken from
  an officer's car stays its own.
- A force held up as good practice ('could learn from the storage used by X', 'X had adopted
  a model redaction process', 'praised X for ...') stands by; 'learn lessons from the way X
  published ...' speaks of a failure and keeps it.
- 'The Police Federation' (a police word leading another body's name) is no reference to
  'the police' or 'the force'.

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from incident_probe import field_values

_HEAD = "Data breach news\n\n"


def forces(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return field_values(nlp, _HEAD + text, "force", published=date(2024, 5, 20))


@pytest.mark.parametrize(
    "text",
    [
        "A staff union representing civilian workers at Avon and Somerset Police told members"
        " in 2023 that their phone numbers had been stolen from its mailing list provider.",
        "A trade union said criminals had copied the bank details of members working for"
        " Hampshire Constabulary during a ransomware attack on the union in 2024.",
        "A pension administrator has disclosed a data breach affecting about 2,000 retired"
        " Cheshire Constabulary officers after its servers were hacked in 2023.",
        "Former Merseyside Police officers were among 4,000 pensioners whose addresses were"
        " exposed by a council-run pension fund in 2022.",
    ],
)
def test_force_whose_people_another_body_holds(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert forces(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A union representing police staff said Cheshire Constabulary had emailed the home"
            " addresses of 80 civilian workers to every employee by mistake in 2024.",
            {"Cheshire Constabulary"},
        ),
        (
            "The Police Federation said it was representing two officers at Sussex Police who"
            " were disciplined after leaking a victim's address to her attacker in 2023.",
            {"Sussex Police"},
        ),
        (
            "A data breach affecting 200 Kent Police officers was reported to the ICO in 2023"
            " after the force sent a spreadsheet to the wrong address.",
            {"Kent Police"},
        ),
        (
            "Officers at Durham Constabulary lost a laptop holding 40 witness statements in"
            " 2023, the ICO said.",
            {"Durham Constabulary"},
        ),
    ],
)
def test_force_whose_people_act_or_whose_own_records(nlp, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert forces(nlp, text) == expected


def test_federation_is_not_the_police(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Police Federation has apologised after the home addresses of its members were"
        " exposed in a cyber attack on its membership system in 2024. West Mercia Police said"
        " none of its own systems had been affected."
    )
    assert forces(nlp, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Cumbria Constabulary has opened an investigation after photographs of children were"
        " stolen from a nursery's computer system in 2024. The nursery has told parents.",
        "Essex Police has launched an investigation after pupils' files were stolen from a"
        " school's office in 2023.",
    ],
)
def test_force_investigating_what_another_body_held(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert forces(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A county council was told to improve after files on 40 children went missing in"
            " 2023. The ICO said councils could learn from the secure storage used by"
            " Gloucestershire Constabulary.",
            set(),
        ),
        (
            "Cleveland Police was reprimanded in 2024 after officers sent a witness statement"
            " to a suspect. The ICO noted that Durham Constabulary had adopted a model"
            " redaction process.",
            {"Cleveland Police"},
        ),
        (
            "The ICO said all forces should learn lessons from the way Cumbria Constabulary"
            " published the home addresses of its officers online in 2022.",
            {"Cumbria Constabulary"},
        ),
        (
            "Gwent Police adopted a new system after it sent a witness's address to a suspect"
            " in 2023.",
            {"Gwent Police"},
        ),
    ],
)
def test_force_held_up_as_good_practice(nlp, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert forces(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A call handler at Northamptonshire Police has been sacked for passing a victim's"
            " address to her abuser in 2023. Leicestershire Police and Northamptonshire Police"
            " share a control room under a joint arrangement.",
            {"Northamptonshire Police"},
        ),
        (
            "Norfolk Constabulary and Suffolk Constabulary shared the home addresses of 60"
            " witnesses with a defence firm by mistake in 2023.",
            {"Norfolk Constabulary", "Suffolk Constabulary"},
        ),
    ],
)
def test_shared_arrangement_no_joint_breach(nlp, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert forces(nlp, text) == expected
