"""Round 60 (date60): blind probes of the breach year among a page's many dates.

- A year standing in a document's or a law's name, as titles and headlines write it ('the
  Annual Data Protection Report 2021 showed ...', 'Force broke 1998 law') names the document
  or the law: it dates no breach, and the breach's own date stands.

Paraphrases written for these tests, not taken from any page.
"""

from __future__ import annotations

import pytest

from extract import nlp
from extract.models import Document


def _years(text: str) -> set[int | None]:
    return {i.breach_year for i in nlp.extract(Document(text=text)).incidents}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Leak revealed\n\nThe Kent Police Data Protection Report 2023 showed that an "
            "officer had given a victim's phone number to a reporter in 2021.",
            2021,
        ),
        (
            "Force breached 1998 law\n\nNorfolk Constabulary was found to have breached data "
            "protection law after a worker faxed a victim's medical notes to the wrong number "
            "in 2013.",
            2013,
        ),
    ],
)
def test_year_naming_a_document_or_law_dates_nothing(text: str, year: int) -> None:
    assert _years(text) == {year}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a year after "in" before a document still times the sentence's deed
        (
            "Police error\n\nIn 2019 reports of a Surrey Police officer emailing a victim's "
            "address to her attacker were sent to the regulator.",
            2019,
        ),
    ],
)
def test_year_beside_a_time_word_or_event_keeps_its_date(text: str, year: int) -> None:
    assert year in _years(text)
