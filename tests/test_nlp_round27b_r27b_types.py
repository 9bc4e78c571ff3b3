"""Round 27b, breach type: whatever part of a released file held data out of sight (a hidden
tab, rows, columns, data) it went out with the file -- one type, published in error; a thing
delivered or handed to a neighbour, or sent "meant for" one person to another, went to the
wrong recipient; a clause about the recipient ("the man who had reported the burglary") tells
who they are, not a loss; a force's own post on a platform is a publication, an officer's a
disclosure; telling someone's employer is a verbal disclosure; a file sent by accident is a
misdirection; data visible on a website was published. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest
from type_probe import best_type_of

# --- hidden parts of a released file: one type whichever part


@pytest.mark.parametrize(
    "text",
    [
        "A spreadsheet released by Norfolk Police under the Freedom of Information Act contained "
        "hidden data about 1,230 victims of crime.",
        "An FOI response from Essex Police contained hidden data, including names and addresses "
        "of crime victims.",
        "Suffolk Police said a spreadsheet disclosed under FOI had hidden rows containing the "
        "names of witnesses.",
        "Police Scotland released a spreadsheet to a member of the public which contained hidden "
        "columns with officers' names.",
    ],
)
def test_hidden_parts_of_a_released_file_are_published(nlp, text: str) -> None:
    assert best_type_of(nlp, text) == "published_in_error"


def test_data_someone_hid_is_no_released_file(nlp) -> None:
    assert best_type_of(nlp, "Kent Police said the suspect had hidden data on a laptop.") is None


# --- delivered or handed next door


@pytest.mark.parametrize(
    "text",
    [
        "Devon and Cornwall Police apologised after a letter about a domestic abuse case was "
        "delivered to a neighbour.",
        "Devon and Cornwall Police apologised after it posted a letter about her case to her "
        "neighbour.",
        "A letter giving details of the inquiry was handed to a neighbour by mistake, Avon and "
        "Somerset Police admitted.",
    ],
)
def test_delivered_to_a_neighbour_is_a_misdirection(nlp, text: str) -> None:
    assert best_type_of(nlp, text) == "posted_to_incorrect_recipient"


def test_leaflets_delivered_to_neighbours_are_no_breach(nlp) -> None:
    text = "Officers delivered leaflets to neighbours asking for information about the burglary."
    assert best_type_of(nlp, text) is None


# --- meant for one person, the sending told first


def test_meant_for_one_sent_to_another(nlp) -> None:
    text = "Greater Manchester Police posted a letter meant for one victim to another victim."
    assert best_type_of(nlp, text) == "posted_to_incorrect_recipient"


def test_meant_to_do_something_is_no_misdirection(nlp) -> None:
    text = (
        "Greater Manchester Police sent a letter meant to reassure victims to every household in "
        "the area."
    )
    assert best_type_of(nlp, text) is None


# --- a crime in a clause about the recipient


@pytest.mark.parametrize(
    "text",
    [
        "Gwent Police apologised after a letter was sent to the man who had reported the "
        "burglary, revealing the victim's details.",
        "Dyfed-Powys Police sent a letter to the woman whose car had been stolen containing "
        "details of another victim.",
    ],
)
def test_the_recipients_story_is_no_loss(nlp, text: str) -> None:
    assert best_type_of(nlp, text) != "loss_or_theft_of_paperwork"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Gwent Police said files were stolen from the car of an officer who had left them on "
            "the seat.",
            "loss_or_theft_of_paperwork",
        ),
        (
            "Gwent Police said a laptop was stolen by a man who broke into an officer's car.",
            "loss_or_theft_of_device",
        ),
    ],
)
def test_a_loss_told_around_a_clause_stays(nlp, text: str, code: str) -> None:
    assert best_type_of(nlp, text) == code


# --- a force's own post, an officer's own post


@pytest.mark.parametrize(
    "text",
    [
        "Merseyside Police posted a photo on Twitter which showed names of suspects on a "
        "whiteboard.",
        "West Mercia Police shared a photo on Instagram which revealed the addresses of two "
        "witnesses.",
    ],
)
def test_a_forces_own_post_is_published(nlp, text: str) -> None:
    assert best_type_of(nlp, text) == "published_in_error"


def test_an_officers_own_post_is_a_disclosure(nlp) -> None:
    text = (
        "A Merseyside Police officer posted a photo on Facebook which showed the names of suspects."
    )
    assert best_type_of(nlp, text) == "inappropriate_disclosure"


# --- telling someone's employer


def test_telling_an_employer_is_verbal(nlp) -> None:
    text = (
        "Leicestershire Police said an officer told a woman's employer that she had been arrested."
    )
    assert best_type_of(nlp, text) == "verbal_disclosure"


def test_telling_a_court_is_no_disclosure(nlp) -> None:
    text = "Leicestershire Police said an officer told the court that she had been arrested."
    assert best_type_of(nlp, text) is None


# --- sent by accident; visible on a website


def test_forwarded_by_accident_is_a_misdirection(nlp) -> None:
    text = (
        "An email containing a list of sex offenders was accidentally forwarded by Gwent Police "
        "to a local business."
    )
    assert best_type_of(nlp, text) == "emailed_to_incorrect_recipient"


def test_posted_by_accident_on_a_platform_stays_published(nlp) -> None:
    text = "Gwent Police accidentally posted a photo of the suspects on its Facebook page."
    assert best_type_of(nlp, text) == "published_in_error"


def test_visible_on_a_website_is_published(nlp) -> None:
    text = (
        "The personal details of crime victims were visible on the Gwent Police website for "
        "three months."
    )
    assert best_type_of(nlp, text) == "published_in_error"
