"""Round 35b (r35b-forcemiss): the breaching force named in ways the extractor missed.

- A force's name a single line break cut in two ('Devon and\\nCornwall Police', 'Dyfed-\\nPowys
  Police', a hard-wrapped text): the cleaner rejoins the two lines, so the name is one name
  and its sentence one sentence. A blank line between them is a paragraph break, kept.
- A page of figures and kinds alone tells no incident of its own, rejoined or not.

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from extract.clean import clean_text
from extract.models import Document
from extract.nlp import extract

_HEAD = "Police data breach\n\n"


def forces(nlp, text: str, head: str = _HEAD) -> set[str]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=head + text, published=date(2024, 3, 10)), nlp)
    return {i.force for i in ex.incidents if i.force}


def cleaned_forces(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    doc = clean_text(_HEAD + text)
    ex = extract(Document(text=doc.text, title=doc.title, published=date(2024, 3, 10)), nlp)
    return {i.force for i in ex.incidents if i.force}


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (
            "The breach at Devon and\nCornwall Police came to light in 2022 after a complaint.",
            "Devon and Cornwall Police came",
        ),
        (
            "Staff at Dyfed-\nPowys Police emailed case papers to the wrong firm in 2021.",
            "Dyfed-Powys Police emailed",
        ),
        (
            "A reprimand went to Thames\nValley Police's information unit over lost files.",
            "Thames Valley Police's information",
        ),
    ],
)
def test_a_name_split_by_a_line_break_is_rejoined(text: str, joined: str) -> None:
    assert joined in clean_text(_HEAD + text).text


def test_a_paragraph_or_sentence_break_is_no_split_name() -> None:
    text = clean_text(
        _HEAD + "Our correspondent in the West\n\nYorkshire Police files were lost in 2022 on a"
        " train.\nIt lost them in 2022.\nWest Yorkshire Police said sorry to the victims."
    ).text
    assert "West Yorkshire Police files" not in text
    assert "2022.\n\nWest Yorkshire Police said" in text


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "Devon and\nCornwall Police posted a victim's statement to her abuser in 2022.",
            "Devon and Cornwall Police",
        ),
        (
            "In 2023, Dyfed-\nPowys Police put an unredacted list of complaints on its website.",
            "Dyfed-Powys Police",
        ),
        (
            "A file of 19 witnesses was sent by Thames Valley\nPolice to a defendant's lawyer in"
            " 2021.",
            "Thames Valley Police",
        ),
    ],
)
def test_a_rejoined_name_is_the_force(nlp, text: str, force: str) -> None:  # type: ignore[no-untyped-def]
    assert cleaned_forces(nlp, text) == {force}


@pytest.mark.parametrize(
    "text",
    [
        "Emailing the wrong person was the most common breach at Essex Police in 2023, new"
        " figures show. The force logged 180 breaches that year.",
        "Dorset Police logged 64 breaches in 2022. As was the case when figures were last"
        " published, most involved lost paperwork.",
        "Suffolk Constabulary recorded 33 breaches in 2023, most of them emails sent to the"
        " wrong address.",
    ],
)
def test_figures_and_kinds_alone_tell_no_incident(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert forces(nlp, text) == set()
