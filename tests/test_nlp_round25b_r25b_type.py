"""Round 25b, breach type: nouns keep their noun lemma in context, redaction told by what could
still be seen, and wholesale extraction as excessive collection. Paraphrases written for these
tests, not taken from any article."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def norms(nlp, text: str) -> dict[str, str]:
    return {t.text: t.norm_ for t in nlp(text)}


def breach_type(nlp, text: str) -> str | None:
    ex = extract(Document(text=text), nlp)
    return ex.incidents[0].breach_type if ex.incidents else None


def test_noun_after_determiner_keeps_noun_lemma(nlp) -> None:
    got = norms(nlp, "He handed the file to a stranger and asked for a number.")
    assert got["stranger"] == "stranger"
    assert got["number"] == "number"


def test_adjective_before_its_noun_keeps_table_lemma(nlp) -> None:
    # "further" qualifies "breach": no noun reading; ordinals keep theirs
    got = norms(nlp, "There was a further breach, the first of many.")
    assert got["further"] == "far"
    assert got["first"] == "1"


def test_possessive_s_is_not_have(nlp) -> None:
    doc = nlp("The victim's address was lost and it's been found.")
    assert [t.norm_ for t in doc if t.text == "'s"] == ["'s", "have"]
    curly = nlp("The victim\u2019s address was lost.")
    assert [t.norm_ for t in curly if t.text == "\u2019s"] == ["'s"]


@pytest.mark.parametrize(
    "text",
    [
        "Kent Police was reprimanded by the ICO after an officer gave a woman's number to a "
        "stranger.",
        "Kent Police was reprimanded by the ICO after a PCSO passed a witness statement to "
        "strangers in a pub.",
    ],
)
def test_handed_to_a_stranger(nlp, text: str) -> None:
    assert breach_type(nlp, text) == "inappropriate_disclosure"


def test_stranger_as_finder_is_no_disclosure(nlp) -> None:
    text = (
        "Kent Police was reprimanded by the ICO after a stranger found an unencrypted police "
        "laptop that had been stolen."
    )
    assert breach_type(nlp, text) == "loss_or_theft_of_device"


@pytest.mark.parametrize(
    "text",
    [
        "Kent Police was reprimanded by the ICO after papers handed to the defence still "
        "showed a witness's home address.",
        "Kent Police was reprimanded by the ICO after a victim's address could still be seen "
        "on a statement given to the man she had accused.",
        "Victim's address still visible in papers sent to attacker, Kent Police admits",
        "Kent Police was reprimanded by the ICO after a statement disclosed to the defendant "
        "still included the names of two witnesses.",
        "Kent Police was reprimanded by the ICO after it failed to remove a domestic abuse "
        "victim's address from papers given to her attacker.",
    ],
)
def test_still_visible_is_failure_to_redact(nlp, text: str) -> None:
    assert breach_type(nlp, text) == "failure_to_redact"


def test_still_showing_no_identifier_is_no_redaction(nlp) -> None:
    text = (
        "Kent Police was reprimanded by the ICO after it posted a letter to the wrong address; "
        "the force said its records still show the error was a one-off."
    )
    assert breach_type(nlp, text) == "posted_to_incorrect_recipient"


@pytest.mark.parametrize(
    "text",
    [
        "Kent Police was reprimanded by the ICO after officers downloaded the entire contents "
        "of a victim's phone.",
        "Kent Police was reprimanded by the ICO after officers took a full download of rape "
        "complainants' phones.",
        "Kent Police was criticised by the ICO for carrying out digital strip searches on "
        "victims of crime.",
    ],
)
def test_wholesale_extraction_is_other(nlp, text: str) -> None:
    assert breach_type(nlp, text) == "other"


def test_hackers_taking_everything_stay_cyber(nlp) -> None:
    text = (
        "Kent Police was reprimanded by the ICO after hackers downloaded the entire contents "
        "of a force server."
    )
    assert breach_type(nlp, text) == "cyber_attack"


@pytest.mark.parametrize(
    "text",
    [
        "Kent Police was reprimanded by the ICO after boxes of custody records were discovered "
        "in a former police station.",
        "Kent Police was reprimanded by the ICO after files naming informants were found at a "
        "derelict office it had once used.",
    ],
)
def test_found_in_a_building_left_behind_is_disposal(nlp, text: str) -> None:
    assert breach_type(nlp, text) == "insecure_disposal"


def test_stolen_from_an_empty_office_stays_theft(nlp) -> None:
    text = (
        "Kent Police was reprimanded by the ICO after an unencrypted laptop was stolen from an "
        "empty office."
    )
    assert breach_type(nlp, text) == "loss_or_theft_of_device"


def test_left_visible_is_failure_to_redact(nlp) -> None:
    text = (
        "Kent Police was reprimanded by the ICO after a victim's name was left visible in a "
        "document sent to the accused."
    )
    assert breach_type(nlp, text) == "failure_to_redact"
