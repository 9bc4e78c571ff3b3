"""Round 22, branch r22-type: the breach type from everyday wording. Data sent to the press
is a leak; someone's own post on social media is a disclosure, a body's post "in error" a
publication in error; not preventing or noticing a leak leaves the leak standing, while "no
evidence that ..." and "none of its officers had ..." deny what follows; outsiders copying
or encrypting files are a cyber attack; looking at records suggests unauthorised access.
Every sentence here was written for these tests. Each positive case, and each negative case
for wording that scored before (denied claims, this newspaper), fails on the code before
this branch; the other negatives guard the new cues' reach and pass on both."""

from __future__ import annotations

import pytest
from type_probe import best_type_of


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # sent to the press
        (
            "A detective sent the names of two informants to a local newspaper in 2021.",
            "inappropriate_disclosure",
        ),
        (
            "An officer forwarded the custody footage to the media last year.",
            "inappropriate_disclosure",
        ),
        ("A constable emailed crime scene photographs to a tabloid.", "inappropriate_disclosure"),
        # someone's own post on social media
        (
            "A member of staff posted a domestic abuse victim's address on Facebook.",
            "inappropriate_disclosure",
        ),
        (
            "A photo of the injured man was put on Instagram by a police constable.",
            "inappropriate_disclosure",
        ),
        # a body's post by mistake
        (
            "The constabulary posted a photo of a vulnerable girl on its Twitter account in error.",
            "published_in_error",
        ),
        # a stopping verb negated: the leak happened
        (
            "The force admitted its procedures did not prevent the leak of a witness's name "
            "to a drug dealer.",
            "inappropriate_disclosure",
        ),
        (
            "The force did not notice the theft of an unencrypted laptop for a month.",
            "loss_or_theft_of_device",
        ),
        # outsiders copying or encrypting files
        (
            "Criminals copied files from a server run by the force's payroll supplier.",
            "cyber_attack",
        ),
        (
            "A criminal gang encrypted the systems of a firm that prints warrant cards.",
            "cyber_attack",
        ),
        # looking at records, with the systems named
        (
            "A call handler looked at the files of her sister's new partner on police systems.",
            "unauthorised_access",
        ),
    ],
)
def test_everyday_wording_types(nlp, text, code) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == code


@pytest.mark.parametrize(
    "text",
    [
        # the reporter's own paper, or what a body tells the press
        "In a statement sent to this newspaper, the chief constable said lessons had been learned.",
        "Figures passed to this newspaper show complaints rose last year.",
        "The force sent a statement to the media after the hearing.",
        # denied claims, however far on
        "There is no evidence that any records were accessed by hackers.",
        "There is nothing to suggest the data was shared with anyone.",
        "The force said none of its officers had shared the photos with friends.",
        # not outsiders
        "Criminal records were copied into the new database by staff.",
    ],
)
def test_no_best_type_of(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) is None


def test_denial_past_a_reported_clause_stands(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "None of the victims were told that an officer had lost a laptop holding their details."
    assert best_type_of(nlp, text) == "loss_or_theft_of_device"


def test_officer_sending_to_the_press_stays_a_leak_not_an_announcement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A sergeant sent photographs of the dead man to a national newspaper."
    assert best_type_of(nlp, text) == "inappropriate_disclosure"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # relatives and associates by name
        (
            "The constable passed details of the investigation to his cousin.",
            "inappropriate_disclosure",
        ),
        (
            "A detective gave a copy of an intelligence report to his brother.",
            "inappropriate_disclosure",
        ),
        (
            "The officer shared custody photographs with his nephew.",
            "inappropriate_disclosure",
        ),
        # meant for one person, sent to another
        (
            "A letter meant for one witness was posted to another witness.",
            "posted_to_incorrect_recipient",
        ),
        (
            "An email intended for a barrister was sent to the defendant's father.",
            "emailed_to_incorrect_recipient",
        ),
        # open to anyone's eyes
        (
            "The addresses of sex offenders could be seen by anyone who visited the site.",
            "published_in_error",
        ),
        ("Personal details of hundreds of drivers were exposed online.", "published_in_error"),
        # a look-up called unauthorised
        ("A sergeant carried out unauthorised checks on his former wife.", "unauthorised_access"),
    ],
)
def test_more_everyday_wording_types(nlp, text, code) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == code


@pytest.mark.parametrize(
    "text",
    [
        # a plan to send is no misdirection
        "The force was meant to send letters to every witness by March.",
        # a recipient word after a preposition is no recipient
        "An officer gave evidence to the inquiry about his brother's death.",
    ],
)
def test_no_breach_type_for_plans_and_prepositions(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Officers secretly filmed members of the public at a protest.", "other"),
        ("The unit filmed interviews with witnesses without their consent.", "other"),
        (
            "A detective dropped a notebook in the street on his way home.",
            "loss_or_theft_of_paperwork",
        ),
        (
            "Witness statements fell out of an officer's bag on a busy road.",
            "loss_or_theft_of_paperwork",
        ),
    ],
)
def test_filming_and_dropping(nlp, text, code) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == code


def test_dropped_charges_are_no_loss(nlp) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, "Officers dropped the charges against the man on the bus.") is None
