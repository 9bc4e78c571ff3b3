"""Round 27c, branch r27c-actions: a sanction another stood in for ("a reprimand in lieu of a
fine") or a fine undone in its sentence ("the fine was replaced with a reprimand") is no
monetary penalty; money put by against a possible fine is not the fine; a regulator's "own"
inquiry is the regulator's; a regulator referring the case on to prosecutors has
investigated it; a penalty substituted on appeal leaves the regulator's fine the fine; a
force "sanctioned by" a regulator names its regulator. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest
from action_probe import LOSS, primary

ICO = "Information Commissioner's Office"
IOPC = "Independent Office for Police Conduct"


# --- a sanction in another's place


@pytest.mark.parametrize(
    "told",
    [
        "The ICO gave Surrey Police a reprimand in lieu of a £200,000 fine.",
        "The ICO said the force's £200,000 fine had been replaced with a reprimand.",
    ],
)
def test_a_reprimand_in_a_fines_place_is_a_reprimand(nlp, told) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + told)
    assert (inc.action, inc.fine_amount) == ("reprimand", None)


def test_a_fine_imposed_beside_another_spared_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + "The ICO fined Surrey Police £70,000. It escaped a larger fine.")
    assert (inc.action, inc.fine_amount) == ("monetary_penalty", 70000)


# --- money put by


@pytest.mark.parametrize(
    "told",
    [
        "The ICO is investigating. The force has set aside £90,000 to cover a possible fine.",
        "The ICO is looking into it. Surrey Police has earmarked £90,000 in case of a fine.",
    ],
)
def test_money_put_by_is_no_fine(nlp, told) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + told)
    assert (inc.action, inc.fine_amount) == ("investigation", None)


def test_a_fine_with_money_put_by_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + "The ICO fined Surrey Police £90,000 and the force set aside funds.")
    assert inc.fine_amount == 90000


# --- the regulator's own inquiry


@pytest.mark.parametrize(
    "told",
    [
        "The force referred the matter to the IOPC, which launched its own investigation.",
        "Surrey Police referred the case to the IOPC, which has begun its own inquiry.",
        "The IOPC's own investigation is continuing.",
    ],
)
def test_a_regulators_own_inquiry_counts(nlp, told) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + told)
    assert (inc.action, inc.regulator) == ("investigation", IOPC)


@pytest.mark.parametrize(
    "told",
    [
        "The force referred the matter to the IOPC and launched its own investigation.",
        "The force referred the matter to the IOPC. The force is running its own inquiry.",
    ],
)
def test_the_forces_own_inquiry_is_not_the_regulators(nlp, told) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + told)
    assert (inc.action, inc.regulator) == ("referral", IOPC)


# --- a regulator refers the case on


@pytest.mark.parametrize(
    "told",
    [
        "PIRC referred the case to the Crown Office.",
        "The IOPC later referred a file to prosecutors.",
    ],
)
def test_a_regulator_referring_on_has_investigated(nlp, told) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + told)
    assert inc.action == "investigation"


def test_a_force_referring_is_a_referral(nlp) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + "Surrey Police has since referred the matter to the IOPC.")
    assert (inc.action, inc.regulator) == ("referral", IOPC)


# --- a penalty substituted on appeal


@pytest.mark.parametrize(
    "told",
    [
        "On appeal, a tribunal substituted a penalty of £70,000 for the ICO's £120,000 fine.",
        "After the force's appeal, a tribunal substituted a lower penalty of £70,000. The ICO "
        "had fined Surrey Police £120,000.",
    ],
)
def test_a_substituted_penalty_leaves_the_fine(nlp, told) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, LOSS + told).fine_amount == 120000


def test_a_substituted_penalty_alone_is_the_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    inc = primary(
        nlp,
        LOSS + "The force appealed against the ICO's fine, and a tribunal substituted a "
        "penalty of £70,000.",
    )
    assert inc.fine_amount == 70000


# --- sanctioned


@pytest.mark.parametrize(
    "told",
    [
        "Surrey Police became the third force this year to be sanctioned by the ICO.",
        "The force has been sanctioned by the Information Commissioner's Office.",
    ],
)
def test_sanctioned_by_names_the_regulator(nlp, told) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, LOSS + told).regulator == ICO
