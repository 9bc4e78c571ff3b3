"""Breach tallies, round 4 (extract.rules.tallies): spans counted back from the end of a
calendar year and referred to again, "since <month> <year>" beside financial years, tables of
month-to-month periods with a grand total, and breakdowns of "last year's total" on a page of
financial years. Paraphrases written for these tests; each pairs what must become a row with
what must not."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2023, 9, 12)
rows = partial(tally_rows.rows, published=PUBLISHED)
run = partial(tally_rows.run, published=PUBLISHED)


def test_years_to_the_end_of_a_year_and_the_same_years_again(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Forces across Britain logged 9,000 data breaches in the four years to the end of 2022, "
        "a survey found.\n\nLancashire Constabulary accounted for 410 of them. Cumbria "
        "Constabulary reported 96 over the same four years."
    )
    found = rows(text, nlp)
    assert ("Lancashire Constabulary", "2019-2022", None, 410) in found
    assert ("Cumbria Constabulary", "2019-2022", None, 96) in found
    assert not any(r[1] == "2022" for r in found)


def test_since_a_month_is_not_the_financial_year_named_beside_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nCleveland Police recorded 58 data breaches in 2020/21. Durham "
        "Constabulary gave no yearly figures but said it had logged 140 breaches since "
        "October 2020."
    )
    found = rows(text, nlp)
    assert ("Durham Constabulary", "2020-2023", None, 140) in found
    assert ("Durham Constabulary", "2020-2021", None, 140) not in found
    assert ("Cleveland Police", "2020-2021", None, 58) in found


def test_a_table_of_month_to_month_periods_one_cell_per_line_with_a_grand_total(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Disclosure log: information security\n\n"
        "Gloucestershire Constabulary holds its figures by financial year, shown below.\n\n"
        "Period\nData breaches recorded\nApr 2019 to Mar 2020\n71\nApr 2020 to Mar 2021\n66\n"
        "Total\n137\n"
    )
    found = rows(text, nlp)
    assert ("Gloucestershire Constabulary", "2019-2020", None, 71) in found
    assert ("Gloucestershire Constabulary", "2020-2021", None, 66) in found
    assert ("Gloucestershire Constabulary", "2019-2021", None, 137) in found
    assert not any(r[3] == 137 and r[1] != "2019-2021" for r in found)


def test_a_period_line_is_no_dateline_but_a_date_line_still_is() -> None:
    from extract.clean import clean_text

    doc = clean_text(
        "Breach figures for Gwent Police\n\n3 May 2024\n\nGwent Police said breaches fell over "
        "the two years.\n\nJanuary 2021 - December 2021\n\n45\n"
    )
    assert "January 2021 - December 2021" in doc.text
    assert ("3 May 2024", "dateline") in doc.dropped


def test_parts_of_last_years_total_on_a_page_of_financial_years(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nSurrey Police logged 230 data breaches in 2022/23, against 205 in "
        "2021/22. Of last year's total, 40 were emails sent to the wrong person and 15 involved "
        "lost laptops."
    )
    found = rows(
        text, nlp, published=date(2023, 7, 4)
    )  # 2022/23 had ended: last year's total is it
    assert ("Surrey Police", "2022-2023", "emailed_to_incorrect_recipient", 40) in found
    assert ("Surrey Police", "2022-2023", "loss_or_theft_of_device", 15) in found
    assert not any(r[1] == "2022" for r in found)
    early = rows(text, nlp, published=date(2023, 2, 1))  # 2022/23 not yet over: the one before
    assert ("Surrey Police", "2021-2022", "emailed_to_incorrect_recipient", 40) in early
    calendar = text.replace("2022/23", "2022").replace("2021/22", "2021")
    assert ("Surrey Police", "2022", "emailed_to_incorrect_recipient", 40) in rows(
        calendar, nlp, published=date(2023, 7, 4)
    )


def test_a_possessive_lead_names_the_whole_its_parts_break_down(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nNorfolk Constabulary recorded 220 data breaches between 2018 and "
        "2021.\n\nOf Norfolk's 220 breaches, 64 involved letters posted to the wrong address "
        "and 19 the loss of police laptops or phones."
    )
    found = rows(text, nlp)
    assert ("Norfolk Constabulary", "2018-2021", "loss_or_theft_of_device", 19) in found
    assert ("Norfolk Constabulary", "2018-2021", None, 220) in found
    assert ("Norfolk Constabulary", "2018-2021", None, 19) not in found
    # no possessive lead and no measure: a bare figure stays no row
    bare = text.replace("Of Norfolk's 220 breaches, 64", "Officers said 64")
    assert not any(r[3] == 19 for r in rows(bare, nlp))


def test_a_figure_another_body_recorded_in_the_passive_is_no_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Crime in Suffolk\n\nSuffolk Constabulary recorded 90,000 crimes in 2022. Online "
        "crimes logged by the National Fraud Intelligence Bureau for the county rose to 3,100, "
        "including 410 computer misuse crimes such as hacking and stealing data."
    )
    assert not any(r[3] in (410, 3100) for r in rows(text, nlp))
    own = (
        "Breach figures\n\nData breaches recorded by Suffolk Constabulary rose to 140 in 2022, "
        "including 41 emails sent to the wrong person."
    )
    found = rows(own, nlp)
    assert ("Suffolk Constabulary", "2022", "emailed_to_incorrect_recipient", 41) in found


def test_a_page_of_another_bodys_figures_tells_no_breach_of_the_force(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Crime in Suffolk: the latest figures\n\nSuffolk Constabulary recorded 90,000 crimes in "
        "the year to December 2022, according to figures from the Office for National "
        "Statistics.\n\nOnline crimes logged by the National Fraud Intelligence Bureau for the "
        "force area rose to 3,100, including 410 computer misuse crimes such as hacking and data "
        "theft.\n\nBurglary fell by 8 per cent on the year before."
    )
    found = run(text, nlp)
    assert found.breach_counts == []
    assert found.incidents == []  # the force named only in a sentence of figures


def test_rows_labelled_month_to_month_with_the_figure_on_the_same_line(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches logged by Wiltshire Police\n\n"
        "Apr 2019 to Mar 2020: 33\nApr 2020 to Mar 2021: 47\n"
    )
    found = rows(text, nlp)
    assert ("Wiltshire Police", "2019-2020", None, 33) in found
    assert ("Wiltshire Police", "2020-2021", None, 47) in found
    assert not any(r[1] in ("2020", "2021") for r in found)


def test_a_force_named_right_after_its_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nIn 2022 there were 58 data breaches at Wiltshire Police, against 91 "
        "at Avon and Somerset Police."
    )
    found = rows(text, nlp)
    assert ("Avon and Somerset Police", "2022", None, 91) in found
    assert ("Wiltshire Police", "2022", None, 58) in found
    assert ("Wiltshire Police", "2022", None, 91) not in found


def test_a_total_after_a_series_of_years_covers_them_all(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nDyfed-Powys Police logged 21 data breaches in 2020, 30 in 2021 and "
        "26 in 2022, a total of 77."
    )
    found = rows(text, nlp)
    assert ("Dyfed-Powys Police", "2020-2022", None, 77) in found
    assert ("Dyfed-Powys Police", "2022", None, 77) not in found
    assert ("Dyfed-Powys Police", "2022", None, 26) in found
    # a total with a period of its own keeps it
    dated = text.replace(", a total of 77.", ". In 2023 it logged a total of 40.")
    assert ("Dyfed-Powys Police", "2023", None, 40) in rows(dated, nlp)


def test_a_whole_named_only_in_a_partitive_lead_is_a_figure_too(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nOf the 64 data breaches logged by Cheshire Constabulary in 2022, 18 "
        "were letters posted to the wrong address."
    )
    found = rows(text, nlp)
    assert ("Cheshire Constabulary", "2022", None, 64) in found
    assert any(r[3] == 18 and r[2] is not None for r in found)  # a part of a kind, no total
    # no period in the lead: the whole is not read off it
    undated = text.replace(" in 2022,", ",")
    assert not any(r[3] == 64 for r in rows(undated, nlp))


def test_a_total_row_under_years_down_with_measures_across(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bedfordshire Police disclosure\n\nYear | Data breaches | Emails to wrong recipient\n"
        "2019 | 40 | 11\n2020 | 46 | 9\n2021 | 51 | 14\nTotal | 137 | 34\n"
    )
    found = rows(text, nlp)
    assert ("Bedfordshire Police", "2019-2021", None, 137) in found
    assert ("Bedfordshire Police", "2019-2021", "emailed_to_incorrect_recipient", 34) in found
    assert ("Bedfordshire Police", "2020", None, 46) in found
    assert not any(r[3] == 137 and r[1] != "2019-2021" for r in found)


def test_a_figure_a_year_earlier_is_the_year_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nData breaches at Gwent Police climbed to 77 in 2022 from 59 a year "
        "earlier."
    )
    found = rows(text, nlp)
    assert ("Gwent Police", "2021", None, 59) in found
    assert ("Gwent Police", "2022", None, 59) not in found
    assert ("Gwent Police", "2022", None, 77) in found


def test_forces_ranked_in_turn_each_with_its_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nNorthumbria Police recorded 140 data breaches in 2022. Durham "
        "Constabulary was next with 96 and Cleveland Police after that with 71."
    )
    found = rows(text, nlp)
    assert ("Durham Constabulary", "2022", None, 96) in found
    assert ("Cleveland Police", "2022", None, 71) in found
    # no force after it: a bare figure with "with" stays no row
    alone = "Breach figures\n\nThe meeting ended with 96 and the vote with 71."
    assert rows(alone, nlp) == set()


def test_a_force_written_with_an_ampersand_records_its_own_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Breach figures\n\nDevon & Cornwall Police logged 118 data breaches in 2021."
    assert ("Devon and Cornwall Police", "2021", None, 118) in rows(text, nlp)
    # another body written with an ampersand is still another body
    other = "Breach figures\n\nSmith & Jones Solicitors logged 118 data breaches in 2021."
    assert rows(other, nlp) == set()


def test_a_table_row_label_may_drop_the_article_of_a_forces_short_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches by force\n\nForce | 2020 | 2021\nMet | 700 | 760\n"
        "Kent Police | 90 | 95\nOther | 4 | 6\n"
    )
    found = rows(text, nlp)
    assert ("Metropolitan Police Service", "2021", None, 760) in found
    assert ("Kent Police", "2020", None, 90) in found
    assert not any(r[3] in (4, 6) for r in found)  # a label that is no force's short name


def test_figures_and_periods_given_respectively(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nStaffordshire Police logged 33, 41 and 38 data breaches in 2020, "
        "2021 and 2022 respectively."
    )
    found = rows(text, nlp)
    assert {r for r in found if r[0] == "Staffordshire Police"} == {
        ("Staffordshire Police", "2020", None, 33),
        ("Staffordshire Police", "2021", None, 41),
        ("Staffordshire Police", "2022", None, 38),
    }
    # forces in turn, one period for all
    forces = (
        "Breach figures\n\nStaffordshire Police and Cheshire Constabulary logged 33 and 41 data "
        "breaches respectively in 2022."
    )
    assert ("Cheshire Constabulary", "2022", None, 41) in rows(forces, nlp)


def test_a_figure_in_brackets_after_the_word_number_is_a_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nSurrey Police logged 140 data breaches from 2020 to 2022, with the "
        "largest number (58) in 2022."
    )
    assert ("Surrey Police", "2022", None, 58) in rows(text, nlp)
    # "number 5" names a thing, it counts nothing
    ref = "Breach figures\n\nSurrey Police logged 140 data breaches in 2022, its request number 58."
    assert not any(r[3] == 58 for r in rows(ref, nlp))
