"""Round 19 (breach year), each mechanism proved by paraphrases written for it, positive and
negative: a sentence that narrates in the past is no advert for holding an advert word ('a
festival ticket fraud'); 'an incident in 2021 in which ...' dates the incident, not the verb
that has it as object, and once the story has dated its breach such an incident is another
one; 'yesterday', 'last week' date a breach event against the page's date, never the news
itself ('said yesterday', 'published yesterday'); a state counted ('how many files had been
lost since the forces merged in 2019', '30 files lost since ...') opens a count, a bound;
records whose deletion is denied or whose keeping is told are dated by their age ('images
dating back to 2016 had never been deleted')."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract

PUBLISHED = date(2024, 6, 10)
LEDE = (
    "Kent Police has been reprimanded by the ICO after an officer emailed fraud victims "
    "without hiding their addresses. "
)


def primary(nlp, text: str, published: date | None = PUBLISHED) -> int | None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text, published=published), nlp)
    incident = next(i for i in ex.incidents if i.mention == "primary")
    return incident.breach_year


# --- an advert word in a sentence told in the past is the story's


def test_a_narrated_sentence_with_an_advert_word_is_no_advert(nlp) -> None:  # type: ignore[no-untyped-def]
    text = LEDE + (
        "The victims, who had lost money in a festival ticket fraud, were sent the update "
        "last February."
    )
    assert primary(nlp, text) == 2023
    # negative: an invitation with no past verb is still an advert, its date no story's
    text = LEDE + "Book your ticket now for our data protection summit last February."
    assert primary(nlp, text) is None


# --- "an incident in 2021 in which ...": the incident's date


def test_an_incident_dated_before_its_relative_clause_dates_the_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police has been reprimanded by the ICO. The force had reported an incident in "
        "2021 in which an officer's notebook was left in a cafe to the ICO."
    )
    assert primary(nlp, text) == 2021
    # negative: the report's date, after the regulator, stays the report's
    text = (
        "Kent Police has been reprimanded by the ICO. The force had reported the loss of a "
        "notebook to the ICO in 2021."
    )
    assert primary(nlp, text) is None


def test_an_incident_brought_in_after_the_breach_is_dated_is_another(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police has been reprimanded by the ICO after an officer left case files on a "
        "train last March. The force had also reported an incident in 2019 in which a "
        "notebook was left in a cafe to the ICO."
    )
    assert primary(nlp, text) == 2023
    # and told first, with no breach dated before it, the incident is the story's
    text = (
        "Kent Police has been reprimanded by the ICO after case files were left on a train. "
        "The force had reported an incident in 2019 in which a notebook was left in a cafe "
        "to the ICO."
    )
    assert primary(nlp, text) == 2019


# --- "yesterday", "last week": a breach event's day, counted back from the page's date


def test_yesterday_dates_a_breach_event_against_the_page(nlp) -> None:  # type: ignore[no-untyped-def]
    new_year = date(2024, 1, 1)
    text = (
        "Kent Police has been reprimanded by the ICO after an officer lost a laptop holding "
        "victims' details yesterday."
    )
    assert primary(nlp, text, new_year) == 2023
    text = (
        "Kent Police has been reprimanded by the ICO after an officer lost a laptop holding "
        "victims' details last week."
    )
    assert primary(nlp, text, date(2024, 1, 3)) == 2023
    # negatives: the news's own day, a statement or a document put out, dates no breach
    text = "Kent Police said yesterday that an officer had lost a laptop holding victims' details."
    assert primary(nlp, text, new_year) is None
    text = (
        "Kent Police has been reprimanded by the ICO in a decision published yesterday after "
        "an officer lost a laptop holding victims' details."
    )
    assert primary(nlp, text, new_year) is None


# --- a counted state before "since" opens a count


def test_a_counted_state_since_a_clause_is_a_bound(nlp) -> None:  # type: ignore[no-untyped-def]
    story = (
        "Kent Police has been reprimanded by the ICO after case files were stolen from an "
        "officer's car last July. "
    )
    text = story + "A councillor asked how many files were lost since the forces merged in 2019."
    assert primary(nlp, text) == 2023
    text = story + "Figures show 30 files had been lost since the two forces merged in 2019."
    assert primary(nlp, text) == 2023
    # negative: a state with nothing counted began then
    text = (
        "Kent Police has been reprimanded by the ICO after case files were stolen from an "
        "officer's car. The files had been missing since the station closed in 2019."
    )
    assert primary(nlp, text) == 2019


# --- records kept on: their age is when the keeping began


def test_records_kept_on_are_dated_by_their_age(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police has been reprimanded by the ICO after finding that custody images dating "
        "back to 2016 had never been deleted."
    )
    assert primary(nlp, text) == 2016
    text = (
        "Kent Police has been reprimanded by the ICO after arrest records dating from 2017 "
        "were kept long after they should have been destroyed."
    )
    assert primary(nlp, text) == 2017
    # negative: records lost keep their age apart from the breach
    text = (
        "Kent Police has been reprimanded by the ICO after witness statements dating back to "
        "2016 were stolen from an officer's car last March."
    )
    assert primary(nlp, text) == 2023
