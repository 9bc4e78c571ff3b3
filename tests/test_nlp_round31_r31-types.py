"""Round 31, breach types told over the incident's words (extract/rules/types.py,
extract/data/breach_types.toml):

- data stolen and then spread: a publication, leak or dump in a sentence whose doer is an
  outsider (thieves, a gang, hackers) or that tells data stolen is the attackers' doing, a
  cyber attack -- not a force's publication in error or a disposal (`_spread_by_outsider`);
- a disposal cue inside a longer loss cue ("left behind in a pub") is that loss's words, not a
  disposal (`_inside_loss`);
- a carried thing dropped is a loss of that thing (the device and paper
  `pairs`).

Every sentence here was written for these tests; none is quoted from an article.
"""

from __future__ import annotations

import pytest

from tests.type_probe import best_type_of

SPREAD_BY_OUTSIDERS = [
    "In 2020 a gang stole data from Wiltshire Police and published it online after the force "
    "refused to pay.",
    "Criminals who took records from Gwent Police's servers dumped them on a leak site in 2023.",
    "The stolen spreadsheets, which came from Surrey Police, were dumped online by the gang.",
    "Payroll data taken from Dorset Police by thieves was later leaked on the internet.",
    "A group calling itself BlackMoth said it had stolen Cumbria Police data and published "
    "samples on its website.",
]


@pytest.mark.parametrize("text", SPREAD_BY_OUTSIDERS)
def test_data_spread_by_outsiders_is_an_attack(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == "cyber_attack"


# Negative guards: a force's mistake, or outsiders named as the topic, keep the old type.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Gloucestershire Police published photographs of the thieves online in error in 2018.",
         "published_in_error"),
        ("The names of wanted criminals were accidentally published on the Avon and Somerset "
         "Police website.", "published_in_error"),
        ("A Hertfordshire Police officer leaked details of a drugs gang to a reporter in 2021.",
         "inappropriate_disclosure"),
        ("A Lancashire Constabulary clerk passed the addresses of two witnesses to a "
         "burglary gang.", "inappropriate_disclosure"),
    ],
)  # fmt: skip
def test_force_mistakes_stay_their_type(nlp, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A USB stick holding interview notes was left behind in a pub by a Durham "
         "Constabulary sergeant.", "loss_or_theft_of_device"),
        ("Case files were left behind in a cafe by a Kent Police detective in 2016.",
         "loss_or_theft_of_paperwork"),
        ("A laptop holding custody records was dropped by a constable outside a nightclub.",
         "loss_or_theft_of_device"),
        ("A folder of victim statements was dropped by a detective as he left court.",
         "loss_or_theft_of_paperwork"),
    ],
)  # fmt: skip
def test_things_left_or_dropped_are_lost(nlp, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == code


# Negative guards: left behind where the force moved out is a disposal; a dropped charge is no
# loss.
def test_left_behind_in_old_premises_stays_disposal(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Boxes of custody records were left behind in a disused station when the force left."
    assert best_type_of(nlp, text) == "insecure_disposal"


def test_dropped_charge_is_no_loss(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The charges against the Merseyside Police officer were dropped in 2019."
    assert best_type_of(nlp, text) is None
