"""Breach tallies written in prose (extract.rules.tallies), round 2: breakdowns that refer
back to a total, forces compared in one breath, periods that point at a span stated
elsewhere, and the figures that look like counts but are not. Paraphrases written for these
tests; each pairs what must become a row with what must not."""

from __future__ import annotations

from datetime import date

from tally_rows import people, rows, run

# ------------------------------------------------ breakdowns of a total


def test_a_breakdown_belongs_to_the_total_not_the_figure_it_is_compared_with(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nSurrey Police logged 112 data breaches in 2022/23, up from 90 the "
        "year before. Of these, 31 were letters posted to the wrong address."
    )
    assert rows(text, nlp) == {
        ("Surrey Police", "2022-2023", None, 112),
        ("Surrey Police", "2021-2022", None, 90),
        ("Surrey Police", "2022-2023", "posted_to_incorrect_recipient", 31),
    }


def test_a_breakdown_runs_on_into_the_next_sentences(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nDorset Police recorded 64 data breaches in 2021. Of these, 20 were "
        "emails sent to the wrong person. Nine were cases in which staff looked up records "
        "without a policing purpose. A further five involved laptops going missing."
    )
    assert rows(text, nlp) == {
        ("Dorset Police", "2021", None, 64),
        ("Dorset Police", "2021", "emailed_to_incorrect_recipient", 20),
        ("Dorset Police", "2021", "unauthorised_access", 9),
        ("Dorset Police", "2021", "loss_or_theft_of_device", 5),
    }


def test_a_lead_naming_its_total_picks_that_total(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nGwent Police recorded 140 data breaches in 2021/22. That compares "
        "with 118 in 2020/21 and 96 in 2019/20.\n\nOf the 140 breaches, 45 involved emails "
        "sent to the wrong recipient and 12 involved paperwork that was lost or stolen."
    )
    assert {r for r in rows(text, nlp) if r[2]} == {
        ("Gwent Police", "2021-2022", "emailed_to_incorrect_recipient", 45),
        ("Gwent Police", "2021-2022", "loss_or_theft_of_paperwork", 12),
    }


def test_a_part_reported_to_the_regulator_is_no_row(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nEssex Police recorded 77 data breaches in 2020. Of the breaches "
        "above, 3 were reported to the ICO in 2020."
    )
    assert rows(text, nlp) == {("Essex Police", "2020", None, 77)}


def test_a_forces_total_can_be_broken_down_by_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Regional data breach figures\n\nThe totals each force reported between 2015 and 2020 "
        "were:\n"
        "- Cheshire Constabulary: 410\n- Cumbria Constabulary: 260\n\n"
        "Cheshire's total included 95 emails sent to the wrong person."
    )
    assert ("Cheshire Constabulary", "2015-2020", "emailed_to_incorrect_recipient", 95) in rows(
        text, nlp
    )


def test_a_part_of_the_same_kind_as_its_whole_is_no_row(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lost paperwork\n\nBetween 2016 and 2019, Norfolk Constabulary reported the most "
        "paperwork losses (57), including 9 case files left on trains."
    )
    assert rows(text, nlp) == {
        ("Norfolk Constabulary", "2016-2019", "loss_or_theft_of_paperwork", 57)
    }


def test_a_years_figure_inside_a_longer_total_is_that_years_total(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nSuffolk Constabulary logged 600 data breaches between 2017 and "
        "2021. That included 150 in 2020 alone."
    )
    assert rows(text, nlp) == {
        ("Suffolk Constabulary", "2017-2021", None, 600),
        ("Suffolk Constabulary", "2020", None, 150),
    }


# ------------------------------------------------ forces compared


def test_a_ranking_figure_set_off_by_commas(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "League table\n\nBetween 2014 and 2017, Lancashire Constabulary recorded the most "
        "breaches, 702, followed by Merseyside Police with 455. The smallest number, 21, "
        "came from Cumbria Constabulary."
    )
    assert rows(text, nlp) == {
        ("Lancashire Constabulary", "2014-2017", None, 702),
        ("Merseyside Police", "2014-2017", None, 455),
        ("Cumbria Constabulary", "2014-2017", None, 21),
    }


def test_an_aside_names_no_subject_and_coordinated_forces_each_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach report\n\nBetween 2015 and 2018, Surrey Police recorded 150 breaches, while "
        "Sussex Police, a force twice the size of Surrey, recorded 140. Kent Police recorded "
        "301 and Essex Police 277."
    )
    assert rows(text, nlp) == {
        ("Surrey Police", "2015-2018", None, 150),
        ("Sussex Police", "2015-2018", None, 140),
        ("Kent Police", "2015-2018", None, 301),
        ("Essex Police", "2015-2018", None, 277),
    }


def test_figures_given_respectively(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nLast year Wiltshire Police had 40 data breaches, Dorset Police had 35 "
        "and Devon and Cornwall Police 90. The year before, the three forces recorded 31, 28 "
        "and 77 respectively."
    )
    assert rows(text, nlp) == {
        ("Wiltshire Police", "2022", None, 40),
        ("Dorset Police", "2022", None, 35),
        ("Devon and Cornwall Police", "2022", None, 90),
        ("Wiltshire Police", "2021", None, 31),
        ("Dorset Police", "2021", None, 28),
        ("Devon and Cornwall Police", "2021", None, 77),
    }


def test_a_ranking_lead_names_the_category_and_other_forces_share_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lost kit\n\nBetween 2014 and 2017 the forces reporting the most device losses were "
        "Durham (41) and Cleveland (30). In the north-west, Cumbria Constabulary reported 12 "
        "and Lancashire Constabulary seven."
    )
    assert rows(text, nlp) == {
        ("Durham Constabulary", "2014-2017", "loss_or_theft_of_device", 41),
        ("Cleveland Police", "2014-2017", "loss_or_theft_of_device", 30),
        ("Cumbria Constabulary", "2014-2017", "loss_or_theft_of_device", 12),
        ("Lancashire Constabulary", "2014-2017", "loss_or_theft_of_device", 7),
    }


def test_such_breaches_are_of_the_kind_just_counted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Misdirected mail\n\nWest Mercia Police recorded 70 cases of letters posted to the wrong "
        "address between 2019 and 2022. In 2022 alone there were 25 such breaches."
    )
    assert ("West Mercia Police", "2022", "posted_to_incorrect_recipient", 25) in rows(text, nlp)


def test_a_figure_naming_no_force_on_a_page_comparing_forces_is_none(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police logged 3,000 data breaches in 2019\n\nBetween 2016 and 2019, Gwent Police "
        "recorded 210 breaches and Dyfed-Powys Police 160."
    )
    ex = run(text, nlp)
    assert {(c.force, c.count) for c in ex.breach_counts} == {
        ("Gwent Police", 210),
        ("Dyfed-Powys Police", 160),
    }


def test_a_national_breakdown_after_a_national_figure_is_no_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach report\n\nBetween 2016 and 2019 Avon and Somerset Constabulary recorded 230 "
        "breaches. Lost paperwork accounted for 900 breaches nationally. Emails sent to the "
        "wrong person accounted for 1,100."
    )
    assert rows(text, nlp) == {("Avon and Somerset Police", "2016-2019", None, 230)}


def test_another_bodys_name_and_an_unattributed_figure_are_no_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nIn 2021 Kent Police recorded 99 data breaches. The Kent Police "
        "Federation recorded a further six breaches. A further 14 breaches were recorded on "
        "shared systems and cannot be attributed to either force."
    )
    assert rows(text, nlp) == {("Kent Police", "2021", None, 99)}


# ------------------------------------------------ periods by reference


def test_over_the_n_years_refers_to_the_span_stated_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach report\n\nForces in England recorded 5,000 data breaches between 2017 and 2020. "
        "In 2020 alone forces recorded 1,600. Norfolk Constabulary recorded 140 breaches over "
        "the four years."
    )
    assert rows(text, nlp) == {("Norfolk Constabulary", "2017-2020", None, 140)}


def test_since_a_year_is_the_span_the_page_states_from_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Staff disciplined\n\nCampaigners found that between 2008 and 2011, 600 police staff "
        "across England and Wales were disciplined for misusing police databases. Since 2008, "
        "31 Cumbria Constabulary "
        "officers and staff have faced disciplinary action for misusing police systems, "
        "according to the figures."
    )
    assert rows(text, nlp, published=date(2012, 7, 1)) == set()  # people: no breach rows
    assert people(text, nlp, published=date(2012, 7, 1)) == {
        ("Cumbria Constabulary", "2008-2011", 31)
    }


def test_across_the_n_years_after_yearly_figures_covers_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nNorth Wales Police recorded 50 data breaches in 2018, 61 in 2019 "
        "and 70 in 2020. The force recorded 181 breaches across the three years, an average "
        "of 60 a year."
    )
    assert rows(text, nlp) == {
        ("North Wales Police", "2018", None, 50),
        ("North Wales Police", "2019", None, 61),
        ("North Wales Police", "2020", None, 70),
        ("North Wales Police", "2018-2020", None, 181),
    }


def test_a_period_beside_its_figure_beats_one_far_off(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nCleveland Police recorded 70 data breaches in the last financial "
        "year, twice the 35 it logged in 2019/20. The highest number was in 2021, when 80 "
        "were recorded, while the lowest was 20 in 2018."
    )
    assert rows(text, nlp) == {
        ("Cleveland Police", "2022-2023", None, 70),
        ("Cleveland Police", "2019-2020", None, 35),
        ("Cleveland Police", "2021", None, 80),
        ("Cleveland Police", "2018", None, 20),
    }


# ------------------------------------------------ not counts


def test_dates_ages_averages_and_rates_are_no_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nOn 14 March the force said Bedfordshire Police recorded 44 data "
        "breaches in 2021, an average of 4 a month. A clerk, 29, of Luton, was dismissed for "
        "looking up records without a policing purpose."
    )
    assert rows(text, nlp) == {("Bedfordshire Police", "2021", None, 44)}


def test_a_breach_at_a_company_is_not_the_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fraud reports\n\nHumberside Police recorded 3,100 fraud offences in 2022. In 400 cases, "
        "victims said their details had been taken in a data breach at a retailer."
    )
    assert run(text, nlp).breach_counts == []


def test_a_headline_figure_given_as_approximate_in_the_body_is_approximate(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Thames Valley Police logged 1,500 data breaches\n\nThames Valley Police has logged "
        "more than 1,500 data breaches since 2018, with 320 recorded last year."
    )
    assert rows(text, nlp) == {("Thames Valley Police", "2022", None, 320)}
