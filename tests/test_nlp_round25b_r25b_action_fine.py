"""Round 25b (fine, action, regulator) mechanisms, each proved by paraphrases written for it,
positive and negative: a penalty cut on appeal is the fine imposed (a discount for paying
early is what was paid); a fine told as the sentence's subject and then undone ('... has
been quashed') is no fine; a proposal withdrawn leaves what follows it stated ('withdrew its
notice of intent and issued a reprimand instead'); a regulator ordering the force to act is
an enforcement notice; a regulator 'considering its options' is named as dealing with it."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract


def primary(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return next(i for i in ex.incidents if i.mention == "primary")


_ICO = "Information Commissioner's Office"
_FINED = (
    "Lancashire Police was fined £150,000 by the Information Commissioner's Office after "
    "detectives lost a bag of unencrypted discs holding victim interviews in 2016. "
)

# --- a penalty cut on appeal


def test_a_penalty_cut_on_appeal_is_the_fine_imposed(nlp) -> None:  # type: ignore[no-untyped-def]
    for after in (
        "The penalty was later reduced to £50,000 on appeal.",
        "On appeal, a tribunal cut the penalty to £50,000.",
        "After the force appealed, the fine was lowered to £50,000 by a tribunal.",
    ):
        inc = primary(nlp, _FINED + after)
        assert inc.fine_amount == 50_000, after
        assert inc.fine_paid is None, after
    # negative: a discount for paying early -- the full penalty is the fine
    for after in (
        "The penalty was reduced to £120,000 because the force paid early.",
        "The force appealed without success; the fine was cut to £120,000 for early payment.",
    ):
        inc = primary(nlp, _FINED + after)
        assert inc.fine_amount == 150_000, after
        assert inc.fine_paid == 120_000, after


# --- a fine told as the subject, then undone


def test_a_fine_opening_its_sentence_then_quashed_is_no_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "A £95,000 penalty handed to Dyfed-Powys Police by the ICO after a list of informants "
        "was posted online in 2017 has been quashed.",
        "The £95,000 fine imposed on Dyfed-Powys Police by the ICO after a list of informants "
        "was posted online in 2017 was later overturned by a tribunal.",
    ):
        assert primary(nlp, text).fine_amount is None, text
    # negative: the fine stands when something else is undone, or nothing is
    for text in (
        "A £95,000 penalty handed to Dyfed-Powys Police by the ICO after a list of informants "
        "was posted online in 2017 has been upheld.",
        "A £95,000 penalty imposed on Dyfed-Powys Police by the ICO after a list of "
        "informants was posted online in 2017 stands, and the officer's misconduct finding "
        "was later quashed.",
    ):
        assert primary(nlp, text).fine_amount == 95_000, text


# --- a proposal withdrawn


_INTENT = (
    "In 2020 the Information Commissioner's Office said it intended to fine Suffolk "
    "Constabulary £120,000 after an officer emailed a victim's statement to her attacker in "
    "2019. "
)


def test_a_sanction_after_a_withdrawn_proposal_is_stated(nlp) -> None:  # type: ignore[no-untyped-def]
    for after in (
        "The ICO withdrew its notice of intent and issued a reprimand instead.",
        "The regulator later dropped the proposed fine and reprimanded the force instead.",
    ):
        inc = primary(nlp, _INTENT + after)
        assert inc.action == "reprimand", after
        assert inc.fine_amount is None, after
    # negative: a sanction still only proposed stays the regulator weighing it
    for after in (
        "The ICO's notice of intent also said it may issue a reprimand.",
        "The ICO has not withdrawn its notice of intent.",
    ):
        inc = primary(nlp, _INTENT + after)
        assert inc.action == "investigation", after


# --- a regulator's order


def test_a_regulator_ordering_the_force_to_act_is_an_enforcement_notice(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Bedfordshire Police has been ordered by the ICO to improve its data handling after a "
        "list of witnesses was emailed to the wrong person in 2020.",
        "The Information Commissioner's Office has ordered Bedfordshire Police to delete "
        "thousands of custody photographs it kept unlawfully from 2018.",
        "The data watchdog has formally ordered the force to stop recording 999 calls, after "
        "Bedfordshire Police kept recordings unlawfully from 2018.",
    ):
        inc = primary(nlp, text)
        assert inc.action == "enforcement_notice", text
        assert inc.regulator == _ICO
    # negative: an order to pay, a court's order, one threatened, or another body's
    for text, action in (
        (
            "Bedfordshire Police has been ordered by the ICO to pay £40,000 after a list of "
            "witnesses was emailed to the wrong person in 2020.",
            "monetary_penalty",
        ),
        (
            "The ICO said it could order Bedfordshire Police to delete the custody "
            "photographs it kept unlawfully from 2018.",
            None,
        ),
        (
            "The Police Ombudsman has ordered the Police Service of Northern Ireland to "
            "reopen its inquiry after an officer leaked a victim's details in 2020.",
            "investigation",
        ),
    ):
        inc = primary(nlp, text)
        assert inc.action != "enforcement_notice", text
        if action is not None:
            assert inc.action == action, text


# --- a regulator considering its options


def test_a_regulator_considering_its_options_is_named(nlp) -> None:  # type: ignore[no-untyped-def]
    lost = "Norfolk Constabulary left a folder of case papers on a bus in 2021. "
    for after in (
        "The Information Commissioner's Office said it was considering its options.",
        "The ICO is weighing up its options.",
    ):
        inc = primary(nlp, lost + after)
        assert inc.regulator == _ICO, after
    # negative: the force's options are no regulator's dealing
    inc = primary(nlp, lost + "The force said it was considering its options, the ICO noted.")
    assert inc.action is None
