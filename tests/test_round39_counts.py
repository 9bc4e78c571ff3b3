"""Breach tallies, round 39: shapes of real statistics reporting. A force's share of a
national (or regional) whole told in the same sentence, in a clause of its own ("..., with
the Met recording 1,040 of them", "(the Met 900 of them)", "900 of them at the Met"), is
that force's total; and an FOI answer under a numbered question ("Q1. 2022/23 - 141") replies
to the question of its own number, not to the sub-question asked last ("Q1a) Of those, how
many were cyber incidents?"). Paraphrases written for these tests; each pairs what must
become a row with what must not."""

from __future__ import annotations

from datetime import date

import pytest
from tally_rows import cleaned_tally_rows

PUBLISHED = date(2024, 9, 3)


def rows(text: str, nlp, published: date = PUBLISHED) -> set[tuple]:  # type: ignore[no-untyped-def]
    return cleaned_tally_rows(text, nlp, published)


HEAD = "Police data breach figures published\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Forces in England and Wales recorded 3,120 data breaches last year, with the "
        "Metropolitan Police recording 1,040 of them.",
        "Forces in England and Wales recorded 3,120 data breaches last year, with the "
        "Metropolitan Police accounting for 1,040 of the total.",
        "Forces in England and Wales recorded 3,120 data breaches last year, and the "
        "Metropolitan Police logged 1,040 of those.",
        "Forces in England and Wales recorded 3,120 data breaches last year (the Met 1,040 "
        "of them).",
        "Forces in England and Wales recorded 3,120 data breaches last year, 1,040 of them at "
        "the Metropolitan Police.",
    ],
)
def test_a_force_share_of_the_sentence_whole_is_its_total(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert rows(HEAD + sentence, nlp) == {("Metropolitan Police Service", "2023", None, 1040)}


def test_two_forces_shares_of_a_regional_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Across the region, forces logged 900 breaches in 2023, with Essex Police logging 310 "
        "of those and Kent Police 205."
    )
    assert rows(text, nlp) == {
        ("Essex Police", "2023", None, 310),
        ("Kent Police", "2023", None, 205),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        # a part of the whole by what was done with it, not whose it is
        "Forces in England and Wales recorded 3,120 data breaches last year, with the "
        "Metropolitan Police reporting 40 of them to the ICO.",
        # a part by kind, no force's
        "Forces in England and Wales recorded 3,120 data breaches last year, with 40 of them "
        "involving lost laptops.",
    ],
)
def test_a_part_of_the_whole_by_property_is_no_force_total(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert rows(HEAD + sentence, nlp) == set()


def test_a_force_own_total_then_a_part_of_it_stays_a_part(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "Kent Police recorded 312 data breaches last year, with 40 of them emails sent to the "
        "wrong person."
    )
    assert rows(text, nlp) == {
        ("Kent Police", "2023", None, 312),
        ("Kent Police", "2023", "emailed_to_incorrect_recipient", 40),
    }


NUMBERED_FOI = (
    "FOI 0321/2025-26 - Data breaches\n\n"
    "Request:\n\n"
    "Q1. The number of data breach incidents the force has had in the last three years "
    "(broken down by financial years 2022/23, 2023/24 and 2024/25)\n\n"
    "Q1a) Of those, how many were cyber incidents?\n\n"
    "Response:\n\n"
    "I can confirm that the information you asked for is held by Cumbria Constabulary.\n\n"
    "Q1. 2022/23 - 88, 2023/24 - 97, 2024/25 - 104\n\n"
    "Q1a) None\n"
)


def test_an_answer_replies_to_the_question_of_its_own_number(nlp) -> None:  # type: ignore[no-untyped-def]
    assert rows(NUMBERED_FOI, nlp, date(2025, 7, 1)) == {
        ("Cumbria Constabulary", "2022-2023", None, 88),
        ("Cumbria Constabulary", "2023-2024", None, 97),
        ("Cumbria Constabulary", "2024-2025", None, 104),
    }


def test_the_sub_question_answer_keeps_its_category(nlp) -> None:  # type: ignore[no-untyped-def]
    text = NUMBERED_FOI.replace("Q1a) None", "Q1a) 2022/23 - 3, 2023/24 - 1, 2024/25 - 2")
    found = rows(text, nlp, date(2025, 7, 1))
    assert ("Cumbria Constabulary", "2022-2023", "cyber_attack", 3) in found
    assert ("Cumbria Constabulary", "2022-2023", None, 88) in found
    assert ("Cumbria Constabulary", "2022-2023", "cyber_attack", 88) not in found


def test_a_numbered_answer_with_its_figure_is_read_not_taken_for_a_question(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches FOI\n\n"
        "Your request asked for data breach figures held by Kent Police.\n\n"
        "1. The number of data breaches recorded in 2023 was 97.\n"
    )
    assert rows(text, nlp) == {("Kent Police", "2023", None, 97)}


# A campaign report's key findings, then its league table with the cells run together one
# row a line: every row is as near the period as the first, however long the list above it
LEAGUE = (
    "Campaign report on police data handling\n\n"
    "Between 1 April 2017 and 31 March 2021 there were 3,410 breaches across the forces that "
    "answered, including:\n\n"
    "- 1,120 (33%) instances of staff looking at records with no policing purpose\n\n"
    "- 980 (29%) instances of data passed to third parties\n\n"
    "- 1,700 (50%) cases where no formal action followed\n\n"
    "Force Breaches\n\n"
    "Kent Police 402\n\n"
    "Essex Police 310\n\n"
    "Sussex Police 255\n\n"
    "Surrey Police 190\n\n"
    "Thames Valley Police 184\n"
)


def test_every_row_of_a_run_together_table_takes_the_period(nlp) -> None:  # type: ignore[no-untyped-def]
    assert rows(LEAGUE, nlp) == {
        ("Kent Police", "2017-2021", None, 402),
        ("Essex Police", "2017-2021", None, 310),
        ("Sussex Police", "2017-2021", None, 255),
        ("Surrey Police", "2017-2021", None, 190),
        ("Thames Valley Police", "2017-2021", None, 184),
    }


def test_a_figure_line_far_from_any_period_in_prose_takes_none(nlp) -> None:  # type: ignore[no-untyped-def]
    # the period reaches a table's rows through the run, not a sentence of prose far below it
    text = LEAGUE.replace(
        "Thames Valley Police 184\n",
        "Thames Valley Police 184\n\nThe group said forces should publish their figures.\n\n"
        "It asked every force to answer by the summer.\n\nIt wrote to ministers as well.\n\n"
        "It plans a further report.\n\nMinisters have not replied.\n\nThe forces were "
        "asked to comment.\n\nOne force said it had since trained 212 staff.\n",
    )
    assert not any(r[3] == 212 for r in rows(text, nlp))


LATEST = (
    "Police data breaches reported to the regulator\n\n"
    "Gwent Police reported 23 data breaches to the ICO, a Freedom of Information request "
    "shows.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nine were reported in 2024, and another six have already happened in 2025.",
        "Nine were reported in 2024. Six have already occurred in 2025.",
        "Nine were reported in 2024, and a further six took place in 2025.",
    ],
)
def test_so_many_happened_in_a_year_counts_the_measure_told_before(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    found = rows(LATEST + sentence, nlp, date(2025, 10, 27))
    assert ("Gwent Police", "2024", None, 9) in found
    assert ("Gwent Police", "2025", None, 6) in found
    # the undated total is not dated by the year of the figure after it
    assert ("Gwent Police", "2025", None, 23) not in found


def test_things_that_happened_in_a_story_are_no_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officer sacked over records searches\n\n"
        "A Kent Police officer has been sacked after looking up the records of a former "
        "partner. Two of the searches happened in 2022 and three happened in 2023."
    )
    assert rows(text, nlp) == set()
