"""Breach tallies, round 28a (extract.rules.tallies, tally_cues): a breakdown part with no
period of its own goes on with the period of the parts the sentence before it gave ('In
2019/20 there were 39. The commonest kind in the latest year was X, 12 times. There were also
seven cases of Y' dates the seven to the latest year, not to 2019/20); 'there were no data
breaches recorded at <force> in <year>' is a count of nought (a denial, 'there was no data
breach', is none); a figure counting forces ('Two forces admit data breaches') is no count of
breaches; a figure whose subject is all forces is no figure of the page's subject force even
when the force named after it is no recorder of its own ('Police forces recorded 9,000
breaches in 2022, including 301 at <force>'), and that force's share, named right after its
figure, is its total. Every sentence was written for these tests."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2023, 6, 1)
rows = partial(tally_rows.rows, published=PUBLISHED)


def _national(text: str, nlp) -> set[tuple]:  # type: ignore[no-untyped-def]
    ex = tally_rows.run(text, nlp, PUBLISHED)
    return {(c.count, c.period) for c in ex.national_counts}


# --- parts go on with the period of the parts before them -------------------------------


def test_also_part_keeps_the_latest_year_of_the_part_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Durham Constabulary logged 58 breaches in 2021/22, up from 44 in 2020/21. "
        "In 2019/20 there were 39.\n\n"
        "The most common kind of breach in the latest year was a letter posted to the wrong "
        "address, which happened 12 times. There were also seven cases in which a laptop was "
        "lost or stolen."
    )
    found = rows(text, nlp)
    assert ("Durham Constabulary", "2021-2022", "posted_to_incorrect_recipient", 12) in found
    assert ("Durham Constabulary", "2021-2022", "loss_or_theft_of_device", 7) in found
    assert ("Durham Constabulary", "2019-2020", None, 39) in found


def test_a_further_part_keeps_last_years_period(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Avon and Somerset Police recorded 210 data breaches in 2022, according to figures "
        "obtained under the Freedom of Information Act. In 2020 there had been 160.\n\n"
        "The largest category last year was emails sent to the wrong person, with 64 cases. "
        "A further 15 involved lost paperwork."
    )
    found = rows(text, nlp)
    assert ("Avon and Somerset Police", "2022", "emailed_to_incorrect_recipient", 64) in found
    assert ("Avon and Somerset Police", "2022", "loss_or_theft_of_paperwork", 15) in found


def test_guard_parts_of_the_only_total_keep_its_period(nlp) -> None:  # type: ignore[no-untyped-def]
    """Negative guard: with one total and one period the parts stay with it."""
    text = (
        "Police data breach figures\n\n"
        "Norfolk Constabulary has recorded 88 data breaches in the 2022/23 financial year.\n\n"
        "Of those, 20 were emails sent to the wrong person. A further 6 involved lost "
        "paperwork."
    )
    found = rows(text, nlp)
    assert ("Norfolk Constabulary", "2022-2023", "emailed_to_incorrect_recipient", 20) in found
    assert ("Norfolk Constabulary", "2022-2023", "loss_or_theft_of_paperwork", 6) in found


# --- "there were no data breaches recorded at X" --------------------------------------


def test_there_were_no_breaches_recorded_at_a_force_is_a_zero(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data breach figures\n\n"
        "There were no data breaches recorded at Dyfed-Powys Police in 2022, the force said."
    )
    assert ("Dyfed-Powys Police", "2022", None, 0) in rows(text, nlp)


def test_no_breaches_logged_by_a_second_force_in_the_same_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data breach figures\n\n"
        "Bedfordshire Police recorded 45 data breaches in 2022. There were no breaches "
        "recorded at Cambridgeshire Constabulary in the same year."
    )
    found = rows(text, nlp)
    assert ("Bedfordshire Police", "2022", None, 45) in found
    assert ("Cambridgeshire Constabulary", "2022", None, 0) in found


def test_guard_a_denial_or_an_outcome_is_no_zero(nlp) -> None:  # type: ignore[no-untyped-def]
    """Negative guard: 'there was no data breach' denies an incident; 'no breaches reported
    to the ICO' counts an outcome."""
    assert not rows("Police statement\n\nThere was no data breach, Wiltshire Police said.", nlp)
    text = (
        "Police statement\n\n"
        "There were no breaches reported to the ICO by Suffolk Constabulary in 2022."
    )
    assert not rows(text, nlp)


# --- a number of forces is no number of breaches ----------------------------------------


def test_two_forces_admit_breaches_makes_no_page_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Two forces admit data breaches\n\n"
        "Kent Police said a laptop holding witness statements was stolen from an officer's "
        "car in 2022. Essex Police said a letter was sent to the wrong address."
    )
    assert not rows(text, nlp)
    assert not _national(text, nlp)


def test_three_forces_in_the_headline_count_no_breaches(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Three forces report data breaches\n\nThe breaches took place in 2021."
    assert not rows(text, nlp)
    assert not _national(text, nlp)


def test_guard_a_force_of_few_breaches_still_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    """Negative guard: a figure of breaches in a headline about one force stays a count."""
    text = (
        "Four data breaches at force in a year\n\n"
        "West Yorkshire Police recorded four data breaches in 2022, figures show."
    )
    assert ("West Yorkshire Police", "2022", None, 4) in rows(text, nlp)


def test_guard_a_list_under_the_forces_with_the_most_keeps_its_rows(nlp) -> None:  # type: ignore[no-untyped-def]
    """Negative guard: 'The three forces with the most ... were A (n), B (n)' still lists
    breach figures."""
    text = (
        "Police data breach figures\n\n"
        "Forces across England and Wales recorded 9,000 data breaches in 2022. The three "
        "forces with the highest totals were Kent Police (210), Essex Police (190) and "
        "Sussex Police (150)."
    )
    found = rows(text, nlp)
    assert ("Kent Police", "2022", None, 210) in found
    assert ("Sussex Police", "2022", None, 150) in found


# --- a figure of all forces is no figure of the subject force ---------------------------


def test_all_forces_figure_before_including_at_a_force_is_national(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data breach figures\n\n"
        "Police forces recorded 9,000 breaches in 2022, including 301 at Thames Valley Police."
    )
    found = rows(text, nlp)
    assert not any(r[3] == 9000 for r in found)
    assert ("Thames Valley Police", "2022", None, 301) in found
    assert (9000, "2022") in _national(text, nlp)


def test_a_forces_share_named_after_including_is_its_total(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police data breach figures\n\n"
        "UK police forces logged 12,400 data breaches last year, including 212 by Kent Police."
    )
    assert rows(text, nlp) == {("Kent Police", "2022", None, 212)}


def test_guard_a_part_of_kind_under_a_national_figure_is_no_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    """Negative guard: a part named by its kind, no force after it, stays national."""
    text = (
        "Police data breach figures\n\n"
        "Forces recorded 9,000 breaches in 2022, including 301 involving lost devices."
    )
    assert not rows(text, nlp)


def test_guard_a_force_share_after_a_national_figure_stays_the_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    """Negative guard: the force's share told as its own clause keeps its row."""
    text = (
        "Police data breach figures\n\n"
        "Forces across England and Wales logged 9,000 data breaches in 2022, with Thames "
        "Valley Police accounting for 301."
    )
    found = rows(text, nlp)
    assert ("Thames Valley Police", "2022", None, 301) in found
    assert not any(r[3] == 9000 for r in found)
