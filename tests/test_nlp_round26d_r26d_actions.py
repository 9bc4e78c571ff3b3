"""Round 26d, branch r26d-actions: a notice of intent sent "by"/"from" the regulator (the
"intent" of the notice's name proposes the sanction, not the regulator); an inquiry the force
runs itself ("investigated locally", "by the force's professional standards department") is no
regulator's investigation. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from action_probe import LOSS, primary

from extract.models import Document
from extract.nlp import extract

ICO = "Information Commissioner's Office"
IOPC = "Independent Office for Police Conduct"


@pytest.mark.parametrize(
    "notice",
    [
        "The force was served with a notice of intent by the ICO.",
        "Surrey Police received a notice of intent from the data watchdog last month.",
    ],
)
def test_a_notice_of_intent_from_the_regulator(nlp, notice) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + notice)
    assert (inc.action, inc.regulator) == ("investigation", ICO)


def test_a_notice_not_served_is_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    assert (
        primary(nlp, LOSS + "The force was not served with a notice of intent by the ICO.").action
        is None
    )


@pytest.mark.parametrize(
    "local",
    [
        "The IOPC said the matter would be investigated locally.",
        "The IOPC said the complaint would be investigated by the force.",
        "The IOPC said the matter would be investigated by the force's professional standards "
        "department.",
    ],
)
def test_an_inquiry_left_to_the_force_is_no_regulators(nlp, local) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, LOSS + local).action != "investigation"


@pytest.mark.parametrize(
    "own",
    [
        "The matter is being investigated by the IOPC.",
        "The IOPC said it would be investigated by its own investigators.",
    ],
)
def test_the_regulators_own_inquiry_is_still_its_investigation(nlp, own) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + own)
    assert (inc.action, inc.regulator) == ("investigation", IOPC)


# --- a sanction of other forces, told in passing


def test_a_sanction_on_other_forces_is_no_action(nlp) -> None:  # type: ignore[no-untyped-def]
    others = "The ICO has previously fined other forces for similar failings."
    ex = extract(Document(text=LOSS + others), nlp)
    assert all(i.action is None for i in ex.incidents)


def test_a_fine_on_the_force_is_still_its_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, LOSS + "The ICO fined the force £80,000.").action == "monetary_penalty"


# --- a reporter asking the regulator for comment


@pytest.mark.parametrize(
    "comment",
    [
        "The force apologised. The ICO was contacted for comment.",
        "The ICO has been contacted for a response.",
        "This newspaper contacted the ICO for comment.",
    ],
)
def test_a_regulator_asked_for_comment_is_not_told(nlp, comment) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + comment)
    assert (inc.action, inc.regulator) == (None, None)


@pytest.mark.parametrize(
    "told",
    ["The force contacted the ICO.", "The ICO has been contacted about the loss."],
)
def test_a_regulator_contacted_about_the_breach_is_told(nlp, told) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + told)
    assert (inc.action, inc.regulator) == ("referral", ICO)


# --- a sanction forecast


@pytest.mark.parametrize(
    "forecast",
    [
        "Experts said a fine from the ICO was likely.",
        "A reprimand from the data watchdog now seems probable.",
    ],
)
def test_a_sanction_forecast_is_not_imposed(nlp, forecast) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, LOSS + forecast).action not in {"monetary_penalty", "reprimand"}


def test_a_fine_imposed_is_still_the_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + "The ICO fine is expected to be paid within 28 days.")
    assert inc.action == "monetary_penalty"


# --- the force told by the regulator to look into something itself


@pytest.mark.parametrize(
    "told",
    [
        "The force was told by the ICO to review its procedures.",
        "Surrey Police has been asked by the IOPC to investigate the complaint.",
    ],
)
def test_the_force_told_by_the_regulator_to_review_runs_it(nlp, told) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, LOSS + told).action != "investigation"


def test_the_regulator_passed_the_case_to_investigate_is_told(nlp) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + "The matter was referred by the force to the ICO to investigate.")
    assert inc.action in {"referral", "investigation"} and inc.regulator == ICO
