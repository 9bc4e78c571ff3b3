"""Round 25b (breach year and the ConText scope every field shares), each mechanism proved
by paraphrases written for it, positive and negative.

A modal or negation inside a relative clause with no comma to close it ('a constable who may
have been under pressure accessed the files in 2021') covers that clause only: its scope ends
at the main clause's verb, so the main clause stays a fact -- its year, its fine and its
action count; what the relative clause itself tells stays hypothetical.

A date right after 'dating back to' / 'dating from' is the age of the things named before it
('the leak of files dating back to 2005'): it dates no event, unless the records are told
kept on or the age is told of a breach itself."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract

PUBLISHED = date(2024, 6, 14)
HEADLINE = "Police force data breach\n\n"
LEAD = "Essex Police has been reprimanded by the Information Commissioner's Office. "


def primary(nlp, text: str, lead: str = LEAD):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=HEADLINE + lead + text, published=PUBLISHED), nlp)
    return next(i for i in ex.incidents if i.mention == "primary")


# --- a modal's scope ends with its own relative clause


def test_modal_in_bare_relative_clause_leaves_main_clause_a_fact(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, want in [
        ("A sergeant who may have been drinking looked up the records of his neighbours in 2020.",
         2020),
        ("An officer who could face the sack searched the police database in 2021.", 2021),
        ("A detective who might be dismissed accessed the files of a former partner in 2019.",
         2019),
        ("A call handler who did not have a policing purpose searched the system in 2022.", 2022),
    ]:  # fmt: skip
        assert primary(nlp, text).breach_year == want, text
    for text in [
        # the hypothetical act is the relative clause's own: no year stated as a fact
        "A civilian worker who may have searched the records in 2021 is under investigation.",
        # a modal of the main clause, after a relative clause, still opens its scope
        "The officer who accessed the records may face dismissal.",
        # a comma after 'who' is the commaed relative clause, not this one
        "The force said a constable may have accessed the files in 2021.",
    ]:
        assert primary(nlp, text).breach_year is None, text


def test_fine_after_bare_relative_clause_is_imposed(nlp) -> None:  # type: ignore[no-untyped-def]
    lead = "A police data breach has led to a penalty. "
    fact = primary(
        nlp,
        "Dorset Police lost a laptop. A force which could have faced a £400,000 penalty was "
        "fined £90,000 by the ICO.",
        lead,
    )
    assert fact.fine_amount == 90_000
    maybe = primary(
        nlp,
        "Dorset Police lost a laptop. A force which could face a £400,000 fine if it does not "
        "improve has been warned by the ICO.",
        lead,
    )
    assert maybe.fine_amount is None


# --- the age of records dates no event


def test_records_age_after_event_noun_is_no_breach_year(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in [
        "The force held a hearing into the leak of files dating back to 2005.",
        "Officers were disciplined over the loss of paperwork dating from 2011.",
        "Notebooks dating back to 2008 were found in a skip behind the station.",
    ]:
        assert primary(nlp, text).breach_year is None, text
    # the age told of a breach itself, or of records kept on, still dates the breach
    for text, want in [
        ("The leak, dating back to 2019, affected 300 officers.", 2019),
        ("The force admitted a breach dating back to 2018.", 2018),
        ("The force kept custody images of innocent people, some dating back to 2013.", 2013),
        ("Interview records dating back to 2016 had not been deleted.", 2016),
    ]:
        assert primary(nlp, text).breach_year == want, text


# --- a scope skips a relative clause hung inside it and goes on in its own clause


def test_scope_goes_on_after_bare_relative_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in [
        "The force could not say whether a constable who was on duty searched the records in 2021.",
        "Detectives are looking at whether a clerk who worked at the station copied the files "
        "in 2020.",
    ]:
        assert primary(nlp, text).breach_year is None, text
    # the relative clause itself, and a sentence with no modal, stay facts
    for text, want in [
        ("A clerk who worked at the station copied the files in 2020.", 2020),
        ("The inquiry asked whether a clerk who copied the files in 2020 had been vetted.", 2020),
    ]:
        assert primary(nlp, text).breach_year == want, text


# --- 'first reported' tells the news, not the breach


def test_first_reported_is_a_report(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in [
        "The leak, first reported in 2022, involved the home addresses of 200 staff.",
        "The loss of the memory stick was first reported last year.",
    ]:
        assert primary(nlp, text).breach_year is None, text
    for text, want in [
        ("The memory stick, lost in 2021 and first reported in 2022, held 300 names.", 2021),
        ("A sergeant first accessed the records in 2019.", 2019),
    ]:
        assert primary(nlp, text).breach_year == want, text


# --- a date in a bare relative clause belongs to that clause's verb


def test_date_in_bare_relative_clause_is_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, want in [
        # the relative clause's event is no breach: the main clause's date is the breach's
        ("The file of a girl who was assaulted in 2014 was accessed by a constable in 2018.", 2018),
        ("Statements from witnesses who gave evidence in 2012 were sent to the wrong solicitor "
         "in 2017.", 2017),
        # the relative clause's event is the breach: its date stays
        ("A clerk who searched the records in 2021 was dismissed.", 2021),
    ]:  # fmt: skip
        assert primary(nlp, text).breach_year == want, text
