"""Round 25c (breach_year) mechanisms, each proved by paraphrases written for it, positive and
negative: data put where anyone can see it ('put online', 'made the names public',
'made public the names') is a breach event whatever verb tells it, not a thing that
went online itself ('the website moved online'); a year told by its last month ('in the year
to March 2022', 'the 12 months to the end of March 2022') begins the April before; 'that'
after a noun opens a relative clause whose modal does not reach the main clause ('a force that
may face a larger penalty was fined £100,000'), while after a verb of saying it does not."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract
from extract.rules.dates import BREACH, date_role
from extract.sentences import split_sentences


def primary(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return next(i for i in ex.incidents if i.mention == "primary")


_REPRIMAND = " The Information Commissioner's Office has reprimanded the force over the breach."

# --- data put where anyone can see it


def test_data_put_online_or_made_public_is_dated_as_the_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    for lede in (
        "Home addresses of Cleveland Police staff were put online in 2021.",
        "Cleveland Police placed the home addresses of its staff online in 2021.",
        "Cleveland Police made the home addresses of its staff public in 2021.",
        "Home addresses of Cleveland Police staff were accidentally made public in 2021.",
        "Cleveland Police made public the home addresses of its staff in 2021.",
    ):
        assert primary(nlp, lede + _REPRIMAND).breach_year == 2021, lede


def _role(nlp, text: str) -> str | None:  # type: ignore[no-untyped-def]
    [sent] = split_sentences(nlp(text))
    return date_role(sent, sent.dates[0])


def test_a_public_noun_or_a_document_made_public_dates_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    # a verb put data out
    assert _role(nlp, "Names of informants were put online in 2021.") == BREACH
    # negatives: a document made public, a report made online, a noun phrase
    for text in (
        "The regulator's report was made public in 2024.",
        "She reported the assault online in 2021.",
        "Members of the public were told in 2021.",
        "The force introduced online crime reporting in 2021.",
        "The force's old intranet moved online in 2021.",
        "The crime reporting service went online in 2021.",
    ):
        assert _role(nlp, text) != BREACH, text


# --- a year told by its last month


def test_a_year_to_a_month_begins_the_year_before(nlp) -> None:  # type: ignore[no-untyped-def]
    for when in (
        "in the year to March 2022",
        "in the 12 months to the end of March 2022",
        "in the year ending March 2022",
        "during the financial year to 31 March 2022",
    ):
        text = (
            f"Staff at Suffolk Constabulary looked up the police records of friends 40 times "
            f"{when} without a policing purpose."
        )
        assert primary(nlp, text + _REPRIMAND).breach_year == 2021, when
    # negatives: no month to count back from, or a shorter stretch in the same year
    for when, year in (("in the month to March 2022", 2022), ("over the years to 2022", 2022)):
        text = (
            f"Staff at Suffolk Constabulary looked up the police records of friends {when} "
            f"without a policing purpose."
        )
        assert primary(nlp, text + _REPRIMAND).breach_year == year, when


# --- 'that' opening a relative clause


def test_a_modal_in_a_that_relative_clause_leaves_the_main_clause_stated(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "A force that may face a larger penalty was fined £80,000 by the Information "
        "Commissioner's Office after Avon and Somerset Police lost interview discs in 2018.",
        "The constabulary that would have expected only a warning was fined £80,000 by the "
        "Information Commissioner's Office after Avon and Somerset Police lost interview "
        "discs in 2018.",
    ):
        inc = primary(nlp, text)
        assert inc.fine_amount == 80_000, text
    # negatives: after a verb of saying, 'that' is the pronoun subject; the modal stands
    for text in (
        "Avon and Somerset Police lost interview discs in 2018. The Information "
        "Commissioner's Office said that could lead to a fine of £80,000.",
        "Avon and Somerset Police lost interview discs in 2018. The Information "
        "Commissioner's Office warned that might mean a fine of £80,000.",
    ):
        assert primary(nlp, text).fine_amount is None, text
