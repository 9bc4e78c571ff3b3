"""Breach tallies laid out as FOI answers, lists and tables whose cells ran together in the
extracted text (extract.rules.tallies, extract.rules.tally_tables). Paraphrases written for
these tests."""

from __future__ import annotations

from datetime import date

from tally_rows import people_in, rows, run

from extract.models import Document
from extract.nlp import extract

# ------------------------------------------------ FOI questions and answers


def test_answers_are_read_against_their_question(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "FOI request 2022/57\n\nHampshire Constabulary holds the information requested.\n\n"
        "Question 1: How many data breaches did the force record in each of the last three "
        "years?\n\nAnswer 1: 2019 - 61, 2020 - 70, 2021 - 58.\n\n"
        "Question 2: How many of these were reported to the Information Commissioner?\n\n"
        "Answer 2: 4 in 2019, 2 in 2020 and 5 in 2021.\n\n"
        "Question 3: How many officers were dismissed as a result?\n\n"
        "Answer 3: Two officers were dismissed."
    )
    assert rows(text, nlp) == {
        ("Hampshire Constabulary", "2019", None, 61),
        ("Hampshire Constabulary", "2020", None, 70),
        ("Hampshire Constabulary", "2021", None, 58),
    }


def test_an_answer_to_a_question_about_a_category_has_that_category(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "FOI response\n\nStaffordshire Police recorded 90 data breaches in 2020/21 and 84 in "
        "2021/22.\n\nYou asked: How many of those breaches involved the loss of a laptop or "
        "mobile phone?\n\nResponse: 2020/21: 7; 2021/22: 3."
    )
    assert rows(text, nlp) == {
        ("Staffordshire Police", "2020-2021", None, 90),
        ("Staffordshire Police", "2021-2022", None, 84),
        ("Staffordshire Police", "2020-2021", "loss_or_theft_of_device", 7),
        ("Staffordshire Police", "2021-2022", "loss_or_theft_of_device", 3),
    }


def test_labelled_runs_of_figures_with_their_periods(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "FOI response\n\nIn 2020/21 Warwickshire Police recorded 48 data breaches.\n\n"
        "Letters sent to the wrong address: 11 (2020/21), 9 (2021/22)."
    )
    assert rows(text, nlp) >= {
        ("Warwickshire Police", "2020-2021", "posted_to_incorrect_recipient", 11),
        ("Warwickshire Police", "2021-2022", "posted_to_incorrect_recipient", 9),
    }


def test_answer_numbering_is_no_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "FOI response\n\nRequest 1\nHow many data breaches did Gwent Police record in 2021?\n"
        "Answer 1\nThe force recorded 33 data breaches in 2021."
    )
    assert rows(text, nlp) == {("Gwent Police", "2021", None, 33)}


# ------------------------------------------------ lists


def test_year_colon_figure_lines_under_a_caption(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dyfed-Powys Police data\n\nNumber of data breaches recorded by the force:\n\n"
        "2019: 30\n\n2020: 41\n\n2021: 27"
    )
    assert rows(text, nlp) == {
        ("Dyfed-Powys Police", "2019", None, 30),
        ("Dyfed-Powys Police", "2020", None, 41),
        ("Dyfed-Powys Police", "2021", None, 27),
    }


def test_a_list_item_without_an_exact_figure_keeps_the_list_together(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Regional breaches\n\nForces in the region recorded 1,500 data breaches between 2017 "
        "and 2022. The totals for the six years were:\n- Kent Police: 520\n"
        "- Essex Police: about 400 (the force moved to a new system in 2019)\n"
        "- Sussex Police: 310"
    )
    assert rows(text, nlp) == {
        ("Kent Police", "2017-2022", None, 520),
        ("Sussex Police", "2017-2022", None, 310),
    }


# ------------------------------------------------ tables whose cells ran together


def test_single_spaced_rows_with_a_total_column_and_a_group_row(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Research paper\n\nTable 1: Data breaches recorded by four forces, 2018-2020\n"
        "Force 2018 2019 2020 Total\nCheshire Constabulary 20 25 30 75\n"
        "Merseyside Police 40 35 45 120\nAll four forces 60 60 75 195\n"
        "Source: FOI requests."
    )
    assert rows(text, nlp) == {
        ("Cheshire Constabulary", "2018", None, 20),
        ("Cheshire Constabulary", "2019", None, 25),
        ("Cheshire Constabulary", "2020", None, 30),
        ("Cheshire Constabulary", "2018-2020", None, 75),
        ("Merseyside Police", "2018", None, 40),
        ("Merseyside Police", "2019", None, 35),
        ("Merseyside Police", "2020", None, 45),
        ("Merseyside Police", "2018-2020", None, 120),
    }


def test_suppressed_cells_footnote_marks_and_an_other_column(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cleveland Police disclosure log\n\nData breaches by type, 2020/21 to 2022/23\n"
        "Financial year | Total breaches | Lost paperwork | Other\n"
        "2020/21 | 60 | 8 | 12\n2021/22 | 66 | <5 | 10\n2022/23* | 71 | 6 | n/a\n\n"
        "* provisional figures"
    )
    assert rows(text, nlp) == {
        ("Cleveland Police", "2020-2021", None, 60),
        ("Cleveland Police", "2020-2021", "loss_or_theft_of_paperwork", 8),
        ("Cleveland Police", "2020-2021", "other", 12),
        ("Cleveland Police", "2021-2022", None, 66),
        ("Cleveland Police", "2021-2022", "other", 10),
        ("Cleveland Police", "2022-2023", None, 71),
        ("Cleveland Police", "2022-2023", "loss_or_theft_of_paperwork", 6),
    }


def test_a_whole_table_run_together_on_one_line_with_a_nil_cell(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Durham Constabulary FOI response\n\nData breaches by category\n"
        "Category 2021 2022 Emails to the wrong recipient 14 11 Lost devices 2 nil Total 50 44"
    )
    assert rows(text, nlp) == {
        ("Durham Constabulary", "2021", "emailed_to_incorrect_recipient", 14),
        ("Durham Constabulary", "2022", "emailed_to_incorrect_recipient", 11),
        ("Durham Constabulary", "2021", "loss_or_theft_of_device", 2),
        ("Durham Constabulary", "2022", "loss_or_theft_of_device", 0),
        ("Durham Constabulary", "2021", None, 50),
        ("Durham Constabulary", "2022", None, 44),
    }


def test_a_period_cell_with_a_note_and_a_date_line_below(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk Constabulary disclosure log\n\nFinancial year\tNumber of data breaches\n"
        "2020/21\t35\n2021/22 (to 30 September)\t19\n\nDisclosure date: 14 October 2021"
    )
    assert rows(text, nlp) == {
        ("Norfolk Constabulary", "2020-2021", None, 35),
        ("Norfolk Constabulary", "2021-2022", None, 19),
    }


def test_one_cell_per_line_with_force_labels(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches by force\n\nTable 3: Number of data breaches, 2012 to 2016\n\n"
        "Durham Constabulary\n\n84\n\nGwent Police\n\n51\n\nNorth Wales Police\n\n<5"
    )
    assert rows(text, nlp) == {
        ("Durham Constabulary", "2012-2016", None, 84),
        ("Gwent Police", "2012-2016", None, 51),
    }


def test_a_table_of_national_figures_gives_no_forces_rows(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data breaches in England and Wales\n\nData breaches recorded by forces in "
        "England and Wales\nYear | England and Wales\n2019 | 4,100\n2020 | 4,350\n"
        "Total | 8,450"
    )
    assert run(text, nlp).breach_counts == []


def test_forces_down_and_measures_across(nlp) -> None:  # type: ignore[no-untyped-def]
    people = (
        "Staff punished for database abuse\n\nFigures obtained by a campaign group show how many "
        "police staff were disciplined for data protection breaches between 2008 and 2011.\n\n"
        "Force | Staff disciplined | Staff dismissed | Convictions\n"
        "Norfolk Constabulary | 14 | 3 | 1\nSuffolk Constabulary | 9 | 2 | 0\n"
    )
    ex = extract(Document(text=people, published=date(2012, 3, 1)), nlp)
    # the disciplined, the sacked and the convicted are all outcomes, no breach rows; the
    # disciplined are kept as people put through misconduct proceedings
    assert ex.breach_counts == []
    assert people_in(ex) == {
        ("Norfolk Constabulary", "2008-2011", 14),
        ("Suffolk Constabulary", "2008-2011", 9),
    }
    kinds = (
        "Data breaches by force, 2021\n\nForce | Data breaches | Letters to the wrong address\n"
        "Norfolk Constabulary | 80 | 11\nSuffolk Constabulary | 64 | 7\n"
    )
    found = {
        (c.force, c.period, c.breach_type, c.count)
        for c in extract(Document(text=kinds, published=date(2022, 3, 1)), nlp).breach_counts
    }
    assert found == {
        ("Norfolk Constabulary", "2021", None, 80),
        ("Norfolk Constabulary", "2021", "posted_to_incorrect_recipient", 11),
        ("Suffolk Constabulary", "2021", None, 64),
        ("Suffolk Constabulary", "2021", "posted_to_incorrect_recipient", 7),
    }


def test_one_unlabelled_row_of_figures_under_the_periods(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police breaches\n\nDorset Police: data breaches by year\n"
        "2020/21\t2021/22\t2022/23\tTotal\n51\t47\t60\t158\n"
    )
    found = {
        (c.force, c.period, c.breach_type, c.count)
        for c in extract(Document(text=text, published=date(2023, 6, 1)), nlp).breach_counts
    }
    assert found == {
        ("Dorset Police", "2020-2021", None, 51),
        ("Dorset Police", "2021-2022", None, 47),
        ("Dorset Police", "2022-2023", None, 60),
        ("Dorset Police", "2020-2023", None, 158),
    }


def test_a_header_of_measures_run_together_with_single_spaces(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police databases\n\nA campaign group's figures on staff disciplined for breaching the "
        "Data Protection Act between 2008 and 2011, by force:\n\n"
        "Police Force Disciplined Sacked Convicted\nCleveland 14 2 1\nCumbria 6 0 0\n"
    )
    ex = extract(Document(text=text, published=date(2012, 3, 1)), nlp)
    assert ex.breach_counts == []  # people disciplined: outcomes, no breach rows
    assert people_in(ex) == {
        ("Cleveland Police", "2008-2011", 14),
        ("Cumbria Constabulary", "2008-2011", 6),
    }
