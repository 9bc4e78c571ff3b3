"""Roundups of several forces' sanctions, round 34b (extract.rules.actions `_generic`,
extract.rules.attribution `_group_size`): a lead giving a counted group of forces a sanction
in the plural ("Three forces have been issued with reprimands") gives each listed force that
sanction; sanctions in the plural said of forces in general stay no action.
Paraphrases written for these tests."""

from __future__ import annotations

from datetime import date

from extract.models import Document, Extraction
from extract.nlp import extract

PUBLISHED = date(2024, 5, 2)


def run(text: str, nlp) -> Extraction:  # type: ignore[no-untyped-def]
    return extract(Document(text=text, published=PUBLISHED), nlp)


def actions(ex: Extraction) -> dict[str, str | None]:
    return {i.force: i.action for i in ex.incidents}


def test_counted_group_given_plural_sanction(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Privacy regulator rebukes police\n\n"
        "Two forces have been handed reprimands by the Information Commissioner's Office. "
        "Avon and Somerset Constabulary mislaid a folder of custody records in 2022. "
        "Merseyside Police shared a victim's phone number with the man she had reported "
        "in 2023."
    )
    ex = run(text, nlp)
    assert ex.relevant
    assert actions(ex) == {
        "Avon and Somerset Police": "reprimand",
        "Merseyside Police": "reprimand",
    }


def test_plural_enforcement_notices_for_a_counted_group(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Forces ordered to act\n\n"
        "Three police forces were served with enforcement notices by the ICO this week. "
        "Cheshire Constabulary kept intelligence records about innocent people for years. "
        "Dorset Police lost a batch of witness statements in 2021. "
        "Wiltshire Police sent a list of informants to a journalist in 2022."
    )
    ex = run(text, nlp)
    assert set(actions(ex).values()) == {"enforcement_notice"}
    assert {"Cheshire Constabulary", "Dorset Police", "Wiltshire Police"} <= set(actions(ex))


def test_the_following_forces_each_have_the_sanction(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data watchdog names forces\n\n"
        "The following forces were reprimanded by the Information Commissioner in April. "
        "Suffolk Constabulary: an officer posted a witness's statement to the wrong house "
        "in 2022. "
        "Durham Constabulary: a detective emailed a rape victim's file to a stranger in 2023."
    )
    ex = run(text, nlp)
    assert actions(ex) == {"Suffolk Constabulary": "reprimand", "Durham Constabulary": "reprimand"}


def test_six_forces_is_a_group_too(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Six forces reprimanded\n\n"
        "Six police forces have been reprimanded by the ICO over the way they handled "
        "victims' details. The forces are Kent Police, Surrey Police, Sussex Police, "
        "Essex Police, Norfolk Constabulary and Suffolk Constabulary."
    )
    ex = run(text, nlp)
    assert ex.relevant
    assert set(actions(ex)) == {
        "Kent Police",
        "Surrey Police",
        "Sussex Police",
        "Essex Police",
        "Norfolk Constabulary",
        "Suffolk Constabulary",
    }
    assert set(actions(ex).values()) == {"reprimand"}


def test_sanctions_of_forces_in_general_are_no_action(nlp) -> None:  # type: ignore[no-untyped-def]
    # no number before "forces": the regulator's powers, not a sanction given
    text = (
        "Force apologises over letter\n\n"
        "Lancashire Constabulary apologised after a letter about a domestic abuse victim was "
        "sent to her former partner in 2023. The ICO can issue reprimands and fines to "
        "police forces that break the law."
    )
    ex = run(text, nlp)
    assert all(i.action in (None, "none") for i in ex.incidents)


def fines(ex: Extraction) -> dict[str, int | None]:
    return {i.force: i.fine_amount for i in ex.incidents}


def test_headline_sum_of_fines_is_no_forces_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Penalties on police reach £330,000\n\n"
        "Two forces were fined by the data regulator this year. "
        "Cumbria Constabulary was fined £250,000 after losing a case file in 2021. "
        "Gwent Police was fined £80,000 after emailing a witness list to a suspect in 2022."
    )
    ex = run(text, nlp)
    assert fines(ex) == {"Cumbria Constabulary": 250000, "Gwent Police": 80000}


def test_a_named_forces_total_stays_its_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    # one force named: its "total" is its own (two fines on one force add up)
    text = (
        "Force pays £120,000\n\n"
        "Sussex Police was fined a total of £120,000 by the ICO after losing interview "
        "recordings in 2021."
    )
    assert fines(run(text, nlp)) == {"Sussex Police": 120000}


def incidents(ex: Extraction) -> set[tuple[str, str | None, int | None, int | None]]:
    return {(i.force, i.breach_type, i.breach_year, i.fine_amount) for i in ex.incidents}


def test_sanction_dated_before_the_storys_breach_is_an_earlier_case(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Force apologises for letter blunder\n\n"
        "Gloucestershire Constabulary has apologised after a letter naming a rape victim "
        "was posted to her neighbour in February 2024. The ICO has been told. "
        "Back in 2019, the force was fined £90,000 by the regulator after a laptop was "
        "stolen from a patrol car."
    )
    found = incidents(run(text, nlp))
    assert ("Gloucestershire Constabulary", "posted_to_incorrect_recipient", 2024, None) in found
    assert any(f == 90000 and y != 2024 for _, _, y, f in found)


def test_sanction_dated_after_the_breach_stays_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Force reprimanded over lost files\n\n"
        "Staffordshire Police lost a bag of witness statements on a train in 2021. "
        "In 2023 the force was reprimanded by the ICO."
    )
    ex = run(text, nlp)
    assert [(i.force, i.breach_year, i.action) for i in ex.incidents] == [
        ("Staffordshire Police", 2021, "reprimand")
    ]


def test_the_following_forces_after_the_sanction(nlp) -> None:  # type: ignore[no-untyped-def]
    # the list's lead puts the group after its sanction, as an object, not in the lead
    text = (
        "Regulator's latest reprimands\n\n"
        "The data watchdog has announced reprimands given to the following forces:\n\n"
        "- Cleveland Police, for leaving a witness's statement in a cafe in 2022\n\n"
        "- Humberside Police, for losing a box of custody records in 2023"
    )
    ex = run(text, nlp)
    assert actions(ex) == {"Cleveland Police": "reprimand", "Humberside Police": "reprimand"}
