"""Actions and fines, round 34: a sanction told in a modal perfect -- what the regulator
would or could have done and did not ('the ICO would normally have fined the force
£300,000', 'a penalty of £900,000 could have been justified') -- is neither an action nor a
fine, with adverbs allowed between the modal, 'have' and 'been' (the counterfactual triggers
want the words side by side). Guards keep a fine imposed beside a modal perfect about
something else, and a plain fine. Every sentence here was written for these tests."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract


def _facts(nlp, text: str) -> tuple[set[str], set[int]]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return (
        {i.action for i in ex.incidents if i.action},
        {int(i.fine_amount) for i in ex.incidents if i.fine_amount},
    )


def test_adverb_inside_modal_perfect_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Essex Police rebuked\nThe ICO would normally have fined Essex Police about £300,000 "
        "for leaving case files in a skip in 2021. The force was reprimanded instead."
    )
    assert _facts(nlp, text) == ({"reprimand"}, set())


def test_sanction_subject_of_could_have_been(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "No penalty for Dorset\nThe data watchdog said a penalty of £900,000 could have been "
        "justified after Dorset Police put the names of informants online in 2022, but it "
        "gave the force a reprimand."
    )
    assert _facts(nlp, text) == ({"reprimand"}, set())


def test_passive_modal_perfect_with_adverb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Reprimand for Cumbria\nThe ICO reprimanded Cumbria Constabulary over a victim's "
        "address sent to her attacker in 2023. The force could easily have been fined "
        "£200,000, the regulator said."
    )
    assert _facts(nlp, text) == ({"reprimand"}, set())


def test_fine_beside_modal_perfect_about_the_breach_stands(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard: the modal perfect is about the breach, the fine is imposed."""
    text = (
        "Force fined\nThe ICO fined Gwent Police £75,000 after unencrypted discs were lost in "
        "the post in 2020. The loss could easily have been avoided, it said."
    )
    assert _facts(nlp, text) == ({"monetary_penalty"}, {75000})


def test_plain_fine_with_amount_stands(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard: a fine told as done, amount after the verb."""
    text = (
        "Police fined\nThe data watchdog has fined Norfolk Constabulary £120,000 after it "
        "emailed a list of witnesses to a defendant in 2019."
    )
    assert _facts(nlp, text) == ({"monetary_penalty"}, {120000})
