"""Round 26c, branch r26c-roles: a force that investigates a breach its own people did ('Kent
Police is investigating after the file was emailed to the wrong person by a member of staff')
is at fault; a force told of another body's breach in a reporting clause after it ('a hospital
email disclosed the names of patients, Devon and Cornwall Police was told') is not; a
headline's supplier on a page whose lead names a contractor working for the force is the
force's own supplier, no other body. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract

_HEAD = "Force probes data error\n\n"


def _run(nlp, text: str):  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp)


@pytest.mark.parametrize(
    "lead",
    [
        "Kent Police is investigating after the details of 300 victims were emailed to the "
        "wrong person by a member of staff in 2022.",
        "Kent Police is investigating after an officer shared the address of a domestic "
        "abuse victim with her former partner in 2022.",
        "Surrey Police are investigating after a member of staff mistakenly emailed the "
        "personal details of 90 witnesses to a journalist in 2021.",
    ],
)
def test_a_force_investigating_its_own_staffs_breach_is_at_fault(nlp, lead) -> None:  # type: ignore[no-untyped-def]
    ex = _run(nlp, _HEAD + lead)
    assert ex.relevant
    assert {i.force for i in ex.incidents} & {"Kent Police", "Surrey Police"}


@pytest.mark.parametrize(
    "lead",
    [
        # another body's person, a recipient officer, an impostor: not the force's doing
        "Kent Police is investigating after a care worker leaked the medical records of 30 "
        "residents in 2022.",
        "Kent Police is investigating after the details of 300 victims were sent to an "
        "officer by mistake in 2022.",
        "Kent Police is investigating after a fraudster posing as an officer obtained the "
        "bank details of 30 pensioners in 2022.",
        "Kent Police is investigating after the details of 300 patients were emailed to the "
        "wrong person by a hospital employee in 2022.",
    ],
)
def test_a_force_investigating_anothers_breach_stays_an_investigator(nlp, lead) -> None:  # type: ignore[no-untyped-def]
    # the same frame, its own staff the doers: at fault (fails before the change)
    own = (
        "Kent Police is investigating after a member of staff emailed the names of 30 "
        "victims to a suspect in 2022."
    )
    assert _run(nlp, _HEAD + own).relevant
    assert not _run(nlp, _HEAD + lead).relevant


@pytest.mark.parametrize(
    "lead",
    [
        "A hospital email mistakenly disclosed the names of 200 patients, Devon and Cornwall "
        "Police was told in 2022.",
        "A hospital mistakenly emailed the names of 200 patients to the wrong person, Devon "
        "and Cornwall Police was told in 2022.",
    ],
)
def test_a_force_told_of_another_bodys_breach_is_not_at_fault(nlp, lead) -> None:  # type: ignore[no-untyped-def]
    assert not _run(nlp, "Hospital data error\n\n" + lead).relevant


def test_a_force_told_to_act_or_told_of_its_own_loss_stays_at_fault(nlp) -> None:  # type: ignore[no-untyped-def]
    told = "A hospital email disclosed the names of 80 patients, Kent Police was told in 2022."
    assert not _run(nlp, "Hospital data error\n\n" + told).relevant  # fails before the change
    for lead in (
        "Files containing the names of 40 victims were left on a train by an officer, Kent "
        "Police was told in 2022.",
        "Kent Police has been told to improve after files containing the names of 40 victims "
        "were left on a train in 2022.",
    ):
        ex = _run(nlp, "Force admits breach\n\n" + lead)
        assert ex.relevant and {i.force for i in ex.incidents} == {"Kent Police"}


def test_a_headline_supplier_is_the_forces_contractor(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _run(
        nlp,
        "Officers' details exposed in supplier hack\n\n"
        "A contractor working for Kent Police suffered a cyber attack that exposed the names "
        "of 200 officers in 2023.",
    )
    assert ex.relevant and {i.force for i in ex.incidents} == {"Kent Police"}


def test_a_headline_body_that_serves_no_force_is_another_body(nlp) -> None:  # type: ignore[no-untyped-def]
    served = _run(
        nlp,
        "Officer data exposed in contractor hack\n\n"
        "A contractor working for Essex Police suffered a cyber attack that exposed the "
        "names of 90 officers in 2022.",
    )
    assert served.relevant  # fails before the change
    ex = _run(
        nlp,
        "Council fined after supplier hack\n\n"
        "A council was fined after a supplier suffered a cyber attack that exposed the "
        "addresses of 500 residents, Kent Police said.",
    )
    assert not ex.relevant
