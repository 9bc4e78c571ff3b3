"""Round 20, branch r20-money: an amount listed after a colon (or set off in dashes) takes the
fine words of the clause that opens the list; an amount a relative clause gives to a fine
word ("the penalty, which stands at £X") is the fine; "told to pay" and an order whose agent
is a regulator ("ordered by the ICO to pay") are orders; a judge is a court. Every sentence
here was written for these tests."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract

_LOSS = "Kent Police left a folder of witness statements on a bus in 2021. "
_ICO = "The Information Commissioner's Office"


def incidents(nlp, text: str) -> dict[str, int | None]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return {i.force: i.fine_amount for i in ex.incidents}


def primary_fine(nlp, text: str) -> int | None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return next(i for i in ex.incidents if i.mention == "primary").fine_amount


# --- a list after a colon


def test_amounts_listed_after_a_colon_are_the_lead_ins_fines(nlp):
    text = _LOSS + f"{_ICO} reprimanded the force. Forces fined before now: Essex Police "
    text += "£80,000 and Suffolk Police £60,000."
    got = incidents(nlp, text)
    assert got["Kent Police"] is None
    assert got["Essex Police"] == 80_000
    assert got["Suffolk Constabulary"] == 60_000
    items = _LOSS + f"{_ICO} reprimanded the force. Earlier penalties: Essex Police, £80,000; "
    items += "Suffolk Police, £60,000."
    got = incidents(nlp, items)
    assert got["Essex Police"] == 80_000
    assert got["Suffolk Constabulary"] == 60_000
    box = _LOSS + f"{_ICO} fined the force. The penalty: £90,000."
    assert primary_fine(nlp, box) == 90_000
    # ... but not a clause of its own, other sums or a threat
    clause = _LOSS + "Kent Police was fined in 2023: the force spent £90,000 on new cabinets."
    assert primary_fine(nlp, clause) is None
    costs = _LOSS + f"{_ICO} reprimanded the force. Spending so far: Essex Police £80,000; "
    costs += "Suffolk Police £60,000."
    assert set(incidents(nlp, costs).values()) == {None}
    threat = _LOSS + f"{_ICO} reprimanded the force. Forces that could face penalties: "
    threat += "Essex Police, £80,000."
    assert set(incidents(nlp, threat).values()) == {None}


# --- a sum set off in dashes


def test_an_amount_set_off_in_dashes_after_a_fine(nlp):
    text = _LOSS + f"{_ICO} fined the force – £90,000 – its biggest sum for a police body."
    assert primary_fine(nlp, text) == 90_000
    lead = _LOSS + f"The penalty — £90,000 — was announced by {_ICO} on Monday."
    assert primary_fine(nlp, lead) == 90_000
    # ... but not a clause of its own, other sums or a threat
    text = _LOSS + f"{_ICO} reprimanded the force – £90,000 went on new cabinets."
    assert primary_fine(nlp, text) is None
    denied = _LOSS + f"{_ICO} decided against a penalty – £90,000 – citing the force's changes."
    assert primary_fine(nlp, denied) is None


# --- a relative clause saying what the fine is


def test_relative_clause_with_a_copula_gives_the_fine(nlp):
    text = _LOSS + f"{_ICO} has confirmed the penalty, which stands at £90,000."
    assert primary_fine(nlp, text) == 90_000
    amounts = _LOSS + f"{_ICO} issued a fine which amounts to £90,000."
    assert primary_fine(nlp, amounts) == 90_000
    # ... but not a clause of its own, other sums or a threat
    spent = _LOSS + f"{_ICO} reprimanded the force, which spent £90,000 on new cabinets."
    assert primary_fine(nlp, spent) is None
    could = _LOSS + f"{_ICO} reprimanded the force. It could have faced a penalty, which would "
    could += "be £90,000."
    assert primary_fine(nlp, could) is None


# --- orders to pay


def test_told_to_pay_and_an_order_by_a_regulator_are_the_fine(nlp):
    told = _LOSS + f"{_ICO} has told the force to pay £90,000."
    assert primary_fine(nlp, told) == 90_000
    agent = _LOSS + f"Kent Police has been ordered by {_ICO} to pay £90,000."
    assert primary_fine(nlp, agent) == 90_000


def test_a_judges_order_or_compensation_is_no_fine(nlp):
    judge = _LOSS + f"{_ICO} reprimanded the force. A judge ordered the force to pay £20,000 "
    judge += "to the witness."
    assert primary_fine(nlp, judge) is None
    told = _LOSS + f"{_ICO} reprimanded the force. A judge told the force to pay £20,000."
    assert primary_fine(nlp, told) is None
    damages = _LOSS + f"{_ICO} reprimanded the force. The force was told to pay £20,000 in "
    damages += "compensation to the witness."
    assert primary_fine(nlp, damages) is None
