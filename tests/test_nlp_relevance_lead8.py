"""Relevance mechanisms added by the lead in round 8, each with positive and negative
paraphrases: a thing 'belonging to' a force is the force's, and a loss told in one sentence
with what it held told in the next is a breach of people's data."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract


def _judge(nlp, text: str):  # type: ignore[no-untyped-def]
    return extract(Document(text=text, published=date(2024, 3, 1)), nlp)


def test_a_thing_belonging_to_a_force_is_the_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _judge(
        nlp,
        "Police tablet stolen. A tablet belonging to Durham Constabulary was stolen from an "
        "unmarked car, and it held the personal details of 60 witnesses.",
    )
    assert ex.relevant
    assert [i.force for i in ex.incidents] == ["Durham Constabulary"]
    # negative: a thing handed to the force is still the force receiving it
    ex = _judge(
        nlp,
        "Tablet handed in. A cleaner handed a tablet holding the personal details of 60 "
        "customers of a gym to Durham Constabulary.",
    )
    assert not ex.relevant


def test_what_a_lost_thing_held_may_be_told_in_the_next_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _judge(
        nlp,
        "Memory stick missing. A memory stick was lost by a Gwent Police officer on a train "
        "in January. It contained the addresses of 35 informants.",
    )
    assert ex.relevant
    assert [(i.force, i.breach_type) for i in ex.incidents] == [
        ("Gwent Police", "loss_or_theft_of_device")
    ]
    # negative: the next sentence says it held nothing of anyone's
    ex = _judge(
        nlp,
        "Memory stick missing. A memory stick was lost by a Gwent Police officer on a train "
        "in January. The force said it held no personal information.",
    )
    assert not ex.relevant
    # negative: a sentence in between breaks the link
    ex = _judge(
        nlp,
        "Memory stick missing. A memory stick was lost by a Gwent Police officer on a train "
        "in January. The officer was travelling to a conference. A colleague's bag contained "
        "the addresses of 35 informants.",
    )
    assert not ex.relevant
