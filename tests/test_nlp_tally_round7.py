"""Breach tallies, round 7 (extract.rules.tallies): a count opening its clause ("In nine cases,
..."), security incidents qualified as personal data, pairs of figures over "the same years",
and parts right after figures for all forces. Paraphrases written for these tests; each pairs
what must become a row with what must not."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2024, 5, 1)
rows = partial(tally_rows.rows, published=PUBLISHED)


def test_in_n_cases_takes_the_kind_its_clause_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gwent Police logged 64 data breaches in 2023, according to figures it released. "
        "In nine cases, a parcel of case papers was posted to the wrong address, while in "
        "four cases officers looked up records on police systems for no policing purpose."
    )
    found = rows(text, nlp)
    assert ("Gwent Police", "2023", "posted_to_incorrect_recipient", 9) in found
    assert ("Gwent Police", "2023", "unauthorised_access", 4) in found
    assert ("Gwent Police", "2023", None, 64) in found


def test_in_n_cases_naming_no_kind_is_no_row(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gwent Police logged 64 data breaches in 2023, according to figures it released. "
        "In nine cases the force decided no further action was needed."
    )
    assert rows(text, nlp) == {("Gwent Police", "2023", None, 64)}


def test_in_n_cases_of_a_breach_elsewhere_is_no_row(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gwent Police logged 64 data breaches in 2023, according to figures it released. "
        "In 300 cases, fraud victims said their details had been leaked in a data breach at "
        "a retailer before the scam."
    )
    assert rows(text, nlp) == {("Gwent Police", "2023", None, 64)}


def test_security_incidents_involving_personal_data_are_breaches(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In 2022/23 Dorset Police logged 58 information security incidents affecting personal "
        "information, down from 66 in 2021/22."
    )
    assert rows(text, nlp) == {
        ("Dorset Police", "2022-2023", None, 58),
        ("Dorset Police", "2021-2022", None, 66),
    }


def test_security_incidents_on_their_own_are_not_breaches(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In 2022/23 Dorset Police logged 58 information security incidents, down from 66 in "
        "2021/22, its data protection report says."
    )
    assert rows(text, nlp) == set()


def test_pairs_of_figures_over_the_same_years(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cleveland Police recorded 91 data breaches in 2020/21 and 104 in 2021/22. Durham "
        "Constabulary logged 45 and 52 over the same years, and Northumbria Police 120 and 99."
    )
    assert rows(text, nlp) == {
        ("Cleveland Police", "2020-2021", None, 91),
        ("Cleveland Police", "2021-2022", None, 104),
        ("Durham Constabulary", "2020-2021", None, 45),
        ("Durham Constabulary", "2021-2022", None, 52),
        ("Northumbria Police", "2020-2021", None, 120),
        ("Northumbria Police", "2021-2022", None, 99),
    }


def test_a_run_longer_than_the_years_before_is_not_paired(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cleveland Police recorded 91 data breaches in 2020/21 and 104 in 2021/22. Durham "
        "Constabulary logged 45, 52 and 60 over the same years."
    )
    found = rows(text, nlp)
    # three figures for two years: no figure is read as the second year's
    assert not {r for r in found if r[0] == "Durham Constabulary" and r[1] == "2021-2022"}


def test_a_part_after_figures_for_all_forces_is_no_forces_row(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Avon and Somerset Police recorded 212 data breaches between 2019 and 2022, the "
        "campaign group found. Across every force, 940 breaches led to no action at all. "
        "In 85 cases, officers had passed details to a third party."
    )
    found = rows(text, nlp)
    assert ("Avon and Somerset Police", "2019-2022", None, 212) in found
    assert not any(r[3] == 85 for r in found)


def test_a_part_after_the_forces_own_figures_is_its_row(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Avon and Somerset Police recorded 212 data breaches between 2019 and 2022, the "
        "campaign group found. In 85 cases, officers had passed details to a third party."
    )
    found = rows(text, nlp)
    assert ("Avon and Somerset Police", "2019-2022", "inappropriate_disclosure", 85) in found


def test_a_dated_figure_whose_noun_is_a_category_counts_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Statistics released under freedom of information laws show Cheshire Constabulary "
        "recorded 44 stolen laptops in 2021, Merseyside Police 38 and Cumbria Constabulary "
        "nine. North Wales Police said it had recorded no device losses at all that year."
    )
    found = rows(text, nlp)
    assert ("Cheshire Constabulary", "2021", "loss_or_theft_of_device", 44) in found
    assert ("Merseyside Police", "2021", "loss_or_theft_of_device", 38) in found
    assert ("Cumbria Constabulary", "2021", "loss_or_theft_of_device", 9) in found
    assert ("North Wales Police", "2021", "loss_or_theft_of_device", 0) in found
    assert not any(r[2] is None for r in found)


def test_a_category_noun_in_a_story_is_no_tally(nlp) -> None:  # type: ignore[no-untyped-def]
    story = (
        "Two laptops holding witness statements were stolen from a Cheshire Constabulary "
        "officer's car, the force said."
    )
    assert rows(story, nlp) == set()
    crimes = (
        "Cheshire Constabulary received 2,300 reports of stolen mobile phones in 2021, the "
        "force's crime figures show."
    )
    assert rows(crimes, nlp) == set()


def test_a_corrected_figure_for_a_category_replaces_the_first(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures obtained under freedom of information show Cheshire Constabulary logged 44 "
        "misdirected emails in 2021. A campaign group first gave a figure of 71 for "
        "Merseyside Police. The force later said the correct figure for emails sent to the "
        "wrong person in 2021 was 52."
    )
    found = rows(text, nlp)
    assert ("Merseyside Police", "2021", "emailed_to_incorrect_recipient", 52) in found
    assert not any(r[3] == 71 for r in found)


def test_one_persons_searches_are_no_forces_tally(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A court heard that PC Alan Reeve of Cheshire Constabulary made 63 unauthorised "
        "checks on police systems between 2018 and 2020, according to a misconduct report."
    )
    assert rows(text, nlp) == set()


def test_looking_at_records_without_a_legitimate_reason_is_insider_misuse(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk Constabulary recorded 93 data breaches in 2022, figures show. Of these, 27 "
        "involved staff viewing files without a legitimate reason."
    )
    found = rows(text, nlp)
    assert ("Norfolk Constabulary", "2022", "unauthorised_access", 27) in found
    kept = (
        "Norfolk Constabulary recorded 93 data breaches in 2022, figures show. Of these, 27 "
        "involved recordings kept for longer than necessary."
    )
    assert ("Norfolk Constabulary", "2022", "other", 27) in rows(kept, nlp)


def test_one_case_dated_by_its_month_is_a_story_not_a_tally(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk Constabulary recorded 93 data breaches in 2022/23, figures show. One of them, "
        "in August 2022, saw a victim's statement emailed to the suspect's solicitor."
    )
    assert rows(text, nlp) == {("Norfolk Constabulary", "2022-2023", None, 93)}
    listed = (
        "Norfolk Constabulary recorded 93 data breaches in 2022/23, figures show. Of these, 40 "
        "were emails sent to the wrong person and one involved a stolen laptop."
    )
    assert ("Norfolk Constabulary", "2022-2023", "loss_or_theft_of_device", 1) in rows(listed, nlp)


def test_the_same_period_is_the_last_totals_not_the_compared_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gwent Police recorded 52 data breaches in 2022/23, compared with 47 in 2021/22. "
        "Dyfed-Powys Police recorded 36 breaches over the same period."
    )
    found = rows(text, nlp)
    assert ("Dyfed-Powys Police", "2022-2023", None, 36) in found
    assert ("Dyfed-Powys Police", "2021-2022", None, 36) not in found
