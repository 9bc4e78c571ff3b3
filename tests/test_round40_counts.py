"""Breach tallies, round 40: shapes of real statistics reporting. A force's disclosure-log
answer that prints its yearly totals, then a second table breaking them down by type under a
header of its own ('Breakdown | 2022 | 2023 | 2024'), cells flattened one per line; figures of
'such cases' that refer back to the kind the sentence before named; a single incident or a
statute's subsection ('s35(2)') that is no count. Paraphrases written for these tests; each
pairs what must become a row with what must not."""

from __future__ import annotations

from datetime import date

import pytest
from tally_rows import cleaned_tally_rows

PUBLISHED = date(2024, 9, 3)


def rows(text: str, nlp, published: date = PUBLISHED) -> set[tuple]:  # type: ignore[no-untyped-def]
    return cleaned_tally_rows(text, nlp, published)


FLATTENED = (
    "FOI 612/25 | Gwent Police\n"
    "We use some essential cookies to make our website work.\n"
    "Under the Freedom of Information Act 2000, please disclose the following:\n"
    "1) How many data breaches were recorded in each of the past three years?\n"
    "1b) A breakdown by type of incident.\n"
    "Our Data Protection team supplied the response below.\n"
    "|\n2022 |\n2023 |\n2024 |\n|\n"
    "Total Breaches |\n120 |\n131 |\n140 |\n|\n|\n|\n"
    "Breakdown |\n2022 |\n2023 |\n2024 |\n|\n"
    "Unauthorised access of police systems |\n7 |\n9 |\n11 |\n|\n"
    "Accidental disclosure of information - Email |\n40 |\n44 |\n39 |\n|\n"
)


def test_a_breakdown_table_under_the_totals_table_reads_by_its_own_header(nlp) -> None:  # type: ignore[no-untyped-def]
    assert rows(FLATTENED, nlp) == {
        ("Gwent Police", "2022", None, 120),
        ("Gwent Police", "2023", None, 131),
        ("Gwent Police", "2024", None, 140),
        ("Gwent Police", "2022", "unauthorised_access", 7),
        ("Gwent Police", "2023", "unauthorised_access", 9),
        ("Gwent Police", "2024", "unauthorised_access", 11),
        ("Gwent Police", "2022", "emailed_to_incorrect_recipient", 40),
        ("Gwent Police", "2023", "emailed_to_incorrect_recipient", 44),
        ("Gwent Police", "2024", "emailed_to_incorrect_recipient", 39),
    }


def test_a_piped_breakdown_table_under_a_piped_totals_row(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "FOI 512/24 | Cheshire Constabulary\n"
        "Our Information Compliance unit supplied the answer below.\n"
        "| 2021 | 2022 | 2023 |\n"
        "| Total data breaches | 90 | 104 | 99 |\n"
        "| Incident type | 2021 | 2022 | 2023 |\n"
        "| Email to wrong recipient | 30 | 41 | 38 |\n"
        "| Loss of device | 5 | 3 | 6 |\n"
    )
    found = rows(text, nlp)
    assert ("Cheshire Constabulary", "2022", None, 104) in found
    assert ("Cheshire Constabulary", "2022", "emailed_to_incorrect_recipient", 41) in found
    assert ("Cheshire Constabulary", "2023", "loss_or_theft_of_device", 6) in found
    # the header of the second table is no row of the first
    assert not any(r[3] in (2021, 2022, 2023) for r in found)


HEAD = "Force breach figures published\nCounty News | 4 March 2024\n\n"


@pytest.mark.parametrize(
    ("before", "after", "kind"),
    [
        (
            "The figures include cases where staff looked up records without a work reason.",
            "There were 41 such cases in 2022 and 55 in 2023.",
            "unauthorised_access",
        ),
        (
            "Among them were emails sent to the wrong person.",
            "There were 41 such breaches in 2022 and 55 in 2023.",
            "emailed_to_incorrect_recipient",
        ),
        (
            "Some of the breaches involved letters posted to the wrong address.",
            "The force logged 41 such incidents in 2022 and 55 in 2023.",
            "posted_to_incorrect_recipient",
        ),
    ],
)
def test_such_cases_take_the_kind_the_sentence_before_named(nlp, before, after, kind) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Surrey Police recorded 322 data breaches in 2023, up from 290 in 2022, figures show.\n\n"
        f"{before} {after}"
    )
    assert rows(text, nlp) == {
        ("Surrey Police", "2023", None, 322),
        ("Surrey Police", "2022", None, 290),
        ("Surrey Police", "2022", kind, 41),
        ("Surrey Police", "2023", kind, 55),
    }


def test_such_cases_after_a_sentence_of_two_kinds_take_none(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Surrey Police recorded 322 data breaches in 2023, up from 290 in 2022, figures show.\n\n"
        "They included emails sent to the wrong person and laptops stolen from cars. "
        "There were 41 such cases in 2023."
    )
    found = rows(text, nlp)
    assert ("Surrey Police", "2023", None, 322) in found
    assert not any(r[3] == 41 and r[2] is not None for r in found)


def test_one_incident_told_by_its_clause_is_no_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "One incident that shows the risk saw the ICO fine Kent Police £100,000 over a data "
        "breach in 2021."
    )
    assert rows(text, nlp) == set()


def test_a_statute_subsection_is_no_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "The ICO found that Kent Police had breached s40(1)(a) and (b), (4), and (6) of the "
        "Data Protection Act 2018 when it kept inaccurate records of data breaches in 2020."
    )
    assert rows(text, nlp) == set()


def test_in_one_case_and_a_counted_one_still_differ(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + "Kent Police recorded one data breach in 2021 and 14 in 2022."
    found = rows(text, nlp)
    assert ("Kent Police", "2022", None, 14) in found
    assert ("Kent Police", "2021", None, 1) in found


def test_every_answer_line_under_a_question_number_alone_answers_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "FOI 0411/2025 – Data breaches | Cumbria Constabulary\n"
        "Request:\n"
        "Q1. The number of data breaches the force has had in the last three years (by "
        "financial years 2022/23, 2023/24 and 2024/25)\n"
        "Q1a) How many of these were cyber incidents?\n"
        "Q1b) Please split them by year and by kind of incident.\n"
        "Response:\n"
        "Q1.\n"
        "2022/23 – 188\n"
        "2023/24 – 203\n"
        "2024/25 – 176\n"
    )
    found = rows(text, nlp)
    assert {
        ("Cumbria Constabulary", "2022-2023", None, 188),
        ("Cumbria Constabulary", "2023-2024", None, 203),
        ("Cumbria Constabulary", "2024-2025", None, 176),
    } <= found
    # the lines after the first answer the same question, not the sub-question asked last
    assert not any(r[2] == "cyber_attack" and r[3] in (203, 176) for r in found)
