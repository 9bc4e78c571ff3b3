"""Breach tallies (extract.rules.tallies): paraphrases written for each form a statistics page
takes, with the figures that must not become rows next to those that must."""

from __future__ import annotations

import pytest
from tally_rows import PUBLISHED, people, people_in, rows, run

from extract.models import Document
from extract.nlp import extract

# ------------------------------------------------ periods as written


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("Cleveland Police recorded 64 data breaches in 2017.", "2017"),
        ("Cleveland Police recorded 64 data breaches between 2015 and 2018.", "2015-2018"),
        ("From 2012 to 2014 Cleveland Police recorded 64 data breaches.", "2012-2014"),
        ("Cleveland Police recorded 64 data breaches in 2019/20.", "2019-2020"),
        ("Cleveland Police recorded 64 data breaches in 2019-20.", "2019-2020"),
        ("In the financial year 2016-17, Cleveland Police recorded 64 data breaches.", "2016-2017"),
        ("Cleveland Police recorded 64 data breaches last year.", "2022"),
        ("So far this year Cleveland Police has recorded 64 data breaches.", "2023"),
        ("Cleveland Police recorded 64 data breaches in the past three years.", "2020-2022"),
        (
            "Cleveland Police recorded 64 data breaches between 2019 and the end of this year.",
            "2019-2023",
        ),
        ("Cleveland Police has recorded 64 data breaches since 2020.", "2020-2023"),
    ],
)
def test_each_period_form(nlp, sentence: str, period: str) -> None:  # type: ignore[no-untyped-def]
    assert rows(f"Police data figures\n\n{sentence}", nlp) == {
        ("Cleveland Police", period, None, 64)
    }


def test_relative_period_without_a_date_gives_no_row(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police data figures\n\nCleveland Police recorded 64 data breaches last year."
    assert rows(text, nlp, published=None) == set()


def test_a_dateline_dates_relative_periods(nlp) -> None:  # type: ignore[no-untyped-def]
    text = " date 2021-10-04 Cleveland Police recorded 64 data breaches last year."
    assert rows(text, nlp, published=None) == {("Cleveland Police", "2020", None, 64)}


def test_a_series_of_financial_years_continues_with_a_year_later(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breaches at Gwent Police\n\n"
        "Gwent Police logged 71 data breaches in 2020/21, a figure that climbed to 88 a year "
        "later.\n\nOver the past year the force has seen these security incidents fall, with the "
        "total standing at 80.\n\nThe previous year, 2019/20, the force had 60."
    )
    assert rows(text, nlp, published=None) == {
        ("Gwent Police", "2020-2021", None, 71),
        ("Gwent Police", "2021-2022", None, 88),
        ("Gwent Police", "2022-2023", None, 80),
        ("Gwent Police", "2019-2020", None, 60),
    }


def test_calendar_series_with_the_same_number(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures from Wiltshire Police\n\nWiltshire Police recorded 52 data breaches in 2021. "
        "That compares with 47 incidents in 2020, with the same number reported in 2019."
    )
    assert rows(text, nlp) == {
        ("Wiltshire Police", "2021", None, 52),
        ("Wiltshire Police", "2020", None, 47),
        ("Wiltshire Police", "2019", None, 47),
    }


# ------------------------------------------------ several forces, national figures


def test_forces_compared_in_one_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breach league table\n\nBetween 2012 and 2016 Lancashire Constabulary had 310 "
        "data breaches, Cumbria Constabulary 150 and Cheshire Constabulary 95."
    )
    assert rows(text, nlp) == {
        ("Lancashire Constabulary", "2012-2016", None, 310),
        ("Cumbria Constabulary", "2012-2016", None, 150),
        ("Cheshire Constabulary", "2012-2016", None, 95),
    }


def test_forces_listed_in_brackets_under_a_lead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data breaches revealed\n\nBetween 2013 and 2017 there were 3,100 data breaches "
        "across UK police forces. The forces with the most data breaches were: Durham (201), "
        "Suffolk (150) and North Wales (97)."
    )
    ex = run(text, nlp)
    assert {(c.force, c.period, c.count) for c in ex.breach_counts} == {
        ("Durham Constabulary", "2013-2017", 201),
        ("Suffolk Constabulary", "2013-2017", 150),
        ("North Wales Police", "2013-2017", 97),
    }
    assert [(n.period, n.count) for n in ex.national_counts] == [("2013-2017", 3100)]


def test_a_national_total_is_not_the_first_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police breaches\n\nPolice forces in England and Wales reported 2,315 data breaches "
        "last year. Bedfordshire Police recorded the most, with 210."
    )
    ex = run(text, nlp)
    assert {(c.force, c.period, c.count) for c in ex.breach_counts} == {
        ("Bedfordshire Police", "2022", 210)
    }
    assert [(n.period, n.count) for n in ex.national_counts] == [("2022", 2315)]


def test_a_study_of_all_forces_is_page_context(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breaches at Dorset Police\n\nDorset Police recorded 45 data breaches in 2022. A "
        "survey in 2019 found UK police forces suffered 1,900 data breaches that year."
    )
    ex = run(text, nlp)
    assert rows(text, nlp) == {("Dorset Police", "2022", None, 45)}
    assert [n.count for n in ex.national_counts] == [1900]


def test_a_statistics_page_naming_forces_by_place_is_relevant(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police staff and data misuse\n\nFigures on police staff for 2014 to 2016: the areas "
        "with the most staff disciplined for breaching data protection law were Lincolnshire "
        "(41), Gloucestershire (30) and Warwickshire (12)."
    )
    ex = run(text, nlp)
    assert ex.relevant
    assert ex.breach_counts == []  # people disciplined: outcomes, no breach rows
    assert {(force, count) for force, _, count in people_in(ex)} == {
        ("Lincolnshire Police", 41),
        ("Gloucestershire Constabulary", 30),
        ("Warwickshire Police", 12),
    }


# ------------------------------------------------ people, outcomes, other numbers


def test_people_disciplined_and_sacked_are_outcomes_not_rows(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officers disciplined\n\nBetween 2015 and 2018, 52 officers at Kent Police were "
        "disciplined for misusing police databases, and 9 were dismissed, figures show."
    )
    ex = run(text, nlp)
    assert ex.breach_counts == []
    assert people_in(ex) == {("Kent Police", "2015-2018", 52)}
    assert [(o.force, o.count) for o in ex.outcome_counts if o.measure == "outcome"] == [
        ("Kent Police", 9)
    ]


def test_people_in_parts_add_up(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Staff punished\n\nFrom 2009 to 2012 a total of 7 officers and three civilian staff at "
        "Avon and Somerset Police were disciplined for data protection offences, a freedom of "
        "information request found."
    )
    ex = run(text, nlp)
    assert ex.breach_counts == []
    assert people_in(ex) == {
        ("Avon and Somerset Police", "2009-2012", 7),
        ("Avon and Somerset Police", "2009-2012", 3),
    }


def test_people_investigated_in_a_single_story_are_no_tally(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officers investigated\n\nTwo Kent Police officers were investigated in 2021 for "
        "accessing a victim's records without a policing purpose."
    )
    assert run(text, nlp).breach_counts == []


def test_times_counts_breaches_only_when_the_sentence_says_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    single = (
        "Officer misused records\n\nA Kent Police officer accessed personal data 50 times "
        "in 2021 without a policing purpose."
    )
    assert run(single, nlp).breach_counts == []
    tally = "Kent Police breached data protection law 50 times in 2021, figures show."
    assert rows(f"Breach figures\n\n{tally}", nlp) == {("Kent Police", "2021", None, 50)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Norfolk Constabulary sacked 14 officers for data protection breaches in 2019.", set()),
        (
            "In 2019, 14 Norfolk Constabulary staff were convicted of data protection offences.",
            set(),
        ),
        ("Norfolk Constabulary employs 1,600 officers and 14 data protection staff.", set()),
        ("Norfolk Constabulary's 14 data breaches in 2019 affected 2,300 people.", {14}),
        ("About 14% of Norfolk Constabulary's data breaches in 2019 involved email.", set()),
        ("Norfolk Constabulary paid £14,000 in compensation for data breaches in 2019.", set()),
        ("Norfolk Constabulary received 14 complaints about data breaches in 2019.", set()),
    ],
)
def test_only_breaches_are_counted(nlp, sentence: str, expected: set[int]) -> None:  # type: ignore[no-untyped-def]
    ex = run(f"Norfolk figures\n\n{sentence}", nlp)
    assert {c.count for c in ex.breach_counts} == expected


def test_staff_numbers_and_records_are_not_tallies(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nSurrey Police recorded 39 data breaches in 2020, exposing 12,000 "
        "records. The force employs 2,000 officers."
    )
    assert rows(text, nlp) == {("Surrey Police", "2020", None, 39)}


def test_a_disputed_figure_is_not_a_tally(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach claim\n\nCampaigners said Suffolk Constabulary had 500 data breaches in 2020, "
        "but the force disputed the figures."
    )
    assert rows(text, nlp) == set()


def test_a_subset_without_a_category_is_not_a_total(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nSurrey Police recorded 39 data breaches in 2020. Only six of the "
        "breaches were reported to the Information Commissioner's Office."
    )
    assert rows(text, nlp) == {("Surrey Police", "2020", None, 39)}


# ------------------------------------------------ approximate and zero


@pytest.mark.parametrize("bound", ["more than", "nearly", "around", "over", "almost"])
def test_approximate_figures_are_flagged(nlp, bound: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Breach figures\n\nBedfordshire Police recorded {bound} 200 data breaches in 2021."
    (row,) = run(text, nlp).breach_counts
    assert (row.force, row.period, row.count, row.approximate) == (
        "Bedfordshire Police",
        "2021",
        200,
        True,
    )


def test_an_exact_figure_beats_a_rounded_one_for_the_same_period(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bedfordshire Police had nearly 200 data breaches in 2021\n\n"
        "Bedfordshire Police recorded 196 data breaches in 2021."
    )
    assert [(c.count, c.approximate) for c in run(text, nlp).breach_counts] == [(196, False)]


def test_zero_breaches_is_a_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Breach figures\n\nWarwickshire Police recorded zero data breaches in 2018."
    assert rows(text, nlp) == {("Warwickshire Police", "2018", None, 0)}
    table = "Data breaches at Warwickshire Police\n2017 | 4\n2018 | 0"
    assert ("Warwickshire Police", "2018", None, 0) in rows(table, nlp)


def test_no_further_breaches_is_not_a_tally(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Force reprimanded\n\nWarwickshire Police was reprimanded in 2018 after a data breach. "
        "The force said there had been no further breaches in 2018."
    )
    assert run(text, nlp).breach_counts == []


def test_no_information_is_not_zero(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nWarwickshire Police recorded 12 data breaches in 2018. West Mercia "
        "Police provided no information."
    )
    assert rows(text, nlp) == {("Warwickshire Police", "2018", None, 12)}


def test_numbers_in_words(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nCumbria Constabulary reported twenty-three data breaches in 2020, "
        "up from seven the year before."
    )
    assert rows(text, nlp) == {
        ("Cumbria Constabulary", "2020", None, 23),
        ("Cumbria Constabulary", "2019", None, 7),
    }


# ------------------------------------------------ breakdown by type


def test_breakdown_by_type_in_prose(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nLeicestershire Police recorded 80 data breaches in 2019. The most "
        "common were letters sent to the wrong address, with 22 cases. There were also 9 cases "
        "of lost USB sticks and one breach of officers misusing police systems."
    )
    assert rows(text, nlp) == {
        ("Leicestershire Police", "2019", None, 80),
        ("Leicestershire Police", "2019", "posted_to_incorrect_recipient", 22),
        ("Leicestershire Police", "2019", "loss_or_theft_of_device", 9),
        ("Leicestershire Police", "2019", "unauthorised_access", 1),
    }


def test_breakdown_larger_than_the_last_year_covers_the_whole_series(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nIn 2020, Durham Constabulary had 40 data breaches, a number that rose "
        "to 50 a year later. The most common type was inappropriate disclosure, totalling "
        "60 incidents."
    )
    assert ("Durham Constabulary", "2020-2021", "inappropriate_disclosure", 60) in rows(text, nlp)


def test_labelled_categories_in_a_list(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nLancashire Constabulary figures for 2020 show 61 data breaches. The "
        "breakdown: lost paperwork 20, emails sent to the wrong recipient 15, inappropriate "
        "disclosure 9."
    )
    assert rows(text, nlp) == {
        ("Lancashire Constabulary", "2020", None, 61),
        ("Lancashire Constabulary", "2020", "loss_or_theft_of_paperwork", 20),
        ("Lancashire Constabulary", "2020", "emailed_to_incorrect_recipient", 15),
        ("Lancashire Constabulary", "2020", "inappropriate_disclosure", 9),
    }


def test_bullet_list_breakdown(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach types at Avon and Somerset Police\n\nAvon and Somerset Police recorded 95 data "
        "breaches in 2021. The breakdown was:\n• Loss or theft of paperwork: 34\n"
        "• Emails sent to the wrong recipient: 21\n• Inappropriate disclosure: 12"
    )
    assert rows(text, nlp) == {
        ("Avon and Somerset Police", "2021", None, 95),
        ("Avon and Somerset Police", "2021", "loss_or_theft_of_paperwork", 34),
        ("Avon and Somerset Police", "2021", "emailed_to_incorrect_recipient", 21),
        ("Avon and Somerset Police", "2021", "inappropriate_disclosure", 12),
    }


# ------------------------------------------------ tables


def test_table_cells_one_per_line(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "FOI response\n\nI can confirm that Essex Police holds the information.\n"
        "|\nNumber of data breaches recorded |\n|\n2019 |\n57 |\n|\n2020 |\n61 |\n|\n"
        "2021 |\n49 (to 30/06/2021) |\nThe figures are by calendar year."
    )
    assert rows(text, nlp) == {
        ("Essex Police", "2019", None, 57),
        ("Essex Police", "2020", None, 61),
        ("Essex Police", "2021", None, 49),
    }


def test_table_cells_run_together_on_one_line(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "FOI response from Essex Police\n\nData breaches recorded by Essex Police\n"
        "2019/20 | 57 | 2020/21 | 61 | 2021/22 | 49"
    )
    assert rows(text, nlp) == {
        ("Essex Police", "2019-2020", None, 57),
        ("Essex Police", "2020-2021", None, 61),
        ("Essex Police", "2021-2022", None, 49),
    }


def test_table_with_years_across(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches recorded by Cleveland Police\n\nCategory | 2019 | 2020\n"
        "Emails sent to wrong recipient | 10 | 12\nLost devices | 3 | 4\nTotal | 40 | 51"
    )
    assert rows(text, nlp) == {
        ("Cleveland Police", "2019", "emailed_to_incorrect_recipient", 10),
        ("Cleveland Police", "2020", "emailed_to_incorrect_recipient", 12),
        ("Cleveland Police", "2019", "loss_or_theft_of_device", 3),
        ("Cleveland Police", "2020", "loss_or_theft_of_device", 4),
        ("Cleveland Police", "2019", None, 40),
        ("Cleveland Police", "2020", None, 51),
    }


def test_table_of_forces_under_a_caption_with_its_period(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data breaches by force\n\nData breaches by force, 2016-2020:\n"
        "Kent Police 120\nEssex Police 95\nSussex Police 80"
    )
    ex = run(text, nlp)
    assert ex.relevant
    assert rows(text, nlp) == {
        ("Kent Police", "2016-2020", None, 120),
        ("Essex Police", "2016-2020", None, 95),
        ("Sussex Police", "2016-2020", None, 80),
    }


def test_a_table_of_other_figures_gives_no_rows(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police workforce\n\nOfficer numbers at Kent Police\n2019 | 3,600\n2020 | 3,750\n"
        "2021 | 3,900"
    )
    assert run(text, nlp).breach_counts == []


# ------------------------------------------------ evidence


def test_every_row_has_its_sentence_or_table_line_with_offsets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches recorded by Essex Police\n2019/20 | 57 | 2020/21 | 61\n\n"
        "Essex Police also recorded 12 data breaches in 2018."
    )
    ex = run(text, nlp)
    assert len(ex.breach_counts) == 3
    for c in ex.breach_counts:
        assert c.evidence is not None
        assert text[c.evidence.start : c.evidence.end] == c.evidence.sentence
        assert str(c.count) in c.evidence.sentence
        assert (c.period_start, c.period_end) == tuple(int(y) for y in c.period.split("-")) * (
            2 if "-" not in c.period else 1
        )


def test_table_with_categories_across_and_years_down(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "FOI response from Cleveland Police\n\nData breaches recorded by Cleveland Police\n"
        "Year | Total | Emails sent to wrong recipient | Lost devices\n"
        "2019 | 40 | 10 | 3\n2020 | 51 | 12 | 4"
    )
    assert rows(text, nlp) == {
        ("Cleveland Police", "2019", None, 40),
        ("Cleveland Police", "2019", "emailed_to_incorrect_recipient", 10),
        ("Cleveland Police", "2019", "loss_or_theft_of_device", 3),
        ("Cleveland Police", "2020", None, 51),
        ("Cleveland Police", "2020", "emailed_to_incorrect_recipient", 12),
        ("Cleveland Police", "2020", "loss_or_theft_of_device", 4),
    }


def test_table_of_forces_under_a_header_row(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Forces compared\n\nData breaches by police force between 2011 and 2015\n"
        "Force | Number of breaches\nKent | 120\nEssex | 95"
    )
    assert rows(text, nlp) == {
        ("Kent Police", "2011-2015", None, 120),
        ("Essex Police", "2011-2015", None, 95),
    }


def test_a_series_in_one_sentence_and_the_year_before(nlp) -> None:  # type: ignore[no-untyped-def]
    series = (
        "Met data breaches\n\nThe Metropolitan Police reported 204 data breaches in 2019, 302 "
        "in 2020 and 317 in 2021."
    )
    assert rows(series, nlp) == {
        ("Metropolitan Police Service", "2019", None, 204),
        ("Metropolitan Police Service", "2020", None, 302),
        ("Metropolitan Police Service", "2021", None, 317),
    }
    before = (
        "Police Scotland breaches\n\nThere were 1,102 data breach incidents at Police Scotland "
        "in 2018-19, compared to 935 the year before."
    )
    assert rows(before, nlp) == {
        ("Police Scotland", "2018-2019", None, 1102),
        ("Police Scotland", "2017-2018", None, 935),
    }


def test_incidents_count_as_breaches_right_after_a_sentence_about_breaches(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent breaches\n\nData breaches at Kent Police are rising, figures show. The force "
        "recorded 97 incidents in 2021."
    )
    assert rows(text, nlp) == {("Kent Police", "2021", None, 97)}
    unrelated = (
        "Kent Police\n\nKent Police was reprimanded after a data breach in 2021. Officers "
        "attended 97 incidents at the festival in 2019, the force said, and made 12 arrests."
    )
    assert rows(unrelated, nlp) == set()


def test_misconduct_cases_for_misuse_are_read_like_people_disciplined(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Misconduct\n\nFigures obtained under freedom of information show Kent Police brought "
        "52 misconduct cases against officers for misusing police systems between 2017 and "
        "2020."
    )
    assert rows(text, nlp) == set()
    assert people(text, nlp) == {("Kent Police", "2017-2020", 52)}


def test_a_category_tie_goes_to_the_head_of_the_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nNorth Wales Police recorded 90 data breaches in 2022. The commonest "
        "kind was incorrect sharing of records, with 30 cases."
    )
    assert ("North Wales Police", "2022", "inappropriate_disclosure", 30) in rows(text, nlp)


def test_a_data_dir_replaces_the_tally_words(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`build_nlp(data_dir)`: tallies read that folder's tallies.toml, not the packaged one."""
    import shutil

    from extract.datafiles import DATA_DIR
    from extract.nlp import build_nlp

    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    toml = (data / "tallies.toml").read_text(encoding="utf-8")
    (data / "tallies.toml").write_text(
        toml.replace(
            'breach = ["breach", "breaches", "leak", "leaks"]', 'breach = ["leak", "leaks"]'
        ),
        encoding="utf-8",
    )
    text = "Breach figures\n\nDorset Police recorded 45 data breaches in 2022, figures show."
    packaged = extract(Document(text=text, published=PUBLISHED), build_nlp())
    own = extract(Document(text=text, published=PUBLISHED), build_nlp(str(data)))
    assert [c.count for c in packaged.breach_counts] == [45]
    assert own.breach_counts == []  # "breaches" is no measure noun in that folder
