"""Several breaches in one article, round 37: a sanction told as further back than the
story's breach ("In 2020 it had already been reprimanded for ...") is an earlier occasion of
its own; "the breach in which ..." in a story is the story's breach told again; a telling
word in the present passive said of breaches in general ("Breaches that meet the threshold
are referred to the ICO") is no referral of one breach; on a page of figures, one thing the
force itself did, told beside them, is a case of its own. Every sentence here was written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from incident_probe import field_values, incident_rows

PUB = date(2024, 6, 1)


def _rows(nlp, text: str) -> set[tuple]:  # type: ignore[no-untyped-def]
    return incident_rows(nlp, text, "force", "breach_year", published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cumbria Constabulary reprimanded\n\nCumbria Constabulary has been reprimanded by "
            "the ICO after a rape victim's address was emailed to her former partner in 2023. "
            "In 2020 it had already been reprimanded for losing a laptop holding custody "
            "records.",
            {("Cumbria Constabulary", 2023), ("Cumbria Constabulary", None)},
        ),
        (
            "Dorset Police fined\n\nDorset Police has been fined £100,000 over a ransomware "
            "attack in 2023. Back in 2019 the force had been reprimanded after a detective's "
            "notebook of victims' names was lost.",
            {("Dorset Police", 2023), ("Dorset Police", None)},
        ),
        (
            "Gwent Police reprimanded\n\nGwent Police has been reprimanded for publishing a "
            "list of suspects online in 2024. The force was also reprimanded in 2021 for "
            "emailing a witness statement to the wrong person.",
            {("Gwent Police", 2024), ("Gwent Police", None)},
        ),
    ],
)
def test_sanction_told_further_back_is_an_earlier_occasion(nlp, text, expected):  # type: ignore[no-untyped-def]
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # decided after the breach, in the plain past: the story's own reprimand
            "Cumbria Constabulary reprimanded\n\nCumbria Constabulary emailed a victim's "
            "statement to the suspect in 2022. In 2023 it was reprimanded by the ICO over the "
            "error.",
            {("Cumbria Constabulary", 2022)},
        ),
        (
            "Dorset Police told to delete records\n\nDorset Police has been issued with an "
            "enforcement notice by the ICO for keeping the fingerprints of people never "
            "charged. The problem started in 2015 when the force moved to a new records "
            "system.",
            {("Dorset Police", 2015)},
        ),
    ],
)
def test_own_sanction_stays_with_the_story(nlp, text, expected):  # type: ignore[no-untyped-def]
    assert _rows(nlp, text) == expected


def test_the_incident_in_a_story_is_the_story_told_again(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Gwent Police apologises\n\nGwent Police has apologised after a spreadsheet of "
        "informants was published online in 2022. The force said the breach in which the "
        "names were exposed was caused by human error. The ICO reprimanded the force."
    )
    assert _rows(nlp, text) == {("Gwent Police", 2022)}


def test_referral_in_general_is_no_referral(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Cumbria Constabulary data breaches\n\nCumbria Constabulary reported 88 breaches in "
        "2021. Most involved staff emailing information to the wrong recipient. Breaches that "
        "meet the threshold are referred to the Information Commissioner, the force said."
    )
    assert incident_rows(nlp, text, "force", published=PUB) == set()
    assert field_values(nlp, text, "action", published=PUB) == set()


def test_one_breach_referred_keeps_its_referral(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Cumbria Constabulary breach\n\nCumbria Constabulary emailed a victim's statement to "
        "the wrong address in 2023. The breach was referred to the Information Commissioner's "
        "Office."
    )
    assert field_values(nlp, text, "action", published=PUB) == {"referral"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gwent Police data breaches\n\nGwent Police reported 88 breaches in 2021, according "
            "to FOI figures. Last year the force also posted a witness's new address to the "
            "defendant, leaving her in fear.",
            {("Gwent Police", 2023)},
        ),
        (
            "Dorset Police breach numbers\n\nDorset Police logged 150 data breaches in 2022, "
            "an FOI request has revealed. Separately, a spreadsheet listing informants was put "
            "on the force website in error in 2022 and stayed online for a week.",
            {("Dorset Police", 2022)},
        ),
        (
            # breaches in bulk, told in general: rows, no incident
            "Cumbria Constabulary figures\n\nCumbria Constabulary logged 97 data breaches in "
            "2022, figures show. The figures include every incident logged by the force in "
            "2022, from misdirected emails to files left on trains.",
            set(),
        ),
        (
            "Device losses\n\nPolice forces in the north lost dozens of laptops and phones "
            "last year, figures show. Cumbria Constabulary lost 14 devices in 2023.",
            set(),
        ),
    ],
)
def test_figures_page_tells_what_the_force_did_once(nlp, text, expected):  # type: ignore[no-untyped-def]
    assert _rows(nlp, text) == expected
