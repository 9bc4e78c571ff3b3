"""Round 34, branch r34-relevance: is the story about a UK police data breach?

Mechanisms proved here: a one-word data cue in a past verb form right after an auxiliary
('has been named by the police') is an act, not data lost; a thing that held people's data
in one sentence and is lost in the next is a loss of their data, in either order; data
breaches a force reported or recorded ('were reported by Kent Police') are its own, not a
crime it investigates; the records of people a force arrested, lost or exposed right after
its name, are the force's; a person right after 'missing' went missing, no records did; a
force told of a breach alongside the regulator ('had told Wiltshire Police and the ICO') only
received it; a pair's data object naming a field ('data protection training') reaches no
data. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def _relevant(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).relevant


@pytest.mark.parametrize(
    "text",
    [
        "Papers picked up\n\nPolice documents containing the names of suspects were "
        "picked up by a passer-by in Stockport. Greater Manchester Police said the papers had been "
        "lost by an officer.",
        "Breaches logged\n\nAbout 180 data breaches were reported by Norfolk Constabulary over "
        "four years, according to a freedom of information request.",
        "Youths' records shared\n\nThe details of teenagers arrested by Avon and Somerset "
        "Police were mistakenly shared with a third party, the force said.",
    ],
)
def test_police_breach_told_plainly_is_relevant(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Man named after court appearance\n\nA 41-year-old man charged with burglary has been "
        "named by Dorset Police. He was remanded in custody by magistrates in Poole.",
        "Staff to get data protection training\n\nEvery officer at Leicestershire Police will "
        "go on a new course on handling personal details, the force has announced.",
        "Break-ins up\n\nMore than 300 burglaries were reported by Essex Police last winter, "
        "and the force urged residents to lock sheds.",
        "Wallet stolen\n\nA wallet holding bank cards and a driving licence was stolen from a "
        "car in Truro. Devon and Cornwall Police is appealing for witnesses.",
        "Missing pensioner's photo released\n\nNorfolk Police has released the name and a "
        "photograph of a missing pensioner from Thetford so that the public can help find her.",
        "Pupils' details stolen\n\nHackers stole the personal details of pupils at an academy "
        "in Swindon, which said it had told Wiltshire Police and the ICO.",
    ],
)
def test_police_news_without_a_police_breach_is_not_relevant(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not _relevant(nlp, text)
