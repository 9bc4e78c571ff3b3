"""Round 37, a second force's breach told past its figures (extract/assemble.py
`_past_figures`): on a page of figures, a sentence giving a force's count and going on, past
the clause that holds it, to tell one breach of that force ('Sussex Police, which recorded
312 breaches, also lost a laptop in 2022') gives that force an incident; figures alone,
kinds of breach in bulk, or figures of another force past the clause give none. Every
sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from incident_probe import incident_rows

PUBLISHED = date(2024, 3, 1)


def _forces(nlp, text: str) -> set:  # type: ignore[no-untyped-def]
    return {r[0] for r in incident_rows(nlp, text, "force", published=PUBLISHED)}


def test_a_relative_clause_of_figures_then_a_loss(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures obtained through a Freedom of Information request show Kent Police recorded "
        "212 data breaches in 2022. Sussex Police, which recorded 312 breaches, also lost a "
        "laptop holding witness statements in 2022."
    )
    assert _forces(nlp, text) == {"Sussex Police"}


def test_figures_then_and_a_reprimand_for_an_email(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lancashire Constabulary reported 230 data breaches last year, figures show. Cumbria "
        "Constabulary recorded 75 and was reprimanded after an officer left a folder of "
        "witness statements on a train in 2023."
    )
    assert _forces(nlp, text) == {"Cumbria Constabulary"}


def test_the_second_of_two_forces_in_one_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Forces in the region reported hundreds of data breaches. Essex Police recorded 150 "
        "in 2021, while Suffolk Constabulary, which logged 88, was reprimanded by the ICO after "
        "a file of victims' details was left in a pub car park."
    )
    assert _forces(nlp, text) == {"Suffolk Constabulary"}


def test_kinds_in_bulk_past_the_figures_are_no_case(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Thames Valley Police recorded 410 data breaches in 2023. Hampshire Constabulary "
        "recorded 290 breaches, and several of them involved lost laptops."
    )
    assert _forces(nlp, text) == set()


def test_a_statement_past_the_figures_is_no_case(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A freedom of information request found Essex Police recorded 150 data breaches in "
        "2021, while Suffolk Constabulary, which logged 88, said all of its breaches had been "
        "reviewed."
    )
    assert _forces(nlp, text) == set()


def test_another_forces_figures_past_the_clause_are_no_case(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures show Gwent Police recorded 60 data breaches in 2022, while South Wales "
        "Police, which is the largest force in Wales, recorded 210."
    )
    assert _forces(nlp, text) == set()


def test_the_figures_source_past_them_is_no_case(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Avon and Somerset Police recorded 300 data breaches over three years. That compares "
        "with 52 breaches logged by Wiltshire Police in that time, according to an FOI "
        "response the force published."
    )
    assert _forces(nlp, text) == set()


def test_the_pages_force_tells_its_own_breach_past_its_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police recorded 212 data breaches in 2022, figures show. The force, which logged "
        "190 the year before, also lost a laptop holding witness statements in 2022."
    )
    assert incident_rows(nlp, text, "force", "breach_type", "breach_year", published=PUBLISHED) == {
        ("Kent Police", "loss_or_theft_of_device", 2022)
    }


def test_the_pages_force_saying_what_most_were_is_no_case(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police recorded 212 data breaches in 2022. The force, which logged 190 in 2021, "
        "said most were emails sent to the wrong person."
    )
    assert _forces(nlp, text) == set()
