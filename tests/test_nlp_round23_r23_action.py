"""Round 23, branch r23-action: an inquiry asked of a regulator is no inquiry ("campaigners
called on the ICO to investigate"), unless the force asks it (its referral); findings whose
content is the closing itself ("which concluded that no further action was required") are no
inquiry's findings; a closing told with "it"/"they" standing for the regulator named first in
the sentence before; a regulator closing the matter in its own quoted words, named only as
the speaker after them; closing words aimed at one of the force's people ("no further action
will be taken against the officer") close no regulator's matter. Every sentence here was
written for these tests."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract

_LOSS = "Cumbria Constabulary lost a laptop holding victims' statements in 2021. "
_ICO = "Information Commissioner's Office"


def primary(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=_LOSS + text), nlp)
    return next(i for i in ex.incidents if i.mention == "primary")


# --- an inquiry asked of a regulator


def test_an_inquiry_asked_by_others_is_no_action(nlp):
    for tail in (
        "Privacy campaigners have called on the ICO to investigate the loss.",
        "The opposition has asked the data watchdog to launch an inquiry.",
    ):
        inc = primary(nlp, tail)
        assert inc.action is None
        assert inc.regulator is None


def test_an_inquiry_asked_by_the_force_is_its_referral(nlp):
    inc = primary(nlp, "The force has asked the ICO to look into the loss.")
    assert (inc.regulator, inc.action) == (_ICO, "referral")
    # asked, and then opened: the regulator's own inquiry
    inc = primary(
        nlp, "After the victims called on the ICO to investigate, the watchdog opened an inquiry."
    )
    assert inc.action == "investigation"


# --- findings that are the closing itself


def test_concluding_no_further_action_is_a_closing(nlp):
    for tail in (
        "The loss was reported to the ICO, which concluded that no further action was required.",
        "The force referred the matter to the data watchdog, which found no further action "
        "was necessary.",
    ):
        inc = primary(nlp, tail)
        assert inc.regulator == _ICO
        assert inc.action is None
    # findings of substance stay an inquiry's
    inc = primary(nlp, "The ICO looked into the loss and found the force had broken the law.")
    assert inc.action == "investigation"


# --- "it" standing for the regulator of the sentence before


def test_pronoun_for_the_regulator_named_before_closes(nlp):
    for tail in (
        "The loss was reported to the Information Commissioner's Office. It decided to take no "
        "further action.",
        "The ICO was informed of the loss. They later decided to take no further action.",
    ):
        inc = primary(nlp, tail)
        assert inc.regulator == _ICO
        assert inc.action is None
    # "it" after a sentence whose subject is the force is the force
    inc = primary(
        nlp, "The force told the ICO about the loss. It said no further action would be taken."
    )
    assert inc.action == "referral"


# --- a regulator closing in its own quoted words


def test_quoted_closing_names_its_speaker(nlp):
    inc = primary(
        nlp, '"Having reviewed the case we decided not to take any further action," the ICO said.'
    )
    assert inc.regulator == _ICO
    assert inc.action is None


# --- closing words aimed at a person


def test_closing_against_an_officer_is_not_the_regulators(nlp):
    inc = primary(
        nlp,
        '"We reported the loss to the ICO and no further action will be taken against the '
        'officer," a force spokesman said.',
    )
    assert (inc.regulator, inc.action) == (_ICO, "referral")
    # against the force: the regulator's closing
    inc = primary(nlp, "The loss was reported to the ICO, which took no further action.")
    assert inc.action is None


# --- a regulator's officer speaking for it, named by title


def test_regulators_officer_quoted_speaks_for_it(nlp):
    inc = primary(
        nlp,
        'ICO head of investigations Sam Price said: "We have issued a reprimand to the force."',
    )
    assert (inc.regulator, inc.action) == (_ICO, "reprimand")
    text = (
        "Sussex Police shared a victim's address with her former partner in 2021. IOPC "
        'regional director Jo Hart said: "We found the officer shared the address without any '
        'legitimate reason."'
    )
    inc = next(i for i in extract(Document(text=text), nlp).incidents if i.mention == "primary")
    assert (inc.regulator, inc.action) == ("Independent Office for Police Conduct", "investigation")
    # a force's officer quoted after the regulator is named: the force's words
    inc = primary(
        nlp,
        'The ICO was informed, and Chief Constable Jane Ray said: "We found the files in a car."',
    )
    assert inc.action == "referral"


# --- a telling still to come


def test_a_telling_to_come_is_no_referral(nlp):
    for tail in ("The force said it would notify the ICO.",):
        assert primary(nlp, tail).action is None
    # the future in the progressive is a dealing in hand (round 43b): a referral
    tail = "A spokesman said the force will also be informing the data watchdog."
    assert primary(nlp, tail).action == "referral"
    # done: a referral
    assert primary(nlp, "The force said it had notified the ICO.").action == "referral"
