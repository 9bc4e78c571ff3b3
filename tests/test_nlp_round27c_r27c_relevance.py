"""Round 27c, branch r27c-relevance: a supplier's attack that reached the force's own people's
data, told as 'the force said the bank details of officers had been accessed'; the force's
staff disciplined or sacked for data breaches, told in one sentence; and a breach by the force
told only through what outsiders said of it ('Campaigners said the leak ... by the force was
a disgrace'). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def relevant(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).relevant


@pytest.mark.parametrize(
    "text",
    [
        "Payroll provider hacked\n"
        "The payroll company used by Gwent Police suffered a cyber attack last month. The "
        "force said the bank details of some officers had been accessed.",
        "Pensions firm hit by ransomware\n"
        "The pensions provider used by Cumbria Constabulary has been hit by ransomware. "
        "The force said the home addresses of some officers had been accessed by criminals.",
    ],
)
def test_supplier_attack_reaching_the_forces_people(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Payroll provider hacked\n"
        "The payroll company used by Gwent Police suffered a cyber attack last month. The "
        "company said the bank details of some customers had been accessed.",
        "Gym chain hacked\n"
        "A gym chain suffered a cyber attack last month. The firm said the bank details of "
        "some members had been accessed. Dorset Police is investigating.",
    ],
)
def test_supplier_attack_reaching_others(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 31 Cheshire Constabulary employees faced disciplinary action for data breaches "
        "in 2021.",
        "Staff disciplined\nNorfolk Constabulary sacked six officers over data breaches last year.",
        "Derbyshire Constabulary dismissed two detectives after data breaches in 2020.",
    ],
)
def test_staff_punished_for_breaches(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Staff who breach data rules could face disciplinary action, Cheshire Constabulary warned.",
        "A shop worker was sacked over a data breach, Norfolk Constabulary said.",
        "Two Derbyshire Constabulary officers faced disciplinary action for misconduct after "
        "a fight in a pub.",
    ],
)
def test_no_breach_punished_by_the_force(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Campaigners said the leak of witnesses' names by Gloucestershire Constabulary was "
        "shameful.",
        "Leak criticised\nCharities said the leak of victims' home addresses by Wiltshire "
        "Police last year was unacceptable and called for a review.",
    ],
)
def test_breach_told_through_outsiders_comment(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters leaked the names of Gloucestershire Constabulary officers online.",
        "Campaigners leaked the home addresses of Wiltshire Police officers on social media.",
    ],
)
def test_outsiders_own_leak_of_officers_details(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)
