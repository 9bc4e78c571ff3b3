"""Round 26, branch r26-actions: a regulator rebuking the force in plain words ("warned by
the ICO", "told to improve by the data watchdog") is its reprimand, unless the text names
the sanction outright; a step "short of" a fine is no fine; a hypothetical inside a relative
clause hung on a noun set off by commas ("Kent Police, a force that could face ..., was
fined") stays in that clause. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from action_probe import LOSS, primary

from extract.models import Document
from extract.nlp import extract

ICO = "Information Commissioner's Office"


# --- a rebuke in plain words


@pytest.mark.parametrize(
    "rebuke",
    [
        "The force has been told to improve by the Information Commissioner's Office.",
        "Surrey Police was warned by the ICO after the theft.",
        "The data watchdog told the force to tighten its rules on taking laptops home.",
        "Surrey Police has been rebuked by the ICO over the loss.",
        "Surrey Police was told by the ICO to improve the way it stores devices.",
        "The ICO has formally warned Surrey Police over the theft.",
    ],
)
def test_a_regulator_rebuking_the_force_is_a_reprimand(nlp, rebuke) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + rebuke)
    assert (inc.action, inc.regulator) == ("reprimand", ICO)


@pytest.mark.parametrize(
    "other",
    [
        "The ICO warned the force that it could face a fine.",
        "The ICO warned forces to encrypt their laptops.",
        "The ICO could warn the force.",
        "The ICO did not rebuke the force.",
        "The ICO has warned that police forces must protect their devices.",
        "The force warned officers about leaving laptops in cars.",
        "The ICO told the force to send it a copy of its policy.",
    ],
)
def test_a_warning_or_a_request_is_no_reprimand(nlp, other) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, LOSS + other).action != "reprimand"


def test_a_sanction_named_outright_wins_over_a_rebuke(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        LOSS + "It is not the first time the force has been rebuked by the ICO. "
        "In 2015 Surrey Police signed an undertaking with the ICO after a memory stick "
        "was lost."
    )
    ex = extract(Document(text=text), nlp)
    assert "undertaking" in {i.action for i in ex.incidents}


# --- "short of" a fine


@pytest.mark.parametrize(
    "short",
    [
        "The ICO gave the force a reprimand - a formal warning short of a fine.",
        "The ICO issued a reprimand, its sanction short of a monetary penalty.",
    ],
)
def test_a_step_short_of_a_fine_is_no_fine(nlp, short) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + short)
    assert (inc.action, inc.fine_amount) == ("reprimand", None)


def test_a_fine_not_short_of_anything_stands(nlp) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + "The ICO fined the force £60,000 for the loss.")
    assert (inc.action, inc.fine_amount) == ("monetary_penalty", 60000)


# --- a hypothetical in a relative clause hung on an appositive noun


@pytest.mark.parametrize(
    "fined",
    [
        "Surrey Police, a force that could yet face further action, was fined £60,000 by the ICO.",
        "Surrey Police, the second force which may face a penalty this year, was fined "
        "£60,000 by the ICO.",
    ],
)
def test_a_hypothetical_in_an_appositive_clause_stays_there(nlp, fined) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + fined)
    assert (inc.action, inc.fine_amount, inc.regulator) == ("monetary_penalty", 60000, ICO)


def test_a_hypothetical_in_the_main_clause_still_holds(nlp) -> None:  # type: ignore[no-untyped-def]
    inc = primary(
        nlp,
        LOSS + "Surrey Police, a force that was criticised last year, could be fined £60,000 by "
        "the ICO.",
    )
    assert inc.fine_amount is None


# --- a relative clause set off by spaced hyphens


@pytest.mark.parametrize(
    "fined",
    [
        "Surrey Police - which could have faced a much larger penalty - was fined £60,000 by "
        "the ICO.",
        "Surrey Police - a force that may yet face more action - was fined £60,000 by the ICO.",
    ],
)
def test_a_hypothetical_between_hyphens_stays_there(nlp, fined) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + fined)
    assert (inc.action, inc.fine_amount) == ("monetary_penalty", 60000)


def test_a_fine_inside_the_hyphened_clause_is_still_hypothetical(nlp) -> None:  # type: ignore[no-untyped-def]
    inc = primary(
        nlp, LOSS + "Surrey Police - which could be fined £60,000 by the ICO - said sorry."
    )
    assert inc.fine_amount is None


# --- the regulator as subject through a relative pronoun


@pytest.mark.parametrize(
    ("told", "action"),
    [
        (
            "The force was reprimanded by the ICO, which also ordered it to delete the files.",
            "enforcement_notice",
        ),
        (
            "The theft was reported to the ICO, which warned the force over its security.",
            "reprimand",
        ),
    ],
)
def test_a_regulator_acting_through_which_is_its_subject(nlp, told, action) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, LOSS + told).action == action


def test_a_modal_after_which_is_no_order(nlp) -> None:  # type: ignore[no-untyped-def]
    text = LOSS + "The ICO, which could order the force to delete the files, is investigating."
    assert primary(nlp, text).action == "investigation"
