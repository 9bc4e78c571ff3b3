"""Round 61 (regulators' actions in whole articles): mechanisms and their look-alikes.

- A regulator asking the force for its account of the breach ("the ICO has asked the force
  to set out what went wrong", "wrote to the constabulary seeking details") is its enquiry:
  an investigation (`extract/rules/actions.py` `regulator_asks_account`, actions.toml
  [enquire]). Not a regulator asked by others, nor one asking forces in general, nor a
  request denied or still to come.
- A regulator in contact, in touch or liaising with the force ("the ICO said it was in touch
  with the constabulary", a quoted "we are liaising with the force") was told of the breach:
  a referral, as when the force is in contact with it (`_in_touch_with`, actions.toml
  [told] `regulator_links`). Not in touch with someone else, denied or still to come.
"""

from __future__ import annotations

import pytest

from extract.models import Document, Extraction, IncidentFact
from extract.nlp import extract

ICO = "Information Commissioner's Office"

LEAD = (
    "Victims' details sent to wrong address by {force}\n\n"
    "{force} has apologised after a letter holding the names of 25 burglary victims was "
    "posted to the wrong house in Nuneaton in January 2024.\n\n"
    "The householder returned the letter unopened, the force said.\n\n"
)


def _read(force: str, closing: str) -> Extraction:
    text = LEAD.format(force=force) + closing + "\n\nShare this story"
    return extract(Document(text=text, url="https://news.example.com/r61", published=None))


def _incident(ex: Extraction, force: str) -> IncidentFact | None:
    return next(i for i in ex.incidents if i.force == force)


@pytest.mark.parametrize(
    "closing",
    [
        "The Information Commissioner's Office has written to the constabulary asking for "
        "further details.",
        "The ICO has written to Warwickshire Police requesting more information.",
        "The ICO confirmed that it had asked Warwickshire Police to clarify how the letter "
        "came to be sent.",
        "The data protection regulator has requested a detailed report from Warwickshire Police.",
    ],
)
def test_a_regulator_asking_the_force_for_its_account_is_its_enquiry(closing: str) -> None:
    inc = _incident(_read("Warwickshire Police", closing), "Warwickshire Police")
    assert (inc.regulator, inc.action) == (ICO, "investigation")


@pytest.mark.parametrize(
    "closing",
    [
        # the regulator asked by others, not asking
        "Campaigners have asked the ICO for information about how often this happens.",
        # asking forces in general, not this one
        "The ICO has written to forces asking for information on their training.",
        # a request denied, and one still to come
        "The ICO has not asked the force for any further information.",
        "The ICO may ask the force for more details.",
    ],
)
def test_no_enquiry_where_the_regulator_asks_no_account_of_the_force(closing: str) -> None:
    inc = _incident(_read("Warwickshire Police", closing), "Warwickshire Police")
    assert inc.action != "investigation"


@pytest.mark.parametrize(
    "closing",
    [
        "The ICO confirmed it was now in contact with Warwickshire Police.",
        'A spokeswoman for the data watchdog said: "We are in touch with the force and will '
        'consider the information it provides."',
        "The Information Commissioner's Office is liaising with the constabulary over the error.",
        "The ICO said it was now in contact with Warwickshire Police about the letter.",
    ],
)
def test_a_regulator_in_touch_with_the_force_was_told(closing: str) -> None:
    inc = _incident(_read("Warwickshire Police", closing), "Warwickshire Police")
    assert (inc.regulator, inc.action) == (ICO, "referral")


@pytest.mark.parametrize(
    "closing",
    [
        "The ICO said it was in contact with the victims.",
        "The ICO said it was liaising with other regulators on new guidance.",
        "The ICO said it would be in touch with the force if it needed more details.",
        "The ICO is not in contact with the force.",
    ],
)
def test_no_referral_where_the_regulator_is_in_touch_with_no_force(closing: str) -> None:
    inc = _incident(_read("Warwickshire Police", closing), "Warwickshire Police")
    assert inc.action is None
