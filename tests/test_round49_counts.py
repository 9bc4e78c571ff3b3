"""Breach tallies, round 49: a figure naming no force, on a page whose figures so far are all
forces', goes on with them. A force a story named in passing ("an officer from Kent") or the
page's subject, with no figure named as its own yet, does not take it; nor does the last force
of a list of several forces' totals take a forceless part larger than its total. Paraphrases
written for these tests; each mechanism has a case that must fire and a near miss that must
not."""

from __future__ import annotations

from datetime import date

from tally_rows import cleaned_tally_rows

PUBLISHED = date(2024, 3, 1)


def rows(text: str, nlp) -> set[tuple]:  # type: ignore[no-untyped-def]
    return cleaned_tally_rows(text, nlp, PUBLISHED)


PASSING_FORCE = (
    "Police data breaches report\n\n"
    "Forces across the UK logged at least 3,100 data breaches between 2018 and 2022, a "
    "campaign group found.\n\n"
    "In one case an officer from Kent Police looked up a neighbour's record.\n\n"
    "A further 1,400 incidents led to no disciplinary action.\n"
)

PASSING_FORCE_PART = (
    "Police forces suffered thousands of data breaches\n\n"
    "Police in England and Wales recorded 4,200 data breaches in 2021, figures show.\n\n"
    "One Norfolk Constabulary officer was sacked after passing details to a friend.\n\n"
    "About 1,900 of those concerned messages mailed to a wrong address.\n"
)

PASSING_FORCE_OUTCOME = (
    "Thousands of police data breaches revealed\n\n"
    "Forces across England and Wales together recorded 2,900 data breaches between 2019 and 2021, "
    "figures obtained by a news agency show.\n\n"
    "The Metropolitan Police was also mentioned for a case in which a file was leaked to a "
    "journalist.\n\n"
    "Another 500 cases ended with a written warning.\n"
)

NAMED_AFTER_NATIONAL = (
    "Police data breaches report\n\n"
    "Forces across Britain logged 2,300 data breaches in 2020, a study found.\n\n"
    "In Kent, 40 data breaches were recorded in 2020.\n"
)

PRONOUN_AFTER_FORCE = (
    "Police data breaches report\n\n"
    "UK forces logged 3,100 data breaches between 2018 and 2022, a report found.\n\n"
    "Lancashire Constabulary was the worst. They had to deal with 640 data breaches.\n"
)

THE_FORCE = (
    "Kent Police named in data breach report\n\n"
    "UK forces logged 3,100 data breaches between 2018 and 2022, a report found.\n\n"
    "Kent Police was named in the report. The force recorded 212 data breaches over the "
    "period.\n"
)

LIST_THEN_NATIONAL_PART = (
    "Police data breaches report\n\n"
    "Forces across the UK logged at least 3,100 data breaches between 2018 and 2022, a "
    "campaign group found.\n\n"
    "The most breaches were at Kent Police (300), Essex Police (210) and Surrey Police "
    "(150).\n\n"
    "Data was shared without authorisation 700 times, the report says.\n"
)

LIST = {
    ("Kent Police", "2018-2022", None, 300),
    ("Essex Police", "2018-2022", None, 210),
    ("Surrey Police", "2018-2022", None, 150),
}


def test_a_force_named_in_passing_takes_no_national_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    assert rows(PASSING_FORCE, nlp) == set()
    assert rows(PASSING_FORCE_PART, nlp) == set()
    assert rows(PASSING_FORCE_OUTCOME, nlp) == set()


def test_a_force_the_sentence_points_at_keeps_its_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    assert rows(PRONOUN_AFTER_FORCE, nlp) == {("Lancashire Constabulary", "2018-2022", None, 640)}
    assert rows(THE_FORCE, nlp) == {("Kent Police", "2018-2022", None, 212)}
    assert rows(NAMED_AFTER_NATIONAL, nlp) == {("Kent Police", "2020", None, 40)}


def test_a_part_larger_than_a_listed_total_is_national(nlp) -> None:  # type: ignore[no-untyped-def]
    assert rows(LIST_THEN_NATIONAL_PART, nlp) == LIST


# The page's subject keeps its figures: named in the headline, or as the subject of a
# sentence with no figure, or in the figure's own sentence after the figure (near misses of
# the forceless-figure rule: the force is no case's employer named in passing).
SUBJECT_IN_HEADLINE = (
    "Gwent Police data breaches rise\n\n"
    "Forces in England and Wales logged 9,800 data breaches in 2021/22, a national FOI "
    "survey found.\n\n"
    "Figures given to this paper show 74 breaches in 2021/22, up from 52 a year earlier.\n"
)

SUBJECT_WITHOUT_FIGURE = (
    "Data breach figures released\n\n"
    "Police across the UK logged 7,300 data breaches in 2021, a report found.\n\n"
    "Suffolk Constabulary replied to a Freedom of Information request.\n\n"
    "There were 118 breaches in 2021, its reply shows.\n"
)

SINGLED_OUT = (
    "Police data breach report\n\n"
    "Forces in Britain logged 8,100 data breaches in 2020, a campaign group found.\n\n"
    "Cleveland Police was picked out in the study.\n\n"
    "Staff there logged 205 breaches in 2020, the study said.\n"
)

NAMED_AFTER_FIGURE = (
    "Police data breaches across the country\n\n"
    "Forces across England and Wales together logged over 9,000 data breaches between 2018 and "
    "2021, a survey found.\n\n"
    "Records show 176 breaches were logged between 2018 and 2021 in Dorset Police's own "
    "files.\n"
)

# "it" meaning the report, after a force named as one officer's employer: the figure is
# the report's national one, not that force's
REPORT_SAYS = (
    "Police forces lost data thousands of times\n\n"
    "Forces in England and Wales logged 4,100 data breaches in 2019, a think tank says.\n\n"
    "The study picks out a Gwent Police officer who was sacked for passing on files.\n\n"
    "About 700 breaches involved documents left on trains, it says.\n"
)

# the only row a force would take goes national: the page of figures stays relevant
CASE_THEN_GROUP_FIGURE = (
    "Police forces logged thousands of data breaches\n\n"
    "Police forces across Britain logged 3,800 data breaches between 2018 and 2022, "
    "according to a campaign group.\n\n"
    "An officer from Essex Police was among those sacked.\n\n"
    "The group says 1,500 of the breaches involved staff viewing files without a reason.\n"
)


def test_the_pages_subject_keeps_its_forceless_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    assert rows(SUBJECT_IN_HEADLINE, nlp) == {
        ("Gwent Police", "2021-2022", None, 74),
        ("Gwent Police", "2020-2021", None, 52),
    }
    assert rows(SUBJECT_WITHOUT_FIGURE, nlp) == {("Suffolk Constabulary", "2021", None, 118)}
    assert rows(SINGLED_OUT, nlp) == {("Cleveland Police", "2020", None, 205)}
    assert rows(NAMED_AFTER_FIGURE, nlp) == {("Dorset Police", "2018-2021", None, 176)}


def test_it_meaning_the_report_points_at_no_force(nlp) -> None:  # type: ignore[no-untyped-def]
    assert rows(REPORT_SAYS, nlp) == set()


def test_a_page_whose_only_force_figure_went_national_stays_relevant(nlp) -> None:  # type: ignore[no-untyped-def]
    from extract.assemble import assemble

    ex = assemble(nlp(CASE_THEN_GROUP_FIGURE), PUBLISHED)
    assert ex.breach_counts == []
    assert ex.relevant


# a forceless part in the same sentence as national parts goes on with them, even under a
# headline naming a force (near miss: the force's own figure later keeps it)
ONE_LIST_SENTENCE = (
    "Essex Police among forces with most data leaks\n\n"
    "Forces logged 3,400 data breaches between 2016 and 2020, a report found.\n\n"
    "Among them were 1,100 cases of unauthorised access and 950 of disclosure to third "
    "parties, while lost devices featured in 40 cases.\n\n"
    "Essex Police recorded 130 breaches over the period.\n"
)


def test_a_part_beside_national_parts_is_national(nlp) -> None:  # type: ignore[no-untyped-def]
    assert rows(ONE_LIST_SENTENCE, nlp) == {("Essex Police", "2016-2020", None, 130)}


# a national total whose parts run on in its own sentence, before any force is named, took
# nothing from a force, so the page is not made one of figures by it: the cases told
# afterwards of forces stay incidents
TOTAL_THEN_CASES = (
    "More than 300 UK police staff disciplined for computer misuse\n"
    "\n"
    "Hundreds of police officers across the UK have been disciplined over the last two "
    "financial years for misusing computer systems, a Freedom of Information request has "
    "found.\n"
    "\n"
    "A campaign group received answers from 30 forces in England and Wales.\n"
    "\n"
    "Altogether 310 officers and staff were disciplined, with nine resigning and 14 "
    "dismissed.\n"
    "\n"
    "In Dyfed-Powys, two officers were sacked for searching the police database for a "
    "named person and unlawfully accessing information. In Cleveland, two officers lost "
    "their jobs for misusing the police database.\n"
    "\n"
    "Essex Police recorded the most incidents, 44 separate cases. Kent Police came next "
    "with 21. There, one officer was dismissed for misusing the crime records system and "
    "three were disciplined for misusing social media.\n"
)


def test_cases_after_a_national_total_with_parts_stay_incidents(nlp) -> None:  # type: ignore[no-untyped-def]
    from extract.assemble import assemble

    ex = assemble(nlp(TOTAL_THEN_CASES), PUBLISHED)
    assert ex.relevant
    assert {"Cleveland Police", "Dyfed-Powys Police"} <= {f.force for f in ex.incidents}
