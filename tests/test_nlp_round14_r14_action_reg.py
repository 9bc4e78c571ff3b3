"""Round 14, branch r14-action-reg: a regulator told of the breach is its referral however
the telling is worded (a reporting word and its "to", a telling verb and its object, the
regulator as the subject of one in the passive); a telling that is only spoken of (required,
habitual, failed, a tally's, another body's or a member of the public's) is none; a telling
the regulator then closed is no action; a sanction the regulator proposes after being told
is its inquiry. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract

ICO = "Information Commissioner's Office"


def primary(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return next(i for i in ex.incidents if i.mention == "primary")


_LEAD = "Norfolk Constabulary posted a bundle of witness statements to the wrong address in 2023. "


# --- a regulator told of the breach, in any wording, is the breach's referral


@pytest.mark.parametrize(
    "told",
    [
        "The error has since been reported to the Information Commissioner's Office.",
        "The mistake was reported to the ICO the same week, the force said.",
        "The force has alerted the data watchdog.",
        "A spokeswoman said the constabulary had contacted the Information Commissioner's Office.",
        "The Information Commissioner's Office has been informed.",
        "The ICO was made aware of the mistake within a day.",
        "The force made a formal report to the Information Commissioner's Office.",
    ],
)
def test_a_regulator_told_in_any_wording_is_a_referral(nlp, told: str) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _LEAD + told)
    assert (inc.action, inc.regulator) == ("referral", ICO)


@pytest.mark.parametrize(
    "spoken_of",
    [
        # required, in the infinitive
        "Forces have to decide within 72 hours whether the matter is serious enough to be "
        "reported to the Information Commissioner's Office.",
        # a practice, in the present
        "Breaches that meet the legal threshold are reported to the Information "
        "Commissioner's Office.",
        # one that did not happen
        "The force failed to tell the Information Commissioner's Office for six months.",
        # a tally's
        "Last year 41 of its breaches were reported to the Information Commissioner's Office.",
    ],
)
def test_a_telling_only_spoken_of_is_no_referral(nlp, spoken_of: str) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, _LEAD + spoken_of).action is None
    # positive: the same telling done
    done = "The error was reported to the Information Commissioner's Office the next day."
    assert primary(nlp, _LEAD + done).action == "referral"


def test_a_member_of_the_public_telling_the_regulator_is_no_referral(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In 2022 a Police Service of Northern Ireland constable read a neighbour's file on "
        "the force's records system without a policing purpose. The neighbour told the "
        "Police Ombudsman that the whole street knew within a week."
    )
    assert primary(nlp, text).action is None
    # positive: the force telling the same body is its referral
    text = (
        "In 2022 a Police Service of Northern Ireland constable read a neighbour's file on "
        "the force's records system without a policing purpose. The force later told the "
        "Police Ombudsman about the constable's searches."
    )
    assert primary(nlp, text).action == "referral"


# --- a telling the regulator then closed is no action; a sanction it then proposes is more


def test_a_told_regulator_that_takes_no_action_leaves_none(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        _LEAD + "The blunder was reported to the Information Commissioner's Office. "
        '"We have apologised to everyone affected," a spokesman said. '
        '"The ICO has since confirmed it will not be taking any further action."'
    )
    inc = primary(nlp, text)
    assert (inc.action, inc.regulator) == (None, ICO)
    # negative: a closing said of many cases closes no one breach
    text = (
        _LEAD + "The blunder was reported to the Information Commissioner's Office. "
        "Across the region the ICO took no formal action in any of the cases it was sent."
    )
    assert primary(nlp, text).action == "referral"


def test_a_sanction_proposed_after_the_telling_is_the_regulators_inquiry(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        _LEAD + "The force reported the loss to the Information Commissioner's Office a month "
        "later. The Information Commissioner's Office has now told the force it intends to "
        "fine it £90,000."
    )
    inc = primary(nlp, text)
    assert (inc.action, inc.fine_amount) == ("investigation", None)
    # negative: told, with nothing proposed, stays a referral
    text = (
        _LEAD + "The force reported the loss to the Information Commissioner's Office a month "
        "later. The Information Commissioner's Office has not commented."
    )
    assert primary(nlp, text).action == "referral"


# --- a payment cue after the fine belongs to the sum it came down to, when one follows


def test_a_payment_cue_before_a_reduced_sum_leaves_the_fine_the_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Suffolk Constabulary left interview recordings in an empty station in 2013. The "
        "Information Commissioner's Office fined the force £150,000, which it paid within the "
        "month, earning the usual 20% discount to £120,000."
    )
    inc = primary(nlp, text)
    assert (inc.fine_amount, inc.fine_paid) == (150000, 120000)
    # negative: with no sum after it, the amount paid is the one the cue follows
    text = (
        "Suffolk Constabulary left interview recordings in an empty station in 2013. The "
        "Information Commissioner's Office fined the force £150,000 and later said the force "
        "had paid a discounted £120,000 within the month."
    )
    inc = primary(nlp, text)
    assert (inc.fine_amount, inc.fine_paid) == (150000, 120000)


# --- a regulator's investigators at work are its investigation


def test_a_regulators_investigators_are_its_investigation(nlp) -> None:  # type: ignore[no-untyped-def]
    lead = (
        "In 2021 a Police Service of Northern Ireland sergeant looked up his former partner's "
        "new address on police systems. "
    )
    text = lead + "The Police Ombudsman's investigators established he had no policing purpose."
    inc = primary(nlp, text)
    assert (inc.action, inc.regulator) == ("investigation", "Police Ombudsman for Northern Ireland")
    # negative: the force's own investigators, with the regulator only told
    text = (
        lead + "The force's own investigators established he had no policing purpose, and the "
        "case was then referred to the Police Ombudsman."
    )
    assert primary(nlp, text).action == "referral"


# --- the names reporters give the police conduct watchdog


def test_the_police_conduct_watchdog_by_its_other_names(nlp) -> None:  # type: ignore[no-untyped-def]
    iopc = "Independent Office for Police Conduct"
    lead = "In 2021 a Dorset Police constable searched the force's records for a woman he met. "
    for name in ("The police conduct watchdog", "The Independent Office of Police Conduct"):
        inc = primary(nlp, lead + name + " investigated his searches.")
        assert (inc.action, inc.regulator) == ("investigation", iopc)
    # negative: a conduct code is no watchdog
    inc = primary(nlp, lead + "The police conduct code was updated afterwards.")
    assert inc.regulator is None


# --- a reprimand or undertaking with no regulator named is the ICO's; an officer's is none


def test_a_reprimand_on_the_force_is_the_icos_and_on_an_officer_is_discipline(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gwent Police emailed a victim's new address to her former partner in 2022. The force "
        "was given a reprimand last month."
    )
    inc = primary(nlp, text)
    assert (inc.action, inc.regulator) == ("reprimand", ICO)
    text = (
        "Gwent Police lost an unencrypted memory stick in 2010. The chief constable signed an "
        "undertaking to encrypt every device."
    )
    assert primary(nlp, text).regulator == ICO
    # negative: a reprimand on one of the force's people is discipline, no regulator's
    text = (
        "In 2021 a Gwent Police constable looked up a neighbour's record without a policing "
        "purpose. The constable was given a reprimand at a misconduct meeting."
    )
    inc = primary(nlp, text)
    assert (inc.action, inc.regulator) == (None, None)


# --- "must pay" a sum is a sum imposed; other modals stay what they are


def test_a_penalty_the_force_must_pay_is_imposed(nlp) -> None:  # type: ignore[no-untyped-def]
    lead = "Humberside Police lost a disc holding a victim's interview in 2012. "
    inc = primary(nlp, lead + "The force must pay a £120,000 penalty, the ICO said.")
    assert (inc.action, inc.fine_amount, inc.regulator) == ("monetary_penalty", 120000, ICO)
    # negative: a penalty the force could face is no fine
    inc = primary(nlp, lead + "The force could face a £120,000 penalty, the ICO said.")
    assert inc.fine_amount is None
    # negative: what forces must do in general is no fact either
    inc = primary(nlp, lead + "Forces must review their procedures, the ICO said.")
    assert inc.action is None


# --- the Scottish watchdog as Scottish papers write it


def test_pirc_written_as_a_word_is_the_scottish_watchdog(nlp) -> None:  # type: ignore[no-untyped-def]
    lead = "Police Scotland sent a list of informants to a journalist in 2023. "
    inc = primary(nlp, lead + "The Pirc is now investigating the circumstances.")
    assert (inc.action, inc.regulator) == (
        "investigation",
        "Police Investigations and Review Commissioner",
    )
    # negative: a word that only begins the same is no watchdog
    assert not [s for s in nlp("Pircs and pirce were listed.").spans["regulators"]]
