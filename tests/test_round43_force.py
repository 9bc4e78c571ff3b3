"""Round 43, branch r43-force: a police body abroad named like a UK force ("the Manchester
Police Department", "Boston Police Dept.") is not that force, nor is the same name or its town
elsewhere on the page; a UK force named in full beside such a body, or a UK town's force on a
page with no such body, still counts. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def forces(nlp, text: str) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    """(forces of incidents, every force mentioned)."""
    result = extract(Document(text=text), nlp)
    return sorted({i.force for i in result.incidents}), sorted(result.forces)


@pytest.mark.parametrize(
    "text",
    [
        "Records exposed online\n\nThe Boston Police Department exposed the arrest records of "
        "4,000 residents in 2021 after a server was left open.",
        "Hack at department\n\nThe Manchester Police Department in New Hampshire said in 2022 "
        "that a hacker had stolen officers' payroll details.",
        "Officer misused database\n\nA Plymouth Police Dept. officer looked up a former partner "
        "in a state database in 2020, the department said.",
        "Ransomware at police\n\nThe Metropolitan Police Department in Washington was hit by "
        "ransomware in 2021 and files on informants were posted online.",
    ],
)
def test_a_police_department_abroad_is_no_uk_force(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert forces(nlp, text) == ([], [])


def test_the_same_name_and_town_elsewhere_on_the_page_follow_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officers disciplined\n\nDiscipline of Durham Police officers for misuse of records "
        "fell in 2015, records show. The Durham Police Department keeps the reasons secret. "
        "Several Durham officers were suspended, and a Durham Police spokesman declined to "
        "comment."
    )
    assert forces(nlp, text) == ([], [])


def test_a_uk_force_named_in_full_beside_one_still_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    # edge: the foreign department vetoes its own name only, not a UK force named otherwise
    text = (
        "Leak at Kent Police\n\nKent Police sent the addresses of 30 witnesses to the wrong "
        "solicitor in 2022 and referred itself to the ICO. The force said the Dover Police "
        "Department in Delaware had made a similar mistake."
    )
    assert forces(nlp, text)[0] == ["Kent Police"]


def test_a_town_force_without_a_department_still_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: "Manchester Police" with no department word is Greater Manchester's force
    text = (
        "Officer sacked\n\nA Manchester Police officer who looked up a neighbour's records "
        "in 2022 for no police reason was sacked at a hearing, the force said."
    )
    assert forces(nlp, text)[0] == ["Greater Manchester Police"]


def test_a_force_department_later_in_the_sentence_is_no_veto(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: the department word must follow the name itself
    text = (
        "Staff member dismissed\n\nA member of Essex Police staff who accessed crime reports "
        "about a friend in 2021 was dismissed after an inquiry by the force's professional "
        "standards department."
    )
    assert forces(nlp, text)[1] == ["Essex Police"]
