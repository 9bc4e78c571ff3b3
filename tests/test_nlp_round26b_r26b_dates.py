"""Round 26b (breach year), each mechanism proved by paraphrases written for it, positive and
negative: an intention thwarted by what was done after 'but' ('had intended to send it to the
victim in August last year but selected the wrong address') dates the act, it is no
hypothetical; a count back from a decision named with no date of its own ('two years before
the ICO's decision') counts from where a sentence telling the decision dates it; records whose
age is told are kept only when they are the keeping verb's own object ('held a meeting about
files dating back to 2005' keeps none), and an event only told as what ought to have been done
('records that should have been deleted') leaves the keeping a fact."""

from __future__ import annotations

from datetime import date

import pytest

from extract.models import Document
from extract.nlp import extract

PUBLISHED = date(2024, 6, 14)
HEADLINE = "Police force data breach\n\n"


def primary(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=HEADLINE + text, published=PUBLISHED), nlp)
    return next(i for i in ex.incidents if i.mention == "primary")


def year(nlp, text: str) -> int | None:  # type: ignore[no-untyped-def]
    return primary(nlp, text).breach_year


# --- an intention thwarted by what was done


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kent Police has been reprimanded by the ICO after a victim's details went to the "
            "suspect. A constable had intended to send the letter to the victim in August last "
            "year but selected the wrong address from a list.",
            2023,
        ),
        (
            "Essex Police has been reprimanded by the ICO after a data breach. A staff member had "
            "planned to email the spreadsheet to a colleague in March 2022 but instead sent it "
            "to 200 members of the public.",
            2022,
        ),
        (
            "Dorset Police has been reprimanded by the ICO. An analyst wanted to share the file "
            "with the council in May 2021 but mistakenly uploaded it to a public website.",
            2021,
        ),
    ],
)
def test_thwarted_intention_dates_the_act(nlp, text: str, want: int) -> None:  # type: ignore[no-untyped-def]
    assert year(nlp, text) == want


@pytest.mark.parametrize(
    "text",
    [
        # an intention with nothing done after 'but': still only meant
        "Kent Police has been reprimanded by the ICO after a data breach. The force intends to "
        "email every victim in August next year but has not yet written to them.",
        "Essex Police has been reprimanded by the ICO after a data breach. The force had planned "
        "to send new guidance to staff in March 2022 but the plan was dropped.",
    ],
)
def test_intention_without_a_deed_dates_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert year(nlp, text) is None


def test_thwarted_intention_leaves_a_proposed_fine_proposed(nlp) -> None:  # type: ignore[no-untyped-def]
    incident = primary(
        nlp,
        "The ICO had intended to fine Kent Police £500,000 over the loss of a laptop in 2022 but "
        "reduced the penalty to £200,000.",
    )
    assert incident.fine_amount == 200000
    assert incident.breach_year == 2022


# --- a count back from a decision dated in the sentence before


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kent Police was reprimanded by the ICO in 2023. The breach had happened two years "
            "before the ICO's decision.",
            2021,
        ),
        (
            "Kent Police was reprimanded by the ICO in 2023. An officer had emailed the file to "
            "the wrong person two years before the reprimand.",
            2021,
        ),
        (
            "Cumbria Police was fined £60,000 by the Information Commissioner in March 2020. The "
            "memory stick was lost three years before the fine.",
            2017,
        ),
        (
            "Kent Police was reprimanded by the ICO in 2023 for a breach two years before the "
            "decision.",
            2021,
        ),
        # a decision word's noun form
        (
            "A Kent Police constable was sacked in 2023. He first looked up the woman's records "
            "two years before his dismissal.",
            2021,
        ),
    ],
)
def test_count_back_from_a_decision_told_before(nlp, text: str, want: int) -> None:  # type: ignore[no-untyped-def]
    assert year(nlp, text) == want


@pytest.mark.parametrize(
    "text",
    [
        # the date told before is no decision's: nothing to count from
        "Surrey Police has apologised after a data breach. A new records system went live in "
        "2023. An officer emailed the file to the wrong person two years before the reprimand.",
        # months before a bare year: either year
        "Kent Police was reprimanded by the ICO in 2023. An officer had emailed the file to the "
        "wrong person six months before the reprimand.",
    ],
)
def test_count_back_from_no_dated_decision_dates_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert year(nlp, text) not in {2021, 2022}


# --- records kept: the keeping verb's own object


def test_records_about_which_a_meeting_was_held_are_not_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in [
        "Kent Police has been reprimanded by the ICO for keeping personal data unlawfully. The "
        "force held a meeting about arrest records dating back to 2015.",
        "Essex Police has been reprimanded by the ICO over its records. Officers kept a report "
        "into custody files dating from 2009.",
    ]:
        assert year(nlp, text) is None, text


def test_records_kept_are_the_verbs_object(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, want in [
        (
            "Kent Police has been reprimanded by the ICO for keeping personal data unlawfully. "
            "The force held arrest records dating back to 2015 that should have been deleted.",
            2015,
        ),
        (
            "Essex Police has been reprimanded by the ICO. The force retained thousands of "
            "images of people never charged, some dating from 2012, which ought to have been "
            "destroyed.",
            2012,
        ),
    ]:
        assert year(nlp, text) == want, text


# --- "prior", "previously", "before that": the same count back as "earlier"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kent Police was reprimanded by the ICO in 2023. Two years prior, an officer had "
            "emailed the file to a journalist.",
            2021,
        ),
        (
            "Essex Police was fined £100,000 in 2022. The laptop had been stolen from an "
            "officer's car two years previously.",
            2020,
        ),
        (
            "Kent Police was reprimanded by the ICO last year. The breach had happened two "
            "years before that.",
            2021,
        ),
    ],
)
def test_prior_previously_before_that_count_back(nlp, text: str, want: int) -> None:  # type: ignore[no-untyped-def]
    assert year(nlp, text) == want


def test_prior_to_a_phrase_is_no_count_back(nlp) -> None:  # type: ignore[no-untyped-def]
    # "prior to the hearing" names no date; the breach's own year stands
    text = (
        "Kent Police was reprimanded by the ICO in 2023 after an officer emailed a victim's "
        "file to a journalist in 2020, two years prior to the hearing."
    )
    assert year(nlp, text) == 2020


# --- a person's misuse going on "since" a date began then


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kent Police only found out in 2021 that an officer had been selling information to "
            "criminals since 2019.",
            2019,
        ),
        (
            "Kent Police has been reprimanded by the ICO after a staff member had been sharing "
            "victims' details with a friend since March 2020.",
            2020,
        ),
        (
            "A Kent Police officer who had been passing information to a drugs gang since 2018 "
            "was jailed in 2023.",
            2018,
        ),
    ],
)
def test_misuse_going_on_since_a_date_began_then(nlp, text: str, want: int) -> None:  # type: ignore[no-untyped-def]
    assert year(nlp, text) == want


def test_a_practice_or_a_count_since_a_date_stays_a_bound(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in [
        "Kent Police was reprimanded by the ICO. Staff had been sending files by unencrypted "
        "email since 2017.",
        "Kent Police was reprimanded by the ICO. Officers have lost 30 laptops since 2019.",
    ]:
        assert year(nlp, text) is None, text


# --- a length of time set off by a comma before a verb of beginning


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kent Police has been reprimanded by the ICO. The officer accessed the system 400 "
            "times over a period of 18 months, starting in 2020.",
            2020,
        ),
        (
            "Kent Police has been reprimanded by the ICO after an officer shared footage on "
            "WhatsApp for weeks, starting in June 2021.",
            2021,
        ),
    ],
)
def test_period_set_off_by_a_comma_opens_with_its_date(nlp, text: str, want: int) -> None:  # type: ignore[no-untyped-def]
    assert year(nlp, text) == want


def test_a_system_started_after_a_comma_is_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police has been reprimanded by the ICO. The force's new records system, started "
        "in 2015, was hacked in 2019."
    )
    assert year(nlp, text) == 2019


# --- "date" heading a noun phrase of the story is no page stamp


def test_a_date_in_a_noun_phrase_is_no_stamp(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, want in [
        (
            "Kent Police has been reprimanded by the ICO. The force says that on an unspecified "
            "date last summer, a detective left a bag of statements on a train.",
            2023,
        ),
        (
            "Kent Police has been reprimanded by the ICO. On a date last year, an officer "
            "emailed a victim's statement to the suspect.",
            2023,
        ),
    ]:
        assert year(nlp, text) == want, text


def test_a_date_label_still_stamps_the_page(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Date: 3 May 2023\n\nKent Police has been reprimanded by the ICO after a detective "
        "left a bag of statements on a train."
    )
    assert year(nlp, text) is None
