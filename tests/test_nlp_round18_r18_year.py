"""Round 18 (breach year), each mechanism proved by paraphrases written for it, positive and
negative: a cyber attack with no breach date of its own is dated by when it was detected; a
season with no year ('stolen in the summer') is the latest such season over by the page's
date; a date in a clause telling of a similar, earlier or separate incident is that
incident's, not the story's; a masthead line whose date stands as an item of its own among
bars is a breadcrumb, its section names in sentence case ('Regulator | News and blogs |
Date 3 May 2024'); a breach verb whose recipient is a regulator is a report, and the
breach cues after it in the sentence keep their own role; a state kept, in a perfect tense
before 'since', began at the date after it; a masthead line with an
update's date gives its first date; a month with no year before 'and' and a month with
one ('during October and November 2022') shares that year; a report to the page's own
writer ('told us about the breach in February 2023') dates the report, not the breach; a
'but' clause with a verb of its own and no cue tells another event, the breach cue before it
lends its date no role; a document put out in an aside set off by commas ('the notice,
published on its website on Tuesday, says ...') dates the document whatever data the
sentence tells after the aside; a breach word in a law's name ('the Computer Misuse Act')
is no event; a stretch of months with no year ('between March and June') is the latest such
stretch over by the page's date."""

from __future__ import annotations

from datetime import date

from extract.components.dates import find_dates
from extract.models import Document
from extract.nlp import extract
from extract.rules.dates import date_role, printed_date
from extract.sentences import split_sentences

PUBLISHED = date(2024, 6, 10)


def primary(nlp, text: str, published: date | None = PUBLISHED) -> int | None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text, published=published), nlp)
    incident = next(i for i in ex.incidents if i.mention == "primary")
    return incident.breach_year


# --- a cyber attack dated by its detection


def test_cyber_attack_dated_by_its_detection(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Suffolk Constabulary said criminals had stolen the personal details of its staff in a "
        "ransomware attack. The intrusion was detected in November 2023 and has been reported "
        "to the ICO."
    )
    assert primary(nlp, text) == 2023
    text = (
        "Suffolk Constabulary said a cyber attack on its email system was discovered on 3 "
        "March. The force has told the Information Commissioner's Office."
    )
    assert primary(nlp, text) == 2024
    # negative: an officer's searches go on for years before an audit finds them
    text = (
        "Suffolk Constabulary has been reprimanded after a constable looked up the records of "
        "his former partner. The searches were discovered in November 2023 during an audit."
    )
    assert primary(nlp, text) is None


# --- a season with no year


def test_a_season_with_no_year_is_the_latest_over(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dyfed-Powys Police has apologised after a laptop holding witness statements was "
        "stolen from an officer's car in the summer. The force has told the ICO."
    )
    assert primary(nlp, text, date(2024, 10, 2)) == 2024
    assert primary(nlp, text, date(2024, 3, 2)) == 2023
    # negative: told during the season, this summer's or last; a season with its year
    assert primary(nlp, text, date(2024, 7, 20)) is None
    text = (
        "Dyfed-Powys Police has apologised after a laptop holding witness statements was "
        "stolen from an officer's car in the summer of 2021. The force has told the ICO."
    )
    assert primary(nlp, text, date(2024, 3, 2)) == 2021


# --- another incident's date lends nothing to the story's


def test_a_similar_or_earlier_incident_keeps_its_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gwent Police has apologised after a detective emailed a victim's statement to the "
        "wrong solicitor. A similar mistake was made by the force in 2020."
    )
    assert primary(nlp, text) is None
    text = (
        "Gwent Police has apologised after a detective emailed a victim's statement to the "
        "wrong solicitor. It follows another data breach at the force in 2021, when files "
        "were left in a pub."
    )
    assert primary(nlp, text) is None
    # negative: the story's own mistake, told again, keeps its date
    text = (
        "Gwent Police has apologised after a detective emailed a victim's statement to the "
        "wrong solicitor. The mistake was made in 2020."
    )
    assert primary(nlp, text) == 2020


# --- a breadcrumb masthead: the page's date among sentence-case sections


def test_a_breadcrumb_masthead_dates_the_page(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Watchdog reprimands Essex Police\n"
        "Information Commissioner's Office | News and blogs | Date 3 May 2024 | Type: Reprimand\n"
        "The ICO has reprimanded Essex Police after an officer emailed a victim's statement to "
        "a stranger last October."
    )
    assert printed_date(split_sentences(nlp(text))) == date(2024, 5, 3)
    assert primary(nlp, text, None) == 2023
    text = text.replace("News and blogs | Date 3 May 2024", "Action we have taken | 3 May 2024")
    assert printed_date(split_sentences(nlp(text))) == date(2024, 5, 3)
    # negative: a date sharing its item with a story's words is no page's date
    text = (
        "Watchdog reprimands Essex Police\n"
        "Regulator | an officer emailed the file on 3 May 2024 | Reprimand\n"
        "The ICO has reprimanded Essex Police after an officer emailed a victim's statement to "
        "a stranger last October."
    )
    assert printed_date(split_sentences(nlp(text))) is None


# --- one cue turned to a report leaves the breach cues after it theirs


def test_a_report_cue_leaves_later_breach_cues_their_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cumbria Constabulary has been reprimanded. The force reported the breach to the ICO "
        "in 2022, a year after an officer's notebook was left on a train."
    )
    assert primary(nlp, text) == 2021
    # negative: the report's own date is no breach date
    text = (
        "Cumbria Constabulary has been reprimanded after an officer's notebook was left on a "
        "train. The force reported the breach to the ICO in 2022."
    )
    assert primary(nlp, text) is None


# --- a breach that went on since a date


def test_an_ongoing_breach_began_at_its_since_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Avon and Somerset Constabulary has been reprimanded. The force had retained the DNA "
        "profiles of hundreds of people who were never charged since 2017."
    )
    assert primary(nlp, text) == 2017
    text = (
        "Avon and Somerset Constabulary has been reprimanded. Recordings of victims' interviews "
        "had been stored on a server open to the internet since 2019."
    )
    assert primary(nlp, text) == 2019
    # negative: things counted since a date, or an inquiry going on since it, are bounds
    text = (
        "Avon and Somerset Constabulary has been reprimanded after an officer emailed a "
        "victim's address to a suspect. The force has lost 30 laptops since 2019."
    )
    assert primary(nlp, text) is None
    text = (
        "Avon and Somerset Constabulary has been reprimanded after an officer emailed a "
        "victim's address to a suspect. The ICO has been investigating the force since 2020."
    )
    assert primary(nlp, text) is None


def test_a_masthead_with_its_update_gives_the_first_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Watchdog reprimands Essex Police\n"
        "Essex Echo | Crime | 3 May 2024 | Updated 4 May 2024\n"
        "The ICO has reprimanded Essex Police after an officer emailed a victim's statement to "
        "a stranger last October."
    )
    assert printed_date(split_sentences(nlp(text))) == date(2024, 5, 3)
    assert primary(nlp, text, None) == 2023
    # negative: a story's line with two dates is no masthead
    text = (
        "Watchdog reprimands Essex Police\n"
        "The file was sent on 3 May 2024 and recalled on 4 May 2024\n"
        "The ICO has reprimanded Essex Police after an officer emailed a victim's statement to "
        "a stranger last October."
    )
    assert printed_date(split_sentences(nlp(text))) is None


# --- "during October and November 2022": one year for both months


def test_a_month_shares_the_year_of_the_month_after_it() -> None:
    values = [v for *_, v in find_dates("He viewed the records during October and November 2022.")]
    assert values == ["2022-11"]  # no October of the latest year before the page's date
    values = [v for *_, v in find_dates("The files went missing in May or June last year.")]
    assert values == ["june last year"]
    # negative: a month told apart from the next sentence's year keeps its own reading
    values = [v for *_, v in find_dates("It was lost in October. In November 2022 it was found.")]
    assert values == ["october", "2022-11"]


# --- "told us": a report to the page's writer


def test_a_report_to_us_dates_the_report(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "We have reprimanded Essex Police after a case portal exposed witness statements. The "
        "force told us about the breach in February 2023, after a solicitor noticed that a "
        "statement could be opened without logging in."
    )
    assert primary(nlp, text) is None
    text = (
        "We have reprimanded Essex Police after a case portal exposed witness statements. The "
        "force reported the breach to us in February 2023."
    )
    assert primary(nlp, text) is None
    # negative: what the force told us of the breach's own time is still the breach's
    text = (
        "We have reprimanded Essex Police after a case portal exposed witness statements. The "
        "force told us the breach began in February 2023."
    )
    assert primary(nlp, text) == 2023


# --- "... but it was only in January 2024 that ...": another event, set against the breach


def test_a_but_clause_dates_its_own_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A Sussex Police officer emailed a victim's address to her abuser, but it was only in "
        "January 2024 that the force found out."
    )
    assert primary(nlp, text) is None
    # negative: a breach cue in the 'but' clause dates the breach itself
    text = (
        "Sussex Police has apologised after an officer emailed a victim's address to her "
        "abuser. He had been told to check addresses, but in January 2023 he sent it anyway."
    )
    assert primary(nlp, text) == 2023


# --- a document put out in an aside; a law's name


def test_a_document_aside_dates_the_document(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police has been reprimanded after an officer emailed a victim's statement to a "
        "stranger. According to the notice, published on the ICO website on Tuesday, the "
        "officer had mistyped the victim's address."
    )
    assert primary(nlp, text) is None
    # negative: a statement with someone's data in it, published, is the breach
    text = (
        "Kent Police has been reprimanded after a victim's statement was published on the "
        "force's website on Tuesday, exposing her address."
    )
    assert primary(nlp, text) == 2024


def test_a_breach_word_in_a_law_name_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    sent = split_sentences(
        nlp(
            "He admitted three offences under the Computer Misuse Act when he appeared at "
            "Maidstone Crown Court on Wednesday."
        )
    )[0]
    assert date_role(sent, sent.dates[0]) != "breach"
    # negative: the same word outside a name is the event
    sent = split_sentences(
        nlp("He admitted the misuse of police systems on Wednesday, the court heard.")
    )[0]
    assert date_role(sent, sent.dates[0]) == "breach"


# --- "between March and June" with no year


def test_a_stretch_of_months_with_no_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A Norfolk Constabulary officer looked up the records of his former partner between "
        "March and June, the force said."
    )
    assert primary(nlp, text, date(2024, 10, 2)) == 2024
    assert primary(nlp, text, date(2024, 2, 2)) == 2023
    values = [v for *_, v in find_dates("The searches ran from November to February.")]
    assert values == ["november to february"]
    # negative: a stretch with its year keeps it
    text = text.replace("between March and June,", "between March and June 2021,")
    assert primary(nlp, text, date(2024, 10, 2)) == 2021
