"""Round 28a, branch r28a-types: the breach type when data is sent or told on. A disclosure
sent in the passive with no sender named ("her address was emailed to the neighbour") is a
message to the wrong person, unless it went where leaks go (friends, the press); a force's
name after "from" names where the sender works, not the sender; an insider's look-up told in
the same sentence as the looked-up data passed on by word of mouth ("looked up her address
and told her ex-partner where she lived") is a disclosure, unless a call or conversation is
named. Every sentence here was written for these tests. Positive cases fail on main; the
cases in `test_guards` pass on both and keep the new rules' reach."""

from __future__ import annotations

import pytest
from type_probe import best_type_of

EMAILED = "emailed_to_incorrect_recipient"
POSTED = "posted_to_incorrect_recipient"
LEAK = "inappropriate_disclosure"
VERBAL = "verbal_disclosure"
ACCESS = "unauthorised_access"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # sent with no sender named
        (
            "The home address of a witness was emailed to the defendant's brother in 2019, "
            "Wiltshire Police admitted.",
            EMAILED,
        ),
        (
            "Details of a burglary victim were forwarded by email to a neighbour in March 2020, "
            "North Wales Police said.",
            EMAILED,
        ),
        (
            "The witness's contact details were sent by post to the defendant in 2022, Durham "
            "Constabulary said.",
            POSTED,
        ),
        # the sender works at the force; the force is not the sender
        (
            "In 2019 a PCSO from Avon and Somerset Police forwarded a victim's statement to her "
            "own neighbour.",
            LEAK,
        ),
        # looked up and told
        (
            "A Kent Police constable who knew the family looked up the girl's address on police "
            "systems and told her father where she was staying, a misconduct panel heard.",
            LEAK,
        ),
        (
            "A Lancashire officer searched the force database for a witness's details in 2020 "
            "and then told the suspect where she lived.",
            LEAK,
        ),
        (
            "Investigators found that a Police Scotland officer had accessed the woman's record "
            "and told her former partner her new address in 2022.",
            LEAK,
        ),
    ],
)
def test_sent_or_told_on(nlp, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a passive sending to where leaks go, or with its sender after "by"
        (
            "Pictures of the dead man were sent to a journalist by an officer from Humberside "
            "Police in 2016.",
            LEAK,
        ),
        (
            "A Cheshire Police constable emailed photographs of a crime scene to his girlfriend.",
            LEAK,
        ),
        (
            "Details of the raid were leaked to the suspect's family in 2021, West Midlands "
            "Police said.",
            LEAK,
        ),
        # a call or a conversation named keeps the telling verbal
        (
            "A PSNI officer told a woman's ex-partner where she was living during a phone call "
            "in 2020.",
            VERBAL,
        ),
        (
            "During a conversation in a pub in 2019, a Durham Constabulary officer who had "
            "viewed the record told the man where his former wife had moved.",
            VERBAL,
        ),
        (
            "A Police Scotland officer told the suspect in interview where the witness lived.",
            VERBAL,
        ),
        # a look-up with nothing looked-up told on
        (
            "A West Yorkshire detective searched police databases for his ex-wife's new partner "
            "in 2021 and told colleagues he was checking a suspect.",
            ACCESS,
        ),
        (
            "A Surrey Police officer accessed crime reports without a policing purpose in 2018 "
            "and told investigators he was curious.",
            ACCESS,
        ),
        (
            "A Nottinghamshire Police officer looked up the records of his ex-girlfriend's new "
            "partner 30 times in 2019.",
            ACCESS,
        ),
    ],
)
def test_guards(nlp, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    """Negative guards: pass on main and on this branch."""
    assert best_type_of(nlp, text) == code
