"""Fines, round 38: which amount is the penalty imposed on the force. An early-payment discount
takes a fifth off: two amounts of an incident, the smaller exactly four fifths of the larger,
in a story of paying, a discount or a reduction, are the fine and the amount paid, whichever
words stand next to each (a headline's 'Police pay £96k penalty' over the body's '£120,000
fine'; 'should pay £180,000 ... the sum will be cut to £144,000'). A proposal cut to four
fifths of itself is no discount. A penalty reduced as a fact ('was reduced to £750,000', 'was
lowered to £40,000 after representations') with no paying told is the fine imposed, a scope
opened before the cut ('initially set at', 'a potential fine of') covering the first figure
only. Someone at a force ('a computer operator at Gwent Police', 'an employee working for
Gwent Police', 'a staff member employed by Kent Police') who is fined pays their own fine,
not the force's. Every sentence here was written for these tests."""

from __future__ import annotations

from incident_probe import field_values, story_incidents


def _fines(nlp, text: str) -> set:  # type: ignore[no-untyped-def]
    return field_values(nlp, text, "fine_amount")


def _paid(nlp, text: str) -> set:  # type: ignore[no-untyped-def]
    return field_values(nlp, text, "fine_paid")


def test_a_headline_of_the_sum_paid_does_not_stand_for_the_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    incidents = story_incidents(
        nlp,
        "Force pays £64k penalty over misdirected email",
        "Essex Police has settled a data protection penalty early. The force was given an "
        "£80,000 fine last month by the data watchdog after a list of witnesses was emailed "
        "to the wrong person in 2022. Paying within 28 days earned the usual discount.",
    )
    assert {i.fine_amount for i in incidents if i.fine_amount} == {80000}
    assert {i.fine_paid for i in incidents if i.fine_paid} == {64000}


def test_a_sum_the_force_should_pay_and_what_it_was_cut_to(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cheshire Constabulary lost a disc of victim interviews in the post in 2022. The "
        "Information Commissioner said the force should pay £90,000. As it paid quickly, "
        "the amount will be cut to £72,000."
    )
    assert _fines(nlp, text) == {90000}
    assert _paid(nlp, text) == {72000}


def test_the_settled_sum_and_what_the_force_hands_over(nlp) -> None:  # type: ignore[no-untyped-def]
    incidents = story_incidents(
        nlp,
        "Bedfordshire force to hand over £160k after laptop theft",
        "Bedfordshire Police will hand over £160,000 to the data watchdog after a laptop "
        "was stolen from an officer's home in March 2022. The Information Commissioner's "
        "Office had warned of a £300,000 penalty but settled on £200,000, and the force "
        "qualifies for a reduction for paying promptly.",
    )
    assert {i.fine_amount for i in incidents if i.fine_amount} == {200000}


def test_a_proposal_cut_to_four_fifths_is_no_discount(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Information Commissioner's Office proposed a £50,000 fine for Surrey Police over "
        "a 2021 leak, but reduced it to £40,000 after hearing the force's representations."
    )
    assert _fines(nlp, text) == {40000}


def test_two_forces_fined_four_fifths_apart_keep_their_own_fines(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The ICO fined Kent Police £100,000 over tapes left in a former station in 2009, and "
        "separately fined Essex Police £80,000 for a misdirected email in 2011."
    )
    assert _fines(nlp, text) == {100000, 80000}


def test_a_penalty_reduced_as_a_fact_is_the_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    public_body = (
        "A potential fine of £4m for the Police Service of Northern Ireland was reduced to "
        "£400,000 under the regulator's approach to public bodies, after the force's 2022 leak "
        "reached the ICO."
    )
    assert _fines(nlp, public_body) == {400000}
    initially = (
        "The ICO fined Surrey Police over a 2021 body camera leak. The penalty, first set at "
        "£250,000, was reduced to £50,000 to reflect the force's public funding."
    )
    assert _fines(nlp, initially) == {50000}
    representations = (
        "Essex Police's fine for the 2020 email error was lowered to £30,000 after the force "
        "made representations to the Information Commissioner's Office, which had first "
        "proposed £90,000."
    )
    assert _fines(nlp, representations) == {30000}


def test_a_cut_for_paying_is_still_the_sum_paid(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police was fined £60,000 over abandoned tapes found in 2013. The fine was "
        "reduced to £48,000 because the force paid early."
    )
    assert _fines(nlp, text) == {60000}
    assert _paid(nlp, text) == {48000}


def test_a_cut_that_would_have_been_is_not_imposed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The ICO said a penalty for Wiltshire Police over a 2022 email would be reduced to "
        "£50,000 for a public body, but it chose to issue a reprimand instead."
    )
    assert _fines(nlp, text) == set()


def test_someone_at_the_force_fined_is_no_penalty_on_it(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "A computer operator at Gwent Police was fined £400 after she searched records on "
        "four friends in 2004.",
        "An IT employee working for Gwent Police has been fined £400 for using control room "
        "computers to look up her friends in 2004.",
        "A civilian staff member employed by Kent Police was fined £300 after looking up an "
        "ex-partner's address on force systems in 2016.",
    ):
        assert _fines(nlp, text) == set(), text
        assert field_values(nlp, text, "action") - {"none"} == set(), text


def test_the_force_itself_fined_beside_someone_at_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Greater Manchester Police was fined £150,000 by the Information Commissioner's Office "
        "after a memory stick was stolen in 2011. A detective at the force was also disciplined."
    )
    assert _fines(nlp, text) == {150000}
