"""Breach tallies, round 25: a list lead's bracketed or source remark types none of its items
("... in 2022 (figures released under FOI): Kent Police 312, ..."); a whole followed by a
participle of recording ("12 of the 96 breaches recorded were emails ..."); and another
force's figure opening a comparison sentence ("That compares with 312 at Kent Police").
Paraphrases written for these tests; each pairs what must become a row with what must not."""

from __future__ import annotations

import tally_rows


def test_a_source_remark_in_brackets_types_no_listed_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches logged by forces in the South West in 2022 (figures released under "
        "FOI): Dorset Police 54, Wiltshire Police 37, Gloucestershire Constabulary 29."
    )
    assert tally_rows.rows(text, nlp) == {
        ("Dorset Police", "2022", None, 54),
        ("Wiltshire Police", "2022", None, 37),
        ("Gloucestershire Constabulary", "2022", None, 29),
    }


def test_an_excluded_kind_in_the_lead_types_no_listed_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches logged by forces in the South West in 2022, excluding cyber "
        "incidents: Dorset Police 54, Wiltshire Police 37."
    )
    assert tally_rows.rows(text, nlp) == {
        ("Dorset Police", "2022", None, 54),
        ("Wiltshire Police", "2022", None, 37),
    }


def test_a_kind_named_before_the_remark_still_types_the_list(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Letters posted to the wrong address by forces in the South West in 2022 (figures "
        "released under FOI): Dorset Police 14, Wiltshire Police 9."
    )
    assert tally_rows.rows(text, nlp) == {
        ("Dorset Police", "2022", "posted_to_incorrect_recipient", 14),
        ("Wiltshire Police", "2022", "posted_to_incorrect_recipient", 9),
    }


def test_a_part_of_a_whole_with_a_recording_participle(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cleveland Police recorded 84 data breaches in 2021. Nine of the 84 breaches "
        "recorded were emails sent to the wrong person."
    )
    assert tally_rows.rows(text, nlp) == {
        ("Cleveland Police", "2021", None, 84),
        ("Cleveland Police", "2021", "emailed_to_incorrect_recipient", 9),
    }


def test_a_part_of_a_whole_with_a_dated_recording_participle(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cleveland Police recorded 84 data breaches in 2021. Nine of the 84 incidents "
        "reported in 2021 involved emails sent to the wrong person."
    )
    assert tally_rows.rows(text, nlp) == {
        ("Cleveland Police", "2021", None, 84),
        ("Cleveland Police", "2021", "emailed_to_incorrect_recipient", 9),
    }


def test_a_participle_with_no_category_after_it_gives_no_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cleveland Police recorded 84 data breaches in 2021. Nine of the 84 breaches "
        "recorded were still under review in March."
    )
    assert tally_rows.rows(text, nlp) == {("Cleveland Police", "2021", None, 84)}


def test_another_forces_figure_opening_a_comparison_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cleveland Police recorded 84 data breaches in 2021. That compares with 126 at "
        "Northumbria Police over the same period."
    )
    assert tally_rows.rows(text, nlp) == {
        ("Cleveland Police", "2021", None, 84),
        ("Northumbria Police", "2021", None, 126),
    }


def test_a_comparison_of_another_measure_gives_no_row(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cleveland Police employs 1,400 officers. That compares with 3,300 at Northumbria Police."
    )
    assert tally_rows.rows(text, nlp) == set()
