"""Round 27c, branch r27c-assemble: two forces at fault told with two fines in one sentence
each take the fine of their own part of it. Every sentence here was written for these tests."""

from __future__ import annotations

from incident_probe import per_force


def _fines(nlp, text: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return per_force(nlp, text, "fine_amount")


def test_each_force_takes_the_fine_in_its_own_part(nlp) -> None:  # type: ignore[no-untyped-def]
    got = _fines(
        nlp,
        "Forces penalised over lost recordings\n\n"
        "Cheshire Constabulary and Merseyside Police lost unencrypted DVDs of witness statements "
        "in 2020. The ICO fined Cheshire Constabulary £60,000 and Merseyside Police £120,000.",
    )
    assert got == {"Cheshire Constabulary": 60000, "Merseyside Police": 120000}
    got = _fines(
        nlp,
        "Forces penalised over lost recordings\n\n"
        "Cheshire Constabulary and Merseyside Police lost unencrypted DVDs of witness statements "
        "in 2020. Merseyside Police was fined £120,000, while Cheshire Constabulary was fined "
        "£60,000.",
    )
    assert got == {"Cheshire Constabulary": 60000, "Merseyside Police": 120000}


def test_one_fine_for_two_forces_stays_shared(nlp) -> None:  # type: ignore[no-untyped-def]
    # negative: one amount told for both forces is each one's
    got = _fines(
        nlp,
        "Forces penalised over lost recordings\n\n"
        "Cheshire Constabulary and Merseyside Police lost unencrypted DVDs of witness statements "
        "in 2020. The ICO fined Cheshire Constabulary and Merseyside Police £60,000 each.",
    )
    assert set(got.values()) == {60000}


def _forces(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return set(per_force(nlp, text, "force"))


def test_a_force_arresting_its_own_staff_member_is_at_fault(nlp) -> None:  # type: ignore[no-untyped-def]
    got = _forces(
        nlp,
        "Civilian worker held\n\n"
        "A civilian worker was arrested by Lincolnshire Police after she looked up her "
        "neighbours' records without a policing purpose in 2021.",
    )
    assert got == {"Lincolnshire Police"}
    got = _forces(
        nlp,
        "Constable held\n\n"
        "A constable has been arrested by Lincolnshire Police after he passed a witness's "
        "address to a suspect in 2020.",
    )
    assert got == {"Lincolnshire Police"}
    # negative: a member of the public arrested for another body's breach
    got = _forces(
        nlp,
        "Man held\n\n"
        "A man was arrested by Lincolnshire Police after he accessed a hospital's records "
        "without permission in 2021.",
    )
    assert got == set()
