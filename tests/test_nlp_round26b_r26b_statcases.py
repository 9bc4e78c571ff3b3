"""Round 26b, branch r26b-statcases: a force that handed data on to another force ('The file
had been passed to it by Sussex Police') is the giver, not at fault where the story names
another force at fault; a statistics page's cases picked out of its figures ('Among the
incidents were ...', 'In one example, ...') are incidents of their own, of the figures' year
when the figures just before name one, and a story told only through such cases is no
incident of its own too; examples told in the plural ('Other breaches included emails sent to
the wrong person') are kinds the figures count, no cases. Every sentence here was written for
these tests."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract


def _incidents(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return {(i.force, i.breach_type, i.breach_year) for i in ex.incidents}


def _forces(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {i.force for i in extract(Document(text=text), nlp).incidents}


def test_force_that_passed_the_data_on_is_no_party_at_fault(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _forces(
        nlp,
        "Force reprimanded over address leak\n\n"
        "Surrey Police received a reprimand after an officer shared a victim's address. "
        "The file had been passed to it by Sussex Police.",
    ) == {"Surrey Police"}
    assert _forces(
        nlp,
        "Force disciplines officer\n\n"
        "Avon and Somerset Police was reprimanded after a detective read out a witness's "
        "phone number in court. The statement had been shared with the force by "
        "Gloucestershire Constabulary in 2020.",
    ) == {"Avon and Somerset Police"}
    # no other force at fault: the sender is the story's force
    assert _forces(
        nlp,
        "Force apologises\n\nA victim's address was passed to her attacker by Sussex Police "
        "in 2021, a report found.",
    ) == {"Sussex Police"}
    # sent to the force by mistake: the sender's own error
    assert "Sussex Police" in _forces(
        nlp,
        "Forces in data error\n\nSurrey Police was reprimanded after an officer shared a "
        "victim's address. A separate file was sent to the force by mistake by Sussex Police "
        "in 2021.",
    )


def test_cases_picked_out_among_the_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _incidents(
        nlp,
        "Force reports 150 breaches\n\n"
        "West Midlands Police reported 150 data breaches in 2021, figures show. Among the "
        "incidents were a laptop stolen from an officer's car and a letter sent to the wrong "
        "address.",
    ) == {
        ("West Midlands Police", "loss_or_theft_of_device", 2021),
        ("West Midlands Police", "posted_to_incorrect_recipient", 2021),
    }
    found = _incidents(
        nlp,
        "Force logged 120 data breaches\n\n"
        "Cheshire Constabulary logged 120 data breaches in 2022, figures obtained under the "
        "Freedom of Information Act show. In one example, an officer left a bag of case files "
        "on a bus.",
    )
    assert {(f, t) for f, t, _ in found} == {
        ("Cheshire Constabulary", "loss_or_theft_of_paperwork")
    }


def test_story_told_only_through_its_cases_has_no_empty_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = extract(
        Document(
            text="Officers sacked over data breaches\n\n"
            "Northumbria Police has recorded 90 data breaches since 2019, according to figures "
            "obtained by a newspaper. In one incident, an officer accessed the records of a "
            "woman he had met on a dating app. He was given a final written warning."
        ),
        nlp,
    )
    assert ex.relevant
    assert {(i.force, i.breach_type) for i in ex.incidents} == {
        ("Northumbria Police", "unauthorised_access")
    }


def test_examples_in_the_plural_are_kinds_not_cases(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Force logged 120 data breaches\n\n"
        "Cheshire Constabulary logged 120 data breaches in 2022, figures obtained under the "
        "Freedom of Information Act show. Other breaches included {}."
    )
    assert (
        _incidents(
            nlp, text.format("emails sent to the wrong person and notebooks lost by officers")
        )
        == set()
    )
    # one thing each: two cases, as before
    assert {
        t
        for _, t, _ in _incidents(
            nlp, text.format("an email sent to the wrong person and a notebook lost by an officer")
        )
    } == {"emailed_to_incorrect_recipient", "loss_or_theft_of_paperwork"}


_FIGURES = (
    "Police data breaches revealed\n\n"
    "Police forces in the South East recorded 900 data breaches in 2022, figures show. "
    "Kent Police recorded 200 breaches in 2022 and Essex Police recorded 150. {}"
)


def test_case_at_one_unnamed_force_is_no_named_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    assert (
        _forces(
            nlp,
            _FIGURES.format("In one case, an officer at one force looked up a celebrity's record."),
        )
        == set()
    )
    # the case names its force: that force's
    assert _forces(
        nlp,
        _FIGURES.format("In one case, a detective at Essex Police looked up a neighbour's record."),
    ) == {"Essex Police"}


def test_officer_who_looked_up_records_is_no_investigator(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _forces(
        nlp,
        _FIGURES.format("In one case, an officer at Essex Police looked up a celebrity's record."),
    ) == {"Essex Police"}
    # looking for what was lost: the force investigates, another force's loss
    found = _forces(
        nlp,
        "Laptop stolen\n\nA Kent Police laptop holding witness statements was stolen from a car "
        "in London in 2021. Officers from the Metropolitan Police Service are looking for the "
        "laptop.",
    )
    assert found == {"Kent Police"}


def test_case_told_after_a_pointer_back_at_the_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Force logged 85 breaches\n\n"
        "Dorset Police recorded 85 data breaches in 2022, figures obtained under freedom of "
        "information laws show. {} included a case in which an officer emailed a list of "
        "informants to a journalist."
    )
    assert _incidents(nlp, text.format("They")) == {
        ("Dorset Police", "inappropriate_disclosure", 2022)
    }
    # what may happen is no case
    assert (
        _incidents(
            nlp,
            "Force logged 85 breaches\n\nDorset Police recorded 85 data breaches in 2022, "
            "figures show. They said a case in which an officer emailed a list of informants "
            "to a journalist could lead to dismissal.",
        )
        == set()
    )
