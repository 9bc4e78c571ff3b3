"""Round 42, short stories and relevance: who a short page's breach belongs to.

- A force that only investigates another body's breach: "a member of staff" after another
  body as the subject is that body's person (`attribution._other_bodys_staff`); the police
  investigating "suspected fraud" police a crime
  (`relevance._crimes_investigated`); working "with the trust and with the ICO" is no tie of
  the force to a breach (`relevance._regulator_beside_body`); files "from the city's
  hospitals" are that body's (`relevance._taken_from_body`).
All texts are invented paraphrases of the phrasings in real reporting.
"""

from __future__ import annotations

import pytest

from extract.pipeline import process


def _verdict(text: str) -> tuple[bool, set[str | None]]:
    """The page as a crawled text file: its first line read as the headline."""
    _, ex = process(text.encode(), path="story.txt")
    return ex.relevant, {i.force for i in ex.incidents}


HOSPITAL_LEAK = (
    "Police look into clinic records leak\n\n"
    "Nottinghamshire Police has launched an investigation after appointment records from "
    "two city hospitals turned up for sale on an internet forum.\n\n"
    "The hospital believes a member of staff copied the records without authority.\n\n"
    "Nottinghamshire Police said detectives were investigating suspected fraud, and two "
    "laptops had been taken away.\n\n"
    'An inspector said: "Our team is in touch with the hospital and with the Information '
    "Commissioner's Office.\"\n"
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
