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


def test_a_header_whose_names_ran_together_is_split_over_its_row() -> None:
    from extract.rules.tally_glued import split_glued_names

    lines = [
        "Breaches by force, 2022",
        "ForceLost phonesMisdirected postTotal",
        "Avon Police3 7 19",
    ]
    assert split_glued_names(lines)[1] == "Force | Lost phones | Misdirected post | Total"
    # without the label column's name, too
    assert split_glued_names(["Lost phonesMisdirected postTotal", "Avon Police3 7 19"])[0] == (
        "Lost phones | Misdirected post | Total"
    )


@pytest.mark.parametrize(
    "lines",
    [
        # a byline of names with inner capitals, over prose
        ["By Ann MacKenzie and Joe DeVito", "Avon Police said it had lost 3 phones."],
        # names over a row with another number of figures
        ["ForceLost phonesMisdirected postTotal", "Avon Police3 7 19 22 40"],
        # a sentence is no header
        ["The ForceLost phones, it saidTotal", "Avon Police3 7 19"],
    ],
)
def test_other_lines_with_inner_capitals_are_left_alone(lines: list[str]) -> None:
    from extract.rules.tally_glued import split_glued_names

    assert split_glued_names(lines) == lines


def test_a_table_run_together_gives_each_force_its_figures_by_type() -> None:
    from extract.pipeline import process

    text = (
        "Data breaches at four forces revealed\n\n"
        "Figures obtained under freedom of information show how many data breaches four "
        "forces recorded.\n\n"
        "Data breaches recorded by force, 2022\n\n"
        "ForceLost devicesMisdirected emailsTotal\n\n"
        "Avon and Somerset Police7 19 40\n\n"
        "Devon and Cornwall Police4 11 25\n"
    )
    _, ex = process(text.encode())
    rows = {(c.force, c.period, c.breach_type, c.count) for c in ex.breach_counts}
    assert rows == {
        ("Avon and Somerset Police", "2022", "loss_or_theft_of_device", 7),
        ("Avon and Somerset Police", "2022", "emailed_to_incorrect_recipient", 19),
        ("Avon and Somerset Police", "2022", None, 40),
        ("Devon and Cornwall Police", "2022", "loss_or_theft_of_device", 4),
        ("Devon and Cornwall Police", "2022", "emailed_to_incorrect_recipient", 11),
        ("Devon and Cornwall Police", "2022", None, 25),
    }


def _regulators(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return sorted({s.label_ for s in doc.spans["regulators"]})


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The police watchdog is examining why Police Scotland officers shared the footage.",
            "Police Investigations and Review Commissioner",
        ),
        (
            "An officer of the PSNI passed files to a relative, the police watchdog found.",
            "Police Ombudsman for Northern Ireland",
        ),
        (
            "The police watchdog is examining why Kent Police officers shared the footage.",
            "Independent Office for Police Conduct",
        ),
    ],
)
def test_the_police_watchdog_is_the_body_of_the_forces_nation(nlp, text: str, body: str) -> None:
    assert _regulators(nlp, text) == [body]


def test_forces_of_two_nations_leave_the_police_watchdog_as_named(nlp) -> None:
    text = "The police watchdog criticised Police Scotland and Cumbria Constabulary for the leak."
    assert _regulators(nlp, text) == ["Independent Office for Police Conduct"]
    # a body named in full is never renamed
    text = "The IOPC is examining why Police Scotland officers shared the footage."
    assert _regulators(nlp, text) == ["Independent Office for Police Conduct"]


@pytest.mark.parametrize(
    "opening", ["That same year,", "The same year", "In the same year", "That year"]
)
def test_a_sentence_opening_with_the_same_year_shares_the_year_told_before(
    nlp, opening: str
) -> None:
    text = (
        "Dorset Police has been reprimanded by the ICO. The force moved to a new headquarters "
        f"in 2018. {opening} a sergeant emailed a list of informants to a journalist."
    )
    assert _years(nlp, text) == [2018]


def test_the_same_year_after_a_sanction_dates_no_breach(nlp) -> None:
    text = (
        "A sergeant emailed a list of informants to a journalist. Dorset Police was reprimanded "
        "by the ICO in 2021, and that year it also bought a new email system."
    )
    assert _years(nlp, text) == [None]
