"""Round 21, branch r21-relevance: a breach told as what is guarded against is no act ('a
police cyber unit helps firms protect themselves from data breaches and ransomware',
'training to prevent cyber attacks'), unless the guarding failed or points back at a breach
that happened ('failed to protect the files from theft', 'to prevent a repeat of the
breach'). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def relevant(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).relevant


# --- what is guarded against


@pytest.mark.parametrize(
    "text",
    [
        "Police cyber experts offer free sessions to charities\n"
        "Exeter, 4 June 2024\n"
        "Devon and Cornwall Police's cyber crime team is running free sessions to help "
        "charities protect themselves from data breaches and ransomware. Officers will show "
        "volunteers how to spot suspicious emails.",
        "Force launches workshops for small firms\n"
        "Lincoln, 9 May 2024\n"
        "Lincolnshire Police is holding free workshops to help shop owners prevent data "
        "breaches and cyber attacks. The force said places were limited.",
        "Police team up with college on cyber skills\n"
        "Derby, 1 March 2024\n"
        "Derbyshire Constabulary has joined a local college to train students to defend "
        "companies against cyber attacks and data breaches.",
    ],
)
def test_what_is_guarded_against_is_no_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kent Police failed to protect the files of crime victims from theft, the regulator "
        "found. The force was reprimanded.",
        "Gwent Police has been hit by a ransomware attack. The force said it was working "
        "to prevent a repeat of the breach.",
    ],
)
def test_guarding_that_failed_or_points_back_keeps_the_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)
