"""Round 52, type words that tell no mechanism of the incident (extract/data/breach_types.toml,
extract/rules/types.py, extract/components/breach_types.py):

- a recipient word used as a modifier ("given criminal convictions", "the criminal justice
  sector", "the pressing need") names no criminal and no newspaper: no disclosure pair --
  "passed the file to a criminal", "handed a criminal the file", "leaked it to the press" stay;
- "identity theft" is a harm a leak may lead to, no theft of data.

Guards kept from a withdrawn rule ("unencrypted" said of a device): a device lost unencrypted is
a device loss, and data sent unencrypted is still a transmission.

Every sentence here was written for these tests; none is quoted from an article.
"""

from __future__ import annotations

import pytest

from tests.incident_probe import incident_rows
from tests.type_probe import best_type_of

LEAD = "Essex Police has admitted a data breach. "

# -- a recipient word used as a modifier ------------------------------------------------------

MODIFIER_RECIPIENTS = [
    "Two of the force's officers were later given criminal convictions.",
    "The review shows that criminal justice bodies still make too many mistakes.",
    "The chief constable said the case shows the pressing need for more training.",
    "Staff had shared the file with a criminal records office.",
]


@pytest.mark.parametrize("text", MODIFIER_RECIPIENTS)
def test_a_recipient_word_used_as_a_modifier_is_no_disclosure(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, LEAD + text) is None


REAL_RECIPIENTS = [
    "An Essex Police constable passed the file to a criminal he had known for years in 2022.",
    "An Essex Police constable passed the file to a criminal known to his family in 2022.",
    "An Essex Police constable handed a criminal the file on his rival in 2022.",
    "An Essex Police constable leaked the names of the witnesses to the press in 2022.",
    "An Essex Police constable gave details of the inquiry to criminals linked to a gang in 2022.",
    # a person qualified is still a person
    "An Essex Police constable passed the file to criminal contacts in Leeds in 2022.",
    "An Essex Police constable passed the names to press photographers waiting outside in 2022.",
]


@pytest.mark.parametrize("text", REAL_RECIPIENTS)
def test_a_recipient_standing_alone_is_still_a_disclosure(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert incident_rows(nlp, text, "force", "breach_type") == {
        ("Essex Police", "inappropriate_disclosure")
    }


# -- lost or sent unencrypted (the weak transmission word) --------------------------------


def test_an_unencrypted_device_lost_is_a_device_loss(nlp) -> None:  # type: ignore[no-untyped-def]
    text = LEAD + "An unencrypted memory stick holding witness details was stolen from a car."
    assert best_type_of(nlp, text) == "loss_or_theft_of_device"


SENT_UNENCRYPTED = [
    "Staff sent unencrypted emails holding the details of 300 victims to a contractor.",
    "The ICO said officers routinely used unencrypted email to send files to a contractor.",
    "The files were sent on an unencrypted disc by post.",
]


@pytest.mark.parametrize("text", SENT_UNENCRYPTED)
def test_data_sent_unencrypted_is_still_a_transmission(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, LEAD + text) == "insecure_transmission"


# -- identity theft ---------------------------------------------------------------------------


def test_identity_theft_is_a_harm_not_a_theft(nlp) -> None:  # type: ignore[no-untyped-def]
    text = LEAD + "Breaches like it expose the people affected to identity theft and fraud."
    assert best_type_of(nlp, text) != "cyber_attack"


def test_data_stolen_by_hackers_is_still_an_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: the theft of the data itself, with identity theft named as its harm
    text = (
        "Hackers stole the personal details of 500 Cheshire Constabulary officers in a cyber "
        "attack in 2023, putting them at risk of identity theft."
    )
    assert incident_rows(nlp, text, "force", "breach_type") == {
        ("Cheshire Constabulary", "cyber_attack")
    }


def test_a_device_stolen_is_still_a_theft(nlp) -> None:  # type: ignore[no-untyped-def]
    text = LEAD + "Thieves stole a laptop, and the victims now fear identity theft."
    assert best_type_of(nlp, text) == "loss_or_theft_of_device"
