"""Round 19, branch r19-cases: which incidents a page yields. A roundup's lines under a
force's subheading are that force's, up to the next force's subheading; a sanction or sum
said to be imposed on a force ('the fine handed to the PSNI', 'the £90,000 imposed on Kent
Police') makes that force the one sanctioned, not a recipient. Every sentence here was
written for these tests."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract

ICO = "Information Commissioner's Office"

_ROUNDUP = (
    "Police data blunders of the year\n20 December 2023\n\n"
    "Forces reported a run of data protection failures this year, and the watchdog said "
    "policing had to do better.\n\n"
    "Durham Constabulary\n\n"
    "In March a tablet holding witness statements was stolen from an officer's car. It "
    "was never found. Staff were told to stop taking devices home.\n\n"
    "Cleveland Police\n\n"
    "Staff emailed a list of victims to a member of the public. The ICO issued a "
    "reprimand in June.\n\n"
    "Kent Police\n\n"
    "Kent Police was fined £80,000 after a spreadsheet naming informants was put on its "
    "website in error.\n"
)


def _by_force(nlp, text: str) -> dict:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return {i.force: i for i in ex.incidents}


def test_lines_under_a_force_subheading_are_that_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = _by_force(nlp, _ROUNDUP)
    assert facts["Durham Constabulary"].breach_type == "loss_or_theft_of_device"
    assert facts["Durham Constabulary"].breach_year == 2023
    assert facts["Cleveland Police"].action == "reprimand"
    assert facts["Cleveland Police"].regulator == ICO
    assert facts["Kent Police"].fine_amount == 80000


def test_a_force_named_inside_a_sentence_is_no_subheading(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police reprimanded over lost tablet\n20 December 2023\n\n"
        "Kent Police has been reprimanded by the Information Commissioner's Office after a "
        "tablet holding witness statements was stolen from an officer's car in 2022.\n\n"
        "Durham Constabulary, which uses the same tablets, said none of its devices had "
        "been lost.\n\n"
        "The force has since encrypted every tablet it issues.\n"
    )
    facts = _by_force(nlp, text)
    assert set(facts) == {"Kent Police"}
    assert facts["Kent Police"].action == "reprimand"


def test_a_fine_handed_to_another_force_is_that_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sussex Police fined over witness email\n12 May 2023\n\n"
        "Sussex Police has been fined £120,000 by the Information Commissioner's Office "
        "after an officer emailed the details of 300 witnesses to the wrong address in "
        "2021.\n\n"
        "It follows the £750,000 fine handed to the Police Service of Northern Ireland last "
        "year after it published the names of its officers in error.\n"
    )
    facts = _by_force(nlp, text)
    assert facts["Sussex Police"].fine_amount == 120000
    assert facts["Police Service of Northern Ireland"].fine_amount == 750000


def test_files_handed_to_a_force_leave_it_a_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Council fined over tenant email\n12 May 2023\n\n"
        "Barnet Council has been fined £50,000 by the Information Commissioner's Office "
        "after staff emailed the details of 300 tenants to the wrong address in 2021.\n\n"
        "Copies of the list were later handed to Kent Police.\n"
    )
    ex = extract(Document(text=text), nlp)
    assert not any(i.force == "Kent Police" for i in ex.incidents)


_FIGURES = (
    "Norfolk Police logged 390 data breaches in four years\n9 July 2023\n\n"
    "Norfolk Constabulary recorded 390 data breaches in the four years to the end of 2022, "
    "figures released under the Freedom of Information Act show.\n\n"
    "Of those, 27 were reported to the Information Commissioner's Office.\n\n"
    "{case}\n\n"
    "The force said it took every breach seriously.\n"
)


def _incidents(nlp, case: str) -> list:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=_FIGURES.format(case=case)), nlp)
    return ex.incidents


def test_an_incident_told_in_a_clause_on_a_figures_page(nlp) -> None:  # type: ignore[no-untyped-def]
    [fact] = _incidents(
        nlp,
        "The force also disclosed an incident in 2020 in which a tablet holding witness "
        "statements was stolen from a patrol car.",
    )
    assert fact.force == "Norfolk Constabulary"
    assert (fact.breach_type, fact.breach_year) == ("loss_or_theft_of_device", 2020)


def test_a_case_placed_in_a_year_and_told_with_where(nlp) -> None:  # type: ignore[no-untyped-def]
    [fact] = _incidents(
        nlp,
        "Among them was a case in 2021 where a control room worker looked up the record "
        "of his neighbour.",
    )
    assert (fact.breach_type, fact.breach_year) == ("unauthorised_access", 2021)


def test_an_incident_that_may_happen_is_no_case(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not _incidents(
        nlp,
        "If an incident arises in 2024 in which a tablet is stolen from a patrol car, staff "
        "must report it within an hour.",
    )


_COMPARED = (
    "Sussex Police fined over witness email\n12 May 2023\n\n"
    "Sussex Police has been fined £120,000 by the Information Commissioner's Office after "
    "an officer emailed the details of 300 witnesses to the wrong address in 2021.\n\n"
    "{other}\n"
)


def test_forces_listed_with_sums_share_the_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    other = (
        "The regulator has also fined Dorset Police £90,000 and Avon and Somerset Police £70,000."
    )
    facts = _by_force(nlp, _COMPARED.format(other=other))
    assert facts["Dorset Police"].fine_amount == 90000
    assert facts["Avon and Somerset Police"].fine_amount == 70000
    assert facts["Avon and Somerset Police"].action == "monetary_penalty"


def test_a_listed_force_with_its_own_sanction_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    other = (
        "The regulator has also fined Dorset Police £90,000 and reprimanded Devon and "
        "Cornwall Police."
    )
    facts = _by_force(nlp, _COMPARED.format(other=other))
    assert facts["Dorset Police"].fine_amount == 90000
    assert facts["Devon and Cornwall Police"].fine_amount is None
    assert facts["Devon and Cornwall Police"].action == "reprimand"


def test_one_line_naming_one_force_heads_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Met reprimanded over lost files\n3 March 2023\n\n"
        "The Metropolitan Police lost a bag of case files on a train in 2022.\n\n"
        "Thames Valley Police\n\n"
        "The ICO has issued a reprimand over the loss.\n"
    )
    facts = _by_force(nlp, text)
    assert facts["Metropolitan Police Service"].action == "reprimand"
    assert "Thames Valley Police" not in facts


def test_respectively_pairs_each_force_with_its_sum(nlp) -> None:  # type: ignore[no-untyped-def]
    other = (
        "Dorset Police and Wiltshire Police were fined £90,000 and £60,000 respectively in 2019."
    )
    facts = _by_force(nlp, _COMPARED.format(other=other))
    assert facts["Dorset Police"].fine_amount == 90000
    assert facts["Wiltshire Police"].fine_amount == 60000


def test_without_respectively_the_sums_are_not_paired(nlp) -> None:  # type: ignore[no-untyped-def]
    other = "Dorset Police and Wiltshire Police shared the cost, £90,000 in all, in 2019."
    facts = _by_force(nlp, _COMPARED.format(other=other))
    assert facts["Sussex Police"].fine_amount == 120000
    assert "Wiltshire Police" not in facts or facts["Wiltshire Police"].fine_amount is None
