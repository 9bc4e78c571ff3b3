"""Round 18, branch r18-fine: a proposal brought down with "lowered" (the lemma table reads
the phrase "lower" as the adjective's "low"); a proposal told after its amount ("a £90,000
penalty was proposed but ..."); a fine whose recipient is another organisation ("fined a
borough council £45,000", "a £45,000 penalty handed to a hospital trust"); a figure with a
scale word before "pounds" ("1.2 million pounds") read once, not as a second "million pounds".
Every sentence here was written for these tests."""

from __future__ import annotations

from extract.components.money import find_money
from extract.models import Document
from extract.nlp import extract

_LOSS = "Kent Police left a folder of witness statements on a bus in 2021. "


def fines(nlp, text: str) -> list[int]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return sorted({i.fine_amount for i in ex.incidents if i.fine_amount is not None})


def primary_fine(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return next(i for i in ex.incidents if i.mention == "primary").fine_amount


# --- a proposal "lowered" to the final fine


def test_provisional_penalty_lowered_is_the_final_fine(nlp):
    text = _LOSS + (
        "The regulator's provisional penalty of £90,000 was lowered to £60,000 once the "
        "Information Commissioner's Office had heard from the constabulary."
    )
    assert primary_fine(nlp, text) == 60_000
    # a fine imposed and then cut for paying early stays the fine imposed
    paid = _LOSS + (
        "The Information Commissioner's Office fined Kent Police £60,000. The penalty was "
        "lowered to £48,000 for early payment."
    )
    assert primary_fine(nlp, paid) == 60_000


# --- a proposal told after its amount


def test_penalty_said_to_be_proposed_after_its_amount(nlp):
    text = _LOSS + (
        "A £90,000 fine was proposed by the Information Commissioner's Office but it was cut "
        "to £60,000 after Kent Police set out the changes it had made."
    )
    assert primary_fine(nlp, text) == 60_000
    # "proposed" starting another act after a final fine leaves the fine alone
    final = _LOSS + (
        "The Information Commissioner's Office fined Kent Police £60,000 and proposed new "
        "checks on how statements are carried."
    )
    assert primary_fine(nlp, final) == 60_000


# --- another organisation's fine


def test_fine_on_a_council_named_as_the_object_is_not_the_forces(nlp):
    text = _LOSS + (
        "The Information Commissioner's Office reprimanded Kent Police. In March the ICO "
        "fined a borough council £45,000 over a similar mistake."
    )
    assert fines(nlp, text) == []
    own = _LOSS + "The Information Commissioner's Office fined the force £60,000 last month."
    assert fines(nlp, own) == [60_000]


def test_fine_handed_to_a_trust_is_not_the_forces(nlp):
    text = _LOSS + (
        "The Information Commissioner's Office fined Kent Police £60,000. A similar "
        "penalty of £45,000 was handed to a hospital trust in the spring."
    )
    assert fines(nlp, text) == [60_000]
    own = _LOSS + (
        "The Information Commissioner's Office said a penalty of £60,000 had been handed to "
        "Kent Police."
    )
    assert fines(nlp, own) == [60_000]


# --- "1.2 million pounds": one amount


def test_figure_with_scale_word_before_pounds_is_one_amount(nlp):
    assert [a for *_, a in find_money("fined 1.2 million pounds")] == [1_200_000]
    assert [a for *_, a in find_money("a fine of 45 thousand pounds")] == [45_000]
    assert [a for *_, a in find_money("in 2021 eighty thousand pounds")] == [80_000]
    text = _LOSS + "The Information Commissioner's Office fined Kent Police 1.2 million pounds."
    assert primary_fine(nlp, text) == 1_200_000
