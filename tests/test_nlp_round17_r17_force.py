"""Round 17 (r17-force): which force a case told on a page of figures belongs to, and forces
named only as the source of figures. Every text is a paraphrase written for the mechanism,
with positive and negative cases."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract


def incidents(nlp, text: str, url: str | None = None):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text, url=url, published=date(2024, 3, 10)), nlp)
    return sorted((i.force, i.breach_type, i.breach_year) for i in ex.incidents)


def forces(nlp, text: str, url: str | None = None) -> set[str]:  # type: ignore[no-untyped-def]
    return {f for f, _, _ in incidents(nlp, text, url)}


_NORFOLK = (
    "Norfolk police breaches revealed\n\n"
    "Figures show Norfolk Constabulary logged 95 data breaches last year, up from 70 in 2022. "
)


# --- one person told beside the figures, the force's name between "a" and the person


def test_a_named_forces_officer_is_one_persons_case(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _NORFOLK + (
        "The figures were published weeks after a Norfolk Constabulary constable who looked "
        "up the records of his former partner in 2021 was dismissed."
    )
    assert incidents(nlp, text) == [("Norfolk Constabulary", "unauthorised_access", 2021)]
    text = _NORFOLK + (
        "One Norfolk Constabulary detective was sacked after he searched police systems for "
        "details of a neighbour in 2020."
    )
    assert incidents(nlp, text) == [("Norfolk Constabulary", "unauthorised_access", 2020)]
    # negative: any officer, a rule, not one case
    text = _NORFOLK + (
        "Whenever a Norfolk Constabulary officer looks up records without a policing "
        "purpose, the force investigates."
    )
    assert incidents(nlp, text) == []


_SOUTH_EAST = (
    "South East forces log 900 data breaches\n\n"
    "Kent Police recorded 312 data breaches between 2020 and 2023, the most in the South "
    "East, figures obtained under the Freedom of Information Act show. "
    "Sussex Police logged 280 over the same period. "
)


def test_a_case_naming_its_force_needs_no_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _SOUTH_EAST + (
        "A Sussex constable was sacked after he passed a victim's address to her former "
        "partner. Surrey Police recorded 190."
    )
    assert forces(nlp, text) == {"Sussex Police"}
    # round 54: a case naming no force, right after another force's figures, is that force's
    # case (a real figures page counts it so), as "In one case, ..." there already was
    text = _SOUTH_EAST + (
        "A constable was sacked after he passed a victim's address to her former partner. "
        "Surrey Police recorded 190."
    )
    assert forces(nlp, text) == {"Sussex Police"}
    # negative: a rule of any constable's, no one case, is no incident of the page's
    text = _SOUTH_EAST + (
        "Whenever a constable passes a victim's address to anyone, he is sacked. "
        "Surrey Police recorded 190."
    )
    assert forces(nlp, text) == set()


# --- "In one case ..." right after another force's figures is that force's case


def test_a_case_after_another_forces_figures_is_that_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _SOUTH_EAST + (
        "In one case, an officer left a folder of witness statements on a train in 2022. "
        "Surrey Police recorded 190."
    )
    assert incidents(nlp, text) == [("Sussex Police", "loss_or_theft_of_paperwork", 2022)]
    # negative: after the story's own figures, the story's force's case
    text = (
        "Kent police data breaches top 300\n\n"
        "Kent Police recorded 312 data breaches between 2020 and 2023, figures show. "
        "In one case, an officer left a folder of witness statements on a train in 2022. "
        "Sussex Police logged 280 over the same period."
    )
    assert incidents(nlp, text) == [("Kent Police", "loss_or_theft_of_paperwork", 2022)]


# --- "one of its breaches involved ...": one case of the force's told apart


def test_one_of_its_breaches_opens_a_case(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "North East forces log 500 data breaches\n\n"
        "Police forces in the North East recorded 500 data breaches between 2019 and 2022, "
        "figures show. Northumbria Police recorded 250, Durham Constabulary 150 and "
        "Cleveland Police 100. Durham Constabulary said one of its breaches involved an "
        "officer who left a laptop on a train in 2022."
    )
    assert incidents(nlp, text) == [("Durham Constabulary", "loss_or_theft_of_device", 2022)]
    # negative: one of the breaches only counted, no case told
    text = (
        "North East forces log 500 data breaches\n\n"
        "Police forces in the North East recorded 500 data breaches between 2019 and 2022, "
        "figures show. Northumbria Police recorded 250, Durham Constabulary 150 and "
        "Cleveland Police 100. Durham Constabulary said one of its breaches had been "
        "reported to the Information Commissioner's Office."
    )
    assert incidents(nlp, text) == []


# --- a force that only gives figures is no party to another force's breach


def test_a_force_giving_figures_is_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Thames Valley officer loses notebook\n\n"
        "A Thames Valley Police officer lost a notebook holding the names of witnesses on a "
        "bus in Oxford in 2023, according to figures obtained from Hampshire Constabulary and "
        "Thames Valley Police by a local newspaper."
    )
    assert forces(nlp, text) == {"Thames Valley Police"}
    text = (
        "Laptop stolen from detective's car\n\n"
        "A laptop holding the statements of rape victims was stolen from the car of a "
        "Wiltshire Police detective in 2022, statistics released by Avon and Somerset Police "
        "to the BBC show."
    )
    assert forces(nlp, text) == {"Wiltshire Police"}
    # negative: the force giving figures is the one they count, when no other is at fault
    text = (
        "Figures released by Devon and Cornwall Police show it recorded 500 data breaches "
        "between 2019 and 2023. In one case, an officer left a laptop on a train in 2021."
    )
    assert forces(nlp, text) == {"Devon and Cornwall Police"}


# --- the page's own force, named only in its URL, where the body says "the force"

_HERTS_URL = "https://www.hertsmercury.co.uk/news/hertfordshire-police-reprimand-ico-2024"


def test_the_force_of_the_url_when_another_is_named_after_the_first_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police force reprimanded over lost files\n\n"
        "The force was reprimanded by the Information Commissioner's Office after an officer "
        "lost a bag of case files in 2023. Bedfordshire Police and Cambridgeshire "
        "Constabulary, which share some services with the force, were not affected."
    )
    assert forces(nlp, text, _HERTS_URL) == {"Hertfordshire Constabulary"}
    # negative: the force the body names is the URL's own, no other stands in for it
    text = (
        "Police force reprimanded over lost files\n\n"
        "The force was reprimanded by the Information Commissioner's Office after an officer "
        "lost a bag of case files in 2023. Hertfordshire Constabulary said it had apologised."
    )
    assert forces(nlp, text, _HERTS_URL) == {"Hertfordshire Constabulary"}


def test_the_force_of_the_url_when_the_one_named_is_only_compared(nlp) -> None:  # type: ignore[no-untyped-def]
    url = "https://www.northwalesnews.co.uk/news/north-wales-police-victim-details-email-2023"
    text = (
        "Police apologise after victim details emailed to stranger\n\n"
        "A police force has apologised after an officer emailed the details of a domestic "
        "abuse victim to a stranger in 2023. The error was similar to one made by Cheshire "
        "Constabulary last year. The force said it had reported the breach to the "
        "Information Commissioner's Office."
    )
    assert forces(nlp, text, url) == {"North Wales Police"}
    # negative: a URL naming no force leaves no force to credit
    text = text.replace("A police force", "A council").replace("The force said", "It said")
    assert forces(nlp, text, "https://www.example.co.uk/news/victim-details-email-2023") == set()


# --- "<force>, which investigated the loss, said ...": an investigator


def test_a_force_which_investigated_anothers_loss_is_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hertfordshire police reprimanded over lost files\n\n"
        "Hertfordshire Constabulary was reprimanded by the Information Commissioner's Office "
        "after an officer lost a bag of case files in 2023. Essex Police, which investigated "
        "the loss, said the files were never found."
    )
    assert forces(nlp, text) == {"Hertfordshire Constabulary"}
    text = (
        "Hertfordshire police reprimanded over lost files\n\n"
        "Hertfordshire Constabulary was reprimanded by the Information Commissioner's Office "
        "after an officer lost a bag of case files in 2023. Essex Police, which is leading "
        "the inquiry, said the files had not been found."
    )
    assert forces(nlp, text) == {"Hertfordshire Constabulary"}
    # negative: a force investigated by the regulator is acted on, not an investigator
    text = (
        "Essex Police, which was investigated by the Information Commissioner's Office, lost "
        "a bag of case files on a train in 2023."
    )
    assert forces(nlp, text) == {"Essex Police"}


# --- one person's loss told beside the figures: a thing lost is how the breach happened

_LINCS = (
    "Lincolnshire police data breaches revealed\n\n"
    "Lincolnshire Police recorded 214 data breaches between 2020 and 2023, figures obtained "
    "under the Freedom of Information Act show. Most involved emails sent to the wrong "
    "address. "
)


def test_one_persons_loss_beside_the_figures_is_a_case(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _LINCS + (
        "Among them was a detective who lost a folder of witness statements on a bus in 2022."
    )
    assert incidents(nlp, text) == [("Lincolnshire Police", "loss_or_theft_of_paperwork", 2022)]
    text = _LINCS + "One breach saw a PCSO lose a laptop on a train in 2021."
    assert incidents(nlp, text) == [("Lincolnshire Police", "loss_or_theft_of_device", 2021)]
    # negative: what an officer must do if he loses one, no case
    text = _LINCS + "An officer who loses a laptop in 2024 must report it within an hour."
    assert incidents(nlp, text) == []


# --- a force that received what went astray, or checked its own systems, is no party


def test_a_force_which_received_the_email_is_a_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Wrong email sent to neighbouring force\n\n"
        "West Yorkshire Police emailed a rape victim's statement to the wrong address in "
        "2023. Staff at North Yorkshire Police, who received the email by mistake, deleted "
        "it and alerted the force."
    )
    assert forces(nlp, text) == {"West Yorkshire Police"}
    text = (
        "Wrong email sent to neighbouring force\n\n"
        "West Yorkshire Police emailed a rape victim's statement to the wrong address in "
        "2023. Humberside Police, which was sent the email in error, deleted it."
    )
    assert forces(nlp, text) == {"West Yorkshire Police"}
    # negative: "which was fined" is the force acted on, not a recipient
    text = (
        "The largest penalty went to Humberside Police, which was fined £50,000 after it "
        "emailed a victim's statement to the wrong address in 2022."
    )
    assert forces(nlp, text) == {"Humberside Police"}


def test_a_force_checking_its_own_systems_is_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officer jailed for leaking intelligence\n\n"
        "A Staffordshire Police officer who leaked intelligence reports to a drug gang in "
        "2021 has been jailed. West Midlands Police, where he served until 2016, checked its "
        "systems and found he had made no improper searches there."
    )
    assert forces(nlp, text) == {"Staffordshire Police"}
    # forces listed together share the clause that follows the list
    text = (
        "Cleveland Police staff data stolen in supplier hack\n\n"
        "The personal details of 1,200 Cleveland Police officers were stolen in a ransomware "
        "attack on a payroll supplier in 2023. Durham Constabulary and North Yorkshire "
        "Police, which use the same supplier, are checking whether their data was stolen in "
        "the attack."
    )
    assert forces(nlp, text) == {"Cleveland Police"}
    # negative: with no other force at fault, a force checking its systems tells its own
    text = (
        "Officer sacked for snooping\n\n"
        "West Midlands Police checked its systems after a complaint and found a constable "
        "had looked up the records of his former partner 40 times in 2022."
    )
    assert forces(nlp, text) == {"West Midlands Police"}


# --- "a Greater Manchester officer": the force's place name beside a police word


def test_greater_manchester_with_a_police_word_is_the_force(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officer loses laptop\n\n"
        "A Greater Manchester officer lost a laptop holding the statements of 30 witnesses "
        "on a tram in 2023."
    )
    assert forces(nlp, text) == {"Greater Manchester Police"}
    # negative: another Greater Manchester body, no police word beside the name
    text = (
        "Fire service loses laptop\n\n"
        "Greater Manchester Fire and Rescue Service lost a laptop holding the details of 30 "
        "residents on a tram in 2023."
    )
    assert forces(nlp, text) == set()


# --- one thing lost, told beside the figures, is one case


def test_one_thing_lost_beside_the_figures_is_a_case(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "North East forces log 500 data breaches\n\n"
        "Police forces in the North East recorded 500 data breaches between 2019 and 2022, "
        "figures show. Northumbria Police recorded 250, Durham Constabulary 150 and "
        "Cleveland Police 100. At Durham Constabulary, a tablet was stolen from a parked car "
        "in 2021."
    )
    assert incidents(nlp, text) == [("Durham Constabulary", "loss_or_theft_of_device", 2021)]
    text = _LINCS + "Staff lost an unlocked laptop on a bus in 2022."
    assert incidents(nlp, text) == [("Lincolnshire Police", "loss_or_theft_of_device", 2022)]
    # negative: the kind most often lost, no one case
    text = _LINCS + "In 2022 the item most often lost was a mobile phone."
    assert incidents(nlp, text) == []


# --- a list of forces' figures no row is read from is a roundup of numbers, no incident

_LIST = (
    "Snooping police staff\n\n"
    "Police officers and staff were caught snooping on confidential records more than "
    "2,100 times across the UK in five years. The worst offenders were:\n\n"
    "• Police Scotland – 412 cases\n\n• Avon and Somerset Police – 187 cases\n\n"
    "• Nottinghamshire Police – 96 cases\n\n• Lincolnshire Police – none\n\n"
)


def test_a_list_of_forces_figures_holds_no_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _LIST + "Lincolnshire Police insisted it had recorded no cases at all."
    assert incidents(nlp, text) == []
    # negative: one breach told beside the list is still an incident
    text = _LIST + (
        "In one case, an officer in Nottinghamshire used the force's computer to track down "
        "his former partner's new address in 2021."
    )
    assert incidents(nlp, text) == [("Nottinghamshire Police", "unauthorised_access", 2021)]


# --- police civilian staff are the force's people, and name the force beside a place


def test_a_civilian_worker_is_one_of_the_forces_people(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _LIST + (
        "At Avon and Somerset, a civilian worker looked up a neighbour's criminal record in "
        "2022 and was dismissed."
    )
    assert incidents(nlp, text) == [("Avon and Somerset Police", "unauthorised_access", 2022)]
    # negative: a place with no police word beside it names no force
    text = _LIST + (
        "At Avon and Somerset's county council, a social worker emailed a child's file to "
        "the wrong family in 2022."
    )
    assert "Avon and Somerset Police" not in forces(nlp, text)


# --- a force that opens, leads or is called in to an inquiry into another's loss, or finds
# what was lost, is no party to it

_LOST_LAPTOP = (
    "Wiltshire officer loses laptop\n\n"
    "A Wiltshire Police officer lost a laptop holding the details of 300 witnesses on a train "
    "in 2023. "
)


def test_a_force_opening_or_called_into_an_inquiry_is_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    for tail in (
        "Gloucestershire Constabulary was called in to investigate the loss of the laptop.",
        "Gloucestershire Constabulary has opened an investigation into the lost laptop.",
        "Detectives from Gloucestershire Constabulary are trying to trace the stolen laptop.",
        "Gloucestershire Constabulary officers later found the laptop dumped in a bin.",
    ):
        assert forces(nlp, _LOST_LAPTOP + tail) == {"Wiltshire Police"}, tail
    # negative: with no other force at fault, the inquiry is into the force's own loss
    text = (
        "Laptop lost\n\n"
        "A laptop holding the details of 300 witnesses was lost on a train in 2023. "
        "Gloucestershire Constabulary has opened an investigation into how its officer lost "
        "the laptop."
    )
    assert forces(nlp, text) == {"Gloucestershire Constabulary"}


def test_a_case_after_another_forces_figures_in_its_words_is_that_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "South East forces log 900 data breaches\n\n"
        "Kent Police recorded 312 data breaches between 2020 and 2023, the most in the South "
        "East, figures obtained under the Freedom of Information Act show. Sussex Police said "
        "it had recorded 280 over the same period. In one case, an officer lost a folder of "
        "witness statements on a train in 2022. Surrey Police recorded 190."
    )
    assert incidents(nlp, text) == [("Sussex Police", "loss_or_theft_of_paperwork", 2022)]
    # negative: the story's own force giving its figures keeps its case
    text = (
        "Kent police data breaches top 300\n\n"
        "Kent Police said it had recorded 312 data breaches between 2020 and 2023. In one "
        "case, an officer lost a folder of witness statements on a train in 2022. Sussex "
        "Police recorded 280 over the same period."
    )
    assert incidents(nlp, text) == [("Kent Police", "loss_or_theft_of_paperwork", 2022)]
