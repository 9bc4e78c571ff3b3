"""Round 19 (r19-type): breach-type mechanisms, each with paraphrases of its own."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract

PUBLISHED = date(2024, 6, 10)


def types_of(nlp, text: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text, published=PUBLISHED), nlp)
    return sorted({i.breach_type for i in ex.incidents}, key=str)


# --- a telephone is how words went, not that they went

_CALL_ONLY = [
    "Suffolk Police was reprimanded by the ICO over a data breach. The sergeant said he had "
    "been busy on a personal phone call at the time.",
    "Suffolk Police was reprimanded by the ICO over a data breach. The officer was talking on "
    "the phone while driving to the station.",
]
_CALL_TOLD = [
    "Suffolk Police has been reprimanded after a call handler told a caller the new address of "
    "a domestic abuse victim over the phone.",
    "Suffolk Police has been reprimanded after a detective gave a stranger a witness's "
    "name in a telephone call.",
]


def test_a_phone_call_alone_is_no_verbal_disclosure(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in _CALL_ONLY:
        assert "verbal_disclosure" not in types_of(nlp, text), text
    for text in _CALL_TOLD:
        assert types_of(nlp, text) == ["verbal_disclosure"], text


# --- "unfair" alone is a policing word; unfair processing is data


def test_unfair_alone_is_weak(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk Police was reprimanded by the ICO. Separately, a tribunal ruled that a PC "
        "had been unfairly dismissed."
    )
    assert "other" not in types_of(nlp, text)
    text = (
        "Norfolk Police was reprimanded by the ICO after it unfairly processed the personal "
        "information of hundreds of crime victims."
    )
    assert types_of(nlp, text) == ["other"]


# --- the regulator's website is where the regulator publishes, not a publication in error


def test_regulator_website_is_no_publication_in_error(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Durham Constabulary has been reprimanded by the ICO over a data breach last year. "
        "The case was published on the ICO website on Tuesday.",
        "Durham Constabulary has been reprimanded by the ICO over a data breach last year. "
        "Details were published on the Information Commissioner's Office's website.",
    ):
        assert "published_in_error" not in types_of(nlp, text), text
    text = (
        "Durham Constabulary has been reprimanded by the ICO over a data breach last year. "
        "A list of witnesses was published on the force website."
    )
    assert types_of(nlp, text) == ["published_in_error"]


# --- nobody knows where it is: lost

_UNACCOUNTED = [
    (
        "Cumbria Police was reprimanded after it could not account for 30 laptops issued to "
        "officers.",
        "loss_or_theft_of_device",
    ),
    (
        "Cumbria Police was reprimanded after a hard drive holding interview recordings could "
        "not be traced.",
        "loss_or_theft_of_device",
    ),
    (
        "Cumbria Police was reprimanded after boxes of case files were left unaccounted for.",
        "loss_or_theft_of_paperwork",
    ),
]


def test_unaccounted_for_is_a_loss(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, code in _UNACCOUNTED:
        assert types_of(nlp, text) == [code], text
    # the person, not the thing, could not be traced: no loss
    text = (
        "Cumbria Police was reprimanded after a letter went to the wrong address. The officer "
        "could not be traced for comment."
    )
    assert types_of(nlp, text) == ["posted_to_incorrect_recipient"]


# --- a thing found in a public place had been lost


def test_found_in_a_public_place_is_a_loss(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, code in (
        (
            "Lincolnshire Police was reprimanded after a memory stick holding witness details "
            "was found in a street in Boston.",
            "loss_or_theft_of_device",
        ),
        (
            "Lincolnshire Police was reprimanded after a member of the public discovered a "
            "detective's notebook on a bus.",
            "loss_or_theft_of_paperwork",
        ),
    ):
        assert types_of(nlp, text) == [code], text
    # found somewhere of one's own: no public place, no loss
    text = (
        "Lincolnshire Police was reprimanded after a memory stick holding witness details was "
        "found in a drawer at the station."
    )
    assert "loss_or_theft_of_device" not in types_of(nlp, text)


# --- an insertion set off by commas ("including ...") does not end a pair's clause


def strong_cues(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return {c.label_ for c in doc.spans["breach_cues"] if c.kb_id_ == "strong"}


def test_an_insertion_keeps_the_pair(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "A call handler passed details of the collision, including a witness's mobile "
        "number, to a relative.",
        "A PC shared pictures from the scene, such as close-ups of the injured man, with his "
        "friends.",
    ):
        assert "inappropriate_disclosure" in strong_cues(nlp, text), text
    # a comma with no insertion opener still ends the clause
    for text in (
        "A call handler passed the collision file, and a detective later spoke to a relative.",
        "A PC shared pictures from the scene, then went off duty with his friends.",
    ):
        assert "inappropriate_disclosure" not in strong_cues(nlp, text), text


# --- a redaction failure told with the way the papers went out: the route is the redaction's


def test_redaction_takes_its_routes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police was reprimanded by the ICO. A statement that had not been redacted was "
        "shared with the suspect's family, passed to his friends and leaked to a journalist."
    )
    assert types_of(nlp, text) == ["failure_to_redact"]
    # a redaction word in another sentence takes no disclosure
    text = (
        "Kent Police was reprimanded by the ICO. A statement was shared with the suspect's "
        "family and passed to his friends. The force said its redaction software had been "
        "upgraded last year."
    )
    assert types_of(nlp, text) == ["inappropriate_disclosure"]


# --- a police system used to find someone is a look-up


def test_system_used_to_find_someone(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Gwent Police was reprimanded after a PC used police computers to find the address of "
        "his former girlfriend.",
        "Gwent Police was reprimanded after a call handler used the force database to locate "
        "her estranged husband.",
    ):
        assert types_of(nlp, text) == ["unauthorised_access"], text
    for text in (
        "Gwent Police was reprimanded over a data breach. Detectives used CCTV to trace the "
        "suspect.",
        "Gwent Police was reprimanded over a data breach. The force bought a new database to "
        "track offenders.",
    ):
        assert "unauthorised_access" not in types_of(nlp, text), text
