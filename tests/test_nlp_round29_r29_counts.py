"""Breach tallies, round 29 (extract.rules.tallies, tally_cues, tally_tables): statistics
reported in shapes the tally reader missed. A force's figure written in words after breach
figures ("Wiltshire Police recorded only fourteen."), the whole a share is of ("just over half
of the 178 breaches Essex Police recorded": the force's total, of no kind), a count in words
before "of them" ("Twenty-eight of them involved lost devices"), and a people-disciplined
column beside a breaches column (an outcome of those breaches, no tally). Every sentence and
table here was written for these tests; each positive is paired with a negative guard."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2023, 6, 1)
rows = partial(tally_rows.rows, published=PUBLISHED)
people = partial(tally_rows.people, published=PUBLISHED)


def test_a_force_figure_in_words_continues_breach_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lincolnshire Police recorded 412 data breaches between 2019 and 2023, FOI figures "
        "show. At the other end of the scale, Wiltshire Police recorded only fourteen."
    )
    assert rows(text, nlp) == {
        ("Lincolnshire Police", "2019-2023", None, 412),
        ("Wiltshire Police", "2019-2023", None, 14),
    }


def test_a_compared_force_figure_in_hyphenated_words(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cleveland Police recorded 96 data breaches in 2022, FOI figures show. Durham "
        "Constabulary, by comparison, logged thirty-one."
    )
    assert ("Durham Constabulary", "2022", None, 31) in rows(text, nlp)


def test_guard_words_after_breach_figures_that_count_other_things(nlp) -> None:  # type: ignore[no-untyped-def]
    # negative guard: stations, officers employed and people sacked are no breach counts
    for tail in (
        "Durham Constabulary said it had nine stations.",
        "Durham Constabulary has three hundred officers.",
        "Durham Constabulary dismissed two officers.",
    ):
        text = f"Cleveland Police recorded 96 data breaches in 2022, FOI figures show. {tail}"
        assert rows(text, nlp) == {("Cleveland Police", "2022", None, 96)}


def test_the_whole_a_share_is_of_is_the_force_total(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Just over half of the 178 data breaches Essex Police recorded in 2021 involved "
        "information sent to the wrong person, FOI figures show."
    )
    assert rows(text, nlp) == {("Essex Police", "2021", None, 178)}


def test_the_whole_of_a_share_takes_no_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    # the kind named after it is the share's, not the whole's
    text = (
        "A quarter of the 96 data breaches recorded by Cumbria Constabulary in 2021 involved "
        "lost paperwork, FOI figures show."
    )
    assert rows(text, nlp) == {("Cumbria Constabulary", "2021", None, 96)}
    text = (
        "More than a third of the 143 breaches logged by Avon and Somerset Police in 2022 "
        "were emails sent to the wrong address."
    )
    assert rows(text, nlp) == {("Avon and Somerset Police", "2022", None, 143)}


def test_guard_a_counted_part_of_a_whole_keeps_its_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    # negative guard: a figure (not a share) before "of the N" is still a part of that kind
    text = (
        "Emails sent to the wrong person made up 52 of the 127 data breaches Dorset Police "
        "recorded in 2022, FOI figures show."
    )
    assert rows(text, nlp) == {
        ("Dorset Police", "2022", "emailed_to_incorrect_recipient", 52),
        ("Dorset Police", "2022", None, 127),
    }


def test_a_count_in_words_before_of_them_is_a_part(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "West Yorkshire Police recorded 320 data breaches in 2022. Twenty-eight of them "
        "involved lost or stolen devices, the FOI figures show."
    )
    assert rows(text, nlp) == {
        ("West Yorkshire Police", "2022", None, 320),
        ("West Yorkshire Police", "2022", "loss_or_theft_of_device", 28),
    }


def test_guard_of_them_that_counts_no_kind_or_tells_a_story(nlp) -> None:  # type: ignore[no-untyped-def]
    # negative guard: reported to the regulator is no kind of breach; a story's "two of them"
    # counts people
    text = (
        "Surrey Police recorded 77 data breaches in 2022, FOI figures show. Two of them were "
        "reported to the Information Commissioner's Office."
    )
    assert rows(text, nlp) == {("Surrey Police", "2022", None, 77)}
    text = (
        "Three officers at Surrey Police looked up a murder victim's records in 2022. Two of "
        "them were sacked."
    )
    assert rows(text, nlp) == set()


def test_a_disciplined_column_beside_breaches_is_no_tally(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches and staff disciplined, 2022\n"
        "Force | Breaches | Staff disciplined\n"
        "Surrey Police | 77 | 4\n"
        "Sussex Police | 102 | 9\n\n"
        "Source: FOI responses."
    )
    assert rows(text, nlp) == {
        ("Surrey Police", "2022", None, 77),
        ("Sussex Police", "2022", None, 102),
    }


def test_guard_a_disciplined_column_alone_is_still_read(nlp) -> None:  # type: ignore[no-untyped-def]
    # negative guard: without a breaches column, people disciplined for data-protection
    # offences are still read, as people (outcomes), never as breach rows
    text = (
        "Force | Officers disciplined for data protection breaches\n"
        "Kent Police | 14\n"
        "Essex Police | 9\n\n"
        "Source: FOI responses for 2022."
    )
    assert rows(text, nlp) == set()
    assert people(text, nlp) == {("Kent Police", "2022", 14), ("Essex Police", "2022", 9)}


def test_guard_a_part_in_words_of_people_disciplined_is_their_outcome(nlp) -> None:  # type: ignore[no-untyped-def]
    # negative guard: "six of them were dismissed" is an outcome of those disciplined, no tally
    text = (
        "Figures obtained by a campaign group show 388 police staff in England and Wales were "
        "disciplined for misusing police computers between 2016 and 2019. At Cheshire "
        "Constabulary, 31 were disciplined and six of them were dismissed."
    )
    assert rows(text, nlp) == set()  # people disciplined: an outcome, no breach row
    assert people(text, nlp) == {("Cheshire Constabulary", "2016-2019", 31)}
