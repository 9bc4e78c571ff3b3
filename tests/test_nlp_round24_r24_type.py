"""Round 24, branch r24-type: the breach type from everyday wording. Hardware sold or
auctioned off, or got rid of without being wiped, is insecure disposal (a wiping not done is
no deletion); a look at the records of people the insider knows is a look-up; telling
someone who called or complained is a verbal disclosure (telling the caller is not); custody
images, and people never charged, are retention's words; a system used to trace a vehicle,
and a person arrested or charged for hacking, tell no breach. Every sentence here was written
for these tests. Each positive case, and each negative case for wording that scored before,
fails on the code before this branch; the other negatives guard the new cues' reach and pass
on both."""

from __future__ import annotations

import pytest
from type_probe import best_type_of


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # hardware sold off, or not wiped
        ("Computers sold by the force still held data about victims.", "insecure_disposal"),
        ("The force sold off computers that still held personal data.", "insecure_disposal"),
        ("Hard drives auctioned by the constabulary had not been wiped.", "insecure_disposal"),
        ("Old police laptops were sold online without being wiped.", "insecure_disposal"),
        # the records of people one knows
        ("A PC looked at the records of people he knew.", "unauthorised_access"),
        # who called or complained, told
        ("The call handler told the man the caller lived next door.", "verbal_disclosure"),
        (
            "The officer told the suspect that the complainant was a woman on his street.",
            "verbal_disclosure",
        ),
        # custody images kept of people never charged
        ("The force held custody images of people who were never charged.", "other"),
        (
            "Custody photographs of people never charged with a crime were kept for years.",
            "other",
        ),
    ],
)
def test_breach_type_positive(nlp, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == code


@pytest.mark.parametrize(
    "text",
    [
        # a vehicle traced
        "Officers used the PNC to trace the stolen car to an address in Leeds.",
        "Detectives traced the van to a farm outside the town.",
        # hacking as a crime someone is held for
        "A 19-year-old was arrested for hacking last week.",
        "The man was charged with hacking into his former partner's email account.",
        # reach of the new cues
        "The man sold drugs from his flat.",
        "The force is to sell its old headquarters.",
        "The woman told police the caller had been threatening her.",
        "Police told the caller an officer would attend.",
        "Officers told the complainant the case had been closed.",
        "The officer was never charged with any offence.",
        "Custody images of the two men were released by police.",
        "The sergeant looked at the records to see if the men had previous convictions.",
    ],
)
def test_breach_type_negative(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a person traced with a system stays a look-up
        (
            "An officer used police systems to trace the car's owner, a woman he had met.",
            "unauthorised_access",
        ),
        ("The PC used the force database to track his former partner.", "unauthorised_access"),
        # an attack by hackers stays one
        ("The force was hit by a hacking attack in March.", "cyber_attack"),
        # a theft stays a theft
        (
            "A laptop was stolen from an officer's car and later sold online.",
            "loss_or_theft_of_device",
        ),
    ],
)
def test_breach_type_kept(nlp, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == code


# --- round 24, second step: left unattended or in a public place; a rule for any such act;
# a redaction made on purpose


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Nine involved documents left in public places.", "loss_or_theft_of_paperwork"),
        (
            "An officer left a folder of statements unattended in the foyer.",
            "loss_or_theft_of_paperwork",
        ),
    ],
)
def test_breach_type_second_positive(nlp, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == code


@pytest.mark.parametrize(
    "text",
    [
        "All access to the system will be logged and audited.",
        "Any unauthorised access will be investigated.",
        "Some passages were redacted for legal reasons.",
        "The officer's name was redacted to protect his identity.",
        "Officers left the scene unattended for ten minutes.",
    ],
)
def test_breach_type_second_negative(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The file had been redacted but the victim's address could still be read.",
            "failure_to_redact",
        ),
        ("The force failed to redact the names of witnesses.", "failure_to_redact"),
        (
            "Officers who accessed the records without a policing purpose will face hearings.",
            "unauthorised_access",
        ),
    ],
)
def test_breach_type_second_kept(nlp, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == code
