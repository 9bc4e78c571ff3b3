"""Round 26, branch r26-attribution: a force sent data by another force ('Surrey Police
officers were sent the file by mistake by Sussex Police') is its recipient, the sender the one
at fault; two forces of a group told in one sentence, each in its own clause with its own
breach ('X lost a laptop, while Y sent a file to the wrong address'), are two incidents; a
numbered item's heading ('3. The letter to the old address') opens the next item, not the
last. Every sentence here was written for these tests."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract


def _incidents(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return {(i.force, i.breach_type, i.action) for i in ex.incidents}


def _forces(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {i.force for i in extract(Document(text=text), nlp).incidents}


def test_force_sent_data_by_another_force_is_its_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _forces(
        nlp,
        "Force apologises over misdirected file\n\n"
        "Detectives at Lancashire Constabulary were emailed a spreadsheet of witness "
        "details in error by Cumbria Constabulary in 2021.",
    ) == {"Cumbria Constabulary"}
    assert _forces(
        nlp,
        "Force apologises over misdirected file\n\n"
        "West Mercia Police officers were sent a victim's statement by mistake by "
        "Warwickshire Police in 2020.",
    ) == {"Warwickshire Police"}
    # the sender is no force: the force's own story, as before
    found = _forces(
        nlp,
        "Force apologises over misdirected file\n\n"
        "Lancashire Constabulary sent a spreadsheet of witness details to the wrong "
        "address in 2021, and Cumbria Constabulary was not involved.",
    )
    assert "Lancashire Constabulary" in found
    # handed a notice by the regulator: still the target
    found = _forces(
        nlp,
        "Force given notice\n\n"
        "Lancashire Constabulary was sent an enforcement notice by the ICO after officers "
        "emailed a list of victims to the wrong address in 2021.",
    )
    assert found == {"Lancashire Constabulary"}


def test_two_forces_each_in_its_own_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _incidents(
        nlp,
        "Forces reprimanded over data failures\n\n"
        "Two forces have been reprimanded by the Information Commissioner's Office. "
        "Dorset Police left a bag of case papers on a bus, whereas Wiltshire Police "
        "emailed a victim's statement to the wrong person.",
    )
    assert ("Dorset Police", "loss_or_theft_of_paperwork", "reprimand") in found
    assert ("Wiltshire Police", "emailed_to_incorrect_recipient", "reprimand") in found
    found = _incidents(
        nlp,
        "Forces reprimanded over data failures\n\n"
        "Both forces were reprimanded by the ICO. Dorset Police lost a memory stick; "
        "Wiltshire Police published victims' names on its website.",
    )
    assert ("Dorset Police", "loss_or_theft_of_device", "reprimand") in found
    assert ("Wiltshire Police", "published_in_error", "reprimand") in found
    # one breach told of both: partners still
    found = _incidents(
        nlp,
        "Forces reprimanded over data failures\n\n"
        "Two forces have been reprimanded by the Information Commissioner's Office. "
        "Dorset Police and Wiltshire Police left a bag of case papers on a bus.",
    )
    assert ("Dorset Police", "loss_or_theft_of_paperwork", "reprimand") in found
    assert ("Wiltshire Police", "loss_or_theft_of_paperwork", "reprimand") in found


def test_numbered_heading_opens_the_next_item(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Four times the police got it wrong\n\n"
        "Forces hold a great deal about all of us.\n\n"
        "1. The stolen laptop\n"
        "In 2019 a laptop was stolen from an officer's car in Exeter. Devon and Cornwall "
        "Police reported the theft to the ICO.\n\n"
        "2. The report put online\n"
        "Avon and Somerset Police published a report on its website in 2021 that named a "
        "rape victim. The ICO reprimanded the force.\n\n"
        "3. The letter to the wrong address\n"
        "In 2020 Gloucestershire Constabulary told a caller where a woman was living. The ICO "
        "reprimanded the force.\n"
    )
    types = {f: t for f, t, _ in _incidents(nlp, text)}
    assert types["Avon and Somerset Police"] == "published_in_error"
    # a numbered sentence of the text's own is no heading: it stays with its force
    types = {
        f: t
        for f, t, _ in _incidents(
            nlp,
            "Force reprimanded\n\n"
            "Avon and Somerset Police was reprimanded by the ICO in 2021.\n\n"
            "1. An officer posted a victim's statement to her attacker's address.",
        )
    }
    assert types["Avon and Somerset Police"] == "posted_to_incorrect_recipient"
