"""Round 34 (r34-forcemiss): the breaching force named in ways the extractor missed.

- A list of bare county names opened by a police word before it ('police forces in Norfolk
  and Suffolk', 'three forces - Bedfordshire, Cambridgeshire and Hertfordshire -') names every
  force listed, as a police word after the list already did; not a longer name after the list
  ('officers in Kent and Essex County Council staff').
- A force called by the nation or capital city it polices with a preposition ('police in
  Northern Ireland', 'the police service in Scotland', 'police in London', "London's police
  force"): that nation's force, as 'the Scottish force' already was.
- A figure right after a verb of a message sent ('emailed 300 victims') or before a possessive
  ('120 burglary victims' details') counts the people a breach involved, not breaches: a story
  of two forces' breaches so told is no statistics page.
- A second force whose breach is told as like the story's ('was reprimanded for a similar
  error') is background: the story is the first force's.
- 'The force has apologised' right after a breach told naming no one, on a page whose URL
  names the force, ties that force to the breach.
- 'Police in Glasgow' is the town's force (places.toml), as 'Glasgow Police' already was; a
  list item keeps its article ('in Staffordshire and the West Midlands').
- A page naming no force but the commissioner of one area ('the police and crime
  commissioner for Dorset') and telling of 'the force': that area's force.

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from extract.models import Document
from extract.nlp import extract

_HEAD = "Police data breach\n\n"
_PSNI = "Police Service of Northern Ireland"
_MET = "Metropolitan Police Service"


def forces(nlp, text: str, head: str = _HEAD, url: str | None = None) -> set[str]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=head + text, url=url, published=date(2024, 3, 10)), nlp)
    return {i.force for i in ex.incidents if i.force}


def spans(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return {s.label_ for s in doc.spans["forces"]}


def test_list_opened_by_a_police_word_names_every_force(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Three forces - Bedfordshire, Cambridgeshire and Hertfordshire - were reprimanded after"
        " a shared records system let staff read victims' files in 2021."
    )
    assert forces(nlp, text) == {
        "Bedfordshire Police",
        "Cambridgeshire Constabulary",
        "Hertfordshire Constabulary",
    }
    text = (
        "Police forces in Norfolk and Suffolk were reprimanded after a software fault put"
        " witnesses' details into answers to information requests in 2021."
    )
    assert forces(nlp, text) == {"Norfolk Constabulary", "Suffolk Constabulary"}


def test_list_not_read_into_a_longer_name(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "Essex Police" not in spans(nlp, "Officers in Kent and Essex County Council staff met.")


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "Police in Northern Ireland mistakenly posted the details of 500 officers online in"
            " 2023.",
            _PSNI,
        ),
        (
            "The police service in Northern Ireland apologised after the surnames of its staff"
            " were published by mistake in 2023.",
            _PSNI,
        ),
        (
            "Police in Scotland emailed a suspect's medical notes to a reporter in 2022.",
            "Police Scotland",
        ),
        (
            "Police in London sent the addresses of 1,000 witnesses to the wrong inbox in 2021.",
            _MET,
        ),
        ("London's police force lost a memory stick of informants' names in 2020.", _MET),
    ],
)
def test_force_called_by_the_place_it_polices(nlp, text: str, force: str) -> None:  # type: ignore[no-untyped-def]
    assert forces(nlp, text) == {force}


def test_place_with_many_forces_names_none(nlp) -> None:  # type: ignore[no-untyped-def]
    assert spans(nlp, "Officers in Wales lost a folder of statements in 2022.") == set()


def test_people_emailed_are_no_breach_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police apologised after it emailed 300 victims without using blind copy in 2023."
        "\n\nIn 2021 Essex Police made a similar mistake when it emailed 200 witnesses and"
        " showed their addresses to each other."
    )
    assert forces(nlp, text) == {"Kent Police", "Essex Police"}


def test_force_likened_to_the_story_is_background(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sussex Police sent a victim's address to the man she had reported in 2022.\n\nLast"
        " year Surrey Police was reprimanded for a similar error after an officer disclosed a"
        " witness's address in 2023."
    )
    assert forces(nlp, text) == {"Sussex Police", "Surrey Police"}


def test_the_force_owning_up_after_a_breach_told_naming_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A spreadsheet naming 40 victims of burglary was sent to a member of the public in March"
        " 2023. The force has apologised to those affected."
    )
    url = "https://news.example.co.uk/essex-police-victims-spreadsheet-error-1234"
    assert forces(nlp, text, head="Victims' names sent to firm\n\n", url=url) == {"Essex Police"}


def test_the_force_investigating_a_theft_is_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A laptop was stolen from a parked car in Chelmsford in 2023. The force said it was"
        " investigating."
    )
    url = "https://news.example.co.uk/essex-police-car-theft-1234"
    assert forces(nlp, text, head="Laptop stolen from car\n\n", url=url) == set()


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "Police in Glasgow emailed a witness's new address to the accused in 2022.",
            "Police Scotland",
        ),
        (
            "Police in Cardiff sent 180 hate crime victims one email showing all their addresses"
            " in 2023.",
            "South Wales Police",
        ),
    ],
)
def test_police_in_a_town_are_its_force(nlp, text: str, force: str) -> None:  # type: ignore[no-untyped-def]
    assert forces(nlp, text) == {force}


def test_list_item_with_its_article(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police officers in Staffordshire and the West Midlands looked up crime records they had"
        " no reason to see in 2022."
    )
    assert forces(nlp, text) == {"Staffordshire Police", "West Midlands Police"}


def test_the_force_of_the_commissioners_area(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The police and crime commissioner for Dorset apologised after the force emailed a"
        " victim's statement to the wrong person in 2022."
    )
    assert forces(nlp, text) == {"Dorset Police"}


def test_commissioner_on_another_bodys_breach_names_no_breacher(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The PCC for Dorset said the council had lost patient files in 2022. The force was not"
        " involved."
    )
    assert forces(nlp, text) == set()
