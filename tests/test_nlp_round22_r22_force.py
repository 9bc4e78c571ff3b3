"""Round 22, branch r22-force: a force sued over a breach ("officers are taking legal action
against the force", "staff are suing Kent Police") is the one at fault, not a bystander; and
forces listed together in another force's case ("Sussex Police and Surrey Police were both
fined") each keep that case. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def incident_forces(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted({i.force for i in extract(Document(text=text), nlp).incidents})


# --- a force sued over what it did is the force at fault


@pytest.mark.parametrize(
    "text",
    [
        "Officers take legal action over leak\n\nA group of officers is taking legal action "
        "against Kent Police after a spreadsheet holding their home addresses was sent to the "
        "wrong person.",
        "Staff bring claim over breach\n\nThirty staff have brought a claim against Kent Police "
        "after a list of their home addresses was sent to the wrong person.",
        "Legal action over leak\n\nLawyers have begun proceedings against Kent Police after a "
        "spreadsheet of officers' home addresses was sent to the wrong person.",
    ],
)
def test_a_force_sued_is_at_fault(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert incident_forces(nlp, text) == ["Kent Police"]


def test_a_force_that_sues_no_one_is_still_a_bystander(nlp) -> None:  # type: ignore[no-untyped-def]
    # negative: a complaint against the force is no claim over its breach, and a council's
    # loss told with a force only speaking stays the council's
    text = (
        "Council loses files\n\nA council worker left a folder of children's records on a "
        "bus in 2022. A complaint against Kent Police about the way it handled the report "
        "was dismissed."
    )
    assert incident_forces(nlp, text) == []


def test_no_further_action_against_a_force_still_tells_its_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Regulator acts on two forces\n\nThe ICO has reprimanded Kent Police after an officer "
        "emailed a witness statement to the suspect.\n\nIn a separate case, the ICO decided to "
        "take no further action against Essex Police. In June 2023 a member of staff emailed "
        "a list of 200 volunteers with every address visible."
    )
    assert incident_forces(nlp, text) == ["Essex Police", "Kent Police"]


# --- forces listed together in another force's case each keep it


@pytest.mark.parametrize(
    "second",
    [
        "Last year, Sussex Police and Surrey Police were both fined over an app that recorded "
        "calls.",
        "Sussex Police and Surrey Police were reprimanded in 2023 over an app that recorded calls.",
    ],
)
def test_forces_listed_together_share_a_case(nlp, second) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Force reprimanded\n\nThe ICO has reprimanded Kent Police after an officer shared a "
        f"victim's address with her abuser.\n\n{second}"
    )
    assert incident_forces(nlp, text) == ["Kent Police", "Surrey Police", "Sussex Police"]


def test_forces_not_listed_together_keep_their_own_parts(nlp) -> None:  # type: ignore[no-untyped-def]
    # negative: each force with its own sum is cut apart, and one force "or" another is no list
    text = (
        "Forces fined\n\nThe ICO has reprimanded Kent Police after an officer shared a "
        "victim's address with her abuser.\n\nLast year the ICO fined Sussex Police £10,000 "
        "and Surrey Police £20,000 over an app that recorded calls."
    )
    facts = extract(Document(text=text), nlp).incidents
    fines = {i.force: i.fine_amount for i in facts}
    assert fines.get("Sussex Police") == 10000
    assert fines.get("Surrey Police") == 20000


# --- a force that only speaks of an inquiry into another force's officer is not at fault


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "Officer jailed\n\nA former Cheshire Police officer was jailed for misusing police "
            "computers to check on women he met online.\n\nA Greater Manchester Police "
            "spokesman said the investigation was carried out by its anti-corruption unit.",
            "Cheshire Constabulary",
        ),
        (
            "Ex-officer sentenced\n\nA former Lancashire Constabulary officer was sentenced "
            "for looking up his ex-partner's address on police systems.\n\nCumbria "
            "Constabulary said its professional standards team had handled the inquiry.",
            "Lancashire Constabulary",
        ),
    ],
)
def test_a_force_speaking_of_its_inquiry_only_voices(nlp, text, force) -> None:  # type: ignore[no-untyped-def]
    assert incident_forces(nlp, text) == [force]


def test_the_one_force_speaking_of_its_inquiry_is_still_at_fault(nlp) -> None:  # type: ignore[no-untyped-def]
    # negative: the force at fault, speaking of its own inquiry, keeps its breach
    text = (
        "Victims' names leaked\n\nKent Police emailed a spreadsheet of victims' names to the "
        "wrong person in 2023.\n\nA Kent Police spokesperson said an internal investigation "
        "had begun."
    )
    assert incident_forces(nlp, text) == ["Kent Police"]
