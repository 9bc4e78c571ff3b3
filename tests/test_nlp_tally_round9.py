"""Breach tallies, round 9 (extract.rules.tallies and its helpers): a "no" before a noun that
counts nothing, a total whose clause lists different kinds of breach as alternatives, a
clause joined on with "with most of ...", and the period a later sentence's figures share
with the figure a sentence gives, not with the one it was compared with. Paraphrases written
for these tests; each pairs what must become a row with what must not."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2024, 3, 5)
rows = partial(tally_rows.rows, published=PUBLISHED)


def test_no_before_a_noun_that_counts_nothing_is_no_zero(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Durham Constabulary recorded 52 data breaches in 2021, among them cases where staff "
        "who had no business looking opened case files."
    )
    assert rows(text, nlp) == {("Durham Constabulary", "2021", None, 52)}
    zero = "Durham Constabulary said it had no data breaches in 2020, figures show."
    assert rows(zero, nlp) == {("Durham Constabulary", "2020", None, 0)}


def test_a_total_defined_by_kinds_listed_as_alternatives(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dorset Police logged 73 data breaches in 2022 in which papers were lost, posted to "
        "the wrong address or opened without a policing reason."
    )
    assert rows(text, nlp) == {("Dorset Police", "2022", None, 73)}
    one_kind = (
        "Dorset Police logged 73 data breaches in 2022. Of these, 25 involved letters or "
        "parcels posted to the wrong address."
    )
    assert ("Dorset Police", "2022", "posted_to_incorrect_recipient", 25) in rows(one_kind, nlp)


def test_a_clause_joined_on_with_most_of_keeps_the_zero_its_own_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Wiltshire Police logged 66 data breaches in 2023. The force listed nil instances "
        "of insecure disposal, with most of its breaches involving emails sent to the "
        "wrong person."
    )
    found = rows(text, nlp)
    assert ("Wiltshire Police", "2023", "insecure_disposal", 0) in found
    assert not any(r[2] == "emailed_to_incorrect_recipient" for r in found)


def test_the_next_sentence_shares_the_figure_period_not_the_compared_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Forces in the east of England logged hundreds of data breaches last year, an FOI "
        "request found. Norfolk Constabulary recorded 71 breaches, down from 80 in 2022. "
        "Suffolk Constabulary logged 58 and Essex Police 102."
    )
    found = rows(text, nlp)
    assert ("Norfolk Constabulary", "2022", None, 80) in found
    assert ("Suffolk Constabulary", "2023", None, 58) in found
    assert ("Essex Police", "2023", None, 102) in found
    # without a figure compared, the sentence's own period is still the one shared
    plain = (
        "Norfolk Constabulary recorded 71 data breaches in 2021, an FOI request found. "
        "Suffolk Constabulary logged 58."
    )
    assert ("Suffolk Constabulary", "2021", None, 58) in rows(plain, nlp)


def test_none_of_the_force_own_breaches_of_a_kind_is_a_zero(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cleveland Police logged 84 data breaches in 2023. Cleveland Police said none of its "
        "breaches that year involved stolen or mislaid laptops."
    )
    assert ("Cleveland Police", "2023", "loss_or_theft_of_device", 0) in rows(text, nlp)
    other = (
        "Cleveland Police logged 84 data breaches in 2023. Cleveland Police said none of its "
        "officers had been told about the audit."
    )
    assert rows(other, nlp) == {("Cleveland Police", "2023", None, 84)}


def test_the_force_saying_no_things_of_a_kind_were_lost_is_a_zero(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cleveland Police logged 84 data breaches in 2023. The force said no tablets or "
        "memory sticks were lost or stolen in that time."
    )
    assert ("Cleveland Police", "2023", "loss_or_theft_of_device", 0) in rows(text, nlp)
    # no breach counts just before: a force's word about one story, no tally
    story = (
        "A burglar broke into a police station in Middlesbrough last spring. The force said "
        "no tablets or memory sticks were lost or stolen in that time."
    )
    assert rows(story, nlp) == set()
    # what it says of no kind of breach counts nothing
    nothing = (
        "Cleveland Police logged 84 data breaches in 2023. The force said no officers were "
        "disciplined over them."
    )
    assert rows(nothing, nlp) == {("Cleveland Police", "2023", None, 84)}


def test_kinds_done_so_many_times_right_after_a_force_total(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gloucestershire Constabulary logged 150 data breaches in 2023, an FOI answer shows. "
        "Letters went to the wrong address 36 times, and case papers were lost on nine "
        "occasions."
    )
    found = rows(text, nlp)
    assert ("Gloucestershire Constabulary", "2023", "posted_to_incorrect_recipient", 36) in found
    assert ("Gloucestershire Constabulary", "2023", "loss_or_theft_of_paperwork", 9) in found
    # one person's doing is one case, not a tally
    one = (
        "Gloucestershire Constabulary logged 150 data breaches in 2023, an FOI answer shows. "
        "An officer looked up his neighbour's record 36 times."
    )
    assert rows(one, nlp) == {("Gloucestershire Constabulary", "2023", None, 150)}
    # nor does a kind done so often count far from any total
    far = (
        "Gloucestershire Constabulary logged 150 data breaches in 2023, an FOI answer shows. "
        "The force has a new chief constable. She began in the spring. Training was updated. "
        "Letters went to the wrong address 36 times at a council nearby."
    )
    assert rows(far, nlp) == {("Gloucestershire Constabulary", "2023", None, 150)}


def test_a_bulleted_item_written_none_is_a_zero(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches recorded by forces in the south west in 2022, an FOI request found:\n"
        "• Devon and Cornwall Police – 140 breaches\n"
        "• Wiltshire Police – none\n"
    )
    found = rows(text, nlp)
    assert ("Devon and Cornwall Police", "2022", None, 140) in found
    assert ("Wiltshire Police", "2022", None, 0) in found
    # "none" inside a sentence, not an item's figure
    prose = (
        "Devon and Cornwall Police recorded 140 data breaches in 2022, an FOI request found. "
        "Wiltshire Police said it would publish none."
    )
    assert rows(prose, nlp) == {("Devon and Cornwall Police", "2022", None, 140)}


def test_a_list_of_forces_cases_on_a_page_about_one_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officers caught looking up police records without a policing purpose, a study finds.\n"
        "The forces with the most cases over the four years to the end of 2022 were:\n"
        "• Merseyside Police – 230 cases\n"
        "• Thames Valley Police – 85 cases\n"
    )
    found = rows(text, nlp)
    assert ("Merseyside Police", "2019-2022", "unauthorised_access", 230) in found
    assert ("Thames Valley Police", "2019-2022", "unauthorised_access", 85) in found
    # a page opening on two kinds gives no one kind to its list
    two = (
        "Officers caught looking up police records without a policing purpose, and laptops "
        "lost on trains, a study finds.\n"
        "The forces with the most cases over the four years to the end of 2022 were:\n"
        "• Merseyside Police – 230 cases\n"
        "• Thames Valley Police – 85 cases\n"
    )
    assert not any(r[2] is not None for r in rows(two, nlp))
    # cases of another sort on a page about no kind of breach
    crime = (
        "Burglaries rose across the region last year, a study finds.\n"
        "The forces with the most cases over the four years to the end of 2022 were:\n"
        "• Merseyside Police – 230 cases\n"
        "• Thames Valley Police – 85 cases\n"
    )
    assert rows(crime, nlp) == set()


def test_a_series_ending_in_none_for_a_period(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cumbria Constabulary recorded 19 data breaches in 2020/21, 23 in 2021/22 and none "
        "in 2022/23."
    )
    found = rows(text, nlp)
    assert ("Cumbria Constabulary", "2022-2023", None, 0) in found
    assert ("Cumbria Constabulary", "2021-2022", None, 23) in found
    # "none" of another thing, not the series' next figure
    other = (
        "Cumbria Constabulary recorded 19 data breaches in 2020/21, and none were reported "
        "to the regulator in 2021."
    )
    assert rows(other, nlp) == {("Cumbria Constabulary", "2020-2021", None, 19)}


def test_a_figure_that_fell_to_zero_and_zero_before_a_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Cumbria Constabulary said the number of its data breaches fell to zero in 2022."
    assert rows(text, nlp) == {("Cumbria Constabulary", "2022", None, 0)}
    policy = (
        "Cumbria Constabulary recorded 19 data breaches in 2022 and said it had zero "
        "appetite for misuse."
    )
    assert rows(policy, nlp) == {("Cumbria Constabulary", "2022", None, 19)}


def test_parts_listed_on_after_included(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Northumbria Police recorded 212 data breaches in 2021. They included 64 emails sent "
        "to the wrong person, 19 lost phones and 11 stolen laptops."
    )
    found = rows(text, nlp)
    assert ("Northumbria Police", "2021", "emailed_to_incorrect_recipient", 64) in found
    assert ("Northumbria Police", "2021", "loss_or_theft_of_device", 19) in found
    # things listed under one part are that part's, and what is said of them is no kind
    nested = (
        "Northumbria Police recorded 212 data breaches in 2021. A further 15 involved lost "
        "devices, including four tablets and six laptops, none of which held unencrypted "
        "files."
    )
    found = rows(nested, nlp)
    assert ("Northumbria Police", "2021", "loss_or_theft_of_device", 15) in found
    assert not any(r[3] in (4, 6) for r in found)


def test_the_catch_all_loses_a_tie_with_a_named_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Northumbria Police recorded 212 data breaches in 2021. Of these, 23 were cases of "
        "staff accessing records without a reason."
    )
    assert ("Northumbria Police", "2021", "unauthorised_access", 23) in rows(text, nlp)
    labelled = (
        "Northumbria Police recorded 212 data breaches in 2021. Of these, 23 were cases of "
        "staff accessing records without a reason. The remaining 189 were recorded as 'other'."
    )
    assert ("Northumbria Police", "2021", "other", 189) in rows(labelled, nlp)


def test_none_as_the_figure_of_a_list_under_a_table_or_in_a_run(nlp) -> None:  # type: ignore[no-untyped-def]
    listed = (
        "Data breaches by force in 2021:\n"
        "• Lancashire Constabulary – 215\n"
        "• Cheshire Constabulary – None.\n"
    )
    found = rows(listed, nlp)
    assert ("Lancashire Constabulary", "2021", None, 215) in found
    assert ("Cheshire Constabulary", "2021", None, 0) in found
    run = "Data breaches in 2021: Lancashire Constabulary 215, Cheshire Constabulary none."
    assert ("Cheshire Constabulary", "2021", None, 0) in rows(run, nlp)
    # a force that gave no answer is no zero
    silent = (
        "Data breaches in 2021: Lancashire Constabulary 215. Cheshire Constabulary gave none "
        "of the figures asked for."
    )
    assert rows(silent, nlp) == {("Lancashire Constabulary", "2021", None, 215)}


def test_a_run_of_figures_each_with_its_force_named_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    at = (
        "An FOI request shows 96 data breaches at Dorset Police in 2020, 143 at Hampshire "
        "Constabulary and 61 at Wiltshire Police."
    )
    found = rows(at, nlp)
    assert ("Hampshire Constabulary", "2020", None, 143) in found
    assert ("Wiltshire Police", "2020", None, 61) in found
    by = (
        "In 2020, 96 data breaches were recorded by Dorset Police, 143 by Hampshire "
        "Constabulary and 61 by Wiltshire Police."
    )
    found = rows(by, nlp)
    assert ("Hampshire Constabulary", "2020", None, 143) in found
    assert not any(r[0] == "Dorset Police" and r[3] == 143 for r in found)
    # a figure of something else at a force is no breach count
    staff = (
        "In 2020, 96 data breaches were recorded by Dorset Police, which has 143 officers at "
        "Hampshire Constabulary on loan."
    )
    assert not any(r[3] == 143 for r in rows(staff, nlp))


def test_a_force_figure_corrected_in_a_longer_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Avon and Somerset Police's figure of 412 data breaches for 2021 was later corrected "
        "to 398."
    )
    assert rows(text, nlp) == {("Avon and Somerset Police", "2021", None, 398)}
    apart = (
        "Avon and Somerset Police recorded 412 data breaches in 2021. The force's figure was "
        "later corrected to 398."
    )
    assert rows(apart, nlp) == {("Avon and Somerset Police", "2021", None, 398)}
    # a total widened to take in another year corrects nothing
    widened = (
        "Avon and Somerset Police recorded 412 data breaches in 2021, and its total has since "
        "been updated to include 2022, when it logged 430."
    )
    found = rows(widened, nlp)
    assert ("Avon and Somerset Police", "2021", None, 412) in found
    assert ("Avon and Somerset Police", "2022", None, 430) in found
