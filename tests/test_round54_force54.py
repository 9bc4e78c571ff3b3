"""Which forces had a breach, round 54. Paraphrases written for these tests; each mechanism has
cases that must fire and near misses that must not.

1. One person's breach told right after another force's figures, with no case cue ("Essex
   Police logged 40 breaches. A constable was sacked after ..."), is that force's case, as
   "In one case, ..." there already was."""

from __future__ import annotations

import pytest

from extract import nlp
from extract.models import Document


def _forces(text: str) -> set[str | None]:
    return {i.force for i in nlp.extract(Document(text=text)).incidents}


_ROUNDUP = (
    "Forces in the region reveal data breach figures\n\n"
    "Figures obtained by a privacy campaign show how often police staff misused records "
    "between 2015 and 2018.\n\n"
    "Kent Police recorded 140 breaches over that time, the highest in the region.\n\n"
)


@pytest.mark.parametrize(
    "case",
    [
        "A detective was dismissed after he passed the address of a witness to his brother.",
        "A civilian worker was sacked after looking up her neighbour on the crime database.",
        "An officer was given a final warning for showing a victim's file to a friend.",
    ],
)
def test_case_after_another_forces_figures_is_its_own(case: str) -> None:
    text = _ROUNDUP + "Essex Police had 23 breaches. " + case + "\n"
    assert "Essex Police" in _forces(text)


@pytest.mark.parametrize(
    "line",
    [
        # near miss: figures alone, no one's case after them
        "Essex Police had 23 breaches. Most were emails sent to the wrong person.",
        # near miss: a general rule, no one person's breach
        "Essex Police had 23 breaches. The force said staff are reminded of the rules.",
    ],
)
def test_figures_alone_make_no_case(line: str) -> None:
    assert "Essex Police" not in _forces(_ROUNDUP + line + "\n")
