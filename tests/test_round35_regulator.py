"""Regulators and actions, round 35. A regulator named after an owner's possessive
('reported to the UK's data protection watchdog') is told like 'the ICO'. An inspectorate
(HMICFRS, HMICS) inspects forces and acts on no one breach: no regulator of the incident,
its findings no inquiry. A regulator right before its inquiry word owns the inquiry ('PIRC
probe into a leak by an officer': the 'by' is the leak's). 'Scotland's police complaints
body' is PIRC. A proposed fine cancelled is undone like an imposed one, and a headline's
present ('ICO cancels fine') tells it done. 'Yet' right after a negation ('has not yet
reported it to the ICO') is an adverb inside the denial, not a conjunction ending it. Every
sentence here was written for these tests."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract

ICO = "Information Commissioner's Office"
PIRC = "Police Investigations and Review Commissioner"


def _facts(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return (
        {i.regulator for i in ex.incidents if i.regulator},
        {i.action for i in ex.incidents if i.action and i.action != "none"},
        {int(i.fine_amount) for i in ex.incidents if i.fine_amount},
    )


def test_regulator_after_a_possessive_is_told(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Case papers posted to wrong firm\nBedfordshire Police posted the case papers of 14 "
        "defendants to the wrong law firm in 2022. The mistake has been reported to the UK's "
        "privacy watchdog."
    )
    assert _facts(nlp, text)[:2] == ({ICO}, {"referral"})


def test_inspectorate_is_no_regulator_of_the_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Inspectors' findings\nHMICFRS found that Lincolnshire Police had kept the fingerprints "
        "of people never charged unlawfully since 2016. The ICO has been informed."
    )
    assert _facts(nlp, text)[:2] == ({ICO}, {"referral"})


def test_inspectorate_alone_gives_no_regulator(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data left in open office\nAn inspection by HM Inspectorate of Constabulary found that "
        "Suffolk Constabulary officers had left victims' files unlocked in an open office in "
        "2021."
    )
    regulators, actions, _ = _facts(nlp, text)
    assert not regulators and not actions


def test_regulator_before_its_probe_owns_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "PIRC probe into leak of witness details by Police Scotland constable\nA witness's "
        "home address was passed to the man accused of assaulting him in Dundee in 2022."
    )
    assert _facts(nlp, text)[:2] == ({PIRC}, {"investigation"})


def test_complaints_body_of_scotland_is_pirc(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officer's leak examined\nA Police Scotland sergeant gave a victim's phone number to "
        "her former partner in 2023. Scotland's police complaints body is investigating."
    )
    assert _facts(nlp, text)[:2] == ({PIRC}, {"investigation"})


def test_proposed_fine_cancelled_is_no_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "ICO cancels fine\nThe Information Commissioner's Office has cancelled a "
        "proposed £150,000 fine against Humberside Police over CCTV kept unlawfully in 2019 "
        "and issued a reprimand instead."
    )
    assert _facts(nlp, text) == ({ICO}, {"reprimand"}, set())


def test_headline_fine_still_stands(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard: a headline's present fine is not undone by the '-s' rule."""
    text = (
        "Watchdog fines Humberside Police\nThe ICO fined Humberside Police £150,000 over CCTV "
        "kept unlawfully in 2019."
    )
    assert _facts(nlp, text) == ({ICO}, {"monetary_penalty"}, {150000})


def test_not_yet_told_is_no_referral(nlp) -> None:  # type: ignore[no-untyped-def]
    """'Yet' after the negation is an adverb, not the conjunction that ends its scope."""
    text = (
        "Statements go missing\nWitness statements from a Lancashire Police fraud inquiry were "
        "left on a bus in 2023. The force has not yet reported the loss to the ICO."
    )
    assert "referral" not in _facts(nlp, text)[1]


def test_yet_as_a_conjunction_still_ends_the_denial(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard: 'yet' between two clauses leaves the telling before it a fact."""
    text = (
        "Statements go missing\nWitness statements from a Lancashire Police fraud inquiry were "
        "left on a bus in 2023. The force reported the loss to the ICO, yet the officer was "
        "not disciplined."
    )
    assert _facts(nlp, text)[:2] == ({ICO}, {"referral"})
