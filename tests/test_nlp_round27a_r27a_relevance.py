"""Round 27a, branch r27a-relevance: pictures the police put out in an appeal are no data
lost ('released CCTV images of a man they want to speak to after a laptop was stolen'), and
data denied is none named ('no personal information was compromised'), so a supplier's
attack the force says took no data is no breach of the force's. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def relevant(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).relevant


@pytest.mark.parametrize(
    "text",
    [
        "Police release CCTV after theft\n"
        "Sussex Police have released CCTV images of a man they want to speak to after a "
        "laptop was stolen from a car in Brighton.",
        "Appeal after laptop theft\n"
        "Police have released images of two men after a laptop was stolen from a cafe in "
        "Leeds. West Yorkshire Police said the men may have information.",
        "Police seek man after phones stolen\n"
        "Merseyside Police have released a photo of a man they want to identify after mobile "
        "phones were stolen from a shop in Liverpool.",
    ],
)
def test_pictures_put_out_in_an_appeal_are_no_data_lost(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Supplier suffers breach\n"
        "North Yorkshire Police said a cyber attack on one of its IT suppliers had caused "
        "short delays to its online reporting service but no personal information was "
        "compromised.",
        "Police software firm attacked\n"
        "Norfolk Constabulary said a ransomware attack on its software supplier had taken "
        "some systems offline, but no personal data had been stolen.",
    ],
)
def test_supplier_attack_with_no_data_taken_is_no_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police laptop stolen\n"
        "A laptop containing the details of crime victims was stolen from a Sussex Police "
        "officer's car in Brighton, the force has admitted.",
        "Witness images released in error\n"
        "Kent Police mistakenly released CCTV images of a witness to a national newspaper, "
        "the force has admitted.",
        "Officers' data stolen in supplier hack\n"
        "Norfolk Constabulary said a ransomware attack on its software supplier had exposed "
        "the personal data of hundreds of officers.",
    ],
)
def test_lost_and_exposed_data_is_still_a_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


# --- advice about breaches in general


@pytest.mark.parametrize(
    "text",
    [
        "Cyber unit visit\n"
        "The Eastern Region Special Operations Unit and Essex Police visited businesses in "
        "Colchester to give advice on data breaches and ransomware.",
        "Awareness week\n"
        "Lancashire Police is running a week of events to raise awareness of cyber attacks and "
        "data theft among older people.",
    ],
)
def test_advice_on_breaches_in_general_is_no_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Advice after breach\n"
        "Kent Police has apologised after the names of 100 witnesses were emailed to the wrong "
        "person, and offered advice on the breach to those affected.",
        "Advice after leak\n"
        "Surrey Police has written to 500 victims whose details were leaked, giving advice on "
        "data breaches and how to protect themselves.",
    ],
)
def test_advice_after_a_breach_keeps_it(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


# --- a loss denied names no data


def test_supplier_incident_that_led_to_no_loss_of_data_is_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(
        nlp,
        "Contractor hit by cyber incident\n"
        "Derbyshire Constabulary said a cyber incident at a contractor which runs its vehicle "
        "recovery scheme had not led to any loss of personal data.",
    )


def test_supplier_incident_that_led_to_a_loss_of_data_is_a_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    assert relevant(
        nlp,
        "Contractor hit by cyber incident\n"
        "Derbyshire Constabulary said a cyber incident at a contractor which runs its vehicle "
        "recovery scheme had led to the loss of the personal data of 200 officers.",
    )


# --- breaches counted by the force as its own


@pytest.mark.parametrize(
    "text",
    [
        "Breaches rise\n"
        "The number of data breaches recorded by Kent Police rose last year, according to "
        "figures obtained by this newspaper.",
        "Leaks logged\n"
        "Data breaches logged by Essex Police have doubled in two years, the force has "
        "confirmed.",
    ],
)
def test_breaches_recorded_by_the_force_are_its_own(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


def test_breaches_reported_to_the_force_are_not_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(
        nlp,
        "Council breaches\n"
        "Data breaches reported to Kent Police by local businesses have risen, the force said.",
    )
