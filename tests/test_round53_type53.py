"""Round 53, an insider's misuse told as a look-up and a passing-on (extract/data/breach_types.toml,
extract/components/breach_types.py, extract/rules/types.py):

- information handed over to someone, whoever they are ("passed confidential information to
  consulate officials", "handed sensitive intelligence to crime bosses") is a disclosure --
  not when what follows "to" is a verb ("to help the inquiry"), the police or a regulator;
- "a news release", "said in a press release": the document's name, no release of data.

Every sentence here was written for these tests; none is quoted from an article.
"""

from __future__ import annotations

import pytest

from tests.type_probe import best_type_of

LEAD = "A Suffolk Constabulary detective was sacked last week. "

# -- information handed over to someone ---------------------------------------------------------

PASSED_ON = [
    "He passed confidential information to consulate officials in 2021.",
    "He handed sensitive intelligence about a drugs raid to local crime bosses in 2021.",
    "He was dismissed for leaking police information to a nightclub owner in 2021.",
    "He fed details of the inquiry to his contacts in a biker gang in 2021.",
    "The officer passed data on the witnesses to The Daily Record in 2021.",
    "He passed information about the arrest to the press in 2021.",
]


@pytest.mark.parametrize("text", PASSED_ON)
def test_information_handed_to_someone_is_a_disclosure(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, LEAD + text) == "inappropriate_disclosure"


NOT_PASSED_ON = [
    # a verb after "to": no one was given anything
    "The force passed information to help the inquiry into the crash.",
    # those whose work it is
    "The force passed the information to the police in Norfolk.",
    "Officers handed the details to prosecutors before the trial.",
    # a regulator
    "The force passed the information to the Information Commissioner's Office.",
    # "the" and a body of the force's own
    "The call handler passed information about the burglary to the intelligence team.",
    # a body whose work it is
    "The analyst passed the details of the burglary to a partner agency.",
    "The detective passed information about the burglary to the local council.",
    # the force's own sharing, and a practice told in the present
    "Suffolk Constabulary passed the information to a victim support charity.",
    "The force said it passes the details of every victim to a support charity.",
    # no data word: a parcel is no information
    "The constable handed a parcel to embassy staff.",
]


@pytest.mark.parametrize("text", NOT_PASSED_ON)
def test_no_one_or_those_whose_work_it_is_given_it_is_no_disclosure(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, LEAD + text) != "inappropriate_disclosure"


# -- the name of an announcement ------------------------------------------------------------------


def test_a_news_release_is_no_release_of_data(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Independent Office for Police Conduct | News release | 3 May 2024"
    assert best_type_of(nlp, text) is None


def test_data_released_is_still_a_release(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The force wrongly released the names of the witnesses in a report."
    assert best_type_of(nlp, text) is not None
