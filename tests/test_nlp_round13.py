"""Round 13 mechanisms (audit20's tuning half), each proved by paraphrases written for it,
positive and negative: a masthead's date dates no story, a number word is no statistic, a
period 'beginning in' a year is the events' span, and a force's own department names it."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract


def primary_year(nlp, text: str, published: date | None = None) -> int | None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text, published=published), nlp)
    primary = next(i for i in ex.incidents if i.mention == "primary")
    return primary.breach_year


def forces(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted({i.force for i in extract(Document(text=text), nlp).incidents if i.force})


# --- the masthead's date is the page's, and sets no scene for the lede


def test_a_masthead_date_does_not_date_the_lede(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Courier | 12 February 2026\n\n"
        "A Kent Police constable gave a stalker the new address of the woman he had been "
        "harassing, the IOPC has found.\n\n"
        "The watchdog said the officer should face a misconduct hearing."
    )
    assert primary_year(nlp, text) != 2026
    # negative: a sentence opening on a full date still sets the scene for the next one
    text = (
        "On Friday 6 March 2020 a detective was travelling home from London. "
        "He left a bag of witness statements on the train. "
        "The ICO reprimanded Kent Police."
    )
    assert primary_year(nlp, text) == 2020


# --- a number word counts people in a story; figures in digits are a statistic's


def test_a_number_word_beside_the_one_date_is_no_statistic(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Essex Echo | 3 August 2026\n\n"
        "An Essex Police officer let slip a woman's new address to her former husband, the "
        "IOPC found.\n\n"
        "She had moved to Colchester with her three sons in the spring of 2024 after he was "
        "jailed.\n\n"
        "She complained to the IOPC later that year."
    )
    assert primary_year(nlp, text) == 2024
    # negative: a figure in digits beside the year still makes it a baseline, not the story's
    text = (
        "Essex Echo | 3 August 2026\n\n"
        "An Essex Police officer let slip a woman's new address to her former husband, the "
        "IOPC found.\n\n"
        "The force now has 3,100 officers, against 2,800 in 2019."
    )
    assert primary_year(nlp, text) != 2019


# --- "over a period beginning in 2022": the span of what went on, not a system's start


def test_a_period_beginning_in_a_year_dates_the_events_told_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A civilian worker at Essex Police has been dismissed for looking up her former "
        "husband on police systems. She ran 40 checks on him over a spell beginning in the "
        "spring of 2021. The checks came to light in March 2023."
    )
    assert primary_year(nlp, text) == 2021
    text = (
        "A constable at Essex Police looked up his neighbours for months starting in 2020. "
        "The force found out in 2022."
    )
    assert primary_year(nlp, text) == 2020
    # negative: a system's own start is still no breach date
    text = (
        "A constable at Essex Police looked up his neighbours in 2021. The force began "
        "using the new database in 2016."
    )
    assert primary_year(nlp, text) == 2021


# --- a department only a force has makes a bare place name the force


def test_a_force_department_names_the_force(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A call handler viewed the records of 60 people she knew. Avon and Somerset's "
        "anti-corruption unit investigated and referred her to the ICO, which prosecuted her."
    )
    assert forces(nlp, text) == ["Avon and Somerset Police"]
    text = (
        "A detective looked up his former wife on police systems. The professional standards "
        "department of Thames Valley investigated and he was sacked."
    )
    assert forces(nlp, text) == ["Thames Valley Police"]
    # negative: the bare place name with no police word beside it is still a place
    text = (
        "A call handler who lives in Avon and Somerset viewed the records of 60 people she "
        "knew, the ICO said."
    )
    assert forces(nlp, text) == []


# --- "reprimanded in 2021 over a 2020 response": the year of the thing at fault


def incidents(nlp, text: str, published: date | None = None) -> list[tuple]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text, published=published), nlp)
    return sorted(((i.force, i.breach_year, i.breach_type) for i in ex.incidents), key=str)


def test_a_year_before_what_a_sanction_was_over_dates_the_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Essex Police was reprimanded by the ICO in 2022 over a 2021 reply to a freedom of "
        "information request that wrongly included the names of witnesses."
    )
    assert [y for _, y, _ in incidents(nlp, text)] == [2021]
    # negative: the decision's own year, said plainly, stays the decision's
    text = "Essex Police was reprimanded by the ICO in 2022 after it emailed victims' names."
    assert [y for _, y, _ in incidents(nlp, text)] != [2022]


# --- "not the first time a force has ...": forces in general, not the story's own


def test_a_comparison_with_forces_in_general_is_no_incident_of_the_story(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The ICO fined Essex Police £80,000 after it emailed a list of informants to a "
        "journalist in 2022. It is not the first time a force has leaked a list by email. "
        "Kent Police was reprimanded in 2020 after officers emailed the wrong spreadsheet."
    )
    found = incidents(nlp, text)
    assert [f for f, _, _ in found].count("Essex Police") == 1
    assert "Kent Police" in [f for f, _, _ in found]
    # negative: 'the force' in such a sentence is the story's force, its earlier breach its own
    text = (
        "The ICO fined Essex Police £80,000 after it emailed a list of informants to a "
        "journalist in 2022. It is not the first time the force has been caught out: in 2018 "
        "it lost a laptop holding victims' statements."
    )
    assert [f for f, _, _ in incidents(nlp, text)].count("Essex Police") == 2


# --- "The ICO fined it ...": the sanction's object is the force the sentence before named


def test_a_sanction_on_it_goes_with_the_force_just_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In March the ICO reprimanded Essex Police after officers lost a bag of case files "
        "in 2024. Later in the year, Kent Police became the first force for some time to be "
        "penalised. The ICO fined it £90,000 over a spreadsheet published on its website in 2023."
    )
    found = {f: (y, t) for f, y, t in incidents(nlp, text)}
    assert found["Kent Police"][0] == 2023
    assert found["Essex Police"][0] == 2024
    # negative: a sanction on a named force is that force's, whoever was named before
    text = (
        "In March the ICO reprimanded Norfolk Constabulary after officers lost a bag of case "
        "files in 2024. Later in the year, Kent Police became the first force for some time "
        "to be penalised. The ICO fined Essex Police £90,000 over a spreadsheet published on "
        "its website in 2023."
    )
    found = {f: (y, t) for f, y, t in incidents(nlp, text)}
    assert found["Essex Police"][0] == 2023
    assert found.get("Kent Police", (None, None))[0] != 2023


# --- what a denial covers: alternatives joined by 'or'


def relevant(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).relevant


def test_a_denial_covers_each_alternative_joined_by_or(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police has moved its case files to a new computer system. The force said "
        "every file had been checked and none had been deleted or corrupted."
    )
    assert not relevant(nlp, text)
    # negative: a loss stated as fact beside the denial is still a breach
    text = (
        "Kent Police has moved its case files to a new computer system. The force said "
        "none had been corrupted, but a laptop holding victims' statements was stolen."
    )
    assert relevant(nlp, text)


# --- what a system is proofed against did not happen


def test_what_a_system_is_protected_against_did_not_happen(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police has moved its case files to a new computer system. The system has been "
        "tested against cyber attack and meets national standards, the force said. Staff "
        "receive data protection training before they are given a login."
    )
    assert not relevant(nlp, text)
    # negative: an attack that got past the protection is a breach
    text = (
        "Kent Police said its system was protected against phishing, but hackers stole the "
        "personal details of 300 officers in a ransomware attack."
    )
    assert relevant(nlp, text)


# --- a safeguard on an activity tells of none done wrong


def test_a_safeguard_on_access_is_no_access(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police has moved its case files to a new computer system. Access to records is "
        "audited, and staff must complete data protection training first."
    )
    assert not relevant(nlp, text)
    # negative: the audit that found the look-ups does not undo them
    text = (
        "An audit found a Kent Police constable had accessed records of his neighbours "
        "without a policing purpose."
    )
    assert relevant(nlp, text)


# --- "last September" in a November story, anchored on the later event the sentence dates


def test_an_ambiguous_last_month_is_the_one_before_the_decision(nlp) -> None:  # type: ignore[no-untyped-def]
    published = date(2026, 11, 20)
    text = (
        "In July Kent Police was reprimanded by the ICO after a detective left a case file "
        "on a train last October."
    )
    assert primary_year(nlp, text, published) == 2025
    # negative: a month before the decision's is the same year's
    text = (
        "In October Kent Police was reprimanded by the ICO after a detective left a case "
        "file on a train last July."
    )
    assert primary_year(nlp, text, published) == 2026


# --- "a convicted burglar": a participle describing someone is no decision


def test_an_attributive_participle_dates_no_decision(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Essex Police was reprimanded by the ICO in May. In 2022 a faulty matching run wrongly "
        "flagged the file of a man with the same name as a convicted burglar."
    )
    assert primary_year(nlp, text) == 2022
    # negative: the same verb as the sentence's own verb is still a decision
    text = (
        "In 2021 a constable at Essex Police wrongly flagged a man's file as violent. The "
        "ICO reprimanded the force in 2023, and the constable was dismissed in 2024."
    )
    assert primary_year(nlp, text) == 2021


# --- a wrong record that was then disclosed is inaccurate data


def test_a_wrong_record_then_disclosed_is_inaccurate_data(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Essex Police was reprimanded by the ICO. A records clerk wrongly attached a "
        "violence warning to the file of an innocent man. The warning was disclosed on his "
        "vetting check when he applied for a job."
    )
    assert [t for _, _, t in incidents(nlp, text)] == ["inaccurate_data"]
    text = (
        "Essex Police was reprimanded by the ICO. A records clerk wrongly flagged an innocent "
        "man as violent. The warning was disclosed to his new employer."
    )
    assert [t for _, _, t in incidents(nlp, text)] == ["inaccurate_data"]
    # negative: a wrongful disclosure named as such stays a disclosure
    text = (
        "Essex Police was reprimanded by the ICO after an incorrect disclosure of a "
        "witness's details to the suspect's family."
    )
    assert [t for _, _, t in incidents(nlp, text)] == ["inappropriate_disclosure"]


# --- on a page of figures, a case announced bare is told by the sentence after it

FIGURES = (
    "Kent Police recorded 210 data breaches last year, figures obtained under the Freedom of "
    "Information Act show. The total compares with 180 in 2022 and 150 in 2021. "
)


def test_a_bare_case_on_a_figures_page_is_told_by_the_next_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = FIGURES + (
        "One of those cases went before a misconduct panel in March. A sergeant had looked "
        "up his former wife's records on police systems on 12 occasions in 2023."
    )
    found = incidents(nlp, text, date(2025, 2, 1))
    assert ("Kent Police", 2023, "unauthorised_access") in found
    # negative: a bare case whose next sentence tells nothing of how adds no incident
    text = FIGURES + (
        "One of those cases went before a misconduct panel in March. The panel's decision "
        "is expected next month."
    )
    assert incidents(nlp, text) == []


# --- "In one shocking case, ...": a word or two describing the case still opens one


def test_a_described_case_opens_a_case(nlp) -> None:  # type: ignore[no-untyped-def]
    text = FIGURES + (
        "In one worrying case, a Kent Police constable looked up a neighbour's records on "
        "the police national computer in 2023."
    )
    assert ("Kent Police", 2023, "unauthorised_access") in incidents(nlp, text)
    # negative: a count of cases is no case
    text = FIGURES + "In one year alone, 80 cases were recorded."
    assert incidents(nlp, text) == []


# --- tracing someone's address on police systems is looking them up


def test_tracing_an_address_is_a_look_up(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A Kent Police constable used the force's computer to track down his former "
        "partner's new address in 2022, a misconduct panel heard."
    )
    assert [t for _, _, t in incidents(nlp, text)] == ["unauthorised_access"]
    text = "A Kent Police sergeant traced the details of a witness on police systems."
    assert [t for _, _, t in incidents(nlp, text)] == ["unauthorised_access"]


# --- a recipient word inside a body's name ("the Public Prosecution Service") is no recipient


def test_a_body_named_with_a_recipient_word_is_no_wrong_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A PSNI civilian worker passed a crash victim's address to her brother in 2023. A file "
        "was sent to the Public Prosecution Service, and the Police Ombudsman investigated."
    )
    assert "emailed_to_incorrect_recipient" not in [t for _, _, t in incidents(nlp, text)]
    # negative: data sent to the public in plain words is still sent to the wrong people
    text = "A PSNI constable emailed a spreadsheet of witnesses' names to the public in 2023."
    assert [t for _, _, t in incidents(nlp, text)] == ["emailed_to_incorrect_recipient"]


# --- a wrong marker on someone's file is inaccurate data, however it came to be there


def test_a_wrong_marker_is_inaccurate_data(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police was given an enforcement notice after the ICO found an incorrect warning "
        "marker had been placed on the files of 40 people from 2020. In some cases it was "
        "repeated in vetting checks supplied to employers."
    )
    assert [t for _, _, t in incidents(nlp, text)] == ["inaccurate_data"]
    # negative: a warning marker that was right but disclosed is a disclosure
    text = (
        "A Kent Police officer disclosed a woman's safeguarding marker to her neighbour in "
        "2022, the IOPC found."
    )
    assert [t for _, _, t in incidents(nlp, text)] == ["inappropriate_disclosure"]


# --- a breakdown of figures by kind counts things lost as a kind of its own


def test_a_breakdown_with_losses_types_no_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police logged 300 data breaches last year, figures released by the force show. "
        "Most were minor. Of those, 120 involved details being emailed to the wrong person "
        "and 40 the loss of documents such as notebooks. But some were more serious. In 2022 "
        "a Kent Police constable shared photos of a suspect with friends on WhatsApp. The "
        "force reported the incident to the ICO, which took no further action."
    )
    found = incidents(nlp, text, date(2024, 3, 1))
    assert ("Kent Police", 2022, "inappropriate_disclosure") in found
    # negative: one loss told with its count is still a loss
    text = "A Kent Police officer lost 40 case files on a train in 2022."
    assert [t for _, _, t in incidents(nlp, text)] == ["loss_or_theft_of_paperwork"]


def test_a_weak_inaccuracy_word_is_no_wrong_record(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kent Police was reprimanded by the ICO after the incorrect sharing of a victim's file."
    assert "inaccurate_data" not in [t for _, _, t in incidents(nlp, text)]
