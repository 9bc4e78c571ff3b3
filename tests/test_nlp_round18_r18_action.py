"""Round 18, branch r18-action: a regulator that stands aside yields no action (a proposal
denied, "no plans to fine"; the act a denied need or threshold was for, "no plans for an
ICO investigation"; a telling that failed, "failed to report it to the ICO"); a regulator
told of the breach does not run the inquiry a force or its unit runs next to it; a
regulator that received a report was told of it; a case passed or forwarded to a regulator is
a referral; and a sanction only the ICO imposes, told without a regulator, is the ICO's when
the story names it, not another body's. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract

ICO = "Information Commissioner's Office"
IOPC = "Independent Office for Police Conduct"

_LOSS = "Laptop taken from car\nA Kent Police laptop was stolen from a parked car in 2022. "
_LOOKUP = (
    "Officer searched records\nA Surrey Police officer looked up his former partner's "
    "address on police systems in 2021. "
)


def primary(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return next(i for i in ex.incidents if i.mention == "primary")


# --- a proposal denied: "no plans to fine", "has no intention of investigating"


@pytest.mark.parametrize(
    "told",
    [
        "The ICO has no plans to fine the force.",
        "The Information Commissioner's Office has no plans to investigate the loss.",
    ],
)
def test_a_denied_proposal_is_no_inquiry(nlp, told) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, _LOSS + told).action is None
    # negative: a proposal made is the regulator weighing the case
    inc = primary(nlp, _LOSS + "The ICO plans to fine the force.")
    assert (inc.action, inc.regulator) == ("investigation", ICO)


# --- what a denied plan, need or threshold was for


@pytest.mark.parametrize(
    "told",
    [
        "There are no plans for an ICO investigation.",
        "The IOPC said the matter did not meet the threshold for an independent investigation.",
        "The watchdog said there was no need for an investigation by the IOPC.",
    ],
)
def test_the_object_of_a_denied_need_is_not_done(nlp, told) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, _LOOKUP + told).action is None
    # negative: a threshold met, an investigation opened
    inc = primary(
        nlp, _LOOKUP + "The IOPC said the matter met the threshold and opened an investigation."
    )
    assert (inc.action, inc.regulator) == ("investigation", IOPC)


# --- a telling that failed


@pytest.mark.parametrize(
    "told",
    [
        "The force failed to report the breach to the ICO.",
        "The force neglected to report the incident to the Information Commissioner's Office.",
    ],
)
def test_a_failed_telling_is_no_referral(nlp, told) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _LOSS + told)
    assert (inc.action, inc.regulator) == (None, None)
    inc = primary(nlp, _LOSS + "The force reported the breach to the ICO.")
    assert (inc.action, inc.regulator) == ("referral", ICO)


# --- the force's own inquiry next to the regulator told


@pytest.mark.parametrize(
    "told",
    [
        "The ICO has been notified and the force's professional standards department is "
        "investigating.",
        "The Information Commissioner's Office was informed, and detectives are now looking "
        "into how it happened.",
    ],
)
def test_the_force_runs_the_inquiry_next_to_a_regulator_told(nlp, told) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _LOSS + told)
    assert (inc.action, inc.regulator) == ("referral", ICO)
    # negative: the regulator told goes on as the subject of the inquiry
    inc = primary(nlp, _LOSS + "The ICO has been notified and is investigating.")
    assert (inc.action, inc.regulator) == ("investigation", ICO)


# --- a regulator that received a report of the breach


@pytest.mark.parametrize(
    "told",
    [
        "The ICO confirmed it had received a breach report from the force.",
        "The Information Commissioner's Office said it received a notification from Kent "
        "Police last week.",
    ],
)
def test_a_report_received_is_a_referral(nlp, told) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _LOSS + told)
    assert (inc.action, inc.regulator) == ("referral", ICO)
    # negative: a report not received is no referral
    inc = primary(nlp, _LOSS + "The ICO said it had not received a report from the force.")
    assert inc.action is None


# --- passed or forwarded to a regulator


@pytest.mark.parametrize(
    "told",
    [
        "The matter was passed to the Independent Office for Police Conduct.",
        "Surrey Police forwarded the case to the IOPC.",
    ],
)
def test_a_case_passed_to_a_regulator_is_a_referral(nlp, told) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _LOOKUP + told)
    assert (inc.action, inc.regulator) == ("referral", IOPC)
    # negative: the regulator passing it back to the force told nobody
    inc = primary(nlp, _LOOKUP + "The IOPC passed the case back to the force.")
    assert inc.action is None


# --- a sanction only the ICO imposes, told without a regulator


def test_the_sole_issuer_named_elsewhere_beats_another_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Force reprimanded\nSurrey Police has been reprimanded after an officer looked up a "
        "victim's address in 2021. The IOPC investigated the officer, who was later "
        "dismissed. The Information Commissioner's Office said forces must take more care "
        "with personal data."
    )
    inc = primary(nlp, text)
    assert (inc.action, inc.regulator) == ("reprimand", ICO)
    # negative: the sanction's own sentence names who imposed it
    inc = primary(nlp, text.replace("has been reprimanded", "has been reprimanded by the ICO"))
    assert (inc.action, inc.regulator) == ("reprimand", ICO)


# --- descriptions any reporter uses for the regulators


def test_descriptions_of_the_regulators(nlp) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _LOSS + "The privacy regulator has launched an investigation.")
    assert (inc.action, inc.regulator) == ("investigation", ICO)
    inc = primary(nlp, _LOOKUP + "The police complaints watchdog has opened an investigation.")
    assert (inc.action, inc.regulator) == ("investigation", IOPC)
    # the description fits each nation's body: beside the PSNI it is the Police Ombudsman
    text = (
        "Officer searched records\nA PSNI officer looked up his former partner's address in "
        "2021. The police complaints watchdog has opened an investigation."
    )
    assert primary(nlp, text).regulator == "Police Ombudsman for Northern Ireland"
    # "the data protection authority" is the ICO only where the text names the ICO
    told = (
        "The Information Commissioner's Office was told. The data protection authority is "
        "investigating."
    )
    inc = primary(nlp, _LOSS + told)
    assert (inc.action, inc.regulator) == ("investigation", ICO)
    inc = primary(nlp, _LOSS + "The data protection authority is investigating.")
    assert inc.regulator is None
