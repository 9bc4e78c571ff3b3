"""Breach tallies, round 6 (extract.rules.tallies): a comparison that runs on to a second
earlier figure, reports others made to the force, a redaction written in the negative,
counts in dozens, "the highest since 2017" (a yardstick, no period) and a percentage written
before the count. Paraphrases written for these tests; each pairs what must become a row with
what must not."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2024, 2, 1)
rows = partial(tally_rows.rows, published=PUBLISHED)


def test_a_comparison_runs_on_to_the_next_earlier_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    # "up from 70 ... and 59 ...": both earlier figures are compared with, so the breakdown
    # in the next sentence is of the latest total, not of the last figure written
    text = (
        "Suffolk Constabulary logged 88 data breaches in 2022/23, up from 70 in 2021/22 and 59 "
        "in 2020/21. Thirty involved emails sent to the wrong person and twelve involved "
        "paperwork that was lost."
    )
    found = rows(text, nlp)
    assert ("Suffolk Constabulary", "2020-2021", None, 59) in found
    assert ("Suffolk Constabulary", "2022-2023", "emailed_to_incorrect_recipient", 30) in found
    assert ("Suffolk Constabulary", "2022-2023", "loss_or_theft_of_paperwork", 12) in found
    assert not any(r[1] == "2020-2021" and r[2] is not None for r in found)


def test_figures_listed_without_a_comparison_leave_the_last_total(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Suffolk Constabulary logged 59 data breaches in 2020/21 and 70 in 2021/22. Thirty "
        "involved emails sent to the wrong person."
    )
    found = rows(text, nlp)
    assert ("Suffolk Constabulary", "2021-2022", "emailed_to_incorrect_recipient", 30) in found
    assert ("Suffolk Constabulary", "2020-2021", "emailed_to_incorrect_recipient", 30) not in found


def test_reports_the_force_received_are_not_its_breaches(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures released under the Freedom of Information Act show Cumbria Constabulary "
        "received 1,240 reports of computer misuse and hacking in 2023, up from 1,010 in 2022. "
        "The most common crimes were break-ins to social media accounts, which made up 410 "
        "reports, followed by email hacking, with 215."
    )
    assert rows(text, nlp) == set()


def test_reports_received_of_breaches_still_count(nlp) -> None:  # type: ignore[no-untyped-def]
    received = (
        "Cumbria Constabulary's data protection team received 64 reports of data breaches "
        "from its own staff in 2023."
    )
    assert rows(received, nlp) == {("Cumbria Constabulary", "2023", None, 64)}
    recorded = (
        "Cumbria Constabulary recorded 64 cases of computer misuse by its own staff in 2023, "
        "figures show."
    )
    assert rows(recorded, nlp) == {("Cumbria Constabulary", "2023", "unauthorised_access", 64)}


def test_a_redaction_written_in_the_negative_is_a_failure_to_redact(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gwent Police recorded 130 data breaches in 2023. In 17 of them, statements had not "
        "been fully redacted before they were handed to defence lawyers."
    )
    found = rows(text, nlp)
    assert ("Gwent Police", "2023", "failure_to_redact", 17) in found
    shared = (
        "Gwent Police recorded 130 data breaches in 2023. In 17 of them, statements were "
        "handed to defence lawyers who should not have seen them."
    )
    assert ("Gwent Police", "2023", "failure_to_redact", 17) not in rows(shared, nlp)


def test_counts_in_dozens(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Avon and Somerset Police recorded 205 data breaches in 2023. The figures break down "
        "as follows:\n"
        "- 90 emails sent to the wrong recipient\n"
        "- a dozen cases of paperwork being lost or stolen\n"
        "- half a dozen laptops or phones lost or stolen\n"
    )
    found = rows(text, nlp)
    assert ("Avon and Somerset Police", "2023", "loss_or_theft_of_paperwork", 12) in found
    assert ("Avon and Somerset Police", "2023", "loss_or_theft_of_device", 6) in found
    assert ("Avon and Somerset Police", "2023", None, 205) in found


def test_two_dozen_is_twenty_four_and_dozens_is_no_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    counted = "Wiltshire Police reported two dozen data breaches to the regulator in 2023."
    assert rows(counted, nlp) == {("Wiltshire Police", "2023", None, 24)}
    vague = "Wiltshire Police reported dozens of data breaches to the regulator in 2023."
    assert rows(vague, nlp) == set()


def test_the_highest_since_a_year_is_no_period(nlp) -> None:  # type: ignore[no-untyped-def]
    benchmark = (
        "Staffordshire Police recorded 84 data breaches last year, the highest since 2017, "
        "an FOI request shows."
    )
    assert rows(benchmark, nlp) == {("Staffordshire Police", "2023", None, 84)}
    counted_since = "Staffordshire Police has recorded 412 data breaches since 2017, figures show."
    assert rows(counted_since, nlp) == {("Staffordshire Police", "2017-2024", None, 412)}


def test_a_percentage_written_first_leaves_the_period_to_the_count(nlp) -> None:  # type: ignore[no-untyped-def]
    risen = "Data breaches at Hampshire Constabulary rose by 20% to 150 last year, figures show."
    assert rows(risen, nlp) == {("Hampshire Constabulary", "2023", None, 150)}
    share = (
        "Hampshire Constabulary recorded 150 data breaches between 2020 and 2023, a rise of "
        "20% on 2019."
    )
    assert rows(share, nlp) == {("Hampshire Constabulary", "2020-2023", None, 150)}


def test_a_part_of_which_reported_to_the_regulator_is_no_row(nlp) -> None:  # type: ignore[no-untyped-def]
    reported = (
        "Bedfordshire Police recorded 33 data breaches last year, 11 of which were reported to "
        "the Information Commissioner's Office."
    )
    assert rows(reported, nlp) == {("Bedfordshire Police", "2023", None, 33)}
    typed = (
        "Bedfordshire Police recorded 33 data breaches last year, 11 of which involved emails "
        "sent to the wrong person."
    )
    assert rows(typed, nlp) == {
        ("Bedfordshire Police", "2023", None, 33),
        ("Bedfordshire Police", "2023", "emailed_to_incorrect_recipient", 11),
    }


def test_a_forces_share_of_a_national_figure_is_its_total(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police forces across England and Wales recorded 9,870 data breaches last year. Kent "
        "Police recorded 412 of them."
    )
    assert rows(text, nlp) == {("Kent Police", "2023", None, 412)}
    run = tally_rows.run(text, nlp, published=PUBLISHED)
    assert [c.count for c in run.national_counts] == [9870]
    these = text.replace("of them", "of these")
    assert rows(these, nlp) == {("Kent Police", "2023", None, 412)}


def test_a_workforce_doing_a_kind_of_breach_that_often_in_a_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Across Norfolk, officers and civilian staff were found snooping on police systems 212 "
        "times in 2023, according to figures released under FOI."
    )
    assert rows(text, nlp) == {("Norfolk Constabulary", "2023", "unauthorised_access", 212)}


def test_one_person_or_one_persons_records_that_often_is_one_case(nlp) -> None:  # type: ignore[no-untyped-def]
    one = "PC Dean Harlow looked up police systems 57 times in 2022, a misconduct panel heard."
    two = "Two Norfolk officers looked up police systems 57 times in 2022, a panel heard."
    hers = "Norfolk officers looked up her records on police systems 57 times in 2022."
    month = "Norfolk officers looked up records on police systems 57 times in March 2022."
    for text in (one, two, hers, month):
        assert not any(r[3] == 57 for r in rows(text, nlp)), text
