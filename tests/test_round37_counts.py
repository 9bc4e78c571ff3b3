"""Breach tallies, round 37: tables printed column by column (text taken from a PDF or a
screenshot: the row labels first, then each column's header over its values), "data
incidents" as a name for breaches, a footnote mark after a row's figure, and a force that
broke data-protection rules "N times". Paraphrases written for these tests; each pairs what
must become a row with what must not."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2024, 3, 1)
rows = partial(tally_rows.rows, published=PUBLISHED)


def test_a_table_printed_column_by_column_is_read_row_by_row(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data protection incidents recorded by forces in the region\n"
        "Force\nCumbria Constabulary\nDurham Constabulary\nCleveland Police\n"
        "2022\n61\n80\n143\n"
        "2023\n58\n96\n129\n"
        "Source: FOI requests"
    )
    assert rows(text, nlp) == {
        ("Cumbria Constabulary", "2022", None, 61),
        ("Durham Constabulary", "2022", None, 80),
        ("Cleveland Police", "2022", None, 143),
        ("Cumbria Constabulary", "2023", None, 58),
        ("Durham Constabulary", "2023", None, 96),
        ("Cleveland Police", "2023", None, 129),
    }


def test_one_column_of_figures_under_its_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Table 1: data breaches per force, 2021\n"
        "Force\nDorset Police\nWiltshire Police\nGloucestershire Constabulary\n"
        "Breaches\n34\n27\n19"
    )
    assert rows(text, nlp) == {
        ("Dorset Police", "2021", None, 34),
        ("Wiltshire Police", "2021", None, 27),
        ("Gloucestershire Constabulary", "2021", None, 19),
    }


def test_a_column_of_people_beside_the_breaches_is_no_tally(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches by force, 2023\n"
        "Force\nHampshire Constabulary\nThames Valley Police\n"
        "Breaches\n210\n164\n"
        "Staff disciplined\n4\n6"
    )
    assert rows(text, nlp) == {
        ("Hampshire Constabulary", "2023", None, 210),
        ("Thames Valley Police", "2023", None, 164),
    }


def test_periods_down_and_a_subset_column_printed_column_by_column(nlp) -> None:  # type: ignore[no-untyped-def]
    # the ICO column is a subset of the breaches, no row of its own
    text = (
        "FOI answer on information handling\n"
        "Year\n2021/22\n2022/23\n2023/24\n"
        "Data breaches\n84\n91\n100\n"
        "Reported to the ICO\n4\n6\n3\n"
        "Source: Humberside Police"
    )
    assert rows(text, nlp) == {
        ("Humberside Police", "2021-2022", None, 84),
        ("Humberside Police", "2022-2023", None, 91),
        ("Humberside Police", "2023-2024", None, 100),
    }


def test_a_column_printed_table_of_officers_is_no_tally(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Number of officers\n"
        "Force\nKent Police\nEssex Police\n"
        "2022\n3,900\n3,500\n"
        "2023\n4,000\n3,600\n"
        "The figures on data breaches are given below."
    )
    assert rows(text, nlp) == set()


def test_a_row_by_row_flat_table_still_reads_as_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breaches reported by each force\n"
        "Force\n2020\n2021\n2022\n"
        "Kent Police\n112\n98\n120\n"
        "Essex Police\n75\n81\n66"
    )
    assert rows(text, nlp) == {
        ("Kent Police", "2020", None, 112),
        ("Kent Police", "2021", None, 98),
        ("Kent Police", "2022", None, 120),
        ("Essex Police", "2020", None, 75),
        ("Essex Police", "2021", None, 81),
        ("Essex Police", "2022", None, 66),
    }


def test_data_incidents_are_breaches_in_prose_and_captions(nlp) -> None:  # type: ignore[no-untyped-def]
    prose = (
        "An FOI answer shows the Police Service of Northern Ireland logged 287 data "
        "incidents in 2022 and 345 in 2023."
    )
    assert rows(prose, nlp) == {
        ("Police Service of Northern Ireland", "2022", None, 287),
        ("Police Service of Northern Ireland", "2023", None, 345),
    }
    table = (
        "Data incidents in 2022\nForce\tIncidents\tReported to ICO\n"
        "Surrey Police\t58\t3\nSussex Police\t103\t5"
    )
    assert rows(table, nlp) == {
        ("Surrey Police", "2022", None, 58),
        ("Sussex Police", "2022", None, 103),
    }


def test_security_incidents_stay_wider_than_breaches(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Thames Valley Police recorded 164 information security incidents in 2023."
    assert rows(text, nlp) == set()


def test_a_footnote_mark_after_a_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Recorded data breaches, 2021\n"
        "Staffordshire Police 72¹\nWest Mercia Police 83\nWarwickshire Police 29\n"
        "All forces 184\n"
        "¹ Figure revised in 2022."
    )
    assert rows(text, nlp) == {
        ("Staffordshire Police", "2021", None, 72),
        ("West Mercia Police", "2021", None, 83),
        ("Warwickshire Police", "2021", None, 29),
    }


def test_a_force_that_broke_the_rules_n_times(nlp) -> None:  # type: ignore[no-untyped-def]
    assert rows("South Yorkshire Police broke data protection law 96 times in 2022.", nlp) == {
        ("South Yorkshire Police", "2022", None, 96)
    }
    assert rows(
        "Between 2018 and 2021 Derbyshire Constabulary lost or leaked personal information "
        "150 times.",
        nlp,
    ) == {("Derbyshire Constabulary", "2018-2021", None, 150)}
    assert rows(
        "Officers and staff at Durham Constabulary mishandled personal data on 27 occasions "
        "in 2021.",
        nlp,
    ) == {("Durham Constabulary", "2021", None, 27)}


def test_one_person_doing_it_n_times_is_no_tally(nlp) -> None:  # type: ignore[no-untyped-def]
    assert rows("PC Jones of Kent Police looked up personal data 50 times in 2021.", nlp) == set()
    assert (
        rows("Kent Police said an officer accessed personal information 30 times in 2022.", nlp)
        == set()
    )


def test_data_protection_failings_are_breaches(nlp) -> None:  # type: ignore[no-untyped-def]
    assert rows("Kent Police admitted 31 data protection failings last year.", nlp) == {
        ("Kent Police", "2023", None, 31)
    }
    # failings of no data are no breaches
    assert rows("Kent Police admitted 31 failings in its response times last year.", nlp) == set()


def test_the_city_of_london_force_by_its_short_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data breaches by force, 2023\nForce | Breaches\nthe Met | 611\n"
        "City of London | 14\nThames Valley | 164"
    )
    assert rows(text, nlp) == {
        ("Metropolitan Police Service", "2023", None, 611),
        ("City of London Police", "2023", None, 14),
        ("Thames Valley Police", "2023", None, 164),
    }


def test_a_column_printed_table_with_a_total_row(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data protection incidents, by force\n"
        "Norfolk Constabulary\nSuffolk Constabulary\nTotal\n"
        "2019/20\n44\n39\n83\n"
        "2020/21\n51\n42\n93"
    )
    # the total row sums the forces: no row of its own
    assert rows(text, nlp) == {
        ("Norfolk Constabulary", "2019-2020", None, 44),
        ("Suffolk Constabulary", "2019-2020", None, 39),
        ("Norfolk Constabulary", "2020-2021", None, 51),
        ("Suffolk Constabulary", "2020-2021", None, 42),
    }
