"""Round 26 (breach year), each mechanism proved by paraphrases written for it, positive and
negative: a decision noun that is the subject of a verb of its own ('The fine followed the
loss of a laptop in 2019') does not take the event noun after that verb as its object, so the
date stays the event's ('reported the breach to the ICO in 2019' still dates the report). A
clause hung on an object with no 'who' or 'which', a personal pronoun and a pluperfect verb
that is no cue ('posted the letter to an address he had moved out of two years before'): a
count back there times that earlier act, not the cue. An event noun is the subject of a verb
of beginning after a relative aside set off by commas ('The breach, which came to light in
2021, had begun three years earlier'): the breach itself began then. A count back ('the
previous year', 'two years earlier') may count from a date the page's own date places
('reprimanded last month')."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract

PUBLISHED = date(2024, 6, 14)
HEADLINE = "Police force data breach\n\n"


def year(nlp, text: str) -> int | None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=HEADLINE + text, published=PUBLISHED), nlp)
    incident = next(i for i in ex.incidents if i.mention == "primary")
    return incident.breach_year


# --- a decision noun as the subject of a verb of its own


def test_decision_noun_subject_leaves_the_event_its_date(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, want in [
        (
            "Kent Police has appealed against the £80,000 fine. The fine followed the loss of "
            "an unencrypted laptop in 2019.",
            2019,
        ),
        (
            "Essex Police was fined £50,000. The penalty followed the theft of a USB stick in "
            "2018.",
            2018,
        ),
        (
            "Devon and Cornwall Police was fined. The penalty related to the loss of files in "
            "March 2017.",
            2017,
        ),
        # a verb right before the event noun still takes it as its object: the report's date
        (
            "Essex Police lost a laptop in 2018. The force reported the loss to the "
            "Information Commissioner's Office in 2020.",
            2018,
        ),
        (
            "An officer at Surrey Police emailed the file to the wrong person in 2019. The "
            "force reported the breach to the ICO in 2021.",
            2019,
        ),
    ]:
        assert year(nlp, text) == want, text


# --- a pluperfect clause hung on the object


def test_object_history_does_not_date_the_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, want in [
        (
            "In 2019 Cumbria Constabulary posted a letter to an address he had moved out of two "
            "years before.",
            2019,
        ),
        (
            "In 2020 Suffolk Police sent the file to a woman he had divorced three years earlier.",
            2020,
        ),
        # the sentence's own pluperfect, or one after "that", still dates the breach
        (
            "Norfolk Constabulary was reprimanded in 2023. The ICO found that an officer had "
            "disclosed the address and he had done so two years earlier.",
            2021,
        ),
        (
            "Gwent Police was reprimanded in 2024. It said the officer had lost the papers in "
            "2022.",
            2022,
        ),
    ]:
        assert year(nlp, text) == want, text


# --- an event noun beginning after a relative aside


def test_breach_began_after_an_aside(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, want in [
        (
            "The breach at Dyfed-Powys Police, which came to light in 2021, had begun three "
            "years earlier.",
            2018,
        ),
        (
            "The leak at Gwent Police, which was discovered in 2022, had started in 2020.",
            2020,
        ),
        # the system began, not the breach: its start dates no breach
        (
            "Dyfed-Powys Police lost a laptop in 2022. The new system, which was bought in "
            "2019, had begun operating in 2020.",
            2022,
        ),
    ]:
        assert year(nlp, text) == want, text


# --- a count back from a date the page's own date places


def test_count_back_from_a_page_counted_date(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, want in [
        (
            "West Yorkshire Police was reprimanded last month. The force had emailed the list "
            "to the wrong address in the autumn of the previous year.",
            2023,
        ),
        (
            "Gloucestershire Police was reprimanded last month. Two years earlier, an officer "
            "had lost a laptop on a train.",
            2022,
        ),
        (
            "Cheshire Police was reprimanded in March last year. The force had lost the files "
            "the previous year.",
            2022,
        ),
        # a year told as such still anchors, and "this year" is the telling's time, no anchor
        (
            "Cheshire Police was reprimanded in 2021. The force had lost the files the "
            "previous year.",
            2020,
        ),
        (
            "Dorset Police was fined this year. The previous year an officer had lost a "
            "memory stick.",
            None,
        ),
    ]:
        assert year(nlp, text) == want, text
