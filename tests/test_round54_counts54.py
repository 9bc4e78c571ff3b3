"""Breach tallies, round 54 (family counts54): people put through misconduct proceedings are
no breach rows.

The annotation rules say a count of people disciplined, dismissed or convicted is an outcome,
not a tally. A number of people punished over misuse of police systems, whether told in
prose, in a list under a lead counting them, or in a "Staff disciplined" column, is kept as
an outcome (`outcome_counts`, measure `misconduct`), never a breach row; the page is still a
statistics page about police breaches and still names its forces. Breach counts of insider
misuse ("cases of employees accessing records with no policing purpose") stay rows.

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2022, 9, 1)
rows = partial(tally_rows.rows, published=PUBLISHED)
people = partial(tally_rows.people, published=PUBLISHED)


def test_people_disciplined_in_prose_are_kept_as_people_not_rows(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officers punished over data\n\nBetween 2018 and 2021, 23 officers at Essex Police "
        "faced disciplinary proceedings for looking up records with no work reason, "
        "an FOI answer from the force shows."
    )
    ex = tally_rows.run(text, nlp, PUBLISHED)
    assert ex.breach_counts == []
    assert tally_rows.people_in(ex) == {("Essex Police", "2018-2021", 23)}
    # still a page of police breach statistics, naming its force
    assert ex.relevant
    assert "Essex Police" in ex.relevance_reason


def test_people_investigated_then_a_second_force_are_kept_as_people(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Snooping police staff\n\nFigures show that in 2021, 18 members of staff at Kent Police "
        "were investigated for misusing police computers, while Sussex Police disciplined 12."
    )
    assert rows(text, nlp) == set()
    assert people(text, nlp) == {("Kent Police", "2021", 18), ("Sussex Police", "2021", 12)}


def test_a_list_under_a_lead_counting_people_gives_no_rows(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police database misuse\n\nFigures show 530 officers and civilian staff were disciplined "
        "over misuse of police systems between 2017 and 2020. The forces with the most were:\n"
        "- Durham - 36\n- Cleveland - 24\n- Cumbria - 11"
    )
    assert rows(text, nlp) == set()
    assert people(text, nlp) == {
        ("Durham Constabulary", "2017-2020", 36),
        ("Cleveland Police", "2017-2020", 24),
        ("Cumbria Constabulary", "2017-2020", 11),
    }


def test_a_table_of_people_disciplined_gives_no_rows(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Staff disciplined for data misuse\n\nThe table shows staff disciplined for breaching "
        "data protection rules between 2019 and 2021.\n\n"
        "Force | Staff disciplined | Staff dismissed\n"
        "Gwent Police | 17 | 2\nDyfed-Powys Police | 8 | 1\n"
    )
    ex = tally_rows.run(text, nlp, PUBLISHED)
    assert ex.breach_counts == []
    assert tally_rows.people_in(ex) == {
        ("Gwent Police", "2019-2021", 17),
        ("Dyfed-Powys Police", "2019-2021", 8),
    }


def test_breaches_beside_people_disciplined_stay_rows(nlp) -> None:  # type: ignore[no-untyped-def]
    # negative: the breach figure is a row; the people disciplined over it are not
    text = (
        "Police data breaches\n\nNorfolk Constabulary recorded 120 data breaches in 2021, and "
        "14 officers were disciplined for misusing police systems over them."
    )
    assert rows(text, nlp) == {("Norfolk Constabulary", "2021", None, 120)}
    # a breach count of insider misuse is a row of its category
    typed = (
        "Police data breaches\n\nIn 2021 Norfolk Constabulary recorded 35 cases of employees "
        "accessing records with no policing purpose."
    )
    assert rows(typed, nlp) == {("Norfolk Constabulary", "2021", "unauthorised_access", 35)}
    assert people(typed, nlp) == set()


# ------------------------------------------------ bare cases continuing a count of people


def test_cases_compared_with_people_disciplined_count_those_proceedings(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police snooping\n\nFigures show nine officers at Kent Police were disciplined for "
        "misusing police databases in 2021, with 14 cases the year before."
    )
    assert rows(text, nlp) == set()
    assert people(text, nlp) == {("Kent Police", "2021", 9), ("Kent Police", "2020", 14)}
    text = (
        "Police snooping\n\nFigures show 12 staff at Essex Police faced misconduct proceedings "
        "over data protection breaches in 2020, compared with seven cases in 2019."
    )
    assert rows(text, nlp) == set()
    assert people(text, nlp) == {("Essex Police", "2020", 12), ("Essex Police", "2019", 7)}


def test_cases_after_breaches_or_of_a_named_kind_stay_breaches(nlp) -> None:  # type: ignore[no-untyped-def]
    # negative: after a breach count, bare cases compared with it are breaches
    text = (
        "Police data breaches\n\nFigures show Essex Police recorded 40 data breaches in 2020, "
        "compared with 31 cases in 2019."
    )
    assert rows(text, nlp) == {
        ("Essex Police", "2020", None, 40),
        ("Essex Police", "2019", None, 31),
    }
    # negative: a recording verb between them starts a figure of the force's own
    text = (
        "Police data breaches\n\nFigures show 12 staff at Essex Police were disciplined for "
        "misusing police systems in 2020, while the force recorded 45 cases in 2019."
    )
    assert ("Essex Police", "2019", 45) not in people(text, nlp)
