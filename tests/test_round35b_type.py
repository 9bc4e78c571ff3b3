"""Breach type, round 35b. A loss told with the auxiliary first ('the stick was never
recovered') or a thing found lying where strangers pass; malicious software, a ransom
demand or a computer virus named instead of the attack; someone's address or whereabouts
let out ('disclosed her new address to him'); a recording played to someone; every
address put in an email's To line.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from incident_probe import field_values

TAIL = " The force said the data breach had been reported to the Information Commissioner's Office."


def _types(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return field_values(nlp, text, "breach_type")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pen drive lost\nA pen drive holding witness interviews went astray at a Gwent "
            "Police station in 2020 and was never recovered.",
            "loss_or_theft_of_device",
        ),
        (
            "Case papers gone\nA satchel of case papers taken from a Suffolk Constabulary "
            "officer's van in 2018 was never found.",
            "loss_or_theft_of_paperwork",
        ),
        (
            "Papers on the towpath\nA jogger came across a wallet of Lancashire Constabulary "
            "custody papers lying on a towpath in 2019.",
            "loss_or_theft_of_paperwork",
        ),
        (
            "Force's files locked\nComputers at Durham Constabulary were infected with malicious "
            "software in 2021 and staff could not open case files for a week.",
            "cyber_attack",
        ),
        (
            "Ransom note\nDorset Police received a ransom demand in 2022 after its crime "
            "records were scrambled.",
            "cyber_attack",
        ),
        (
            "Servers infected\nThe servers of Warwickshire Police were infected in 2019, the "
            "force said, and some custody records were copied out.",
            "cyber_attack",
        ),
        (
            "Victim found by abuser\nA woman's abuser found her refuge after Northumbria Police "
            "disclosed her new address to him in 2021.",
            "inappropriate_disclosure",
        ),
        (
            "Witness location leaked\nA detective at Merseyside Police leaked the whereabouts of "
            "a key witness in 2020.",
            "inappropriate_disclosure",
        ),
        (
            "Call played to boss\nA Kent Police officer played the recording of a man's 999 call "
            "to his boss in 2023.",
            "inappropriate_disclosure",
        ),
        (
            "Parents' emails exposed\nAn Essex Police newsletter to 90 parents in 2022 put every "
            "address in the To field.",
            "failure_to_use_bcc",
        ),
    ],
)
def test_type_told_plainly(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(nlp, text + TAIL) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "False address\nA driver who gave a false address to Avon and Somerset Police after a "
        "crash in 2023 was fined by magistrates.",
        "Virus scams\nWest Mercia Police warned pensioners about computer virus scams in 2024 "
        "and urged them to install security updates.",
        "Kidnapper jailed\nA man who sent a ransom demand to a shopkeeper's family was jailed "
        "after an inquiry by Sussex Police in 2022.",
    ],
)
def test_no_breach_told(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(nlp, text) == set()
