"""Round 26, branch r26-relevance: a letter or email meant for a victim or witness and sent
to someone else; a bare 'police' owning the breach in a headline ('Police email exposes
...', 'leaked in police data breach'); and a force appealing against a ruling, whose
headline 'appeal' is no appeal to the public. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract
from extract.rules import relevance
from extract.sentences import split_sentences


def relevant(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).relevant


# --- meant for one person, sent to another


@pytest.mark.parametrize(
    "text",
    [
        "Force apologises\nThe force apologised after a letter meant for a victim was sent to "
        "her former partner. Northumbria Police said it was reviewing its procedures.",
        "Police apologise\nDevon and Cornwall Police has apologised after a letter intended "
        "for a domestic abuse victim was posted to the man she had reported.",
        "Police apology\nA letter meant for a rape victim was sent to the man she accused, "
        "Gwent Police has admitted.",
        "Force says sorry\nCumbria Constabulary said sorry after a letter intended for a "
        "witness was delivered to the suspect's home.",
    ],
)
def test_a_letter_meant_for_a_victim_sent_elsewhere_is_a_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police letter\nA letter from Kent Police meant for residents was sent out last week, "
        "reminding them of the new parking rules.",
        "Police letters\nLetters meant for victims of the burglaries were sent to them last "
        "week by Norfolk Constabulary to offer support.",
        "Police letter\nA letter meant for a victim was sent to her last week by Durham "
        "Constabulary.",
        "Parcel mix-up\nA parcel meant for a resident was delivered to the wrong house in "
        "Leeds, and West Yorkshire Police were called when a row broke out.",
    ],
)
def test_sent_to_whom_it_was_meant_for_or_no_message_is_no_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


# --- "police" owning the breach in a headline


@pytest.mark.parametrize(
    "text",
    [
        "Police email exposes witnesses' addresses\nThe email was sent on Friday. "
        "Staffordshire Police said it had contacted everyone affected.",
        "Witnesses' details leaked in police data breach\nThe list was shared on Friday. Kent "
        "Police said it had contacted everyone affected.",
    ],
)
def test_a_headline_police_breach_is_the_forces(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police investigate data breach at council\nThe breach was discovered on Friday. Kent "
        "Police said it had contacted everyone affected.",
        "Council data breach: police called in\nA council accidentally published the addresses "
        "of 200 tenants online. Sussex Police said it was aware.",
        "Police hacker jailed\nA man who hacked into a council's computer network has been "
        "jailed. Essex Police said the sentence sent a strong message.",
        "Police data protection advice for small businesses\nKent Police is running workshops "
        "on keeping customer records safe.",
    ],
)
def test_police_doing_something_about_anothers_breach_stays_out(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


# --- an appeal against a ruling is no appeal to the public

_CONTESTS = [
    "Force appeals against data fine\nKent Police is appealing to the Information Rights "
    "Tribunal against a penalty after officers left case files on a train.",
    "Kent Police appeal\nKent Police is appealing to the Information Rights Tribunal against "
    "a penalty after officers left case files on a train.",
    "Kent Police appeal\nKent Police is appealing against the decision after officers left "
    "case files on a train.",
    "Kent Police to appeal\nKent Police said it would appeal to the Court of Appeal after "
    "officers left case files on a train.",
]


@pytest.mark.parametrize("text", _CONTESTS)
def test_appealing_against_a_penalty_is_no_police_appeal(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police appeal\nKent Police is appealing to people attending the court to protect "
        "their personal details after officers left case files on a train.",
        "Police appeal\nKent Police is appealing against complacency after officers left "
        "case files on a train.",
        "Police appeal for witnesses\nKent Police is appealing for witnesses after officers "
        "left case files on a train.",
    ],
)
def test_an_appeal_to_the_public_stays_advice(nlp, text) -> None:  # type: ignore[no-untyped-def]
    sents = split_sentences(nlp(text))
    assert relevance.is_advice(sents, sents)
