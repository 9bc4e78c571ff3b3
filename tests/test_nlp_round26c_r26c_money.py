"""Round 26c, branch r26c-money: a fine told only as paid in full is the fine imposed (unless
the story tells of a discount or a cut); a cue word inside a regulator's own name ("the Police
Investigations and Review Commissioner") is no act of that body; a pronoun after a telling
verb that opens what was told ("the force was told it must improve") is no regulator told.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract

ICO = "Information Commissioner's Office"
PIRC = "Police Investigations and Review Commissioner"

_LOSS = (
    "Force admits data breach after laptop theft\nA Surrey Police laptop holding the personal "
    "data of crime victims was stolen from an officer's car in 2021, the force has admitted. "
)
_SCOT = (
    "Police Scotland admitted a data breach after officers' details were emailed to the wrong "
    "person in 2023. "
)


def primary(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return next(i for i in ex.incidents if i.mention == "primary")


# --- a fine paid in full


@pytest.mark.parametrize(
    "paid",
    [
        "The force has paid the £50,000 fine.",
        "The fine of £50,000 was paid by the force last month.",
        "Surrey Police paid a £50,000 penalty to the data watchdog.",
    ],
)
def test_a_fine_paid_in_full_is_the_fine(nlp, paid) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _LOSS + paid)
    assert (inc.action, inc.fine_amount) == ("monetary_penalty", 50000)


@pytest.mark.parametrize(
    "discounted",
    [
        "Surrey Police has paid a £40,000 penalty. The ICO had set the fine at £50,000 but "
        "reduced it for early payment.",
        "Surrey Police paid a £40,000 penalty. The sum reflects a 20% discount for paying "
        "promptly.",
    ],
)
def test_a_discounted_payment_is_not_the_fine(nlp, discounted) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, _LOSS + discounted).fine_amount != 40000


def test_a_sum_paid_with_no_fine_word_is_no_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, _LOSS + "The force paid £50,000 for new laptops.").fine_amount is None


# --- words inside a regulator's name


@pytest.mark.parametrize(
    "denied",
    [
        f"The {PIRC} said it had not been informed of the breach.",
        f"The {PIRC} said it had not been notified.",
        f"The {PIRC} said it would not comment.",
    ],
)
def test_a_name_is_no_involvement(nlp, denied) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, _SCOT + denied).regulator is None


@pytest.mark.parametrize(
    "involved",
    [
        f"The {PIRC} is investigating.",
        f"The force referred the matter to the {PIRC}.",
        f"The {PIRC} has been informed.",
    ],
)
def test_a_named_body_acting_is_still_involved(nlp, involved) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, _SCOT + involved).regulator == PIRC


# --- "told it must": the pronoun opens what was told


@pytest.mark.parametrize(
    "told",
    [
        "The ICO said the force was told it must improve.",
        "The ICO said the force had been told it would need to encrypt its laptops.",
    ],
)
def test_the_force_told_is_no_referral(nlp, told) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, _LOSS + told).action != "referral"


@pytest.mark.parametrize(
    "referred",
    [
        "The ICO said the force had told it about the breach.",
        "The ICO said the force had informed it of the loss.",
        'An ICO spokesperson said: "The force has told us it lost a laptop."',
    ],
)
def test_the_regulator_told_is_a_referral(nlp, referred) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _LOSS + referred)
    assert (inc.action, inc.regulator) == ("referral", ICO)


# --- "previously" after a span of time dates the story's own breach


_HEAD = "Essex Police fined over stolen laptop\n"
_KENT = (
    "Kent Police admits emailing witness details to the wrong person\nKent Police has admitted "
    "emailing the details of witnesses to the wrong person in March. "
)


@pytest.mark.parametrize(
    "counted_back",
    [
        "Essex Police has been fined £100,000 after a laptop was stolen from an officer's car "
        "two years previously.",
        "Essex Police has been fined £100,000 by the ICO over a memory stick lost some months "
        "previously.",
    ],
)
def test_a_time_counted_back_is_no_passing_mention(nlp, counted_back) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _HEAD + counted_back)
    assert (inc.action, inc.fine_amount) == ("monetary_penalty", 100000)


@pytest.mark.parametrize(
    "earlier",
    [
        "The force was previously fined £80,000 in 2019 after a laptop was stolen.",
        "The force had previously been fined £80,000 in 2019 after a laptop was stolen.",
        "Previously, the force was fined £80,000 in 2019 after a laptop was stolen.",
        "Kent Police previously lost a laptop in 2019, for which it was fined £80,000.",
    ],
)
def test_an_earlier_fine_is_still_told_in_passing(nlp, earlier) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _KENT + earlier)
    assert inc.fine_amount is None


# --- a notice of intent: the regulator weighing a sanction


@pytest.mark.parametrize(
    "notice",
    [
        "The ICO has issued a notice of intent.",
        "The force faces a £80,000 fine after the ICO issued a notice of intent.",
        "The data watchdog sent the force a notice of intention last week.",
    ],
)
def test_a_notice_of_intent_is_the_regulator_weighing_it(nlp, notice) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _LOSS + notice)
    assert (inc.action, inc.fine_amount, inc.regulator) == ("investigation", None, ICO)


@pytest.mark.parametrize(
    "none",
    ["The ICO has not issued a notice of intent.", "The ICO could issue a notice of intent."],
)
def test_a_notice_not_issued_is_nothing(nlp, none) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, _LOSS + none).action is None


# --- a warning given "to the force"


@pytest.mark.parametrize(
    "warned",
    [
        "The ICO issued a formal warning to the force.",
        "The ICO issued a formal warning to Surrey Police over the theft.",
        "The ICO has given a warning to the force after the loss.",
    ],
)
def test_a_warning_to_the_force_is_a_reprimand(nlp, warned) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _LOSS + warned)
    assert (inc.action, inc.regulator) == ("reprimand", ICO)


@pytest.mark.parametrize(
    "advice",
    [
        "The ICO issued a warning to the force that it could be fined.",
        "The ICO issued a warning to all forces.",
        "The ICO issued a warning to forces about laptops.",
        "The ICO could issue a formal warning to the force.",
    ],
)
def test_a_warning_to_all_or_of_what_may_come_is_no_reprimand(nlp, advice) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, _LOSS + advice).action != "reprimand"
