"""Round 14 (breach year and type), each mechanism proved by paraphrases written for it,
positive and negative: 'the start of 2021' is a part of the date, not a system's start; a
number that measures or names something ('a 29-year-old constable', 'at number 14') is no
figure making the story's one date a baseline; a person released from custody is no data
released."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract

PUBLISHED = date(2024, 6, 10)


def primary(nlp, text: str) -> tuple[int | None, str | None]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text, published=PUBLISHED), nlp)
    incident = next(i for i in ex.incidents if i.mention == "primary")
    return incident.breach_year, incident.breach_type


# --- 'at the start of 2021': a point of the date, which the event after it governs


def test_the_start_of_a_year_is_part_of_the_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "At the start of 2021 a Kent Police officer emailed a victim's statement to the "
        "suspect in her case. The ICO reprimanded the force."
    )
    assert primary(nlp, text)[0] == 2021
    text = (
        "Early in the investigation, at the beginning of 2020, a Kent Police officer posted a "
        "witness's statement to the wrong address. The ICO reprimanded the force."
    )
    assert primary(nlp, text)[0] == 2020
    # negative: a system begun at the start of a year still dates no breach
    text = (
        "A Kent Police officer emailed a victim's statement to the suspect in her case in 2019. "
        "The force moved to a new email system at the start of 2021."
    )
    assert primary(nlp, text)[0] == 2019


# --- a measure or an age is no figure beside the story's one date


_SCENE = (
    "A {who} had been at the scene of a fatal crash in the summer of 2021{extra}. She told her "
    "sister the name of the driver that evening. The IOPC said she had breached the force's "
    "data protection rules and she was given a final written warning."
)


def test_an_age_or_a_measure_is_no_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _SCENE.format(who="29-year-old Kent Police constable", extra="")
    assert primary(nlp, text)[0] == 2021
    text = _SCENE.format(who="Kent Police constable", extra=", a 40-minute drive from home")
    assert primary(nlp, text)[0] == 2021
    text = _SCENE.format(who="Kent Police constable", extra=" outside number 12 on her road")
    assert primary(nlp, text)[0] == 2021
    # negative: a count beside the date still makes it a baseline of figures
    text = _SCENE.format(who="Kent Police constable", extra=", with 14 colleagues")
    assert primary(nlp, text)[0] is None


# --- a person released from custody is no data released


_RELEASED = (
    "A Kent Police constable had been at the scene of a fatal crash in the summer of 2021. That "
    "evening she shared a photograph of the injured driver with friends. The IOPC said she had "
    "breached the force's data protection rules. {last}"
)


def test_a_person_released_is_no_later_disclosure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _RELEASED.format(last="The driver was later released without charge.")
    assert primary(nlp, text) == (2021, "inappropriate_disclosure")
    text = _RELEASED.format(last="The driver was later released on bail.")
    assert primary(nlp, text)[0] == 2021
    # negative: the photograph released later is a later breach, told with no date
    text = _RELEASED.format(last="The photograph was later released to a newspaper.")
    assert primary(nlp, text)[0] is None


# --- the press as the one the data went to


def test_data_handed_to_the_press_is_a_disclosure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police was reprimanded after an officer leaked details of a celebrity's arrest "
        "to a tabloid in 2022."
    )
    assert primary(nlp, text)[1] == "inappropriate_disclosure"
    text = (
        "Kent Police was reprimanded after a detective passed the names of two witnesses in a "
        "murder trial to a broadcaster."
    )
    assert primary(nlp, text)[1] == "inappropriate_disclosure"
    # negative: the press telling the story is no recipient of the data
    text = (
        "Kent Police was reprimanded after a bag of witness statements was left on a train in "
        "2022. A tabloid reported the story the next week."
    )
    assert primary(nlp, text)[1] == "loss_or_theft_of_paperwork"


# --- the force acting as a body after the breach sets no scene


_AFTERMATH = (
    "Kent Police was reprimanded after an officer emailed a victim's statement to the suspect "
    "in her case. {last}"
)


def test_the_force_acting_as_a_body_dates_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _AFTERMATH.format(last="The force apologised to the woman in 2023.")
    assert primary(nlp, text)[0] is None
    text = _AFTERMATH.format(last="Kent Police wrote to every victim in the case in 2023.")
    assert primary(nlp, text)[0] is None
    # negative: a person's act, even at the force's premises, still sets the story's scene
    text = (
        "A Kent Police constable had driven a prisoner to the force's custody suite in the "
        "summer of 2021. She told her sister the prisoner's name that evening. The IOPC said she "
        "had breached the force's data protection rules and she was given a final written warning."
    )
    assert primary(nlp, text)[0] == 2021


# --- what came in to the force is no data of the force's going astray


def test_what_came_in_to_the_force_dates_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _AFTERMATH.format(last="The woman's solicitor sent a letter to the force in 2023.")
    assert primary(nlp, text)[0] is None
    text = _AFTERMATH.format(last="The woman had first reported her ex-partner to police in 2019.")
    assert primary(nlp, text)[0] is None
    # negative: the force's own sending, to whoever, is the breach
    text = (
        "Kent Police was reprimanded after an officer sent a victim's statement to the suspect "
        "in her case in 2022. The woman's solicitor wrote to the force."
    )
    assert primary(nlp, text)[0] == 2022


# --- an appointment is a career's date


def test_an_appointment_is_no_breach_date(nlp) -> None:  # type: ignore[no-untyped-def]
    last = "The force's data protection officer, who was appointed in 2021, said sorry."
    assert primary(nlp, _AFTERMATH.format(last=last))[0] is None
    # negative: a breach told in the same sentence keeps its date
    text = (
        "Kent Police was reprimanded after an officer who was appointed to a new team emailed a "
        "victim's statement to the suspect in her case in 2022."
    )
    assert primary(nlp, text)[0] == 2022


# --- 'the year before' counts back from the date told just before, as 'a year earlier' does


def test_the_year_before_counts_from_the_sentence_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police was reprimanded by the ICO in 2023. The force had lost an unencrypted "
        "memory stick holding victims' details the year before."
    )
    assert primary(nlp, text)[0] == 2022
    # negative: with no date told before, it counts from the publication date (2024)
    text = (
        "Kent Police was reprimanded by the ICO. The force had lost an unencrypted memory stick "
        "holding victims' details the previous year."
    )
    assert primary(nlp, text)[0] == 2023


# --- a breach verb aimed at a regulator tells of the report


def test_data_passed_to_a_regulator_dates_the_report(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police was reprimanded after a memory stick holding victims' details was lost. "
        "The force disclosed the loss to the ICO in 2022."
    )
    assert primary(nlp, text)[0] is None
    text = (
        "Kent Police was reprimanded after a memory stick holding victims' details was lost. "
        "The force sent details of the loss to the Information Commissioner's Office in 2022."
    )
    assert primary(nlp, text)[0] is None
    # negatives: the regulator is another verb's recipient; disclosed to anyone else, the date
    # is the breach's
    text = (
        "Kent Police was reprimanded after an email containing a victim's statement was sent to "
        "a suspect. The mistake was made in 2022 and reported to the ICO in 2023."
    )
    assert primary(nlp, text)[0] == 2022
    text = (
        "Kent Police was reprimanded after an officer disclosed a victim's address to her abuser "
        "in 2022. The force told the ICO."
    )
    assert primary(nlp, text)[0] == 2022


# --- the news told is no data released


def test_an_announcement_released_is_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police was reprimanded by the ICO. In a statement released on Friday, the force said "
        "it had apologised. The force shared an update on its website."
    )
    assert primary(nlp, text) == (None, None)
    # negatives: records released or shared are still the breach
    text = (
        "Kent Police was reprimanded after the force released witness statements to a defendant "
        "in 2022."
    )
    assert primary(nlp, text)[0] == 2022
    text = (
        "Kent Police was reprimanded after it shared witness statements with a defendant in 2022."
    )
    assert primary(nlp, text) == (2022, "inappropriate_disclosure")


# --- an apology's date is the apology's


def test_an_apology_dates_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    last = "In 2023, the woman received a letter of apology."
    assert primary(nlp, _AFTERMATH.format(last=last))[0] is None
    last = "The officer apologised to the woman in 2023."
    assert primary(nlp, _AFTERMATH.format(last=last))[0] is None
    # negative: a breach told in the apology's sentence keeps its date
    text = (
        "Kent Police has apologised after an officer emailed a victim's statement to the suspect "
        "in her case in 2022. The ICO reprimanded the force."
    )
    assert primary(nlp, text)[0] == 2022


# --- a page with no date: the latest year it names stands for its own


def test_an_undated_page_counts_from_its_latest_year(nlp) -> None:  # type: ignore[no-untyped-def]
    def undated(text: str) -> int | None:
        ex = extract(Document(text=text, published=None), nlp)
        return next(i for i in ex.incidents if i.mention == "primary").breach_year

    scene = _SCENE.format(who="Kent Police constable", extra="")
    assert undated(scene + " By 2023 the force employed 3,000 officers.") == 2021
    # negative: the page's only year may be its own ("now"): no loose date
    assert undated(scene) is None
