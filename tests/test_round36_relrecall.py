"""Round 36, branch r36-relrecall: relevant pages dropped as "no data breach described".

Mechanisms proved here: a force, or one of its people, told as the subject that itself gave
out people's details with a strong disclosure cue ('a Kent Police officer gave a witness's
home address to a journalist', 'a letter from Essex Police revealed a man's immigration
status to his employer') is the force's breach even with no "data breach" words; a cyber
attack told in the passive on the police's own systems ('Kent Police's computer systems were
encrypted by criminals who demanded a ransom') is an attack on the police; a phone lost by
a strong cue of its own ('mislaid his work mobile') whose contents the next sentence tells
as people the police hold details of ('the handset held the numbers of rape victims') is a
lost device with data, not the owner's own ('photos of his children'). Someone else's act
told by the police ('Kent Police said a man gave ...') and another body's systems stay
irrelevant. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def _relevant(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).relevant


@pytest.mark.parametrize(
    "text",
    [
        "Constable talked to press\n\nA Norfolk Constabulary officer gave the home address of "
        "a key witness to a journalist. She has been given a final written warning.",
        "Landlord learned of status\n\nA letter from Essex Police revealed a woman's "
        "immigration status to her employer. The force said it was an error.",
        "Force hit by ransom gang\n\nDurham Constabulary's computer systems were encrypted by "
        "criminals who demanded a ransom. The force said it would not pay.",
        "Work phone left behind\n\nA Gwent Police detective mislaid his work mobile on a train "
        "to Cardiff. The handset held the phone numbers of several rape victims.",
    ],
)
def test_police_act_without_breach_words_is_relevant(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Council worker leaked address\n\nA council officer gave a tenant's address to her "
        "ex-partner, Lancashire Police said. The council has apologised.",
        "Shop hit by ransom gang\n\nA garden centre's tills were encrypted by criminals who "
        "demanded a ransom, Kent Police said. The shop has reopened.",
        "Hospital's computers attacked\n\nThe hospital's computers were locked by hackers who "
        "demanded a ransom. Surrey Police are investigating the attack.",
        "Fraudster revealed pensioner's PIN\n\nA fraudster revealed a pensioner's PIN to his "
        "accomplice, West Mercia Police said.",
        "Officer's phone stolen\n\nAn off-duty Essex Police officer had his own phone stolen "
        "while on holiday. He said it held only his holiday photos.",
        "Mobile lost in pub\n\nAn off-duty Kent Police sergeant mislaid his own mobile in a pub. "
        "The handset held photos of his children.",
    ],
)
def test_others_acts_stay_irrelevant(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not _relevant(nlp, text)
