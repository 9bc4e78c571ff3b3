"""Round 22, branch r22-fine-action: a regulator closing the matter in a relative clause hung
on it ("..., which decided to take no further action") or as the agent of the closing in the
passive ("no further action was taken by the regulator"); a teller that goes on to act after
telling the regulator ("reported it to the ICO and decided to take no action against the
officer") closes nothing of the regulator's; a telling only spoken of ("the criteria for
reporting to the ICO" in a sentence that denies something) or a habit ("an officer who reports
to the ICO") names no regulator of the breach. Every sentence here was written for these
tests."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract

_LOSS = "Dorset Police lost a tablet holding witness statements in 2022. "


def primary(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return next(i for i in ex.incidents if i.mention == "primary")


# --- a closing in a relative clause on the regulator


def test_relative_clause_closing_is_the_regulators(nlp):
    for tail in (
        "The force referred itself to the ICO, which decided to take no further action.",
        "The breach was reported to the data watchdog, which has since decided to take no "
        "further action.",
    ):
        inc = primary(nlp, _LOSS + tail)
        assert inc.regulator == "Information Commissioner's Office"
        assert inc.action is None
    # a relative clause hung on someone else closes nothing of the regulator's
    text = _LOSS + (
        "The loss was reported to the ICO by the force's data protection officer, who decided "
        "to take no further action against the constable."
    )
    assert primary(nlp, text).action == "referral"


# --- the regulator as the agent of a passive closing


def test_passive_closing_by_the_regulator(nlp):
    text = _LOSS + (
        "The incident was referred to the ICO. No further action was taken by the regulator."
    )
    inc = primary(nlp, text)
    assert inc.regulator == "Information Commissioner's Office"
    assert inc.action is None
    # the force as the agent: its own closing, not the regulator's
    text = _LOSS + (
        "The incident was referred to the ICO. No further action was taken by the force "
        "against the officer."
    )
    assert primary(nlp, text).action == "referral"


# --- the teller goes on to act


def test_teller_acting_after_telling_the_regulator_closes_nothing(nlp):
    text = _LOSS + (
        "The force reported the breach to the ICO and decided to take no further action "
        "against the officer."
    )
    assert primary(nlp, text).action == "referral"
    # the regulator told in the passive and then acting is still the regulator closing
    closed = _LOSS + "The ICO was told about the loss and took no further action."
    assert primary(nlp, closed).action is None


# --- a telling spoken of, or a habit, names no regulator of the breach


def test_reporting_spoken_of_in_a_denial_names_no_regulator(nlp):
    text = _LOSS + (
        "A spokesman said the loss had been weighed against the test for reporting to the "
        "ICO and was found not to reach it."
    )
    assert primary(nlp, text).regulator is None
    # stated without a denial, the reporting threshold was met: the regulator stays
    met = _LOSS + (
        "A spokesman said the loss had been weighed against the test for reporting to the "
        "ICO and a report was made."
    )
    assert primary(nlp, met).regulator == "Information Commissioner's Office"


def test_habit_in_a_relative_clause_names_no_regulator(nlp):
    text = _LOSS + (
        "The force has appointed a new data protection officer, who reports to the ICO on "
        "compliance."
    )
    assert primary(nlp, text).regulator is None
    told = _LOSS + "The force's data protection officer reported the loss to the ICO."
    assert primary(nlp, told).regulator == "Information Commissioner's Office"


# --- another body named as the subject of a passive fine


def test_commissioner_fined_in_the_passive_is_not_the_forces_fine(nlp):
    text = _LOSS + (
        "The Dorset Police and Crime Commissioner was fined £6,000 and the force was "
        "reprimanded by the Information Commissioner's Office."
    )
    inc = primary(nlp, text)
    assert inc.fine_amount is None
    assert inc.action == "reprimand"
    lower = _LOSS + (
        "The ICO reprimanded Dorset Police, while the county's police and crime commissioner "
        "was fined £6,000."
    )
    assert primary(nlp, lower).fine_amount is None
    # the force itself fined in the passive keeps its fine
    own = _LOSS + "The force was fined £6,000 by the Information Commissioner's Office."
    assert primary(nlp, own).fine_amount == 6_000


# --- the fine word nearest the amount says whether it was only proposed


def test_final_fine_beside_a_proposal_in_a_relative_clause(nlp):
    text = _LOSS + (
        "The data watchdog, which had first proposed a £400,000 penalty, fined the force £175,000."
    )
    inc = primary(nlp, text)
    assert inc.fine_amount == 175_000
    assert inc.action == "monetary_penalty"
    # a proposal alone stays a proposal
    only = _LOSS + "The data watchdog said it intends to fine the force £400,000."
    assert primary(nlp, only).fine_amount is None


# --- a sum paid is a penalty's


def test_paid_fine_is_a_monetary_penalty(nlp):
    text = _LOSS + (
        "The force has paid a £90,000 fine, reduced from £110,000 because it paid early."
    )
    inc = primary(nlp, text)
    assert inc.action == "monetary_penalty"
    assert inc.regulator == "Information Commissioner's Office"
    # an officer paying a court's fine is no penalty on the force
    officer = _LOSS + "PC Anna Reed of Dorset Police has paid a £400 fine imposed by magistrates."
    assert primary(nlp, officer).action is None
