"""Breach tallies, round 36 (extract.rules.tally_tables): tables that cleaning left one cell
per line, three or more columns wide. Paraphrases written for these tests; each pairs what
must become a row with what must not."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

from extract.rules.tally_tables import _rejoin_flat

PUBLISHED = date(2023, 6, 1)
rows = partial(tally_rows.rows, published=PUBLISHED)


def _flat(*cells: str) -> str:
    return "\n".join(cells) + "\n"


def test_breach_column_read_people_columns_left_out(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _flat(
        "Data protection breaches and outcomes by force, 2016-2020",
        "Police Force", "Number of breaches", "Dismissed", "Resigned", "Written warning",
        "Kent Police", "120", "3", "2", "14",
        "Essex Police", "85", "1", "-", "9",
        "Surrey Police", "40", "0", "1", "5",
    )  # fmt: skip
    assert rows(text, nlp) == {
        ("Kent Police", "2016-2020", None, 120),
        ("Essex Police", "2016-2020", None, 85),
        ("Surrey Police", "2016-2020", None, 40),
    }


def test_short_force_names_and_caption_period(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _flat(
        "Table 2: Data breaches, officers sacked and officers who quit, 2011-2015",
        "Force", "Breaches", "Sacked", "Quit",
        "Merseyside", "208", "7", "3",
        "Humberside", "62", "5", "2",
        "Northumbria", "39", "6", "1",
        "Source: Freedom of Information requests",
    )  # fmt: skip
    assert rows(text, nlp) == {
        ("Merseyside Police", "2011-2015", None, 208),
        ("Humberside Police", "2011-2015", None, 62),
        ("Northumbria Police", "2011-2015", None, 39),
    }


def test_years_as_columns_with_a_total_column(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _flat(
        "Force", "2018", "2019", "2020", "Total",
        "Leicestershire Police", "21", "25", "30", "76",
        "Nottinghamshire Police", "40", "38", "45", "123",
        "Table: data breaches recorded by the two forces each year",
    )  # fmt: skip
    found = rows(text, nlp)
    assert ("Leicestershire Police", "2019", None, 25) in found
    assert ("Nottinghamshire Police", "2020", None, 45) in found
    assert ("Nottinghamshire Police", "2018-2020", None, 123) in found
    assert len(found) == 8


def test_bare_incidents_column_under_a_breach_caption(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _flat(
        "How many data breaches did forces report in 2017?",
        "Force", "Incidents", "Reported to ICO", "Staff disciplined",
        "West Mercia Police", "91", "4", "7",
        "Warwickshire Police", "33", "1", "2",
    )  # fmt: skip
    assert rows(text, nlp) == {
        ("West Mercia Police", "2017", None, 91),
        ("Warwickshire Police", "2017", None, 33),
    }


def test_blank_lines_between_cells_and_a_row_of_gaps(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "\n\n".join(
        ["Data breaches recorded by force, 2019-2023", "Force", "Breaches", "Dismissed",
         "Resigned", "Kent Police", "77", "2", "1", "Sussex Police", "-", "-", "-",
         "Essex Police", "64", "1", "0"]
    )  # fmt: skip
    assert rows(text, nlp) == {
        ("Kent Police", "2019-2023", None, 77),
        ("Essex Police", "2019-2023", None, 64),
    }


def test_table_stops_at_the_first_broken_record(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _flat(
        "Data breaches recorded, 2018-2022",
        "Force", "Breaches", "Dismissed", "Resigned",
        "West Yorkshire Police", "310", "4", "3",
        "North Yorkshire Police", "55", "0", "1",
        "Forces across the county said staff were given training.",
        "Kent Police", "12",
    )  # fmt: skip
    assert rows(text, nlp) == {
        ("West Yorkshire Police", "2018-2022", None, 310),
        ("North Yorkshire Police", "2018-2022", None, 55),
    }


def test_people_only_table_gives_no_breach_totals(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _flat(
        "Staff disciplined for misusing police systems, 2016-2020",
        "Force", "Disciplined", "Dismissed", "Resigned",
        "Kent Police", "22", "3", "2",
        "Essex Police", "15", "1", "1",
    )  # fmt: skip
    assert rows(text, nlp) == set()  # people disciplined, dismissed, resigned: outcomes


def test_crime_and_officer_tables_are_no_tallies(nlp) -> None:  # type: ignore[no-untyped-def]
    crimes = _flat(
        "Recorded crime by force, 2022",
        "Force", "Burglary", "Robbery", "Vehicle crime",
        "Kent Police", "8120", "1104", "9822",
        "Essex Police", "7551", "998", "10112",
    )  # fmt: skip
    officers = _flat(
        "Officers honoured at the ceremony",
        "Name", "Rank", "Age", "Years served",
        "John Smith", "Sergeant", "45", "22",
        "Mary Jones", "Constable", "31", "8",
    )  # fmt: skip
    assert rows(crimes, nlp) == set()
    assert rows(officers, nlp) == set()


def test_rejoin_keeps_offsets_and_leaves_prose_alone() -> None:
    text = _flat(
        "Force", "Breaches", "Dismissed", "Resigned",
        "Kent Police", "77", "2", "1",
        "Essex Police", "64", "1", "0",
    )  # fmt: skip
    joined = _rejoin_flat(text)
    assert len(joined) == len(text)
    assert "Kent Police\t77\t2\t1\n" in joined
    prose = _flat("Kent Police", "said", "nothing", "more", "today", "about", "it", "at", "all")
    assert _rejoin_flat(prose) == prose


def test_header_naming_only_the_value_columns(nlp) -> None:  # type: ignore[no-untyped-def]
    # no name over the forces' column: the breaches are the middle figure, not the first
    text = _flat(
        "Data breaches recorded by force, 2016-2020",
        "Dismissed", "Number of breaches", "Resigned",
        "Kent Police", "3", "120", "2",
        "Essex Police", "1", "85", "0",
    )  # fmt: skip
    assert rows(text, nlp) == {
        ("Kent Police", "2016-2020", None, 120),
        ("Essex Police", "2016-2020", None, 85),
    }


def test_header_one_name_per_line_over_rows_on_one_line(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _flat(
        "Data breaches reported by forces in 2022",
        "Force", "Breaches", "Reported to ICO", "Staff disciplined",
        "Lincolnshire Police 41 2 3",
        "Norfolk Constabulary 36 1 0",
    )  # fmt: skip
    assert rows(text, nlp) == {
        ("Lincolnshire Police", "2022", None, 41),
        ("Norfolk Constabulary", "2022", None, 36),
    }


def test_long_column_name_of_people_disciplined(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _flat(
        "Data breaches recorded by force, 2016-2020",
        "Police Force",
        "Number of officers and staff subject to internal disciplinary procedures"
        " for breaching the Act",
        "Number of breaches recorded", "Dismissed",
        "Kent Police", "22", "120", "3",
        "Essex Police", "15", "85", "1",
    )  # fmt: skip
    assert rows(text, nlp) == {
        ("Kent Police", "2016-2020", None, 120),
        ("Essex Police", "2016-2020", None, 85),
    }
