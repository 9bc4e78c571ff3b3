"""Round 32, branch r32-relevance: police breaches told without stock data-breach words.

Mechanisms proved here: a firm doing a force's work (a role template makes the force its
customer: 'a contractor working for Kent Police', 'a firm hired by the force', 'the provider
used by the Met') holds the force's data, so its breach is the force's unless the story says
what was lost was the firm's own (its own staff, its customers); a headline's firm on such a
page is that firm; a victim, witness or informant told of to outsiders ('gossiped about a
rape victim', 'told a neighbour about a victim', 'told her boyfriend the name of a
complainant') is a breach; an officer named by a rank short form after the force's place name
('a Merseyside PC', 'a Humberside call handler') names the force; a force whose officers are
only counted among another body's customers is no breacher. Every sentence here was written
for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def _run(nlp, text: str):  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp)


def _forces(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    ex = _run(nlp, text)
    return {i.force for i in ex.incidents if i.force} if ex.relevant else set()


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "Laptop lost by police contractor\n\nA contractor working for Kent Police lost a "
            "laptop containing the names of 300 witnesses in 2021.",
            "Kent Police",
        ),
        (
            "Shredding firm dumped police files\n\nA firm hired by Lincolnshire Police to shred "
            "files dumped boxes of intact crime reports in a skip in 2019.",
            "Lincolnshire Police",
        ),
        (
            "Courier lost police disc\n\nA courier firm hired by the Met lost an unencrypted disc "
            "of interview recordings in 2018.",
            "Metropolitan Police Service",
        ),
        (
            "Data firm lost USB\n\nA data firm processing records for Leicestershire Police "
            "lost a USB stick holding 4,000 names in 2017.",
            "Leicestershire Police",
        ),
        (
            "Printing firm error\n\nA printing firm working for Humberside Police sent letters "
            "about 500 speeding cases to the wrong addresses in 2020.",
            "Humberside Police",
        ),
    ],
)
def test_a_firm_doing_the_forces_work_breaches_the_forces_data(nlp, text, force) -> None:  # type: ignore[no-untyped-def]
    assert _forces(nlp, text) == {force}


@pytest.mark.parametrize(
    "text",
    [
        "Radio firm hacked\n\nA company that supplies radios to Kent Police lost the details of "
        "5,000 of its customers in a cyber attack in 2022.",
        "Uniform maker hacked\n\nA firm that makes uniforms for the Met was hacked in 2021, "
        "exposing the bank details of its own staff.",
        "Supplier collapse\n\nA supplier to Police Scotland went into administration in 2022, "
        "delaying the roll-out of new radios.",
    ],
)
def test_guard_a_suppliers_own_loss_is_no_police_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _forces(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "Officer gossiped about victim\n\nA Gloucestershire Constabulary officer gossiped "
            "about a rape victim to people in a pub in 2022, a misconduct panel heard.",
            "Gloucestershire Constabulary",
        ),
        (
            "Officer told neighbour about victim\n\nA Kent Police officer told a neighbour about "
            "a domestic abuse victim who had moved into the street in 2021.",
            "Kent Police",
        ),
        (
            "Officer gossiped about witness\n\nA West Midlands Police officer gossiped about a "
            "witness in a murder trial at a family barbecue in 2020.",
            "West Midlands Police",
        ),
        (
            "Officer blabbed about victim\n\nA Merseyside Police sergeant blabbed about a rape "
            "victim's case to drinkers in a pub in 2018.",
            "Merseyside Police",
        ),
    ],
)
def test_a_protected_person_told_of_to_outsiders_is_a_breach(nlp, text, force) -> None:  # type: ignore[no-untyped-def]
    assert _forces(nlp, text) == {force}


@pytest.mark.parametrize(
    "text",
    [
        "Interview evidence\n\nKent Police detectives told the suspect that a witness had "
        "picked him out in an identity parade in 2020, the court heard.",
        "Family updated\n\nDorset Police officers told the victim's family about the arrest of "
        "a man in 2022.",
        "Court told of attack\n\nA Norfolk Constabulary officer told the court that the victim "
        "had been punched several times in 2021.",
    ],
)
def test_guard_telling_in_the_course_of_duty_is_no_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _forces(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "Merseyside PC guilty of data offence\n\nA Merseyside PC has been found guilty of "
            "computer misuse after looking up the records of 30 people on police systems "
            "between 2018 and 2020.",
            "Merseyside Police",
        ),
        (
            "Two South Yorkshire PCs disciplined\n\nTwo South Yorkshire PCs accessed the records "
            "of a murder victim out of curiosity in 2021, a hearing found.",
            "South Yorkshire Police",
        ),
        (
            "Call handler dismissed\n\nA Humberside call handler was dismissed after she looked "
            "up her neighbours on the force's systems in 2020.",
            "Humberside Police",
        ),
    ],
)
def test_an_officer_by_rank_short_form_names_the_force(nlp, text, force) -> None:  # type: ignore[no-untyped-def]
    assert _forces(nlp, text) == {force}


@pytest.mark.parametrize(
    "text",
    [
        "Gym chain hack exposes members' details\n\nThe names of 200 Merseyside Police officers "
        "were among the 1.2 million customers whose details were stolen in a cyber attack on a "
        "gym chain in 2023.",
        "Retailer hack hits thousands\n\nSome 300 Kent Police officers are among 40,000 "
        "shoppers whose card details were stolen when hackers attacked an online retailer in "
        "2022.",
    ],
)
def test_a_forces_officers_among_another_bodys_customers_make_no_breacher(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _forces(nlp, text) == set()
