"""Round 15 (r15-stats-incidents): a case sentence on a statistics page that lists examples
of different kinds ('Other incidents included a laptop stolen from a car and an email sent
to the wrong address') tells one incident per kind, each dated by the one year the sentence
names when its own words name none; and on a page counting the force's breaches by kind, a
sanction is typed by the mechanism its own sentence tells ('reprimanded after a laptop was
stolen'), not by the kinds the figures hold. Paraphrases written for the mechanisms,
positive and negative."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract

_FIGURES = (
    "Kent Police recorded 412 data breaches between 2021 and 2023, according to figures "
    "released under the Freedom of Information Act. "
    "The force logged 151 breaches in 2023, up from 130 the year before. "
)


def incidents(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text, published=date(2024, 3, 10)), nlp)
    assert ex.relevant
    return sorted((i.force, i.breach_type, i.breach_year) for i in ex.incidents)


def test_examples_of_two_kinds_are_two_incidents(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _FIGURES + (
        "Other breaches last year included a laptop stolen from an officer's car and an "
        "email containing victims' names sent to the wrong address. "
        "A spokesman said every breach was taken seriously."
    )
    assert incidents(nlp, text) == [
        ("Kent Police", "emailed_to_incorrect_recipient", 2023),
        ("Kent Police", "loss_or_theft_of_device", 2023),
    ]

    # negative: a page about one breach is no statistics page; its case is not cut up
    text = (
        "Kent Police has been reprimanded by the Information Commissioner's Office after an "
        "officer emailed a victim's statement to the suspect in 2022. "
        "In another case, an officer lost a notebook and a laptop was stolen from his car."
    )
    inc = incidents(nlp, text)
    assert ("Kent Police", "emailed_to_incorrect_recipient", 2022) in inc
    assert len(inc) == 2


def test_cases_told_in_one_sentence_are_two_incidents(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _FIGURES + (
        "In one case last year, a detective looked up the record of his neighbour; in another, "
        "a bag of case files was stolen from a car. "
        "A spokesman said every breach was taken seriously."
    )
    assert incidents(nlp, text) == [
        ("Kent Police", "loss_or_theft_of_paperwork", 2023),
        ("Kent Police", "unauthorised_access", 2023),
    ]
    # negative: both halves tell the same kind of breach, one incident
    text = _FIGURES + (
        "Other breaches last year included a laptop stolen from an officer's car and a "
        "phone stolen from a station locker. "
        "A spokesman said every breach was taken seriously."
    )
    assert incidents(nlp, text) == [("Kent Police", "loss_or_theft_of_device", 2023)]


# --- a sanction told beside the force's counts by kind is typed by its own sentence


def _fined(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text, published=date(2024, 3, 10)), nlp)
    [inc] = [i for i in ex.incidents if i.mention == "primary"]
    return inc.breach_type


def test_a_sanction_beside_counts_by_kind_keeps_its_own_mechanism(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk Constabulary has been reprimanded by the Information Commissioner's Office "
        "after a laptop was stolen from a detective's home in 2022. "
        "The force logged 190 data breaches in 2022, of which 70 were emails sent to the "
        "wrong recipient. "
        "Misdirected emails remain the most common failure, the regulator said."
    )
    assert _fined(nlp, text) == "loss_or_theft_of_device"
    # negative: with no figures by kind, the rest of the story still weighs in (here it is
    # mostly about emails sent to the wrong person)
    text = (
        "Norfolk Constabulary has been reprimanded by the Information Commissioner's Office "
        "after a laptop was stolen from a detective's home in 2022. "
        "The laptop held a file that a detective had emailed to the wrong person the week "
        "before, and the file was sent to the wrong address again by another detective. "
        "Misdirected emails remain the most common failure, the regulator said."
    )
    assert _fined(nlp, text) == "emailed_to_incorrect_recipient"
