"""Round 14 relevance mechanisms, each proved by paraphrases written for it (positive and
negative): the police as another body's victims, and routine sharing between forces."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract


def relevant(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).relevant


# --- officers among a company's victims; forces only pass on advice; a feared exposure

VICTIMS = (
    "Police staff among 90,000 customers hit by hack on online florist\n\n"
    "Serving officers are among the customers whose names and home addresses were stolen "
    "when hackers broke into the systems of BloomPost, an online flower shop. BloomPost said "
    "it had told the Information Commissioner's Office. The Police Superintendents' "
    "Association said officers' addresses might now be in the hands of criminals. "
    "Merseyside Police has emailed its staff with advice."
)


def test_officers_as_a_companys_victims_are_not_a_police_breach(nlp) -> None:
    assert not relevant(nlp, VICTIMS)


def test_a_force_that_emailed_victims_data_by_mistake_stays_relevant(nlp) -> None:
    # negative: the force itself sent people's details to the wrong address
    text = (
        "Merseyside Police apologises for email blunder\n\n"
        "Merseyside Police emailed the home addresses of 40 witnesses to the wrong person. "
        "The force has referred itself to the Information Commissioner's Office."
    )
    assert relevant(nlp, text)


# --- records shared between forces: how the police work, not a disclosure


def test_records_shared_with_other_forces_are_not_a_breach(nlp) -> None:
    text = (
        "Durham Constabulary launches new intelligence database\n\n"
        "Durham Constabulary has started using a new case management system which holds "
        "custody and intelligence files in a single database shared with neighbouring forces. "
        "A published assessment explains how personal information will be shared with "
        "Cleveland Police and Northumbria Police. The force said no records were lost."
    )
    assert not relevant(nlp, text)


def test_records_shared_with_a_stranger_stay_a_breach(nlp) -> None:
    # negative: the recipient is no police body
    text = (
        "Durham Constabulary officer shared victim's file\n\n"
        "A Durham Constabulary officer shared a rape victim's statement with her ex-partner. "
        "The force apologised."
    )
    assert relevant(nlp, text)


# --- the police say none of their systems was breached: the breach is another's


def test_a_breach_the_police_say_was_not_theirs_is_not_relevant(nlp) -> None:
    text = (
        "Hackers steal officers' emails from online police chat board\n\n"
        "Hackers have taken the email addresses of hundreds of officers from an online chat "
        "board run by a private company. West Midlands Police said no database held by the "
        "force had been hacked, and its cyber unit is looking into the theft."
    )
    assert not relevant(nlp, text)
    text = text.replace(
        "West Midlands Police said no database held by the force had been hacked",
        "West Midlands Police said: 'This is not a police data breach'",
    )
    assert not relevant(nlp, text)


def test_no_one_telling_the_police_is_no_denial(nlp) -> None:
    # negative: 'no one' is no denial of the force's breach
    text = (
        "West Midlands Police lost files of 50 witnesses\n\n"
        "West Midlands Police lost the files of 50 witnesses in 2022. For months no one at the "
        "force noticed the files had been lost."
    )
    assert relevant(nlp, text)


# --- a force that reported itself to the regulator tells of one breach, not a statistic


def test_a_self_referral_makes_people_counted_a_story_not_a_statistic(nlp) -> None:
    text = (
        "PCs keep jobs over crash photos\n"
        'Two constables given final written warnings; force says it "referred itself" to the '
        "data watchdog\n\n"
        "Two Cumbria police officers who posted images of a crash victim into a group chat "
        "have been allowed to keep their jobs.\n\n"
        "The pictures were taken on a work phone at the scene near Carlisle on 9 May 2023 and "
        "sent on to a chat of 14 members."
    )
    ex = extract(Document(text=text), nlp)
    assert ex.relevant
    assert [i.force for i in ex.incidents] == ["Cumbria Constabulary"]


# --- a breach word aimed at another body named right after it: that body's breach


def test_a_hack_into_a_councils_system_that_police_solved_is_not_relevant(nlp) -> None:
    text = (
        "Man jailed for hacking into council's housing database\n\n"
        "A 24-year-old man who stole the personal details of 3,000 tenants from a council "
        "computer system has been jailed for two years. Officers from Merseyside Police's "
        "cyber crime unit traced the attack to his flat and seized his laptop. The council "
        "told the Information Commissioner's Office of the breach in 2023."
    )
    assert not relevant(nlp, text)


def test_an_attack_on_the_forces_own_supplier_stays_relevant(nlp) -> None:
    # negative: a supplier holds the force's data, so its breach is the force's
    text = (
        "Merseyside Police staff details taken in cyber attack on its IT supplier\n\n"
        "Merseyside Police said the names and home addresses of 900 officers were stolen "
        "when hackers attacked a contractor that runs its payroll. The force has told the "
        "Information Commissioner's Office."
    )
    assert relevant(nlp, text)
