"""Round 26b, branch r26b-actions: an amount the force 'faces' is the fine when the same
sentence states the penalty imposed; a regulator that says it will not fine or act dealt
with the breach (its regulator, no action); a formal warning given by the ICO, or a force
told by it that it must improve, is a reprimand. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract

ICO = "Information Commissioner's Office"

_LOSS = (
    "Force admits data breach after files lost\nNorthumbria Police lost a bundle of paper files "
    "holding the personal data of crime victims in 2021, the force has admitted. "
)


def primary(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return next((i for i in ex.incidents if i.mention == "primary"), None)


# --- an amount faced after a penalty stated as imposed


@pytest.mark.parametrize(
    "faced",
    [
        "The force faces an £80,000 bill after the ICO issued a penalty notice.",
        "The force now faces a £80,000 fine after the ICO issued a monetary penalty notice.",
        "The force is facing a £80,000 penalty after being fined by the data watchdog.",
    ],
)
def test_an_amount_faced_after_a_penalty_imposed_is_the_fine(nlp, faced) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _LOSS + faced)
    assert (inc.fine_amount, inc.action) == (80000, "monetary_penalty")


@pytest.mark.parametrize(
    "threat",
    [
        "The force could face an £80,000 fine after the ICO issued a penalty notice.",
        "The force faces an £80,000 fine.",
        "The force will face a £80,000 fine if the ICO issues a penalty notice.",
        "The force faces a £80,000 compensation bill after the ICO issued a reprimand.",
        "The force faces a fine of up to £17 million.",
    ],
)
def test_an_amount_only_threatened_is_no_fine(nlp, threat) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _LOSS + threat)
    assert inc is None or inc.fine_amount is None


# --- a regulator declining to act is the regulator, with no action


@pytest.mark.parametrize(
    "declined",
    [
        "The ICO said it would not fine the force because of the impact on public services.",
        "The ICO said it would not be issuing a fine because of the impact on public services.",
        "The ICO decided not to fine the force.",
        "The ICO decided not to take any further action.",
    ],
)
def test_a_regulator_declining_to_act_is_the_regulator(nlp, declined) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _LOSS + declined)
    assert (inc.regulator, inc.action) == (ICO, None)


@pytest.mark.parametrize(
    "other",
    [
        "Since 2018 the ICO has not fined any police force.",
        "The ICO said it will not fine public bodies except in the most serious cases.",
        "The ICO said the force would not take action against the officer.",
        "The force said it had not told the ICO and would not be fined.",
    ],
)
def test_no_sanction_said_in_general_or_by_another_names_no_regulator(nlp, other) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _LOSS + other)
    assert inc is None or inc.regulator is None


# --- a formal warning given, or a duty to improve told, by the ICO


@pytest.mark.parametrize(
    "rebuke",
    [
        "The force was given a formal warning by the ICO.",
        "The ICO issued the force with a formal warning.",
        "The ICO gave the force a formal warning over the loss.",
        "The force received a formal warning from the ICO.",
        "The force was told by the ICO that it must improve.",
        "The ICO told the force it must improve.",
        "The force was told by the ICO that it needed to improve its handling of files.",
    ],
)
def test_a_formal_warning_or_a_duty_to_improve_is_a_reprimand(nlp, rebuke) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _LOSS + rebuke)
    assert (inc.action, inc.regulator) == ("reprimand", ICO)


@pytest.mark.parametrize(
    "other",
    [
        "An officer was given a formal warning after a misconduct hearing.",
        "An officer was given a formal warning by the force, the ICO said.",
        "The ICO has given a warning to all forces about paper files.",
        "The ICO gave the force a warning that it could be fined.",
        "The force could be given a formal warning by the ICO.",
        "The ICO told the force it must send a copy of its policy.",
    ],
)
def test_discipline_advice_or_a_threat_is_no_reprimand(nlp, other) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _LOSS + other)
    assert inc is None or inc.action != "reprimand"


# --- a regulator asked in the passive: the matter put before it, not its inquiry


IOPC = "Independent Office for Police Conduct"
PIRC = "Police Investigations and Review Commissioner"


@pytest.mark.parametrize(
    ("asked", "regulator"),
    [
        ("The IOPC has been asked to investigate.", IOPC),
        ("The IOPC was asked by the force to investigate the leak.", IOPC),
        ("The IOPC has been called on to investigate.", IOPC),
        (
            "The Police Investigations and Review Commissioner (PIRC) has been asked to review "
            "the case.",
            PIRC,
        ),
    ],
)
def test_a_regulator_asked_in_the_passive_is_a_referral(nlp, asked, regulator) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _LOSS + asked)
    assert (inc.action, inc.regulator) == ("referral", regulator)


@pytest.mark.parametrize(
    "asked",
    [
        "The IOPC was asked by the family to investigate the leak.",
        "The ICO has been urged to launch an inquiry.",
    ],
)
def test_a_regulator_asked_by_others_opens_no_inquiry(nlp, asked) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _LOSS + asked)
    assert inc is None or inc.action != "investigation"


@pytest.mark.parametrize(
    "acting",
    [
        "The Police Investigations and Review Commissioner is investigating.",
        "The IOPC is investigating after being asked to look into the leak.",
    ],
)
def test_a_regulator_acting_still_investigates(nlp, acting) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, _LOSS + acting).action == "investigation"


# --- a body's own report is no telling of the breach


@pytest.mark.parametrize(
    "own",
    [
        "HMICFRS inspectors criticised the force's record keeping in a report last year.",
        "The force's data handling was criticised in an HMICFRS inspection report in 2019.",
    ],
)
def test_a_bodys_own_report_makes_it_no_regulator(nlp, own) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _LOSS + own)
    assert inc is None or inc.regulator is None


@pytest.mark.parametrize(
    "made",
    [
        "The force made a report to the ICO.",
        "The ICO said it had received a report from the force.",
        "The force has submitted a report to the ICO.",
    ],
)
def test_a_report_made_to_a_regulator_is_still_a_referral(nlp, made) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, _LOSS + made)
    assert (inc.action, inc.regulator) == ("referral", ICO)
