"""Breach tallies, round 13 (extract.rules.tallies and its helpers): general mechanisms for
the faults the blind statistics set audit21 showed (glued tables, parts told before their
wholes, proportions, withdrawn and disputed figures, people disciplined, a force's former
name, national figures). Paraphrases written for these tests; each pairs what must become a
row with what must not."""

from __future__ import annotations

from datetime import date
from functools import partial

import tally_rows

PUBLISHED = date(2024, 5, 20)
rows = partial(tally_rows.rows, published=PUBLISHED)


def test_glued_table_with_a_column_of_signed_changes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches logged by force, calendar years\n"
        "Force20222023Change\n"
        "Cumbria Constabulary6158-5%\n"
        "Durham Constabulary8096+20%\n"
        "Cleveland Police143129-10%\n"
        "All forces in the region284283-0%\n\n"
        "The forces said the figures were provisional."
    )
    assert rows(text, nlp) == {
        ("Cumbria Constabulary", "2022", None, 61),
        ("Cumbria Constabulary", "2023", None, 58),
        ("Durham Constabulary", "2022", None, 80),
        ("Durham Constabulary", "2023", None, 96),
        ("Cleveland Police", "2022", None, 143),
        ("Cleveland Police", "2023", None, 129),
    }


def test_a_change_that_no_split_gives_leaves_the_row_out(nlp) -> None:  # type: ignore[no-untyped-def]
    # 6158 read as 61 and 58 is a fall of 5%, not a rise of 40%: the row was read wrong
    text = (
        "Data breaches logged by force, calendar years\n"
        "Force20222023Change\n"
        "Cumbria Constabulary6158+40%\n"
        "Durham Constabulary8096+20%\n\n"
        "The forces said the figures were provisional."
    )
    found = rows(text, nlp)
    assert ("Durham Constabulary", "2023", None, 96) in found
    assert not any(r[0] == "Cumbria Constabulary" for r in found)


def test_a_part_told_before_its_whole_takes_the_kind_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Wiltshire Police recorded 88 data breaches in 2023, FOI figures show. Nineteen of "
        "its 88 breaches in 2023 involved letters posted to the wrong address."
    )
    found = rows(text, nlp)
    assert ("Wiltshire Police", "2023", "posted_to_incorrect_recipient", 19) in found
    # the whole is the force's total, of no kind
    assert ("Wiltshire Police", "2023", "posted_to_incorrect_recipient", 88) not in found
    simple = (
        "Wiltshire Police recorded 88 data breaches in 2023, FOI figures show. Seven of the 88 "
        "were laptops stolen from cars."
    )
    found = rows(simple, nlp)
    assert ("Wiltshire Police", "2023", "loss_or_theft_of_device", 7) in found
    assert not any(r[3] == 88 and r[2] for r in found)


def test_a_part_of_a_table_total_is_that_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches logged by force, calendar years\n"
        "Force20222023Change\n"
        "Cumbria Constabulary6158-5%\n"
        "Durham Constabulary8096+20%\n\n"
        "Durham's rise came mostly from email. Forty of its 96 breaches in 2023 were messages "
        "sent to the wrong recipient."
    )
    found = rows(text, nlp)
    assert ("Durham Constabulary", "2023", "emailed_to_incorrect_recipient", 40) in found
    assert not any(r[2] and r[0] != "Durham Constabulary" for r in found)


def test_one_in_three_is_a_proportion_not_a_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Suffolk Constabulary recorded 120 data breaches in 2023/24, figures show. Roughly one "
        "in four of these breaches was an email sent to the wrong person."
    )
    found = rows(text, nlp)
    assert ("Suffolk Constabulary", "2023-2024", None, 120) in found
    assert not any(r[3] in (1, 4) for r in found)


def test_a_zero_after_the_parts_of_a_named_total_shares_its_period(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cheshire Constabulary logged 240 breaches in 2023/24, up from 201 the year before. "
        "The total was 180 in 2020/21 and 190 in 2021/22. Of the 240 breaches last year, 66 "
        "involved emails sent to the wrong recipient. None was caused by a cyber attack."
    )
    found = rows(text, nlp)
    assert ("Cheshire Constabulary", "2023-2024", "cyber_attack", 0) in found
    assert not any(r[2] == "cyber_attack" and r[1] != "2023-2024" for r in found)


def test_people_disciplined_over_counted_breaches_are_no_tally(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officers and staff at Cheshire Constabulary breached data protection rules 64 times "
        "in 2023, figures released under FOI show. Eleven officers were disciplined for "
        "misusing police systems as a result."
    )
    found = rows(text, nlp)
    assert not any(r[3] == 11 for r in found)
    assert ("Cheshire Constabulary", "2023", None, 64) in found
    # a page of misconduct figures alone keeps them as people, still no breach row
    alone = (
        "Figures obtained under freedom of information show 31 officers at Cheshire "
        "Constabulary were disciplined for misusing police databases in 2023."
    )
    assert rows(alone, nlp) == set()
    assert tally_rows.people(alone, nlp, PUBLISHED) == {("Cheshire Constabulary", "2023", 31)}


def test_a_forces_former_name_in_an_aside_is_no_other_force(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hampshire and Isle of Wight Constabulary recorded 190 data breaches in 2023. The "
        "force, known as Hampshire Constabulary until 2022, logged 760 breaches between 2019 "
        "and 2023, according to FOI figures."
    )
    found = rows(text, nlp)
    assert ("Hampshire and Isle of Wight Constabulary", "2019-2023", None, 760) in found
    assert not any(r[0] == "Hampshire Constabulary" for r in found)


def test_a_part_that_was_people_doing_a_kind_of_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Warwickshire Police recorded 66 data breaches in 2022/23. Fourteen were staff "
        "browsing records without a policing purpose."
    )
    found = rows(text, nlp)
    assert ("Warwickshire Police", "2022-2023", "unauthorised_access", 14) in found
    # people counted by what befell them are still no tally
    befell = (
        "Warwickshire Police recorded 66 data breaches in 2022/23. Fourteen were officers "
        "who were later sacked."
    )
    assert not any(r[3] == 14 for r in rows(befell, nlp))


def test_a_header_of_years_under_a_caption_with_years(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data protection breaches by force, 2022 and 2023\n"
        "Force | 2022 | 2023\n"
        "Lincolnshire Police | 71 | 83\n"
        "Norfolk Constabulary | 102 | 97\n\n"
        "Both forces said most breaches were minor."
    )
    assert rows(text, nlp) == {
        ("Lincolnshire Police", "2022", None, 71),
        ("Lincolnshire Police", "2023", None, 83),
        ("Norfolk Constabulary", "2022", None, 102),
        ("Norfolk Constabulary", "2023", None, 97),
    }


def test_a_source_note_under_a_table_says_what_it_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    table = "Force\t2022\t2023\nLincolnshire Police\t71\t83\nNorfolk Constabulary\t102\t97\n"
    found = rows(table + "Source: FOI answers on personal data breaches", nlp)
    assert ("Norfolk Constabulary", "2023", None, 97) in found
    assert len(found) == 4
    # a line under the table that is no source note says nothing of it
    other = rows(table + "Officers said the data breaches were rare.", nlp)
    assert not other


def test_a_figure_revised_in_the_next_sentence_replaces_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "North Yorkshire Police logged 205 data breaches in 2023. The figure was later amended "
        "to 187 once duplicate reports had been taken out."
    )
    assert rows(text, nlp) == {("North Yorkshire Police", "2023", None, 187)}


def test_a_national_figure_after_a_forces_is_no_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Leicestershire Police logged 163 data breaches in 2023, out of 10,450 across England "
        "and Wales, figures show."
    )
    assert rows(text, nlp) == {("Leicestershire Police", "2023", None, 163)}
    share = (
        "Leicestershire Police logged 163 of the 10,450 data breaches recorded across England "
        "and Wales in 2023."
    )
    assert rows(share, nlp) == {("Leicestershire Police", "2023", None, 163)}


def test_people_joined_to_those_disciplined_share_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures obtained by the campaign show Cumbria Constabulary disciplined 9 police "
        "officers and three civilian employees for misusing police databases between 2015 "
        "and 2018."
    )
    ex = tally_rows.run(text, nlp, PUBLISHED)
    assert ex.breach_counts == []  # people, no breaches
    assert sorted(n for _, _, n in tally_rows.people_in(ex)) == [3, 9]


def test_forces_listed_then_figures_listed_pair_in_order(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures show Warwickshire Police and West Mercia Police recorded 58 and 131 data "
        "breaches in 2023."
    )
    assert rows(text, nlp) == {
        ("Warwickshire Police", "2023", None, 58),
        ("West Mercia Police", "2023", None, 131),
    }


def test_a_place_in_a_league_table_with_its_figure_in_brackets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lincolnshire Police logged the most data breaches in the region in 2023, with 173. "
        "Norfolk Constabulary was second (150) and Suffolk Constabulary third (121)."
    )
    found = rows(text, nlp)
    assert ("Norfolk Constabulary", "2023", None, 150) in found
    assert ("Suffolk Constabulary", "2023", None, 121) in found
    # a bracketed figure with no ranking before it is no count
    plain = (
        "Norfolk Constabulary logged 150 data breaches in 2023. Its press office (12 staff) "
        "answered the request."
    )
    assert rows(plain, nlp) == {("Norfolk Constabulary", "2023", None, 150)}


def test_a_figure_after_had_been_continues_the_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Durham Constabulary logged 77 data breaches in 2023. Two years earlier there had been 61."
    )
    assert ("Durham Constabulary", "2021", None, 61) in rows(text, nlp)
    # a figure of something else after "had been" is no count
    other = (
        "Durham Constabulary logged 77 data breaches in 2023. Its data officer had been 14 "
        "years in post."
    )
    assert rows(other, nlp) == {("Durham Constabulary", "2023", None, 77)}


def test_figures_listed_then_periods_listed_pair_in_order(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gwent Police recorded 93 and 84 data breaches in the 2023/24 and 2022/23 financial years."
    )
    assert rows(text, nlp) == {
        ("Gwent Police", "2023-2024", None, 93),
        ("Gwent Police", "2022-2023", None, 84),
    }
    # one period for two figures pairs nothing
    one = "Gwent Police recorded 93 and 84 data breaches in 2023, its two divisions said."
    assert not any(r[1] == "2022" for r in rows(one, nlp))


def test_a_nought_in_figures_after_its_label(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Surrey Police logged 92 data breaches in 2023. Letters to the wrong address: 9. "
        "Ransomware attacks: 0."
    )
    found = rows(text, nlp)
    assert ("Surrey Police", "2023", "cyber_attack", 0) in found
    assert ("Surrey Police", "2023", "posted_to_incorrect_recipient", 9) in found
    # a nought of people is no zero of a kind
    people = "Surrey Police logged 92 data breaches in 2023. Officers: 0 dismissed."
    assert rows(people, nlp) == {("Surrey Police", "2023", None, 92)}


def test_items_of_a_gapped_list_after_a_part(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Essex Police logged 120 data breaches in 2023. Letters sent to the wrong address made "
        "up 40 of these, lost notebooks 22 and unauthorised access 13."
    )
    found = rows(text, nlp)
    assert ("Essex Police", "2023", "posted_to_incorrect_recipient", 40) in found
    assert ("Essex Police", "2023", "loss_or_theft_of_paperwork", 22) in found
    assert ("Essex Police", "2023", "unauthorised_access", 13) in found
    assert not any(r[3] == 40 and r[2] != "posted_to_incorrect_recipient" for r in found)


def test_a_dated_bare_figure_after_a_sentence_about_breaches(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The number of data breaches at Cleveland Police has climbed by a third. There were "
        "88 in 2023, compared with 66 in 2022."
    )
    found = rows(text, nlp)
    assert ("Cleveland Police", "2023", None, 88) in found
    assert ("Cleveland Police", "2022", None, 66) in found
    # a figure of something else after it is still no count
    other = (
        "The number of data breaches at Cleveland Police has climbed by a third. There were "
        "12 staff in its data protection team in 2023."
    )
    assert rows(other, nlp) == set()
