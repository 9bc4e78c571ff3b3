"""Plainly told police breach stories that yielded no incident, round 37
(extract.rules.relevance): a disclosure told inside a reporting frame ("a jury heard that a
constable disclosed ...") is the force's own, the frame telling who said it and the clause
after it who did it; an outsider's deed inside the same frame stays his. Paraphrases written
for these tests."""

from __future__ import annotations

from datetime import date

from incident_probe import incident_rows

PUBLISHED = date(2024, 6, 3)


def _forces(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {row[0] for row in incident_rows(nlp, text, "force", published=PUBLISHED)}


def test_a_disclosure_inside_a_court_heard_frame(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A jury heard that a Dorset Police constable disclosed a suspect's previous "
        "convictions to a reporter in May 2022.\n"
        "He denies misconduct in a public office."
    )
    assert incident_rows(nlp, text, "force", "breach_type", published=PUBLISHED) == {
        ("Dorset Police", "inappropriate_disclosure")
    }


def test_a_reported_disclosure_by_an_outsider_stays_his(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A court heard that a man who burgled a house gave the owner's address to a friend.\n"
        "Dorset Police said the man had been jailed."
    )
    assert _forces(nlp, text) == set()
