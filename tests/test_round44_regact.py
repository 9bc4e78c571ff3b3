"""Round 44 (r44-regact): a regulator's action on unseen pages, in wordings real reporting uses.

- A force's own inquiry beside its telling of the regulator ("as part of our investigation we
  have informed the ICO"): the first-person inquiry is the teller's, the action a referral --
  the telling may come after the inquiry word (`_we_told_regulator`).
- A quote spoken by a police rank ("Chief Superintendent ... said: 'We are investigating'"):
  the quoted "we" is the force's (actions.toml [speaker], `_force_before_quote`).
- A sanction whose decision is still to come in its own sentence ("representations about the
  level of the fine before a final decision"): the notice-of-intent stage, an investigation
  (actions.toml [pending], `_decision_pending`).
- "a self-referral to the Office of the Police Ombudsman" after "our" inquiry: the referral
  word tells the regulator named in it.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.incident_probe import incident_rows

ICO = "Information Commissioner's Office"
IOPC = "Independent Office for Police Conduct"
PONI = "Police Ombudsman for Northern Ireland"

LEAD = "Cumbria Police emailed a list of witness addresses to the wrong person in March 2021. "
LEAD_NI = "The PSNI shared the details of 80 people with an outside agency in error in 2022. "

CASES = [
    # the force's own inquiry beside its telling: a referral
    (
        LEAD + 'A spokesman said: "As part of our investigation we have informed the ICO."',
        ICO,
        "referral",
    ),
    (
        LEAD_NI + 'An officer said: "As part of our review we made a self-referral to the Office '
        'of the Police Ombudsman."',
        PONI,
        "referral",
    ),
    (
        LEAD_NI + 'A spokesman said: "As part of our investigation we made a self-referral to the '
        'Office of the Police Ombudsman."',
        PONI,
        "referral",
    ),
    # near miss: the regulator's own "our investigation"
    (
        LEAD + 'An ICO spokeswoman said: "Our investigation showed the checks were too weak."',
        ICO,
        "investigation",
    ),
    # a police rank speaks: the quoted "we" is the force's
    (
        LEAD + 'Detective Superintendent Jane Smith said: "We are investigating how the list was '
        'sent and have told the ICO."',
        ICO,
        "referral",
    ),
    (
        LEAD_NI + 'Chief Superintendent Ann Lee said: "We have been investigating the breach." '
        "The force has informed the ICO.",
        ICO,
        "referral",
    ),
    (
        LEAD + 'Supt Sam Reid said: "We are investigating what happened." The force has also told '
        "the ICO.",
        ICO,
        "referral",
    ),
    (
        LEAD + 'Ch Supt Sam Reid said: "We are investigating what happened." The force has also '
        "told the ICO.",
        ICO,
        "referral",
    ),
    # near miss: a regulator's officer speaks
    (
        LEAD + 'ICO head of investigations Jane Smith said: "We are making enquiries."',
        ICO,
        "investigation",
    ),
    # a decision still to come: the proposal stage
    (
        LEAD_NI
        + "The ICO intends to fine the PSNI £50,000. The force will make representations to "
        "the ICO about the level of the fine before a final decision.",
        ICO,
        "investigation",
    ),
    (
        LEAD + "The ICO has proposed a £40,000 penalty, and the force can make representations "
        "before the fine is confirmed.",
        ICO,
        "investigation",
    ),
    # near misses: the decision made
    (
        LEAD + "The ICO fined the force £20,000 after considering its representations.",
        ICO,
        "monetary_penalty",
    ),
    (LEAD + "The ICO heard from the force before it fined it £20,000.", ICO, "monetary_penalty"),
    # the Ombudsman's office by its longer name, told
    (
        LEAD_NI + "The force has referred the matter to the Office of the Police Ombudsman.",
        PONI,
        "referral",
    ),
]


@pytest.mark.parametrize(("text", "regulator", "action"), CASES)
def test_regulator_action(nlp, text: str, regulator: str | None, action: str | None) -> None:  # type: ignore[no-untyped-def]
    assert incident_rows(nlp, text, "regulator", "action") == {(regulator, action)}
