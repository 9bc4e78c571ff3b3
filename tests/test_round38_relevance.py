"""Round 38, branch r38-relevance: is the story about a UK police data breach?

Shapes read in real published reports (misconduct outcomes, local press, joint-force
leaks, another body's breach the police look into), written here in new words:
forces listed together before the breach word ('Norfolk and Suffolk Police data breach')
share it; an officer who is the subject of the act ('PC Amy Lowe, who was based in Stroud,
accessed police records ...') is the force's, on a page naming no other force, though the
sentence names none; a loss named as another body's with 'at' or 'by' after it ('Loss of
records at NHS trust', 'Leak of pupil data by academy trust') is that body's, the police
only investigating; a force told after the regulator with a verb of its own ('referred the
breach to the ICO, and involved Thames Valley Police') is a recipient; a cue nested in a
larger one told only as possible ('could be retained for longer than necessary') is no act;
the Scottish Biometrics Commissioner is its own body, and it and the Biometrics and
Surveillance Camera Commissioner audit practice, as the conduct regulators do.
Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def _run(nlp, text: str):  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp)


RELEVANT = [
    # forces listed before the breach word
    "Witnesses named in Norfolk and Suffolk Police data leak\n\nNames and addresses of about "
    "300 witnesses were left in spreadsheets the two forces published online last spring.",
    "Victims hit by Surrey, Sussex and Kent Police data breach\n\nDetails of 600 people were "
    "included in files sent to a researcher, the three forces said.",
    "Officers' home addresses exposed in Cheshire and Merseyside Police breach\n\nA shared "
    "system wrongly showed staff addresses to members of the public for two days in 2022.",
    # an officer as the doer, the force named only elsewhere
    "Constable dismissed after misconduct hearing\n\nPC Amy Lowe, who was based in Stroud, "
    "accessed police records twelve times to look up her neighbours without a lawful policing "
    "purpose.\n\nA spokesperson for Gloucestershire Constabulary said the force would not "
    "tolerate such conduct.",
    "Officer barred from policing\n\nAn officer has been dismissed without notice.\n\nThe "
    "detective looked up the address of his former partner on the police national computer on "
    "four occasions in 2021, the panel heard.\n\nGloucestershire Constabulary said it expected "
    "the highest standards.",
    "Sergeant sacked\n\nA serving sergeant searched police databases for details of a man his "
    "daughter was dating, a hearing was told.\n\nDeputy Chief Constable Sarah Holt of Durham "
    "Constabulary said the public rightly expect data to be kept safe.",
    "PC sacked over record checks\n\nA police constable viewed the records of people linked to "
    "his brother's criminal case without any policing reason.\n\nThe panel found gross "
    "misconduct proven. Kent Police said the officer had been dismissed.",
    "Records checks\n\nA detective constable looked up her ex-husband's new partner on police "
    "systems.\n\nShe was given a final written warning. Cleveland Police said she had breached "
    "data protection law.",
    "Constable dismissed and barred\n\nAn officer has been dismissed without notice after a "
    "hearing.\n\nPC Owen Hart, who was based in Cheltenham, accessed police data systems five "
    "times to view records about a woman he had met, without a lawful policing purpose.\n\nHe "
    'later admitted it but lied about how often.\n\nThe chair said: "When this happens at '
    'Gloucestershire Constabulary, we act swiftly."',
    # controls
    "Kent Police fined over lost files\n\nKent Police has been fined £100,000 by the ICO after "
    "files about 40 victims were lost in 2020.",
    "Force apologises for data breach\n\nNorthumbria Police has apologised after an email "
    "containing the names of 30 suspects was sent to a farm watch group in error.\n\nThe force "
    "has told the ICO.",
]

IRRELEVANT = [
    # another body's loss, named as its own, the police investigating
    "Leak of pupil data by academy trust under investigation\n\nEssex Police is investigating "
    "the loss of pupils' records after the files were found in a skip.\n\nThe trust said it had "
    "written to every family.",
    "Loss of data at NHS trust most likely deliberate, say police\n\nA police inquiry found that "
    "a missing file of maternity records was most likely deleted on purpose.\n\nDerbyshire "
    "Constabulary launched an investigation into the loss of the file at the hospital trust.",
    "Loss of records at care home most likely theft, say police\n\nKent Police launched an "
    "investigation into the loss of the paper files at the Oakfield care home in Ashford.\n\n"
    "Detectives said the files had most likely been taken by a former employee.",
    "Breach at surgery investigated\n\nA data breach at a GP surgery in Harlow is being looked "
    "into by Essex Police after patient notes were found in a car park.",
    # a body that told the regulator and then the force
    "Council apologises for data breach\n\nThe borough council has apologised after residents' "
    "email addresses were exposed in a newsletter.\n\nThe council reported the breach to the "
    "Information Commissioner's Office and informed Lancashire Constabulary.",
    "School data breach\n\nA secondary school sent the exam results of 200 pupils to every "
    "parent by mistake.\n\nThe school said it had referred the matter to the ICO, and involved "
    "Thames Valley Police.",
    "Charity breach\n\nA charity emailed the names of its service users to a supplier in "
    "error.\n\nIt notified the ICO and has also contacted Avon and Somerset Police.",
    # biometrics oversight; retention only feared
    "Biometrics report\n\nThe Biometrics and Surveillance Camera Commissioner has published his "
    "annual report on the use of DNA and fingerprints by forces in England and Wales.\n\nHe "
    "praised the Metropolitan Police for its handling of deletion requests.",
    "Retention review\n\nPolice Scotland is reviewing whether images might be kept for longer "
    "than necessary, the Scottish Biometrics Commissioner said.",
    "Volume of images concerning, says commissioner\n\nThe Scottish Biometrics Commissioner "
    "says nobody knows how many photographs are stored for policing in Scotland.\n\nHis review "
    "of Police Scotland raises concerns that images could be retained for longer than "
    "necessary.",
    # an officer who polices, a council's officer
    "Officer praised\n\nPC Owen Hart, who was based in Cheltenham, arrested a man who had "
    "hacked into a bank's systems.\n\nThe chair said: \"When this happens at Gloucestershire "
    'Constabulary, we act swiftly."',
    "Council officer sacked\n\nA council officer looked up the records of his neighbours on the "
    "housing system.\n\nGloucestershire Constabulary said no crime had been committed.",
    # controls
    "Officer sacked for racist messages\n\nA Kent Police officer has been sacked after sending "
    "racist messages to a colleague on WhatsApp.",
    "Detective jailed for stealing seized cash\n\nA detective stole £3,000 of seized cash from "
    "an evidence store, Dorset Police said.",
    "Police warn of phishing\n\nCumbria Police is warning people to look out for emails "
    "pretending to come from banks.",
    "Officer sacked after crash\n\nA police officer who crashed a patrol car while using his "
    "phone has been dismissed, Merseyside Police said.",
]


@pytest.mark.parametrize("text", RELEVANT)
def test_relevant(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _run(nlp, text).relevant


@pytest.mark.parametrize("text", IRRELEVANT)
def test_irrelevant(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _run(nlp, text).relevant


def test_scottish_biometrics_commissioner_is_its_own_body(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The Scottish Biometrics Commissioner published a review of Police Scotland.")
    assert [s.label_ for s in doc.spans["regulators"]] == ["Scottish Biometrics Commissioner"]
    doc = nlp("The Biometrics Commissioner published a review of the Met.")
    labels = [s.label_ for s in doc.spans["regulators"]]
    assert labels == ["Biometrics and Surveillance Camera Commissioner"]


def test_forces_listed_share_the_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _run(
        nlp,
        "Victims hit by Norfolk and Suffolk Police data breach\n\nMore than 1,000 people were "
        "affected after the two forces released their details in error.",
    )
    assert ex.relevant
    assert {"Norfolk Constabulary", "Suffolk Constabulary"} <= set(ex.forces)
