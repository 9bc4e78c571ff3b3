"""Breach tallies, round 8 (extract.rules.tallies and its helpers): category labels glued to
their figures under a dated lead, a total set off by commas with its own period, parts filed
"as" a category, relative spans of N years up to last year, spans of financial years referred
back to, a part's whole ("28 of the 106 breaches"), the most common type "with N cases",
reports others made to the force, and list categories that parts of one total do not lend.
Paraphrases written for these tests; each pairs what must become a row with what must not."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2024, 2, 10)
rows = partial(tally_rows.rows, published=PUBLISHED)


def test_category_labels_glued_to_their_figures_under_a_dated_lead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Surrey Police logged 205 data breaches between 2019/20 and 2022/23, an FOI answer "
        "shows, with 61 in 2021/22.\n\n"
        "Its figures for 2022/23 break down as:\n\n"
        "Lost laptops and phones23\n"
        "Emails to the wrong person38\n"
        "Officers viewing records with no policing purpose11\n"
    )
    found = rows(text, nlp)
    assert ("Surrey Police", "2022-2023", "loss_or_theft_of_device", 23) in found
    assert ("Surrey Police", "2022-2023", "emailed_to_incorrect_recipient", 38) in found
    assert ("Surrey Police", "2022-2023", "unauthorised_access", 11) in found
    # the lead's period, not the span or the year of the paragraph above it
    assert not any(r[1] in ("2019-2023", "2021-2022") and r[2] for r in found)


def test_a_glued_year_is_no_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Surrey Police data breaches\n\nAnnual information report2023\nPublished by the force\n"
    assert not any(r[3] in (2023, 23) for r in rows(text, nlp))


def test_a_total_set_off_by_commas_with_its_own_period(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk Constabulary logged 77 data breaches in 2020/21 and 93 in 2021/22, figures "
        "show. The most recent total, 88 for 2022/23, fell back a little."
    )
    found = rows(text, nlp)
    assert ("Norfolk Constabulary", "2022-2023", None, 88) in found
    staff = (
        "Norfolk Constabulary logged 77 data breaches in 2020/21, figures show. Its total "
        "workforce, 3,100 officers for 2022/23, grew slightly."
    )
    assert rows(staff, nlp) == {("Norfolk Constabulary", "2020-2021", None, 77)}


def test_a_part_filed_as_a_category(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Suffolk Constabulary recorded 150 data breaches in 2022. Of those, 60 involved "
        "letters posted to the wrong address. Another thirty-three were classed as officers "
        "searching police databases for no policing purpose."
    )
    found = rows(text, nlp)
    assert ("Suffolk Constabulary", "2022", "posted_to_incorrect_recipient", 60) in found
    assert ("Suffolk Constabulary", "2022", "unauthorised_access", 33) in found
    praised = (
        "Suffolk Constabulary recorded 150 data breaches in 2022. Another 33 officers were "
        "commended for their work at the county show."
    )
    assert rows(praised, nlp) == {("Suffolk Constabulary", "2022", None, 150)}


def test_none_of_which_about_things_is_no_zero_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Suffolk Constabulary recorded 150 data breaches in 2022. Twelve involved lost or "
        "stolen phones, none of which held unencrypted data."
    )
    found = rows(text, nlp)
    assert ("Suffolk Constabulary", "2022", "loss_or_theft_of_device", 12) in found
    assert not any(r[3] == 0 for r in found)
    about_breaches = (
        "Suffolk Constabulary recorded 150 data breaches in 2022, none of which involved a "
        "stolen laptop."
    )
    assert ("Suffolk Constabulary", "2022", "loss_or_theft_of_device", 0) in rows(
        about_breaches, nlp
    )


def test_n_calendar_years_up_to_last_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cumbria Constabulary said it recorded 215 data breaches over the four calendar years "
        "up to and including last year. In 2023 alone it logged 70, up from 51 the year before."
    )
    assert rows(text, nlp) == {
        ("Cumbria Constabulary", "2020-2023", None, 215),
        ("Cumbria Constabulary", "2023", None, 70),
        ("Cumbria Constabulary", "2022", None, 51),
    }


def test_a_span_of_financial_years_referred_back_to(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Wiltshire Police logged 40 data breaches in 2022-23, up from 33 the year before, the "
        "force said. It recorded 38 in 2020-21.\n\n"
        "Over the three financial years, misdirected emails made up the largest share, "
        "accounting for 45 of the 111 breaches.\n\n"
        "Twenty involved lost paperwork. Gloucestershire Constabulary logged 64 breaches "
        "over the same three years."
    )
    found = rows(text, nlp)
    assert ("Wiltshire Police", "2020-2023", "emailed_to_incorrect_recipient", 45) in found
    assert ("Wiltshire Police", "2020-2023", None, 111) in found
    assert ("Wiltshire Police", "2020-2023", "loss_or_theft_of_paperwork", 20) in found
    assert ("Gloucestershire Constabulary", "2020-2023", None, 64) in found
    assert ("Wiltshire Police", "2020-2021", None, 38) in found
    # the three years' parts are not the last single year's
    assert not any(r[1] == "2020-2021" and r[2] for r in found)


def test_a_whole_of_forces_is_no_tally(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Wiltshire Police logged 40 data breaches in 2022, the report says. Breaches rose in "
        "12 of the 43 forces that answered."
    )
    assert rows(text, nlp) == {("Wiltshire Police", "2022", None, 40)}


def test_the_most_common_type_with_n_cases(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dorset Police recorded 130 data breaches in 2022/23. Its most common breach type "
        "that year was documents disclosed without redaction, with 37 cases."
    )
    found = rows(text, nlp)
    assert ("Dorset Police", "2022-2023", "failure_to_redact", 37) in found
    rising = (
        "Dorset Police recorded 130 data breaches in 2022/23. The number of data breaches at "
        "the force keeps rising, with 37 more cases than the year before."
    )
    assert not any(r[2] for r in rows(rising, nlp))


def test_a_category_share_of_reports_made_to_the_force_is_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Durham Constabulary received 2,950 reports of online fraud in 2022/23, up from 2,400 "
        "the year before. Bank impersonation calls made up 640 reports. Ransomware attacks "
        "on local firms accounted for 41."
    )
    assert rows(text, nlp) == set()
    own = (
        "Durham Constabulary recorded 95 data breaches in 2022/23. Misdirected emails made "
        "up the largest group, and lost paperwork accounted for 12."
    )
    assert ("Durham Constabulary", "2022-2023", "loss_or_theft_of_paperwork", 12) in rows(own, nlp)


def test_parts_of_one_forces_total_lend_no_category_to_other_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lincolnshire Police logged 74 data breaches in 2021/22, up from 59 the year before. "
        "Of the 2021/22 total, 19 involved emails sent to the wrong person.\n\n"
        "Leicestershire Police recorded 66 breaches, Derbyshire Constabulary 48 and "
        "Nottinghamshire Police 81."
    )
    found = rows(text, nlp)
    assert ("Lincolnshire Police", "2021-2022", "emailed_to_incorrect_recipient", 19) in found
    assert ("Leicestershire Police", "2021-2022", None, 66) in found
    assert ("Derbyshire Constabulary", "2021-2022", None, 48) in found
    assert ("Nottinghamshire Police", "2021-2022", None, 81) in found


def test_a_ranking_of_a_category_still_lends_it_to_the_forces_after(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Between 2016 and 2019 the forces reporting the most stolen laptops were Kent (41) "
        "and Essex (37). In the Midlands, Leicestershire Police reported 22 and Derbyshire "
        "Constabulary 15."
    )
    found = rows(text, nlp)
    assert ("Leicestershire Police", "2016-2019", "loss_or_theft_of_device", 22) in found
    assert ("Derbyshire Constabulary", "2016-2019", "loss_or_theft_of_device", 15) in found


def test_information_sent_insecurely(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gwent Police recorded 52 data breaches in 2022. Of these, 20 involved emails sent to "
        "the wrong person and seven involved files transmitted insecurely to partner agencies."
    )
    found = rows(text, nlp)
    assert ("Gwent Police", "2022", "emailed_to_incorrect_recipient", 20) in found
    assert ("Gwent Police", "2022", "insecure_transmission", 7) in found


def test_the_most_common_types_listed_together_share_one_period(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures obtained by a claims firm show Cleveland Police had 64 data breaches in "
        "2021/22 and 71 in 2022/23. In the latest year (2023/24) it recorded 58.\n\n"
        "The most common kinds of breach were documents disclosed to the wrong person (44) "
        "and officers looking at records with no policing purpose (29)."
    )
    found = rows(text, nlp)
    # together larger than the last year's 58: a breakdown of all three years
    assert ("Cleveland Police", "2021-2024", "inappropriate_disclosure", 44) in found
    assert ("Cleveland Police", "2021-2024", "unauthorised_access", 29) in found
    assert ("Cleveland Police", "2023-2024", None, 58) in found


def test_parts_within_the_last_total_keep_its_period(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cleveland Police had 64 data breaches in 2021/22 and 71 in 2022/23, figures show. "
        "The most common kinds of breach were documents disclosed to the wrong person (24) "
        "and officers looking at records with no policing purpose (19)."
    )
    found = rows(text, nlp)
    assert ("Cleveland Police", "2022-2023", "inappropriate_disclosure", 24) in found
    assert ("Cleveland Police", "2022-2023", "unauthorised_access", 19) in found


def test_an_answer_table_under_a_question_asking_for_a_category(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Freedom of information response - Warwickshire Police\n\n"
        "Please state how many data breaches the force recorded in each year.\n\n"
        "Year | Breaches\n"
        "2021 | 71\n"
        "2022 | 83\n"
        "How many of these involved letters posted to the wrong address?\n"
        "2021 | 12\n"
        "2022 | 9\n"
    )
    found = rows(text, nlp)
    assert found == {
        ("Warwickshire Police", "2021", None, 71),
        ("Warwickshire Police", "2022", None, 83),
        ("Warwickshire Police", "2021", "posted_to_incorrect_recipient", 12),
        ("Warwickshire Police", "2022", "posted_to_incorrect_recipient", 9),
    }


def test_an_answer_table_under_a_question_naming_no_category_is_skipped(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Freedom of information response - Warwickshire Police\n\n"
        "Please state how many data breaches the force recorded in each year.\n\n"
        "Year | Breaches\n"
        "2021 | 71\n"
        "2022 | 83\n"
        "How many of these were passed to the ICO?\n"
        "2021 | 2\n"
        "2022 | 4\n"
    )
    assert rows(text, nlp) == {
        ("Warwickshire Police", "2021", None, 71),
        ("Warwickshire Police", "2022", None, 83),
    }


def test_a_caption_line_inside_a_run_of_table_lines_starts_a_new_table(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Staffordshire Police - FOI 2024/77\n"
        "Data breaches recorded\n"
        "Calendar year Total\n"
        "2021 66\n"
        "2022 74\n"
        "Breaches by type, 2022\n"
        "Emails to the wrong recipient 30\n"
        "Lost paperwork 11\n"
    )
    found = rows(text, nlp)
    assert ("Staffordshire Police", "2022", "emailed_to_incorrect_recipient", 30) in found
    assert ("Staffordshire Police", "2022", "loss_or_theft_of_paperwork", 11) in found
    assert ("Staffordshire Police", "2021", None, 66) in found
    assert not any(r[1] == "2021" and r[2] for r in found)


def test_a_figure_two_forces_share_is_neither_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bedfordshire Police and Hertfordshire Constabulary, which run a joint information "
        "unit, recorded 188 data breaches between them in 2022."
    )
    assert rows(text, nlp) == set()
    combined = (
        "Bedfordshire Police recorded 70 data breaches in 2022 and Hertfordshire Constabulary "
        "118, a combined 188."
    )
    assert rows(combined, nlp) == {
        ("Bedfordshire Police", "2022", None, 70),
        ("Hertfordshire Constabulary", "2022", None, 118),
    }


def test_a_span_of_dates_written_in_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Response: Cleveland Police recorded 140 data breaches between 01/04/2020 and "
        "31/03/2023, of which 52 were emails sent to the wrong recipient."
    )
    found = rows(text, nlp)
    assert ("Cleveland Police", "2020-2023", None, 140) in found
    assert ("Cleveland Police", "2020-2023", "emailed_to_incorrect_recipient", 52) in found


def test_a_dash_before_the_parts_of_a_total(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Altogether, 61 data breaches were recorded by Wiltshire Police in 2022 - 40 involved "
        "emails sent to the wrong person, 12 involved letters sent to the wrong address and "
        "nine were verbal disclosures."
    )
    assert rows(text, nlp) == {
        ("Wiltshire Police", "2022", None, 61),
        ("Wiltshire Police", "2022", "emailed_to_incorrect_recipient", 40),
        ("Wiltshire Police", "2022", "posted_to_incorrect_recipient", 12),
        ("Wiltshire Police", "2022", "verbal_disclosure", 9),
    }
    pairs = "Data breaches recorded by Wiltshire Police: 2021 - 40, 2022 - 52."
    assert rows(pairs, nlp) == {
        ("Wiltshire Police", "2021", None, 40),
        ("Wiltshire Police", "2022", None, 52),
    }


def test_n_years_earlier(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Gwent Police logged 143 data breaches in 2023, against 88 four years earlier."
    assert rows(text, nlp) == {
        ("Gwent Police", "2023", None, 143),
        ("Gwent Police", "2019", None, 88),
    }


def test_the_previous_years_figure_after_a_percentage(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Merseyside Police recorded 512 data breaches in 2022/23, a rise of 9 per cent on "
        "the previous year's 470."
    )
    assert rows(text, nlp) == {
        ("Merseyside Police", "2022-2023", None, 512),
        ("Merseyside Police", "2021-2022", None, 470),
    }


def test_parts_of_a_total_a_reporting_clause_opens(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Humberside Police confirmed that of the 131 breaches it logged in 2022, 44 were "
        "caused by emails sent to the wrong person and 17 by lost paperwork."
    )
    assert rows(text, nlp) == {
        ("Humberside Police", "2022", None, 131),
        ("Humberside Police", "2022", "emailed_to_incorrect_recipient", 44),
        ("Humberside Police", "2022", "loss_or_theft_of_paperwork", 17),
    }
    forces = "The report found that of the 43 forces asked, 40 replied within the deadline."
    assert rows(forces, nlp) == set()


def test_a_figure_no_force_is_named_for_on_a_page_ranking_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Forces logged 3,410 data breaches between 2017 and 2021, the campaign group's study "
        "found. Of those, 1,020 involved staff looking up records with no policing purpose. "
        "Lancashire Constabulary recorded the most, with 402."
    )
    found = rows(text, nlp)
    assert ("Lancashire Constabulary", "2017-2021", None, 402) in found
    assert not any(r[3] in (3410, 1020) for r in found)


def test_a_force_against_its_own_past_keeps_the_figures_before_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures show 97 data breaches were recorded in 2023. Lancashire Constabulary said "
        "that was the highest total since 2018."
    )
    assert ("Lancashire Constabulary", "2023", None, 97) in rows(text, nlp)
