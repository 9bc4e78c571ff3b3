"""Round 60: a relative clause before "would have been" tells the subject's deed.

"An officer who looked up the records in 2021 would have been sacked if still serving":
the counterfactual is the dismissal, and its backward reach stops at the clause the subject
carries (a relative word after a noun, its own verb, no comma): the deed and its date stand
(`extract/components/context.py` `_ends_bare_relative`). The fine that "would otherwise have
been £2m" is still counterfactual.
"""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract, get_nlp

SACKED = [
    (
        "A Cleveland Police constable who searched police systems for details of his "
        "neighbours in 2021 would have been sacked if he were still in the job, a panel "
        "ruled in 2023.",
        2021,
    ),
    (
        "A Gwent Police detective who accessed the files of a murder inquiry without a "
        "policing purpose in 2018 would have been sacked had she not retired, the hearing found.",
        2018,
    ),
]


@pytest.mark.parametrize(("text", "year"), SACKED)
def test_the_subjects_deed_keeps_its_date(text: str, year: int) -> None:
    ex = extract(
        Document(text=f"Officer would have been sacked\n\n{text}", url="https://news.example.com/x")
    )
    assert [i.breach_year for i in ex.incidents] == [year]


def _backward(text: str) -> list[str]:
    doc = get_nlp()(text)
    return [
        s.text
        for s in doc.spans["context"]
        if s.label_ == "counterfactual" and s.kb_id_ == "backward"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The penalty of £2m would otherwise have been the largest.",
        "The officer, who was suspended in 2020, would have been dismissed.",  # a comma closes it
        "The officers on duty that night would have been told.",  # no relative clause
    ],
)
def test_other_subjects_stay_in_the_backward_scope(text: str) -> None:
    assert _backward(text)


def test_a_relative_clause_has_no_backward_scope() -> None:
    assert not _backward("An officer who leaked the file in 2019 would have been dismissed.")
