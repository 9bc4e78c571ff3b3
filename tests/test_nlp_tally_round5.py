"""Breach tallies, round 5 (extract.rules.tallies): a zero count of one kind, a category
written after the count's period, a share "of which" that types no total, regional totals,
bulleted breakdowns under a lead, and figures corrected by the force. Paraphrases written for
these tests; each pairs what must become a row with what must not."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2021, 3, 1)
rows = partial(tally_rows.rows, published=PUBLISHED)
run = partial(tally_rows.run, published=PUBLISHED)


def test_no_breaches_of_a_kind_is_a_zero_of_that_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police recorded 45 data breaches in 2020. Essex Police recorded no breaches "
        "involving lost or stolen devices in 2020, but would not give a total."
    )
    found = rows(text, nlp)
    assert ("Essex Police", "2020", "loss_or_theft_of_device", 0) in found
    assert ("Essex Police", "2020", None, 0) not in found


def test_no_breaches_at_all_is_a_zero_total(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Suffolk Constabulary said it had no data breaches in 2020."
    assert rows(text, nlp) == {("Suffolk Constabulary", "2020", None, 0)}


def test_category_written_after_the_counts_period(nlp) -> None:  # type: ignore[no-untyped-def]
    typed = (
        "Essex Police logged 14 data breaches in 2020 involving emails sent to the wrong person."
    )
    assert rows(typed, nlp) == {("Essex Police", "2020", "emailed_to_incorrect_recipient", 14)}
    untyped = "Essex Police logged 14 data breaches in 2020 across its Colchester offices."
    assert rows(untyped, nlp) == {("Essex Police", "2020", None, 14)}


def test_a_share_of_which_does_not_type_the_total(nlp) -> None:  # type: ignore[no-untyped-def]
    share = (
        "Dorset Police said 300 data breaches were logged in 2020, of which 40 per cent "
        "involved emails sent to the wrong person."
    )
    assert rows(share, nlp) == {("Dorset Police", "2020", None, 300)}
    part = (
        "Dorset Police recorded 300 data breaches in 2020, of which 120 involved emails sent "
        "to the wrong person."
    )
    found = rows(part, nlp)
    assert ("Dorset Police", "2020", None, 300) in found
    assert ("Dorset Police", "2020", "emailed_to_incorrect_recipient", 120) in found


def test_a_regional_total_is_no_forces_row(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cumbria Constabulary recorded 120 breaches in 2020, and Lancashire Constabulary 95. "
        "Across the region, 900 breaches were recorded that year."
    )
    result = run(text, nlp)
    found = {(c.force, c.period, c.breach_type, c.count) for c in result.breach_counts}
    assert found == {
        ("Cumbria Constabulary", "2020", None, 120),
        ("Lancashire Constabulary", "2020", None, 95),
    }
    assert [(c.period, c.count) for c in result.national_counts] == [("2020", 900)]


BULLETED = (
    "Hampshire Constabulary logged 300 data breaches between 2017 and 2020, an FOI request "
    "shows.\n\nThe figures for the period break down as follows:\n\n"
    "- 120 emails sent to the wrong person\n"
    "- 45 letters sent to the wrong address\n"
    "- 20 laptops and phones lost or stolen\n"
    "- eleven cases of staff looking up records without a policing purpose\n"
    "- 9 failures to redact names before documents were released\n\n"
    "The force said it took every breach seriously."
)


def test_bulleted_breakdown_under_a_lead(nlp) -> None:  # type: ignore[no-untyped-def]
    force = "Hampshire Constabulary"
    assert rows(BULLETED, nlp) == {
        (force, "2017-2020", None, 300),
        (force, "2017-2020", "emailed_to_incorrect_recipient", 120),
        (force, "2017-2020", "posted_to_incorrect_recipient", 45),
        (force, "2017-2020", "loss_or_theft_of_device", 20),
        (force, "2017-2020", "unauthorised_access", 11),
        (force, "2017-2020", "failure_to_redact", 9),
    }


def test_bulleted_breakdown_dated_by_its_lead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Avon and Somerset Police logged 300 data breaches between 2017 and 2020.\n\n"
        "The breakdown for 2020 alone:\n\n"
        "• 40 emails sent to the wrong person\n"
        "• 9 laptops lost or stolen\n\n"
        "The force said it was improving training."
    )
    force = "Avon and Somerset Police"
    found = rows(text, nlp)
    assert (force, "2020", "emailed_to_incorrect_recipient", 40) in found
    assert (force, "2020", "loss_or_theft_of_device", 9) in found
    assert not any(r[1] == "2017-2020" and r[2] is not None for r in found)


def test_bullets_under_a_lead_of_other_things_are_no_breakdown(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police recorded 300 data breaches in 2020. Its annual report also lists:\n\n"
        "- 40 officers trained in records management\n"
        "- 3 emails from the chief constable to all staff\n"
    )
    assert rows(text, nlp) == {("Kent Police", "2020", None, 300)}


def test_a_corrected_figure_replaces_the_one_withdrawn(nlp) -> None:  # type: ignore[no-untyped-def]
    later = (
        "Essex Police told us it had recorded 437 data breaches in 2020. It later said that "
        "figure had been wrong, and that the correct figure was 390."
    )
    assert rows(later, nlp) == {("Essex Police", "2020", None, 390)}
    same = (
        "Essex Police first reported 437 data breaches in 2020, but later revised the figure "
        "down to 390."
    )
    assert rows(same, nlp) == {("Essex Police", "2020", None, 390)}


def test_a_figure_disputed_without_a_replacement_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    disputed = (
        "Essex Police recorded 437 data breaches in 2020. Campaigners said the figure was wrong."
    )
    assert rows(disputed, nlp) == {("Essex Police", "2020", None, 437)}
    confirmed = (
        "Essex Police recorded 437 data breaches in 2020. The force said the figure was accurate."
    )
    assert rows(confirmed, nlp) == {("Essex Police", "2020", None, 437)}


def test_second_on_a_figure_is_the_next_place_of_a_ranking(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gwent Police topped the table with 310 breaches in 2019, Cheshire Constabulary was "
        "second on 246 and Dorset Police third on 150."
    )
    assert rows(text, nlp) == {
        ("Gwent Police", "2019", None, 310),
        ("Cheshire Constabulary", "2019", None, 246),
        ("Dorset Police", "2019", None, 150),
    }
    page = "Gwent Police recorded 310 breaches in 2019. Its new website went live on 282 pages."
    assert rows(page, nlp) == {("Gwent Police", "2019", None, 310)}


def test_table_run_together_with_nothing_between_cells(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breaches recorded by force, 2019-2021\n"
        "Force201920202021Norfolk Constabulary9410188Suffolk Constabulary6672not provided"
        "Bedfordshire Police1234Source: FOI answers\n\n"
        "Campaigners said the figures should be published every year."
    )
    found = tally_rows.rows(text, nlp, date(2022, 3, 1))
    assert found == {
        ("Norfolk Constabulary", "2019", None, 94),
        ("Norfolk Constabulary", "2020", None, 101),
        ("Norfolk Constabulary", "2021", None, 88),
        ("Suffolk Constabulary", "2019", None, 66),
        ("Suffolk Constabulary", "2020", None, 72),
    }  # "1234" reads as 12, 3, 4 or 1, 23, 4 alike: no row for Bedfordshire


def test_run_together_table_with_a_total_column_adds_up(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches at two Welsh forces, figures obtained by the BBC show.\n\n"
        "Data breaches by force\n"
        "Force202020212022TotalGwent Police455160156Dyfed-Powys Police334037110\n\n"
        "The forces said the figures included minor incidents."
    )
    found = tally_rows.rows(text, nlp, date(2023, 3, 1))
    assert ("Gwent Police", "2021", None, 51) in found
    assert ("Gwent Police", "2020-2022", None, 156) in found
    assert ("Dyfed-Powys Police", "2022", None, 37) in found
    assert ("Dyfed-Powys Police", "2020-2022", None, 110) in found
    assert len(found) == 8


def test_run_together_rows_under_a_header_line(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches logged by force, 2018 to 2020\n"
        "Police force201820192020\n"
        "Cumbria Constabulary303541\n"
        "Lancashire Constabulary5120980\n"
        "Source: FOI responses"
    )
    assert tally_rows.rows(text, nlp, date(2021, 3, 1)) == {
        ("Cumbria Constabulary", "2018", None, 30),
        ("Cumbria Constabulary", "2019", None, 35),
        ("Cumbria Constabulary", "2020", None, 41),
    }  # 51, 209, 80 or 5, 120, 980: too far apart to tell


def test_none_of_a_total_of_one_kind_is_a_zero_of_that_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    after = "Essex Police recorded 60 data breaches in 2020. None of them involved lost devices."
    assert rows(after, nlp) == {
        ("Essex Police", "2020", None, 60),
        ("Essex Police", "2020", "loss_or_theft_of_device", 0),
    }
    within = (
        "Kent Police recorded 40 data breaches in 2020, including none involving lost or "
        "stolen laptops."
    )
    assert ("Kent Police", "2020", "loss_or_theft_of_device", 0) in rows(within, nlp)
    # nought of no kind of breach: no row beyond the total
    outcome = "Essex Police recorded 60 data breaches in 2020. None of them were reported."
    assert rows(outcome, nlp) == {("Essex Police", "2020", None, 60)}


def test_corrections_written_in_other_ways(nlp) -> None:  # type: ignore[no-untyped-def]
    first = "Gwent Police recorded 230 data breaches in 2020."
    for correction in (
        "It later amended that figure to 214.",
        "The figure was later revised down to 214.",
        "The force has since corrected this to 214.",
        "After a review, the force said the true number was 214.",
    ):
        assert rows(f"{first} {correction}", nlp) == {("Gwent Police", "2020", None, 214)}
    for unrelated in (
        "Staff numbers were later adjusted to 214.",
        "Its budget was revised to 214 million.",
    ):
        assert rows(f"{first} {unrelated}", nlp) == {("Gwent Police", "2020", None, 230)}


def test_a_total_before_a_list_of_years_covers_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Merseyside Police recorded 222 data breaches over three years: 63 in 2017, 88 in 2018 "
        "and 71 in 2019."
    )
    assert rows(text, nlp) == {
        ("Merseyside Police", "2017-2019", None, 222),
        ("Merseyside Police", "2017", None, 63),
        ("Merseyside Police", "2018", None, 88),
        ("Merseyside Police", "2019", None, 71),
    }
    # a list of kinds after a dated total leaves its period alone
    kinds = (
        "Kent Police recorded 97 breaches in 2020: 31 emails to the wrong person and 12 lost "
        "phones."
    )
    assert ("Kent Police", "2020", None, 97) in rows(kinds, nlp)


def test_a_group_of_forces_as_subject_is_no_forces_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    group = (
        "The three forces recorded 312 breaches between them in 2020, with Avon and Somerset "
        "Police accounting for half."
    )
    result = run(group, nlp)
    assert not result.breach_counts
    assert [(c.period, c.count) for c in result.national_counts] == [("2020", 312)]
    agent = "Of the 43 forces, 312 breaches in 2020 were recorded by Kent Police."
    assert rows(agent, nlp) == {("Kent Police", "2020", None, 312)}


def test_run_together_header_of_financial_years(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches recorded by Cleveland Police, by financial year\n"
        "Year2019/202020/212021/22Breaches576366\n"
    )
    assert tally_rows.rows(text, nlp, date(2022, 6, 1)) == {
        ("Cleveland Police", "2019-2020", None, 57),
        ("Cleveland Police", "2020-2021", None, 63),
        ("Cleveland Police", "2021-2022", None, 66),
    }


def test_zeros_of_a_kind_written_other_ways(nlp) -> None:  # type: ignore[no-untyped-def]
    first = "Cumbria Constabulary recorded 40 data breaches in 2020."
    for zero, kind in (
        ("There were no cases of lost or stolen paperwork.", "loss_or_theft_of_paperwork"),
        ("No breaches involved lost devices, the force said.", "loss_or_theft_of_device"),
    ):
        assert rows(f"{first} {zero}", nlp) == {
            ("Cumbria Constabulary", "2020", None, 40),
            ("Cumbria Constabulary", "2020", kind, 0),
        }
    within = (
        "Cumbria Constabulary recorded 40 data breaches in 2020, but none involved lost devices."
    )
    assert ("Cumbria Constabulary", "2020", "loss_or_theft_of_device", 0) in rows(within, nlp)
    # a nought naming no kind of breach is no row: not a zero total beside the 40
    for other in (
        "No breaches were reported to the ICO.",
        "There were no dismissals.",
        "The force said none were serious.",
    ):
        assert rows(f"{first} {other}", nlp) == {("Cumbria Constabulary", "2020", None, 40)}


def test_a_figure_compared_with_and_undated_is_no_row_of_the_same_period(nlp) -> None:  # type: ignore[no-untyped-def]
    undated = "Gwent Police recorded 230 data breaches in 2020, up from 180, the force said."
    assert rows(undated, nlp) == {("Gwent Police", "2020", None, 230)}
    dated = "Gwent Police recorded 230 data breaches in 2020, up from 180 the year before."
    assert rows(dated, nlp) == {
        ("Gwent Police", "2020", None, 230),
        ("Gwent Police", "2019", None, 180),
    }


def test_a_correction_written_as_a_participle(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "In 2020 Gwent Police recorded 230 data breaches, later corrected to 214.",
        "Gwent Police recorded 230 data breaches in 2020 (since revised to 214).",
    ):
        assert rows(text, nlp) == {("Gwent Police", "2020", None, 214)}
