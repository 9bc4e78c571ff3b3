"""Round 33, breach types told in ordinary words (extract/rules/types.py,
extract/components/breach_types.py, extract/data/breach_types.toml):

- an aside on breaches at large -- a cue after "can", "may" or "might", or after "the risk of"
  / "the dangers of", in a sentence naming no force, regulator or date -- only tips a balance:
  it does not outvote the incident told (`_generic_aside`);
- a message passed on in the passive to a messaging group is a leak, not a misdirected email
  (the recipient a few words after the cue: `leak_recipient_reach`), and a passive's doer may
  be a force's officer named in several words ("by a Kent Police constable");
- an object written "=phone" in a type's pairs matches that word form: "left his work phone
  on a train" is a lost device (not "phoned");
- the doer of a relative clause ("an officer who shared footage on social media") is the noun
  before its "who".

Every sentence here was written for these tests; none is quoted from an article.
"""

from __future__ import annotations

import pytest

from tests.type_probe import best_type_of

ASIDES = [
    ("A Cumbria Constabulary officer lost a laptop in 2020. Data breaches can also happen when "
     "letters are sent to the wrong address, experts say.", "loss_or_theft_of_device"),
    ("Cheshire Constabulary accidentally published the names of officers on its website in "
     "2021. Police forces have long been warned about the dangers of losing laptops and memory "
     "sticks.", "published_in_error"),
    ("Gwent Police emailed a witness list to the wrong person in 2019. Such mistakes may also "
     "lead to papers being left on trains.", "emailed_to_incorrect_recipient"),
    ("A Suffolk Constabulary clerk looked up records of her neighbours with no policing "
     "purpose in 2022. Experts warn of the risk of laptops being stolen from cars.",
     "unauthorised_access"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "code"), ASIDES)
def test_an_aside_at_large_does_not_outvote_the_incident(nlp, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == code


# Negative guards: the same words naming a force or a date, or told as the story itself, count.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A Cumbria Constabulary officer lost a laptop in 2020. In 2021 letters were sent to "
         "the wrong address by the force three times and its files were posted to the wrong "
         "people.", "posted_to_incorrect_recipient"),
        ("Letters can be sent to the wrong address, Kent Police admitted, after it posted a "
         "victim's file to her abuser.", "posted_to_incorrect_recipient"),
        ("A laptop was stolen from a Dorset Police officer's car in 2018.",
         "loss_or_theft_of_device"),
    ],
)  # fmt: skip
def test_told_incidents_still_count(nlp, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == code


def test_a_lone_aside_is_no_type(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The force apologised. Breaches can happen when letters are sent to the wrong address."
    assert best_type_of(nlp, text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Body camera footage of a woman in distress was forwarded to members of a group chat by "
        "a Northumbria Police constable in 2023.",
        "Photos of the crime scene were sent to a WhatsApp group in 2022, Essex Police said.",
    ],
)
def test_passed_to_a_messaging_group_is_a_leak(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == "inappropriate_disclosure"


def test_a_misdirected_passive_stays_a_misdirection(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Her new address was emailed to her former neighbour by Sussex Police in 2021."
    assert best_type_of(nlp, text) == "emailed_to_incorrect_recipient"


@pytest.mark.parametrize(
    "text",
    [
        "A West Mercia Police officer left his work phone on a train in 2021.",
        "A detective forgot her phone in a taxi after a night out, Gwent Police said.",
    ],
)
def test_a_phone_left_somewhere_is_a_lost_device(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == "loss_or_theft_of_device"


def test_phoned_is_no_phone(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The officer left the station after he phoned a colleague in 2021."
    assert best_type_of(nlp, text) != "loss_or_theft_of_device"


def test_a_relative_clause_doer_posts_for_himself(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A Thames Valley Police officer who shared footage from a custody suite on social "
        "media in 2021 is being investigated."
    )
    assert best_type_of(nlp, text) == "inappropriate_disclosure"


# Sent with nothing guarding it, kept too long: the everyday words.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bedfordshire Police emailed sensitive files to a partner agency without protecting "
         "them with a password in 2021.", "insecure_transmission"),
        ("Discs of interview footage were posted by Cheshire Constabulary without encryption "
         "in 2019.", "insecure_transmission"),
        ("The ICO ordered Essex Police to delete custody photographs it had kept too long.",
         "other"),
    ],
)  # fmt: skip
def test_everyday_words_for_other_failures(nlp, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == code


def test_shared_without_consent_stays_a_disclosure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A Kent Police officer shared intimate images of a woman with friends without her "
        "consent in 2020."
    )
    assert best_type_of(nlp, text) == "inappropriate_disclosure"


def _actions(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    from extract.models import Document
    from extract.nlp import extract

    return {i.action for i in extract(Document(text=text), nlp).incidents if i.action}


# An inquiry after "any" is one that may come, not one under way.
@pytest.mark.parametrize(
    "text",
    [
        "Kent Police said it would co-operate fully with any ICO inquiry after a USB stick "
        "holding witness statements was lost in 2020. The force apologised for the data breach.",
        "Any investigation by the Information Commissioner's Office would be welcomed, Essex "
        "Police said, after a letter went to the wrong address in 2021. The force apologised for "
        "the data breach.",
    ],
)
def test_any_inquiry_is_none_under_way(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "investigation" not in _actions(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Durham Constabulary lost a memory stick in 2021. The Information Commissioner's Office "
        "is investigating the data breach.",
        "The ICO has opened an investigation into a data breach at Humberside Police in which a "
        "laptop was stolen in 2023.",
    ],
)
def test_an_inquiry_under_way_stays(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "investigation" in _actions(nlp, text)


def test_uploaded_to_the_forces_own_website_is_a_publication(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Officers' pay details were uploaded to the force's website by Cumbria Police in 2022."
    assert best_type_of(nlp, text) == "published_in_error"


def test_passed_to_the_forces_department_is_no_disclosure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Details of the complaint were passed to the force's professional standards department."
    assert best_type_of(nlp, text) is None


# A harm told with "lose" is no lost thing: the letter in the story was sent, not lost.
@pytest.mark.parametrize(
    "text",
    [
        "Durham Constabulary sent a letter with her new address to the home of her violent "
        "former partner in 2022. She said she had suffered panic attacks, lost her job and now "
        "feared for her safety.",
        "A letter from Kent Police about her complaint reached her abuser's house in 2020. Since "
        "then she has lost sleep and lost her home.",
    ],
)
def test_a_harm_told_with_lose_is_no_lost_paper(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) != "loss_or_theft_of_paperwork"


def test_a_lost_thing_and_a_lost_job(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Sussex Police officer lost a folder of case papers in 2019 and later lost his job."
    assert best_type_of(nlp, text) == "loss_or_theft_of_paperwork"


# A sanction only weighed, then passed over for another: not imposed.
@pytest.mark.parametrize(
    "text",
    [
        "A fine was considered but the ICO decided a reprimand was enough for North Wales "
        "Police, which had emailed a victim's address to a suspect in 2021. The force apologised "
        "for the data breach.",
        "The ICO considered a fine but issued Kent Police with a reprimand after a laptop was "
        "lost in 2021. The force apologised for the data breach.",
    ],
)
def test_a_fine_only_considered_is_not_imposed(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _actions(nlp, text) == {"reprimand"}


def test_a_fine_imposed_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The ICO fined Kent Police £100,000 after a laptop was lost in 2021. The force apologised."
    )
    assert _actions(nlp, text) == {"monetary_penalty"}


def test_a_freedom_of_information_reply_that_held_data(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A freedom of information reply from Cheshire Constabulary in 2023 included a "
        "spreadsheet containing officers' names, ranks and home postcodes."
    )
    assert best_type_of(nlp, text) == "published_in_error"


def test_a_freedom_of_information_reply_as_the_news_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A freedom of information reply has revealed that Kent Police lost 40 laptops in 2022."
    assert best_type_of(nlp, text) == "loss_or_theft_of_device"
