"""ConText scopes: an amount or action in a counterfactual, hypothetical, maximum, negated or
proposed scope is no fine and no action; the same words stated as facts are. Paraphrases
written for the mechanism, one positive and one negative per class."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def first(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    assert ex.relevant, ex.relevance_reason
    return ex.incidents[0]


LAPTOP = " after a laptop holding victims' details was stolen."


@pytest.mark.parametrize(
    ("text", "fine", "action"),
    [
        # counterfactual
        ("The ICO reprimanded Norfolk Constabulary rather than imposing a £400,000 penalty"
         + LAPTOP, None, "reprimand"),
        ("The ICO imposed a £400,000 penalty on Norfolk Constabulary rather than a reprimand"
         + LAPTOP, 400_000, "monetary_penalty"),
        ("Norfolk Constabulary was reprimanded" + LAPTOP
         + " The ICO said the fine would otherwise have been £2m.", None, "reprimand"),
        ("Norfolk Constabulary was fined £2m by the ICO" + LAPTOP, 2_000_000, "monetary_penalty"),
        # hypothetical and maxima
        ("Norfolk Constabulary could face a fine of up to £17m" + LAPTOP, None, None),
        ("Norfolk Constabulary faces a £50,000 fine from the ICO" + LAPTOP, None, None),
        ("Norfolk Constabulary was fined £50,000 by the ICO" + LAPTOP, 50_000, "monetary_penalty"),
        ("The ICO reprimanded Norfolk Constabulary, which it can fine up to £17.5 million"
         + LAPTOP, None, "reprimand"),
        # negated
        ("The ICO decided not to fine Norfolk Constabulary" + LAPTOP, None, None),
        ("The ICO decided not to fine Norfolk Constabulary, issuing a reprimand instead"
         + LAPTOP, None, "reprimand"),
        # proposed: the announced amount is kept apart from a final one; the regulator is
        # still weighing the case, its inquiry stage (eval annotation: a notice of intent is
        # an investigation)
        ("The ICO has issued a notice of intent to fine Norfolk Constabulary £300,000" + LAPTOP,
         None, "investigation"),
        ("The ICO intends to fine Norfolk Constabulary £300,000" + LAPTOP, None,
         "investigation"),
        ("The ICO has fined Norfolk Constabulary £240,000, down from the £300,000 it proposed"
         + LAPTOP, 240_000, "monetary_penalty"),
    ],
)  # fmt: skip
def test_modality_decides_fine_and_action(nlp, text: str, fine, action) -> None:
    fact = first(nlp, text)
    assert (fact.fine_amount, fact.action) == (fine, action)


@pytest.mark.parametrize(
    ("text", "regulator"),
    [
        ("Norfolk Constabulary lost a laptop holding victims' details. The ICO was not "
         "involved.", None),
        ("Norfolk Constabulary lost a laptop holding victims' details and informed the ICO.",
         "Information Commissioner's Office"),
        ("Norfolk Constabulary faces action from the ICO after a laptop holding victims' "
         "details was stolen.", None),
        ("Norfolk Constabulary was reprimanded by the ICO after a laptop holding victims' "
         "details was stolen.", "Information Commissioner's Office"),
    ],
)  # fmt: skip
def test_a_regulator_counts_only_when_it_acts_or_is_told(nlp, text: str, regulator) -> None:
    assert first(nlp, text).regulator == regulator


def test_the_scope_ends_at_a_clause_terminator(nlp) -> None:
    doc = nlp("The force could face a fine, but the ICO fined another body £5,000.")
    hypothetical = [s for s in doc.spans["context"] if s.label_ == "hypothetical"]
    assert hypothetical and all("£5,000" not in s.text for s in hypothetical)
    assert any("fine" in s.text for s in hypothetical)


def test_pseudo_triggers_open_no_scope(nlp) -> None:
    doc = nlp("Not only was the data lost, it was also published online.")
    assert not [s for s in doc.spans["context"] if s.label_ == "negated"]


def test_may_the_month_is_no_trigger(nlp) -> None:
    doc = nlp("In May 2018 the force was fined £10,000.")
    assert not doc.spans["context"]
    assert nlp("The force may be fined £10,000.").spans["context"]


def test_a_denied_breach_is_no_breach(nlp) -> None:
    ex = extract(
        Document(text="Norfolk Constabulary said no personal data had been lost or leaked."), nlp
    )
    assert not ex.relevant
    told = extract(
        Document(
            text="Victims were never told about the data breach at Norfolk Constabulary, "
            "where an officer leaked personal details to a friend."
        ),
        nlp,
    )
    assert told.relevant  # the telling is denied, not the breach


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Norfolk Constabulary could face a fine for losing a laptop with victims' details in "
         "2019.", 2019),
        ("Norfolk Constabulary faces a proposed £80,000 penalty over a 2019 breach in which "
         "victims' files were lost.", 2019),
        ("The ICO has issued a notice of intent to fine Norfolk Constabulary £300,000 following "
         "a 2020 breach in which victims' files were lost.", 2020),
    ],
)  # fmt: skip
def test_a_modality_ends_where_the_reason_for_the_act_begins(nlp, text: str, year: int) -> None:
    """The fine may be hypothetical or proposed; the breach it is over happened."""
    fact = first(nlp, text)
    assert (fact.breach_year, fact.fine_amount) == (year, None)


def test_the_proposed_amount_stays_in_its_scope(nlp) -> None:
    doc = nlp("The ICO proposed a £80,000 penalty over a 2019 breach.")
    proposed = [s for s in doc.spans["context"] if s.label_ == "proposed"]
    assert any("£80,000" in s.text for s in proposed)
    assert all("2019" not in s.text for s in proposed)


def test_a_regulator_proposing_an_action_is_dealing_with_the_breach(nlp) -> None:
    """'intends to fine': no fine and no sanction yet, but the regulator is the case's and
    weighing it (an investigation)."""
    fact = first(nlp, "The ICO intends to fine Norfolk Constabulary £300,000" + LAPTOP)
    assert (fact.fine_amount, fact.action, fact.regulator) == (
        None,
        "investigation",
        "Information Commissioner's Office",
    )
    threatened = first(nlp, "Norfolk Constabulary could face a fine from the ICO" + LAPTOP)
    assert threatened.regulator is None


@pytest.mark.parametrize(
    "text",
    [
        "The IOPC directed Norfolk Constabulary to bring misconduct proceedings against an "
        "officer who looked up a neighbour's records without a policing purpose.",
        "The IOPC has recommended that a Norfolk Constabulary officer be disciplined for "
        "looking up a neighbour's records without a policing purpose.",
    ],
)
def test_a_watchdog_directing_or_recommending_investigated_the_case(nlp, text: str) -> None:
    fact = first(nlp, text)
    assert fact.regulator == "Independent Office for Police Conduct"
    assert fact.action == "investigation"
