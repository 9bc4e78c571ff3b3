"""Round 45, a body's slip told as a disclosure or a leak (extract/data/breach_types.toml,
extract/rules/types.py):

- a disclosure marked as a mistake ("mistakenly released a spreadsheet", "inadvertently
  disclosed officers' details") with nobody it went to named in its clause is data let out to
  anyone, published in error -- not "accidentally revealed her address to her ex-partner";
- "leak" naming the data or the breach ("the leaked data", "since the data leak") tells no way
  it happened and only tips a balance -- not "the leak to the press", nor "leaked the file".

Every sentence here was written for these tests; none is quoted from an article.
"""

from __future__ import annotations

import pytest

from tests.type_probe import best_type_of

LET_OUT_BY_MISTAKE = [
    "Avon and Somerset Police mistakenly released a spreadsheet holding the names of 300 "
    "members of staff when it answered a routine request for figures.",
    "Essex Police inadvertently disclosed the personal details of 1,500 officers when it "
    "sent out its answer to an FOI request in 2021.",
    "Personal data of 40 victims was erroneously released by Dorset Police in its answer to a "
    "freedom of information request.",
    "The names of 200 staff were accidentally disclosed by Cheshire Constabulary in a reply to a "
    "request for figures.",
]


@pytest.mark.parametrize("text", LET_OUT_BY_MISTAKE)
def test_a_disclosure_by_mistake_to_nobody_named_is_published_in_error(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == "published_in_error"


SLIP_TO_SOMEONE = [
    "A Kent Police constable accidentally revealed a woman's new home address to her former "
    "partner during a visit in 2020.",
    "A Norfolk Constabulary detective mistakenly shared confidential material with a suspect's "
    "family in 2016, a hearing was told.",
]


@pytest.mark.parametrize("text", SLIP_TO_SOMEONE)
def test_a_slip_to_a_named_recipient_is_no_publication(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) != "published_in_error"


def test_a_deliberate_disclosure_stays_a_disclosure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A Thames Valley Police officer was sacked after he disclosed details of a rape "
            "investigation to a friend in 2022.")  # fmt: skip
    assert best_type_of(nlp, text) == "inappropriate_disclosure"


def test_the_word_leak_naming_the_data_does_not_outweigh_how_it_went_out(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The leaked data puts officers at risk, the chief constable said. Since the data leak, "
            "officers have been told to vary their routes. Lancashire Constabulary mistakenly "
            "released a spreadsheet of 900 names in an answer to a request.")  # fmt: skip
    assert best_type_of(nlp, text) == "published_in_error"


@pytest.mark.parametrize(
    "text",
    [
        "A Merseyside Police constable was jailed for the leak to the press of a murder "
        "victim's photographs. The leak to a journalist came weeks later.",
        "A Gwent Police officer leaked the file to a journalist and leaked a second file to a "
        "criminal associate in 2019.",
    ],
)
def test_a_leak_to_someone_stays_a_disclosure(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == "inappropriate_disclosure"
