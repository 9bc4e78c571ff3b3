"""Round 10 mechanisms, each proved by paraphrases written for it (positive and negative): a
case of the story's own kind dated in another year is an incident of its own, and a regulator
that closes the matter speaking of itself as "it"."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract


def incidents(nlp, text: str, published: date | None = None) -> list:  # type: ignore[no-untyped-def]
    return extract(Document(text=text, published=published), nlp).incidents


# --- a case of the story's kind, dated in another year, is an incident of its own

STORY = (
    "Lancashire Constabulary sergeant sacked for snooping. "
    "A sergeant looked up the police records of his former partner 30 times during 2022, "
    "a disciplinary hearing was told. "
)


def test_a_similar_case_in_another_year_is_another_incident(nlp) -> None:
    text = STORY + "The force said a second officer, who made similar checks in 2019, was warned."
    found = incidents(nlp, text, date(2024, 5, 1))
    years = sorted(i.breach_year for i in found)
    assert years == [2019, 2022]
    assert {i.breach_type for i in found} == {"unauthorised_access"}


def test_a_similar_case_in_the_same_year_stays_one_incident(nlp) -> None:
    text = STORY + "The force said a second officer, who made similar checks in 2022, was warned."
    found = incidents(nlp, text, date(2024, 5, 1))
    assert [i.breach_year for i in found] == [2022]


def test_a_case_naming_no_kind_and_no_likeness_is_no_incident(nlp) -> None:
    # nothing says the second officer's conduct was a breach at all
    text = STORY + "The force said a second officer, who joined in 2019, was praised."
    found = incidents(nlp, text, date(2024, 5, 1))
    assert [i.breach_year for i in found] == [2022]


# --- a regulator closing the matter as "it"


def action(nlp, text: str) -> str | None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text, published=date(2024, 3, 1)), nlp)
    return next(i for i in ex.incidents if i.mention == "primary").action


REPORTED = (
    "Avon and Somerset Constabulary emailed a list of crime victims to the wrong charity in "
    "May 2023. The force reported the breach to the Information Commissioner's Office. "
)


def test_a_regulator_closing_the_matter_as_it_leaves_no_action(nlp) -> None:
    text = REPORTED + (
        "The ICO wrote to the force in January and said that, having weighed the steps taken "
        "since, it would take no further action."
    )
    assert action(nlp, text) is None


def test_the_force_closing_a_matter_as_it_is_no_regulator_closing(nlp) -> None:
    assert action(nlp, REPORTED) == "referral"
    text = REPORTED + (
        "The force told the ICO in January that, having weighed the evidence against the "
        "clerk, it would take no further action."
    )
    assert action(nlp, text) == "referral"


# --- another force's breach told how and when in plain words

ROUNDUP = (
    "Forces keep getting it wrong. In 2021 Norfolk Constabulary emailed a list of "
    "informants to the wrong person and the Information Commissioner's Office issued a "
    "reprimand. "
)


def forces(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [i.force for i in incidents(nlp, text, date(2024, 2, 1))]


def test_another_forces_plain_dated_breach_is_an_incident(nlp) -> None:
    text = ROUNDUP + (
        "Then Suffolk Constabulary, in 2022, published the names of victims on its website."
    )
    found = incidents(nlp, text, date(2024, 2, 1))
    suffolk = [i for i in found if i.force == "Suffolk Constabulary"]
    assert [(i.breach_year, i.breach_type) for i in suffolk] == [(2022, "published_in_error")]


def test_another_force_merely_dated_or_merely_publishing_is_none(nlp) -> None:
    # no one's data in the sentence: a force compared, not a breach told
    text = ROUNDUP + "Then Suffolk Constabulary, in 2022, launched a new website."
    assert "Suffolk Constabulary" not in forces(nlp, text)
    # no date told as the breach's: no story of its own
    text = ROUNDUP + "Suffolk Constabulary publishes the names of people charged on its website."
    assert "Suffolk Constabulary" not in forces(nlp, text)


# --- the story's one past date, governed by nothing, dates it when nothing else does

RAID = (
    "Officer warned for gossip. The Cheshire Constabulary officer had taken part in a raid on "
    "the man's flat in the spring of 2021. She told her sister about it that evening, the "
    "Police Ombudsman found."
)


def primary_year(nlp, text: str) -> int | None:  # type: ignore[no-untyped-def]
    found = incidents(nlp, text, date(2023, 6, 1))
    return next(i for i in found if i.mention == "primary").breach_year


def test_the_one_loose_past_date_dates_the_story(nlp) -> None:
    assert primary_year(nlp, RAID) == 2021


def test_a_loose_date_gives_way_to_any_other_incident_date_not_a_later_decision(nlp) -> None:
    # a decision in a later year is no reason to doubt the loose date (round 23) ...
    assert primary_year(nlp, RAID + " A hearing in 2022 gave her a warning.") == 2021
    # ... but a decision dated no later than it leaves the loose date a clue among others
    assert primary_year(nlp, RAID + " A hearing in 2020 gave her a warning.") is None
    # the year of writing is "now", not when the story happened
    assert primary_year(nlp, RAID.replace("2021", "2023")) is None
    # a date among other figures is their baseline
    text = RAID.replace(
        "had taken part in a raid on the man's flat in the spring of 2021",
        "was one of 40 officers on a raid that 2,000 residents watched in the spring of 2021",
    )
    assert primary_year(nlp, text) is None
    # a breach told as some while later happened at no date the story gives
    text = RAID.replace(
        "She told her sister about it that evening",
        "She later shared photos of the flat with friends on WhatsApp",
    )
    assert primary_year(nlp, text) is None


# --- a regulator weighing a report is being told, not investigating

INFORMED = (
    "Avon and Somerset Constabulary emailed a list of crime victims to the wrong charity in "
    "May 2023. The force informed the Information Commissioner's Office. "
)


def test_a_regulator_assessing_a_report_is_a_referral(nlp) -> None:
    text = INFORMED + 'An ICO spokesperson said: "We are assessing what the force told us."'
    assert action(nlp, text) == "referral"
    assert action(nlp, INFORMED + "The ICO said it would assess what had happened.") == "referral"


def test_a_review_done_or_an_investigation_is_still_an_investigation(nlp) -> None:
    text = INFORMED + "The ICO reviewed the case and criticised the force's training."
    assert action(nlp, text) == "investigation"
    assert action(nlp, INFORMED + "The ICO said it was investigating.") == "investigation"


# --- where it should have gone, told beside where it went, is a misdirection

SENT = "Statement blunder. Merseyside Police {verb} a victim's statement to {to} in 2022. {rest}"
TOLD = " The force reported the breach to the Information Commissioner's Office."


def kind(nlp, text: str) -> str | None:  # type: ignore[no-untyped-def]
    found = incidents(nlp, text + TOLD, date(2023, 6, 1))
    return next(i for i in found if i.mention == "primary").breach_type


def test_where_it_should_have_gone_makes_a_misdirection(nlp) -> None:
    rest = "It should have gone only to the Crown Prosecution Service."
    text = SENT.format(verb="emailed", to="a law firm", rest=rest)
    assert kind(nlp, text) == "emailed_to_incorrect_recipient"
    rest = "The letter should have been sent to her own solicitor."
    text = SENT.format(verb="posted", to="a law firm", rest=rest)
    assert kind(nlp, text) == "posted_to_incorrect_recipient"


def test_sent_where_it_had_to_go_is_no_misdirection(nlp) -> None:
    rest = "The file had to go there."
    text = SENT.format(verb="emailed", to="the Crown Prosecution Service", rest=rest)
    assert kind(nlp, text) is None


def test_a_regulator_that_only_reviewed_and_closed_took_no_action(nlp) -> None:
    text = INFORMED + "The ICO reviewed the case and decided to take no further action."
    assert action(nlp, text) is None
    # negative: an inquiry of its own stays one, however it ended
    text = INFORMED + "The ICO investigated and decided to take no further action."
    assert action(nlp, text) == "investigation"


# --- a breach handled apart is an incident of its own

GANG = (
    "Ombudsman looks at leak claim. The Police Ombudsman is investigating claims that a "
    "Durham Constabulary officer passed a witness's details to a gang. "
)


def test_a_breach_under_separate_inquiry_is_another_incident(nlp) -> None:
    text = GANG + (
        "In May the force accidentally published the names of 200 staff online, an incident "
        "which is the subject of a separate investigation."
    )
    found = incidents(nlp, text, date(2023, 9, 1))
    assert sorted(str(i.breach_type) for i in found) == [
        "inappropriate_disclosure",
        "published_in_error",
    ]
    # negative: with no breach told how and when, a separate investigation is no incident
    text = GANG + "The officer is also the subject of a separate investigation."
    assert len(incidents(nlp, text, date(2023, 9, 1))) == 1


# --- what someone told a regulator happened when they say, not when they told it


def test_a_date_in_what_was_told_is_not_the_telling(nlp) -> None:
    text = GANG + (
        "The witness has told the Ombudsman that, in the spring of last year, he was "
        "threatened by men who knew where he lived."
    )
    found = incidents(nlp, text, date(2023, 9, 1))
    assert [i.breach_year for i in found] == [2022]
    # negative: a date of the telling itself stays the telling's
    text = GANG + "The witness told the Ombudsman in the spring of last year."
    assert [i.breach_year for i in incidents(nlp, text, date(2023, 9, 1))] == [None]


# --- a date in an "after" or "when" clause with its own verb is that clause's event

NEIGHBOUR = (
    "Ombudsman criticises officer. The Police Ombudsman found a Durham Constabulary officer "
    "had told a neighbour where a woman was living. "
)


def test_a_date_after_a_complaint_word_is_the_later_clauses_event(nlp) -> None:
    text = NEIGHBOUR + (
        "The woman complained to the Ombudsman after the neighbour turned up at her door two "
        "years ago."
    )
    assert [i.breach_year for i in incidents(nlp, text, date(2023, 9, 1))] == [2021]
    # negative: the complaint's own date stays no breach date
    text = NEIGHBOUR + "The woman complained to the Ombudsman two years ago."
    assert [i.breach_year for i in incidents(nlp, text, date(2023, 9, 1))] == [None]


# --- disclosed by mistake is a breach told how it happened


def test_a_disclosure_by_mistake_is_a_breach(nlp) -> None:
    text = (
        "Informants named. Bedfordshire Police accidentally revealed the identities of 30 "
        "informants in a document last year."
    )
    ex = extract(Document(text=text, published=date(2024, 1, 10)), nlp)
    assert ex.relevant
    assert [(i.force, i.breach_year) for i in ex.incidents] == [("Bedfordshire Police", 2023)]
    # negative: a disclosure on purpose, by the force's duty, is no breach
    text = (
        "Informants named. Bedfordshire Police revealed the identities of 30 informants to "
        "the court as the judge had ordered last year."
    )
    assert not extract(Document(text=text, published=date(2024, 1, 10)), nlp).relevant


def test_figures_released_under_foi_are_no_publishing_error(nlp) -> None:
    # the routine release of figures that every FOI statistics story reports is no breach
    # told how: the figure a later sentence repeats gets no kind
    text = (
        "Police data breaches. Durham Constabulary recorded 301 data breaches in 2019/20, 340 "
        "in 2020/21 and 390 in 2021/22.\n\nThe figures, released under freedom of information "
        "laws, show the number grew every year until 2021/22, when it peaked at 390, before "
        "easing last year."
    )
    ex = extract(Document(text=text, published=date(2024, 5, 2)), nlp)
    assert {(c.period, c.breach_type, c.count) for c in ex.breach_counts} == {
        ("2019-2020", None, 301),
        ("2020-2021", None, 340),
        ("2021-2022", None, 390),
    }
