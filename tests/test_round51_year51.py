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
        "The loss is the latest in a string of blunders with personal data by public bodies.\n\n"
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
        "The missing stick is one of a series of data losses by government departments and "
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
        "Bags of case files were found in a skip in Bishop Auckland, Durham Constabulary has "
        "confirmed.\n\n"
        "The loss is the latest in a line of data blunders by public bodies.\n\n"
        "The force said the files had been put out with the rubbish by mistake in March 2022."
    )
    assert _years(nlp, text) == {"Durham Constabulary": 2022}


def test_another_force_listed_after_the_frame_keeps_its_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lincolnshire Police emails victims' names to wrong charity\n\n"
        "Lincolnshire Police has apologised after sending a list of domestic abuse victims to "
        "the wrong charity.\n\n"
        "The list was attached to an email meant for a support service.\n\n"
        "The error is the latest in a run of email mistakes by police forces.\n\n"
        "Kent Police was reprimanded after a similar email error in 2021."
    )
    years = _years(nlp, text)
    assert years.get("Kent Police") == 2021
    assert years.get("Lincolnshire Police") is None


def test_a_date_well_past_the_frame_is_the_story_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Laptop stolen from Gwent Police officer's car\n\n"
        "A laptop holding witness details was stolen from a Gwent Police officer's car.\n\n"
        "The theft is the latest in a series of losses of equipment.\n\n"
        "A spokesperson said all staff would get more training.\n\n"
        "Encryption had been switched on for the machine, the spokesperson said.\n\n"
        "Officers are appealing for witnesses.\n\n"
        "The laptop was taken from outside a gym in Newport in October 2023."
    )
    assert _years(nlp, text) == {"Gwent Police": 2023}


CLIP = (
    "Norfolk Constabulary officer faces misconduct hearing over leaked custody clip\n\n"
    "An officer will face a misconduct hearing after footage from a custody suite camera was "
    "shared online.\n\n"
    "The IOPC said the officer is alleged to have filmed the footage from a screen at work "
    "and sent it to a group chat.\n\n"
    "The clip, which showed a 17-year-old being held on the ground in a Norwich street two "
    "summers ago, was later posted on Instagram{tail}.\n\n"
    "His mother complained to the force after a friend saw the clip.\n\n"
    "The force referred the matter to the IOPC."
)
PUBLISHED = date(2026, 6, 9)


def test_an_audience_count_is_no_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = CLIP.format(tail=", where it was watched more than 60,000 times before it was deleted")
    assert _years(nlp, text, PUBLISHED) == {"Norfolk Constabulary": 2024}


def test_a_figure_of_clips_is_still_a_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = CLIP.format(tail=", one of 60,000 clips the force holds")
    assert _years(nlp, text, PUBLISHED) == {"Norfolk Constabulary": None}


HEAD = (
    "Chief constable says sorry over video\n\n"
    "The chief constable of Cumbria Constabulary has apologised to a woman whose face was "
    "shown in a video put out by the force.\n\n"
)
TOOK_CHARGE = (
    "Mr Slater, who took charge of Cumbria Constabulary three years ago, wrote to her.\n\n"
)
REFERRED = "The force has referred itself to the ICO."
AGREED = date(2025, 5, 20)


def test_a_career_date_is_no_scene(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _years(nlp, HEAD + TOOK_CHARGE + REFERRED, AGREED) == {"Cumbria Constabulary": None}


def test_a_career_date_leaves_the_story_s_own_date(nlp) -> None:  # type: ignore[no-untyped-def]
    told = (
        "The clip was part of a round-up video published by the force's media team in the "
        "summer of the previous year.\n\n"
    )
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
