"""Round 59 (unnamed59): police deeds on pages naming no force, told in two more ways.

A page that names no force is kept as a UK police breach when a police person or body does a
breach act (`extract/rules/forceless.py`). Two common ways of telling the act were missed:

- data *released* (or given, provided) to the very person it must be kept from -- the
  attacker, the abuser, the defendant (cues.toml [relevance] `release_recipients`;
  relevance.py `_released_to_kept_from`). Releasing is otherwise news ("police released the
  names of the dead") and stays none; the defence's lawyer is no such person;
- a police system used *and then* a finding verb ("used the PNC and downloaded details of
  ..."), beside the "used ... to find" form (breach_types.toml `system_use_links`, and
  "download" among `finding_verbs`). "Download" alone stays no look-up ("a journalist
  downloaded the file"), and a vehicle traced stays police work.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract, get_nlp
from extract.rules import relevance
from extract.sentences import split_sentences


def _sent(text: str):  # type: ignore[no-untyped-def]
    sents = split_sentences(get_nlp()(text))
    assert len(sents) == 1, text
    return sents[0]


RELEASED = [
    "Police officers released a stalking victim's address to her stalker last spring.",
    "Officers gave a witness's home address to the defendant before the trial began.",
    "The force provided the complainant's details to the accused by mistake last year.",
]

NOT_RELEASED = [
    # news: names released to the press or the public
    "Police released the names of the two victims to the press on Friday.",
    "Officers released an image of the suspect to the public in an appeal for help.",
    # the defence's lawyer, in the course of a case
    "The force provided the victim's statement to the defendant's solicitor as required.",
    # released, but to no one it is kept from
    "The force released the victim's body to her family after the inquest.",
]


@pytest.mark.parametrize("text", RELEASED)
def test_data_released_to_the_person_it_is_kept_from_is_handed_on(text: str) -> None:
    assert relevance.handed_on(_sent(text)), text


@pytest.mark.parametrize("text", NOT_RELEASED)
def test_releasing_to_the_press_or_the_defence_is_no_handing_on(text: str) -> None:
    assert not relevance.handed_on(_sent(text)), text


def _strong_access(text: str) -> list[str]:
    return [
        c.text
        for c in _sent(text).types
        if c.label_ == "unauthorised_access" and c.kb_id_ == "strong"
    ]


USED_AND_FOUND = [
    "A constable used the police database and found the new address of his former girlfriend.",
    "The sergeant used the Police National Computer and downloaded details of his neighbours.",
    "A civilian worker used the force's records system to download files about her cousin.",
]

NOT_USED_AND_FOUND = [
    # downloading alone is no look-up: who downloads what is not said to be a police system
    "A journalist downloaded the spreadsheet and alerted the force the same afternoon.",
    # a vehicle traced is police work
    "Officers used the PNC and traced the stolen van to a garage in the town.",
    # a system used for work, with no finding
    "Staff used the new database and recorded every crime report within an hour.",
]


@pytest.mark.parametrize("text", USED_AND_FOUND)
def test_a_system_used_and_then_a_finding_is_a_look_up(text: str) -> None:
    assert _strong_access(text), text


@pytest.mark.parametrize("text", NOT_USED_AND_FOUND)
def test_downloading_or_tracing_a_vehicle_alone_is_no_look_up(text: str) -> None:
    assert not _strong_access(text), text


PAGES_KEPT = {
    "released to the abuser": (
        "Woman wins damages after police blunder\n\n"
        "A woman who fled a violent partner has been paid compensation after the police "
        "released the victim's address to her abuser. The Crown Prosecution Service said it "
        "played no part in the disclosure."
    ),
    "system used and downloaded": (
        "Former constable jailed\n\n"
        "A former police officer used the Police National Computer and downloaded "
        "information about people his friend had argued with. He admitted misconduct in "
        "public office at Bristol Crown Court."
    ),
}

PAGES_NOT_KEPT = {
    "names released to the press": (
        "Crash victims named\n\n"
        "Police released the names of the two victims to the press on Friday. An inquest "
        "will open at Bristol Crown Court next month."
    ),
    "a journalist downloaded": (
        "Council file found online\n\n"
        "A journalist downloaded the spreadsheet from a council website and alerted the "
        "police, who passed the matter to the Crown Prosecution Service."
    ),
}


@pytest.mark.parametrize("name", sorted(PAGES_KEPT))
def test_an_unnamed_police_deed_told_so_makes_the_page_relevant(name: str) -> None:
    ex = extract(Document(text=PAGES_KEPT[name], url="https://news.example.com/story/2"))
    assert ex.relevant, (name, ex.relevance_reason)
    assert ex.forces == [], name
    assert all(i.force is None for i in ex.incidents), name


@pytest.mark.parametrize("name", sorted(PAGES_NOT_KEPT))
def test_news_releases_and_outsiders_downloads_stay_irrelevant(name: str) -> None:
    ex = extract(Document(text=PAGES_NOT_KEPT[name], url="https://news.example.com/story/3"))
    assert not ex.relevant, (name, ex.relevance_reason)
