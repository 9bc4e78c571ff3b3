"""Breach tallies, round 27a (extract.rules.tally_tables, tally_glued): a table whose own
caption right above it counts another measure ('Number of officers') gives no breach rows,
whatever a breach caption further up or the next table's caption under it says; and a glued
header of measure-and-year columns ('Breaches 2022Breaches 2023') splits its rows' runs of
digits like a header of years. Paraphrases written for these tests."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2023, 6, 1)
rows = partial(tally_rows.rows, published=PUBLISHED)


def test_a_table_captioned_with_another_measure_gives_no_breach_rows(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data breaches revealed\n\n"
        "Figures show the number of data breaches logged by forces in 2022.\n\n"
        "Number of officers\nForce | 2022\n"
        "Norfolk Constabulary | 1700\nSuffolk Constabulary | 1300\n\n"
        "Data breaches recorded\nForce | 2022\n"
        "Norfolk Constabulary | 61\nSuffolk Constabulary | 44\n"
    )
    found = rows(text, nlp)
    assert ("Norfolk Constabulary", "2022", None, 61) in found
    assert ("Suffolk Constabulary", "2022", None, 44) in found
    assert not any(r[3] in (1700, 1300) for r in found)


def test_a_caption_of_people_doing_a_breach_still_counts_breaches(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data breaches revealed\n\n"
        "Figures show the number of data breaches logged by forces in 2022.\n\n"
        "Officers looking up records without a policing purpose\nForce | 2022\n"
        "Norfolk Constabulary | 17\nSuffolk Constabulary | 13\n"
    )
    found = rows(text, nlp)
    assert any(r[0] == "Norfolk Constabulary" and r[3] == 17 for r in found)


def test_a_glued_header_of_measure_and_year_columns_splits_the_rows(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches at eastern forces\n\n"
        "Two of three forces in the east recorded more data breaches in 2022 than in 2021.\n"
        "ForceBreaches 2021Breaches 2022\n"
        "Norfolk Constabulary9488\n"
        "Suffolk Constabulary6672\n"
        "Essex Police120131\n"
        "Source: FOI responses"
    )
    found = rows(text, nlp)
    assert ("Norfolk Constabulary", "2021", None, 94) in found
    assert ("Norfolk Constabulary", "2022", None, 88) in found
    assert ("Suffolk Constabulary", "2021", None, 66) in found
    assert ("Suffolk Constabulary", "2022", None, 72) in found
    assert not any(r[3] in (9488, 6672) for r in found)


def test_a_glued_header_of_different_measures_is_no_header_of_years(nlp) -> None:  # type: ignore[no-untyped-def]
    # the column names differ (officers, then breaches): no pair of one measure by year
    from extract.rules.tally_glued import glued_header

    assert glued_header("ForceBreaches 2021Breaches 2022Norfolk Constabulary9488")
    assert not glued_header("ForceOfficers 2021Breaches 2022Norfolk Constabulary1700 88")


def test_a_figure_after_an_aside_of_another_measure_keeps_the_breach_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data breaches 2022\n\n"
        "Norfolk Constabulary recorded 140 data breaches in 2022. Suffolk Constabulary, "
        "which employs 1,300 officers, logged 95."
    )
    found = rows(text, nlp)
    assert ("Suffolk Constabulary", "2022", None, 95) in found
    assert not any(r[3] == 1300 for r in found)


def test_an_aside_of_breaches_is_still_counted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data breaches 2022\n\n"
        "Suffolk Constabulary, which recorded 95 data breaches in 2022, said most were minor."
    )
    assert ("Suffolk Constabulary", "2022", None, 95) in rows(text, nlp)
