"""Round 23 (breach year), each mechanism proved by paraphrases written for it, positive and
negative: a clause told after a verb of saying, hearing or finding with 'that' left out ('the
hearing was told the officer was off duty in May 2021 when ...') dates what was told, not the
hearing that heard it; and the story's one loose date stands as the breach's when every
finding, report or decision date comes in a later year (the misconduct in 2022, the IOPC's
finding in 2024), not when one falls in its year or before."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract

PUBLISHED = date(2024, 6, 14)
HEADLINE = "Police officer sacked over data breach\n\n"
LEAD = (
    "A Kent Police officer has been sacked for gross misconduct after gossiping about a rape "
    "victim. "
)


def year(nlp, text: str) -> int | None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=HEADLINE + text, published=PUBLISHED), nlp)
    incident = next(i for i in ex.incidents if i.mention == "primary")
    return incident.breach_year


# --- a clause told with 'that' left out dates what was told


def test_a_clause_told_without_that_dates_what_was_told(nlp) -> None:  # type: ignore[no-untyped-def]
    told = " the officer was off duty in May 2021 when he talked about the case with friends."
    for frame in [
        "The hearing was told",
        "A misconduct hearing heard",
        "The panel found",
        "The tribunal was told",
        "The misconduct panel concluded",
        "The hearing was told that",
    ]:
        assert year(nlp, LEAD + frame + told) == 2021, frame
    # negative: the hearing's own date, in the frame, is no breach date
    text = LEAD + "The hearing in May 2023 was told the officer had been rude to colleagues."
    assert year(nlp, text) is None
    # negative: no subject and verb after the frame's verb, so no clause was told
    text = LEAD + "The panel found the officer guilty of gross misconduct in May 2023."
    assert year(nlp, text) is None


# --- a loose date with the matter's course after it


def test_a_loose_date_before_the_course_that_followed_it(nlp) -> None:  # type: ignore[no-untyped-def]
    scene = (
        "A Kent Police detective has been dismissed. He was interviewing a suspect in "
        "November 2022 when, a hearing was told, he said which neighbour had called police. "
    )
    assert year(nlp, scene + "The IOPC concluded in 2024 that he had a case to answer.") == 2022
    assert year(nlp, scene + "The force referred the matter to the IOPC in 2023.") == 2022
    # negative: a decision of the loose date's own year may be what the date belongs to
    assert year(nlp, scene + "The IOPC concluded in 2022 that he had a case to answer.") is None
    # negative: two loose dates, no one of them the story's
    text = (
        "A Kent Police detective has been dismissed. He was at a party in May 2021 with "
        "friends. He was interviewing a suspect in November 2022 when, a hearing was told, "
        "he said which neighbour had called police. The IOPC concluded in 2024 that he had a "
        "case to answer."
    )
    assert year(nlp, text) is None
