"""Round 61, branch r61-act: regulators' investigations and referrals.

- A page that names no regulator in full and speaks of "data" anywhere (even only in "the data
  regulator" itself) is of the ICO's topic, so "the data regulator" and "the regulator" are the
  ICO (`topic_words` in `extract/data/regulators.jsonl`, read by
  `extract/components/regulators.py` `_of_topic`).

Every text here was written for these tests.
"""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract

_ICO = "Information Commissioner's Office"


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "Force tells regulator of lost diary\n\nSurrey Police has told the data regulator "
            "after a sergeant's diary listing the names of informants went missing in Woking.",
            "referral",
        ),
        (
            "Inquiry into lost folder\n\nThe data regulator has opened an inquiry into Essex "
            "Police after a folder naming witnesses to a stabbing was left in a cafe.",
            "investigation",
        ),
        (
            "Police lose witness list\n\nKent Police has reported the loss of a witness list to "
            "the regulator. The data on it included home addresses.",
            "referral",
        ),
    ],
)
def test_the_data_regulator_on_a_page_of_data_is_the_ico(nlp, text: str, action: str) -> None:
    inc = next(i for i in extract(Document(text=text), nlp).incidents)
    assert (inc.regulator, inc.action) == (_ICO, action)


@pytest.mark.parametrize(
    "text",
    [
        # no word of data on the page: "the regulator" could be anyone's
        "Force tells regulator of complaint\n\nCheshire Constabulary has told the regulator "
        "after a sergeant was accused of rudeness to a motorist in Crewe.",
        # a regulator named in full: the short form is not made the ICO
        "Officer referred\n\nThe data on the force's systems showed a PC had searched for his "
        "neighbour. Cheshire Constabulary referred him to the IOPC, and the regulator is "
        "investigating.",
    ],
)
def test_no_page_of_data_or_a_named_body_keeps_the_short_form_unresolved(nlp, text: str) -> None:
    ex = extract(Document(text=text), nlp)
    assert _ICO not in {i.regulator for i in ex.incidents}
