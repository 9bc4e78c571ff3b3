"""Round 24, branch r24-action: a conduct body's recommendation or direction is its inquiry's
outcome ("the Ombudsman has recommended that the officer be disciplined"), unless it hands the
inquiry on ("directed that the force investigate it itself"); the Police Ombudsman named only
by its short title in a story of the PSNI; a telling required and then said done ("is required
to report such breaches to the ICO and did so") or not done ("but did not do so"); a passive
telling asked for, not done ("recommended that the ICO be informed"); a regulator's decision
still to come ("the ICO will decide whether to take action") names it; a regulator's quote
of two sentences, its speaker named after the second. Every sentence here was written for
these tests."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract

_LOSS = "Cumbria Constabulary lost a laptop holding victims' statements in 2021. "
_ICO = "Information Commissioner's Office"
_PONI = "Police Ombudsman for Northern Ireland"
_IOPC = "Independent Office for Police Conduct"


def primary(nlp, text: str, lead: str = _LOSS):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=lead + text), nlp)
    return next(i for i in ex.incidents if i.mention == "primary")


_PSNI = "A PSNI constable searched a neighbour's records on the police database in 2022. "
_SCOT = "Police Scotland gave a woman's new address to her former partner in 2021. "


def test_a_conduct_bodys_recommendation_or_direction_is_its_inquiry(nlp):
    for lead, tail, body in (
        (_PSNI, "The Police Ombudsman has recommended that the constable be disciplined.", _PONI),
        (_SCOT, "PIRC directed the force to look again at her complaint.", None),
        (_LOSS, "The IOPC recommended that the sergeant face a misconduct meeting.", _IOPC),
    ):
        inc = primary(nlp, tail, lead)
        assert inc.action == "investigation"
        if body:
            assert inc.regulator == body
    # a recommendation by the force is no regulator's
    inc = primary(nlp, "The force recommended that staff be given more training.")
    assert inc.action is None and inc.regulator is None
    # a direction that hands the inquiry on is none of the regulator's
    inc = primary(
        nlp,
        "The loss was referred to the IOPC, which directed that the force's professional "
        "standards department should investigate it itself.",
    )
    assert (inc.regulator, inc.action) == (_IOPC, "referral")


def test_the_ombudsman_by_its_short_title(nlp):
    inc = primary(nlp, "The Ombudsman found that the constable had no reason to search.", _PSNI)
    assert (inc.regulator, inc.action) == (_PONI, "investigation")
    # in a story of an English force, an ombudsman is no police body of Northern Ireland
    inc = primary(nlp, "The Ombudsman found that the council had been at fault.")
    assert inc.regulator is None


def test_a_telling_required_then_done_or_not(nlp):
    for tail in (
        "The force said it is obliged by law to report such breaches to the ICO and did so.",
        "The constabulary had to notify the ICO within 72 hours, and it has done so.",
    ):
        inc = primary(nlp, tail)
        assert (inc.regulator, inc.action) == (_ICO, "referral")
    inc = primary(nlp, "The force was required to report the breach to the ICO but did not do so.")
    assert inc.action is None


def test_a_passive_telling_asked_for_is_not_done(nlp):
    inc = primary(nlp, "An auditor recommended that the ICO be informed of the loss.")
    assert inc.action is None
    inc = primary(nlp, "The auditor said the ICO had been informed of the loss.")
    assert inc.action == "referral"


def test_a_decision_to_come_names_the_regulator(nlp):
    for tail in (
        "The ICO will decide whether to take action.",
        "The data watchdog is now considering whether any action is needed.",
    ):
        inc = primary(nlp, tail)
        assert inc.regulator == _ICO
        assert inc.action is None


def test_a_quote_of_two_sentences_with_its_speaker_after(nlp):
    inc = primary(
        nlp,
        '"We have looked carefully at what happened. We have decided to take no further '
        'action," an ICO spokeswoman said.',
    )
    assert (inc.regulator, inc.action) == (_ICO, None)
    inc = primary(
        nlp,
        '"The force referred the loss to us. We have opened an independent investigation," '
        "the IOPC said.",
    )
    assert (inc.regulator, inc.action) == (_IOPC, "investigation")


def test_a_regulator_declining_or_closing_is_the_regulator(nlp):
    for tail in (
        "The data watchdog declined to take any action against the force.",
        "The ICO has now closed the case.",
    ):
        inc = primary(nlp, tail)
        assert inc.regulator == _ICO
        assert inc.action is None
    # the force declining to act names no regulator
    inc = primary(nlp, "The force declined to take any action against the officer.")
    assert inc.regulator is None


def test_has_since_keeps_the_regulator_in_its_clause(nlp):
    for tail, action in (
        ("The ICO has since launched an investigation.", "investigation"),
        ("The ICO has since closed the case.", None),
    ):
        inc = primary(nlp, tail)
        assert (inc.regulator, inc.action) == (_ICO, action)
    # "since" the conjunction still opens a clause of its own: the officers investigate
    inc = primary(nlp, "Since the ICO was told of the loss, officers have been investigating.")
    assert inc.action == "referral"


def test_a_few_words_quoted_stay_in_their_clause(nlp):
    inc = primary(nlp, 'The ICO said it was "looking into" the loss.')
    assert (inc.regulator, inc.action) == (_ICO, "investigation")
    # a full quote, its speaker after it, is still the speaker's: the force investigates
    inc = primary(nlp, '"We are investigating the loss," the force said, adding the ICO was told.')
    assert inc.action == "referral"


def test_making_the_regulator_aware_is_a_referral(nlp):
    inc = primary(nlp, "The force said it had made the ICO aware of the loss.")
    assert (inc.regulator, inc.action) == (_ICO, "referral")
    inc = primary(nlp, "The force said it had not made the ICO aware of the loss.")
    assert inc.action is None
