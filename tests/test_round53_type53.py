"""Round 53, an insider's misuse told as a look-up and a passing-on (extract/data/breach_types.toml,
extract/components/breach_types.py, extract/rules/types.py, extract/assemble.py):

- information handed over to someone, whoever they are ("passed confidential information to
  consulate officials", "handed sensitive intelligence to crime bosses") is a disclosure --
  not when what follows "to" is a verb ("to help the inquiry"), the police or a regulator;
- "a news release", "said in a press release": the document's name, no release of data;
- a story that tells a further act of the other kind in a line of its own, marked by a word of
  addition ("investigators also found she had looked at her neighbour's records"), is recorded
  under both kinds; one act told both ways ("looked up his address and passed it to a friend")
  keeps the one kind it scores most.

Every sentence here was written for these tests; none is quoted from an article.
"""

from __future__ import annotations

import pytest

from tests.incident_probe import incident_list
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


# -- a further act of the other kind --------------------------------------------------------------

TWO_ACTS = (
    "A Suffolk Constabulary constable has been dismissed for passing confidential information "
    "to consulate officials. Between May and July 2021 the constable passed information about "
    "local protest groups to consulate officials with no policing purpose. "
    "Investigators also found that in 2021 the constable looked at police records about a "
    "neighbour with no legitimate reason."
)


def test_a_further_look_up_told_apart_is_recorded_as_both_kinds(nlp) -> None:  # type: ignore[no-untyped-def]
    assert incident_list(nlp, TWO_ACTS, "force", "breach_type") == [
        ("Suffolk Constabulary", "inappropriate_disclosure"),
        ("Suffolk Constabulary", "unauthorised_access"),
    ]


TWO_ACTS_THE_OTHER_WAY = (
    "A Suffolk Constabulary officer has been sacked for searching police systems for his "
    "former partner with no policing purpose. He accessed her records on the force database "
    "30 times in 2022 without a policing reason. "
    "The panel also heard that he had passed details of her new home to his brother."
)


def test_a_further_passing_on_told_apart_is_recorded_as_both_kinds(nlp) -> None:  # type: ignore[no-untyped-def]
    assert incident_list(nlp, TWO_ACTS_THE_OTHER_WAY, "force", "breach_type") == [
        ("Suffolk Constabulary", "inappropriate_disclosure"),
        ("Suffolk Constabulary", "unauthorised_access"),
    ]


ONE_ACT = (
    "A Suffolk Constabulary call handler has been sacked for searching police systems for her "
    "former partner with no policing purpose. She accessed his records on the force database "
    "40 times in 2022 without a policing reason and passed his new address to her sister."
)


def test_one_act_told_both_ways_keeps_one_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    assert incident_list(nlp, ONE_ACT, "force", "breach_type") == [
        ("Suffolk Constabulary", "unauthorised_access"),
    ]


ALSO_SAME_KIND = (
    "A Suffolk Constabulary call handler has been sacked for searching police systems for her "
    "former partner with no policing purpose. She also looked at the records of his new "
    "girlfriend on the force database in 2022 without a policing reason."
)


def test_a_further_act_of_the_same_kind_adds_no_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    assert incident_list(nlp, ALSO_SAME_KIND, "force", "breach_type") == [
        ("Suffolk Constabulary", "unauthorised_access"),
    ]


ALSO_ANOTHER_KIND = (
    "Suffolk Constabulary has been reprimanded after a laptop holding witness statements was "
    "stolen from an officer's car in 2022. The force also said a letter had been sent to the "
    "wrong address."
)


def test_a_further_act_outside_the_pair_adds_no_twin(nlp) -> None:  # type: ignore[no-untyped-def]
    types = [t for _, t in incident_list(nlp, ALSO_ANOTHER_KIND, "force", "breach_type")]
    assert "unauthorised_access" not in types
    assert "inappropriate_disclosure" not in types
