"""Round 25c, branch r25c-type: an email that shows its recipients' addresses is a failure
to use bcc; telling someone an address is a verbal disclosure; records kept of people never
charged are unlawful retention; systems breached or attacked are a cyber attack, a person
attacked is not; things found dumped after they fell from a car were lost, not thrown away;
records looked at "by" an officer are unauthorised access; a rule about future access
("access to records will be logged") is no breach.
Every sentence here was written for these tests. Each positive case, and each negative case
for wording that scored before, fails on the code before this branch; the other negatives
guard the new cues' reach and pass on both."""

from __future__ import annotations

import pytest
from type_probe import best_type_of

_LEAD = "Police have been criticised over a data breach. "


def breach_type(nlp, text: str) -> str | None:  # type: ignore[no-untyped-def]
    return best_type_of(nlp, _LEAD + text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # an email showing its recipients' addresses
        (
            "A newsletter emailed to 300 witnesses exposed all of their email addresses.",
            "failure_to_use_bcc",
        ),
        ("An email to crime victims revealed their email addresses.", "failure_to_use_bcc"),
        (
            "The message sent to the support group showed every member's email address.",
            "failure_to_use_bcc",
        ),
        # telling someone an address
        ("A detective told the suspect the victim's new address.", "verbal_disclosure"),
        ("The constable told her brother the address of the refuge.", "verbal_disclosure"),
        # kept although never charged
        ("The force kept the records of people who were never charged.", "other"),
        ("The force held the custody images of people who had not been charged.", "other"),
        # systems breached or attacked
        ("Its systems were breached by criminals.", "cyber_attack"),
        ("Criminals breached its computer systems in the spring.", "cyber_attack"),
        ("Criminals attacked its network and stole data.", "cyber_attack"),
        ("Its records were accessed by criminals.", "cyber_attack"),
        # found dumped after a loss
        (
            "The files were found dumped by a road after they fell from a van.",
            "loss_or_theft_of_paperwork",
        ),
        (
            "Case papers were discovered dumped in a lay-by after they fell off an officer's "
            "motorbike.",
            "loss_or_theft_of_paperwork",
        ),
        # a person attacked is no cyber attack
        ("A PCSO was attacked while on patrol. The attack was filmed by a passer-by.", None),
        (
            "The officer was attacked by a man he had arrested, and the attack left him in "
            "hospital.",
            None,
        ),
        # records looked at by an officer
        (
            "A victim's record was looked at by a constable who had no reason to see it.",
            "unauthorised_access",
        ),
        ("Her records were accessed by an officer who knew her.", "unauthorised_access"),
        ("The files were viewed by a sergeant in another division.", "unauthorised_access"),
    ],
)
def test_new_mechanisms(nlp, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert breach_type(nlp, text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a hacking story: no message shows the addresses
        ("Hackers exposed the email addresses of thousands of officers.", "cyber_attack"),
        (
            "A cyber attack on its email system exposed the email addresses of staff.",
            "cyber_attack",
        ),
        # a telling to those whose work it is
        ("A detective told the court the victim's address had been kept secret.", None),
        # kept something else, never charged
        ("The officer kept his job and was never charged.", None),
        # a system of rules, not a computer
        ("An officer breached its system of checks on staff.", None),
        # an attack on a computer stays one
        (
            "The attack on its network took the website offline. The attack on its systems "
            "lasted two days.",
            "cyber_attack",
        ),
        ("It retained photographs of thousands of people who were not convicted.", "other"),
        ("Stolen case files were later found dumped on a verge.", "loss_or_theft_of_paperwork"),
        # thrown out by the force
        ("Files were found dumped in a skip behind a former police station.", "insecure_disposal"),
        ("An officer dumped case files in a street bin.", "insecure_disposal"),
        # an insider's look-up stays one
        ("An officer accessed the records of known criminals.", "unauthorised_access"),
        # what is to happen, not what happened
        ("Access to records will be logged.", None),
        ("Access to the custody records must be recorded by a supervisor.", None),
        ("Any misuse of police systems would be dealt with.", None),
    ],
)
def test_guards(nlp, text: str, code: str | None) -> None:  # type: ignore[no-untyped-def]
    assert breach_type(nlp, text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "An officer let slip her new address while speaking to her former partner.",
            "verbal_disclosure",
        ),
        ("A PC disclosed the victim's address during a call with her abuser.", "verbal_disclosure"),
        (
            "A detective revealed where she lived while talking to her ex-husband.",
            "verbal_disclosure",
        ),
        (
            "A call handler shared the location of the refuge in a call with the suspect.",
            "verbal_disclosure",
        ),
    ],
)
def test_told_in_a_call_or_a_talk(nlp, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert breach_type(nlp, text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Officers were on a call when the van crashed.", None),
        ("Officers were sent to the house during a call about a burglary.", None),
        (
            "The officer was speaking to a witness when his laptop was stolen.",
            "loss_or_theft_of_device",
        ),
    ],
)
def test_a_call_with_nothing_told(nlp, text: str, code: str | None) -> None:  # type: ignore[no-untyped-def]
    assert breach_type(nlp, text) == code
