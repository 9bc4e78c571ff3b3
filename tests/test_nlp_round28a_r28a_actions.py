"""Round 28a, branch r28a-actions: a body that resolved on its own inquiry in a relative
clause hung on it ("referred to the IOPC, which decided to investigate") investigates; a fine
undone in its own sentence ("fined the force, but the penalty was later withdrawn") leaves the
regulator's inquiry and its regulator, as a fine undone in a later sentence does. The guards
(marked "guard") keep what main already gets right. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest
from action_probe import LOSS, primary

ICO = "Information Commissioner's Office"
IOPC = "Independent Office for Police Conduct"


# --- guard: the eval convention for a case closed "without formal action"


def test_guard_a_case_closed_without_formal_action_keeps_the_referral(nlp) -> None:  # type: ignore[no-untyped-def]
    """Annotators keep the referral when the regulator 'closed the case without taking formal
    action' (tried as a closing like 'took no further action' in round 28a: a tuning and a
    checking cell fell), so it stays a referral."""
    text = "The force notified the ICO, which later closed the case without taking formal action."
    inc = primary(nlp, LOSS + text)
    assert (inc.action, inc.regulator) == ("referral", ICO)


# --- a body that resolved on its own inquiry, in a relative clause


@pytest.mark.parametrize(
    "text",
    [
        "The case was referred to the IOPC, which decided to investigate independently.",
        "The force referred the matter to the IOPC, which agreed to carry out an independent "
        "investigation.",
        "The force reported the breach to the ICO, which chose to open an investigation.",
    ],
)
def test_a_regulator_that_decided_to_investigate_investigates(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, LOSS + text).action == "investigation"


@pytest.mark.parametrize(
    "text",
    [
        "The case was referred to the IOPC, which will decide whether to investigate.",
        "The case was referred to the IOPC, which decided not to investigate.",
        "The force referred the matter to the IOPC, which decided the force should investigate.",
        "The force referred the matter to the IOPC, which decided it should be investigated "
        "locally.",
    ],
)
def test_guard_a_decision_still_to_come_or_handed_back_is_the_referral(nlp, text) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + text)
    assert (inc.action, inc.regulator) == ("referral", IOPC)


# --- a fine undone in its own sentence


@pytest.mark.parametrize(
    "text",
    [
        "The ICO fined the force £100,000, but the penalty was later withdrawn.",
        "The ICO fined the force £70,000 but a tribunal quashed the penalty.",
        "The force was fined £60,000 by the ICO in 2022, a penalty that was overturned on "
        "appeal the following year.",
    ],
)
def test_a_fine_undone_in_its_own_sentence_leaves_the_inquiry(nlp, text) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + text)
    assert (inc.action, inc.regulator, inc.fine_amount) == ("investigation", ICO, None)


@pytest.mark.parametrize(
    "text, action",
    [
        ("The ICO fined the force £100,000; the force's appeal was withdrawn.", "monetary_penalty"),
        (
            "The ICO fined the force £100,000 and the force hopes to have the fine overturned.",
            "monetary_penalty",
        ),
        ("The £100,000 fine the ICO imposed was later replaced with a reprimand.", "reprimand"),
    ],
)
def test_guard_a_fine_not_undone_or_replaced_keeps_its_action(nlp, text, action) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, LOSS + text).action == action
