"""Round 36, branch r36-relevance: is the story about a UK police data breach?

Mechanisms proved here: a force that only speaks ('Kent Police said officers had recovered
the files') while its officers police someone else's loss is not tied to it; 'encourage' is
a word of police advice, like 'urge'; talk passed round on a messaging app ('shared racist
messages in a WhatsApp group') is no disclosure of records; the police defending a practice
('has defended sharing data with the Home Office') is no breach, unless a breach word or a
sanction is in the sentence; a force that only speaks of what 'he' or 'she' did, right after
a sentence introducing an outsider with 'A'/'An' and naming no police, tells that outsider's
deed, while after one naming the force's own person ('A Kent Police constable has been
sacked.') 'Kent Police said he had ...' tells the force's. Every sentence here was written
for these tests.

Also: a disclosure is 'shared among police' only when the police word after it receives it
-- not the force speaking after a comma, nor 'by an officer' who shared it."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def _relevant(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).relevant


@pytest.mark.parametrize(
    "text",
    [
        # the force only speaks, its officers police another body's loss
        "Tenant files found in hedge\n\nA box of files about housing tenants was found in a "
        "hedge in Grimsby. The housing trust said it had told the regulator. Humberside Police "
        "said officers had recovered the box and handed it back to the trust.",
        # advice: 'encourage'
        "Shred your post\n\nGwent Police is encouraging residents to shred letters with "
        "personal information, saying criminals search bins for it.",
        # talk shared on an app
        "Group chat 'disgraceful'\n\nMessages shared by Northumbria Police officers in a "
        "WhatsApp group included racist slurs, the IOPC said. Four officers face hearings.",
        "Hearing over group messages\n\nA Kent Police sergeant will face a gross misconduct "
        "hearing over offensive messages he sent in a WhatsApp group, the IOPC said.",
        # a practice the police stand by
        "Force stands by data deal\n\nNorth Yorkshire Police has defended sharing data about "
        "victims with immigration officials, saying it follows national guidance.",
        # another body's employee, the force only speaking after a comma
        "Clerk passed on files\n\nA council benefits clerk emailed claimants' files to his "
        "cousin, Dorset Police said.",
        # an outsider's deed the force only reports
        "Pharmacist fined\n\nA pharmacist who read the prescriptions of his former partner "
        "has been fined at magistrates' court. Durham Constabulary said he had accessed her "
        "records 25 times.",
    ],
)
def test_not_a_police_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not _relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the force's own loss, recovered by its officers
        "Police papers left in cafe\n\nA folder of witness statements was left in a cafe by a "
        "Suffolk Constabulary detective. Suffolk Constabulary said officers had recovered the "
        "folder and it had reported the loss to the ICO.",
        # 'encourage' after the force's own breach
        "Force asks people to call\n\nNorth Wales Police is encouraging anyone whose "
        "address was exposed in its data breach last week to contact the force.",
        # records passed round on an app
        "Officer shared suspect's mugshot\n\nA Kent Police officer shared a suspect's custody "
        "photograph in a WhatsApp group with his friends, a misconduct panel found.",
        # defending its handling of a breach is still a breach
        "Force defends response\n\nCheshire Constabulary has defended how it dealt with a "
        "leak of victims' names to a local newspaper.",
        # the force speaking after a comma, or an officer sharing, is no recipient: the
        # disclosure is not one between police bodies
        "Custody picture forwarded\n\nA Cumbria Constabulary officer forwarded a suspect's "
        "custody photograph to friends on Snapchat, the force said.",
        "Mugshot leaked\n\nA custody photograph of a man was posted on Facebook by an "
        "officer, Dyfed-Powys Police said.",
        # 'he' after a sentence naming the force's own person, the force speaking of him
        "Constable sacked for searches\n\nA Lincolnshire Police constable has been sacked. "
        "Lincolnshire Police said he had accessed the records of his neighbours without a "
        "policing purpose.",
    ],
)
def test_police_breach_kept(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _relevant(nlp, text)
