"""Breach tallies, round 60 (statistics pages as published): a league table's column of
places ("Rank | Force | Breaches" over "1 | Kent Police | 301") is no figure of its rows; a
force named after a figure that gives its own is not that figure's; "the five years from
2017/18" is a span of financial years; a category told as a figure's cause ("were to blame
for") types it, and a reporting frame's verb does not; a rate in a lead still introduces the
exact figures after it; "the 62 recorded by Wiltshire Police" is Wiltshire's. Paraphrases
written for these tests; each mechanism has cases that must fire and near misses that must
not."""

from __future__ import annotations

from datetime import date

import pytest
from tally_rows import rows as tally_rows

PUBLISHED = date(2022, 5, 1)


def rows(text: str, nlp) -> set[tuple]:  # type: ignore[no-untyped-def]
    return tally_rows(text, nlp, PUBLISHED)


# --- places of a league table -------------------------------------------------------------


def test_places_under_a_rank_header_are_no_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Forces with most data breaches, 2021\n\n"
        "Rank | Force | Breaches\n"
        "1 | Lancashire Constabulary | 233\n"
        "2 | Cheshire Constabulary | 96\n"
        "3 | Cumbria Constabulary | 41\n"
    )
    assert rows(text, nlp) == {
        ("Lancashire Constabulary", "2021", None, 233),
        ("Cheshire Constabulary", "2021", None, 96),
        ("Cumbria Constabulary", "2021", None, 41),
    }


def test_places_without_a_header_are_no_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data protection breaches\n\n"
        "Breaches logged by each force in 2020\n\n"
        "1 Avon and Somerset Police 193\n"
        "2 Devon and Cornwall Police 171\n"
        "3 Gloucestershire Constabulary 88\n"
    )
    assert rows(text, nlp) == {
        ("Avon and Somerset Police", "2020", None, 193),
        ("Devon and Cornwall Police", "2020", None, 171),
        ("Gloucestershire Constabulary", "2020", None, 88),
    }


def test_places_in_a_tabbed_league(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches by force in 2019\n\n"
        "1\tHampshire Constabulary\t198\n"
        "2\tDorset Police\t37\n"
        "3\tWiltshire Police\t55\n"
    )
    assert rows(text, nlp) == {
        ("Hampshire Constabulary", "2019", None, 198),
        ("Dorset Police", "2019", None, 37),
        ("Wiltshire Police", "2019", None, 55),
    }


def test_rows_opening_on_years_keep_their_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: a year opening each row is the row's label, no place
    text = "Sussex Police data breaches\n\nYear Breaches\n2019 187\n2020 198\n2021 214\n"
    assert rows(text, nlp) == {
        ("Sussex Police", "2019", None, 187),
        ("Sussex Police", "2020", None, 198),
        ("Sussex Police", "2021", None, 214),
    }


# --- a force named after a figure with its own figure is not that figure's ------------------


def test_pointed_force_before_a_force_with_its_own_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data breaches in the region\n\n"
        "Figures obtained by the Echo show how Cumbria Constabulary compares with its "
        "neighbours.\n\n"
        "The force recorded 41 data breaches in 2021, while Lancashire Constabulary recorded "
        "187.\n"
    )
    assert rows(text, nlp) == {
        ("Cumbria Constabulary", "2021", None, 41),
        ("Lancashire Constabulary", "2021", None, 187),
    }


def test_described_force_ahead_of_a_league_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data breaches\n\n"
        "West Midlands Police serves 2.9 million people.\n\n"
        "The region's largest force logged 412 data breaches in 2020, ahead of Merseyside "
        "Police on 291.\n"
    )
    assert rows(text, nlp) == {
        ("West Midlands Police", "2020", None, 412),
        ("Merseyside Police", "2020", None, 291),
    }


def test_force_after_a_figure_owning_it_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: the force named after the figure, with no figure of its own after its name,
    # is the figure's own
    text = (
        "Police data breaches\n\n"
        "In 2021, 96 data breaches were recorded at Cheshire Constabulary, figures show.\n"
    )
    assert rows(text, nlp) == {("Cheshire Constabulary", "2021", None, 96)}


# --- "the N years from 2017/18": a span of financial years ----------------------------------


def test_years_from_a_financial_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data breaches\n\n"
        "Over the three years from 2019/20, Suffolk Constabulary recorded 240 data breaches.\n"
    )
    assert rows(text, nlp) == {("Suffolk Constabulary", "2019-2022", None, 240)}


def test_financial_years_starting_in(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data breaches\n\n"
        "Norfolk Constabulary logged 301 data breaches in the four financial years starting in "
        "2018/19.\n"
    )
    assert rows(text, nlp) == {("Norfolk Constabulary", "2018-2022", None, 301)}


def test_years_from_a_calendar_year_unchanged(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: a calendar year after "from" stays that many calendar years
    text = (
        "Police data breaches\n\n"
        "In the three years from 2019, Norfolk Constabulary recorded 240 data breaches.\n"
    )
    assert rows(text, nlp) == {("Norfolk Constabulary", "2019-2021", None, 240)}


# --- a category told as the cause of a figure ----------------------------------------------


@pytest.mark.parametrize(
    ("told", "row"),
    [
        (
            "Suffolk Constabulary recorded 83 data breaches in 2021. Staff sending emails to the "
            "wrong recipient were to blame for 25 breaches in 2021.",
            ("Suffolk Constabulary", "2021", "emailed_to_incorrect_recipient", 25),
        ),
        (
            "Essex Police recorded 160 data breaches in 2018. Officers losing laptops and phones "
            "were responsible for 21 breaches in 2018.",
            ("Essex Police", "2018", "loss_or_theft_of_device", 21),
        ),
        (
            "Kent Police recorded 301 data breaches in 2022. Staff searching records with no "
            "policing purpose caused 33 breaches in 2022.",
            ("Kent Police", "2022", "unauthorised_access", 33),
        ),
    ],
)
def test_a_category_told_as_the_cause_types_the_figure(nlp, told: str, row: tuple) -> None:  # type: ignore[no-untyped-def]
    assert row in rows(f"Police data breaches\n\n{told}\n", nlp)


def test_no_category_caused_stays_untyped(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: a cause naming no category types nothing
    text = (
        "Police data breaches\n\n"
        "Kent Police recorded 301 data breaches in 2022. Human error caused most of them.\n"
    )
    assert rows(text, nlp) == {("Kent Police", "2022", None, 301)}


# --- a rate introduces the exact figures after it ------------------------------------------


def test_exact_figures_after_a_rate(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data breaches\n\n"
        "Gwent Police has recorded roughly 120 data breaches a year since 2019.\n\n"
        "The exact totals were 114 in 2019, 122 in 2020 and 119 in 2021.\n"
    )
    assert rows(text, nlp) == {
        ("Gwent Police", "2019", None, 114),
        ("Gwent Police", "2020", None, 122),
        ("Gwent Police", "2021", None, 119),
    }


def test_precise_numbers_after_a_rate_per_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data breaches\n\n"
        "Dorset Police logs about 35 data breaches per year, the force says.\n\n"
        "The precise numbers were 33 in 2020 and 40 in 2021.\n"
    )
    assert rows(text, nlp) == {
        ("Dorset Police", "2020", None, 33),
        ("Dorset Police", "2021", None, 40),
    }


def test_rate_itself_and_another_measure_give_no_rows(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: the rate is no count, and a figure of another measure after it is none
    text = (
        "Police data breaches\n\n"
        "Kent Police records about 300 data breaches a year.\n\n"
        "Staffing was 6,500 in 2021.\n"
    )
    assert rows(text, nlp) == set()


# --- a reporting frame's verb is no category of the figure it reports ----------------------


def test_disclosed_that_is_no_category(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data breaches\n\n"
        "In 2021 it was disclosed that Essex Police staff were responsible for 75 data breaches "
        "in 2020.\n"
    )
    assert rows(text, nlp) == {("Essex Police", "2020", None, 75)}


def test_category_after_that_still_types(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: the category in the reported clause itself still types the figure
    text = (
        "Police data breaches\n\n"
        "Suffolk Constabulary recorded 83 data breaches in 2021. Figures show that staff "
        "sending emails to the wrong recipient were to blame for 25 breaches in 2021.\n"
    )
    assert ("Suffolk Constabulary", "2021", "emailed_to_incorrect_recipient", 25) in rows(text, nlp)


# --- "the N recorded by X": another force's figure named by its agent ----------------------


def test_compared_with_the_figure_logged_by_a_force(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data breaches\n\n"
        "Hertfordshire Constabulary recorded 88 data breaches in 2021, compared with the 61 "
        "logged by Bedfordshire Police.\n"
    )
    assert rows(text, nlp) == {
        ("Hertfordshire Constabulary", "2021", None, 88),
        ("Bedfordshire Police", "2021", None, 61),
    }


def test_times_the_figure_reported_by_a_force(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data breaches\n\n"
        "Kent Police recorded 301 data breaches in 2021, around three times the 96 reported by "
        "Cheshire Constabulary.\n"
    )
    assert rows(text, nlp) == {
        ("Kent Police", "2021", None, 301),
        ("Cheshire Constabulary", "2021", None, 96),
    }


def test_recorded_in_a_year_stays_the_forces_own(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: a participle followed by a period, no agent: the figure is the same force's
    text = (
        "Police data breaches\n\n"
        "Kent Police recorded 130 data breaches in 2023, up from the 117 recorded in 2022.\n"
    )
    assert rows(text, nlp) == {
        ("Kent Police", "2023", None, 130),
        ("Kent Police", "2022", None, 117),
    }
