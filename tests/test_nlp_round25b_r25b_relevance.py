"""Round 25b, branch r25b-relevance: police advice headlines over a lead that tells the
force's own breach ('its data breach', people's details handed on), a supplier the police own
by a possessive, a body's word naming a kind of data ('bank details'), what is guarded against
after 'against'/'from', a cue named without article as the subject of a plan ('access to
files would be monitored') and a regulator named only as the author of guidance. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract
from extract.rules import relevance
from extract.sentences import split_sentences


def relevant(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).relevant


@pytest.mark.parametrize(
    "text",
    [
        "Police urge people to be vigilant after leak\nGwent Police is asking anyone whose "
        "details were exposed in its data breach to watch out for suspicious calls.",
        "Force warns residents following data leak\nNorthumbria Police is urging people "
        "affected by its recent data breach to change their passwords.",
    ],
)
def test_advice_after_its_own_breach_is_relevant(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police warn victims after data blunder\nDorset Police has written to 200 victims "
        "after their personal details were accidentally emailed to a member of the public.",
        "Force warns witnesses after addresses disclosed\nStaffordshire Police has warned 25 "
        "witnesses that their home addresses were disclosed to a defendant.",
    ],
)
def test_advice_headline_over_details_handed_on_is_relevant(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # "its" is the retailer's, not the force's
        "Police warn shoppers\nKent Police is urging customers of the supermarket chain to be "
        "alert after its data breach exposed their bank details.",
        # what fraudsters say
        "Police warn of scam\nEssex Police is warning residents about fraudsters who claim to "
        "be calling about its data breach.",
        # "its data breach procedures": no breach
        "Force reviews procedures\nKent Police will review its data breach procedures, the "
        "force said, as it urged staff to complete training.",
    ],
)
def test_advice_without_the_forces_own_breach_stays_irrelevant(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Forces hit by cyber attack\nCleveland Police and Durham Constabulary both had files "
        "stolen when their shared IT provider was hit by a ransomware attack.",
        "Officers' bank details stolen\nKent Police said its payroll supplier had been hit by "
        "a ransomware attack and officers' bank details were stolen.",
    ],
)
def test_the_polices_own_supplier_is_no_other_body(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Cyber advice\nKent Police is urging businesses to protect their data against cyber "
        "attacks.",
        "New case system\nAvon and Somerset Police has rolled out a new case management "
        "system. The force said access to files would be monitored, and misuse of the system "
        "would be investigated.",
    ],
)
def test_guarded_or_planned_cues_tell_no_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Essex Police has apologised after a spreadsheet of victims' names was published "
        "online. The force said the leak will be investigated.",
        "Essex Police has been reprimanded after officers' addresses were emailed to a "
        "journalist. The force said training would protect staff from a repeat of the breach.",
    ],
)
def test_a_breach_that_happened_stays_relevant(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


def test_regulator_named_only_for_its_guidance_describes_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dorset Police has launched a new app for reporting crime. The force said it was "
        "built with the Information Commissioner's guidance in mind."
    )
    assert not relevance.describes_breach(split_sentences(nlp(text)))
    told = "Dorset Police has been reprimanded by the Information Commissioner's Office."
    assert relevance.describes_breach(split_sentences(nlp(told)))
