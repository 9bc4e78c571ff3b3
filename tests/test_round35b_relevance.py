"""Round 35b, branch r35b-relevance: is the story about a UK police data breach?

Mechanisms proved here: a look-up done on the open web ('searched online for her address',
'on a people-finder website') is no access to police records; a handing verb's clause runs on
past a relative clause on its object ('sent a spreadsheet of people who had contacted it to a
member of the public'), and a generic word for people with a relative clause after it names
whose data it is; details included or left by mistake in something put out ('the names of
officers were accidentally included in a document') are released by mistake; a publication
as the subject of 'identified' ('a police video identified a child witness') gives a protected
person away with no word of mistake; a police recording (body-worn, custody or dashcam
footage) handed on in the passive is people's data handed on, however long its subject runs;
a force's case told 'separately' after a story naming no force is the force's own news, and
the force's own sanction after a lead about another body keeps the page.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def _relevant(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).relevant


@pytest.mark.parametrize(
    "text",
    [
        "Apology from force\n\nCumbria Constabulary has apologised after sending a spreadsheet "
        "holding the names of people who had rung it to a local businessman.",
        "Callers' details emailed\n\nLeicestershire Police emailed the names of people who had "
        "reported burglaries to a residents' group by mistake.",
        "FOI reply error\n\nThe names of detectives were accidentally included in a document "
        "released under Freedom of Information by Warwickshire Police.",
        "Wrong data in answer\n\nA Freedom of Information answer from Gloucestershire "
        "Constabulary inadvertently included the names of 80 officers.",
        "Clip shared\n\nFootage from a constable's body camera showing a man being restrained "
        "was shared on TikTok, Northamptonshire Police confirmed.",
        "Bodycam leak\n\nBody-worn camera footage of a raid in Grimsby was posted on Instagram, "
        "Humberside Police said.",
        "Post named girl\n\nA Facebook post by Durham Constabulary identified a teenage "
        "witness to a stabbing, the force has admitted.",
        "Video error\n\nA police video identified a young victim of a sexual assault, "
        "Staffordshire Police said.",
        "Officer misused records\n\nA Dorset Police officer looked up a woman's address on the "
        "force's computer and posted it online, a hearing was told.",
        "Watchdog acts twice\n\nThe ICO has fined a housing association £40,000 for leaving "
        "tenants' files in a skip. Separately, Cheshire Constabulary was reprimanded after it "
        "emailed a victim's statement to the man she had accused.",
        "Council fined\n\nThe Information Commissioner's Office has fined a borough council "
        "£70,000 after it posted residents' names online. The council apologised. Separately, "
        "the ICO reprimanded Suffolk Constabulary for sending a witness's address to a suspect.",
    ],
)
def test_police_breach_is_relevant(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Killer found her online\n\nThe court heard the accused had searched online for his "
        "victim's address weeks before. Detective Sergeant Amy Hart of Avon and Somerset Police "
        "thanked the jury.",
        "Stalker sentenced\n\nA man who looked up his ex-wife's new address on a people-finder "
        "website has been jailed, West Mercia Police said.",
        "Feedback survey\n\nSurrey Police sent letters to people who had reported crimes to ask "
        "how they were treated.",
        "Figures wrong\n\nThe force's annual report mistakenly included the wrong crime figures "
        "for Spalding, Lincolnshire Police said.",
        "Council told off\n\nThe ICO reprimanded a council that posted a child's records to the "
        "wrong parent. Separately, Dorset Police has appealed for witnesses to a burglary.",
        "Footage shown in court\n\nBody-worn camera footage of the arrest was shown to the jury "
        "at Swansea Crown Court, South Wales Police said after the verdict.",
    ],
)
def test_not_a_police_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not _relevant(nlp, text)
