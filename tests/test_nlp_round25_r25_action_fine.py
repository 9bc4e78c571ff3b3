"""Round 25 (fine, action, regulator) mechanisms, each proved by paraphrases written for it,
positive and negative: a fine undone after it was imposed (withdrawn, quashed, overturned)
is no fine imposed; a regulator that only weighed a breach in one sentence and closed it,
as 'it', in the next took no action; a breach logged or lodged with a regulator is its
referral."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract


def primary(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return next(i for i in ex.incidents if i.mention == "primary")


_FINED = (
    "Essex Police was fined £90,000 by the Information Commissioner's Office after a laptop "
    "holding witness statements was stolen from a car in 2018. "
)

# --- a fine undone after it was imposed


def test_a_fine_withdrawn_or_quashed_is_no_fine_imposed(nlp) -> None:  # type: ignore[no-untyped-def]
    for after in (
        "The penalty was later withdrawn after the force appealed.",
        "The fine was overturned by a tribunal in 2021.",
        "In 2021 a tribunal quashed the £90,000 penalty.",
        "By then the tribunal had quashed the penalty.",
        "The Information Commissioner later rescinded the monetary penalty.",
        "The force has since had its penalty cancelled.",
    ):
        inc = primary(nlp, _FINED + after)
        assert inc.fine_amount is None, after
        assert inc.regulator == "Information Commissioner's Office"
    # negative: a fine only appealed, asked to be undone, or not undone stands
    for after in (
        "The force has appealed and hopes to have the fine overturned.",
        "The force asked a tribunal to quash the fine.",
        "The fine was not overturned on appeal.",
        "The force's appeal was withdrawn last month.",
        "An appeal against the fine was dismissed.",
    ):
        assert primary(nlp, _FINED + after).fine_amount == 90000, after


# --- weighed in one sentence, closed as "it" in the next

_LOST = "Cumbria Constabulary lost a memory stick of witness statements in 2021. "


def test_weighed_then_closed_in_the_next_sentence_is_no_action(nlp) -> None:  # type: ignore[no-untyped-def]
    for rest in (
        "The data watchdog assessed the loss. It concluded no further action was needed.",
        "The ICO reviewed the report. It decided to take no further action.",
    ):
        inc = primary(nlp, _LOST + rest)
        assert inc.action is None, rest
        assert inc.regulator == "Information Commissioner's Office"
    # negative: a sanction next, not a closing
    text = _LOST + "The ICO reviewed the report. It later issued the force with a reprimand."
    assert primary(nlp, text).action == "reprimand"
    # the next sentence's closing is the force's, not the regulator's
    text = _LOST + (
        "The ICO reviewed the report. The force said it would take no further action "
        "against the officer."
    )
    assert primary(nlp, text).action == "investigation"
    # an inquiry of its own, not a weighing, stays an inquiry (as in one sentence)
    text = _LOST + "The ICO investigated the loss. It took no further action."
    assert primary(nlp, text).action == "investigation"


# --- logged or lodged with a regulator: told of it

_SENT = "Suffolk Constabulary emailed a victim's new address to her former partner in 2022. "


def test_a_breach_logged_with_the_regulator_is_a_referral(nlp) -> None:  # type: ignore[no-untyped-def]
    for rest in (
        "The breach was logged with the Information Commissioner's Office.",
        "The force lodged a breach report with the data watchdog.",
    ):
        inc = primary(nlp, _SENT + rest)
        assert inc.action == "referral", rest
        assert inc.regulator == "Information Commissioner's Office"
    # negative: "with the regulator" in other senses, or a logging not done
    for rest in (
        "The force is registered with the ICO.",
        "The force failed to log the breach with the ICO.",
        "The force worked with the ICO on new guidance.",
    ):
        assert primary(nlp, _SENT + rest).action is None, rest
