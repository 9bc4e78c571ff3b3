"""Actions, fines and regulators, round 34. A sanction told in a modal perfect -- what the
regulator would or could have done and did not ('the ICO would normally have fined the
force £300,000', 'a penalty of £900,000 could have been justified') -- is neither an action
nor a fine, with adverbs allowed between the modal, 'have' and 'been' (the counterfactual
triggers want the words side by side). A quoted 'we' that told a regulator earlier in the
sentence ('we have reported it to the ICO and we are reviewing ...') is the force, so the
inquiry after it is the force's own, not the regulator's. A telling verb whose object is a
bulk count ('forces reported 1,200 breaches to the ICO') tells of no breach. A standing link
('in contact with the ICO', 'in touch with', 'liaising with') tells the regulator. A relative
clause set off by commas does not cut a regulator from the enquiries it goes on to speak of
('the ICO said it knew of the incident, which came to light on Monday, and was making
enquiries'). Guards keep
a fine imposed beside a modal perfect about something else, a plain fine, and a regulator's
own quoted 'we'. Every sentence here was written for these tests."""

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


def _regulator_action(nlp, text: str) -> tuple[set[str], set[str]]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return (
        {i.regulator for i in ex.incidents if i.regulator},
        {i.action for i in ex.incidents if i.action},
    )


ICO = "Information Commissioner's Office"


def test_quoted_we_that_told_the_regulator_reviews_for_itself(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Papers found on pavement\nCase papers from a burglary inquiry by Cleveland Police "
        'were found lying on a pavement in 2024.\n"We have contacted everyone affected," a '
        "spokeswoman said. \"We have reported the matter to the Information Commissioner's "
        'Office and we are reviewing how officers carry case papers."'
    )
    assert _regulator_action(nlp, text) == ({ICO}, {"referral"})


def test_regulator_own_quoted_we_still_investigates(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard: the regulator's 'we' received the report; its enquiries are its own."""
    text = (
        "Laptop stolen\nA laptop holding witness details was taken from a Dorset Police "
        "officer's car in 2024. An ICO spokesperson said: \"We have received a report from "
        'Dorset Police and are making enquiries."'
    )
    assert _regulator_action(nlp, text) == ({ICO}, {"investigation"})


def test_bulk_count_told_to_regulator_is_no_telling(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Wrong file sent\nKent Police sent the wrong case file to a defence solicitor in "
        "2024. Figures from the regulator show police forces reported more than 1,100 "
        "breaches to the ICO last year."
    )
    assert _regulator_action(nlp, text) == (set(), set())


def test_in_touch_with_the_regulator_is_a_referral(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Witness list posted online\nDevon and Cornwall Police said it was in touch with the "
        "Information Commissioner's Office after a list of 40 witnesses went online in 2024."
    )
    assert _regulator_action(nlp, text) == ({ICO}, {"referral"})


def test_liaising_with_the_watchdog_is_a_referral(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Letters misdirected\nA spokesman said Avon and Somerset Police was liaising with the "
        "ICO after letters to crime victims went to the wrong addresses in 2023."
    )
    assert _regulator_action(nlp, text) == ({ICO}, {"referral"})


def test_relative_clause_does_not_cut_the_regulator_from_its_enquiries(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Addresses posted online\nCheshire Constabulary posted the home addresses of officers "
        "online in 2023. The ICO said it knew of the incident, which came to light on Monday, "
        "and was making enquiries."
    )
    assert _regulator_action(nlp, text) == ({ICO}, {"investigation"})


def test_force_that_told_the_regulator_investigates_past_an_insertion(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard: the ICO is the recipient; the force's own inquiry after the insertion."""
    text = (
        "Addresses posted online\nCheshire Constabulary posted the home addresses of officers "
        "online in 2023. The force reported the breach to the ICO on Friday, when it learnt "
        "of it, and is investigating."
    )
    assert _regulator_action(nlp, text) == ({ICO}, {"referral"})
