"""Round 11 mechanisms (audit18's tuning half), each proved by paraphrases written for it,
positive and negative: forces that employed the officer before, lent a hand, checked and
found nothing, or found and handed back what another force lost are no breachers."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract
from extract.rules.attribution import Roles
from extract.sentences import split_sentences


def forces(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted({i.force for i in extract(Document(text=text), nlp).incidents if i.force})


def roles(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(force as written, its role) for every force mention of the text."""
    sents = split_sentences(nlp(text))
    found = Roles(sents)
    return [(m.text, found.role(m)) for s in sents for m in s.forces]


AT_FAULT = {"agent", "target"}


# --- a past employer, a helper and a force that found nothing are no breachers


def test_the_force_an_officer_came_from_is_no_breacher(nlp) -> None:
    text = (
        "A Kent Police sergeant looked up his neighbours on the Police National Computer "
        "in 2019. He had transferred to Kent from Essex Police two years earlier. The force "
        "referred the case to the IOPC."
    )
    assert forces(nlp, text) == ["Kent Police"]
    found = roles(nlp, text)
    assert found[0][1] in AT_FAULT
    assert all(r not in AT_FAULT for name, r in found if name == "Essex Police")
    text = "He joined the constabulary in 2015 after eight years with Essex Police."
    assert roles(nlp, text)[0][1] not in AT_FAULT
    text = "She joined Kent Police from Essex Police in 2015."
    assert [r for _, r in roles(nlp, text)] == ["agent", "employer"]
    # negative: years at a force one still serves leave it the actor
    text = "A probationer in her first year at Essex Police looked up a neighbour's records."
    assert roles(nlp, text)[0][1] in AT_FAULT
    # negative: files moved from a force's servers leave that force the actor
    text = "Staff transferred the files from Essex Police servers to a memory stick."
    assert roles(nlp, text)[0][1] in AT_FAULT


def test_a_force_that_checked_and_found_nothing_is_no_breacher(nlp) -> None:
    text = "Essex Police had found no misuse of its own records when asked to check."
    assert roles(nlp, text)[0][1] not in AT_FAULT
    # negative: a force finding no harm done by its own breach is still its breacher
    text = (
        "A folder of witness statements was left on a train in 2022. Essex Police found no "
        "evidence the files had been seen. The ICO reprimanded the force."
    )
    assert forces(nlp, text) == ["Essex Police"]
    # negative: a force that found something is still the one telling of its breach
    text = "Essex Police found that an officer had searched the records of his neighbours."
    assert roles(nlp, text)[0][1] in AT_FAULT


def test_a_force_that_only_helped_is_no_breacher(nlp) -> None:
    text = "A regional unit investigated the attack, with forensic support from Essex Police."
    assert roles(nlp, text)[0][1] not in AT_FAULT
    text = "The files were traced with help from Essex Police."
    assert roles(nlp, text)[0][1] not in AT_FAULT
    # negative: help an insider of the force gave is the force's breach
    text = "Criminals obtained the list with help from an officer at Essex Police."
    assert roles(nlp, text)[0][1] in AT_FAULT
    # negative: a force that gave data away is no helper
    text = "Essex Police gave the list to a journalist."
    assert roles(nlp, text)[0][1] in AT_FAULT


def test_a_force_that_found_and_returned_lost_papers_is_no_breacher(nlp) -> None:
    text = "Essex Police officers located the bag on the bus that evening."
    assert roles(nlp, text)[0][1] not in AT_FAULT
    text = "Essex Police returned it to us the next day."
    assert roles(nlp, text)[0][1] not in AT_FAULT
    # negative: a force that traced its own leak is still its actor
    text = "Essex Police traced the leak to one of its own civilian staff."
    assert roles(nlp, text)[0][1] in AT_FAULT
    # negative: a force that sent papers to the wrong person did the breach
    text = "Essex Police returned the unredacted statement to the suspect."
    assert roles(nlp, text)[0][1] in AT_FAULT


# --- a masthead line's items (outlet, section, date, byline) are judged one by one


def year(nlp, text: str) -> int | None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return next(i for i in ex.incidents if i.mention == "primary").breach_year


def test_a_masthead_line_dates_the_page(nlp) -> None:
    story = (
        "Kent Police has been reprimanded by the ICO. An officer emailed a list of witnesses "
        "to the wrong solicitor in June last year."
    )
    text = "Weald Evening Courier | Crime | 3 May 2024 | By Jo Bloggs\n\n" + story
    assert year(nlp, text) == 2023
    # negative: a sentence with a bar in it is no masthead
    text = "Readers of the paper in the county were told | 3 May 2024 | of the case\n\n" + story
    assert year(nlp, text) is None


# --- "originally referred" tells the first step taken, not a figure replaced


def primary(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return next(i for i in ex.incidents if i.mention == "primary")


def test_a_case_originally_referred_was_referred(nlp) -> None:
    text = (
        "A Kent Police constable looked up his neighbours on the force's systems in 2019. "
        "The case was initially referred to the IOPC, which handed it back to the force."
    )
    fact = primary(nlp, text)
    assert (fact.action, fact.regulator) == ("referral", "Independent Office for Police Conduct")
    # negative: a figure originally set is still the one replaced
    text = (
        "Kent Police was fined £80,000 by the ICO after it lost a laptop in 2019. The "
        "penalty was originally set at £150,000."
    )
    assert primary(nlp, text).fine_amount == 80000


# --- sanctions in the plural beside forces in the plural are a policy, not an action


def test_sanctions_in_general_beside_forces_in_general_are_no_action(nlp) -> None:
    text = (
        "Kent Police lost a laptop holding victims' statements in 2020 and reported it to "
        "the ICO. Fines on police forces are now rare, as the regulator's approach favours "
        "reprimands."
    )
    assert primary(nlp, text).action == "referral"  # told the ICO; no fine, no reprimand
    # negative: sanctions beside one force in the singular are that force's
    text = (
        "Kent Police lost a laptop holding victims' statements in 2020. The ICO said the "
        "force had received reprimands twice before."
    )
    assert any(i.action == "reprimand" for i in extract(Document(text=text), nlp).incidents)


# --- a loss told in one sentence is the loss of the things named in the next


def test_things_named_beside_a_loss_told_apart_were_lost(nlp) -> None:
    text = (
        "Kent Police was reprimanded by the ICO after recordings of victims' interviews were "
        "lost in 2021. Forty DVDs and a hard drive had been packed for a move between two "
        "stores."
    )
    assert primary(nlp, text).breach_type == "loss_or_theft_of_device"
    # negative: things beside a breach that lost nothing are no loss
    text = (
        "Kent Police was reprimanded by the ICO after an officer emailed a list of witnesses "
        "to the wrong address in 2021. The officer had a laptop and a phone with him."
    )
    assert primary(nlp, text).breach_type == "emailed_to_incorrect_recipient"


# --- a regulator's look that ends in no further action is no inquiry of the incident


def test_a_look_that_closed_the_matter_is_no_investigation(nlp) -> None:
    lead = "An officer from Kent Police left a bag of case papers on a train in 2022. "
    text = lead + (
        "The force reported the loss to the ICO. The ICO reviewed what happened and has "
        "decided to take no further action."
    )
    fact = primary(nlp, text)
    assert (fact.action, fact.regulator) == (None, "Information Commissioner's Office")
    # negative: an investigation that ended in no further action was still one
    text = lead + "The ICO investigated the loss, and took no further action."
    assert primary(nlp, text).action == "investigation"
    # negative: an inquiry opened, and no further action only against someone else later
    text = lead + (
        "The ICO has opened an investigation. A spokesman said it would take no further "
        "action against the officer's colleague."
    )
    assert primary(nlp, text).action == "investigation"


# --- telling the people around someone of their case is a verbal disclosure


def test_telling_a_neighbour_is_a_verbal_disclosure(nlp) -> None:
    text = (
        "A Kent Police constable told a neighbour of a rape victim about her report in 2021, "
        "revealing to the neighbour that she had gone to the police. The IOPC investigated."
    )
    assert primary(nlp, text).breach_type == "verbal_disclosure"
    # negative: a message shown to friends is no talk
    text = (
        "A Kent Police constable sent a photograph of a victim's statement to friends on "
        "WhatsApp in 2021. The IOPC investigated."
    )
    assert primary(nlp, text).breach_type != "verbal_disclosure"


# --- a force recording the public's crimes is their recipient, not a breacher


def test_a_force_recording_crime_is_no_breacher(nlp) -> None:
    text = (
        "Crime in the county fell last year. The number of offences recorded by Kent Police "
        "dropped by 5 per cent, but computer misuse, including the hacking of social media "
        "accounts, rose sharply."
    )
    assert not extract(Document(text=text), nlp).relevant
    assert roles(nlp, "Kent Police recorded 4,100 crimes last year.")[0][1] not in AT_FAULT
    # negative: a force that recorded the wrong offence against a man made its own error
    text = "Kent Police recorded the wrong offence against an innocent man."
    assert roles(nlp, text)[0][1] in AT_FAULT
    # negative: a force that recorded someone's data and sent it astray is its breacher
    text = (
        "Kent Police recorded a victim's interview and emailed it to the wrong person in "
        "2021. The ICO reprimanded the force."
    )
    assert forces(nlp, text) == ["Kent Police"]


# --- what the breach-type cues leave out: a supplier named after 'by', what a regulator is
# given, a participle used as an adjective, and what a measure is for


def disclosures(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The words of every inappropriate-disclosure cue of the text."""
    doc = nlp(text)
    return [s.text for s in doc.spans["breach_cues"] if s.label_ == "inappropriate_disclosure"]


def test_a_pairs_object_after_by_is_no_recipient(nlp) -> None:
    assert disclosures(nlp, "The new system is supplied by a software company.") == []
    # negative: a recipient after 'with' or 'to' still is one
    assert disclosures(nlp, "Statements were supplied by the officer to a newspaper.") != []
    assert disclosures(nlp, "The list was supplied to a private company.") != []


def test_what_a_regulator_is_given_is_no_disclosure(nlp) -> None:
    assert disclosures(nlp, "The assessment was shared with the ICO last month.") == []
    # negative: shared with anyone else is
    assert disclosures(nlp, "The assessment was shared with a local businessman.") != []


def test_a_shared_system_is_no_act_of_sharing(nlp) -> None:
    assert disclosures(nlp, "The forces bought a new shared records system.") == []
    # negative: the verb still is one
    assert disclosures(nlp, "An officer shared the records.") != []


def test_what_a_measure_is_for_did_not_happen(nlp) -> None:
    doc = nlp("All searches will be audited to detect misuse.")
    [sent] = split_sentences(doc)
    misuse = next(c for c in sent.cues["relevance.breach"] if c.text == "misuse")
    assert sent.denied(misuse)
    # negative: the clause going on past the measure tells what did happen
    text = (
        "Software used to detect misuse showed a Kent Police officer had searched the "
        "records of his ex-wife in 2021. The IOPC investigated."
    )
    assert forces(nlp, text) == ["Kent Police"]
    # negative: a measure that failed did not keep it from happening
    doc = nlp("The audit failed to detect misuse of the records.")
    [sent] = split_sentences(doc)
    misuse = next(c for c in sent.cues["relevance.breach"] if c.text == "misuse")
    assert not sent.denied(misuse)


def test_a_records_contract_is_no_breach_story(nlp) -> None:
    text = (
        "Kent Police and Essex Police have signed a £9 million contract for a new shared "
        "records system, to be supplied by a software company. A data protection impact "
        "assessment has been shared with the Information Commissioner's Office. Every "
        "search will be logged and audited to detect misuse."
    )
    assert not extract(Document(text=text), nlp).relevant


# --- things left on the train or the bus were lost there


def test_papers_left_on_the_bus_were_lost(nlp) -> None:
    text = (
        "Kent Police was reprimanded by the ICO after a detective left a folder of witness "
        "statements on the bus in 2021."
    )
    assert primary(nlp, text).breach_type == "loss_or_theft_of_paperwork"
    # negative: papers read on the train were not lost
    text = (
        "Kent Police was reprimanded by the ICO after a detective emailed witness statements "
        "to the wrong solicitor while on the train in 2021."
    )
    assert primary(nlp, text).breach_type == "emailed_to_incorrect_recipient"


# --- a sentence opening on a date sets the scene for the breach told right after it


def test_a_date_setting_the_scene_dates_the_breach_told_next(nlp) -> None:
    lead = (
        "Kent Police was reprimanded by the ICO. On the morning of Friday 3 March, an officer "
        "was driving to a meeting in London. "
    )
    text = lead + "He left a folder of witness statements in a cafe, where it was stolen."
    ex = extract(Document(text=text, published=date(2024, 6, 10)), nlp)
    assert ex.incidents[0].breach_year == 2024
    # negative: a sentence of something else in between breaks the scene (the date is in
    # the year of publication, so no fallback to the story's one loose date applies either)
    text = lead + (
        "The meeting was about a fraud case. A folder of witness statements was stolen from "
        "his car."
    )
    ex = extract(Document(text=text, published=date(2024, 6, 10)), nlp)
    assert ex.incidents[0].breach_year is None


# --- a regulator's relative clause telling it opened an inquiry, in the past


def test_a_regulator_which_opened_an_inquiry_investigated(nlp) -> None:
    lead = "An officer at Kent Police emailed a victim's statement to the wrong solicitor in 2021. "
    text = lead + "The force told the ICO, which opened an inquiry."
    assert primary(nlp, text).action == "investigation"
    text = lead + (
        "The matter was referred to the IOPC, which carried out an independent investigation."
    )
    assert primary(nlp, text).action == "investigation"
    # negative: the body's remit in the present is no inquiry of this case
    text = lead + "The force told the ICO, which carries out investigations into breaches."
    assert primary(nlp, text).action != "investigation"
