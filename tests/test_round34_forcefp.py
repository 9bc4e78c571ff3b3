"""Round 34 (r34-forcefp): a force named in a breach story that is not the force whose data
was breached.

- A force hunting the people behind another body's breach ('Essex Police are hunting the
  burglars who took ...') enforces the law; so does a force helping another body with its
  breach ('Kent Police is helping the school after ...') -- neither is at fault.
- A force one of whose people is only the subject of the data another body held or lost
  ('a Dorset Police constable whose address was leaked by Wiltshire Police', 'customers,
  including a Kent Police sergeant', 'the stolen identity of a Met inspector') stands by.
- A speaker's former force named through a title ('the former chief constable of Essex
  Police') is a past employer; a force set against another ('Unlike Surrey Police, ...')
  stands by; a force that did not answer a request stands by.
- A link to another story opening 'You may also like:', 'You might also like -' or 'Also see:'
  is a teaser dropped with the page furniture: its force is no incident of the page.
- Controls: the force's own breach keeps its force.

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from extract.boilerplate import filter_lines
from extract.models import Document
from extract.nlp import extract
from extract.rules.attribution import Roles
from extract.sentences import split_sentences

_HEAD = "Data breach news\n\n"


def forces(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=_HEAD + text, url=None, published=date(2024, 5, 20)), nlp)
    return {i.force for i in ex.incidents if i.force}


@pytest.mark.parametrize(
    "text",
    [
        "Avon and Somerset Police are hunting a thief who stole a delivery driver's tablet"
        " holding the addresses of 900 customers in 2023.",
        "Cumbria Constabulary is hunting the fraudsters who broke into a holiday park's"
        " booking system and took guests' card details in 2024.",
    ],
)
def test_force_hunting_the_culprits_is_no_breacher(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert forces(nlp, text) == set()


def test_force_hunting_for_its_own_lost_thing_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Essex Police is hunting for a notebook that one of its detectives lost on a bus in"
        " 2023, holding the names of 20 informants."
    )
    assert forces(nlp, text) == {"Essex Police"}


def roles_of(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    sents = split_sentences(nlp(text))
    roles = Roles(sents)
    return [(m.label_, roles.role(m)) for s in sents for m in s.forces]


@pytest.mark.parametrize(
    "text",
    [
        "Nottinghamshire Police is supporting an NHS trust after a porter lost a memory stick"
        " with the details of 700 patients in 2023.",
        "Kent Police has been assisting the borough council since a clerk mislaid the files of"
        " 40 tenants in 2022.",
    ],
)
def test_force_helping_another_body_enforces(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [r for _, r in roles_of(nlp, text)] == ["enforcer"]


def test_force_supporting_its_own_victims_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk Constabulary posted the address of a witness to the man she had reported in"
        " 2024. The force said it was supporting the witness."
    )
    assert forces(nlp, text) == {"Norfolk Constabulary"}


def test_officer_whose_data_another_force_leaked(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A Dorset Police constable whose home address was leaked by Wiltshire Police in 2022"
        " has been paid £3,000 in damages by the force."
    )
    assert forces(nlp, text) == {"Wiltshire Police"}


@pytest.mark.parametrize(
    "text",
    [
        "A mobile network company employee passed the account details of subscribers,"
        " including a Cheshire Constabulary detective, to debt collectors in 2021.",
        "Fraudsters used the stolen identity of a Dorset Police sergeant to open bank accounts"
        " in 2022, the court was told.",
        "An insurer's call handler passed the claims history of drivers, among them a Gwent"
        " Police constable, to a claims firm in 2023.",
    ],
)
def test_one_officer_among_another_bodys_data_subjects(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [r for _, r in roles_of(nlp, text)] == ["bystander"]


def test_officers_data_with_no_other_body_stays_the_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The mobile number of a Suffolk Constabulary officer was emailed to a suspect in error"
        " in 2023."
    )
    assert forces(nlp, text) == {"Suffolk Constabulary"}
    assert [r for _, r in roles_of(nlp, text)] == ["agent"]


def test_former_chief_constable_is_a_past_employer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Jane Reid, the former chief constable of Essex Police, said the error at Dorset Police,"
        " where the names of informants were emailed to a journalist in 2023, was avoidable."
    )
    assert forces(nlp, text) == {"Dorset Police"}


def test_force_set_against_another_stands_by(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Unlike Surrey Police, which checks every attachment, Hampshire Constabulary emailed"
        " the unencrypted statements of 12 witnesses to the wrong address in 2022."
    )
    assert forces(nlp, text) == {"Hampshire Constabulary"}


def test_force_that_did_not_answer_stands_by(nlp) -> None:  # type: ignore[no-untyped-def]
    """Forces that gave no answer to a request are no party to what the page tells."""
    text = (
        "A Freedom of Information request to Lincolnshire Police showed it logged 60 data"
        " breaches in 2022, most of them letters posted to the wrong address. Leicestershire"
        " Police and Humberside Police did not respond to the request."
    )
    got = roles_of(nlp, text)
    assert ("Leicestershire Police", "bystander") in got
    assert ("Humberside Police", "bystander") in got


def test_retired_officer_with_a_force_is_a_past_employer(nlp) -> None:  # type: ignore[no-untyped-def]
    """A title with a force after it ('a retired detective with Northumbria Police') names a
    past employer where another force is at fault; alone, the force he served."""
    other = (
        "Tom Hale, a retired detective with Northumbria Police, said the leak by Cleveland Police"
        " of 300 victims' names in 2023 was shocking."
    )
    assert roles_of(nlp, other) == [
        ("Northumbria Police", "employer"),
        ("Cleveland Police", "agent"),
    ]
    alone = (
        "Tom Hale, a retired detective with Northumbria Police, was convicted of selling police"
        " records in 2023."
    )
    assert roles_of(nlp, alone) == [("Northumbria Police", "agent")]


_BODY = [
    "Lancashire Constabulary has been reprimanded after a clerk posted a witness statement to"
    " the suspect's home in 2023.",
    "The regulator said the force had not checked the address before the letter went out.",
    "The force said it had apologised and retrained the staff involved in the case.",
]


@pytest.mark.parametrize(
    "line",
    [
        "You may also like: Merseyside Police data leak exposed victims' addresses",
        "Also see: Cheshire force fined over lost laptop",
        "You might also like - Council apologises for email blunder",
    ],
)
def test_story_link_teasers_are_dropped(line: str) -> None:
    lines = [*_BODY[:2], line, *_BODY[2:]]
    kept, dropped = filter_lines(lines)
    assert line not in kept
    assert dict(dropped)[line] == "link_teaser"


def test_sentence_opening_like_a_teaser_is_kept() -> None:
    line = "Also on the list of failings was a lack of training, the regulator said in its notice."
    kept, _ = filter_lines([*_BODY[:2], line, *_BODY[2:]])
    assert line in kept
