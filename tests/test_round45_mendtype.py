"""Round 45 mend of the type rules for a body's slip (extract/data/breach_types.toml,
extract/rules/types.py `_let_out_by_mistake`, `_leak_named`):

- a disclosure by mistake to someone named -- the press, a newspaper, a member of the public, a
  dealer, them, an associate, the defence -- is no publication in error; "the requester" of an
  FOI answer is no such recipient, nor "relating to 1,500 victims" or "with details of";
- an officer's slip ("an officer accidentally revealed the identity of an informant") stays a
  disclosure, as does "a constable ... putting details into the public domain" ("into the public
  domain" is back among the disclosure's strong cues);
- "the leak" naming the breach still gives a story its type, and an officer sacked over it is
  the insider's leak;
- "erroneous" tells wrong data, not a slip; `leak_name_before` is matched by lemma.

Every sentence here was written for these tests; none is quoted from an article.
"""

from __future__ import annotations

import pytest

from extract.rules import types as type_rules
from extract.sentences import split_sentences
from tests.type_probe import best_type_of

SLIP_TO_SOMEONE = [
    "Kent Police mistakenly disclosed the names of witnesses to the press in 2020.",
    "Kent Police inadvertently passed the names of informants to a local newspaper.",
    "Kent Police mistakenly disclosed the names of witnesses to a member of the public.",
    "Kent Police mistakenly disclosed the names of witnesses to a dealer.",
    "Kent Police mistakenly disclosed the names of witnesses to them.",
    "Kent Police mistakenly disclosed the names of witnesses to his associate.",
]


@pytest.mark.parametrize("text", SLIP_TO_SOMEONE)
def test_a_slip_to_someone_named_is_a_disclosure(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == "inappropriate_disclosure"


def test_an_unredacted_statement_shared_with_the_defence_is_a_failure_to_redact(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Crown Prosecution Service mistakenly shared an unredacted statement with the "
            "defence.")  # fmt: skip
    assert best_type_of(nlp, text) == "failure_to_redact"


LET_OUT_TO_ANYONE = [
    "Essex Police inadvertently disclosed the names of 300 officers to the requester when it "
    "answered a freedom of information request.",
    "Essex Police inadvertently disclosed a spreadsheet relating to 1,500 victims in 2021.",
    "Essex Police mistakenly disclosed a spreadsheet with details of 40 victims in 2021.",
]


@pytest.mark.parametrize("text", LET_OUT_TO_ANYONE)
def test_what_the_data_is_about_or_the_requester_is_no_recipient(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == "published_in_error"


OFFICERS_SLIP = [
    "A Kent Police officer accidentally revealed the identity of an informant, a misconduct "
    "hearing was told.",
    "A Kent Police detective inadvertently disclosed the name of a protected witness while "
    "giving evidence in court.",
    "An officer accidentally shared the bodycam footage in a WhatsApp group in 2021.",
    "A Kent Police constable was sacked in 2020 after putting details of a murder inquiry into "
    "the public domain.",
]


@pytest.mark.parametrize("text", OFFICERS_SLIP)
def test_an_officers_slip_stays_a_disclosure(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == "inappropriate_disclosure"


@pytest.mark.parametrize(
    "text",
    [
        "Officer sacked over leak\n\nA Kent Police officer has been sacked over the leak of a "
        "victim's details. A disciplinary panel heard the leaked details were later found in a "
        "spreadsheet.",
        "A Kent Police sergeant was sacked after the leak of a victim's details. The leaked "
        "details were found in a spreadsheet.",
    ],
)
def test_an_officer_sacked_over_the_leak_keeps_the_type(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == "inappropriate_disclosure"


def test_erroneous_details_are_wrong_data_not_a_slip(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Essex Police disclosed erroneous details of a victim's criminal record, a tribunal "
            "heard.")  # fmt: skip
    assert best_type_of(nlp, text) != "published_in_error"


@pytest.mark.parametrize(
    "text",
    [
        "Dissidents circulated leaked names.",
        "Dissidents have confirmed leaked names.",
        "Dissidents possessed leaked names.",
    ],
)
def test_the_word_before_leaked_is_matched_by_lemma(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    sents = split_sentences(nlp(text))
    data = type_rules._type_data(sents)["cues"]
    leaked = [c for s in sents for c in s.types if c.text == "leaked"]
    assert leaked
    assert all(type_rules._leak_named(s, c, data) for s in sents for c in s.types if c in leaked)
