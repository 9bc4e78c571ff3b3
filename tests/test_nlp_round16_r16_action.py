"""Round 16, branch r16-action: an individual's fine told with a relative clause between the
person and the verb is no penalty on the force; a regulator ordering a force to pay a sum,
or a force that must pay one, is a fine in all but name (not a court's order, not damages);
a regulator declining to act in its own quoted words or by not taking the matter further
closes a referral; a case brought by a regulator is its inquiry. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract

ICO = "Information Commissioner's Office"


def primary(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return next(i for i in ex.incidents if i.mention == "primary")


# --- a person fined, the relative clause between the person and the verb


@pytest.mark.parametrize(
    "text",
    [
        "Ex-officer fined\nA former Avon and Somerset Constabulary sergeant who searched "
        "force systems for details of his ex-wife's new partner in 2020 has been fined £1,500 "
        "after a prosecution by the Information Commissioner's Office.",
        "Detective fined\nA Thames Valley Police detective who photographed a custody record "
        "on the force's system in 2021 has been fined £400 after a prosecution brought by the "
        "Information Commissioner's Office.",
    ],
)
def test_a_person_fined_after_a_relative_clause_is_no_fine_on_the_force(nlp, text) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, text)
    assert inc.fine_amount is None
    assert (inc.action, inc.regulator) == ("investigation", ICO)
    # negative: a force fined after a relative clause is still fined
    text = (
        "Force fined\nNorfolk Constabulary, which lost a folder of witness statements on a "
        "bus in 2019, has been fined £70,000 by the Information Commissioner's Office."
    )
    inc = primary(nlp, text)
    assert (inc.fine_amount, inc.action) == (70000, "monetary_penalty")


# --- ordered to pay, must pay: a fine in all but name

_LEAD = "Suffolk Constabulary left boxes of custody records in a building it had sold in 2018. "


@pytest.mark.parametrize(
    "told",
    [
        "The Information Commissioner's Office has ordered the constabulary to pay £45,000.",
        "The Information Commissioner's Office required the force to pay £45,000.",
        "The force must pay £45,000 after the Information Commissioner's Office found it "
        "had failed to protect the records.",
    ],
)
def test_a_regulator_ordering_a_force_to_pay_is_a_fine(nlp, told: str) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, "Force must pay\n" + _LEAD + told)
    assert (inc.fine_amount, inc.action, inc.regulator) == (45000, "monetary_penalty", ICO)


@pytest.mark.parametrize(
    "told",
    [
        # a court's order: damages to a person, not a regulator's penalty
        "The force reported itself to the Information Commissioner's Office, and at the "
        "county court a judge later ordered the force to pay £45,000 to one of the people "
        "affected.",
        # compensation, not a penalty
        "The force, which reported itself to the Information Commissioner's Office, must pay "
        "£45,000 in compensation.",
    ],
)
def test_an_order_to_pay_damages_is_no_fine(nlp, told: str) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, "Force must pay\n" + _LEAD + told)
    assert inc.fine_amount is None
    assert inc.action == "referral"
    # positive: the regulator's order to pay is its fine
    told = "The Information Commissioner's Office then ordered the force to pay £45,000."
    assert primary(nlp, "Force must pay\n" + _LEAD + told).fine_amount == 45000


# --- a regulator declining to act closes the referral

_TOLD = (
    "Data error\nLeicestershire Police emailed a witness statement to the wrong solicitor "
    "in 2023. The force reported the mistake to the Information Commissioner's Office. "
)


@pytest.mark.parametrize(
    "closing",
    [
        'An ICO spokesperson said: "Having looked at what happened, we have decided that no '
        'further action is needed."',
        "The regulator said it would not be taking the matter any further.",
        "The Information Commissioner's Office has decided not to pursue the matter.",
    ],
)
def test_a_regulator_declining_to_act_closes_the_referral(nlp, closing: str) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _TOLD + closing)
    assert (inc.action, inc.regulator) == (None, ICO)


@pytest.mark.parametrize(
    "not_closing",
    [
        # the force, not the regulator, speaks of no further action (against its officer)
        'A force spokesperson said: "We have decided that no further action is needed '
        'against the officer."',
        # the regulator will take it further
        "The regulator said it would be taking the matter further.",
    ],
)
def test_no_closing_by_the_regulator_keeps_the_referral(nlp, not_closing: str) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _TOLD + not_closing)
    assert inc.action in {"referral", "investigation"}
    # positive: the regulator saying it would not take the matter further closes it
    closing = "The regulator said it would not be taking the matter further."
    assert primary(nlp, _TOLD + closing).action is None


# --- a case brought by a regulator


def test_a_case_brought_by_a_regulator_is_its_inquiry(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Former worker fined\nA former Cheshire Constabulary records clerk who looked up "
        "files about her relatives in 2020 was ordered to pay £900 in a case brought by the "
        "Information Commissioner's Office."
    )
    inc = primary(nlp, text)
    assert inc.fine_amount is None
    assert (inc.action, inc.regulator) == ("investigation", ICO)
    # negative: a case brought by someone else is no regulator's inquiry
    text = text.replace("Information Commissioner's Office", "Crown Prosecution Service")
    assert primary(nlp, text).action is None


# --- a person named with their force after them ("PC Jones of Kent Police") pays


def test_a_person_of_a_force_fined_is_no_fine_on_the_force(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Constable fined\nPC Alan Reeve of Gwent Police was fined £650 for looking up his "
        "neighbours on police systems in 2021. The case was prosecuted by the Information "
        "Commissioner's Office."
    )
    inc = primary(nlp, text)
    assert inc.fine_amount is None
    assert (inc.action, inc.regulator) == ("investigation", ICO)
    # negative: the force itself fined, named after its chief
    text = (
        "Force fined\nThe chief constable said Gwent Police was fined £65,000 by the "
        "Information Commissioner's Office after it lost a bag of case files in 2021."
    )
    assert primary(nlp, text).fine_amount == 65000


# --- a referral spoken of, none made


def test_a_threshold_for_referral_is_no_referral(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officer disciplined\nA Dorset Police constable looked up a neighbour's records in "
        "2022. The force said the case did not meet the threshold for "
        "referral to the Independent Office for Police Conduct and was dealt with internally."
    )
    inc = primary(nlp, text)
    assert (inc.action, inc.regulator) == (None, None)
    # positive: a referral made
    text = text.replace(
        "the case did not meet the threshold for referral to",
        "it had made a referral to",
    )
    inc = primary(nlp, text)
    assert (inc.action, inc.regulator) == ("referral", "Independent Office for Police Conduct")


# --- a proposed fine brought down to the final one


@pytest.mark.parametrize(
    "told",
    [
        "The Information Commissioner's Office had proposed a £300,000 fine but reduced it "
        "to £110,000 after hearing from the force.",
        "The Information Commissioner's Office initially proposed a penalty of £300,000 but "
        "later cut it to £110,000.",
    ],
)
def test_a_proposal_cut_to_a_sum_is_the_fine(nlp, told: str) -> None:  # type: ignore[no-untyped-def]
    lead = "Force fined\nLincolnshire Police posted an informant's details to a suspect in 2020. "
    inc = primary(nlp, lead + told)
    assert (inc.fine_amount, inc.fine_paid, inc.action) == (110000, None, "monetary_penalty")
    # negative: a fine imposed and then reduced for paying early is the amount paid
    told = (
        "The Information Commissioner's Office fined the force £300,000, which was reduced "
        "to £240,000 because it paid early."
    )
    inc = primary(nlp, lead + told)
    assert (inc.fine_amount, inc.fine_paid) == (300000, 240000)
