"""Breach tallies, round 10 (extract.rules.tallies and its helpers): figures only compared with
leave the force's total the whole later parts break down, a suggestive word clauses away names
no kind of a figure, "none of last year's breaches" is a zero of a kind, and a page of another
body's figures keeps its unattributed figures from the force named later. Paraphrases written
for these tests; each pairs what must become a row with what must not."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2024, 2, 10)
rows = partial(tally_rows.rows, published=PUBLISHED)


def test_figures_only_compared_with_leave_the_total_before_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dorset Police logged 140 data breaches last year, an FOI answer shows. That compares "
        "with 120 in 2022 and 95 in 2021. Lost phones made up 30 of last year's breaches. A "
        "further 12 involved letters posted to the wrong address."
    )
    found = rows(text, nlp)
    assert ("Dorset Police", "2023", None, 140) in found
    assert ("Dorset Police", "2023", "posted_to_incorrect_recipient", 12) in found
    # the parts break down last year's total, not the oldest figure compared with it
    assert not any(r[1] in ("2021", "2022") and r[2] for r in found)


def test_a_suggestive_word_clauses_away_names_no_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk Constabulary logged 150 data breaches in 2020. The figures, released after a "
        "freedom of information request, show the total rose every year until 2022, when it "
        "peaked at 211."
    )
    found = rows(text, nlp)
    assert ("Norfolk Constabulary", "2022", None, 211) in found
    assert not any(r[3] == 211 and r[2] for r in found)
    # a kind named in the figure's own clause still types it
    named = (
        "Norfolk Constabulary logged 150 data breaches in 2022. Emails sent to the wrong "
        "person were the biggest problem, accounting for 61 of them."
    )
    assert ("Norfolk Constabulary", "2022", "emailed_to_incorrect_recipient", 61) in rows(
        named, nlp
    )


def test_none_of_last_years_breaches_is_a_zero_of_a_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gwent Police logged 150 data breaches in 2023, figures show. The force said none of "
        "last year's breaches was the result of a ransomware attack."
    )
    assert ("Gwent Police", "2023", "cyber_attack", 0) in rows(text, nlp)
    # none of last year's recruits is no count of breaches
    other = (
        "Gwent Police logged 150 data breaches in 2023, figures show. The force said none of "
        "last year's recruits had left."
    )
    assert rows(other, nlp) == {("Gwent Police", "2023", None, 150)}


def test_another_bodys_page_keeps_its_figures_from_a_force_named_later(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Leeds City Council recorded 410 data breaches in 2023/24, a report to councillors "
        "shows.\n\nThe figure is higher than the year before.\n\nEmails sent to the wrong "
        "people made up 150 of the breaches. Lost bags of paper files accounted for 22.\n\n"
        "In one case an email meant for a social worker went to an officer at West Yorkshire "
        "Police instead."
    )
    assert rows(text, nlp) == set()
    # once the force's own figure is counted, an unattributed part is the force's
    counted = (
        "Leeds City Council recorded 410 data breaches in 2023/24, a report shows. West "
        "Yorkshire Police recorded 200 data breaches in 2023/24.\n\nThe figure is higher than "
        "the year before.\n\nEmails sent to the wrong people made up 90 of the breaches."
    )
    assert ("West Yorkshire Police", "2023-2024", "emailed_to_incorrect_recipient", 90) in rows(
        counted, nlp
    )


def test_a_page_of_crime_figures_the_force_recorded_is_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Online crime in Cheshire rises again\n\n"
        "Cheshire Constabulary recorded 3,210 computer misuse offences last year, such as "
        "criminals hacking into people's email and social media accounts, figures show.\n\n"
        "The force also received 1,480 reports of online shopping fraud, up from 1,200.\n\n"
        "Officers urged residents to use strong passwords and two-step verification."
    )
    assert not tally_rows.run(text, nlp, PUBLISHED).relevant
    # a force's own breach told beside such figures is still one
    breach = (
        "Cheshire Constabulary recorded 3,210 computer misuse offences last year, figures "
        "show.\n\nCheshire Constabulary was reprimanded by the Information Commissioner's "
        "Office in March after a data breach in which an officer emailed a domestic abuse "
        "victim's new address to the wrong person."
    )
    assert tally_rows.run(breach, nlp, PUBLISHED).relevant


def test_victims_data_stolen_from_a_company_is_no_loss_by_the_force(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cheshire Constabulary recorded 3,210 cyber-enabled crimes in 2023, figures show, up "
        "from 2,400 in 2019.\n\nDetectives said many of the victims had their personal data "
        "stolen in a data breach at a bank before fraudsters phoned them."
    )
    assert not tally_rows.run(text, nlp, PUBLISHED).relevant
    # files the force itself lost are still its breach
    lost = (
        "Cheshire Constabulary recorded 3,210 cyber-enabled crimes in 2023, figures show.\n\n"
        "Separately, Cheshire Constabulary lost the case files of 40 witnesses when a bag "
        "was stolen from an officer's car."
    )
    assert tally_rows.run(lost, nlp, PUBLISHED).relevant


def test_a_rates_base_is_no_count_the_next_figure_continues(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures show Cumbria Constabulary recorded 56 data breaches last year, a rate of 4.5 "
        "per 100 officers, while Wiltshire Police recorded 49."
    )
    found = rows(text, nlp)
    assert ("Cumbria Constabulary", "2023", None, 56) in found
    assert ("Wiltshire Police", "2023", None, 49) in found
    assert not any(r[3] == 100 for r in found)


def test_stolen_data_told_of_crimes_is_the_victims_loss(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cheshire Constabulary recorded 3,210 computer misuse offences in 2023, such as "
        "criminals hacking into email accounts, figures show.\n\nAcross the country there "
        "were about two million fraud offences, a large share of them committed with stolen "
        "personal data traded on the dark web."
    )
    assert not tally_rows.run(text, nlp, PUBLISHED).relevant


def test_police_figures_only_beside_another_sectors_are_no_police_page(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Councils logged more than 3,000 data breaches in 2023\n"
        "Local Government Weekly\n"
        "By Sam Turner\n\n"
        "Local councils in England reported 3,140 data breaches to the regulator in 2023, "
        "according to an analysis by a privacy consultancy.\n\n"
        "Misdirected emails made up the largest share.\n\n"
        "Hospital trusts logged 1,850 over the year, and police forces in England and Wales "
        "412 data breaches in 2023.\n\n"
        "Council leaders said staff training would be stepped up."
    )
    assert not tally_rows.run(text, nlp, PUBLISHED).relevant
    # a page about the police's figures is still one
    police = (
        "Police forces reported 412 data breaches in 2023\n"
        "Policing Today\n"
        "By Sam Turner\n\n"
        "Police forces in England and Wales reported 412 breaches to the regulator in 2023, "
        "according to an analysis by a privacy consultancy."
    )
    assert tally_rows.run(police, nlp, PUBLISHED).relevant
