"""Breach tallies, round 27b: a partitive lead ("Of the N breaches ...,") reaches its comma
past a figure's thousands separator and past a long clause naming the force and the span, so
the whole it names is the force's total and the figure after it is only a part. Paraphrases
written for these tests; each pairs what must become a row with what must not."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2024, 3, 1)
rows = partial(tally_rows.rows, published=PUBLISHED)


def test_a_thousands_separator_ends_no_partitive_lead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Of the 1,204 data breaches Greater Manchester Police recorded in 2022, 300 were "
        "reported to the Information Commissioner's Office."
    )
    found = rows(text, nlp)
    assert ("Greater Manchester Police", "2022", None, 1204) in found
    # the figure after the lead is a share of the whole, no total of its own
    assert not any(r[3] == 300 for r in found)
    assert not any(r[3] in (1, 204) for r in found)


def test_a_thousands_whole_keeps_its_typed_part(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Of the 2,310 breaches logged by Merseyside Police between 2019 and 2023, 640 "
        "involved emails sent to the wrong person."
    )
    found = rows(text, nlp)
    assert ("Merseyside Police", "2019-2023", None, 2310) in found
    assert ("Merseyside Police", "2019-2023", "emailed_to_incorrect_recipient", 640) in found
    assert ("Merseyside Police", "2019-2023", None, 640) not in found


def test_a_long_lead_naming_force_and_span_is_the_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Of the 340 data protection breaches recorded by Hertfordshire Constabulary in the "
        "five years to 2023, 41 were serious enough to be referred to the regulator."
    )
    found = rows(text, nlp)
    assert ("Hertfordshire Constabulary", "2019-2023", None, 340) in found
    assert not any(r[3] == 41 for r in found)


def test_the_rests_kind_is_not_the_count_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cleveland Police logged 90 data breaches in 2022. Thirty involved misdirected post, "
        "and the remainder were stolen laptops."
    )
    found = rows(text, nlp)
    assert ("Cleveland Police", "2022", "posted_to_incorrect_recipient", 30) in found
    assert ("Cleveland Police", "2022", "loss_or_theft_of_device", 30) not in found


def test_the_rest_after_and_leaves_the_count_its_own_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Durham Constabulary recorded 64 breaches in 2021. Of these, 25 involved emails and "
        "the rest were paper files that went missing."
    )
    found = rows(text, nlp)
    assert ("Durham Constabulary", "2021", None, 64) in found
    assert ("Durham Constabulary", "2021", "loss_or_theft_of_paperwork", 25) not in found


def test_periods_listed_at_the_head_pair_with_the_figures_in_order(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In 2019, 2020 and 2021, Suffolk Constabulary logged 38, 47 and 55 data breaches."
    found = rows(text, nlp)
    assert ("Suffolk Constabulary", "2019", None, 38) in found
    assert ("Suffolk Constabulary", "2020", None, 47) in found
    assert ("Suffolk Constabulary", "2021", None, 55) in found
    assert ("Suffolk Constabulary", "2021", None, 38) not in found


def test_financial_years_listed_at_the_head_pair_in_order(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "During 2020/21 and 2021/22, Cheshire Constabulary reported 71 and 64 breaches of "
        "data protection law."
    )
    found = rows(text, nlp)
    assert ("Cheshire Constabulary", "2020-2021", None, 71) in found
    assert ("Cheshire Constabulary", "2021-2022", None, 64) in found
    # one figure after periods listed at the head is no list to pair
    single = rows("In 2020 and 2021, Cheshire Constabulary reported 135 breaches.", nlp)
    assert not any(r[3] == 135 and r[1] == "2020" for r in single)


def test_a_nought_in_words_keeps_the_table_going(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches recorded by each force in 2021, released under FOI:\n"
        "Lincolnshire Police | 27\n"
        "Leicestershire Police | nil\n"
        "Derbyshire Constabulary | 31\n"
    )
    found = rows(text, nlp)
    assert ("Leicestershire Police", "2021", None, 0) in found
    assert ("Derbyshire Constabulary", "2021", None, 31) in found
    # a dash is no figure: no row for the force, and the table still goes on
    dashed = rows(text.replace("| nil", "| -"), nlp)
    assert not any(r[0] == "Leicestershire Police" for r in dashed)
    assert ("Derbyshire Constabulary", "2021", None, 31) in dashed


def test_a_long_lead_without_a_whole_figure_is_no_partitive_lead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Northumbria Police recorded 30 data breaches in 2019. Most were emails sent to the "
        "wrong person. The other breaches included one case of ‘inaccurate records’ and another "
        "of ‘unauthorised access’, the force said."
    )
    found = rows(text, nlp)
    assert ("Northumbria Police", "2019", None, 30) in found
    assert ("Northumbria Police", "2019", "inaccurate_data", 1) in found
