"""Round 14 (lead): a force's definite short form names the institution on a police page."""

from __future__ import annotations

import pytest


def forces_in(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return sorted({s.label_ for s in doc.spans["forces"]})


@pytest.mark.parametrize(
    "text",
    [
        # the police word far from the short form, in another sentence
        "The Met has apologised to dozens of crime victims. Detectives had emailed them a "
        "spreadsheet by mistake.",
        "An inquiry found the Met kept the footage for years. Officers were told to delete it.",
        "The Met, which has been criticised before, admitted the error. Police say it is rare.",
    ],
)
def test_the_met_counts_anywhere_on_a_page_with_a_police_word(nlp, text: str) -> None:
    assert forces_in(nlp, text) == ["Metropolitan Police Service"]


@pytest.mark.parametrize(
    "text",
    [
        # no police word on the page: the museum, the opera house
        "The Met has returned a looted statue to Greece after a long campaign.",
        # another body: the next word says so, police words or not
        "The Met Office warned of ice, and police urged drivers to take care.",
        "Officers guarded the Met Gala while stars arrived on the steps.",
        # not the name: lower case
        "The man she met last year was later arrested by police.",
    ],
)
def test_the_met_is_not_the_force_without_police_or_with_another_body_named(nlp, text: str) -> None:
    assert forces_in(nlp, text) == []
