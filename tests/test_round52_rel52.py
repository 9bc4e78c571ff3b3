"""Round 52 (relevance): a page is about a UK police data breach by what the force did, not by
the words around it. Two readings:

- a sentence whose only police are a police body abroad named by its nation ("the Spanish
  national police, whose servers were hacked") tells that body's breach, not the UK force's
  (`relevance.police_abroad_only`). Near misses: "the Northern Irish police force", and a
  sentence naming the UK force beside the foreign one.
- a page whose every breach word breaches something other than data ("A breach of
  the honesty and integrity standard", "breaches of bail conditions") gives no tallies of data
  breaches, whatever figures it holds (`relevance.only_other_breaches`). Near misses: breaches
  of data protection rules, and data incidents counted without the word.

Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from extract import nlp
from extract.models import Document


def _run(text: str):  # type: ignore[no-untyped-def]
    return nlp.extract(Document(text=text))


def test_breach_of_police_abroad_is_no_incident_of_the_force() -> None:
    ex = _run(
        "Spanish police leak follows Met hack\n\n"
        "The Metropolitan Police has been hacked and the names of 300 officers were stolen from "
        "its servers in 2023, the force said. It follows a leak at the Spanish national police the "
        "previous year.\n"
    )
    assert ex.relevant
    # the Spanish leak of 2022 is no second Met incident
    assert [(i.force, i.breach_year) for i in ex.incidents] == [
        ("Metropolitan Police Service", 2023)
    ]


def test_northern_irish_police_are_not_abroad() -> None:
    ex = _run(
        "Northern Irish police force admits publishing officers' names in error\n\n"
        "The Northern Irish police force has admitted that it published the surnames of all its "
        "officers by mistake while replying to a Freedom of Information request in August "
        "2023. The Information Commissioner's Office is investigating the breach.\n"
    )
    assert ex.relevant
    assert "Police Service of Northern Ireland" in {i.force for i in ex.incidents}


NO_DATA_BREACH_FIGURES = [
    "Misconduct hearing outcome, March 2022\n\nA Cheshire Constabulary sergeant faced two "
    "charges.\n\n1. A breach of the honesty and integrity standard in May 2019: he told his "
    "inspector an injured knee stopped him driving 60 miles to a course, yet drove 200 miles "
    "to watch football in April 2019.\n\n2. A breach of the discreditable conduct standard, "
    "found to be gross misconduct.\n",
    "Officers broke court orders, figures show\n\n"
    "Figures from Kent Police show officers recorded 350 breaches of bail conditions in 2022 "
    "and 410 breaches of restraining orders in 2023.\n",
]


@pytest.mark.parametrize("text", NO_DATA_BREACH_FIGURES)
def test_figures_beside_breaches_of_no_data_are_no_tallies(text: str) -> None:
    ex = _run(text)
    assert not ex.relevant, ex.relevance_reason
    assert not ex.breach_counts


DATA_BREACH_FIGURES = [
    "Kent Police data breaches\n\nFigures from Kent Police show the force recorded 35 "
    "data protection breaches in 2022 and 41 in 2023.\n",
    "FOI: data incidents at Essex Police\n\nEssex Police recorded 140 data security incidents "
    "in 2021, including 30 emails sent to the wrong recipient, according to a freedom of "
    "information response.\n",
]


@pytest.mark.parametrize("text", DATA_BREACH_FIGURES)
def test_figures_of_data_breaches_stay_tallies(text: str) -> None:
    ex = _run(text)
    assert ex.relevant, ex.relevance_reason
    assert ex.breach_counts
