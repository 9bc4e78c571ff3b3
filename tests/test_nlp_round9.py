"""Round 9 mechanisms, each proved by paraphrases written for it (positive and negative):
verbs of beginning before an event noun, policing named with an event word, and a relative
clause set off by commas as an aside whose dates the main verb does not govern."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract

OPEN = "Kent Police was reprimanded by the ICO. "


def year(nlp, text: str, published: date | None = None) -> int | None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text, published=published), nlp)
    fact = next(i for i in ex.incidents if i.mention == "primary")
    return fact.breach_year


# --- a verb of beginning or going on before an event noun dates the event itself


def test_beginning_the_searches_dates_the_breach(nlp) -> None:
    text = OPEN + "A sergeant started his unlawful searches in the autumn of 2017 and was sacked."
    assert year(nlp, text) == 2017
    # negative: a system that began is still no breach
    text = OPEN + "The records system began operating in 2012. Letters went to the wrong homes."
    assert year(nlp, text) is None


def test_a_beginning_in_another_clause_does_not_date_a_later_one(nlp) -> None:
    text = (
        OPEN + "An officer began the searches in 2018 and went on until he was arrested in "
        "March 2020."
    )
    assert year(nlp, text) == 2018
    # negative: the arrest's own clause is not governed by the beginning before it
    text = OPEN + "An officer began the checks and went on until he was arrested in March 2020."
    assert year(nlp, text) is None


# --- police work named with an event word is no breach event


def test_a_stop_and_search_date_is_no_breach_date(nlp) -> None:
    text = (
        OPEN + "A man stopped in a stop and search in 2014 found his name in a list that was "
        "posted online by mistake in May 2021."
    )
    assert year(nlp, text) == 2021
    # negative: records searched still date the breach
    text = OPEN + "A constable carried out a search of the records of his neighbours in 2015."
    assert year(nlp, text) == 2015


def test_a_search_warrant_date_is_no_breach_date(nlp) -> None:
    text = OPEN + "A search warrant was executed in 2015. Letters were posted to wrong homes."
    assert year(nlp, text) is None
    text = OPEN + "Officers searched the database for her address in 2015."
    assert year(nlp, text) == 2015


# --- a relative clause set off by commas is an aside


def test_a_date_in_a_relative_aside_is_not_the_main_verbs(nlp) -> None:
    text = (
        OPEN + "The records team, which answered 900 requests in 2019, emailed a victim's "
        "address to her attacker in June 2021."
    )
    assert year(nlp, text) == 2021
    # negatives: an aside that tells the breach keeps its date; without a closing comma the
    # clause runs on to its verb
    text = (
        OPEN + "The sergeant, who looked up his neighbour's record in 2018, was dismissed "
        "last month."
    )
    assert year(nlp, text, date(2021, 3, 1)) == 2018
    text = OPEN + "It named the officer who in 2019 emailed the file to the wrong address."
    assert year(nlp, text) == 2019
