"""Round 17 relevance mechanisms, each proved by paraphrases written for it (positive and
negative): what a system does or will let people do is no act, nor its coordinated verbs; an
indirect question in the present or future ('how long footage is retained') tells no act; a
lead whose breach word is only what the police's advice is about is advice; a force named only
as the agent of policing ('recovered by the police') is not tied to the breach."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract


def _judge(nlp, text: str):  # type: ignore[no-untyped-def]
    return extract(Document(text=text, published=date(2024, 5, 1)), nlp)


def test_verbs_joined_to_what_a_system_will_allow_are_no_acts(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _judge(
        nlp,
        "Force switches on new case system\n\nHampshire Constabulary has begun using a new case "
        "management system for its investigations.\n\nThe force said the system will allow "
        "detectives to search records faster and share information with partner agencies.",
    )
    assert not ex.relevant, ex.relevance_reason
    # positive: the same verbs told as done
    ex = _judge(
        nlp,
        "Detective sacked\n\nA Hampshire Constabulary detective searched records about his "
        "neighbours and shared the information with friends, a misconduct hearing found.",
    )
    assert ex.relevant, ex.relevance_reason


def test_what_a_system_does_in_the_present_is_no_act(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _judge(
        nlp,
        "Evidence portal goes live\n\nWest Mercia Police has launched a portal that lets "
        "officers share witness footage with partner agencies.",
    )
    assert not ex.relevant, ex.relevance_reason
    # positive: a past enabling verb tells what happened
    ex = _judge(
        nlp,
        "Portal flaw\n\nA fault in a West Mercia Police portal allowed members of the public to "
        "view video footage of other people's interviews.",
    )
    assert ex.relevant, ex.relevance_reason


def test_an_indirect_question_in_the_present_tells_no_act(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _judge(
        nlp,
        "Questions over camera footage\n\nDurham Constabulary said it would review how long "
        "footage from body-worn cameras is retained, after campaigners questioned whether "
        "images of people never charged should be kept.",
    )
    assert not ex.relevant, ex.relevance_reason
    # positive: the question asked of something done
    ex = _judge(
        nlp,
        "Footage inquiry\n\nDurham Constabulary has apologised and said it did not yet know "
        "how footage of a woman's arrest from an officer's body-worn camera was leaked to a "
        "newspaper.",
    )
    assert ex.relevant, ex.relevance_reason


def test_a_breach_only_advised_on_is_advice(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _judge(
        nlp,
        "Warning over cold callers promising payouts\n\nPolice in Norfolk are warning "
        "residents about fraudsters who phone people claiming they are owed compensation for a "
        "data breach.\n\nThe callers ask for a fee up front, Norfolk Constabulary said. The "
        "Information Commissioner's Office never rings people to offer compensation, officers "
        "added.",
    )
    assert not ex.relevant, ex.relevance_reason
    # positive: the breach the advice follows is the force's own
    ex = _judge(
        nlp,
        "Data breach at Norfolk police\n\nNorfolk Constabulary is warning people to expect "
        "scam calls after a data breach at the force exposed the phone numbers of 900 crime "
        "victims.",
    )
    assert ex.relevant, ex.relevance_reason


def test_a_force_that_only_recovered_the_stolen_thing_is_not_at_fault(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _judge(
        nlp,
        "Stolen patient laptop found\n\nA laptop holding the records of 800 patients has been "
        "recovered by Dorset Police after it was stolen from a doctor's car.",
    )
    assert not ex.relevant, ex.relevance_reason
    # positive: the force's own laptop, stolen
    ex = _judge(
        nlp,
        "Police laptop stolen\n\nA laptop holding the records of 800 crime victims was stolen "
        "from a Dorset Police officer's car.",
    )
    assert ex.relevant, ex.relevance_reason
