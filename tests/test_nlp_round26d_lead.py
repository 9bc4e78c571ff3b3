"""Round 26d (lead): a general duty stated beside a force's own breach ("organisations must
report certain breaches within 72 hours") names no other body at fault, so the force's breach
stays relevant; another body's actual breach still does.
Every sentence here was written for these tests. The positive cases fail on the code before
this change; the negative cases guard the rule's reach and pass on both."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def incidents(nlp, text: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return [(i.force, i.breach_type) for i in ex.incidents] if ex.relevant else []


@pytest.mark.parametrize(
    "duty",
    [
        "The ICO's website says organisations must report certain breaches within 72 hours.",
        "Under the law, an organisation should report a data breach within 72 hours.",
        "Public bodies must report breaches to the watchdog within three days.",
    ],
)
def test_a_general_duty_leaves_the_forces_breach_relevant(nlp, duty: str) -> None:
    text = (
        "Laptop lost\nNorfolk Constabulary lost a laptop holding witness statements last "
        f"year, the force said. {duty}"
    )
    assert incidents(nlp, text) == [("Norfolk Constabulary", "loss_or_theft_of_device")]


@pytest.mark.parametrize(
    "text",
    [
        "Hospital trust reprimanded after leak\nA hospital trust was reprimanded after it "
        "emailed a list of patients to Norfolk Constabulary by mistake.",
        "Council fined over breach\nA borough council leaked the addresses of 300 tenants, "
        "and Norfolk Constabulary was asked to help trace the files.",
    ],
)
def test_another_bodys_own_breach_is_still_its_own(nlp, text: str) -> None:
    assert incidents(nlp, text) == []
