"""Round 19, branch r19-fine: a ConText scope opened inside a relative clause set off by
commas ends at the comma that closes it ("Kent Police, which had faced a larger fine, was
fined ..."); "to pay the sum of £X" is still what was ordered; a conditional told with
"would ... if" makes what would happen hypothetical. Every sentence here was written for
these tests."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract

_LOSS = "Kent Police left a folder of witness statements on a bus in 2021. "


def primary(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return next(i for i in ex.incidents if i.mention == "primary")


def scopes(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [(s.text, s.label_) for s in doc.spans["context"]]


# --- a relative clause's scope ends at its closing comma


def test_threat_in_a_relative_clause_leaves_the_main_clause_fine(nlp):
    text = _LOSS + (
        "The force, which had been threatened with a £250,000 penalty, was fined £90,000 by "
        "the Information Commissioner's Office."
    )
    assert primary(nlp, text).fine_amount == 90_000
    could = _LOSS + (
        "Kent Police, which could have faced a £250,000 penalty, was fined £90,000 by the "
        "Information Commissioner's Office."
    )
    assert primary(nlp, could).fine_amount == 90_000


def test_relative_clause_scope_still_covers_its_own_words(nlp):
    # the threatened sum itself stays hypothetical
    text = (
        "The force, which could face a fine of £250,000, was reprimanded by the Information "
        "Commissioner's Office."
    )
    found = scopes(nlp, text)
    assert ("a fine of £250,000", "hypothetical") in found
    assert not any("reprimanded" in s for s, _ in found)
    # a clause with no relative pronoun keeps its scope across a comma
    plain = "The force could face a fine of £250,000, a spokesman for the regulator said."
    assert any("spokesman" in s and c == "hypothetical" for s, c in scopes(nlp, plain))
    # a threat in the main clause is no fine
    threat = _LOSS + (
        "The force, which lost the folder, could face a £250,000 penalty from the Information "
        "Commissioner's Office."
    )
    assert primary(nlp, threat).fine_amount is None


# --- "to pay the sum of £X"


def test_ordered_to_pay_the_sum_of_is_the_fine(nlp):
    active = _LOSS + (
        "The Information Commissioner's Office ordered Kent Police to pay the sum of £70,000."
    )
    assert primary(nlp, active).fine_amount == 70_000
    passive = _LOSS + (
        "The constabulary was ordered to pay a total of £70,000 by the Information "
        "Commissioner's Office."
    )
    assert primary(nlp, passive).fine_amount == 70_000
    # ... but not compensation, nor a court's order
    damages = _LOSS + (
        "The force was ordered to pay the sum of £3,000 in compensation to the witness, the "
        "Information Commissioner's Office said."
    )
    assert primary(nlp, damages).fine_amount is None
    court = _LOSS + (
        "A county court ordered the force to pay the sum of £3,000 after the Information "
        "Commissioner's Office reprimanded it."
    )
    assert primary(nlp, court).fine_amount is None


# --- "would ... if": a conditional, not a fact


def test_would_investigate_if_is_hypothetical(nlp):
    text = _LOSS + (
        "The Information Commissioner's Office said it would investigate if it received a "
        "complaint from one of the witnesses."
    )
    assert primary(nlp, text).action is None
    fine = _LOSS + (
        "The Information Commissioner's Office said it would fine the force £70,000 if the "
        "folder was not recovered."
    )
    assert primary(nlp, fine).fine_amount is None
    # a stated act, a discount "if paid early", a later conditional: all kept
    said = _LOSS + "The Information Commissioner's Office said it would investigate the loss."
    assert primary(nlp, said).action == "investigation"
    # a discount for paying early is the amount paid, "if" or not
    early = _LOSS + (
        "The Information Commissioner's Office fined the force £90,000, reduced to £72,000 if "
        "paid within 28 days."
    )
    found = primary(nlp, early)
    assert (found.fine_amount, found.fine_paid) == (90_000, 72_000)
    # a conditional later in the sentence leaves the fine already imposed alone
    later = _LOSS + (
        "The Information Commissioner's Office fined the force £90,000 and said it would act "
        "again if the force did not improve."
    )
    assert primary(nlp, later).fine_amount == 90_000


# --- a force's name inside another body's name


def fines(nlp, text: str) -> list[int]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return sorted({i.fine_amount for i in ex.incidents if i.fine_amount is not None})


_REPRIMAND = (
    "Essex Police was reprimanded by the Information Commissioner's Office after staff sent "
    "a list of 200 witnesses to the wrong address in 2022. "
)


def test_body_whose_name_holds_a_force_name_is_not_the_force(nlp):
    text = _REPRIMAND + "The Essex Police, Fire and Crime Commissioner was also fined £12,000."
    assert fines(nlp, text) == []
    # the force itself, or two forces joined by "and", are still fined
    own = _REPRIMAND + "Essex Police was also fined £12,000."
    assert fines(nlp, own) == [12_000]
    pair = (
        "Staff sent a list of 200 witnesses to the wrong address in 2022. Essex Police and "
        "Kent Police were each fined £12,000 by the Information Commissioner's Office."
    )
    assert fines(nlp, pair) == [12_000]
    # a headline in title case capitalises the verb after the force's name
    headline = "Essex Police Fined £12,000 Over Witness List. " + _REPRIMAND
    assert 12_000 in fines(nlp, headline)
