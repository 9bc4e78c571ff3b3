"""Round 33b (r33b-regulator): which regulator dealt with a breach, and how far it went.

- A regulator's spokesperson speaks for it: 'a spokesman for the ICO said it was making
  enquiries' is the ICO's own inquiry, as 'the ICO said it was making enquiries' is ('for'
  after a spokes-word names the body spoken for, no recipient).
- A regulator told in the passive with a comma-bounded insertion between it and its verb (a
  relative clause, 'the ICO, which regulates data protection, has been notified', or an
  appositive, 'the data watchdog, the ICO, has been told') was told, as without it.
- A regulator that closes the matter with the negation before the verb ('decided not to take
  any further action', 'said it would not be taking further action') took no action, as one
  that 'decided to take no further action' did; it stays the incident's regulator.

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from extract.models import Document
from extract.nlp import extract

_ICO = "Information Commissioner's Office"
_LEAD = (
    "Police data breach\n\n"
    "Dorset Police posted a list of 150 witnesses to the wrong address in May. "
)


def found(nlp, text: str) -> tuple[set[str], set[str]]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=_LEAD + text, url=None, published=date(2024, 9, 2)), nlp)
    regs = {i.regulator for i in ex.incidents if i.regulator}
    acts = {i.action for i in ex.incidents if i.action and i.action != "none"}
    return regs, acts


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the data watchdog said it was looking into what happened.",
        "A spokeswoman for the information commissioner said it had begun making inquiries.",
        "A representative for the ICO said it was investigating the loss.",
    ],
)
def test_spokesperson_for_the_regulator_speaks_for_it(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == ({_ICO}, {"investigation"})


def test_force_spokesman_still_the_teller(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A spokesman for the force said it had told the ICO and was looking into the error."
    assert found(nlp, text) == ({_ICO}, {"referral"})


@pytest.mark.parametrize(
    "text",
    [
        "The ICO, which oversees the handling of personal data, has been notified.",
        "The Information Commissioner's Office, which enforces the law on privacy, was told.",
        "The data watchdog, the ICO, has been alerted to the mistake.",
    ],
)
def test_regulator_told_past_an_insertion(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == ({_ICO}, {"referral"})


@pytest.mark.parametrize(
    "text",
    [
        "The ICO, which has fined councils in the past, has not been informed.",
        "Campaigners argued the ICO, which is the UK's privacy regulator, should be informed.",
    ],
)
def test_insertion_keeps_negation_and_advice(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text)[1] == set()


@pytest.mark.parametrize(
    "text",
    [
        "The force notified the ICO, which decided not to take any further action.",
        "The force told the data watchdog, which decided not to take further action.",
        "The force referred itself to the ICO, which said it would not be taking further action.",
    ],
)
def test_negated_closing_takes_no_action(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == ({_ICO}, set())


def test_force_declining_action_is_no_closing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The force reported itself to the ICO. The force said it would not be taking any "
        "further action against the clerk."
    )
    assert found(nlp, text) == ({_ICO}, {"referral"})
