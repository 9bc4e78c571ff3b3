"""Round 43 (r43-action): a regulator dealt with now.

Where the force's dealings with a regulator were lost (extract/rules/actions.py):
- a telling going on now, in the progressive ("the force is liaising with the ICO", "officers
  are liaising closely with the watchdog"): `_to_be_done` read "is"/"are" before the verb as a
  practice ("breaches are reported to the ICO"); an -ing form after them is no practice.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.incident_probe import incident_rows

ICO = "Information Commissioner's Office"
IOPC = "Independent Office for Police Conduct"

CASES = [
    # a telling going on now
    (
        "Essex Police lost a folder of witness statements in March 2021. The force is liaising"
        " with the Information Commissioner's Office over the loss.",
        {("Essex Police", ICO, "referral")},
    ),
    (
        "Kent Police lost a laptop holding victims' details in 2019. Officers are liaising with"
        " the ICO.",
        {("Kent Police", ICO, "referral")},
    ),
    (
        "Durham Constabulary emailed the details of 300 victims to the wrong address in 2020."
        " The constabulary is liaising closely with the data watchdog.",
        {("Durham Constabulary", ICO, "referral")},
    ),
    (
        "Cleveland Police lost a bag of case files in 2018. The force said it was liaising with"
        " the IOPC after the files were found.",
        {("Cleveland Police", IOPC, "referral")},
    ),
    # near misses: a practice, or a link in general, tells of no regulator dealing with it
    (
        "Kent Police lost a laptop holding victims' details in 2019. Serious breaches are"
        " reported to the ICO.",
        {("Kent Police", None, None)},
    ),
    (
        "Sussex Police lost a notebook in 2020. The force has a good record of working with the"
        " ICO.",
        {("Sussex Police", None, None)},
    ),
    (
        "Gwent Police exposed 400 email addresses in 2018. We work with the ICO to protect"
        " people's data, a spokesman said.",
        {("Gwent Police", None, None)},
    ),
]


@pytest.mark.parametrize(("text", "rows"), CASES)
def test_regulator_dealings(nlp, text: str, rows: set) -> None:  # type: ignore[no-untyped-def]
    assert incident_rows(nlp, text, "force", "regulator", "action") == rows
