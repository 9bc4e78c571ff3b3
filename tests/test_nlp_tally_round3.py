"""Breach tallies, round 3 (extract.rules.tallies): clauses that keep their own category,
counts written after their category, the rest of a total, examples that are no counts,
another body's figures, list items and their periods, and a figure repeated with a vaguer
period. Paraphrases written for these tests; each pairs what must become a row with what
must not."""

from __future__ import annotations

from tally_rows import people, rows

# ------------------------------------------------ categories and clauses


def test_each_clause_keeps_its_own_category_and_a_count_may_follow_its_category(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nDurham Constabulary recorded 88 data breaches in 2021. Of these, 30 "
        "were emails sent to the wrong person. Another 22 involved case papers passed to a third "
        "party without authority, whereas staff searching police systems for no policing "
        "purpose made up 11."
    )
    found = rows(text, nlp)
    assert ("Durham Constabulary", "2021", "inappropriate_disclosure", 22) in found
    assert ("Durham Constabulary", "2021", "unauthorised_access", 11) in found
    assert ("Durham Constabulary", "2021", "unauthorised_access", 22) not in found


def test_the_rest_of_a_total_is_the_category_it_is_filed_under(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nGwent Police recorded 50 data breaches in 2022. Of these, 20 were "
        "letters sent to the wrong address and 18 were lost paperwork. The remaining 12 were "
        "logged by the force under 'Other'."
    )
    assert ("Gwent Police", "2022", "other", 12) in rows(text, nlp)
    kinded = text.replace("were logged by the force under 'Other'", "involved lost laptops")
    assert ("Gwent Police", "2022", "loss_or_theft_of_device", 12) in rows(kinded, nlp)
    # no total before it: the rest of nothing
    alone = "Breach figures\n\nThe remaining 12 were logged by Gwent Police under 'Other'."
    assert rows(alone, nlp) == set()


def test_one_case_told_as_an_example_is_no_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nWiltshire Police recorded 60 data breaches in 2022, figures show. "
        "In one case in 2022, an officer sent a witness statement to the wrong solicitor."
    )
    assert rows(text, nlp) == {("Wiltshire Police", "2022", None, 60)}
    counted = text.replace(
        "In one case in 2022, an officer sent", "One breach in 2021 saw an officer send"
    )
    assert ("Wiltshire Police", "2021", None, 1) in rows(counted, nlp)


# ------------------------------------------------ whose figure


def test_a_figure_another_body_recorded_is_no_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    council = (
        "Council breaches\n\nLeeds City Council recorded 230 data breaches in 2022/23, its "
        "annual report shows. The figure is up from 190 the previous year. In one case, a "
        "letter meant for a tenant was sent to West Yorkshire Police."
    )
    assert rows(council, nlp) == set()
    # the same sentence with a force recording it is that force's
    force = council.replace("Leeds City Council", "West Yorkshire Police")
    assert ("West Yorkshire Police", "2022-2023", None, 230) in rows(force, nlp)
    other = (
        "Breach figures\n\nFraud reports are handled by Action Fraud, which logged 900 reports "
        "of data misuse from Kent residents last year. Kent Police recorded 75 data breaches "
        "in 2022. The council recorded 40 data breaches in the same year."
    )
    assert rows(other, nlp) == {("Kent Police", "2022", None, 75)}


# ------------------------------------------------ lists and their periods


def test_list_items_in_words_are_dated_by_their_lead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breaches across the North East\n\nWe asked each force how many data breaches it "
        "recorded.\n\nThe figures for 2021 were:\n\nCleveland Police: 64 breaches, down from 70 "
        "in 2020\n\nDurham Constabulary: 51 (2020: 45)\n\nNorthumbria Police: 88, up 12% on the "
        "previous year\n\nNorthumbria Police said most were minor."
    )
    assert rows(text, nlp) == {
        ("Cleveland Police", "2021", None, 64),
        ("Cleveland Police", "2020", None, 70),
        ("Durham Constabulary", "2021", None, 51),
        ("Durham Constabulary", "2020", None, 45),
        ("Northumbria Police", "2021", None, 88),
    }


def test_a_period_beside_a_percentage_or_a_compared_figure_dates_no_other(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nSuffolk Constabulary recorded 58 data breaches last year, a fall of "
        "9% on 2021. Norfolk Constabulary recorded 66 data breaches last year, compared with "
        "61 in 2021."
    )
    assert rows(text, nlp) == {
        ("Suffolk Constabulary", "2022", None, 58),
        ("Norfolk Constabulary", "2022", None, 66),
        ("Norfolk Constabulary", "2021", None, 61),
    }


# ------------------------------------------------ repeated figures, kinds that happen


def test_a_figure_restated_with_an_explicit_period_counts_once(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Avon and Somerset Police logged 300 data breaches last year\n\nAvon and Somerset "
        "Police logged 300 data breaches in 2022/23, up from 280 in 2021/22."
    )
    assert rows(text, nlp) == {
        ("Avon and Somerset Police", "2022-2023", None, 300),
        ("Avon and Somerset Police", "2021-2022", None, 280),
    }
    # a different figure for last year is no restatement
    other = text.replace("logged 300 data breaches last year", "logged 310 data breaches last year")
    assert ("Avon and Somerset Police", "2022", None, 310) in rows(other, nlp)


def test_a_kind_said_to_happen_n_times_is_counted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nCumbria Constabulary recorded 140 data breaches in 2022. The most "
        "frequent failing was letters going to the wrong address, which occurred 37 times."
    )
    assert ("Cumbria Constabulary", "2022", "posted_to_incorrect_recipient", 37) in rows(text, nlp)
    # a person doing something many times is no count of breaches
    person = (
        "Officer sacked\n\nA Cumbria Constabulary officer looked up his neighbour on police "
        "systems 37 times in 2022, a hearing was told."
    )
    assert rows(person, nlp) == set()


def test_a_disclosure_category_named_by_its_medium_is_misdirected(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Disclosure log\n\nData breaches recorded by Cheshire Constabulary\n\nType | 2021 | 2022\n"
        "Information disclosed wrongly by post | 14 | 11\n"
        "Information disclosed wrongly by email | 30 | 26\nDisclosed to a third party | 5 | 7\n"
    )
    found = rows(text, nlp)
    assert ("Cheshire Constabulary", "2021", "posted_to_incorrect_recipient", 14) in found
    assert ("Cheshire Constabulary", "2022", "emailed_to_incorrect_recipient", 26) in found
    assert ("Cheshire Constabulary", "2022", "inappropriate_disclosure", 7) in found


def test_a_force_that_recorded_no_breaches_has_a_zero_row(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nDurham Constabulary said it recorded no data breaches in 2022 and "
        "had 14 in 2021."
    )
    assert rows(text, nlp) == {
        ("Durham Constabulary", "2022", None, 0),
        ("Durham Constabulary", "2021", None, 14),
    }
    # "no" before anything but a measure is no count
    other = "Breach figures\n\nDurham Constabulary said it had no record of breaches in 2022."
    assert rows(other, nlp) == set()


def test_an_answer_of_years_and_figures_set_apart_by_dashes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "FOI response\n\nRequest: Please give the number of data breaches Gwent Police "
        "recorded in each of the last three years.\n\nResponse:\n2019 - 61\n2020 - 57\n2021 - 70\n"
    )
    assert rows(text, nlp) == {
        ("Gwent Police", "2019", None, 61),
        ("Gwent Police", "2020", None, 57),
        ("Gwent Police", "2021", None, 70),
    }


def test_a_total_over_the_years_just_listed_is_their_span(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nCheshire Constabulary recorded 44 data breaches in 2019, 38 in 2020 "
        "and 51 in 2021, a total of 133 over the three years."
    )
    assert ("Cheshire Constabulary", "2019-2021", None, 133) in rows(text, nlp)
    # a span of another length than the years listed is not theirs
    other = text.replace("over the three years", "over the five years")
    assert not any(r[1].count("-") for r in rows(other, nlp))


def test_a_unit_after_a_figure_labels_no_row_and_a_figure_called_wrong_is_none(nlp) -> None:  # type: ignore[no-untyped-def]
    answer = (
        "FOI log\n\nRequest: Number of data protection breaches recorded by Cumbria "
        "Constabulary, 2019/20 to 2021/22, and the number of officers disciplined.\nAnswer:\n"
        "2019/20: 33 breaches; 2 officers disciplined\n2020/21: 41 breaches; 1 officer "
        "disciplined\n"
    )
    assert rows(answer, nlp) == {
        ("Cumbria Constabulary", "2019-2020", None, 33),
        ("Cumbria Constabulary", "2020-2021", None, 41),
    }
    disputed = (
        "Breach figures\n\nLincolnshire Police said the report's figure of 210 was inaccurate "
        "and that it had recorded 188 breaches between 2016 and 2019."
    )
    assert rows(disputed, nlp) == set()


def test_a_years_part_of_a_longer_total_and_a_force_that_recorded_none(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nBedfordshire Police recorded 97 data breaches between 2019 and 2022, "
        "including 30 last year. Hertfordshire Constabulary recorded none in 2022."
    )
    assert rows(text, nlp) == {
        ("Bedfordshire Police", "2019-2022", None, 97),
        ("Bedfordshire Police", "2022", None, 30),
        ("Hertfordshire Constabulary", "2022", None, 0),
    }
    # "none of them" is no count
    other = text.replace("recorded none in 2022", "said none of them involved its officers")
    assert not any(r[0] == "Hertfordshire Constabulary" for r in rows(other, nlp))


def test_a_period_opening_a_clause_dates_the_figure_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nIn 2020 Cumbria Constabulary logged 90 data breaches. By 2021 the "
        "number had reached 104, and in 2022 it was 118."
    )
    assert rows(text, nlp) == {
        ("Cumbria Constabulary", "2020", None, 90),
        ("Cumbria Constabulary", "2021", None, 104),
        ("Cumbria Constabulary", "2022", None, 118),
    }
    # a period closing its figure's clause stays with it
    closing = (
        "Breach figures\n\nCumbria Constabulary logged 104 data breaches in 2021, and 118 in 2022."
    )
    assert ("Cumbria Constabulary", "2021", None, 104) in rows(closing, nlp)


def test_the_met_opening_a_sentence_is_the_force_and_the_met_office_is_not(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police breach figures\n\nThe Met recorded 1,310 data breaches between 2017 and 2020."
    assert rows(text, nlp) == {("Metropolitan Police Service", "2017-2020", None, 1310)}
    office = text.replace("The Met recorded", "The Met Office recorded")
    assert rows(office, nlp) == set()


def test_people_said_to_be_disciplined_continue_the_offence_just_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Database misuse\n\nA report by the campaign group found 410 police staff across England "
        "and Wales were disciplined for misusing police databases between 2015 and 2018. At "
        "Cleveland Police alone, 26 were disciplined and four of them were dismissed."
    )
    assert rows(text, nlp) == set()  # people disciplined: an outcome, no breach row
    assert people(text, nlp) == {("Cleveland Police", "2015-2018", 26)}
    # with no offence named nearby, people disciplined are no tally
    plain = (
        "Staff news\n\nA report by the campaign group looked at police staffing between 2015 and "
        "2018. At Cleveland Police alone, 26 were disciplined."
    )
    assert rows(plain, nlp) == set()
    assert people(plain, nlp) == set()


def test_a_lead_about_forces_breaks_down_no_total(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police breaches\n\nOf the 43 forces, Essex Police logged the largest number of "
        "breaches between 2015 and 2018, 377."
    )
    assert rows(text, nlp) == {("Essex Police", "2015-2018", None, 377)}
    # a lead about breaches still breaks down the total before it
    parts = (
        "Police breaches\n\nEssex Police logged 377 breaches between 2015 and 2018. Of the 377 "
        "breaches, 120 were emails sent to the wrong person."
    )
    assert ("Essex Police", "2015-2018", "emailed_to_incorrect_recipient", 120) in rows(parts, nlp)


def test_a_difference_between_figures_is_no_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nNorthumbria Police recorded 150 data breaches in 2022, an increase of "
        "30 on the year before. Durham Constabulary recorded 70 in 2022, 12 more than in 2021."
    )
    assert rows(text, nlp) == {
        ("Northumbria Police", "2022", None, 150),
        ("Durham Constabulary", "2022", None, 70),
    }
    stated = text.replace("an increase of 30 on the year before", "up from 120 the year before")
    assert ("Northumbria Police", "2021", None, 120) in rows(stated, nlp)


def test_forces_and_figures_given_respectively_in_one_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nDevon and Cornwall Police and Dorset Police recorded 190 and 85 data "
        "breaches respectively in 2021."
    )
    assert rows(text, nlp) == {
        ("Devon and Cornwall Police", "2021", None, 190),
        ("Dorset Police", "2021", None, 85),
    }


def test_data_losses_count_and_a_part_out_of_a_total_is_no_row(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nFigures show Fife Constabulary recorded 31 data losses in 2011. "
        "Tayside Police referred 4 breaches to the ICO in 2011 out of 40 recorded."
    )
    assert rows(text, nlp) == {
        ("Fife Constabulary", "2011", None, 31),
        ("Tayside Police", "2011", None, 40),
    }


def test_breaches_of_the_same_kind_over_the_same_period(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nSuffolk Constabulary recorded 66 cases of lost paperwork between 2019 "
        "and 2021. In 2021 alone there were 30 such breaches. Norfolk Constabulary recorded 41 "
        "breaches of the same kind over the same period."
    )
    assert rows(text, nlp) == {
        ("Suffolk Constabulary", "2019-2021", "loss_or_theft_of_paperwork", 66),
        ("Suffolk Constabulary", "2021", "loss_or_theft_of_paperwork", 30),
        ("Norfolk Constabulary", "2019-2021", "loss_or_theft_of_paperwork", 41),
    }


def test_an_answer_of_nil_to_how_many_breaches_is_zero(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "FOI disclosure\n\nFreedom of Information request to Warwickshire Police.\n"
        "Q1. How many data breaches did the force record in 2020?\nA1. 38\n"
        "Q2. How many officers were disciplined as a result?\nA2. 2\n"
        "Q3. How many data breaches did the force record in 2021?\nA3. Nil\n"
    )
    assert rows(text, nlp) == {
        ("Warwickshire Police", "2020", None, 38),
        ("Warwickshire Police", "2021", None, 0),
    }


def test_breaches_among_a_wider_measure_are_the_forces_total(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Commissioner's report\n\nThe report says Thames Valley Police logged 420 information "
        "security incidents in 2021/22. Of these, 175 were personal data breaches, and 50 of "
        "those were letters sent to the wrong address."
    )
    assert rows(text, nlp) == {
        ("Thames Valley Police", "2021-2022", None, 175),
        ("Thames Valley Police", "2021-2022", "posted_to_incorrect_recipient", 50),
    }


def test_a_list_of_categories_after_its_total_and_a_bracketed_ranking_note(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nEssex Police recorded 120 breaches in 2021: 44 emails to the wrong "
        "person (37%), 19 lost laptops (16%) and 57 other incidents."
    )
    assert rows(text, nlp) == {
        ("Essex Police", "2021", None, 120),
        ("Essex Police", "2021", "emailed_to_incorrect_recipient", 44),
        ("Essex Police", "2021", "loss_or_theft_of_device", 19),
        ("Essex Police", "2021", "other", 57),
    }
    ranking = (
        "Breach figures\n\nBetween 2015 and 2018 West Yorkshire Police recorded the most breaches "
        "(980, or 15% of the total), followed by Merseyside Police (610)."
    )
    assert rows(ranking, nlp) == {
        ("West Yorkshire Police", "2015-2018", None, 980),
        ("Merseyside Police", "2015-2018", None, 610),
    }


def test_a_category_in_the_noun_phrase_after_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nLeicestershire Police recorded 80 data breaches in 2021, of "
        "which 30 were emails sent to the wrong person and 6 were cyber incidents."
    )
    assert rows(text, nlp) == {
        ("Leicestershire Police", "2021", None, 80),
        ("Leicestershire Police", "2021", "emailed_to_incorrect_recipient", 30),
        ("Leicestershire Police", "2021", "cyber_attack", 6),
    }


def test_figures_labelled_by_their_periods_in_a_sentence_about_breaches(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nData breaches logged by Surrey Police: 2020/21 - 88, 2021/22 - 93, "
        "2022/23 - 101.\n\nSussex Police data breaches by year: 2020 (70), 2021 (76)."
    )
    assert rows(text, nlp) == {
        ("Surrey Police", "2020-2021", None, 88),
        ("Surrey Police", "2021-2022", None, 93),
        ("Surrey Police", "2022-2023", None, 101),
        ("Sussex Police", "2020", None, 70),
        ("Sussex Police", "2021", None, 76),
    }
    words = "Breach figures\n\nData breaches at Gwent Police by year: 2021 - nine, 2022 - eleven."
    assert rows(words, nlp) == {
        ("Gwent Police", "2021", None, 9),
        ("Gwent Police", "2022", None, 11),
    }
    # figures by year in a sentence about something else are no breaches
    staff = (
        "Breach figures\n\nSurrey Police recorded 93 data breaches in 2021/22.\n\nSurrey Police "
        "officer numbers by year: 2020 (1,900), 2021 (1,950)."
    )
    assert rows(staff, nlp) == {("Surrey Police", "2021-2022", None, 93)}
