"""Round 25b, branch r25b-attribution: a force a firm serves ('a company that supplies ID
cards to Kent Police', 'a supplier to Police Scotland') is the party whose data was breached
when the story tells that data of the force's own was taken (its officers' names, details of
police staff); else the firm's breach is the firm's own. Every sentence here was written for
these tests."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract


def _forces(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return [i.force for i in ex.incidents]


def test_customer_whose_staff_details_were_taken_is_at_fault(nlp):  # type: ignore[no-untyped-def]
    forces = _forces(
        nlp,
        "Police staff details taken in payroll hack\n\n"
        "A company that provides payroll services to Essex Police has suffered a cyber attack "
        "in which the personal details of police staff were stolen.\n\n"
        "The breach happened in March 2024.",
    )
    assert forces == ["Essex Police"]


def test_customer_whose_officers_names_were_stolen_by_a_supplier_hack(nlp):  # type: ignore[no-untyped-def]
    forces = _forces(
        nlp,
        "Officers' names stolen in hack\n\n"
        "A company supplying body-worn cameras to Norfolk Constabulary was hacked in 2023 and "
        "the names of 900 officers were stolen.",
    )
    assert forces == ["Norfolk Constabulary"]


def test_supplier_losing_its_own_staffs_files_is_no_police_breach(nlp):  # type: ignore[no-untyped-def]
    forces = _forces(
        nlp,
        "Laptop stolen from police supplier\n\n"
        "A supplier to Police Scotland lost the payroll files of its own staff when a laptop "
        "was stolen from a car in 2022.",
    )
    assert forces == []


def test_forces_own_supplier_losing_its_own_employees_data_is_no_police_breach(nlp):  # type: ignore[no-untyped-def]
    for text in (
        "Police supplier hacked\n\nKent Police's IT supplier had the bank details of its own "
        "employees stolen in a ransomware attack in 2021.",
        "Police supplier hacked\n\nA company that makes radios for Kent Police said the "
        "personal details of its own staff were stolen by hackers in 2021.",
    ):
        assert _forces(nlp, text) == []


_GROUP = (
    "Officers' details stolen from two forces\n\n"
    "Two police forces have had officers' details stolen after hackers attacked their IT "
    "supplier in May 2023.\n\n"
    "Cumbria Constabulary said the names of 2,000 of its officers had been taken.\n\n"
)


def test_forces_spoken_of_as_a_group_share_the_breach(nlp):  # type: ignore[no-untyped-def]
    # the second force only says it was affected too: one breach, a record per force
    forces = _forces(nlp, _GROUP + "Lancashire Constabulary said it was also affected.")
    assert sorted(forces) == ["Cumbria Constabulary", "Lancashire Constabulary"]
    # a third force named only as checking its systems makes no group of two
    forces = _forces(
        nlp,
        _GROUP + "Lancashire Constabulary said it was not affected, and Cheshire Constabulary "
        "said it was checking its systems.",
    )
    assert forces == ["Cumbria Constabulary"]


def test_group_shares_its_breach_and_a_forces_separate_case_stays_its_own(nlp):  # type: ignore[no-untyped-def]
    ex = extract(
        Document(
            text=_GROUP + "Lancashire Constabulary said it was also affected. Separately, "
            "Lancashire Constabulary lost a laptop holding witness statements on a train in 2021."
        ),
        nlp,
    )
    found = sorted((i.force, i.breach_year) for i in ex.incidents)
    assert found == [
        ("Cumbria Constabulary", 2023),
        ("Lancashire Constabulary", 2021),
        ("Lancashire Constabulary", 2023),
    ]
