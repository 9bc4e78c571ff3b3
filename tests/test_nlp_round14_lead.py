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


def _years(nlp, text: str) -> list[int | None]:
    from extract.models import Document
    from extract.nlp import extract

    return sorted({i.breach_year for i in extract(Document(text=text), nlp).incidents}, key=str)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # advice inside a negated clause still dates the advice, not the breach
        (
            "Norfolk Constabulary has been reprimanded by the ICO. On 3 March 2021 a clerk "
            "emailed a list of witnesses to the wrong address. An inquiry found the force had "
            "not switched off auto-fill, despite an auditor's recommendation to do so in 2019.",
            2021,
        ),
        (
            "Norfolk Constabulary has been reprimanded by the ICO. In June 2022 a detective "
            "emailed a victim's statement to the wrong person. The force had not removed old "
            "contacts from its address book, though it was warned about them in 2020.",
            2022,
        ),
    ],
)
def test_a_recommendation_or_warning_does_not_date_the_breach(nlp, text: str, year: int) -> None:
    assert _years(nlp, text) == [year]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # the breach verb governs its own date, warnings told beside it or not
        (
            "Norfolk Constabulary has been reprimanded by the ICO. In 2019 an officer emailed "
            "the file to the wrong person, despite repeated reminders.",
            2019,
        ),
        # a marker or flag is a record, not a warning given: its date stays the breach's
        (
            "Norfolk Constabulary has been issued an enforcement notice by the ICO after a wrong "
            "warning flag was recorded on the files of several people from 2020 onwards.",
            2020,
        ),
    ],
)
def test_breach_dates_beside_advice_words_stand(nlp, text: str, year: int) -> None:
    assert _years(nlp, text) == [year]


def _relevant(nlp, text: str) -> bool:
    from extract.models import Document
    from extract.nlp import extract

    return extract(Document(text=text), nlp).relevant


@pytest.mark.parametrize(
    "text",
    [
        # a supplier word in a headline naming the force
        "Essex Police staff details stolen in contractor ransomware attack\n\nThe names and "
        "home addresses of officers were taken by criminals, the force said.",
        # a body described by what it does for the police
        "Officers' payroll records were stolen in a cyber attack on a firm that handles "
        "the pay of Essex Police staff. The force has told the ICO.",
    ],
)
def test_a_supplier_of_the_force_is_no_other_body(nlp, text: str) -> None:
    assert _relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the relative clause names no police: another body's breach the force investigates
        "Essex Police are investigating a ransomware attack on a company that runs a hospital "
        "booking system. Patients' records were taken.",
        # a supplier word beside another body: that body's supplier
        "Council supplier attack exposes residents' records\n\nEssex Police are investigating "
        "the cyber attack, which a council contractor reported.",
    ],
)
def test_a_supplier_of_another_body_stays_another_bodys(nlp, text: str) -> None:
    assert not _relevant(nlp, text)
