"""Round 18 relevance mechanisms, each proved by paraphrases written for it (positive and
negative): a breach of something that is no data (standards of behaviour, a court order, the
peace) is no breach word, nor a loss of something that is no data (a job, a life, an
appeal); a police-conduct regulator alone, on a page where nothing went wrong with
information, describes no data breach, and a regulator said not to be involved is no sign at
all; recordings the police hold (CCTV, 999 call recordings, interview audio) are people's
records when lost."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract


def _judge(nlp, text: str):  # type: ignore[no-untyped-def]
    return extract(Document(text=text, published=date(2024, 5, 1)), nlp)


def test_a_breach_of_standards_or_an_order_is_no_data_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _judge(
        nlp,
        "Constable dismissed over false expenses\n\nA Merseyside Police constable who claimed "
        "expenses for journeys he never made has been dismissed.\n\nA misconduct panel ruled "
        "that he had breached the standards of professional behaviour for honesty.\n\nThe "
        "case had been referred to the Independent Office for Police Conduct.",
    )
    assert not ex.relevant, ex.relevance_reason
    ex = _judge(
        nlp,
        "PC jailed\n\nA Durham Constabulary constable was jailed for breaching a restraining "
        "order.\n\nThe IOPC had investigated the constable, who has since resigned.",
    )
    assert not ex.relevant, ex.relevance_reason
    # positive: a breach of data protection rules is one
    ex = _judge(
        nlp,
        "Constable dismissed\n\nA Merseyside Police constable has been dismissed after a panel "
        "ruled that he had breached data protection rules by taking home files about crime "
        "victims.",
    )
    assert ex.relevant, ex.relevance_reason


def test_a_lost_job_or_appeal_is_no_loss_of_data(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _judge(
        nlp,
        "Sergeant loses job\n\nA Lincolnshire Police sergeant has lost his job after he was "
        "convicted of assault.\n\nThe Independent Office for Police Conduct had investigated "
        "the case.",
    )
    assert not ex.relevant, ex.relevance_reason
    # positive: the same page, but what was lost holds people's data
    ex = _judge(
        nlp,
        "Sergeant loses files\n\nA Lincolnshire Police sergeant lost a bag of case files "
        "about domestic abuse victims on a train.\n\nThe Independent Office for Police "
        "Conduct had investigated the case.",
    )
    assert ex.relevant, ex.relevance_reason


def test_a_conduct_regulator_alone_describes_no_data_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _judge(
        nlp,
        "Watchdog looks into crash\n\nThe IOPC has begun an investigation after a motorcyclist "
        "died following a pursuit by Leicestershire Police officers on Sunday night.",
    )
    assert not ex.relevant, ex.relevance_reason
    ex = _judge(
        nlp,
        "Sergeant charged\n\nA Hertfordshire Constabulary sergeant has been charged with "
        "misconduct in public office over a relationship with a woman he met on duty.\n\nThe "
        "charge follows an investigation by the Independent Office for Police Conduct.",
    )
    assert not ex.relevant, ex.relevance_reason
    # positive: police business told to an outsider, with no breach word
    ex = _judge(
        nlp,
        "PC dismissed\n\nA Norfolk Constabulary constable told his brother about a planned "
        "drugs raid on a neighbour's house, the IOPC found.",
    )
    assert ex.relevant, ex.relevance_reason
    ex = _judge(
        nlp,
        "PC dismissed\n\nA Norfolk Constabulary constable let slip a witness's new address "
        "to the man she had accused, the IOPC found.",
    )
    assert ex.relevant, ex.relevance_reason
    # positive: the same watchdog on a page where information went astray
    ex = _judge(
        nlp,
        "Detective dismissed\n\nA West Yorkshire Police detective has been dismissed after the "
        "IOPC found his disclosure of a witness's identity to the suspect put her at risk.",
    )
    assert ex.relevant, ex.relevance_reason


def test_recordings_the_police_hold_are_records_when_lost(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _judge(
        nlp,
        "Call recordings lost\n\nRecordings of dozens of 999 calls have been lost by Cumbria "
        "Constabulary after a server fault, the force confirmed.",
    )
    assert ex.relevant, ex.relevance_reason
    ex = _judge(
        nlp,
        "Footage gone\n\nNorth Wales Police lost the CCTV of an assault that a shopkeeper had "
        "handed in, the victim's family said.",
    )
    assert ex.relevant, ex.relevance_reason
    # negative: a recording put out in an appeal is no loss
    ex = _judge(
        nlp,
        "Appeal\n\nCumbria Constabulary has released a recording of a 999 call as part of an "
        "appeal for witnesses to a fatal crash.",
    )
    assert not ex.relevant, ex.relevance_reason


def test_a_regulator_said_to_have_no_part_is_no_sign(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _judge(
        nlp,
        "Officer dismissed\n\nA Surrey Police constable has been dismissed after his "
        "laptop bag, holding his lunch and a coat, was stolen from his car.\n\nThe "
        "Independent Office for Police Conduct was not involved in the case.",
    )
    assert not ex.relevant, ex.relevance_reason
    # positive: the same page with the watchdog involved and records in the bag
    ex = _judge(
        nlp,
        "Officer dismissed\n\nA Surrey Police constable has been dismissed after his bag, "
        "holding the statements of twelve witnesses, was stolen from his car.\n\nThe "
        "Independent Office for Police Conduct investigated the case.",
    )
    assert ex.relevant, ex.relevance_reason


def test_a_force_named_only_as_the_investigator_is_not_at_fault(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _judge(
        nlp,
        "Fraudster jailed\n\nA man who stole the personal details of 40 pensioners to open "
        "credit cards in their names was jailed after an investigation by Durham "
        "Constabulary.",
    )
    assert not ex.relevant, ex.relevance_reason
    # positive: the force's own officer, found out by its own inquiry
    ex = _judge(
        nlp,
        "PC dismissed\n\nA constable who looked up the records of his neighbours without a "
        "policing purpose was dismissed after an inquiry by Durham Constabulary.",
    )
    assert ex.relevant, ex.relevance_reason


def test_figures_obtained_under_freedom_of_information_are_no_access(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _judge(
        nlp,
        "Overtime bill\n\nCheshire Constabulary paid £3m in overtime last year, according to "
        "information obtained through a Freedom of Information request.",
    )
    assert not ex.relevant, ex.relevance_reason
    # positive: information obtained by an officer with no reason to
    ex = _judge(
        nlp,
        "Officer convicted\n\nA Cheshire Constabulary officer unlawfully obtained information "
        "about his former wife from police databases, a court heard.",
    )
    assert ex.relevant, ex.relevance_reason


def test_the_police_investigating_another_body_are_not_tied_to_its_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _judge(
        nlp,
        "Nursery staff sacked\n\nTwo nursery workers who posted photographs of children on "
        "Snapchat have been sacked.\n\nDorset Police said it had investigated but would take "
        "no further action.",
    )
    assert not ex.relevant, ex.relevance_reason
    # positive: the force's own officer is the one investigated
    ex = _judge(
        nlp,
        "PC suspended\n\nA Dorset Police constable who posted photographs of a crime scene on "
        "Snapchat has been suspended.\n\nThe officer is under investigation.",
    )
    assert ex.relevant, ex.relevance_reason


def test_the_headline_is_read_below_the_page_furniture(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _judge(
        nlp,
        "Skip to main content\n\nHome | News | Appeals\n\nPolice warn of fake bank calls\n\n"
        "Cleveland Police is warning residents about fraudsters who phone claiming their "
        "account has been caught up in a data breach.\n\nOfficers said a bank will never ask "
        "anyone to move money.",
    )
    assert not ex.relevant, ex.relevance_reason
    # positive: the same furniture above a breach by the force
    ex = _judge(
        nlp,
        "Skip to main content\n\nHome | News | Appeals\n\nPolice apologise for email error\n\n"
        "Cleveland Police has apologised after it emailed the names and addresses of 300 "
        "crime victims to the wrong person.",
    )
    assert ex.relevant, ex.relevance_reason


def test_what_must_or_may_be_done_is_no_act(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _judge(
        nlp,
        "New duty for force\n\nUnder new rules, Suffolk Constabulary must pass the details of "
        "registered offenders to head teachers within a week.",
    )
    assert not ex.relevant, ex.relevance_reason
    ex = _judge(
        nlp,
        "Roadside trial\n\nDuring the trial, officers from Gwent Police may check the records "
        "of drivers on handheld devices.",
    )
    assert not ex.relevant, ex.relevance_reason
    ex = _judge(
        nlp,
        "Sharing deal\n\nMerseyside Police has signed an agreement with six councils so that "
        "details of children at risk can be passed on within hours.",
    )
    assert not ex.relevant, ex.relevance_reason
    # positive: a feared act ('may have been') and an exposure that could be had are told
    ex = _judge(
        nlp,
        "Hack fears\n\nSuffolk Constabulary said the personal details of 900 crime victims "
        "may have been accessed by hackers.",
    )
    assert ex.relevant, ex.relevance_reason
    ex = _judge(
        nlp,
        "Portal flaw\n\nA fault in a Gwent Police portal meant files holding witness statements "
        "could be accessed by anyone with the link.",
    )
    assert ex.relevant, ex.relevance_reason
