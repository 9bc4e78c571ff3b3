"""Round 35, branch r35-relevance: is the story about a UK police data breach?

Mechanisms proved here: a negation that is part of a breach cue's own words ('had no
policing reason to view her records') denies a justification, not the breach; an advice
word closing the sentence as its attribution (', Kent Police has warned.') makes the whole
clause before it the warning's content, so a company's breach told there is what the police
warn of; data or a breach owned by another body in the possessive ('a housing association's
tenant records') is placed at that body, so police investigating it only police it; another
person's data handed over ('sent a woman another person's personal data') is a breach with no
destination named, as is 'sent a man the details of another person', while 'released
another image' or 'released details of another man charged' (one more) is none. Every sentence here
was written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def _relevant(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).relevant


@pytest.mark.parametrize(
    "text",
    [
        "Constable sacked over former girlfriend\n\nA Lancashire Police constable has been "
        "dismissed after checking his former girlfriend on force computers 30 times. A "
        "misconduct panel heard he had no policing reason to view her records.",
        "Home addresses leaked\n\nThe home addresses of officers were leaked in a data breach at "
        "Kent Police, the force has warned.",
        "Wrong data sent\n\nLancashire Police sent a woman another person's personal data in "
        "response to her subject access request.",
        "Disclosure error\n\nMerseyside Police sent a man the details of another person who had "
        "reported a crime.",
        "Force's files stolen\n\nThe force's files on 900 suspects were stolen from a van, with "
        "Cheshire Constabulary investigating the theft.",
    ],
)
def test_police_breach_is_relevant(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bank customers targeted\n\nFraudsters are using details taken in a building "
        "society's data breach to cold-call customers, Kent Police has warned. Officers said "
        "no one should give their PIN over the phone.",
        "Shoppers phoned by criminals\n\nCriminals are calling people using details stolen in an "
        "online retailer's data breach, Devon and Cornwall Police has warned.",
        "Tenants' records taken\n\nA housing association's tenant records were stolen by "
        "hackers, with Humberside Police investigating the attack.",
        "New image released\n\nPolice have released another CCTV image of a man they want to "
        "speak to after a burglary in Lewes. Sussex Police said he may have information.",
        "Another man charged\n\nPolice have released details of another man charged over the "
        "riot in Hartlepool, Cleveland Police said.",
        "Pupils' files stolen\n\nA school's pupil records were stolen by hackers, with Avon and "
        "Somerset Police investigating.",
    ],
)
def test_other_bodys_breach_is_not_relevant(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not _relevant(nlp, text)
