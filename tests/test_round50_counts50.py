"""Breach tallies, round 50: the years of "each of the N years before" a figure (financial
years after a financial year), a bare figure a period owns in a comparison ("down on the
previous year's 31"), and a figure said to be "the same as" another period's (a row for each).
Paraphrases written for these tests; each mechanism has cases that must fire and near misses
that must not."""

from __future__ import annotations

from datetime import date

from tally_rows import cleaned_tally_rows

PUBLISHED = date(2024, 3, 1)


def rows(text: str, nlp) -> set[tuple]:  # type: ignore[no-untyped-def]
    return cleaned_tally_rows(text, nlp, PUBLISHED)


HEAD = "Force data breach figures\n\n"


def test_each_of_years_before_a_financial_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Records released under freedom of information show Police Scotland logged 380 data "
        "breaches in the financial year 2023/24, up from 350 in both of the two years before.\n"
    )
    assert rows(text, nlp) == {
        ("Police Scotland", "2023-2024", None, 380),
        ("Police Scotland", "2022-2023", None, 350),
        ("Police Scotland", "2021-2022", None, 350),
    }


def test_each_of_years_before_a_calendar_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Records released under freedom of information show Kent Police logged 80 data "
        "breaches in 2023, up from 60 in each of the two prior years.\n"
    )
    assert rows(text, nlp) == {
        ("Kent Police", "2023", None, 80),
        ("Kent Police", "2022", None, 60),
        ("Kent Police", "2021", None, 60),
    }


def test_years_before_a_named_event_is_no_sequence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Kent Police logged 80 data breaches in 2023. It had logged 60 for each of the two "
        "years before the merger of its systems.\n"
    )
    got = rows(text, nlp)
    assert ("Kent Police", "2023", None, 80) in got
    # the years before a named event are not the years right before 2023
    assert ("Kent Police", "2022", None, 60) not in got


def test_following_years_after_a_financial_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Gwent Police recorded 90 data breaches in 2020/21 and 75 in each of the following two "
        "years.\n"
    )
    got = rows(text, nlp)
    assert ("Gwent Police", "2021-2022", None, 75) in got
    assert ("Gwent Police", "2022-2023", None, 75) in got
    assert not any(r[1] == "2021" for r in got)


PREVIOUS_YEARS = (
    "Data breaches at three forces\n\nPublished 12 February 2024\n\n"
    "A freedom of information request asked forces how many data breaches they logged last "
    "year.\n\n"
    "Norfolk Constabulary logged 33 last year, below the previous year's 40.\n\n"
    "Suffolk Constabulary reported 21, the very same number as the year before.\n"
)


def test_period_possessive_owns_a_bare_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    got = rows(PREVIOUS_YEARS, nlp)
    assert ("Norfolk Constabulary", "2023", None, 33) in got
    assert ("Norfolk Constabulary", "2022", None, 40) in got


def test_same_number_as_the_year_before(nlp) -> None:  # type: ignore[no-untyped-def]
    got = rows(PREVIOUS_YEARS, nlp)
    assert ("Suffolk Constabulary", "2023", None, 21) in got
    assert ("Suffolk Constabulary", "2022", None, 21) in got
    assert not any(r[0] == "Suffolk Constabulary" and r[1] == "2021" for r in got)


def test_same_as_an_explicit_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Dorset Police recorded 18 data breaches in 2021, the same as in 2020.\n\n"
        "Sussex Police recorded 61 data breaches in 2022, unchanged from the previous year.\n"
    )
    assert rows(text, nlp) == {
        ("Dorset Police", "2021", None, 18),
        ("Dorset Police", "2020", None, 18),
        ("Sussex Police", "2022", None, 61),
        ("Sussex Police", "2021", None, 61),
    }


def test_same_as_another_force_is_no_period(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Kent Police recorded 40 data breaches in 2021, the same number as Essex Police.\n"
    )
    got = rows(text, nlp)
    assert ("Kent Police", "2021", None, 40) in got
    assert not any(r[1] != "2021" for r in got)


def test_possessive_of_a_force_is_no_period(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Cleveland Police logged 33 data breaches in 2022, well below Durham Constabulary's 48 "
        "officers disciplined.\n"
    )
    got = rows(text, nlp)
    assert ("Cleveland Police", "2022", None, 33) in got
    assert not any(r[3] == 48 for r in got)


def test_same_as_figure_after_another_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    # the period after "the same as" belongs to the figure just before it only
    text = HEAD + (
        "Avon and Somerset Police recorded 70 data breaches in 2022 and 55 in 2023, the same "
        "as in 2019.\n"
    )
    got = rows(text, nlp)
    assert ("Avon and Somerset Police", "2022", None, 70) in got
    assert not any(r[1] == "2019" and r[3] == 70 for r in got)


def test_each_of_the_previous_years_after_a_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Figures show Police Scotland logged 520 data breaches in 2023/24, up from 498 in both "
        "of the previous two years.\n"
    )
    assert rows(text, nlp) == {
        ("Police Scotland", "2023-2024", None, 520),
        ("Police Scotland", "2022-2023", None, 498),
        ("Police Scotland", "2021-2022", None, 498),
    }


def test_each_of_the_years_after_a_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Avon and Somerset Police logged 120 data breaches in 2018 and 95 in each of the three "
        "years after.\n"
    )
    got = rows(text, nlp)
    assert {r for r in got if r[3] == 95} == {
        ("Avon and Somerset Police", "2019", None, 95),
        ("Avon and Somerset Police", "2020", None, 95),
        ("Avon and Somerset Police", "2021", None, 95),
    }


def test_previous_years_with_no_year_in_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: no year told in its sentence, so the years before the page's date, as before
    text = (
        "Breach figures\n\nPublished 4 May 2024\n\nKent Police recorded 50 data breaches in "
        "2019.\n\nEssex Police recorded 30 data breaches in each of the previous three years.\n"
    )
    got = {r for r in rows(text, nlp) if r[0] == "Essex Police"}
    assert ("Essex Police", "2018", None, 30) not in got


def test_same_figure_after_a_long_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "The force recorded 18 cases of unauthorised access in 2023, the same figure as in "
        "2022, according to Durham Constabulary.\n"
    )
    got = rows(text, nlp)
    assert ("Durham Constabulary", "2023", "unauthorised_access", 18) in got
    assert ("Durham Constabulary", "2022", "unauthorised_access", 18) in got


def test_years_before_that(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Northumbria Police gave its figures. Its total for 2022/23 was 64, and it had logged 70 "
        "for each of the two years before that.\n"
    )
    got = rows(text, nlp)
    assert ("Northumbria Police", "2020-2021", None, 70) in got
    assert ("Northumbria Police", "2021-2022", None, 70) in got


def test_same_as_in_each_of_the_years_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Cumbria Constabulary recorded 37 data breaches in 2022, the same number as in each of "
        "the two previous years.\n"
    )
    assert rows(text, nlp) == {
        ("Cumbria Constabulary", "2022", None, 37),
        ("Cumbria Constabulary", "2021", None, 37),
        ("Cumbria Constabulary", "2020", None, 37),
    }


def test_same_as_of_another_clause_is_no_row(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: what is "the same as the year before" is the commonest cause, not the figure
    text = HEAD + (
        "Cleveland Police recorded 58 data breaches in 2022, with post sent to the wrong address "
        "the biggest single cause, the same as the year before.\n"
    )
    assert rows(text, nlp) == {("Cleveland Police", "2022", None, 58)}


def test_one_of_several_forces_is_no_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Kent Police recorded 288 data breaches in 2022, a campaign group found. Essex Police "
        "was one of 12 forces that did not answer the request.\n"
    )
    assert rows(text, nlp) == {("Kent Police", "2022", None, 288)}


def test_participle_clause_gives_a_ranked_force_its_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Forces logged 2,000 data breaches in 2022, a report said. Lancashire Constabulary was "
        "among the forces with the most, recording 240 over the year.\n"
    )
    assert ("Lancashire Constabulary", "2022", None, 240) in rows(text, nlp)


def test_participle_with_its_own_object_is_no_count(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: what is reported to the regulator is a part, not the force's total
    text = HEAD + "Kent Police logged 300 data breaches in 2022, reporting 12 to the regulator.\n"
    assert rows(text, nlp) == {("Kent Police", "2022", None, 300)}


def test_what_a_regulator_received_is_no_force_tally(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gwent Police reprimanded\n\n"
        "Gwent Police was handed a reprimand by the ICO after a witness statement went to the "
        "wrong house in 2023.\n\n"
        "The ICO said it had received 2,300 breach reports from public bodies in 2024.\n"
    )
    assert rows(text, nlp) == set()


def test_regulator_sentence_naming_the_force_still_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: the force's own figure, told through the regulator, is still the force's
    text = HEAD + (
        "The Information Commissioner's Office said Dorset Police had reported 14 data breaches "
        "to it in 2022.\n"
    )
    assert ("Dorset Police", "2022", None, 14) in rows(text, nlp)


def test_same_level_of_another_noun_is_no_row(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: the sameness is of a part named after the figure, not of the figure
    text = HEAD + (
        "Merseyside Police logged 204 data breaches in 2022/23, lost paperwork at the same level "
        "as in 2021/22, it said.\n"
    )
    assert rows(text, nlp) == {("Merseyside Police", "2022-2023", None, 204)}


TABLE_WITH_GAP = (
    "Breach figures\n\nData breaches recorded, by calendar year:\n\n"
    "Force          2020    2021    2022\n"
    "Gwent Police     33      35      31\n"
    "Cumbria Constabulary      n/a     27      29\n"
)


def test_table_row_with_a_gap_cell_keeps_its_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    got = rows(TABLE_WITH_GAP, nlp)
    assert ("Cumbria Constabulary", "2021", None, 27) in got
    assert ("Cumbria Constabulary", "2022", None, 29) in got
    # near miss: the gap is no figure, nor does the next figure move into its year
    assert not any(r[0] == "Cumbria Constabulary" and r[1] == "2020" for r in got)


def test_each_of_the_financial_years_before_that(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Surrey Police gave its numbers. Its total for 2022/23 was 120, and it logged 104 in "
        "each of the two financial years before that.\n"
    )
    got = rows(text, nlp)
    assert ("Surrey Police", "2020-2021", None, 104) in got
    assert ("Surrey Police", "2021-2022", None, 104) in got


def test_each_of_phrase_opening_the_figures_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Devon and Cornwall Police gave its numbers. Its figure for 2023 was 150; in each of "
        "the two previous years it had logged 133.\n"
    )
    assert rows(text, nlp) == {
        ("Devon and Cornwall Police", "2023", None, 150),
        ("Devon and Cornwall Police", "2022", None, 133),
        ("Devon and Cornwall Police", "2021", None, 133),
    }


def test_last_financial_years_are_not_split_into_calendar_years(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: years counted back from the page's date, financial ones, stay one span
    text = (
        "Breach figures\n\nPublished 2 May 2024\n\nDevon and Cornwall Police logged 133 data "
        "breaches in each of the last 3 financial years, it said.\n"
    )
    got = rows(text, nlp)
    assert not any(r[1] in ("2021", "2022", "2023") for r in got)


def test_a_sectors_figure_is_no_force_tally(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Avon and Somerset Police reprimanded\n\n"
        "Avon and Somerset Police was handed a reprimand by the ICO after a letter error in "
        "2022.\n\n"
        "The watchdog publishes figures on breach reports. It said 980 breaches were reported "
        "to it by the criminal justice sector in 2023.\n"
    )
    assert rows(text, nlp) == set()


def test_a_force_named_with_a_sector_still_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: the force named in the sentence keeps its own figure
    text = HEAD + (
        "Avon and Somerset Police, one of the largest bodies in the sector, recorded 240 data "
        "breaches in 2023.\n"
    )
    assert ("Avon and Somerset Police", "2023", None, 240) in rows(text, nlp)


def test_reports_a_regulator_received_from_the_force_are_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: the regulator received them from the force the story is about
    text = (
        "Cumbria told to tighten checks\n\n"
        "Cumbria Constabulary has been told to improve its email checks after a run of errors. "
        "The ICO said it had received 41 breach reports from the force in 2022.\n"
    )
    assert ("Cumbria Constabulary", "2022", None, 41) in rows(text, nlp)


def test_whole_reported_by_a_sector_then_a_forces_share(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "The ICO said 1,300 breaches had been reported by the policing sector in 2022, 21 of "
        "them by Cumbria Constabulary.\n"
    )
    assert rows(text, nlp) == {("Cumbria Constabulary", "2022", None, 21)}


def test_figure_reported_by_the_force_itself_stays_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: no wider body in the figure's clause
    text = HEAD + (
        "Cumbria Constabulary said 64 breaches had been reported by its own staff in 2022.\n"
    )
    assert ("Cumbria Constabulary", "2022", None, 64) in rows(text, nlp)


def test_roughly_the_same_gives_no_second_row(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: an approximate sameness states no figure for the other year
    text = HEAD + (
        "Wiltshire Police recorded 83 data breaches in 2022, roughly the same as in 2021.\n\n"
        "Dorset Police recorded 64 data breaches in 2022, nearly the same as the year before.\n"
    )
    assert rows(text, nlp) == {
        ("Wiltshire Police", "2022", None, 83),
        ("Dorset Police", "2022", None, 64),
    }


def test_a_word_before_nationally_is_no_national_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: "nationally" qualifies the officers' training, not where breaches were counted
    text = HEAD + (
        "Wiltshire Police said 39 breaches had been reported by staff nationally accredited in "
        "records handling in 2022.\n"
    )
    assert ("Wiltshire Police", "2022", None, 39) in rows(text, nlp)


def test_previous_financial_year_in_the_next_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    # lead's regression: a single previous period told in the next sentence runs from the
    # figure before, as on base
    text = HEAD + (
        "Essex Police reported 18 data breaches to the regulator in 2024/25, a committee heard. "
        "That compares with 11 in the previous financial year, a report said.\n"
    )
    assert rows(text, nlp) == {
        ("Essex Police", "2024-2025", None, 18),
        ("Essex Police", "2023-2024", None, 11),
    }


def test_previous_twelve_months_in_the_next_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Norfolk Constabulary recorded 66 data breaches in 2023/24, a board was told. The "
        "number had risen from 49 in the previous 12 months.\n"
    )
    assert rows(text, nlp) == {
        ("Norfolk Constabulary", "2023-2024", None, 66),
        ("Norfolk Constabulary", "2022-2023", None, 49),
    }
