"""Round 25, branch r25-attribution: whose incident is whose on pages telling two forces.
A lead telling of one force before naming it ('A police force has been fined £90,000 after
...') tells of the first force named at fault after it, not of a force an aside names later
with a bigger sanction. A regulator's sanction told in the sentence after another force's case,
'it' its object between the regulator and the sanction ('The watchdog handed it a
reprimand'), is that force's. Every sentence here was written for these tests."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract


def _incidents(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return {(i.force, i.fine_amount) for i in ex.incidents}


def test_unnamed_lead_is_the_first_force_named(nlp):
    found = _incidents(
        nlp,
        "Police force fined after witness list put online\n\n"
        "A police force has been fined £90,000 after the names of 400 witnesses were "
        "published on its website.\n\n"
        "Kent Police uploaded a spreadsheet in answer to a Freedom of Information request "
        "in May 2022, unaware that it held a hidden sheet.\n\n"
        "The force said it was sorry.\n\n"
        "It is the third large fine handed to a police force this year. In March, Sussex "
        "Police was fined £400,000 by the ICO after the home addresses of its officers were "
        "published online by mistake in 2023.",
    )
    assert ("Kent Police", 90000) in found
    assert ("Sussex Police", 400000) in found


def test_lead_about_forces_at_large_credits_no_one(nlp):
    # a lead of forces in general, then one force's figures and another's sanction: the
    # sanctioned force stays the story's
    ex = extract(
        Document(
            text="Police forces fined over data blunders\n\n"
            "Police forces have been fined for publishing victims' details online.\n\n"
            "Essex Police recorded 90 breaches last year.\n\n"
            "Suffolk Constabulary was fined £60,000 by the ICO after it published the names of "
            "200 victims on its website in 2021."
        ),
        nlp,
    )
    assert ex.incidents and ex.incidents[0].force == "Suffolk Constabulary"


_TWO = (
    "Two forces punished over data blunders\n\n"
    "Kent Police lost a memory stick holding witness statements in 2020. The ICO fined the "
    "force £80,000.\n\n"
    "Essex Police emailed a victim's address to her abuser in 2021. "
)


def _actions(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return {(i.force, i.action) for i in ex.incidents}


def test_sanction_with_it_between_regulator_and_noun_is_the_told_forces(nlp):
    for tail in (
        "The watchdog handed it a reprimand.",
        "The regulator issued it with a reprimand.",
    ):
        assert ("Essex Police", "reprimand") in _actions(nlp, _TWO + tail)


def test_it_after_the_regulators_speech_is_the_regulator(nlp):
    found = _actions(nlp, _TWO + "The ICO said it would issue guidance to all forces.")
    assert ("Essex Police", "reprimand") not in found
