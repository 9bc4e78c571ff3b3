"""Round 59 (probe59): blind probes of ordinary police breach stories.

- A record let out to someone the story names only as a person or a firm ('disclosed the
  identity of a rape victim to a man in a pub', 'leaked the report to a security firm',
  'shared footage with a television company'): a disclosure verb (reveal, disclose, leak,
  divulge; share ... with) and "man", "woman", "company" or "firm" after "to"/"with" is an
  inappropriate disclosure, as a friend or a journalist is. Giving, handing and passing stay
  out ('gave first aid to a man'), and so does an insider's sale to a firm, which the
  annotations count as the look-up it came from.

Paraphrases written for these tests, not taken from any page.
"""

from __future__ import annotations

import pytest

from extract import nlp
from extract.models import Document


def _incidents(text: str) -> set[tuple[str | None, str | None]]:
    return {(i.force, i.breach_type) for i in nlp.extract(Document(text=text)).incidents}


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "Officer revealed witness details\n\nA Kent Police officer revealed the home "
            "address of a witness to a woman he had met online, a misconduct hearing heard.",
            "Kent Police",
        ),
        (
            "Police worker leaked records\n\nA former Essex Police call handler leaked the "
            "details of crash victims to a claims management firm, a court heard.",
            "Essex Police",
        ),
        (
            "Constable revealed victim's name\n\nA Gwent Police constable disclosed the name of "
            "a sexual assault victim to a man at a party, breaching her anonymity.",
            "Gwent Police",
        ),
        (
            "Footage handed to film crew\n\nThe Met said a detective had shared body-worn video "
            "of a raid with a film company without permission.",
            "Metropolitan Police Service",
        ),
    ],
)
def test_disclosed_to_a_person_or_firm(text: str, force: str) -> None:
    assert (force, "inappropriate_disclosure") in _incidents(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officer praised\n\nA Kent Police officer gave first aid to a man who collapsed in "
        "the street.",
        "Officer sold car\n\nA Kent Police officer sold his car to a man he met online.",
        "Police share data\n\nKent Police shared crime figures with a company that maps crime.",
    ],
)
def test_routine_dealings_with_a_person_or_firm_are_no_breach(text: str) -> None:
    assert not nlp.extract(Document(text=text)).relevant


# - A force's own device or papers lost or stolen with nothing said of what it held: the
#   force named right before the thing or its officer who lost it, or after "from", "of" or
#   "belonging to"; never a thing the police recovered or only reported.


@pytest.mark.parametrize(
    ("text", "force", "code"),
    [
        (
            "Officer lost laptop\n\nA West Mercia Police detective left a laptop in a taxi in "
            "Worcester in 2020, the force said.",
            "West Mercia Police",
            "loss_or_theft_of_device",
        ),
        (
            "Police papers left on train\n\nA folder of Sussex Police case papers was left on a "
            "train to Brighton last month.",
            "Sussex Police",
            "loss_or_theft_of_paperwork",
        ),
        (
            "Force mislaid tablet\n\nA tablet belonging to Cumbria Constabulary was stolen from "
            "a parked car in Carlisle.",
            "Cumbria Constabulary",
            "loss_or_theft_of_device",
        ),
    ],
)
def test_force_thing_lost_with_no_word_of_what_it_held(text: str, force: str, code: str) -> None:
    assert (force, code) in _incidents(text)


@pytest.mark.parametrize(
    "text",
    [
        "Laptops recovered\n\nWest Mercia Police recovered 30 laptops stolen from a school in "
        "Worcester.",
        "Shop theft\n\nA man stole a laptop from a shop in Brighton, Sussex Police said.",
        "Appeal after theft\n\nCumbria Constabulary is appealing for witnesses after a tablet "
        "was stolen from a parked car in Carlisle.",
    ],
)
def test_thing_the_police_recovered_or_reported_is_no_breach(text: str) -> None:
    assert not nlp.extract(Document(text=text)).relevant
