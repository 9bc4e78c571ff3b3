"""Round 10 relevance mechanisms, each proved by paraphrases written for it (positive and
negative): crime the police record or are told of is no breach of the force's own data."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract


def relevant(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).relevant


# --- a headline of crime figures: crime recorded by the force, not its breach

CRIME_STORY = (
    "Avon and Somerset Police logged 5,200 cyber crimes in 2023, against 3,900 the year "
    "before. The total takes in phishing and the hacking of social media accounts. Officers "
    "said 600 victims had their personal data stolen in a data breach at a shop or a website "
    "before the criminals contacted them. The force has 40 staff in its cyber team."
)


def test_a_crime_figures_headline_is_not_a_police_breach(nlp) -> None:
    text = "Online fraud reported to Avon and Somerset Police climbs by a third\n\n" + CRIME_STORY
    assert not relevant(nlp, text)
    text = "Figures show recorded crime in Avon and Somerset rises again\n\n" + CRIME_STORY
    assert not relevant(nlp, text)


def test_a_breach_headline_with_crime_words_stays_relevant(nlp) -> None:
    # negative: the headline tells of the force's own breach; crime words do not undo it
    text = (
        "Avon and Somerset Police leaked crime victims' details, figures show\n\n"
        "Avon and Somerset Police sent a spreadsheet naming 300 victims of fraud to the wrong "
        "email address in 2021. The force apologised for the data breach."
    )
    assert relevant(nlp, text)


def test_a_breach_word_naming_a_crime_keeps_a_crime_figures_headline(nlp) -> None:
    text = "Recorded crime drops in Avon and Somerset as fraud and hacking climb\n\n" + CRIME_STORY
    assert not relevant(nlp, text)
    text = "Computer misuse offences in Avon and Somerset rise by a fifth\n\n" + CRIME_STORY
    assert not relevant(nlp, text)


# --- national police figures on another body's page are a comparison, not the page's subject

SECTOR_BODY = (
    "Hospitals told the Information Commissioner's Office of 1,500 data breaches in 2022, "
    "a study by a security firm found. Most were letters sent to the wrong address. "
    "Police forces reported 190 breaches to the regulator in the same year, the study said."
)


def test_police_totals_on_another_bodys_page_are_not_relevant(nlp) -> None:
    text = "Hospital trusts top the table for data breaches\n\n" + SECTOR_BODY
    assert not relevant(nlp, text)


def test_police_totals_under_a_police_headline_stay_relevant(nlp) -> None:
    # negative: the headline is about the police; the national figure is the page's subject
    text = "Police data breaches reported to the regulator\n\n" + SECTOR_BODY
    assert relevant(nlp, text)


# --- a force named only as a recipient on another body's statistics page owns no figures

COUNCIL_BODY = (
    "The authority recorded 240 data breaches in 2023/24, up from 199 the year before. "
    "Emails and letters sent to the wrong people made up 150 of them. In one case a "
    "letter about a family was posted to an officer at Thames Valley Police by mistake, "
    "and the officer returned it the same day."
)


def test_another_bodys_tally_is_not_the_recipient_forces(nlp) -> None:
    ex = extract(Document(text="County council logs 240 data breaches\n\n" + COUNCIL_BODY), nlp)
    assert not ex.relevant
    assert not ex.breach_counts


def test_crime_figures_of_the_forces_own_staff_stay_relevant(nlp) -> None:
    # negative: crimes by the force's own officers are its breaches, however headlined
    text = (
        "Misconduct offences by police officers climb, figures show\n\n"
        "Avon and Somerset Police officers checked records on police systems with no "
        "policing purpose on dozens of occasions in 2023, more often than the year before. "
        "A sergeant was dismissed after looking up his former partner's file."
    )
    assert relevant(nlp, text)


# --- a force that helps another body's inquiry is no party to the breach


def test_a_force_lending_help_to_an_inquiry_has_no_incident(nlp) -> None:
    text = (
        "Hackers read officers' emails at Cleveland Police for weeks\n\n"
        "The Information Commissioner's Office has reprimanded Cleveland Police after "
        "criminals got into the mailboxes of 12 officers in 2022. A regional crime unit "
        "investigated the cyber attack, with technical support from Durham Constabulary. "
        "No one has been charged."
    )
    ex = extract(Document(text=text), nlp)
    forces = {i.force for i in ex.incidents}
    assert "Cleveland Police" in forces
    assert "Durham Constabulary" not in forces
