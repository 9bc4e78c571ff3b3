"""Round 29, branch r29-types: breach types told in other words. A letter sent to a home its
person has left ("where she no longer lived", "the new occupant opened it", "his old flat")
went to the wrong address; a data subject's own "subject access" request accesses no one
else's records, and a home "she used to share with him" shares no data; a mention to the
people around someone is a verbal disclosure; the wrong thing put on a record ("recorded the
wrong name", "wrong details were recorded", "a data entry error") is inaccurate data; a
force's own post on a social platform showing someone's data ("Kent Police posted a photo
... on Facebook", "a photo was posted by Kent Police", "posted on Kent Police's Twitter
account") is a publication in error. Every
sentence here was written for these tests. Positive cases fail on main; the cases in
`test_guards` pass on both and keep the new rules' reach."""

from __future__ import annotations

import pytest
from type_probe import best_type_of

EMAILED = "emailed_to_incorrect_recipient"
POSTED = "posted_to_incorrect_recipient"
LEAK = "inappropriate_disclosure"
VERBAL = "verbal_disclosure"
WRONG_DATA = "inaccurate_data"
PUBLISHED = "published_in_error"
DEVICE = "loss_or_theft_of_device"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a home its person has left
        (
            "Dorset Police wrote to a witness at an address where she no longer lived, and "
            "the new occupant opened the letter in 2022.",
            POSTED,
        ),
        (
            "A letter from Hertfordshire Constabulary was delivered in 2022 to an address the "
            "family had left, and the new occupant opened it.",
            POSTED,
        ),
        (
            "Thames Valley Police was criticised after it posted the response in 2023 to the "
            "man's old flat.",
            POSTED,
        ),
        (
            "In 2019 Kent Police posted a subject access response to an address the man no "
            "longer lived at.",
            POSTED,
        ),
        # a mention to the people around someone
        ("A PCSO from Essex Police mentioned a witness's name to her neighbours in 2018.", VERBAL),
        # the wrong thing put on a record
        (
            "Police database blunder brands innocent man a criminal: Gwent Police recorded the "
            "wrong name against a caution in 2021.",
            WRONG_DATA,
        ),
        (
            "Wrong details were recorded on the force's database by Essex Police in 2021, "
            "linking a woman to a crime she had nothing to do with.",
            WRONG_DATA,
        ),
        (
            "A man's record held by Lancashire Constabulary wrongly showed he had been "
            "arrested, a mistake made in 2017.",
            WRONG_DATA,
        ),
        (
            "A data entry error by Derbyshire Constabulary in 2020 linked a woman's name to "
            "another woman's convictions.",
            WRONG_DATA,
        ),
        # a force's own post showing someone's data
        (
            "Avon and Somerset Police posted an image on Twitter in 2019 which showed a "
            "custody record on a computer screen.",
            PUBLISHED,
        ),
        (
            "A photo was posted by Lancashire Constabulary on Facebook in 2022 that showed a "
            "list of victims' names pinned to a wall.",
            PUBLISHED,
        ),
        (
            "A photo of a whiteboard listing the names of missing children was posted on "
            "Cumbria Constabulary's Twitter account in 2019.",
            PUBLISHED,
        ),
    ],
)
def test_type_told_in_other_words(nlp, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # guard: a recipient's address keyed in wrongly is a misdirection, not wrong data
        (
            "In 2021 a member of staff at Essex Police entered the wrong email address and a "
            "victim's statement was emailed to a stranger.",
            EMAILED,
        ),
        (
            "The wrong email address was entered by a Kent Police employee in 2020, so the "
            "file was sent to the wrong person.",
            EMAILED,
        ),
        # guard: the breach recorded as a breach is no wrong record
        (
            "A Sussex Police email was sent to the wrong recipient in 2022. The error was "
            "recorded as a data breach and reported to the ICO.",
            EMAILED,
        ),
        # guard: an appeal posted by the force puts no one's data out
        (
            "A Kent Police officer's laptop was stolen in 2021. Kent Police posted an appeal "
            "on Facebook for witnesses to the theft.",
            DEVICE,
        ),
        ("Norfolk Constabulary posted an appeal on Twitter in 2020 for information.", None),
        ("An appeal for witnesses was posted on Dyfed-Powys Police's Facebook page in 2021.", None),
        # guard: an officer's own post stays that officer's disclosure
        (
            "A Cheshire Constabulary constable posted a photo of a crash victim on Facebook "
            "in 2021.",
            LEAK,
        ),
        # guard: a move out of a home, no letter, is no misdirection
        ("Merseyside Police said the woman had moved out of the house in 2018.", None),
        # guard: a wrong address still a misdirection
        (
            "A letter from Dorset Police was sent to the wrong address in 2019 and read by a "
            "neighbour.",
            POSTED,
        ),
    ],
)
def test_guards(nlp, text: str, code: str | None) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == code
