"""Breach tallies, round 38: tables on statistics pages as cleaning hands them over (a force
named in the prose is still a row label in the table under it, not a caption to drop), a
table run together on one line under a neutral lead ("The forces gave these totals:") whose
measure only the headline names, and prior-year figures in brackets. Paraphrases written for
these tests, in the shapes of real FOI and statistics reporting; each pairs what must become
a row with what must not."""

from __future__ import annotations

from datetime import date

from tally_rows import cleaned_tally_rows, people_in

from extract.clean import clean_text
from extract.nlp import extract

PUBLISHED = date(2024, 5, 1)


def cleaned_rows(text: str, nlp) -> set[tuple]:  # type: ignore[no-untyped-def]
    return cleaned_tally_rows(text, nlp, PUBLISHED)


COLUMN_TABLE = (
    "Regional forces record more data breaches\n\n"
    "Kent Police recorded the most breaches in the region, while Surrey Police recorded the "
    "fewest, figures obtained under freedom of information show.\n\n"
    "Table: data breaches recorded by force\n\n"
    "Force\n\nKent Police\n\nEssex Police\n\nSurrey Police\n\n"
    "2022\n\n120\n\n75\n\n40\n\n2023\n\n98\n\n81\n\n37\n\n"
    "Source: FOI responses."
)


def test_a_force_named_in_prose_stays_a_row_label_of_the_table(nlp) -> None:  # type: ignore[no-untyped-def]
    assert cleaned_rows(COLUMN_TABLE, nlp) == {
        ("Kent Police", "2022", None, 120),
        ("Essex Police", "2022", None, 75),
        ("Surrey Police", "2022", None, 40),
        ("Kent Police", "2023", None, 98),
        ("Essex Police", "2023", None, 81),
        ("Surrey Police", "2023", None, 37),
    }


def test_the_table_in_the_middle_of_the_story_keeps_its_labels(nlp) -> None:  # type: ignore[no-untyped-def]
    text = COLUMN_TABLE + (
        "\n\nA spokesperson for Kent Police said most of the cases were emails sent to the "
        "wrong colleague and that every one had been reviewed."
    )
    assert ("Kent Police", "2022", None, 120) in cleaned_rows(text, nlp)
    assert ("Surrey Police", "2023", None, 37) in cleaned_rows(text, nlp)


def test_cleaning_keeps_the_labels_but_still_drops_a_caption_name() -> None:
    kept = clean_text(COLUMN_TABLE).text.split("\n\n")
    assert "Kent Police" in kept and "Surrey Police" in kept
    story = (
        "Officer sacked for looking up records\n\nKent Police\n\n"
        "A Kent Police officer who looked up the records of people he knew without a reason "
        "has been dismissed, the force said after a misconduct hearing on Monday."
    )
    assert "Kent Police" not in clean_text(story).text.split("\n\n")


def test_a_row_by_row_table_of_forces_named_in_prose(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Forces log data breaches\n\n"
        "Kent Police and Essex Police both recorded more breaches in 2023 than in the year "
        "before, figures obtained under freedom of information show.\n\n"
        "Data breaches recorded in 2023\n\nKent Police\n\n120\n\nEssex Police\n\n75\n\n"
        "Source: FOI responses."
    )
    assert cleaned_rows(text, nlp) == {
        ("Kent Police", "2023", None, 120),
        ("Essex Police", "2023", None, 75),
    }


LEAD_TABLE = (
    "Forces in the south log hundreds of data breaches\n\n"
    "The figures were released after a request by the newspaper.\n\n"
    "A spokesperson said the force took every case seriously.\n\n"
    "Another said training had been improved since.\n\n"
    "The forces gave the following totals:\n\n"
    "Force 2022/23 2023/24 Kent Police 120 98 Essex Police 75 81 Total 195 179\n\n"
    "Both forces said they encouraged staff to report every mistake."
)


def test_a_table_on_one_line_under_a_neutral_lead_counts_the_headline_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    assert cleaned_rows(LEAD_TABLE, nlp) == {
        ("Kent Police", "2022-2023", None, 120),
        ("Kent Police", "2023-2024", None, 98),
        ("Essex Police", "2022-2023", None, 75),
        ("Essex Police", "2023-2024", None, 81),
    }


def test_a_lead_naming_another_measure_keeps_the_table_out(nlp) -> None:  # type: ignore[no-untyped-def]
    text = LEAD_TABLE.replace("the following totals:", "these numbers of officers dismissed:")
    assert cleaned_rows(text, nlp) == set()


def test_a_headline_about_something_else_gives_the_table_no_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = LEAD_TABLE.replace(
        "Forces in the south log hundreds of data breaches", "Forces in the south recruit more"
    )
    assert cleaned_rows(text, nlp) == set()


def test_prior_year_figures_in_brackets_are_the_earlier_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches by force, 2023 (2022 in brackets)\n\n"
        "Kent Police 112 (98)\nEssex Police 75 (81)\nTotal 187 (179)"
    )
    assert cleaned_rows(text, nlp) == {
        ("Kent Police", "2023", None, 112),
        ("Kent Police", "2022", None, 98),
        ("Essex Police", "2023", None, 75),
        ("Essex Police", "2022", None, 81),
    }


def test_a_place_in_the_top_ten_is_no_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lancashire force in top ten for data leaks\n\n"
        "Forces recorded data breaches between January 2018 and December 2021, a report says."
        "\n\nLancashire Constabulary was among the forces with the most, with 112 over the "
        "four years."
    )
    assert cleaned_rows(text, nlp) == {("Lancashire Constabulary", "2018-2021", None, 112)}


def test_kinds_after_a_figure_for_all_forces_are_national(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cumbria force among worst for data breaches\n\n"
        "Forces recorded at least 1,900 data breaches between 2017 and 2020, the research "
        "found.\n\n"
        "These included 700 cases of unauthorised access to information and 640 of improper "
        "disclosure to third parties.\n\n"
        "Cumbria Constabulary was among the forces with the most breaches, with 77 over the "
        "four-year period."
    )
    assert cleaned_rows(text, nlp) == {("Cumbria Constabulary", "2017-2020", None, 77)}


def test_a_figure_a_source_gives_and_the_sentence_denies_is_no_tally(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Force disputes campaign group's data breach figures\n\n"
        "While the campaign group's report says there were 64 data breaches at Gwent Police "
        "between 2016 and 2019, this is not the case, the force said."
    )
    assert cleaned_rows(text, nlp) == set()
    kept = text.replace(", this is not the case, the force said", "")
    assert cleaned_rows(kept, nlp) == {("Gwent Police", "2016-2019", None, 64)}


def test_cases_counted_by_how_they_ended_are_outcomes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police recorded 140 data breaches in 2022, figures obtained under freedom of "
        "information show. There were 41 incidents where officers were not disciplined."
    )
    assert cleaned_rows(text, nlp) == {("Kent Police", "2022", None, 140)}


def test_data_security_lapses_are_breaches_and_bare_lapses_are_not(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Staffordshire Police recorded 88 data security lapses in 2022, FOI figures show."
    assert cleaned_rows(text, nlp) == {("Staffordshire Police", "2022", None, 88)}
    other = "Staffordshire Police admitted 88 security lapses at its stations in 2022."
    assert cleaned_rows(other, nlp) == set()


def test_staff_whose_contracts_were_ended_are_an_outcome_not_misconduct(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Force figures on data misuse\n\n"
        "Figures obtained under freedom of information cover 2016 to 2019.\n\n"
        "Besides the convictions, two officers and one member of staff at Dorset Police had "
        "their contracts ended for a breach of data protection law, and six officers and 11 "
        "staff were disciplined internally."
    )
    rows = cleaned_tally_rows(text, nlp, date(2020, 1, 1))
    # people disciplined and people whose contracts were ended: outcomes, no breach rows
    assert rows == set()
    doc = clean_text(text)
    doc.published = date(2020, 1, 1)
    ex = extract(doc, nlp)
    # disciplined: kept as people put through misconduct proceedings; contracts ended: not
    assert people_in(ex) == {("Dorset Police", "2016-2019", 6), ("Dorset Police", "2016-2019", 11)}
