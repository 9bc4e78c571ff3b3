"""Fines: every way an amount is written, and the amounts that are not the force's fine."""

from __future__ import annotations

import pytest

from extract.components.money import find_money
from extract.models import Document
from extract.nlp import extract


@pytest.mark.parametrize(
    ("text", "label", "amount"),
    [
        ("£150,000", "GBP", 150_000),
        ("£150k", "GBP", 150_000),
        ("£1.2m", "GBP", 1_200_000),
        ("£1.2 million", "GBP", 1_200_000),
        ("150,000 pounds", "GBP", 150_000),
        ("fined£150,000", "GBP", 150_000),
        ("拢80,000", "GBP", 80_000),
        ("a 100,000 fine", "bare", 100_000),
        ("($194,000)", "foreign", 194_000),
        ("€20,000", "foreign", 20_000),
    ],
)
def test_amount_formats(text, label, amount):
    assert [(lab, amt) for _, _, lab, amt in find_money(text)] == [(label, amount)]


@pytest.mark.parametrize("text", ["in 2012", "96 cases", "case COM0649315", "page 3.5"])
def test_plain_numbers_are_not_money(text):
    assert find_money(text) == []


def fines(nlp, text: str) -> list[tuple]:
    ex = extract(Document(text=text), nlp)
    return [(i.force, i.fine_amount, i.fine_paid, i.action) for i in ex.incidents]


def test_fine_on_the_force(nlp):
    text = "Essex Police has been fined £80,000 by the ICO after a laptop was stolen."
    assert fines(nlp, text) == [("Essex Police", 80_000, None, "monetary_penalty")]


def test_bare_amount_next_to_fine_word(nlp):
    text = "Essex Police has been hit with a 60,000 fine after papers with personal data were lost."
    assert fines(nlp, text)[0][1] == 60_000


def test_bare_number_far_from_fine_word_is_not_a_fine(nlp):
    text = "Essex Police was fined after 96,174 files were deleted by the ICO's count."
    assert fines(nlp, text)[0][1] is None


def test_statutory_maximum_is_not_a_fine(nlp):
    text = (
        "Essex Police could face a fine of up to £500,000 after a laptop was stolen. "
        "The ICO can fine up to £17 million or 4% of turnover. The ICO is investigating."
    )
    assert fines(nlp, text) == [("Essex Police", None, None, "investigation")]


def test_conversion_is_not_a_second_fine(nlp):
    text = "Essex Police was fined £150,000 ($194,000) by the ICO after disks were lost."
    assert fines(nlp, text)[0][1] == 150_000


def test_early_payment_discount_is_the_amount_paid(nlp):
    text = (
        "Essex Police was fined £150,000 by the ICO after disks were lost in the post. "
        "The penalty was reduced to £120,000 for early payment."
    )
    assert fines(nlp, text) == [("Essex Police", 150_000, 120_000, "monetary_penalty")]


def test_court_fine_on_an_officer_is_not_a_penalty_on_the_force(nlp):
    text = (
        "A PC from Essex Police was fined £500 at Chelmsford Magistrates' Court after he "
        "accessed records on the Police National Computer without a policing purpose, an "
        "offence under the Data Protection Act."
    )
    ex = extract(Document(text=text), nlp)
    assert ex.incidents[0].fine_amount is None
    assert ex.incidents[0].action is None
    assert ex.incidents[0].breach_type == "unauthorised_access"


def test_fines_on_other_bodies_are_not_the_forces(nlp):
    text = (
        "Kent Police fined £100,000 for abandoning interview tapes\n\n"
        "The ICO fined Kent Police £100,000 after tapes were left in a former police station. "
        "Last year Stockport PCT and a county council received fines of between 80,000 and "
        "200,000 for wrongly disposing of personal data."
    )
    assert fines(nlp, text) == [("Kent Police", 100_000, None, "monetary_penalty")]


def test_mojibake_pound_sign(nlp):
    text = "The ICO fined Sussex Police 拢80,000 after papers were left on a train."
    assert fines(nlp, text)[0][1] == 80_000


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("a fine of eighty thousand pounds", 80_000),
        ("a penalty of two hundred and fifty thousand pounds", 250_000),
        ("half a million pounds", 500_000),
        ("a quarter of a million pounds", 250_000),
        ("a million pounds", 1_000_000),
        ("seventy-five thousand pounds sterling", 75_000),
        ("£ 70,000", 70_000),
        ("£1.2m", 1_200_000),
        ("£80k", 80_000),
    ],
)
def test_amounts_in_words_and_odd_formats(text: str, amount: int) -> None:
    assert [a for *_, a in find_money(text)] == [amount]


def test_number_words_without_currency_are_no_money() -> None:
    assert find_money("eighty thousand people and one pound coin") == []


def test_a_fine_in_words_is_the_fine(nlp) -> None:
    text = "Essex Police was fined eighty thousand pounds by the ICO after a laptop was stolen."
    assert fines(nlp, text)[0][1] == 80_000


def test_a_person_ordered_to_pay_is_no_fine_on_the_force(nlp) -> None:
    text = (
        "A former Essex Police call handler has been ordered to pay £1,000 after she looked up "
        "records of a neighbour, in a prosecution brought by the ICO."
    )
    assert fines(nlp, text)[0][1] is None
    force = (
        "Essex Police has been ordered to pay £80,000 by the ICO after a laptop holding "
        "victims' details was stolen."
    )
    assert fines(nlp, force)[0][1] == 80_000


def test_a_criminal_courts_fine_is_the_individuals_even_when_a_regulator_prosecuted(nlp):
    text = (
        "A former Dorset Police call handler was prosecuted by the ICO after looking up the "
        "records of her neighbours. Jones was fined £900 by magistrates and ordered to pay a "
        "victim surcharge."
    )
    inc = extract(Document(text=text), nlp).incidents[0]
    assert inc.fine_amount is None
    assert (inc.regulator, inc.action) == ("Information Commissioner's Office", "investigation")
    # A tribunal hearing the force's appeal upholds the force's own fine.
    appeal = (
        "Dorset Police was fined £60,000 by the ICO after losing files with victims' details. "
        "At a tribunal last month, the £60,000 fine was upheld."
    )
    assert extract(Document(text=appeal), nlp).incidents[0].fine_amount == 60_000


def test_a_fine_word_glued_to_the_amount_is_still_a_fine(nlp):
    text = (
        "Gwent Police has been fined£80,000 after an email with victims' details was sent to "
        "the wrong person."
    )
    inc = extract(Document(text=text), nlp).incidents[0]
    assert (inc.fine_amount, inc.action) == (80_000, "monetary_penalty")
    assert [t.text for t in nlp("paid£5")][0] == "paid"


@pytest.mark.parametrize(
    ("text", "fine", "paid"),
    [
        ("The ICO fined Dorset Police £80,000, reduced to £64,000 for early payment, after "
         "files with victims' details were lost.", 80_000, 64_000),
        ("Dorset Police has agreed to pay an £80,000 penalty after files with victims' details "
         "were lost.", 80_000, None),
        ("Dorset Police was fined £80,000 after files with victims' details were lost and will "
         "pay £64,000 if it pays promptly.", 80_000, 64_000),
    ],
)  # fmt: skip
def test_the_fine_and_the_amount_paid_each_take_their_own_cue(nlp, text, fine, paid):
    inc = extract(Document(text=text), nlp).incidents[0]
    assert (inc.fine_amount, inc.fine_paid) == (fine, paid)


@pytest.mark.parametrize(
    ("text", "fine", "paid"),
    [
        ("The ICO fined Avon and Somerset Police £70,000 - the force paid £56,000 after a "
         "discount - when a box of case papers went missing.", 70_000, 56_000),
        ("Avon and Somerset Police was fined £70,000, and it paid £56,000 by settling early, "
         "after a box of case papers went missing.", 70_000, 56_000),
    ],
)  # fmt: skip
def test_a_payment_cue_followed_by_its_own_amount_leaves_the_fine_before_it(nlp, text, fine, paid):
    inc = extract(Document(text=text), nlp).incidents[0]
    assert (inc.fine_amount, inc.fine_paid) == (fine, paid)


@pytest.mark.parametrize("court", ["by magistrates", "at the crown court", "by a sheriff court"])
def test_a_fine_a_court_imposed_is_no_penalty_on_the_force(nlp, court: str) -> None:
    text = (
        "In 2020 a Suffolk Constabulary clerk searched the force's records for details of his "
        f"neighbours; the ICO prosecuted him and he was fined £480 {court}."
    )
    inc = extract(Document(text=text), nlp).incidents[0]
    assert (inc.fine_amount, inc.action) == (None, "investigation")
    # The regulator's own penalty on the force, with a tribunal hearing its appeal, stays.
    penalty = (
        "Suffolk Constabulary was fined £48,000 by the ICO after files were left in a vacated "
        "office. The fine was confirmed by the tribunal."
    )
    inc = extract(Document(text=penalty), nlp).incidents[0]
    assert (inc.fine_amount, inc.action) == (48_000, "monetary_penalty")


def test_a_person_also_fined_by_a_court_pays_it_not_the_force(nlp) -> None:
    text = (
        "A Suffolk Constabulary clerk searched police records for his neighbours in 2021, "
        "Ipswich Crown Court heard. The force referred the case to the IOPC. He was also "
        "fined £700."
    )
    assert all(i.fine_amount is None for i in extract(Document(text=text), nlp).incidents)
    force = text.replace("He was also fined £700.", "") + (
        " The force was also fined £7,000 by the ICO."
    )
    assert 7_000 in [i.fine_amount for i in extract(Document(text=force), nlp).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "The ICO cut the fine from £200,000 to £90,000 after Essex Police lost a laptop.",
        "The ICO reduced its proposed fine of £200,000 to £90,000 after Essex Police lost a "
        "laptop.",
        "The ICO lowered the penalty on Essex Police from £200,000 to £90,000 after it lost a "
        "laptop.",
    ],
)
def test_a_fine_changed_from_one_amount_to_another_is_the_second(nlp, text: str) -> None:
    assert fines(nlp, text) == [("Essex Police", 90_000, None, "monetary_penalty")]


def test_a_proposed_fine_alone_is_still_no_fine(nlp) -> None:
    text = "The ICO intends to fine Essex Police £200,000 to mark how serious the loss was."
    assert [f[1] for f in fines(nlp, text)] == [None]
