"""Breach tallies, round 17 (branch r17-counts): a list item whose figure is a word ("Sussex
Police – nil", "Dorset Police – twelve") is read without a bullet; a caption naming a span or
several years over rows of one figure per year gives one row per year column.
Paraphrases written for these tests; each pairs what must become a row with what must not."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2024, 11, 14)
rows = partial(tally_rows.rows, published=PUBLISHED)
people = partial(tally_rows.people, published=PUBLISHED)
HEAD = "Force data breaches revealed\nPublished 14 November 2024\n\n"


def test_an_unbulleted_item_with_a_word_for_its_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Freedom of Information requests show how many data breaches each force in the "
        "region recorded in 2023.\n\n"
        "Cumbria Constabulary – 45\nLancashire Constabulary – nil\nMerseyside Police – none\n"
        "Cheshire Constabulary – seventeen\n"
    )
    assert rows(text, nlp) == {
        ("Cumbria Constabulary", "2023", None, 45),
        ("Lancashire Constabulary", "2023", None, 0),
        ("Merseyside Police", "2023", None, 0),
        ("Cheshire Constabulary", "2023", None, 17),
    }
    # items naming no force nor kind of breach (what was paid, who was sacked) count nothing
    text = HEAD + (
        "Cumbria Constabulary recorded 45 data breaches in 2023, according to figures released "
        "under the Freedom of Information Act.\n\n"
        "Compensation paid – nil\nStaff sacked – none\nFines from the regulator: none\n"
    )
    assert rows(text, nlp) == {("Cumbria Constabulary", "2023", None, 45)}


def test_a_caption_span_over_one_figure_per_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Forces in the region recorded hundreds of data breaches, new figures show.\n\n"
        "Data breaches recorded, 2021 to 2023\n"
        "Cumbria Constabulary 45 52 60\nCheshire Constabulary 30 33 41\n"
    )
    assert rows(text, nlp) == {
        ("Cumbria Constabulary", "2021", None, 45),
        ("Cumbria Constabulary", "2022", None, 52),
        ("Cumbria Constabulary", "2023", None, 60),
        ("Cheshire Constabulary", "2021", None, 30),
        ("Cheshire Constabulary", "2022", None, 33),
        ("Cheshire Constabulary", "2023", None, 41),
    }
    # financial years, a last figure adding them up being the whole span's
    text = HEAD + (
        "Data breaches by force, 2020/21 to 2022/23\n"
        "Cumbria Constabulary 45 52 60 157\nCheshire Constabulary 30 33 41\n"
    )
    assert rows(text, nlp) == {
        ("Cumbria Constabulary", "2020-2021", None, 45),
        ("Cumbria Constabulary", "2021-2022", None, 52),
        ("Cumbria Constabulary", "2022-2023", None, 60),
        ("Cumbria Constabulary", "2020-2023", None, 157),
        ("Cheshire Constabulary", "2020-2021", None, 30),
        ("Cheshire Constabulary", "2021-2022", None, 33),
        ("Cheshire Constabulary", "2022-2023", None, 41),
    }
    # years named one by one
    text = HEAD + (
        "Data breaches recorded in 2021, 2022 and 2023\n"
        "Cumbria Constabulary 45 52 60\nCheshire Constabulary 30 33 41\n"
    )
    assert ("Cheshire Constabulary", "2022", None, 33) in rows(text, nlp)
    # one figure a row under a span is the whole span's
    text = HEAD + (
        "Data breaches by force, 2021 to 2023\n"
        "Cumbria Constabulary 157\nCheshire Constabulary 104\n"
    )
    assert rows(text, nlp) == {
        ("Cumbria Constabulary", "2021-2023", None, 157),
        ("Cheshire Constabulary", "2021-2023", None, 104),
    }


def test_the_verb_a_count_of_people_is_the_object_of(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Figures obtained under the Freedom of Information Act show that Cumbria Constabulary "
        "disciplined 27 officers and staff for misusing police databases in 2023, and nine "
        "were sacked."
    )
    assert rows(text, nlp) == set()  # people disciplined: an outcome, no breach row
    assert people(text, nlp) == {("Cumbria Constabulary", "2023", 27)}
    # the outcome verb taking the figure keeps it an outcome
    text = HEAD + (
        "Figures obtained under the Freedom of Information Act show that Cumbria Constabulary "
        "sacked nine officers for misusing police databases in 2023, and 27 were disciplined."
    )
    assert people(text, nlp) == {("Cumbria Constabulary", "2023", 27)}


def test_a_bare_figure_after_a_misconduct_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Research by a privacy campaign group found that between 2019 and 2022, 44 members of "
        "staff at Cheshire Constabulary faced disciplinary action for misusing police "
        "systems, while neighbouring Cumbria Constabulary disciplined 17."
    )
    assert rows(text, nlp) == set()
    assert people(text, nlp) == {
        ("Cheshire Constabulary", "2019-2022", 44),
        ("Cumbria Constabulary", "2019-2022", 17),
    }
    # an outcome verb after them counts an outcome, no row
    text = HEAD + (
        "Research by a privacy campaign group found that between 2019 and 2022, 44 members of "
        "staff at Cheshire Constabulary faced disciplinary action for misusing police "
        "systems, while neighbouring Cumbria Constabulary sacked 17."
    )
    assert people(text, nlp) == {("Cheshire Constabulary", "2019-2022", 44)}


def test_a_forces_line_of_figures_labelled_by_year(nlp) -> None:  # type: ignore[no-untyped-def]
    head = HEAD + "Figures show how many data breaches forces in the North West recorded.\n\n"
    text = head + (
        "Cumbria Constabulary: 2021 – 45, 2022 – 52, 2023 – 60\n"
        "Lancashire Constabulary: 2021 – 112; 2022 – 98; 2023 – 130\n"
    )
    want = {
        ("Cumbria Constabulary", "2021", None, 45),
        ("Cumbria Constabulary", "2022", None, 52),
        ("Cumbria Constabulary", "2023", None, 60),
        ("Lancashire Constabulary", "2021", None, 112),
        ("Lancashire Constabulary", "2022", None, 98),
        ("Lancashire Constabulary", "2023", None, 130),
    }
    assert rows(text, nlp) == want
    # the year in brackets after each figure
    text = head + (
        "Cumbria Constabulary – 45 (2021), 52 (2022), 60 (2023)\n"
        "Lancashire Constabulary – 112 (2021), 98 (2022), 130 (2023)\n"
    )
    assert rows(text, nlp) == want
    # a dateline's day and year are no figure and period
    text = (
        "Cumbria Constabulary data breaches\n"
        "Published 14 November 2024, 06:00 GMT | Updated 14 November 2024, 08:41 GMT\n\n"
        "Cumbria Constabulary recorded 61 data breaches in 2023, figures show."
    )
    assert rows(text, nlp) == {("Cumbria Constabulary", "2023", None, 61)}


def test_an_answer_labelled_with_a_colon_gives_its_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Freedom of Information request 2024/0412\n\n"
        "Question 1: How many personal data breaches did Cheshire Constabulary log in 2022?\n"
        "Answer: 73\n"
        "Question 2: How many of these were referred to the ICO?\n"
        "Answer: 5\n"
        "Question 3: How many members of staff lost their jobs as a result?\n"
        "Answer: 2\n"
    )
    assert rows(text, nlp) == {("Cheshire Constabulary", "2022", None, 73)}


def test_a_total_shared_out_among_forces_named_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Cheshire Constabulary figures revealed.\n\n"
        "There were 9,300 police data breaches across the country in 2022, the study found, "
        "with Cheshire Constabulary accounting for 73."
    )
    assert rows(text, nlp) == {("Cheshire Constabulary", "2022", None, 73)}
    text = HEAD + (
        "Researchers counted 9,300 police data breaches in 2022, with Cumbria Constabulary "
        "accounting for 212 and Cheshire Constabulary 73."
    )
    assert rows(text, nlp) == {
        ("Cumbria Constabulary", "2022", None, 212),
        ("Cheshire Constabulary", "2022", None, 73),
    }
    # the force's own figure, with its share named after it, stays the force's
    text = HEAD + (
        "Cheshire Constabulary logged 73 data breaches in 2022, with emails sent to the wrong "
        "person accounting for 30."
    )
    assert rows(text, nlp) == {
        ("Cheshire Constabulary", "2022", None, 73),
        ("Cheshire Constabulary", "2022", "emailed_to_incorrect_recipient", 30),
    }


def test_a_figure_compared_with_the_year_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Cheshire Constabulary logged 97 data breaches in 2023, according to figures released "
        "under the Freedom of Information Act. That compares with 101 the year before."
    )
    assert rows(text, nlp) == {
        ("Cheshire Constabulary", "2023", None, 97),
        ("Cheshire Constabulary", "2022", None, 101),
    }
    # a figure of another measure the year before stays out
    text = HEAD + (
        "Cheshire Constabulary logged 97 data breaches in 2023, according to figures released "
        "under the Freedom of Information Act. It employed 2,100 officers the year before."
    )
    assert rows(text, nlp) == {("Cheshire Constabulary", "2023", None, 97)}


def test_the_offence_named_in_the_sentence_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officers punished for snooping\n\n"
        "Cheshire Constabulary had one of the highest numbers of staff disciplined for misusing "
        "police databases, campaigners found in a Freedom of Information survey.\n\n"
        "The force disciplined 38 officers and staff between 2018 and 2021, and five of them "
        "were dismissed."
    )
    assert rows(text, nlp) == set()
    assert people(text, nlp) == {("Cheshire Constabulary", "2018-2021", 38)}
    # no offence named anywhere: people disciplined for anything count nothing
    text = (
        "Officers punished\n\n"
        "Cheshire Constabulary had one of the highest numbers of staff disciplined, "
        "campaigners found in a survey of forces.\n\n"
        "The force disciplined 38 officers and staff between 2018 and 2021, and five of them "
        "were dismissed."
    )
    assert rows(text, nlp) == set()
    assert people(text, nlp) == set()


def test_a_qualifier_keeping_a_bare_figure_exact(nlp) -> None:  # type: ignore[no-untyped-def]
    lead = (
        "Cumbria Constabulary topped the table for data breaches in 2023 with 212, ahead of "
        "Cheshire Constabulary (73). "
    )
    text = HEAD + lead + "Lancashire Constabulary recorded the fewest, with just 12."
    assert rows(text, nlp) == {
        ("Cumbria Constabulary", "2023", None, 212),
        ("Cheshire Constabulary", "2023", None, 73),
        ("Lancashire Constabulary", "2023", None, 12),
    }
    # a bound stays approximate, no row
    text = HEAD + lead + "Lancashire Constabulary recorded the fewest, with just under 12."
    assert rows(text, nlp) == {
        ("Cumbria Constabulary", "2023", None, 212),
        ("Cheshire Constabulary", "2023", None, 73),
    }


def test_bulleted_parts_under_a_lead_saying_they_are_included(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Cheshire Constabulary logged 81 data breaches in 2023.\n\n"
        "These included:\n"
        "- 26 emails sent to the wrong recipient\n"
        "- 7 lost documents\n"
    )
    assert rows(text, nlp) == {
        ("Cheshire Constabulary", "2023", None, 81),
        ("Cheshire Constabulary", "2023", "emailed_to_incorrect_recipient", 26),
        ("Cheshire Constabulary", "2023", "loss_or_theft_of_paperwork", 7),
    }
    # a lead that does not say the items are parts of it leaves them out
    text = HEAD + (
        "Cheshire Constabulary logged 81 data breaches in 2023.\n\n"
        "The force's annual report also lists:\n"
        "- 26 emails sent to the wrong recipient\n"
        "- 7 lost documents\n"
    )
    assert rows(text, nlp) == {("Cheshire Constabulary", "2023", None, 81)}


def test_not_recording_any_breaches_is_a_nought(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Lancashire Constabulary logged 118 data breaches in 2022. Cumbria Constabulary said it "
        "had not recorded any data breaches in 2022."
    )
    assert rows(text, nlp) == {
        ("Lancashire Constabulary", "2022", None, 118),
        ("Cumbria Constabulary", "2022", None, 0),
    }
    # not having any of something else counts nothing
    text = HEAD + (
        "Lancashire Constabulary logged 118 data breaches in 2022. Cumbria Constabulary said it "
        "did not have any figures to give for 2022."
    )
    assert rows(text, nlp) == {("Lancashire Constabulary", "2022", None, 118)}


def test_a_nought_cell_on_its_own_line_keeps_the_table_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "FOI Reference: 2024/0311\n"
        "Cheshire Constabulary holds the information requested, as set out below.\n|\n"
        "Breach category |\n2021 |\n2022 |\n|\n"
        "Letter posted to the wrong address |\n8 |\n11 |\n|\n"
        "Laptop or phone lost or stolen |\n3 |\nnil |\n|\n"
        "Total |\n11 |\n11 |\n"
    )
    assert rows(text, nlp) == {
        ("Cheshire Constabulary", "2021", "posted_to_incorrect_recipient", 8),
        ("Cheshire Constabulary", "2022", "posted_to_incorrect_recipient", 11),
        ("Cheshire Constabulary", "2021", "loss_or_theft_of_device", 3),
        ("Cheshire Constabulary", "2022", "loss_or_theft_of_device", 0),
        ("Cheshire Constabulary", "2021", None, 11),
        ("Cheshire Constabulary", "2022", None, 11),
    }


def test_a_cell_with_no_figure_on_its_own_line_keeps_the_table_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "FOI Reference: 2024/0311\n"
        "Cheshire Constabulary holds the information requested, as set out below.\n|\n"
        "Breach category |\n2021 |\n2022 |\n|\n"
        "Laptop or phone lost or stolen |\n3 |\nn/a |\n|\n"
        "Letter posted to the wrong address |\n8 |\n11 |\n"
    )
    assert rows(text, nlp) == {
        ("Cheshire Constabulary", "2021", "loss_or_theft_of_device", 3),
        ("Cheshire Constabulary", "2021", "posted_to_incorrect_recipient", 8),
        ("Cheshire Constabulary", "2022", "posted_to_incorrect_recipient", 11),
    }
