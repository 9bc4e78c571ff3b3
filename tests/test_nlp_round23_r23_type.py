"""Round 23, branch r23-type: the breach type from everyday wording. Reports and logs viewed
are a look-up; biometrics kept for years, or kept of innocent people, are unlawful retention
(a weak pair on each action word counts, a strong pair first); a recipient word naming a
place or a role ("his mother's house", "a brother officer", "a partner agency") or people
sent ("sent officers to ...") is no disclosure; "said" with a name, or a telling to a court,
the police or the press, is no verbal disclosure. Every sentence here was written for these
tests. Each positive case, and each negative case for wording that scored before, fails on
the code before this branch; the other negatives guard the new cues' reach and pass on
both."""

from __future__ import annotations

import pytest
from type_probe import best_type_of


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # reports and logs viewed
        (
            "A police constable viewed the crime reports of people he knew over two years.",
            "unauthorised_access",
        ),
        ("The call handler browsed incident logs about her neighbours.", "unauthorised_access"),
        (
            "A civilian worker read the intelligence held on her former partner.",
            "unauthorised_access",
        ),
        # biometrics kept
        ("The force kept the DNA of thousands of people for years.", "other"),
        (
            "The constabulary held the fingerprints of innocent people for more than a decade.",
            "other",
        ),
        ("DNA samples from children were retained long after the cases closed.", "other"),
    ],
)
def test_breach_type_positive(nlp, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == code


@pytest.mark.parametrize(
    "text",
    [
        # a name said, a telling in the course of work or news
        "Police said the name of the man who died has not yet been released.",
        "Detective Inspector Jo Bell said of the victim's name that it would not be released.",
        "The witness told the court where the defendant had been living.",
        "The woman told police the name of the man who had attacked her.",
        # places, roles and people sent
        "The force sent officers to his mother's house that evening.",
        "Officers were sent to the family home after a neighbour raised the alarm.",
        "The inspector handed the case over to his brother officer in Leeds.",
        "The control room sent two detectives to his brother in Hull.",
        "The analyst passed the intelligence to a partner agency in March.",
        # reach of the new cues
        "Staff viewed the footage before it was logged.",
        "A judge read the report before sentencing.",
        "The force held a meeting about DNA testing.",
    ],
)
def test_breach_type_negative(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a recipient that is a person still counts
        ("An officer sent crime scene photographs to his mother.", "inappropriate_disclosure"),
        ("A PC told her neighbour where the victim was living.", "verbal_disclosure"),
        ("The detective handed the file to a family friend.", "inappropriate_disclosure"),
    ],
)
def test_breach_type_kept(nlp, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # gone without trace
        (
            "Three unencrypted hard drives disappeared from the force's property store.",
            "loss_or_theft_of_device",
        ),
        # sent to one's own account
        (
            "A detective forwarded witness statements to his private Gmail account.",
            "insecure_transmission",
        ),
        # deleted by mistake
        ("The force deleted thousands of custody records by mistake.", "other"),
    ],
)
def test_breach_type_probe(nlp, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == code


@pytest.mark.parametrize(
    "text",
    [
        "The suspect disappeared after the robbery.",
        "The officer made a mistake when he filled in the form and later deleted it.",
    ],
)
def test_breach_type_probe_negative(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) is None
