"""Actions and regulators, round 40: shapes of real reporting on police data misuse.

- A court's sentence on a person, told with the fine word next to the amount ("the court
  ordered him to pay a £2,000 fine", "following his conviction he must pay a £1,000 fine"),
  is a criminal fine on someone at the force, never the force's monetary penalty.
- A bare place after a preposition ("people in hospital", "sent to prison") is no other body
  at fault, so the sentence telling the regulator's findings stays the force's.
- A sanction another body received ("the IPCC received an enforcement notice") is that
  body's, even when that body is a regulator.
- A passive finding whose agent comes after what was found ("found in breach of the Data
  Protection Act by the ICO") is the regulator's inquiry.
- Several regulators told together ("the IPCC and the ICO have both been informed"): the
  Information Commissioner, the one that normally acts on a breach, is the regulator.
- A refusal to release information referred to the information commissioner is a freedom of
  information complaint, not the breach told to a regulator.

Paraphrases written for these tests; each pairs what must change with what must not.
"""

from __future__ import annotations

from datetime import date

from extract.clean import clean_text
from extract.nlp import extract

PUBLISHED = date(2024, 5, 1)
ICO = "Information Commissioner's Office"
IOPC = "Independent Office for Police Conduct"
PIRC = "Police Investigations and Review Commissioner"


def facts(text: str, nlp) -> list[tuple]:  # type: ignore[no-untyped-def]
    doc = clean_text(text)
    doc.published = PUBLISHED
    return [(i.force, i.regulator, i.action, i.fine_amount) for i in extract(doc, nlp).incidents]


def test_court_ordered_fine_word_is_no_penalty_on_the_force(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "PCSO convicted after trial\n\nA Merseyside Police PCSO was found guilty of "
        "unauthorised access to computer material after a trial, and the court ordered him "
        "to pay a £2,000 fine and costs of £2,000. The Independent Office for Police Conduct "
        "carried out the investigation after a referral from the force."
    )
    assert facts(text, nlp) == [("Merseyside Police", IOPC, "investigation", None)]


def test_person_must_pay_a_fine_after_a_regulator_inquiry(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officer told to pay\n\nThe Police Scotland constable must pay a £1,000 fine after "
        "admitting checking a database for personal reasons. The case was investigated by "
        "the Police Investigations and Review Commissioner."
    )
    assert facts(text, nlp) == [("Police Scotland", PIRC, "investigation", None)]


def test_regulator_fine_on_the_force_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Force fined by watchdog\n\nThe Information Commissioner's Office has fined "
        "Humberside Police £120,000 after unencrypted discs holding interview footage were "
        "lost in the post."
    )
    assert facts(text, nlp) == [("Humberside Police", ICO, "monetary_penalty", 120000)]


def test_people_in_hospital_is_no_other_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officer sacked over custody pictures\n\nA Cleveland Police constable, PC John Hale, "
        "has been dismissed for sending photos of people in custody to friends on WhatsApp.\n\n"
        "The IOPC found that PC Hale had posted photos of detainees in custody and in "
        "hospital to a group chat on his own phone.\n\n"
        "The force had referred the matter to the IOPC."
    )
    assert facts(text, nlp) == [("Cleveland Police", IOPC, "investigation", None)]


def test_referral_alone_stays_a_referral(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officer sacked over custody pictures\n\nA Cleveland Police constable has been "
        "dismissed for sending photos of people in custody to friends on WhatsApp.\n\n"
        "Cleveland Police referred the case to the Independent Office for Police Conduct."
    )
    assert facts(text, nlp) == [("Cleveland Police", IOPC, "referral", None)]


def test_a_regulator_receiving_a_notice_is_not_the_force(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police in breach of data law\n\nDorset Police has been found in breach of the Data "
        "Protection Act by the Information Commissioner's Office after papers were stolen "
        "from an officer's car.\n\nSeparately, the Independent Police Complaints Commission "
        "itself received an enforcement notice last month over slow replies to freedom "
        "of information requests."
    )
    got = facts(text, nlp)
    assert ("Dorset Police", ICO, "investigation", None) in got
    assert all(f[2] != "enforcement_notice" for f in got)


def test_the_force_receiving_a_notice_stays_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Force served notice over lost files\n\nBoxes of case files from Lincolnshire Police "
        "were found dumped in a skip in 2021. The force has received an enforcement notice "
        "from the ICO."
    )
    assert facts(text, nlp) == [("Lincolnshire Police", ICO, "enforcement_notice", None)]


def test_passive_finding_with_agent_after(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police records in skip\n\nBoxes of case files from Lincolnshire Police were found "
        "dumped in a skip in 2021. The force was found to have broken the law by the ICO."
    )
    assert facts(text, nlp) == [("Lincolnshire Police", ICO, "investigation", None)]


def test_refusal_referred_to_the_commissioner_is_no_referral(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Force lost disc\n\nMerseyside Police lost a disc of victims' details in 2007. The "
        "paper has referred Cheshire Constabulary's refusal to release its figures to the "
        "information commissioner's office, which rules on freedom of information."
    )
    got = facts(text, nlp)
    assert ("Merseyside Police", None, None, None) in got
    assert all(f[1] is None and f[2] is None for f in got)


def test_force_referring_itself_to_the_ico_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Force refers itself to ICO\n\nWiltshire Police has referred itself to the "
        "Information Commissioner's Office after personal details of crime victims were "
        "published on its website."
    )
    assert facts(text, nlp) == [("Wiltshire Police", ICO, "referral", None)]


def test_two_regulators_told_together_the_ico_is_the_regulator(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "USB stick stolen\n\nA memory stick holding details of police operations was stolen "
        "from the home of a Greater Manchester Police officer. The Independent Police "
        "Complaints Commission and the Information Commissioner's Office have both been "
        "informed."
    )
    assert facts(text, nlp) == [("Greater Manchester Police", ICO, "referral", None)]


def test_only_the_conduct_watchdog_told_stays_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "USB stick stolen\n\nA memory stick holding details of police operations was stolen "
        "from the home of a Greater Manchester Police officer. The Independent Office for "
        "Police Conduct has been informed."
    )
    assert facts(text, nlp) == [("Greater Manchester Police", IOPC, "referral", None)]


def test_a_renamed_regulator_is_given_its_present_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Constable sacked over database checks\n\nA Lancashire Constabulary constable was "
        "dismissed after an Independent Police Complaints Commission investigation found he "
        "had run hundreds of checks on women in 2011 with no policing purpose."
    )
    got = facts(text, nlp)
    assert got == [("Lancashire Constabulary", IOPC, "investigation", None)]
