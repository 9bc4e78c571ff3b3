"""Round 43 (roundup): a story's line framing another breach of the same force as what came
before it.

Reporters add the force's earlier breach in a clause of its own, usually with no year: "It
comes a week after the force published ...", "The incident follows a breach in which ...",
"just days after ...", "hot on the heels of ...", "being investigated after ... last month".
Before, that clause stayed in the story: its breach was lost, or its kind taken for the
story's. Now (`rules/framed.py`, `assemble._framed_earlier`; vocabulary in cues.toml
[passing] `time_spans`, `framing_phrases`, `earlier_times`) the clause after such a frame is
an incident in passing of its own when it states a breach of another kind than the story's.
A frame over no breach ("It comes after an investigation"), over the story's breach told
again (the same kind), or an "after" with no span of time does not split.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from incident_probe import incident_list

CASES = [
    (
        "Kent Police investigates lost notebook\n\nKent Police is investigating the loss of"
        " a notebook holding the names of 30 officers, which went missing from a patrol "
        "car.\n\nIt comes a week after the force published the home addresses of 200 crime "
        "victims online by mistake.",
        [("Kent Police", "loss_or_theft_of_paperwork"), ("Kent Police", "published_in_error")],
    ),
    (
        "Essex Police loses laptop with witness statements\n\nEssex Police has admitted "
        "that an unencrypted laptop containing witness statements was stolen from an "
        "officer's car.\n\nThe incident follows an earlier data breach in which the force "
        "emailed a list of informants to the wrong person.",
        [
            ("Essex Police", "emailed_to_incorrect_recipient"),
            ("Essex Police", "loss_or_theft_of_device"),
        ],
    ),
    (
        "Surrey Police sent victim's file to wrong address\n\nSurrey Police has apologised "
        "after a letter holding an assault victim's account went by post to the wrong "
        "house.\n\nThe error came just days after the personal details of 500 officers "
        "were accidentally published on the force's website.",
        [
            ("Surrey Police", "posted_to_incorrect_recipient"),
            ("Surrey Police", "published_in_error"),
        ],
    ),
    (
        "Dorset Police apologises for email blunder\n\nDorset Police emailed the names of "
        "90 witnesses to a suspect's solicitor by mistake, the force has admitted.\n\nThe "
        "incident is being investigated after a spreadsheet of staff salaries was "
        "published in error on the force's website last month.",
        [
            ("Dorset Police", "emailed_to_incorrect_recipient"),
            ("Dorset Police", "published_in_error"),
        ],
    ),
    (
        "Cleveland Police laptop stolen\n\nA laptop holding the details of domestic abuse "
        "victims was stolen from a Cleveland Police officer's home.\n\nThe theft comes hot "
        "on the heels of a breach in which the force published the names of informants "
        "online in error.",
        [
            ("Cleveland Police", "loss_or_theft_of_device"),
            ("Cleveland Police", "published_in_error"),
        ],
    ),
    (
        "Lincolnshire Police loses files\n\nLincolnshire Police lost a box of paper case "
        "files containing the addresses of 40 witnesses.\n\nIt comes after an investigation"
        " by the Information Commissioner's Office.",
        [("Lincolnshire Police", "loss_or_theft_of_paperwork")],
    ),
    (
        "Durham Constabulary laptop stolen\n\nAn officer from Durham Constabulary lost a "
        "laptop containing the names of informants on a train.\n\nIt comes a week after the"
        " laptop was reported stolen to the force's professional standards department.",
        [("Durham Constabulary", "loss_or_theft_of_device")],
    ),
    (
        "West Mercia Police fined\n\nA £90,000 penalty was handed to West Mercia Police "
        "after an officer's laptop holding victims' details was stolen from his car.\n\nThe fine "
        "comes two years after the laptop was stolen from the car outside his home.",
        [("West Mercia Police", "loss_or_theft_of_device")],
    ),
    (
        "Gwent Police sent names to wrong person\n\nGwent Police emailed a list of victims'"
        " names and addresses to the wrong person.\n\nIt follows a warning from the "
        "regulator that forces must check email addresses before sending personal data.",
        [("Gwent Police", "emailed_to_incorrect_recipient")],
    ),
    (
        "Norfolk Constabulary officers' data leaked\n\nThe details of 300 Norfolk "
        "Constabulary officers were published online in error on the force website.\n\nA "
        "week after the leak, the force apologised and said it had removed the page.",
        [("Norfolk Constabulary", "published_in_error")],
    ),
    (
        "Thames Valley Police loses USB stick\n\nThames Valley Police lost an unencrypted "
        "memory stick containing interviews with child victims.\n\nThe loss was reported "
        "weeks after the force accidentally published the names of 2,000 staff in "
        "response to a freedom of information request.",
        [
            ("Thames Valley Police", "loss_or_theft_of_device"),
            ("Thames Valley Police", "published_in_error"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_framed_earlier_breach(nlp, text: str, want: list[tuple[str, str]]) -> None:
    assert incident_list(nlp, text, "force", "breach_type") == sorted(want)


@pytest.mark.parametrize(
    "text",
    [
        # "after" tells how the story came about: the force's response to its own breach
        "Sussex Police says sorry over lost folder\n\nSussex Police has said sorry after a "
        "detective left a file of witness statements on a bus last month.\n\nA "
        "passenger handed the folder in at the depot.",
        # time since the story's own breach, said by people suing over it
        "Victims sue force over leaked list\n\nVictims say they are still afraid three years "
        "after their names were emailed to a stranger by Hampshire Constabulary.\n\nThe "
        "force has apologised for the error.",
    ],
)
def test_after_of_the_story_itself_splits_nothing(nlp, text: str) -> None:
    assert len(incident_list(nlp, text, "force", "breach_type")) == 1
