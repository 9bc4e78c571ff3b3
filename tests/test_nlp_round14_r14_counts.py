"""Breach tallies, round 14 (branch r14-counts): a figure after a definite determiner that
repeats a figure counted before ("all 23 cases", "those 45 incidents") points back at it and
is no new count, whatever period the sentence then names. Paraphrases written for these
tests; each pairs what must become a row with what must not."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2025, 3, 12)
rows = partial(tally_rows.rows, published=PUBLISHED)


def test_all_n_cases_repeats_the_figure_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures released under freedom of information laws show Devon and Cornwall Police "
        "found 23 cases in 2022 where officers viewed records without a policing purpose.\n\n"
        "The force said all 23 cases had been passed to its professional standards unit, "
        "which finished its review in the autumn of 2023."
    )
    assert rows(text, nlp) == {("Devon and Cornwall Police", "2022", "unauthorised_access", 23)}
    # the same words before a figure the page has not given: a count of its own
    text = (
        "Figures released under freedom of information laws show Devon and Cornwall Police "
        "found 23 cases in 2022 where officers viewed records without a policing purpose.\n\n"
        "In 2023 the force logged the 31 data breaches listed in its annual report."
    )
    assert rows(text, nlp) == {
        ("Devon and Cornwall Police", "2022", "unauthorised_access", 23),
        ("Devon and Cornwall Police", "2023", None, 31),
    }


def test_those_n_incidents_repeats_the_figure_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Wiltshire Police recorded 45 data breaches in 2021, according to figures obtained "
        "by this newspaper.\n\n"
        "A spokesperson said those 45 incidents were reviewed by the data protection officer "
        "during 2022."
    )
    assert rows(text, nlp) == {("Wiltshire Police", "2021", None, 45)}
    # the same number again with no determiner pointing back: another year's figure
    text = (
        "Wiltshire Police recorded 45 data breaches in 2021, according to figures obtained "
        "by this newspaper.\n\n"
        "The force also recorded 45 data breaches in 2022."
    )
    assert rows(text, nlp) == {
        ("Wiltshire Police", "2021", None, 45),
        ("Wiltshire Police", "2022", None, 45),
    }


def test_a_force_on_a_figure_is_the_next_place_of_a_ranking(nlp) -> None:  # type: ignore[no-untyped-def]
    # the period given in the sentence before: the figures after 'followed by X on' are the
    # forces' own, as they are when the period is in the same sentence
    text = (
        "Freedom of information figures show how many data breaches police forces in the "
        "region logged in 2022.\n\n"
        "Lancashire Constabulary logged 240 data breaches, followed by Cumbria Constabulary "
        "on 118 and Merseyside Police on 97."
    )
    assert rows(text, nlp) == {
        ("Lancashire Constabulary", "2022", None, 240),
        ("Cumbria Constabulary", "2022", None, 118),
        ("Merseyside Police", "2022", None, 97),
    }
    # 'on' before a date or a measured figure is no place in a ranking
    text = (
        "Freedom of information figures show how many data breaches police forces in the "
        "region logged in 2022.\n\n"
        "Lancashire Constabulary logged 240 data breaches, and officers from Cumbria "
        "Constabulary on 12 separate days attended training on data protection."
    )
    assert rows(text, nlp) == {("Lancashire Constabulary", "2022", None, 240)}


def test_bare_figures_after_a_dated_sentence_about_breaches_with_no_count(nlp) -> None:  # type: ignore[no-untyped-def]
    # the sentence before speaks of breaches and dates them, but gives no count of its own (a
    # year is no count): a named force's bare figure counts those breaches, in that period
    text = (
        "Forces in the south west logged hundreds of data breaches during 2021, according to "
        "figures released under freedom of information laws.\n\n"
        "Avon and Somerset Police logged 203, while Gloucestershire Constabulary logged 77."
    )
    assert rows(text, nlp) == {
        ("Avon and Somerset Police", "2021", None, 203),
        ("Gloucestershire Constabulary", "2021", None, 77),
    }
    # a bare figure that says what became of some breaches is no count of them
    text = (
        "Forces in the south west logged hundreds of data breaches during 2021, according to "
        "figures released under freedom of information laws.\n\n"
        "Avon and Somerset Police said 40 were passed to the Information Commissioner's Office."
    )
    assert rows(text, nlp) == set()


def test_a_when_clause_after_a_period_dates_the_figure_in_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures released under freedom of information laws show Cheshire Constabulary "
        "recorded 151 data breaches in 2022, a rise of 30 per cent on 2021, when it "
        "recorded 116."
    )
    assert rows(text, nlp) == {
        ("Cheshire Constabulary", "2022", None, 151),
        ("Cheshire Constabulary", "2021", None, 116),
    }
    # the figure before the clause keeps its own period
    text = (
        "Figures released under freedom of information laws show Cheshire Constabulary "
        "recorded 151 data breaches in 2022, when it also disciplined 9 officers."
    )
    assert rows(text, nlp) == {("Cheshire Constabulary", "2022", None, 151)}


def test_a_part_of_no_kind_in_the_totals_sentence_adds_nothing_to_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # the scorer sums rows of one force, period and type: a part with no category told in
    # the total's sentence was summed into the total
    text = (
        "Figures released under freedom of information laws show Suffolk Constabulary "
        "recorded 233 data breaches in 2022, with 71 put down to human error."
    )
    counts = tally_rows.run(text, nlp, PUBLISHED).breach_counts
    assert [(c.force, c.period, c.breach_type, c.count) for c in counts] == [
        ("Suffolk Constabulary", "2022", None, 233)
    ]
    # parts of one kind told in one sentence still add up
    text = (
        "Figures released under freedom of information laws show that in 2022 Suffolk "
        "Constabulary recorded seven cases where emails were sent to the wrong person by "
        "its call handlers and three where emails were sent to the wrong person by detectives."
    )
    counts = tally_rows.run(text, nlp, PUBLISHED).breach_counts
    assert sorted(
        (c.force, c.period, c.breach_type, c.count) for c in counts if not c.approximate
    ) == [
        ("Suffolk Constabulary", "2022", "emailed_to_incorrect_recipient", 3),
        ("Suffolk Constabulary", "2022", "emailed_to_incorrect_recipient", 7),
    ]


def test_last_calendar_years_are_whole_years_before_the_reference(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures released under freedom of information laws show Dyfed-Powys Police "
        "recorded 64 data breaches in the last full calendar year."
    )
    assert rows(text, nlp) == {("Dyfed-Powys Police", "2024", None, 64)}
    text = (
        "Figures released under freedom of information laws show Dyfed-Powys Police "
        "recorded 170 data breaches over the last three calendar years."
    )
    assert rows(text, nlp) == {("Dyfed-Powys Police", "2022-2024", None, 170)}
    # without 'calendar', the past three years run on into the reference year from July on
    text = (
        "Figures released under freedom of information laws show Dyfed-Powys Police "
        "recorded 170 data breaches over the last three years."
    )
    assert rows(text, nlp, published=date(2025, 9, 1)) == {
        ("Dyfed-Powys Police", "2022-2025", None, 170)
    }


def test_went_up_to_is_the_figure_reached_not_a_bound(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures released under freedom of information laws show Cleveland Police recorded "
        "61 data breaches in 2022. In 2023 that number went up to 75."
    )
    assert rows(text, nlp) == {
        ("Cleveland Police", "2022", None, 61),
        ("Cleveland Police", "2023", None, 75),
    }
    # 'up to' with no change before it is a bound: left out, as the scorer leaves it out
    text = (
        "Figures released under freedom of information laws show Cleveland Police recorded "
        "61 data breaches in 2022. In 2023 the force said it recorded up to 75."
    )
    assert rows(text, nlp) == {("Cleveland Police", "2022", None, 61)}


def test_an_acronym_naming_the_law_breached_is_a_modifier(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures released under freedom of information laws show Northamptonshire Police "
        "logged 58 GDPR breaches in 2023."
    )
    assert rows(text, nlp) == {("Northamptonshire Police", "2023", None, 58)}
    # the acronym before another noun counts no breaches: requests made under the law
    text = (
        "Figures released under freedom of information laws show Northamptonshire Police "
        "logged 58 GDPR requests in 2023."
    )
    assert rows(text, nlp) == set()


def test_the_previous_financial_year_steps_back_from_the_year_just_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures released under freedom of information laws show Sussex Police recorded 212 "
        "data breaches in 2021/22, compared with 187 in the previous financial year."
    )
    assert rows(text, nlp) == {
        ("Sussex Police", "2021-2022", None, 212),
        ("Sussex Police", "2020-2021", None, 187),
    }
    # with no year named before it, it is the one before the current financial year
    text = (
        "Figures released under freedom of information laws show Sussex Police recorded 187 "
        "data breaches in the previous financial year."
    )
    assert rows(text, nlp) == {("Sussex Police", "2023-2024", None, 187)}


def test_the_previous_calendar_year_steps_back_from_the_year_just_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures released under freedom of information laws show Sussex Police recorded 212 "
        "data breaches in 2022, compared with 187 in the previous calendar year."
    )
    assert rows(text, nlp) == {
        ("Sussex Police", "2022", None, 212),
        ("Sussex Police", "2021", None, 187),
    }
    # with no year named before it, the calendar year before the reference year
    text = (
        "Figures released under freedom of information laws show Sussex Police recorded 187 "
        "data breaches in the previous calendar year."
    )
    assert rows(text, nlp) == {("Sussex Police", "2024", None, 187)}


def test_steps_from_the_year_just_named_chain_through_a_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures released under freedom of information laws show Surrey Police recorded 171 "
        "data breaches in 2023, 164 the year before and 139 the year before that."
    )
    assert rows(text, nlp) == {
        ("Surrey Police", "2023", None, 171),
        ("Surrey Police", "2022", None, 164),
        ("Surrey Police", "2021", None, 139),
    }
    text = (
        "Figures released under freedom of information laws show Surrey Police recorded 171 "
        "data breaches in 2021/22 and 180 in the following financial year."
    )
    assert rows(text, nlp) == {
        ("Surrey Police", "2021-2022", None, 171),
        ("Surrey Police", "2022-2023", None, 180),
    }
    # a figure of people beside such a phrase is still no count of breaches
    text = (
        "Figures released under freedom of information laws show Surrey Police recorded 171 "
        "data breaches in 2023, and 12 officers the year before were disciplined."
    )
    assert rows(text, nlp) == {("Surrey Police", "2023", None, 171)}


def test_one_figure_over_several_years_named_together_is_a_span(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures released under freedom of information laws show Surrey Police recorded 512 "
        "data breaches in 2021, 2022 and 2023 combined, and Sussex Police 430 in the three "
        "years from 2021."
    )
    assert rows(text, nlp) == {
        ("Surrey Police", "2021-2023", None, 512),
        ("Sussex Police", "2021-2023", None, 430),
    }
    # figures given year by year for years named together stay one a year
    text = (
        "Figures released under freedom of information laws show Surrey Police recorded 171 "
        "and 164 data breaches in 2022 and 2023 respectively."
    )
    assert rows(text, nlp) == {
        ("Surrey Police", "2022", None, 171),
        ("Surrey Police", "2023", None, 164),
    }


def test_the_following_twelve_months_step_on_from_the_year_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures released under freedom of information laws show that in the year to March "
        "2022 Surrey Police recorded 150 data breaches. In the following 12 months it "
        "recorded 187."
    )
    assert rows(text, nlp) == {
        ("Surrey Police", "2021-2022", None, 150),
        ("Surrey Police", "2022-2023", None, 187),
    }
    # with no year before it to step on from, the phrase dates nothing
    text = (
        "Figures released under freedom of information laws show that in the following 12 "
        "months Surrey Police recorded 187 data breaches."
    )
    assert rows(text, nlp) == set()


def test_kinds_counted_right_after_a_forces_total_break_it_down(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures released under freedom of information laws show Norfolk Constabulary "
        "recorded 268 data breaches in 2022. The breakdown shows 51 misdirected emails and "
        "17 lost documents."
    )
    assert rows(text, nlp) == {
        ("Norfolk Constabulary", "2022", None, 268),
        ("Norfolk Constabulary", "2022", "emailed_to_incorrect_recipient", 51),
        ("Norfolk Constabulary", "2022", "loss_or_theft_of_paperwork", 17),
    }
    # things counted there that are no kind of breach stay out
    text = (
        "Figures released under freedom of information laws show Norfolk Constabulary "
        "recorded 268 data breaches in 2022. The review found 51 new analysts and 17 "
        "auditors had been hired."
    )
    assert rows(text, nlp) == {("Norfolk Constabulary", "2022", None, 268)}


def test_a_category_ranked_the_most_common_breach_is_the_figures_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures released under freedom of information laws show misdirected emails were the "
        "most common breach at Gwent Police in 2022, with 33 cases."
    )
    assert rows(text, nlp) == {("Gwent Police", "2022", "emailed_to_incorrect_recipient", 33)}
    # breaches ranked with no category before them: the figure is the force's total
    text = (
        "Figures released under freedom of information laws show Gwent Police recorded the "
        "most data breaches in Wales in 2022, with 133 cases."
    )
    assert rows(text, nlp) == {("Gwent Police", "2022", None, 133)}


def test_breaches_a_category_qualifies_give_the_figure_that_category(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures released under freedom of information laws show Kent Police recorded the "
        "most data breaches involving lost devices in 2023, with 45."
    )
    assert rows(text, nlp) == {("Kent Police", "2023", "loss_or_theft_of_device", 45)}
    # breaches with no category qualifying them: the force's total
    text = (
        "Figures released under freedom of information laws show Kent Police recorded the "
        "most data breaches of any force in 2023, with 451."
    )
    assert rows(text, nlp) == {("Kent Police", "2023", None, 451)}
