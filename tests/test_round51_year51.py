"""Round 51 (r51-year51): dates of other bodies and other things that are not the breach's.

1. A story that calls its breach "the latest in a string of" losses (`series_frames` in
   cues.toml [dates]) goes on to list other bodies' losses: the sentences after it, a few at
   most, that name no force and no police (`_series_item` in extract/rules/dates.py) date
   those losses, not the story's breach. A sentence naming a force, or the force, keeps its
   date.
2. "<number> times" after a verb of an audience ("was viewed more than 90,000 times") counts
   how often a put-out item was seen (`_audience_count`): no figure making the story's one
   loose date a baseline. A figure of complaints or clips still is one.
3. "who took charge of the constabulary three years ago" dates a career (`career` cues), no
   scene of the story: it no longer competes with, or stands in for, the breach's date.

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.incident_probe import cleaned_page


def _years(nlp, text: str, published: date | None = None) -> dict[str | None, object]:  # type: ignore[no-untyped-def]
    return {i.force: i.breach_year for i in cleaned_page(nlp, text, published).incidents}


SERIES = [
    (
        "Dorset Police loses files on witness in stalking case\n\n"
        "A folder of statements from a stalking case has been lost by Dorset Police, the force "
        "confirmed on Tuesday.\n\n"
        "An officer is thought to have left the folder on a bench outside a court in Poole.\n\n"
        "The loss comes as the latest in a string of blunders with personal data by public "
        "bodies.\n\n"
        "In June 2018 a hospital trust in Bristol left patient records in a skip behind a "
        "closed clinic.\n\n"
        "The force said it had told the people whose details were in the folder.",
        "Dorset Police",
    ),
    (
        "Memory stick with custody records goes missing at Cheshire Police\n\n"
        "A memory stick holding custody records has gone missing at Cheshire Police "
        "headquarters.\n\n"
        "Staff noticed the device was gone during a routine audit of equipment.\n\n"
        "The missing stick counts as one of a series of data losses by government departments and "
        "councils.\n\n"
        "Two years earlier a tax office employee posted two unencrypted discs that never "
        "arrived.\n\n"
        "A ministry laptop was also stolen from a parked car in 2017.",
        "Cheshire Constabulary",
    ),
]


@pytest.mark.parametrize(("text", "force"), SERIES)
def test_losses_listed_after_a_series_frame_date_no_breach(nlp, text: str, force: str) -> None:  # type: ignore[no-untyped-def]
    assert _years(nlp, text) == {force: None}


def test_the_force_told_after_the_frame_keeps_its_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Files found in skip belonged to Durham Constabulary\n\n"
        "Sacks holding case files turned up in a skip in Bishop Auckland, Durham Constabulary has "
        "confirmed.\n\n"
        "The loss comes as the latest in a line of data blunders by public bodies.\n\n"
        "The force said the files had been put out with the rubbish by mistake in March 2022."
    )
    assert _years(nlp, text) == {"Durham Constabulary": 2022}


def test_another_force_listed_after_the_frame_keeps_its_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lincolnshire Police emails victims' names to wrong charity\n\n"
        "Lincolnshire Police has apologised after sending a list of domestic abuse victims to "
        "the wrong charity.\n\n"
        "The list was attached to an email meant for a support service.\n\n"
        "The error comes as the latest in a run of email mistakes by police forces.\n\n"
        "Kent Police was reprimanded after a similar email error in 2021."
    )
    years = _years(nlp, text)
    assert years.get("Kent Police") == 2021
    assert years.get("Lincolnshire Police") is None


def test_a_date_well_past_the_frame_is_the_story_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Laptop stolen from Gwent Police officer's car\n\n"
        "A laptop holding witness details was stolen from a Gwent Police officer's car.\n\n"
        "The theft comes as the latest in a series of losses of equipment.\n\n"
        "A spokesperson said all staff would get more training.\n\n"
        "Encryption had been switched on for the machine, the spokesperson said.\n\n"
        "Officers are appealing for witnesses.\n\n"
        "The laptop was taken from outside a gym in Newport in October 2023."
    )
    assert _years(nlp, text) == {"Gwent Police": 2023}


CLIP = (
    "Norfolk Constabulary officer to face hearing over custody film\n\n"
    "An officer is to face a misconduct hearing after film from a custody camera appeared "
    "online.\n\n"
    "According to the IOPC, the officer is said to have recorded the film off a screen at work "
    "and passed it to a chat group.\n\n"
    "The film, which showed a 17-year-old being held on the ground in a Norwich street two "
    "summers ago, went up on Instagram soon afterwards{tail}.\n\n"
    "A friend of the boy saw the film and his parents made a complaint.\n\n"
    "The IOPC took the case on after a referral."
)
PUBLISHED = date(2026, 6, 9)
FORCE = "Norfolk Constabulary"


def test_an_audience_count_is_no_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = CLIP.format(tail=", where it was watched more than 60,000 times before it was deleted")
    assert _years(nlp, text, PUBLISHED) == {FORCE: 2024}


def test_a_figure_of_clips_is_still_a_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = CLIP.format(tail=", one of 60,000 clips the force holds")
    assert _years(nlp, text, PUBLISHED) == {FORCE: None}


def test_an_active_count_of_views_is_still_a_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = CLIP.format(tail=", where staff viewed it 60,000 times")
    assert _years(nlp, text, PUBLISHED) == {FORCE: None}


HEAD = (
    "Cumbria chief writes to woman over force promo film\n\n"
    "A woman who was filmed during a domestic call-out has had a letter of apology from "
    "the head of Cumbria Constabulary after the footage went into a recruitment film.\n\n"
)
TOOK_CHARGE = (
    "Mr Slater, who took charge of Cumbria Constabulary three years ago, wrote to her.\n\n"
)
REFERRED = "The constabulary told the ICO about it itself."
AGREED = date(2025, 5, 20)


def test_a_career_date_is_no_scene(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _years(nlp, HEAD + TOOK_CHARGE + REFERRED, AGREED) == {"Cumbria Constabulary": None}


def test_a_career_date_leaves_the_story_s_own_date(nlp) -> None:  # type: ignore[no-untyped-def]
    told = "The film went up on the force's YouTube channel in the autumn of 2024.\n\n"
    assert _years(nlp, HEAD + told + TOOK_CHARGE + REFERRED, AGREED) == {
        "Cumbria Constabulary": 2024
    }


def test_joining_a_claim_over_a_breach_is_no_career(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officers join claim over data leak\n\n"
        "Hundreds of officers have joined a legal claim over the 2023 leak of their names by "
        "Cumbria Constabulary.\n\n"
        "The force published a spreadsheet of staff names online by mistake."
    )
    assert _years(nlp, text, AGREED) == {"Cumbria Constabulary": 2023}


OWN_RUN = (
    "Custody papers left in a pub by Hampshire officer\n\n"
    "A bundle of custody papers was left in a pub in Winchester by a Hampshire Constabulary "
    "officer.\n\n"
    "The blunder comes as the latest in a run of losses of paperwork {whose}.\n\n"
    "In 2022 a folder of witness statements went missing from {where}."
)


def test_a_run_of_the_force_s_own_losses_keeps_their_dates(nlp) -> None:  # type: ignore[no-untyped-def]
    text = OWN_RUN.format(whose="at the force", where="a patrol car")
    assert _years(nlp, text) == {"Hampshire Constabulary": 2022}


def test_a_run_of_other_bodies_losses_does_not(nlp) -> None:  # type: ignore[no-untyped-def]
    text = OWN_RUN.format(whose="across the public sector", where="a hospital ward")
    assert _years(nlp, text) == {"Hampshire Constabulary": None}


def test_the_story_s_own_thing_taken_up_after_the_frame_keeps_its_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tablet with victim details missing\n\n"
        "Avon and Somerset Police has lost a tablet holding the details of rape victims.\n\n"
        "The loss comes as the latest in a string of blunders across the public sector.\n\n"
        "The tablet went missing from a train in April 2023 and has not been found."
    )
    assert _years(nlp, text, date(2023, 6, 1)) == {"Avon and Somerset Police": 2023}


def test_general_data_words_or_a_possessive_take_up_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Memory stick with victims' details lost by Wiltshire Police\n\n"
        "Wiltshire Police has lost a memory stick with crime victims' details on it.\n\n"
        "The loss comes as the latest in a string of blunders across the public sector.\n\n"
        "In 2018 the details of 900 pupils turned up in a bin behind a school, and a year "
        "later a council left its tenancy files on a train."
    )
    assert _years(nlp, text) == {"Wiltshire Police": None}
