"""Round 61 (year): blind probes of the breach year in case timelines.

- A sentence of a timeline that opens on a date and then the pronoun of the force's person
  named in the sentence before ("A Kent Police PC was sacked. In 2019 she looked up ...",
  "The court heard that between 2015 and 2017 he passed ...") tells that person's deed, as
  "She looked up ..." does: the date before the pronoun no longer cuts the tie to the force,
  and the deed keeps its year. A pronoun of someone else (an outsider the police dealt
  with) stays no police breach.

Paraphrases written for these tests, not taken from any page.
"""

from __future__ import annotations

import pytest

from extract import nlp
from extract.models import Document


def _read(text: str) -> tuple[bool, set[int | None]]:
    ex = nlp.extract(Document(text=text))
    return ex.relevant, {i.breach_year for i in ex.incidents}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "PC sacked\n\nA Devon and Cornwall Police constable was sacked at a hearing on "
            "Friday. In 2018 she looked up police records about a neighbour for her brother.",
            2018,
        ),
        (
            "Detective jailed\n\nA former Humberside Police detective was jailed for a year "
            "at Hull Crown Court. The court heard that between 2013 and 2015 he looked up "
            "women he had met online on police databases for no work reason.",
            2013,
        ),
        (
            "Officer convicted\n\nA Gwent Police sergeant was convicted of misconduct in "
            "public office. Jurors were told that in 2016 and 2017 he passed police "
            "intelligence records to a man he played football with.",
            2016,
        ),
    ],
)
def test_a_date_before_the_pronoun_keeps_the_deed_the_forces(text: str, year: int) -> None:
    relevant, years = _read(text)
    assert relevant and years == {year}


@pytest.mark.parametrize(
    "text",
    [
        # the pronoun is the man the officer caught, not the police's own person
        "Officer praised\n\nA Lincolnshire Police constable was praised by a judge for catching "
        "a burglar. In 2020 he had stolen laptops holding pupils' records from a school.",
        "Burglar jailed\n\nA man was jailed after a Kent Police investigation. The court heard "
        "that in 2019 he hacked a dental practice and copied its patient records.",
    ],
)
def test_a_date_before_an_outsiders_pronoun_is_no_police_breach(text: str) -> None:
    relevant, _ = _read(text)
    assert not relevant
