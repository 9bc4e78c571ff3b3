"""Statistics pages in extract.assemble: their figures become rows (or page context), never
incidents of their own, unless a specific breach by a force is told; a page of police breach
figures is relevant even when no force has a row. Paraphrases written for these tests."""

from __future__ import annotations

from datetime import date

from extract.models import Document, Extraction
from extract.nlp import extract

PUBLISHED = date(2023, 6, 1)


def run(text: str, nlp) -> Extraction:  # type: ignore[no-untyped-def]
    return extract(Document(text=text, published=PUBLISHED), nlp)


def test_a_forces_figures_make_rows_and_no_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Essex Police data breaches rise as letters go astray\n\nEssex Police recorded 88 data "
        "breaches in 2022, up from 71 in 2021, figures obtained under the Freedom of "
        "Information Act show. Of these, 30 were letters posted to the wrong address. Only "
        "four of the incidents were serious enough to be referred to the Information "
        "Commissioner's Office."
    )
    ex = run(text, nlp)
    assert ex.relevant
    assert ex.incidents == []
    assert {(c.period, c.breach_type, c.count) for c in ex.breach_counts} == {
        ("2022", None, 88),
        ("2021", None, 71),
        ("2022", "posted_to_incorrect_recipient", 30),
    }


def test_a_sanction_the_page_tells_of_stays_an_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gwent Police breaches hit a record\n\nGwent Police recorded 150 data breaches in "
        "2022/23, figures show. The figures come months after the Information Commissioner's "
        "Office fined Gwent Police £90,000 over a spreadsheet of victims' details published "
        "online in error in March 2022."
    )
    ex = run(text, nlp)
    assert {(c.period, c.count) for c in ex.breach_counts} == {("2022-2023", 150)}
    assert [(i.force, i.fine_amount) for i in ex.incidents] == [("Gwent Police", 90000)]


def test_a_table_line_is_no_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Briefing\n\nTable 1: Data breaches recorded by two forces, 2019-2021\n"
        "Force 2019 2020 2021\nDorset Police 15 19 22\nWiltshire Police 30 28 35\n"
        "Both forces 45 47 57\nFigures published in error by forces were counted once."
    )
    ex = run(text, nlp)
    assert len(ex.breach_counts) == 6
    assert ex.incidents == []


def test_misconduct_figures_with_a_force_named_only_among_figures_give_no_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officers convicted over database misuse\n\nAt least 60 police officers and staff "
        "across the UK have been convicted of misusing police computers since 2015, an "
        "investigation has found. Lancashire Constabulary had the most convictions (11), "
        "followed by Kent Police (7). Most looked up records for personal reasons."
    )
    ex = run(text, nlp)
    assert ex.relevant
    assert ex.incidents == []
    assert ex.breach_counts == []


def test_a_story_of_its_own_beside_national_figures_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officers disciplined over data\n\nMore than 500 police officers and staff across "
        "England and Wales were disciplined for breaching data protection law between 2015 "
        "and 2018, research shows. The research follows claims that Merseyside Police "
        "officers sold details of crime victims to accident claims firms."
    )
    ex = run(text, nlp)
    assert "Merseyside Police" in {i.force for i in ex.incidents}


def test_police_breach_figures_for_all_forces_make_a_relevant_page(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "How often do the police lose our data?\n\nA parliamentary answer shows police forces "
        "in England and Wales recorded 3,900 data breaches between 2016 and 2019. The answer "
        "gave no breakdown by force."
    )
    ex = run(text, nlp)
    assert ex.relevant
    assert ex.breach_counts == []
    assert [(n.period, n.count) for n in ex.national_counts] == [("2016-2019", 3900)]


def test_breach_figures_of_other_bodies_make_no_relevant_page(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Council data breaches\n\nCouncils across England and Wales recorded 3,900 data "
        "breaches between 2016 and 2019, figures show."
    )
    assert not run(text, nlp).relevant


def test_an_foi_answer_with_breach_figures_is_no_story_of_request_handling(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Freedom of Information request 2023/201\n\nDate: 2 March 2023\n\nNorth Yorkshire "
        "Police holds the information requested.\n\nQuestion 1: How many data breaches has "
        "the force recorded in each of the last two years?\n\nAnswer: 2021 - 52, 2022 - 60."
    )
    ex = run(text, nlp)
    assert ex.relevant
    assert {(c.period, c.count) for c in ex.breach_counts} == {("2021", 52), ("2022", 60)}


def test_kinds_of_breach_a_force_names_on_a_statistics_page_are_no_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    page = (
        "Data breaches at the region's forces\n\nPolice forces in the region recorded hundreds "
        "of data breaches, figures show.\nForce\n2021\n2022\nSurrey Police\n130\n140\n"
        "Sussex Police\n110\n120\nSurrey Police said 30 of its 2022 breaches were emails sent "
        "to the wrong person.\nSurrey Police said it took every breach seriously.\n"
    )
    kinds = (
        "A Sussex Police spokesman said the force's numbers included trivial errors such as a "
        "letter sent to the wrong address.\n"
    )
    one = (
        "Separately, Sussex Police was reprimanded by the ICO in 2022 after an officer sent a "
        "letter to the wrong address.\n"
    )
    ex = extract(Document(text=page + kinds, published=date(2023, 6, 1)), nlp)
    assert ("Sussex Police", "2022", None, 120) in {
        (c.force, c.period, c.breach_type, c.count) for c in ex.breach_counts
    }
    assert ex.incidents == []
    ex = extract(Document(text=page + one, published=date(2023, 6, 1)), nlp)
    assert [(i.force, i.breach_type) for i in ex.incidents] == [
        ("Sussex Police", "posted_to_incorrect_recipient")
    ]


def test_a_handful_of_people_in_the_story_is_no_statistic(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Constables sacked over snooping\n\nTwo Cleveland Police constables have been sacked "
        "after they repeatedly looked up the records of a former neighbour. A hearing was told "
        "the pair searched force systems dozens of times in 2021 without a policing purpose."
    )
    ex = run(text, nlp)
    assert [(i.force, i.breach_type, i.breach_year) for i in ex.incidents] == [
        ("Cleveland Police", "unauthorised_access", 2021)
    ]


def test_a_handful_dated_in_its_own_sentence_is_still_a_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Snooping dismissals\n\nThree Cleveland Police officers were dismissed in 2022 for "
        "looking up records without a policing purpose, the force said in answer to a "
        "Freedom of Information request. Nationally, hundreds more were disciplined."
    )
    ex = run(text, nlp)
    assert ex.incidents == []
    assert ex.breach_counts == []


def test_many_people_in_one_sentence_are_still_a_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Snooping dismissals\n\nForty Cleveland Police officers have been dismissed for "
        "looking up records without a policing purpose, the force said in answer to a "
        "Freedom of Information request covering 2015 to 2022."
    )
    ex = run(text, nlp)
    assert ex.incidents == []


def test_one_breach_told_with_the_people_it_involved_beside_the_forces_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    """A figure of the people or records a breach involved is no count of breaches: the story
    told beside the force's yearly count, with the regulator told of it, stays an incident;
    the count stays a row. Without the regulator told, the page stays a statistics page."""
    text = (
        "Wiltshire Police mailing blunder\n\nWiltshire Police accidentally emailed the home "
        "addresses of 640 special constables to a catering supplier, a force spokesman has "
        "confirmed. The force reported the matter to the Information Commissioner's Office. "
        "It also said it had logged 39 data breaches in 2022."
    )
    ex = run(text, nlp)
    assert [(i.force, i.breach_type) for i in ex.incidents] == [
        ("Wiltshire Police", "emailed_to_incorrect_recipient")
    ]
    assert {(c.period, c.count) for c in ex.breach_counts} == {("2022", 39)}
    untold = text.replace(
        "The force reported the matter to the Information Commissioner's Office. ", ""
    )
    assert run(untold, nlp).incidents == []


def test_a_body_the_data_was_sent_to_is_not_the_one_at_fault(nlp) -> None:  # type: ignore[no-untyped-def]
    """'emailed the list to a bus company': the company received the data; a company named
    before the breach words ('a bus company emailed the list') is the one at fault."""
    text = (
        "Durham Constabulary mistakenly emailed a list of 75 crime victims to a local bus "
        "company in a data breach, the regulator said. The force has since apologised to "
        "those affected."
    )
    ex = run(text, nlp)
    assert ex.relevant
    assert [i.force for i in ex.incidents] == ["Durham Constabulary"]
    other = (
        "A local bus company mistakenly emailed a list of Durham Constabulary officers to a "
        "charity."
    )
    assert run(other, nlp).incidents == []


def test_a_request_that_reveals_the_story_is_no_publication(nlp) -> None:  # type: ignore[no-untyped-def]
    """'an FOI request has revealed': where the news came from, not data published in error;
    data 'released in response to an FOI request' still is."""
    text = (
        "Dyfed-Powys Police emailed sick notes of 12 officers to the wrong contractor, a "
        "freedom of information request has revealed. The force told the ICO."
    )
    [inc] = run(text, nlp).incidents
    assert inc.breach_type == "emailed_to_incorrect_recipient"
    released = (
        "A freedom of information response from Dyfed-Powys Police listed the names of 12 "
        "officers. The force told the ICO."
    )
    [inc] = run(released, nlp).incidents
    assert inc.breach_type == "published_in_error"
