"""Breach tallies, round 19 (branch r19-counts): a figure that counts some of the things a noun
phrase names ("one of its backup servers") is no count of breaches, and its "of" opens no
category; a remark on the time a count covers ("in 2022, the year a laptop was stolen", "in
2022, when an email ...") is a clause of its own, naming no category of the count; nor is a
part told after a comma ("47 breaches, most of them emails sent to the wrong person").
Paraphrases written for these tests; each pairs what must become a row with what must not."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2024, 3, 4)
rows = partial(tally_rows.rows, published=PUBLISHED)


def test_one_of_its_servers_is_no_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ransomware gang hits contractor holding Dorset Police staff data\n"
        "Tech Weekly | 4 March 2024\n\n"
        "Dorset Police has told about 1,900 officers and staff that their personal details "
        "may have been stolen in a ransomware attack on an IT contractor in February.\n\n"
        "The contractor said the gang got into one of its backup servers and encrypted data "
        "before posting a sample on a leak site.\n\n"
        "The Information Commissioner's Office said it was making enquiries."
    )
    assert rows(text, nlp) == set()
    # the one story is still told
    ex = tally_rows.run(text, nlp, PUBLISHED)
    assert [(i.force, i.breach_type) for i in ex.incidents] == [("Dorset Police", "cyber_attack")]
    # negative: one of the breaches counted is still a part of the total
    text = (
        "Dorset Police data breaches revealed\nTech Weekly | 4 March 2024\n\n"
        "Dorset Police recorded 64 data breaches in 2023, figures released under the Freedom "
        "of Information Act show. One of the breaches involved letters posted to the wrong "
        "address, and three of its cases involved emails sent to the wrong person."
    )
    got = rows(text, nlp)
    assert ("Dorset Police", "2023", None, 64) in got
    assert ("Dorset Police", "2023", "posted_to_incorrect_recipient", 1) in got


HEAD = (
    "Wiltshire Police told off over old custody records\nWestern Gazette | 5 February 2025\n\n"
    "The Information Commissioner's Office reprimanded Wiltshire Police for keeping custody "
    "images of people who were never charged.\n\n"
)


def test_a_remark_on_the_year_names_no_category(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Separate figures obtained under the Freedom of Information Act show 47 data breaches "
        "were logged by the force in 2022, the year a laptop holding witness statements was "
        "stolen from an officer's car."
    )
    assert rows(text, nlp) == {("Wiltshire Police", "2022", None, 47)}
    text = HEAD + (
        "Separate figures obtained under the Freedom of Information Act show 47 data breaches "
        "were logged by the force in 2022, when an email listing informants was sent to the "
        "wrong person."
    )
    assert rows(text, nlp) == {("Wiltshire Police", "2022", None, 47)}
    # negative: a category in the count's own clause still types it
    text = HEAD + (
        "Separate figures obtained under the Freedom of Information Act show 47 data breaches "
        "were caused by emails sent to the wrong person in 2022, the year the force moved to a "
        "new records system."
    )
    assert rows(text, nlp) == {("Wiltshire Police", "2022", "emailed_to_incorrect_recipient", 47)}


def test_most_of_them_after_a_comma_is_a_part_not_the_totals_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Separate figures obtained under the Freedom of Information Act show 47 data breaches "
        "were logged by the force in 2022, most of them emails sent to the wrong person."
    )
    assert rows(text, nlp) == {("Wiltshire Police", "2022", None, 47)}
