"""Round 26, breach type: a doer's own words before it ("by unknown criminals"), details given
out to someone who phoned, and people's details put online or made public with the details
told between. Paraphrases written for these tests, not taken from any article."""

from __future__ import annotations

import pytest
from type_probe import first_incident_type

from extract.models import Document
from extract.nlp import extract


def breach_type(nlp, text: str) -> str | None:
    return first_incident_type(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kent Police was reprimanded by the ICO after the data was accessed by unknown criminals.",
        "Kent Police was reprimanded after officers' personal information was accessed by "
        "organised criminals.",
    ],
)
def test_outsider_with_its_own_words_is_an_attack(nlp, text: str) -> None:
    assert breach_type(nlp, text) == "cyber_attack"


def test_insider_with_its_own_words_is_access(nlp) -> None:
    text = "Kent Police was reprimanded after her records were accessed by a rogue officer."
    assert breach_type(nlp, text) == "unauthorised_access"


@pytest.mark.parametrize(
    "text",
    [
        "Kent Police was reprimanded by the ICO when her ex-partner rang the force and was read "
        "her new address.",
        "Kent Police was reprimanded after a woman's abuser phoned the control room and was "
        "given her location.",
        "Kent Police was reprimanded after a call handler gave her new address to her "
        "ex-partner when he phoned the control room.",
        "Kent Police was reprimanded after her former husband telephoned the station and a "
        "call handler gave him her address.",
    ],
)
def test_details_given_to_a_caller_are_verbal(nlp, text: str) -> None:
    assert breach_type(nlp, text) == "verbal_disclosure"


def test_caller_giving_own_details_is_no_verbal_disclosure(nlp) -> None:
    text = (
        "Kent Police was reprimanded after the victim rang police and gave her name and "
        "address, which an officer later passed to her attacker."
    )
    assert breach_type(nlp, text) == "inappropriate_disclosure"


@pytest.mark.parametrize(
    "text",
    [
        "Kent Police was reprimanded after it put the names of 200 officers online.",
        "Kent Police was reprimanded by the ICO after the force made the list of informants "
        "public.",
        "Kent Police was reprimanded after it posted the personal details of 50 victims online.",
        "Kent Police was reprimanded after it made the names and addresses of witnesses public "
        "by mistake.",
        "Kent Police was reprimanded after the names of 200 officers were put online.",
        "Kent Police was reprimanded after a list of informants was placed on its website.",
    ],
)
def test_details_put_online_are_published(nlp, text: str) -> None:
    assert breach_type(nlp, text) == "published_in_error"


def test_naming_charged_people_online_is_no_breach(nlp) -> None:
    text = "Kent Police posted the names of two men charged with burglary online."
    assert not extract(Document(text=text), nlp).relevant
