"""Round 33 (r33-force): which police body a breach belongs to.

- A force's bare short form before a rank written in capitals ('a Met PC', 'two Met PCs', 'a
  Met DC') or a lowercase rank ('a Met sergeant') names the force, as 'Met officers' does;
  never the verb ('officers met PC Smith') nor a title-case line ('Officer Met PC Smith').
- A force named only to set another body apart from it ('which is separate from Kent Police')
  stands by; a force's commissioner speaking of its breach is no breacher.
- Another force's earlier breach told only by its apology after a message revealed people's
  details ('Three years ago Wiltshire Police apologised after a newsletter to volunteers
  revealed their addresses') is an incident of that force, dated by the apology, and of the
  story's kind where the line before calls it 'the same mistake'.

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from extract.models import Document
from extract.nlp import extract

_HEAD = "Police data breach\n\n"
_MET = "Metropolitan Police Service"


def forces(nlp, text: str, head: str = _HEAD) -> set[str]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=head + text, url=None, published=date(2024, 3, 10)), nlp)
    return {i.force for i in ex.incidents if i.force}


def spans(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return {s.label_ for s in doc.spans["forces"]}


@pytest.mark.parametrize(
    "text",
    [
        "A Met PC was sacked after he searched police systems for a neighbour's record in 2022.",
        "Two Met PCs looked up crime reports without a policing purpose in 2021.",
        "A former Met DC was convicted of misusing police data about his girlfriend in 2019.",
        "A Met sergeant searched the crime database for his ex-wife's new address in 2020.",
    ],
)
def test_met_short_form_before_a_rank(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert forces(nlp, text) == {_MET}


def test_met_before_a_rank_not_the_verb_nor_title_case(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _MET not in spans(nlp, "Officers met PC Jones outside the station in 2023.")
    assert _MET not in spans(nlp, "Police Chief Met PC Jones After Records Leak")


def test_force_set_apart_from_another_body_stands_by(nlp) -> None:  # type: ignore[no-untyped-def]
    """A force named only to set another body apart from it is no breacher: the body's breach
    is not the force's."""
    text = (
        "The county council, which is separate from Kent Police, has reported a breach to the"
        " ICO after an email exposed the addresses of 300 foster carers in 2019."
    )
    assert "Kent Police" not in forces(nlp, text)
    text = (
        "Essex Police, which is independent of the Met, was reprimanded after an officer"
        " emailed a victim's address to a suspect in 2022."
    )
    assert forces(nlp, text) == {"Essex Police"}


def test_commissioner_without_office_is_no_breacher(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk's Police and Crime Commissioner demanded answers after Norfolk Constabulary"
        " published the details of crime victims in 2021."
    )
    assert forces(nlp, text) == {"Norfolk Constabulary"}
    text = (
        "The Police and Crime Commissioner for Cheshire said Cheshire Constabulary had"
        " reported itself to the ICO after a laptop holding witness statements was stolen in"
        " 2020."
    )
    assert forces(nlp, text) == {"Cheshire Constabulary"}


def _rows(nlp, text: str) -> set[tuple]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text, url=None, published=date(2024, 5, 2)), nlp)
    return {(i.force, i.breach_year, i.breach_type) for i in ex.incidents}


def test_another_force_that_only_denies_is_no_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police email blunder\n\nCumbria Constabulary emailed 70 victims in 2022 without using"
        " blind copy, revealing their addresses. Lancashire Constabulary said an email to its"
        " volunteers had never revealed any addresses."
    )
    assert {r[0] for r in _rows(nlp, text)} == {"Cumbria Constabulary"}


def test_force_a_person_used_to_serve_is_a_past_employer(nlp) -> None:  # type: ignore[no-untyped-def]
    """'used to work for' names a past employer, as 'formerly of' does: where the story names
    the force he served when he did it, that one is at fault."""
    text = (
        "An officer who used to work for Staffordshire Police leaked a victim's details in"
        " 2022 while serving with West Mercia Police."
    )
    assert forces(nlp, text) == {"West Mercia Police"}


def test_psni_named_without_of_or_with_ni(nlp) -> None:  # type: ignore[no-untyped-def]
    psni = "Police Service of Northern Ireland"
    assert psni in spans(nlp, "Police Service Northern Ireland staff lost a laptop in 2021.")
    assert psni in spans(nlp, "The Police Service of NI lost a laptop in 2021.")
