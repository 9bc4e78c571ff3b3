"""Round 39 (lead): an officer's deed told through what a panel, hearing or inquiry found.

Misconduct write-ups introduce one of the force's people ("A Durham Constabulary constable
has been dismissed.") and then tell the deed inside a reporting frame: "A misconduct panel
found that he looked up ...", "The hearing was told that she had searched ...". The pronoun
after "that" is the subject of the deed, as it is when it opens the sentence ("He looked up
..."), so the deed is the force's breach (extract/rules/relevance.py `_reported_pronoun`
inside `_points_to_staff`). Before, the page was judged not relevant: the force named but
never tied to the breach.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract import nlp
from extract.models import Document

LEAD = "Officer dismissed over records checks\nA Cheshire Constabulary constable has been sacked. "


def _run(text: str):
    return nlp.extract(Document(text=text))


@pytest.mark.parametrize(
    ("frame", "kind"),
    [
        (
            "A misconduct panel found that he looked up police records about his former"
            " partner without a policing purpose.",
            "unauthorised_access",
        ),
        (
            "The hearing was told that she had searched police systems for details of a neighbour.",
            "unauthorised_access",
        ),
        (
            "An investigation found that he had shared crime reports with a friend.",
            "inappropriate_disclosure",
        ),
    ],
)
def test_a_deed_reported_by_a_panel_is_the_forces_breach(frame: str, kind: str) -> None:
    result = _run(LEAD + frame)
    assert result.relevant, result.relevance_reason
    assert [(i.force, i.breach_type) for i in result.incidents] == [("Cheshire Constabulary", kind)]


def test_the_same_deed_opening_with_the_pronoun_agrees() -> None:
    framed = _run(LEAD + "A misconduct panel found that he looked up police records.")
    plain = _run(LEAD + "He looked up police records, a misconduct panel found.")
    assert [(i.force, i.breach_type) for i in framed.incidents] == [
        (i.force, i.breach_type) for i in plain.incidents
    ]
    assert framed.incidents


def test_a_reported_act_of_policing_is_no_breach() -> None:
    result = _run(LEAD + "A misconduct panel found that he had arrested a man who stole data.")
    assert not result.relevant


def test_an_outsider_introduced_before_the_frame_is_not_the_forces() -> None:
    result = _run(
        "Nurse fined over records\nA nurse at a hospital trust was fined. A tribunal found"
        " that she looked up patient records without reason. Kent Police said inquiries"
        " continued."
    )
    assert not result.relevant


def test_a_frame_naming_a_force_is_not_read_as_a_pronoun_opener() -> None:
    # The force named inside the frame is the one reporting; the rule needs a frame with no
    # force, so this page is judged by the other rules (here: the force speaks of an
    # outsider's deed told before).
    result = _run(
        "Receptionist fined\nA receptionist at a dental practice was fined. Kent Police said"
        " that she looked up patient records."
    )
    assert not any(i.force == "Kent Police" for i in result.incidents)
