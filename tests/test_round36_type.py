"""Breach type, round 36. A remedy told after the breach ('staff have been reminded to use
blind copy', 'the review recommended tighter checks on redaction', 'the ICO urged the force to
encrypt emails') tells what is to be done about such breaches, not what happened: its cues
only tip a balance, and stand in for the kind only when nothing else tells it. A failing
told with a remedy word ('without following its guidance on redaction') is the breach itself.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from incident_probe import field_values

from extract.models import Document
from extract.nlp import extract

TAIL = " The force said the data breach had been reported to the Information Commissioner's Office."


def _types(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return field_values(nlp, text, "breach_type")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Papers lost; staff trained on blind copy\nA folder of custody records went missing "
            "from a Dyfed-Powys Police station in 2020. Every member of staff has been retrained, "
            "including on how to use blind copy when emailing groups.",
            "loss_or_theft_of_paperwork",
        ),
        (
            "Regulator urges encryption after letter error\n"
            "A letter about an abuse case was posted by Suffolk "
            "Constabulary to the wrong house in 2022. The regulator has recommended that the "
            "force encrypt all emails holding personal data.",
            "posted_to_incorrect_recipient",
        ),
        (
            "Officer told neighbour; review recommends redaction checks\n"
            "A Lancashire Constabulary officer told a neighbour about "
            "a woman's complaint of assault in 2020. A review recommended tighter checks on "
            "redaction before documents leave the force.",
            "verbal_disclosure",
        ),
        (
            "Statement to wrong solicitor; policy on blind copy updated\n"
            "An email from Cleveland Police carrying a victim's "
            "statement reached the wrong solicitor in 2022. The force has since updated its policy "
            "on using blind copy for group emails.",
            "emailed_to_incorrect_recipient",
        ),
        (
            "Ransomware at force; staff reminded to use blind copy\n"
            "North Yorkshire Police computers were hit by ransomware in "
            "2023, locking case files. In a separate reminder, staff were told to use blind copy "
            "when emailing members of the public.",
            "cyber_attack",
        ),
        (
            "Caller given name; policy on redaction updated\n"
            "A call handler at Police Scotland told a caller the name "
            "of the man who had reported him in 2023. Police Scotland has also updated its policy "
            "on redacting documents.",
            "verbal_disclosure",
        ),
    ],
)
def test_remedy_does_not_type_the_event(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(nlp, text + TAIL) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nothing else tells the kind: the remedy stands in for it
        (
            "Apology over breach\nNorfolk Constabulary has apologised for a data breach in 2022 "
            "that affected 40 people. Staff have been reminded to use blind copy when emailing "
            "groups of people.",
            "failure_to_use_bcc",
        ),
        # a failing told with a remedy word is the breach
        (
            "Bundle went out unredacted\nA Cheshire Constabulary detective disclosed a bundle of "
            "papers to a defendant in 2022 without following the force's guidance on redaction, "
            "and a witness's address was left visible.",
            "failure_to_redact",
        ),
        (
            "Stick lost\nA Dorset Police officer lost an unencrypted memory stick in 2019. The "
            "regulator said the force's policy on encryption had not been followed.",
            "loss_or_theft_of_device",
        ),
    ],
)
def test_remedy_stands_in_or_tells_a_failing(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(nlp, text + TAIL) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sergeant gave list to gang\nA Cleveland Police sergeant handed a list of informants "
            "to a gang member in 2021, a jury heard. Separately, a hospital trust in the town was "
            "fined for sending patients' letters to the wrong addresses.",
            {("Cleveland Police", "inappropriate_disclosure")},
        ),
        (
            "Officer leaked file\nA West Yorkshire Police sergeant leaked a list of informants to "
            "a criminal in 2020, a court heard. Separately, an NHS trust in the county was fined "
            "for sending patient letters to the wrong addresses.",
            {("West Yorkshire Police", "inappropriate_disclosure")},
        ),
    ],
)
def test_another_bodys_breach_in_passing_is_not_the_forces(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text + TAIL), nlp)
    assert {(i.force, i.breach_type) for i in ex.incidents} == expected


def test_the_forces_own_earlier_breach_in_passing_is_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officer leaked file\nA West Yorkshire Police sergeant leaked a list of informants to a "
        "criminal in 2020, a court heard. Separately, the force was fined in 2018 for sending "
        "victims' letters to the wrong addresses." + TAIL
    )
    ex = extract(Document(text=text), nlp)
    assert "posted_to_incorrect_recipient" in {i.breach_type for i in ex.incidents}
