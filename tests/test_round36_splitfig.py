"""Several breaches of one force on a page of figures, round 36: the story's own breach and
an earlier one of another kind told apart (a clause or a line split off) are both
incidents -- on a statistics page the story's breach comes only as a case, so the split must
not lose it; a sentence none of whose clauses goes stays whole. A plain roundup of figures
tells no case. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from extract.models import Document
from extract.nlp import extract

PUB = date(2024, 6, 1)
FIGS = (
    "Figures obtained by this paper show {f} recorded 118 data breaches in 2023, up from 91 "
    "the year before. "
)


def _years(nlp, text: str, force: str) -> set[int | None]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text, published=PUB), nlp)
    return {i.breach_year for i in ex.incidents if i.force == force}


@pytest.mark.parametrize(
    ("body", "force", "expected"),
    [
        (
            "The force posted a victim's new address to her attacker in 2023; in 2019 an "
            "officer left a folder of witness statements on a bus.",
            "Dorset Police",
            {2023, 2019},
        ),
        (
            "Dorset Police posted a victim's new address to her attacker in 2023, and in 2019 "
            "it left a folder of witness statements on a bus.",
            "Dorset Police",
            {2023, 2019},
        ),
        (
            "The force disclosed an informant's name to a defence lawyer in 2023, while in "
            "2020 a laptop holding intelligence files was stolen from a detective's car.",
            "Sussex Police",
            {2023, 2020},
        ),
        (
            "Norfolk Constabulary sent a victim's statement to the wrong address in 2023, and "
            "in 2019 a box of custody records went missing from a store room.",
            "Norfolk Constabulary",
            {2023, 2019},
        ),
        (
            "West Mercia Police sent a witness's phone number to a suspect in 2022, while in "
            "2018 a bag of paper files was stolen from a patrol car.",
            "West Mercia Police",
            {2022, 2018},
        ),
        (
            # what "she" did stays with the sentence: it is not cut into clauses
            "Hampshire Constabulary shared a victim's address with the man she had reported "
            "in 2022, and in 2020 a laptop with crime reports was stolen from a car.",
            "Hampshire Constabulary",
            {2022, 2020},
        ),
    ],
)
def test_figures_page_keeps_story_breach_and_earlier_one(nlp, body, force, expected) -> None:  # type: ignore[no-untyped-def]
    text = "Police data blunders rise\n" + FIGS.format(f=force) + body
    assert _years(nlp, text, force) == expected


def test_story_told_before_the_figures_keeps_both(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches at the force\nIn 2023 Surrey Police emailed the home address of a "
        "protected witness to a suspect; in 2019 an officer lost a folder of statements on a "
        "bus. The force recorded 77 data breaches in 2023, figures show."
    )
    assert _years(nlp, text, "Surrey Police") == {2023, 2019}


@pytest.mark.parametrize(
    "body",
    [
        "The breaches included emails sent to the wrong people, lost paperwork and stolen "
        "devices. In 2021 the force recorded 80 breaches.",
        "The force said the rise reflected better reporting. In 2019 it logged 60 breaches, "
        "and in 2020 it logged 71.",
    ],
)
def test_roundup_of_figures_tells_no_case(nlp, body) -> None:  # type: ignore[no-untyped-def]
    text = "Force breach figures\n" + FIGS.format(f="Essex Police") + body
    assert _years(nlp, text, "Essex Police") == set()
