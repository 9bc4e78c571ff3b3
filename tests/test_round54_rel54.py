"""Round 54 (relevance): other bodies' breaches set before the sentence's subject, a force.

`relevance.another_body_at_fault` drops a page whose lead tells of another body's breach. A
lead sentence may open on other bodies' losses only as the backdrop of its own news, the force
at fault as the subject of the clause after the opening one ('Not content with leaving banks
to lose customer records, Essex Police has mislaid a laptop of its own'):
`_force_after_backdrop` keeps such a page the force's. Near misses keep the other body at
fault: the force only speaking after the comma ('..., Kent Police said'), the force only
investigating, the body in the main clause, and no comma between. Every sentence was written
for these tests."""

from __future__ import annotations

import pytest

from extract import nlp
from extract.models import Document


def _run(text: str):  # type: ignore[no-untyped-def]
    return nlp.extract(Document(text=text))


BACKDROP = [
    "Not content with leaving banks and building societies to lose customer records, Essex "
    "Police has mislaid a laptop holding the names of 300 witnesses.",
    "Inspired, it seems, by councils that have leaked the files of their tenants, the "
    "Durham Constabulary has emailed a list of crime victims to the wrong address.",
    "Keen not to be outdone by the hospitals that lost patient records last year, Cumbria "
    "Constabulary has now left a bag of case files on a train.",
]


@pytest.mark.parametrize("text", BACKDROP)
def test_force_after_other_bodies_backdrop_is_relevant(text: str) -> None:
    ex = _run("Another blunder\n\n" + text + "\n\nThe force apologised to those affected.")
    assert ex.relevant, ex.relevance_reason


NOT_THE_FORCES = [
    # the force speaks after the comma: the council's breach is the news
    "After a council lost the files of 300 of its tenants, Kent Police said it was "
    "looking into the matter.",
    # the body is the subject of the main clause
    "A council has been fined after it lost the files of 300 tenants and sent them to Kent "
    "Police by mistake.",
    # no comma: the body and the force in one clause
    "A hospital trust lost patient records that Kent Police had asked for.",
]


@pytest.mark.parametrize("text", NOT_THE_FORCES)
def test_other_bodys_breach_stays_at_fault(text: str) -> None:
    ex = _run("Council data blunder\n\n" + text + "\n\nThe council apologised to those affected.")
    assert not ex.relevant, ex.relevance_reason


# --- a fronted phrase keeps its doubt to itself; people named by a contact clause; the
# recipient told first ("handed a journalist the names of witnesses") ---


def _first_sentence(text: str, nlp_pipe):  # type: ignore[no-untyped-def]
    from extract.sentences import split_sentences

    return split_sentences(nlp_pipe(text))[0]


def _handed(text: str, nlp_pipe) -> bool:  # type: ignore[no-untyped-def]
    from extract.rules.relevance import handed_on

    return handed_on(_first_sentence(text, nlp_pipe))


@pytest.mark.parametrize(
    "text",
    [
        "In what may be a serious lapse, an officer passed the names of witnesses to a friend.",
        "Amid possible failings by the force, a constable sent the addresses of victims to a "
        "newspaper.",
    ],
)
def test_doubt_of_a_fronted_phrase_stays_in_it(text: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _handed(text, nlp)


@pytest.mark.parametrize(
    "text",
    [
        "An officer may have passed the names of witnesses to a friend.",
        "In a statement, the force said an officer may have passed the names of witnesses to "
        "a friend.",
    ],
)
def test_doubt_in_the_main_clause_still_counts(text: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert not _handed(text, nlp)


def test_people_named_by_a_relative_clause_without_pronoun(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _handed("An officer posted online the details of people he had arrested.", nlp)
    assert not _handed("An officer posted online the details of an event they had planned.", nlp)


@pytest.mark.parametrize(
    "text",
    [
        "An officer handed a journalist the names of three witnesses.",
        "The force emailed a stranger the home addresses of 40 crime victims.",
        "A PC sent his friend the details of people he had stopped.",
    ],
)
def test_recipient_as_first_object(text: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _handed(text, nlp)


@pytest.mark.parametrize(
    "text",
    [
        "The force sent officers the names of the victims.",  # its own people
        "The force sent the CPS the statements of the victims.",  # a lawful recipient
        "The force sent all the names of witnesses.",  # no recipient at all
        "An officer shared with colleagues the concerns of residents.",  # no people's data
    ],
)
def test_no_recipient_astray_as_first_object(text: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert not _handed(text, nlp)


# --- a page naming no force: the police and another body as joint doers of the breach ---

CROWN = ", a judge at Leeds Crown Court was told.\n\nThe woman has since moved again."


@pytest.mark.parametrize(
    "opening",
    [
        "Both the police and the council passed a stalking victim's current address to the stalker",
        "Officers as well as a housing association shared the home address of a witness with "
        "the suspect in the case",
    ],
)
def test_police_joint_doers_with_another_body(opening: str) -> None:
    ex = _run(opening + CROWN)
    assert ex.relevant, ex.relevance_reason


def test_another_bodys_deed_alone_stays_its_own() -> None:
    text = (
        "A council passed a stalking victim's current address to the stalker, a "
        "judge at Leeds Crown Court was told.\n\nThe police said they had helped the woman move."
    )
    assert not _run(text).relevant


def test_police_denied_as_doers() -> None:
    text = (
        "The council, not the police, passed a stalking victim's current address to the "
        "stalker" + CROWN
    )
    assert not _run(text).relevant
