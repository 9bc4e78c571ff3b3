"""Breach tallies, round 25c: a remark that another period's figures stand in brackets
("Figures for 2021 are shown in brackets") dates the bracketed figures alone, never the
figures they follow, and makes each bare bracketed figure after a force's count that force's
row for the remark's period. Paraphrases written for these tests; each pairs what must
become a row with what must not."""

from __future__ import annotations

import tally_rows


def test_a_bracket_note_sentence_dates_the_bracketed_figures_only(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Forces in the Midlands logged hundreds of data breaches in 2022. Figures for 2021 "
        "are given in brackets.\n\nLeicestershire Police 187 (163)\n"
        "Derbyshire Constabulary 142 (150)"
    )
    assert tally_rows.rows(text, nlp) == {
        ("Leicestershire Police", "2022", None, 187),
        ("Leicestershire Police", "2021", None, 163),
        ("Derbyshire Constabulary", "2022", None, 142),
        ("Derbyshire Constabulary", "2021", None, 150),
    }


def test_a_bracket_note_after_the_list_dates_the_bracketed_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "This is how many data breaches each force logged in 2022/23.\n"
        "Avon and Somerset Police 233 (219)\n"
        "Wiltshire Police 61 (70)\n"
        "Figures for 2021/22 in brackets."
    )
    assert tally_rows.rows(text, nlp) == {
        ("Avon and Somerset Police", "2022-2023", None, 233),
        ("Avon and Somerset Police", "2021-2022", None, 219),
        ("Wiltshire Police", "2022-2023", None, 61),
        ("Wiltshire Police", "2021-2022", None, 70),
    }


def test_a_bracket_note_inside_a_list_lead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches logged by forces in the North East in 2022 (2021 figures in "
        "brackets): Durham Constabulary 88 (95), Cleveland Police 120 (101)."
    )
    assert tally_rows.rows(text, nlp) == {
        ("Durham Constabulary", "2022", None, 88),
        ("Durham Constabulary", "2021", None, 95),
        ("Cleveland Police", "2022", None, 120),
        ("Cleveland Police", "2021", None, 101),
    }


def test_a_bracket_note_clause_counting_back_from_the_lead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Forces in Wales logged these data breaches in 2022, with the previous year's "
        "figures in brackets.\n\nGwent Police: 77 (64)\nDyfed-Powys Police: 45 (52)"
    )
    assert tally_rows.rows(text, nlp) == {
        ("Gwent Police", "2022", None, 77),
        ("Gwent Police", "2021", None, 64),
        ("Dyfed-Powys Police", "2022", None, 45),
        ("Dyfed-Powys Police", "2021", None, 52),
    }


def test_without_a_bracket_note_a_bare_bracketed_figure_is_no_row(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Forces in the Midlands logged hundreds of data breaches in 2022.\n\n"
        "Leicestershire Police 187 (163)\nDerbyshire Constabulary 142 (150)"
    )
    rows = tally_rows.rows(text, nlp)
    assert ("Leicestershire Police", "2021", None, 163) not in rows
    assert ("Leicestershire Police", "2022", None, 163) not in rows


def test_the_figure_named_with_its_force_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Northumbria Police logged 240 data breaches in 2022. The figure was 190 at "
        "Durham Constabulary and 130 at Cleveland Police."
    )
    assert tally_rows.rows(text, nlp) == {
        ("Northumbria Police", "2022", None, 240),
        ("Durham Constabulary", "2022", None, 190),
        ("Cleveland Police", "2022", None, 130),
    }


def test_the_figure_of_another_measure_with_a_force_after_it_is_no_row(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Northumbria Police logged 240 data breaches in 2022. The number of civilian staff "
        "was 1,900 at Durham Constabulary. The total stood at 155 for Cleveland Police."
    )
    assert tally_rows.rows(text, nlp) == {
        ("Northumbria Police", "2022", None, 240),
        ("Cleveland Police", "2022", None, 155),
    }


def test_a_bracket_note_in_a_table_caption_dates_the_bracketed_cells(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches logged by forces in the South West in 2023 (2022 in brackets).\n\n"
        "Force | Breaches\n"
        "Devon and Cornwall Police | 191 (176)\n"
        "Dorset Police | 73 (84)"
    )
    assert tally_rows.rows(text, nlp) == {
        ("Devon and Cornwall Police", "2023", None, 191),
        ("Devon and Cornwall Police", "2022", None, 176),
        ("Dorset Police", "2023", None, 73),
        ("Dorset Police", "2022", None, 84),
    }


def test_last_years_figures_in_brackets_are_the_year_before_the_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    # published in 2023: "last year" is 2022, the figures' own year, so the note can only
    # mean the year before them
    text = (
        "Forces in Yorkshire logged these data breaches in 2022. Last year's figures are "
        "given in brackets.\n\nNorth Yorkshire Police: 133 (119)\nHumberside Police: 92 (97)"
    )
    assert tally_rows.rows(text, nlp) == {
        ("North Yorkshire Police", "2022", None, 133),
        ("North Yorkshire Police", "2021", None, 119),
        ("Humberside Police", "2022", None, 92),
        ("Humberside Police", "2021", None, 97),
    }


def test_previous_year_in_brackets_after_a_financial_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches logged by forces in Yorkshire in 2021/22 (previous year in brackets): "
        "North Yorkshire Police 133 (119), Humberside Police 92 (97)."
    )
    assert tally_rows.rows(text, nlp) == {
        ("North Yorkshire Police", "2021-2022", None, 133),
        ("North Yorkshire Police", "2020-2021", None, 119),
        ("Humberside Police", "2021-2022", None, 92),
        ("Humberside Police", "2020-2021", None, 97),
    }
