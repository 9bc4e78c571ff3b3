"""Round 27b, branch r27b-money: the amount an early-payment discount is taken off ("a 20%
discount on the £150,000 fine", "reduced from £150,000 to £120,000 for paying early") is the
fine imposed; a penalty cut "from £X to £Y" on appeal is now £Y; a fine the force escaped or
was spared was never imposed. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract

_LOSS = (
    "Force admits data breach after laptop theft\nA Surrey Police laptop holding the personal "
    "data of crime victims was stolen from an officer's car in 2021, the force has admitted. "
)


def primary(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=_LOSS + text), nlp)
    return next(i for i in ex.incidents if i.mention == "primary")


# --- the amount a discount comes off


@pytest.mark.parametrize(
    "told",
    [
        "Surrey Police paid £120,000 after receiving a 20% early payment discount on a £150,000 "
        "fine from the ICO.",
        "The ICO fined Surrey Police. The force received a 20% discount on the £150,000 penalty "
        "for paying promptly, paying £120,000.",
        "The ICO fined Surrey Police. It qualified for a 20 per cent reduction off the £150,000 "
        "fine by paying early.",
        "The ICO fined Surrey Police after the laptop loss. The fine was reduced from £150,000 "
        "to £120,000 for early payment.",
    ],
)
def test_the_amount_a_discount_comes_off_is_the_fine(nlp, told) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, told).fine_amount == 150000


@pytest.mark.parametrize(
    "told",
    [
        # no discount told: a proposal cut to the final figure
        "The ICO had proposed a £150,000 fine for Surrey Police but reduced it from £150,000 to "
        "£100,000 after representations.",
        # the discount's own sum is what was paid
        "The ICO fined Surrey Police £100,000, and the force paid £80,000 after an early payment "
        "discount.",
    ],
)
def test_no_discount_base_without_a_discount(nlp, told) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, told).fine_amount == 100000


# --- cut from one figure to another on appeal


@pytest.mark.parametrize(
    "cut",
    [
        "The penalty was cut from £100,000 to £60,000 on appeal.",
        "On appeal, the tribunal reduced the fine from £100,000 to £60,000.",
    ],
)
def test_a_fine_cut_from_x_to_y_on_appeal_is_y(nlp, cut) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, "The ICO fined Surrey Police £100,000. " + cut)
    assert inc.fine_amount == 60000


def test_a_discount_from_x_to_y_is_still_the_first(nlp) -> None:  # type: ignore[no-untyped-def]
    inc = primary(
        nlp,
        "The ICO fined Surrey Police £100,000. The penalty was cut from £100,000 to £80,000 "
        "for early payment.",
    )
    assert inc.fine_amount == 100000


# --- a fine escaped


@pytest.mark.parametrize(
    "escaped",
    [
        "The force escaped a £250,000 fine because the ICO applies a public sector approach.",
        "The force avoided a £250,000 fine under the ICO's approach to public bodies.",
    ],
)
def test_a_fine_escaped_is_no_fine(nlp, escaped) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, escaped).fine_amount is None


def test_a_force_that_avoided_nothing_is_still_fined(nlp) -> None:  # type: ignore[no-untyped-def]
    inc = primary(
        nlp,
        "The force, which had tried to avoid delays, was fined £80,000 by the ICO.",
    )
    assert inc.fine_amount == 80000


# --- thousands grouped by spaces


@pytest.mark.parametrize(
    ("told", "amount"),
    [
        ("The ICO fined Surrey Police £80 000.", 80000),
        ("The ICO fined Surrey Police £1\u00a0250\u00a0000 for the loss.", 1250000),
    ],
)
def test_a_figure_grouped_by_spaces_is_one_amount(nlp, told, amount) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, told).fine_amount == amount


def test_spaced_numbers_without_a_pound_sign_are_no_amount() -> None:
    from extract.components.money import find_money

    assert find_money("In 2021 100 officers were trained; 80 000 people were affected.") == []
    assert find_money("It paid £5 2021 times") == [(8, 10, "GBP", 5)]


def test_the_part_paid_of_a_fine_leaves_the_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    inc = primary(
        nlp,
        "Surrey Police has paid £120,000 of a £150,000 fine from the ICO after qualifying for an "
        "early payment discount.",
    )
    assert (inc.fine_amount, inc.fine_paid) == (150000, 120000)


# --- a sum pooled over several forces


def _fines(nlp, text: str) -> dict[str, int | None]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return {i.force: i.fine_amount for i in ex.incidents}


@pytest.mark.parametrize(
    "told",
    [
        "The ICO fined Dorset Police and Devon and Cornwall Police a combined £180,000 after "
        "both lost unencrypted discs in 2019.",
        "Dorset Police and Devon and Cornwall Police were fined £180,000 between them by the "
        "ICO after both lost unencrypted discs in 2019.",
    ],
)
def test_a_pooled_sum_is_no_forces_own_fine(nlp, told) -> None:  # type: ignore[no-untyped-def]
    fines = _fines(nlp, "Two forces fined\n" + told)
    assert len(fines) == 2 and set(fines.values()) == {None}


@pytest.mark.parametrize(
    ("told", "amount"),
    [
        (
            "Dorset Police and Devon and Cornwall Police were each fined £90,000 by the ICO after "
            "both lost unencrypted discs in 2019.",
            90000,
        ),
        (
            "Dorset Police was fined a total of £180,000 by the ICO after it lost unencrypted "
            "discs in 2019.",
            180000,
        ),
    ],
)
def test_each_forces_or_one_forces_total_is_its_fine(nlp, told, amount) -> None:  # type: ignore[no-untyped-def]
    assert set(_fines(nlp, "Forces fined\n" + told).values()) == {amount}


# --- a fine another sanction stood in for


@pytest.mark.parametrize(
    "told",
    [
        "The ICO issued a reprimand in lieu of a £250,000 fine.",
        "Under the ICO's public sector approach, a £250,000 fine was replaced with a reprimand.",
    ],
)
def test_a_fine_replaced_by_a_reprimand_is_no_fine(nlp, told) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, told).fine_amount is None


def test_a_fine_that_replaced_nothing_stands(nlp) -> None:  # type: ignore[no-untyped-def]
    told = "The force replaced the stolen laptop. The ICO fined Surrey Police £80,000."
    assert primary(nlp, told).fine_amount == 80000
