"""Round 27c (r27c-forces): a force's bare short form as a capitalised modifier of its people
('Met officers', 'a Met detective'), never the verb nor another Met. Every text is a paraphrase
written for the mechanism, with positive and negative cases."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract

_HEAD = "Police data breach\n\n"


def forces(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=_HEAD + text, url=None, published=date(2024, 3, 10)), nlp)
    return {i.force for i in ex.incidents}


def spans(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return {s.label_ for s in doc.spans["forces"]}


_MET = "Metropolitan Police Service"


def test_bare_met_before_its_people_is_the_force(nlp) -> None:  # type: ignore[no-untyped-def]
    assert forces(
        nlp, "Hundreds of Met officers had their home addresses exposed in a 2023 hack."
    ) == {_MET}
    assert forces(nlp, "A Met detective was sacked for looking up police records in 2022.") == {
        _MET
    }
    assert _MET in spans(nlp, "A Met spokeswoman said the leak of police data was regrettable.")
    # not the verb, nor another Met, nor a title-case headline
    assert _MET not in spans(nlp, "Officers met residents after the police data leak in 2023.")
    assert _MET not in spans(nlp, "Police chiefs met officers from Kent Police to discuss it.")
    assert _MET not in spans(nlp, "Met Office forecasters warned police of storms.")
    assert _MET not in spans(nlp, "Police Chief Met Officers After Data Leak")
