"""Round 15 (breach year), each mechanism proved by paraphrases written for it, positive and
negative: a sequel ('That year ...', 'The same year ...') counts from the date told before it
even when that date is a career's or a system's, but not from a bound; the story's one loose
date, a month of the year the page was published and before its month, is a past event of
that year, while a bare year or a day of the telling is not; someone's conduct
('her conduct between 2016 and 2018') is what they did, a breach event."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract

PUBLISHED = date(2024, 6, 10)


def primary(nlp, text: str) -> tuple[int | None, str | None]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text, published=PUBLISHED), nlp)
    incident = next(i for i in ex.incidents if i.mention == "primary")
    return incident.breach_year, incident.breach_type


# --- a sequel counts from a career's or a system's date, not from a bound


def test_that_year_after_a_career_date_shares_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A constable at Durham Constabulary has been sacked for misusing police systems. He "
        "joined the force in 2017. That year he looked up the records of his former partner "
        "dozens of times. The ICO was told in 2020."
    )
    assert primary(nlp, text)[0] == 2017


def test_the_same_year_after_a_system_date_shares_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cumbria Constabulary has been reprimanded by the ICO over its records system. The "
        "system went live in 2019. The same year, an officer lost an unencrypted laptop "
        "holding the names of witnesses. The force apologised in 2021."
    )
    assert primary(nlp, text)[0] == 2019
    # negative: a bound is no point in time to count from
    text = (
        "Cumbria Constabulary has been reprimanded by the ICO. Its records were never audited "
        "before 2019. That year, an officer lost an unencrypted laptop holding the names of "
        "witnesses. The force apologised in 2021."
    )
    assert primary(nlp, text)[0] is None


# --- the story's one loose date in the year of publication


_LOOSE = (
    "Kent Police has been reprimanded by the ICO after an officer shared bodycam footage of an "
    "arrest in a WhatsApp group. The man was detained outside a pub in Maidstone {when}. The "
    "clip was viewed thousands of times."
)


def test_a_month_of_the_publication_year_is_a_past_event(nlp) -> None:  # type: ignore[no-untyped-def]
    assert primary(nlp, _LOOSE.format(when="in April"))[0] == 2024
    assert primary(nlp, _LOOSE.format(when="in February"))[0] == 2024
    # negative: a bare year of the telling, or a day of it (the news's own time), dates no event
    assert primary(nlp, _LOOSE.format(when="in 2024"))[0] is None
    assert primary(nlp, _LOOSE.format(when="on Tuesday"))[0] is None


# --- someone's conduct is what they did


def test_an_officers_conduct_is_dated_as_the_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A former Kent Police sergeant was convicted in March 2024 of unlawfully obtaining "
        "personal data. Managers are looking again at her conduct while she worked in the "
        "control room between March 2016 and May 2018."
    )
    assert primary(nlp, text)[0] == 2016
    # negative: a regulator's inquiry into the conduct is the inquiry's date
    text = (
        "A Kent Police constable was sacked in 2023 for looking up the record of her former "
        "partner. The IOPC began investigating her conduct in 2021."
    )
    assert primary(nlp, text)[0] is None
    # negative: the verb is no conduct
    text = (
        "A Kent Police constable looked up the record of her former partner in 2019. The "
        "force conducted a review of its systems in 2021."
    )
    assert primary(nlp, text)[0] == 2019
