"""Round 37, branch r37-relevance: is the story about a UK police data breach?

Mechanisms proved here: someone getting into where the force keeps records ('broke into
Hampshire Constabulary's computer network', 'logged into a Dorset Police email account',
'accessed the mailboxes of several Kent Police staff') is the force's breach, whoever got in,
while getting in only tried ('tried to break into ...', 'staff trained to spot hackers trying
to get into the force's network') is none; the force's own systems said not to be reached
('Its systems have not been compromised') deny a breach of the police's; a thing named with
an article ('received a copy of', 'an email') is no deed of the person before it; a thing
lost that 'included' people's details carried them; an FOI release told as a mistake is a
breach, not how the reporter got the story; a force only speaking, right after a sentence
whose doer is someone of another trade ('A pharmacist looked at ...'), speaks as the police;
a regulator told and then the force ('reported itself to the ICO and told Kent Police') makes
the force a recipient; what the police's own people 'can' do is a practice, and so is what
staff 'who view files' generally face, or what 'access to records is logged' says; another
body telling of 'its client records', the force only 'received a report', and a firm
'working closely with' the force, leave the loss the body's.
Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def _relevant(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).relevant


@pytest.mark.parametrize(
    "text",
    [
        # outsiders reaching the force's own stores
        "Network breached\n\nAn organised gang hacked into Hampshire Constabulary's computer "
        "network and took copies of staff files, the force said.",
        "Mailboxes reached\n\nOnline criminals accessed the mailboxes of several Kent Police "
        "staff last year, the force has admitted.",
        "Inbox entered\n\nA stranger logged into a Dorset Police email account and read "
        "messages about ongoing cases in 2022.",
        "Intruders\n\nIntruders accessed the internal network of Staffordshire Police for a "
        "month before anyone noticed the breach.",
        "Force email compromised\n\nCriminals locked Lancashire Constabulary's computer files "
        "and demanded money to unlock them, the force has said. Personal details may have "
        "been copied.",
        # a thing given to someone, not their deed
        "Statement mix-up\n\nA man received a copy of another woman's witness statement "
        "after it was attached to an email from Cheshire Constabulary.",
        # a lost thing that included people's details
        "Folder gone\n\nNorth Yorkshire Police misplaced a folder of case papers last year. "
        "The folder included statements from victims of burglary.",
    ],
)
def test_relevant(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # getting in only tried
        "Attack blocked\n\nHackers tried to break into the West Mercia Police computer "
        "network last month but were stopped, and nothing was taken, the force said.",
        "Spotting hackers\n\nNorfolk Constabulary staff are being taught to spot emails from "
        "criminals trying to get into the force's network.",
        # the force's systems said not reached
        "Bogus messages\n\nTexts claiming to come from Sussex Police and asking people to "
        "confirm their personal details are fake, the force said. Its systems have not been "
        "compromised.",
        # another trade's person, the force speaking as the police
        "Pharmacy records\n\nA pharmacist looked at the prescriptions of dozens of customers "
        "without reason. Devon and Cornwall Police said it had received a report and "
        "inquiries were continuing.",
        # a regulator told, then the force
        "Agency blunder\n\nA letting agency accidentally emailed the bank details of 200 "
        "tenants to a landlord. It reported itself to the ICO and told Essex Police.",
        # what the police's own people can do
        "Records on the go\n\nOfficers in Dyfed-Powys Police can now access the force's "
        "records system from their tablets.",
        # a practice in the generic present, among a new system's news
        "Case files go digital\n\nGwent Police has moved its case papers to a new digital "
        "system, cutting delays. A data protection impact assessment was sent to the "
        "Information Commissioner's Office. The force said access to records is logged, and "
        "employees who view files without a policing reason face the sack.",
        # another body's own records, the force told of it and helping
        "Vet practice hacked\n\nThe veterinary group said hackers had copied its client "
        "records in April. It has informed the Information Commissioner's Office. "
        "Northamptonshire Police confirmed it had received a report and its cyber team was "
        "making enquiries.",
        "Opticians attacked\n\nA chain of opticians has told customers their records may "
        "have been taken by hackers. The firm said it was working closely with Lincolnshire "
        "Police and had notified the Information Commissioner's Office.",
    ],
)
def test_not_relevant(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _relevant(nlp, text)
