"""Round 43b (r43b-bact): a regulator told, in wordings the telling rules missed.

Where a force's telling of the regulator was lost (extract/rules/actions.py, actions.toml
[told], regulators.jsonl):
- the future in the progressive ("the force will be updating the ICO", "said it would be
  working with the data watchdog"): a dealing the force has in hand, a referral --
  unlike the bare future ("will notify the ICO"), a telling still to come;
- the police as the teller by a word for them, no force named in the sentence ("Police have
  since reported the loss to the ICO"): `police_tellers`;
- the breach "notified to" or "flagged to" the regulator: `to_recipient`;
- the regulator named "the Office of the Information Commissioner": an alias of the ICO; and
  a country word before its name ("to the UK Information Commissioner's Office") is walked
  back over like "the" (`_determined_from`).

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.incident_probe import incident_rows

ICO = "Information Commissioner's Office"
IOPC = "Independent Office for Police Conduct"

LEAD = "Norfolk Constabulary lost a folder of witness statements in June 2020. "

CASES = [
    # the future in the progressive: in hand
    (LEAD + "The force said it would be updating the ICO on the search.", ICO, "referral"),
    (LEAD + 'A spokeswoman said: "We will be updating the ICO."', ICO, "referral"),
    (LEAD + "Officers will be informing the data watchdog about the loss.", ICO, "referral"),
    (LEAD + "The force will also be notifying the IOPC.", IOPC, "referral"),
    # near miss: the bare future is a telling still to come
    (LEAD + "The force said it would notify the ICO.", ICO, None),
    (
        LEAD + "The force will inform the Information Commissioner if the folder is not found.",
        ICO,
        None,
    ),
    # the police as the teller
    (LEAD + "Police have since reported the loss to the ICO.", ICO, "referral"),
    (LEAD + "Detectives have notified the ICO.", ICO, "referral"),
    # near miss: another body told the regulator
    (LEAD + "The county council has told the Information Commissioner about the loss.", ICO, None),
    # "notified to", "flagged to"
    (LEAD + "The loss has been notified to the Information Commissioner.", ICO, "referral"),
    (LEAD + "The constabulary flagged the loss to the ICO the same day.", ICO, "referral"),
    # near miss: a duty, no telling done
    (LEAD + "Serious losses must be notified to the ICO.", None, None),
    # a country word before the regulator's name
    (
        LEAD + "The constabulary reported it to the UK Information Commissioner's Office.",
        ICO,
        "referral",
    ),
    (LEAD + "The force has told the UK Information Commissioner's Office.", ICO, "referral"),
    # the ICO by its longer name
    (
        LEAD + "The force told the Office of the Information Commissioner within a day.",
        ICO,
        "referral",
    ),
    (LEAD + "The Office of the Information Commissioner has been alerted.", ICO, "referral"),
    (
        LEAD + "The force has been in touch with the Office of the Information Commissioner.",
        ICO,
        "referral",
    ),
]


@pytest.mark.parametrize(("text", "regulator", "action"), CASES)
def test_regulator_told(nlp, text: str, regulator: str | None, action: str | None) -> None:  # type: ignore[no-untyped-def]
    assert incident_rows(nlp, text, "regulator", "action") == {(regulator, action)}
