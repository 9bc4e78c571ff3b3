"""Breach tallies, round 18 (branch r18-counts): a list item whose figure a bracketed remark in
words follows is read as a sentence, a note in words ("(provisional)") being the figure's; an
item opening with a force and an aside naming another is the first force's; 'both', 'each' or
'apiece' after forces joined by 'and' gives the figure to each of them; bare figures recorded
'respectively' are the named forces' counts; 'in the same year' before any figure is dated
takes the year the last sentence about breaches gave, 'the year before' steps back from it;
'the three forces ... respectively' are the three forces counted last; a headline's one period
dates bare figures under a lead about breaches; a dateline above a list is no period.
Paraphrases written for these tests; each pairs what must become a row with what must not."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2024, 11, 14)
rows = partial(tally_rows.rows, published=PUBLISHED)
HEAD = "Force data breaches revealed\nPublished 14 November 2024\n\n"
LEAD = (
    "Figures released under the Freedom of Information Act show how many data breaches "
    "forces in the region recorded in 2023:\n\n"
)


def test_a_list_item_with_a_bracketed_remark_is_read_as_prose(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        HEAD
        + LEAD
        + (
            "• Cumbria Constabulary – 164 (down from 190 the year before)\n"
            "• Cheshire Constabulary – 201 (up from 150)\n"
            "• Merseyside Police – 95\n"
        )
    )
    got = rows(text, nlp)
    assert ("Cheshire Constabulary", "2023", None, 201) in got
    assert ("Cumbria Constabulary", "2023", None, 164) in got
    assert ("Merseyside Police", "2023", None, 95) in got
    text = (
        HEAD
        + LEAD
        + (
            "Lancashire Constabulary: 164 (compared with 120 at Cumbria Constabulary)\n"
            "Merseyside Police: 95\n"
        )
    )
    got = rows(text, nlp)
    assert ("Lancashire Constabulary", "2023", None, 164) in got
    assert ("Cumbria Constabulary", "2023", None, 120) in got
    # a note in words on the figure is no remark: the list stays a table of one figure a
    # force, the note the figure's
    text = HEAD + LEAD + ("Lancashire Constabulary: 164 (provisional)\nMerseyside Police: 95\n")
    assert rows(text, nlp) == {
        ("Lancashire Constabulary", "2023", None, 164),
        ("Merseyside Police", "2023", None, 95),
    }


def test_a_label_with_an_aside_naming_another_force(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        HEAD
        + LEAD
        + (
            "- Dorset Police, which shares systems with Devon and Cornwall Police: 98\n"
            "- Devon and Cornwall Police: 143\n"
            "- Wiltshire Police: 51\n"
        )
    )
    assert rows(text, nlp) == {
        ("Dorset Police", "2023", None, 98),
        ("Devon and Cornwall Police", "2023", None, 143),
        ("Wiltshire Police", "2023", None, 51),
    }


def test_both_or_each_gives_the_figure_to_every_force(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Bedfordshire Police and Hertfordshire Constabulary both recorded 57 data breaches "
        "in 2023, according to figures released under freedom of information laws.\n\n"
        "Cambridgeshire Constabulary and Essex Police logged 12 breaches each in 2023.\n"
    )
    assert rows(text, nlp) == {
        ("Bedfordshire Police", "2023", None, 57),
        ("Hertfordshire Constabulary", "2023", None, 57),
        ("Cambridgeshire Constabulary", "2023", None, 12),
        ("Essex Police", "2023", None, 12),
    }
    # a figure shared between them is neither's; a group not the figure's subject gets none
    text = HEAD + (
        "Bedfordshire Police and Hertfordshire Constabulary recorded 57 data breaches between "
        "them in 2023, according to figures released under freedom of information laws.\n\n"
        "Essex Police recorded 88 data breaches in 2023, while Suffolk Constabulary and Norfolk "
        "Constabulary each declined to give figures.\n"
    )
    assert rows(text, nlp) == {("Essex Police", "2023", None, 88)}


def test_bare_figures_given_respectively(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Forces across the region recorded hundreds of data breaches in 2023, FOI figures "
        "show.\n\nLincolnshire Police and Leicestershire Police recorded 41 and 39 "
        "respectively.\n"
    )
    assert rows(text, nlp) == {
        ("Lincolnshire Police", "2023", None, 41),
        ("Leicestershire Police", "2023", None, 39),
    }
    # figures of people, or no recording verb: no counts of breaches
    text = HEAD + (
        "Forces across the region recorded hundreds of data breaches in 2023, FOI figures "
        "show.\n\nLincolnshire Police and Leicestershire Police employ 2,100 and 1,900 "
        "officers respectively.\n"
    )
    assert rows(text, nlp) == set()
    text = HEAD + (
        "Forces across the region recorded hundreds of data breaches in 2023, FOI figures "
        "show.\n\nThe chief constables of Lincolnshire Police and Leicestershire Police are "
        "51 and 49 respectively.\n"
    )
    assert rows(text, nlp) == set()


def test_the_same_year_before_any_dated_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Forces across the region recorded hundreds of data breaches in 2023, FOI figures "
        "show.\n\nLincolnshire Police and Leicestershire Police recorded 41 and 39 "
        "respectively in the same year.\n"
    )
    assert rows(text, nlp) == {
        ("Lincolnshire Police", "2023", None, 41),
        ("Leicestershire Police", "2023", None, 39),
    }


def test_a_headline_period_over_bare_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches at police forces in 2022: the figures\n14 November 2024\n\n"
        "Forces in the North West logged hundreds of data breaches, records show.\n\n"
        "Cumbria Constabulary logged 45, Lancashire Constabulary 120 and Cheshire "
        "Constabulary 77.\n"
    )
    assert rows(text, nlp) == {
        ("Cumbria Constabulary", "2022", None, 45),
        ("Lancashire Constabulary", "2022", None, 120),
        ("Cheshire Constabulary", "2022", None, 77),
    }
    # a headline naming no period dates nothing
    text = (
        "Data breaches at police forces: the figures\n14 November 2024\n\n"
        "Forces in the North West logged hundreds of data breaches, records show.\n\n"
        "Cumbria Constabulary logged 45, Lancashire Constabulary 120 and Cheshire "
        "Constabulary 77.\n"
    )
    assert rows(text, nlp) == set()


def test_a_dateline_above_a_list_is_no_period(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "How many data breaches did your force record last year?\n14 November 2024\n\n"
        "Figures obtained by this newspaper show the number of data breaches recorded by "
        "each force.\n\n"
        "Cumbria Constabulary: 45\nLancashire Constabulary: 120\nCheshire Constabulary: 77\n"
    )
    assert rows(text, nlp) == {
        ("Cumbria Constabulary", "2023", None, 45),
        ("Lancashire Constabulary", "2023", None, 120),
        ("Cheshire Constabulary", "2023", None, 77),
    }
    # a period stated right above the list is still its own
    text = (
        "How many data breaches did your force record?\n14 November 2024\n\n"
        "Figures obtained by this newspaper show the number of data breaches recorded by "
        "each force in 2021.\n\n"
        "Cumbria Constabulary: 45\nLancashire Constabulary: 120\nCheshire Constabulary: 77\n"
    )
    assert ("Cumbria Constabulary", "2021", None, 45) in rows(text, nlp)


def test_the_year_before_for_the_forces_counted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "The number of data breaches recorded by police forces in the year to March 2024 "
        "varied widely.\n\nLincolnshire Police recorded 95. Leicestershire Police recorded "
        "188, and Northamptonshire Police recorded 143.\n\nThe year before, the three forces "
        "recorded 80, 170 and 150 respectively.\n"
    )
    got = rows(text, nlp)
    assert ("Lincolnshire Police", "2022-2023", None, 80) in got
    assert ("Leicestershire Police", "2022-2023", None, 170) in got
    assert ("Northamptonshire Police", "2022-2023", None, 150) in got
    # a sentence speaking of another number of forces than it gives figures for: no one's
    text = text.replace("the three forces", "the two forces")
    assert not {r for r in rows(text, nlp) if r[1] == "2022-2023"}
