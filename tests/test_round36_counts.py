"""Breach tallies, round 36 (extract.rules.tallies, tally_forces, tally_tables, tally_cues):
a part of a whole a force owns by name ("nine of Essex Police's 70"), a conjunction opening
the next force's item ("... was 201 and for Y 88"), a zero told as "there had been none",
"with N recorded in PERIOD", and a note under a list giving its period. Paraphrases written
for these tests; each pairs what must become a row with what must not."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2024, 3, 1)
rows = partial(tally_rows.rows, published=PUBLISHED)


def test_a_part_of_a_whole_the_force_owns_by_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Seven of Essex Police's 70 data breaches in 2022 involved lost or stolen laptops."
    assert rows(text, nlp) == {
        ("Essex Police", "2022", None, 70),
        ("Essex Police", "2022", "loss_or_theft_of_device", 7),
    }


def test_a_part_of_the_mets_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police figures show 12 of the Met's 540 data breaches in 2023 were emails sent to "
        "the wrong person."
    )
    assert rows(text, nlp) == {
        ("Metropolitan Police Service", "2023", None, 540),
        ("Metropolitan Police Service", "2023", "emailed_to_incorrect_recipient", 12),
    }


def test_a_regions_whole_stays_no_row(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Surrey Police recorded 140 of the region's 610 data breaches in 2021."
    assert rows(text, nlp) == {("Surrey Police", "2021", None, 140)}


def test_the_next_forces_item_opened_by_and_for(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk Constabulary logged 58 data breaches in 2022. The number for Suffolk was 64 "
        "and for Cambridgeshire 77."
    )
    assert rows(text, nlp) == {
        ("Norfolk Constabulary", "2022", None, 58),
        ("Suffolk Constabulary", "2022", None, 64),
        ("Cambridgeshire Constabulary", "2022", None, 77),
    }


def test_there_had_been_none_is_a_forces_zero(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gloucestershire Constabulary recorded 44 data breaches in 2021. Wiltshire Police said "
        "there had been none."
    )
    assert rows(text, nlp) == {
        ("Gloucestershire Constabulary", "2021", None, 44),
        ("Wiltshire Police", "2021", None, 0),
    }


def test_none_of_another_measure_is_no_zero(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gloucestershire Constabulary recorded 44 data breaches in 2021. Asked how many staff "
        "were dismissed, the force said there had been none."
    )
    assert rows(text, nlp) == {("Gloucestershire Constabulary", "2021", None, 44)}


def test_with_a_figure_recorded_in_a_span(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The campaign group found Northumbria Police had the sixth highest number of "
        "breaches, with 143 recorded between 2012 and 2016."
    )
    assert rows(text, nlp) == {("Northumbria Police", "2012-2016", None, 143)}


def test_with_a_headcount_recorded_is_no_row(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Northumbria Police finished 2016 with 3,100 officers, with 143 recorded as leaving."
    assert rows(text, nlp) == set()


def test_a_note_under_a_list_gives_its_period(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data breaches by force\n"
        "Cleveland Police - 58\n"
        "Durham Constabulary - 41\n"
        "Figures are for the 2021/22 financial year."
    )
    assert rows(text, nlp) == {
        ("Cleveland Police", "2021-2022", None, 58),
        ("Durham Constabulary", "2021-2022", None, 41),
    }


def test_a_note_under_a_list_of_other_things_gives_no_rows(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officers employed in the North East\n"
        "Cleveland Police - 1,350\n"
        "Durham Constabulary - 1,120\n"
        "These figures relate to the 2021/22 financial year."
    )
    assert rows(text, nlp) == set()


def test_a_run_of_figures_each_in_its_own_county(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data breach figures released\n"
        "In 2021 there were 77 data breaches in Dorset, 64 in Wiltshire and 41 in Gloucestershire."
    )
    assert rows(text, nlp) == {
        ("Dorset Police", "2021", None, 77),
        ("Wiltshire Police", "2021", None, 64),
        ("Gloucestershire Constabulary", "2021", None, 41),
    }


def test_towns_after_a_forces_figure_are_no_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data breach figures released\n"
        "In 2021 Dorset Police recorded 77 data breaches in Bournemouth, 12 in Poole and 9 in "
        "Weymouth."
    )
    assert rows(text, nlp) == {("Dorset Police", "2021", None, 77)}
