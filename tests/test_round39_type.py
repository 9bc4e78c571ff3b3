"""Round 39, breach types in the shapes real reports use (extract/rules/types.py,
extract/data/breach_types.toml, extract/rules/relevance.py):

- a disposal told by where the things ended up or how they went: "turned up at a car boot
  sale", "got rid of the old machines through a contractor", a sack of "confidential waste"
  found in the street, records left in a building the force had sold -- insecure disposal,
  not a lost device or lost papers; what they held may be told in the next sentence;
- a disclosure told as words spoken ("her identity was disclosed in a conversation between
  him and an officer") is a verbal disclosure; a telling pair ("told him where she lived")
  names no means and leaves a look-up passed on an inappropriate disclosure;
- a disclosure told by a letter or an email with no word of speech is no verbal one, though
  its cue is a telling ("sent a letter to the suspect which revealed who had reported him");
- a building or hardware "sold to" someone is the disposal's sale, not data sold; things
  whose own sentence tells they were got rid of take no loss from a neighbouring sentence;
- "The second incident ..." opens a case of its own, as "In another case" does;
- a breach of the accuracy principle named with the law broken is inaccurate data, not
  unlawful processing (`other`).

Every sentence here was written for these tests; none is quoted from an article.
"""

from __future__ import annotations

import pytest

from tests.incident_probe import field_values, story_incidents

DISPOSED = [
    # where the thing ended up
    ("A laptop once used by Dorset Police was bought at a car boot sale in Poole. The buyer "
     "found that it still held the names of witnesses."),
    ("Dorset Police got rid of an old laptop through a contractor. It held the addresses of "
     "witnesses, and it turned up weeks later at a car boot sale."),
    ("Essex Police got rid of dozens of old desktop computers through a scrap dealer, and one "
     "was found to hold the home addresses of crime victims."),
    ("A sack of confidential waste from Norfolk Constabulary split open in a Norwich street, "
     "scattering papers holding the names of young offenders."),
    # a building the force had sold, with the records still in it
    ("Kent Police left interview tapes holding victims' statements in the basement of a police "
     "station it had sold, and the new owner found them."),
    ("Dyfed-Powys Police kept boxes of custody records naming suspects in an office it later "
     "sold, and they were still there when the new owners moved in."),
    # sent for recycling, what it held told next
    ("Hard drives that Surrey Police had sent for recycling were later sold on an auction "
     "site. A buyer found they still held the names of crime victims."),
]  # fmt: skip


@pytest.mark.parametrize("text", DISPOSED)
def test_a_disposal_told_by_where_things_ended_up(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_type") == {"insecure_disposal"}


NOT_DISPOSED = [
    # lost or stolen things found later stay lost or stolen
    ("A laptop holding the details of victims was stolen from a Gloucestershire Constabulary "
     "car and has never been recovered.", {"loss_or_theft_of_device"}),
    ("A detective from Hertfordshire Constabulary left a folder of witness statements on a "
     "train. A passenger handed it in to station staff.", {"loss_or_theft_of_paperwork"}),
    # a disposal only feared, or advised against: no breach at all
    ("Campaigners said they feared Thames Valley Police officers could one day leave files in "
     "a skip, and urged the force to train staff. No breach has been reported.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds"), NOT_DISPOSED)
def test_losses_and_fears_are_no_disposal(nlp, text: str, kinds: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_type") == kinds


SPOKEN = [
    ("A woman's identity was disclosed to her ex-partner after she asked about his past under "
     "Clare's Law. It was disclosed in a conversation between the ex-partner and a Derbyshire "
     "Constabulary officer."),
    ("An officer from Avon and Somerset Police let slip a woman's new address while chatting to "
     "her former partner at a petrol station."),
    ("A Cumbria Constabulary PC revealed the name of a witness during a conversation with the "
     "suspect's brother, a misconduct hearing heard."),
]  # fmt: skip


@pytest.mark.parametrize("text", SPOKEN)
def test_a_disclosure_told_as_spoken_is_verbal(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_type") == {"verbal_disclosure"}


def test_a_look_up_passed_on_stays_a_disclosure(nlp) -> None:  # type: ignore[no-untyped-def]
    # "told him where she was living" names no means; the phone call is the evidence
    head = "Officer told ex-partner where victim lived"
    body = (
        "A Police Service of Northern Ireland constable passed on a domestic abuse victim's "
        "new address to her former partner, the Police Ombudsman has found.\n\n"
        "Investigators established that the constable had looked up her details and told him "
        "where she was living. Phone records showed a call between the two shortly after the "
        "check."
    )
    kinds = {i.breach_type for i in story_incidents(nlp, head, body)}
    assert kinds == {"inappropriate_disclosure"}


ACCURACY = [
    ("The ICO reprimanded Cleveland Police in May 2023. It found that the force had infringed "
     "the accuracy principle of data protection law when an officer entered the wrong date of "
     "birth.", {"inaccurate_data"}),
    ("The ICO found breaches of the fourth data protection principle (accuracy) by Gwent "
     "Police, and issued a reprimand.", {"inaccurate_data"}),
    # control: the law broken with no principle named stays unlawful processing
    ("The ICO reprimanded Cleveland Police in May 2023. It found that the force had infringed "
     "data protection law.", {"other"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds"), ACCURACY)
def test_the_accuracy_principle_broken_is_inaccurate_data(nlp, text: str, kinds: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_type") == kinds


def test_a_letter_that_revealed_is_no_verbal_disclosure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "West Midlands Police sent a letter to a suspect which revealed the name of the woman "
        "who had reported him. Staff will be reminded not to discuss cases over the phone."
    )
    assert field_values(nlp, text, "breach_type") == {"posted_to_incorrect_recipient"}


SENT_AND_LOST = [
    # sent unprotected and not lost stays an insecure sending
    ("Hampshire Constabulary sent unencrypted discs holding interview recordings to the CPS by "
     "ordinary post, breaching its own policy, the ICO said.", {"insecure_transmission"}),
    # sold to someone: the disposal's sale
    ("Humberside Police left witness statements on old computers it sold to a scrap dealer, "
     "who found the files and told the force.", {"insecure_disposal"}),
    ("Kent Police was fined £100,000 for leaving interview tapes of victims in a building it "
     "sold to a local business.", {"insecure_disposal"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds"), SENT_AND_LOST)
def test_what_became_of_the_things_decides(nlp, text: str, kinds: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_type") == kinds


def test_a_second_incident_is_a_case_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    head = "Force told abuser who asked about him"
    body = (
        "A woman who asked Gwent Police about her partner's violent past had her identity "
        "given away to him, the ICO has found.\n\n"
        "Her identity was disclosed in a conversation between the partner and the officer "
        "managing him in March 2021.\n\n"
        "The second incident took place in June 2021, when an officer disclosed a mother's "
        "identity to a man she had asked about under Sarah's Law."
    )
    kinds = {i.breach_type for i in story_incidents(nlp, head, body)}
    assert kinds == {"verbal_disclosure", "inappropriate_disclosure"}


def test_a_second_breach_told_in_the_next_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    # the figure of the people whose names went with the theft is the case's own detail
    head = "Force apologises for two data breaches"
    body = (
        "Cumbria Constabulary has apologised after the names of its officers were published "
        "online by mistake in answer to a Freedom of Information request.\n\n"
        "A second breach, which happened in March, came to light on Friday. It involved the "
        "theft of a laptop and papers holding the names of more than 300 officers from a car."
    )
    kinds = {i.breach_type for i in story_incidents(nlp, head, body)}
    assert kinds == {"published_in_error", "loss_or_theft_of_device"}


DESTROYED = [
    # the way things found dumped should have gone: the disposal's failing
    ("Witness statements holding victims' addresses from Gwent Police were found at a council "
     "tip in Newport. The force said the statements should have been destroyed securely and "
     "that staff had failed to destroy them.", {"insecure_disposal"}),
    # control: records kept that should have been destroyed, nothing got rid of
    ("West Mercia Police kept the DNA profiles of hundreds of people who were never charged, "
     "which should have been destroyed, the ICO found.", {"other"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds"), DESTROYED)
def test_should_have_been_destroyed_in_a_disposal(nlp, text: str, kinds: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_type") == kinds
