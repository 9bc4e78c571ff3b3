"""Round 27a, branch r27a-actions: a force's quoted "we" opened by its spokesperson before the
quote, even a sentence back, is the force's own review; a regulator that judged "no action
was necessary" closed the matter; a regulator's reported words that the force "had reported"
the breach tell a referral to it; and a regulator's role told in the simple present
("investigates breaches reported by organisations") is no act on this breach. Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest
from action_probe import LOSS, primary

ICO = "Information Commissioner's Office"
IOPC = "Independent Office for Police Conduct"


# --- a force's spokesperson opens the quote


@pytest.mark.parametrize(
    "quote",
    [
        'A Surrey Police spokesman said: "We are sorry. We have reviewed our procedures."',
        'The force said: "We regret this. We are reviewing how files are stored."',
    ],
)
def test_a_forces_quoted_review_is_not_the_regulators(nlp, quote) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + "The force told the ICO. " + quote)
    assert (inc.action, inc.regulator) == ("referral", ICO)


def test_a_regulators_quoted_inquiry_still_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + 'The ICO said: "We take this seriously. We are making enquiries."')
    assert (inc.action, inc.regulator) == ("investigation", ICO)


# --- no action judged necessary


@pytest.mark.parametrize(
    "closing",
    [
        "The ICO reviewed the case and decided no action was necessary.",
        "The ICO assessed the report and concluded that no action was required.",
        "The force reported the breach to the ICO, which said no action was needed.",
    ],
)
def test_no_action_necessary_closes_the_matter(nlp, closing) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + closing)
    assert (inc.action, inc.regulator) == (None, ICO)


def test_an_inquiry_with_no_action_yet_stays_open(nlp) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + "The ICO is investigating and said no action had yet been taken.")
    assert (inc.action, inc.regulator) == ("investigation", ICO)


# --- told, in the regulator's reported words


@pytest.mark.parametrize(
    "told",
    [
        "The ICO confirmed the force had reported the breach.",
        "The ICO said the breach had been reported in March.",
    ],
)
def test_a_regulator_confirming_it_was_told(nlp, told) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + told)
    assert (inc.action, inc.regulator) == ("referral", ICO)


@pytest.mark.parametrize(
    "not_told",
    [
        "The ICO said the force had reported the officer to the CPS.",
        "The ICO said forces had reported 300 breaches last year.",
        "The ICO said the force should have reported the breach.",
        "The ICO said the force had not reported the breach.",
    ],
)
def test_no_telling_of_this_breach_to_the_regulator(nlp, not_told) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, LOSS + not_told).action is None


# --- a regulator's role in general


@pytest.mark.parametrize(
    "role",
    [
        "The ICO investigates breaches reported by organisations.",
        "The ICO investigates all breaches reported to it.",
        "The IOPC investigates the most serious complaints against police.",
        "The watchdog examines complaints from the public about how police handle data.",
    ],
)
def test_a_regulators_role_is_no_act(nlp, role) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + role)
    assert (inc.action, inc.regulator) == (None, None)


@pytest.mark.parametrize(
    "act",
    [
        "The ICO investigates the breach.",
        "ICO investigates Surrey Police over lost laptop",
    ],
)
def test_a_present_tense_act_on_this_breach_still_counts(nlp, act) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + act)
    assert (inc.action, inc.regulator) == ("investigation", ICO)


# --- an inquiry or telling about another case


@pytest.mark.parametrize(
    "other",
    [
        "The officer is under investigation by the IOPC over a separate matter.",
        "The ICO is looking into the force over an unrelated incident.",
        "The force was referred to the IOPC in relation to a separate complaint.",
    ],
)
def test_an_inquiry_into_another_matter_is_no_act(nlp, other) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + other)
    assert (inc.action, inc.regulator) == (None, None)


@pytest.mark.parametrize(
    "same",
    [
        "The officer is under investigation by the IOPC over the leak.",
        "The IOPC is investigating the matter and a separate complaint.",
    ],
)
def test_an_inquiry_into_this_matter_still_counts(nlp, same) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + same)
    assert (inc.action, inc.regulator) == ("investigation", IOPC)


# --- a regulator deciding who investigates


@pytest.mark.parametrize(
    "decided",
    [
        "The IOPC decided it should be investigated by the force's professional standards "
        "department.",
        "The IOPC decided the force should investigate the matter itself.",
        "The IOPC determined that the complaint should be dealt with by the force.",
    ],
)
def test_a_regulator_deciding_the_mode_is_the_regulator(nlp, decided) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + decided)
    assert (inc.action, inc.regulator) == (None, IOPC)


@pytest.mark.parametrize(
    "not_deciding",
    [
        "The force decided it should be investigated by its professional standards department.",
        "The IOPC decided in 2019 to change its guidance on data handling.",
    ],
)
def test_no_regulator_deciding_this_case(nlp, not_deciding) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, LOSS + not_deciding)
    assert (inc.action, inc.regulator) == (None, None)
