"""Round 33, branch r33-relevance: is the story about a UK police data breach?

Mechanisms proved here: people's data named with whose it is ('the personal data of 600
Kent officers and staff', 'details relating to members of the public') before a passive loss
or exposure verb is still the thing lost; a revealing verb beside a word of mistake ('was
disclosed in error') exposes data as a leak does; an outsider in the passive ('members of
the public was disclosed') owns the data, is not its thief; a person outside the police
before 'who' ('A man who posted officers' addresses') did what the relative clause tells;
records looked at 'without authorisation' and records kept 'unlawfully' are breaches; a
force denying a breach of 'its' systems denies its own; the one a police search hunts ('to
identify the killer') makes a records search police work; a body that owns up to a breach
in the sentence before ('A charity has apologised after ...') makes the breach its own, not
the force's that comments, though people hurt by it ('victims have suffered') own no
breach; someone the police keep from view named or identified by mistake ('a post which
inadvertently identified a victim') is exposed; a force that recorded or logged a number of
data breaches or data protection incidents ('has logged 300 data breaches since 2020')
counts its own, whatever the period; pictures shared in a messaging group are shared.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def _relevant(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).relevant


@pytest.mark.parametrize(
    "text",
    [
        "Staff details exposed\n\nThe personal data of some 600 Dorset Police officers and "
        "civilian staff was exposed when a spreadsheet was attached to a reply to a member of "
        "the public.",
        "Details disclosed in error\n\nLincolnshire Police said details belonging to members "
        "of the public were disclosed in error in a newsletter.",
        "Records shown without authorisation\n\nA Dyfed-Powys Police constable looked at the "
        "case file of her neighbour without authorisation and discussed it with friends, a "
        "misconduct hearing found.",
        "Force told to purge records\n\nCleveland Police has been told by the watchdog to "
        "delete the records of hundreds of people who were never charged, after it was found "
        "to be keeping them unlawfully.",
    ],
)
def test_police_breach_told_in_police_words_is_relevant(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Man jailed over officers' addresses\n\nA man who posted the home addresses of police "
        "officers online has been jailed for stalking. Lancashire Police said the officers and "
        "their families had been put at risk.",
        "Cold case solved\n\nDetectives from Cumbria Constabulary used DNA records to identify "
        "the murderer of a teenager killed in 1979.",
        "Breach claim denied\n\nDurham Constabulary said none of its systems had been "
        "compromised after hackers claimed to have stolen police data. The files came from a "
        "contractor of a local council.",
        "Gym leak\n\nA gym chain has apologised after members' home addresses were leaked. "
        "Thames Valley Police said they were aware of the incident.",
        "Leak at dental practice\n\nA dental practice admitted that patients' records were "
        "lost. Police Scotland said it was aware.",
    ],
)
def test_guard_no_police_breach_is_not_relevant(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not _relevant(nlp, text)


@pytest.mark.parametrize(
    ("text", "relevant"),
    [
        (
            "Post named victim\n\nNorth Wales Police removed a Facebook post which "
            "accidentally identified a domestic abuse victim. The force said it was sorry.",
            True,
        ),
        (
            "Informant named in leaflet\n\nA leaflet issued by Cleveland Police wrongly named "
            "an informant in a drugs case. The force has launched a review.",
            True,
        ),
        (
            "Victim named by court\n\nThe victim was named by mistake in a court listing, "
            "Sussex Police said. The court service has apologised.",
            False,
        ),
    ],
)
def test_someone_kept_from_view_identified_by_mistake(nlp, text, relevant) -> None:  # type: ignore[no-untyped-def]
    assert _relevant(nlp, text) is relevant


def test_people_hurt_by_a_breach_are_not_its_holder(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Victims' details leaked\n\nHundreds of crime victims have suffered distress after "
        "their details were leaked. Kent Police said it was sorry."
    )
    assert _relevant(nlp, text)


@pytest.mark.parametrize(
    ("text", "relevant"),
    [
        (
            "Force's data errors\n\nSouth Yorkshire Police has logged more than 700 data "
            "breaches since 2019, this newspaper has learned.",
            True,
        ),
        (
            "Data slips at force\n\nFigures show Cheshire Constabulary recorded 240 data "
            "protection incidents since 2020 and paid compensation in some cases.",
            True,
        ),
        (
            "Bail figures\n\nSouth Yorkshire Police has recorded 700 breaches of bail "
            "conditions since 2019.",
            False,
        ),
        (
            "Disorder figures\n\nCheshire Constabulary recorded 240 incidents of disorder "
            "since 2020.",
            False,
        ),
    ],
)
def test_a_force_counting_its_breaches_is_relevant(nlp, text, relevant) -> None:  # type: ignore[no-untyped-def]
    assert _relevant(nlp, text) is relevant


def test_pictures_passed_round_a_messaging_group(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officers shared crash photos\n\nTwo Wiltshire Police officers circulated photographs of "
        "crash victims in a private messaging group, a hearing was told."
    )
    assert _relevant(nlp, text)
