"""Round 23 (breach year), each mechanism proved by paraphrases written for it, positive and
negative: a clause told after a verb of saying, hearing or finding with 'that' left out ('the
hearing was told the officer was off duty in May 2021 when ...') dates what was told, not the
hearing that heard it; and the story's one loose date stands as the breach's when every
finding, report or decision date comes in a later year (the misconduct in 2022, the IOPC's
finding in 2024), not when one falls in its year or before; after a decision, 'for' or 'over'
and a verb of their own ('sentenced for offences committed in 2019') time what the decision
was for; a regulator's document 'dated' so ('the notice, dated 3 March 2022') is no event; a
date whose clause has its own verb, the breach told only in an 'after' clause following it
('arrested in 2022 after it emerged he had looked up ...'), bounds the breach, not dates it;
a referral to a regulator dates the report, as 'referred' does."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract

PUBLISHED = date(2024, 6, 14)
HEADLINE = "Police officer sacked over data breach\n\n"
BREACH = "Police force data breach\n\n"
LEAD = (
    "A Kent Police officer has been sacked for gross misconduct after gossiping about a rape "
    "victim. "
)


def year(nlp, text: str, headline: str = HEADLINE) -> int | None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=headline + text, published=PUBLISHED), nlp)
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


# --- what a decision was for keeps its own date


def test_what_a_decision_was_for_keeps_its_date(nlp) -> None:  # type: ignore[no-untyped-def]
    officer = "A former Kent Police officer was "
    text = officer + (
        "sentenced on Friday for offences committed between 2018 and 2020, when he accessed "
        "police systems to look up women."
    )
    assert year(nlp, text, BREACH) == 2018
    text = officer + "dismissed over comments he made about a rape victim to friends in 2021."
    assert year(nlp, text, BREACH) == 2021
    # negative: no verb of its own after 'for', so the date is the sentence's
    text = officer + "sentenced for the offences in May 2023. He had looked up women's records."
    assert year(nlp, text, BREACH) is None
    # negative: the decision's date before 'for'
    text = (
        "A Kent Police officer was fined £300 in 2023 for offences under the Data Protection Act."
    )
    assert year(nlp, text, BREACH) is None


# --- a regulator's document dated so


def test_a_document_dated_so_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kent Police was fined. The notice, dated 3 March 2022, said a laptop was lost."
    assert year(nlp, text) is None
    text = "Kent Police was reprimanded. The ruling, dated 9 May 2023, said a video was shared."
    assert year(nlp, text) is None
    # negative: a letter or an email dated so may be what went astray
    text = (
        "Kent Police has apologised. An email, dated 3 March 2022, containing a victim's "
        "details was sent to the wrong address."
    )
    assert year(nlp, text) == 2022


# --- a date before an 'after' clause that tells the breach bounds it


def test_a_date_before_the_breach_told_after_it_bounds_it(nlp) -> None:  # type: ignore[no-untyped-def]
    lead = "A Kent Police officer has been dismissed. "
    act = " he had accessed the records of a former partner."
    assert year(nlp, lead + "He was arrested in 2022 after it emerged" + act, BREACH) is None
    assert year(nlp, lead + "He was suspended in 2022 after it was found" + act, BREACH) is None
    # negative: the date in the clause that tells the breach is still its date
    text = lead + "He was arrested after he accessed the records of a former partner in 2022."
    assert year(nlp, text, BREACH) == 2022
    text = lead + "In 2022 he accessed the records of a former partner and was later arrested."
    assert year(nlp, text, BREACH) == 2022


# --- a referral is a report


def test_a_referral_dates_the_report(nlp) -> None:  # type: ignore[no-untyped-def]
    lead = "A Kent Police officer has been dismissed. The IOPC said it received a referral "
    text = lead + "from the force in March 2022 about the officer's use of police systems."
    assert year(nlp, text, BREACH) is None
    # negative: the breach's own date beside the referral still dates it
    text += " He had looked up the records of his neighbours in 2021."
    assert year(nlp, text, BREACH) == 2021
