"""Round 42, short stories and relevance: who a short page's breach belongs to.

- A headline that gives the breach to a force ("Kent Police data breach saw ...") or has the
  force answer for it ("Kent Police apology over ...") makes the story the force's, though a
  body is named in the lead (the commissioner who apologised too, schools the victims came
  from): `relevance._headline_owned` guards `another_body_at_fault`.
- A force that only investigates another body's breach: "a member of staff" after another
  body as the subject is that body's person (`attribution._other_bodys_staff`); the police
  investigating "possible offences under the Computer Misuse Act" police a crime
  (`relevance._crimes_investigated`); working "with the trust and with the ICO" is no tie of
  the force to a breach (`relevance._regulator_beside_body`).
All texts are invented paraphrases of the phrasings in real reporting.
"""

from __future__ import annotations

import pytest

from extract.pipeline import process


def _verdict(text: str) -> tuple[bool, set[str | None]]:
    """The page as a crawled text file: its first line read as the headline."""
    _, ex = process(text.encode(), path="story.txt")
    return ex.relevant, {i.force for i in ex.incidents}


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "Norfolk Police apology over rape victims' names on website\n\n"
            "Norfolk's police and crime commissioner apologised after the names of victims "
            "appeared online.\n\nThe force said a document that should not have been uploaded "
            "could be opened from its website. It has launched an investigation.\n",
            "Norfolk Constabulary",
        ),
        (
            "Kent Police says sorry after victim's address sent to suspect\n\n"
            "The county's police and crime commissioner apologised after a letter holding a "
            "woman's new address was posted to the man she had reported.\n\n"
            "The force said the letter was sent in error.\n",
            "Kent Police",
        ),
    ],
)
def test_a_headline_apology_keeps_the_force_at_fault(text: str, force: str) -> None:
    relevant, forces = _verdict(text)
    assert relevant and force in forces


def test_another_body_at_fault_in_the_headline_still_wins() -> None:
    """The near miss: the headline's apology is another body's, the force only named later."""
    text = (
        "Commissioner's office apologises for email blunder\n\n"
        "The office of the county's police and crime commissioner has apologised after an "
        "email to people who had complained about the force showed all their addresses.\n\n"
        "The office, which is separate from Avon and Somerset Police, has reported the "
        "incident to the Information Commissioner's Office.\n"
    )
    relevant, _ = _verdict(text)
    assert not relevant


HOSPITAL_LEAK = (
    "Police investigate leak of patient files from Derby hospitals\n\n"
    "Derbyshire Constabulary has launched an investigation after patient files from "
    "the city's hospitals were found being sold on a messaging app.\n\n"
    "The trust believes the files were copied by a member of staff who opened them "
    "without permission.\n\n"
    "Derbyshire Constabulary said officers were investigating possible offences under the "
    "Computer Misuse Act and the Data Protection Act, and had seized a number of phones.\n\n"
    'A detective said: "We are working closely with the trust and with the Information '
    "Commissioner's Office.\"\n\n"
    "The trust has reported the breach to the ICO.\n"
)


def test_a_force_investigating_a_trusts_leak_is_not_at_fault() -> None:
    relevant, forces = _verdict(HOSPITAL_LEAK)
    assert not relevant and not forces


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (  # the member of staff is the force's own: no other body opens the sentence
            "Kent Police worker emailed victims' list to council\n\n"
            "A member of staff at Kent Police emailed a list of domestic abuse victims to a "
            "council by mistake.\n\nThe force has referred itself to the Information "
            "Commissioner's Office.\n",
            "Kent Police",
        ),
        (  # officers investigate their own colleague: a constable is the doer
            "Surrey Police officer accessed records\n\n"
            "Surrey Police said officers were investigating after a constable looked up a "
            "woman's address on police systems without a policing purpose.\n\n"
            "The force has apologised to the woman.\n",
            "Surrey Police",
        ),
        (  # the regulator worked with alone, no other body beside it
            "Cumbria Constabulary refers itself to watchdog\n\n"
            "Cumbria Constabulary said it was working with the Information Commissioner's "
            "Office after an email holding victims' names went to the wrong person.\n",
            "Cumbria Constabulary",
        ),
    ],
)
def test_the_forces_own_breach_near_misses(text: str, force: str) -> None:
    relevant, forces = _verdict(text)
    assert relevant and force in forces
