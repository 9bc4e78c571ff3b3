"""Round 12 mechanisms for the breach year and the action, each proved by paraphrases written
for it, positive and negative."""

from __future__ import annotations

from datetime import date

from extract.models import Document, IncidentFact
from extract.nlp import extract
from extract.rules.dates import incident_dates, printed_date
from extract.sentences import split_sentences

PUBLISHED = date(2024, 6, 10)


def incidents(nlp, text: str) -> list[IncidentFact]:  # type: ignore[no-untyped-def]
    return extract(Document(text=text, published=PUBLISHED), nlp).incidents


def actions(nlp, text: str) -> set[str | None]:  # type: ignore[no-untyped-def]
    return {i.action for i in incidents(nlp, text)}


# --- a sanction a regulator only proposes is its inquiry under way


def test_a_proposed_sanction_is_the_regulators_inquiry(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hampshire Constabulary mislaid a box of witness statements in 2022. The Information "
        "Commissioner's Office has written to the force saying it plans to fine it £90,000."
    )
    [fact] = incidents(nlp, text)
    assert fact.action == "investigation"
    assert fact.fine_amount is None
    assert fact.regulator == "Information Commissioner's Office"
    text = (
        "The ICO has served Hampshire Constabulary with a notice of intent to fine it after "
        "a list of informants was posted online in 2023."
    )
    assert actions(nlp, text) == {"investigation"}
    # negative: a final sanction after the proposal is the action
    text = (
        "Hampshire Constabulary mislaid a box of witness statements in 2022. The ICO first "
        "proposed a fine of £90,000 but has now issued a reprimand."
    )
    assert actions(nlp, text) == {"reprimand"}
    # negative: a fine the force only might face is no step the regulator took
    text = (
        "Hampshire Constabulary mislaid a box of witness statements in 2022. Experts said "
        "the force could face a fine from the ICO."
    )
    assert actions(nlp, text) <= {None}


# --- a case opened in a sentence of its own is told by the sentences after it


STATS = (
    "Suffolk Constabulary recorded 140 data breaches in 2023, up from 118 in 2022, figures "
    "obtained under the Freedom of Information Act show. Most involved emails sent to the "
    "wrong address. "
)


def test_a_case_told_in_the_sentences_after_its_opening(nlp) -> None:  # type: ignore[no-untyped-def]
    text = STATS + (
        "One of those cases ended at a gross misconduct hearing in February. The panel heard "
        "that a detective had searched police databases for details of his former wife in "
        "June 2023."
    )
    cases = [i for i in incidents(nlp, text) if i.breach_type == "unauthorised_access"]
    assert [i.breach_year for i in cases] == [2023]
    # the case's own figure of how often it happened does not cut its story short
    text = STATS + (
        "One of those cases ended at a gross misconduct hearing in February. The panel heard "
        "that a detective had searched police databases for details of his former wife 25 "
        "times in June 2023."
    )
    cases = [i for i in incidents(nlp, text) if i.breach_type == "unauthorised_access"]
    assert [i.breach_year for i in cases] == [2023]
    # negative: the page's next figures are no story of the case
    text = STATS + (
        "One of those cases ended at a gross misconduct hearing in February. A further 12 "
        "breaches involved officers searching databases in 2021."
    )
    assert not [i for i in incidents(nlp, text) if i.breach_type == "unauthorised_access"]


# --- a count of breaches written in words is a statistic, not one breach's date


def breach_year(nlp, text: str) -> int | None:  # type: ignore[no-untyped-def]
    return incident_dates(split_sentences(nlp(text)), PUBLISHED).breach_year


def test_a_count_of_breaches_in_words_dates_no_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dorset Police said three of its breaches last year were caused by a ransomware "
        "attack on a software supplier."
    )
    assert breach_year(nlp, text) is None
    text = "Four data breaches in 2022 involved letters posted to the wrong address."
    assert breach_year(nlp, text) is None
    # negative: the breaches already told keep their date
    text = "The two breaches, in 2021, saw officers email statements to the wrong solicitors."
    assert breach_year(nlp, text) == 2021
    # negative: one breach is no count
    text = "One breach last year was caused by a ransomware attack on a software supplier."
    assert breach_year(nlp, text) == 2023


# --- "last <month>" is last year's month, whichever month the story is published in


def test_last_month_name_is_last_years_month(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Gwent Police said a detective left a folder of statements on a bus last February."
    assert {i.breach_year for i in incidents(nlp, text)} == {2023}
    # negative: this year's month, told without "last", stays this year's
    text = "Gwent Police said a detective left a folder of statements on a bus in February."
    assert {i.breach_year for i in incidents(nlp, text)} == {2024}


# --- "other incidents included ..." after a page's figures opens its examples


def test_other_incidents_after_the_figures_are_cases(nlp) -> None:  # type: ignore[no-untyped-def]
    text = STATS + (
        "Other breaches last year included a folder of victim statements being left in a pub "
        "in Ipswich."
    )
    cases = [i for i in incidents(nlp, text) if i.breach_type == "loss_or_theft_of_paperwork"]
    assert [(i.force, i.breach_year) for i in cases] == [("Suffolk Constabulary", 2023)]
    # negative: the rest of a count broken down by kind is no told case
    text = STATS + (
        "The other breaches included one of 'lost paperwork' and another of 'misuse of "
        "systems', of which no details were given."
    )
    assert not [i for i in incidents(nlp, text) if i.breach_year is not None]
    # negative: other cases told with no mechanism are no incident
    text = STATS + "Other cases last year were dealt with by line managers."
    assert not [i for i in incidents(nlp, text) if i.breach_year is not None]


# --- the page's own date read from more kinds of byline and dateline


def page_date(nlp, text: str) -> date | None:  # type: ignore[no-untyped-def]
    return printed_date(split_sentences(nlp(text)))


BODY = "\n\nAn officer emailed a list of witnesses to the wrong solicitor last year."


def test_the_page_date_from_bylines_and_datelines(nlp) -> None:  # type: ignore[no-untyped-def]
    head = "Force apologises over email\n\n"
    stamped = "Published 3 March 2023, 07:15 GMT | Updated 4 March 2023, 09:02 GMT"
    assert page_date(nlp, head + stamped + BODY) == date(2023, 3, 3)
    assert page_date(nlp, head + "Response date: 9 October 2022" + BODY) == date(2022, 10, 9)
    masthead = "Essex Echo | By Tom Reilly, Home Affairs Editor | 21 May 2021"
    assert page_date(nlp, head + masthead + BODY) == date(2021, 5, 21)
    assert page_date(nlp, head + "Bedford and Luton Police | News | 5 July 2020" + BODY) == date(
        2020, 7, 5
    )
    opening = "CARDIFF, 12 April 2022 — South Wales Police has apologised after an officer ..."
    assert page_date(nlp, head + opening) == date(2022, 4, 12)
    # the story's year follows: last year of a 2022 page
    text = (
        head
        + "Response date: 9 October 2022"
        + BODY.replace("An officer", "An Essex Police officer")
    )
    [fact] = extract(Document(text=text), nlp).incidents
    assert fact.breach_year == 2021
    # negative: a date the story tells is no page date
    told = "The reprimand was published on 8 June 2022 after files were lost."
    assert page_date(nlp, head + told + BODY) is None
    told = "In Cardiff, on 12 April 2022, an officer left files on a train."
    assert page_date(nlp, head + told) is None


# --- one case told inside a sentence of figures, dated by the figures' period


NORFOLK = (
    "Norfolk Constabulary recorded 96 data breaches in 2023, figures released under the "
    "Freedom of Information Act show. "
)


def test_a_case_told_among_figures_takes_their_period(nlp) -> None:  # type: ignore[no-untyped-def]
    text = NORFOLK + (
        "Last year's breaches included 30 emails sent to the wrong address and nine cases of "
        "lost paperwork, including a box of case files left in a taxi in Norwich."
    )
    found = {(i.force, i.breach_type, i.breach_year) for i in incidents(nlp, text)}
    assert ("Norfolk Constabulary", "loss_or_theft_of_paperwork", 2023) in found
    text = NORFOLK + (
        "About 2,000 people were affected by breaches in 2023, most of them in a single "
        "incident in which a spreadsheet of witnesses was emailed to a residents' group by "
        "mistake."
    )
    found = {(i.force, i.breach_type, i.breach_year) for i in incidents(nlp, text)}
    assert ("Norfolk Constabulary", "emailed_to_incorrect_recipient", 2023) in found
    # negative: measures a story lists are no case of their own
    text = (
        "Norfolk Constabulary was fined £90,000 after a list of informants was published on "
        "its website in 2022. The ICO reduced the fine after the force made changes, including "
        "a new check on every document it publishes."
    )
    assert len(incidents(nlp, text)) == 1
