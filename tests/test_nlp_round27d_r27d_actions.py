"""Round 27d, branch r27d-actions: a fine undone in a later sentence takes its action with it;
a regulator's direction given in words of giving ("issued a recommendation") or received from
it is the regulator's inquiry's outcome; an inquiry one is "facing" is under way, not a
possibility; a fine noun after a kind of public offence ("parking fines") is no regulator's
penalty. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from action_probe import LOSS, primary

ICO = "Information Commissioner's Office"
IOPC = "Independent Office for Police Conduct"


@pytest.mark.parametrize(
    "text",
    [
        "The force was fined £60,000 by the ICO in 2022. The penalty was later quashed on appeal.",
        "The ICO fined the force £45,000. That fine has since been withdrawn.",
    ],
)
def test_a_fine_undone_later_takes_its_action(nlp, text) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + text)
    assert (inc.action, inc.regulator, inc.fine_amount) == ("investigation", ICO, None)


def test_another_thing_withdrawn_leaves_the_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + "The ICO fined the force £45,000. Its appeal was later withdrawn.")
    assert (inc.action, inc.fine_amount) == ("monetary_penalty", 45000)


@pytest.mark.parametrize(
    "text",
    [
        "The IOPC issued a learning recommendation to the force about record checks.",
        "The IOPC has made two recommendations to the force.",
        "The force accepted a recommendation from the IOPC on vetting.",
    ],
)
def test_a_direction_given_is_the_regulators(nlp, text) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + text)
    assert (inc.action, inc.regulator) == ("investigation", IOPC)


def test_a_recommendation_to_the_regulator_is_not_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Campaigners made a recommendation, and the IOPC declined to comment."
    inc = primary(nlp, LOSS + text)
    assert inc.action is None


@pytest.mark.parametrize(
    "text",
    [
        "A constable is facing a criminal investigation by the IOPC.",
        "The sergeant now faces a misconduct investigation by the IOPC.",
    ],
)
def test_an_inquiry_faced_is_under_way(nlp, text) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + text)
    assert (inc.action, inc.regulator) == ("investigation", IOPC)


@pytest.mark.parametrize(
    "text",
    [
        "A constable could face a criminal investigation by the IOPC.",
        "The sergeant is likely to face an investigation by the IOPC.",
        "The force is facing a fine from the ICO.",
    ],
)
def test_an_inquiry_or_fine_to_come_is_not(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, LOSS + text).action is None


@pytest.mark.parametrize(
    "text",
    [
        "A contractor that processes parking fines for the force exposed the details of drivers "
        "who had paid £100 parking fines.",
        "The firm that processes the force's speeding fines exposed motorists who paid £90 "
        "speeding fines.",
    ],
)
def test_parking_fines_are_no_penalty(nlp, text) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + text)
    assert (inc.action, inc.fine_amount) == (None, None)


def test_a_fine_on_the_force_still_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + "The ICO issued the force with a £70,000 fine.")
    assert (inc.action, inc.fine_amount) == ("monetary_penalty", 70000)
