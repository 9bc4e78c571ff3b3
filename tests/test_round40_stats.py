"""Statistics pages, round 40: the single incidents such a page tells in passing. A renamed
regulator (the IPCC, now the IOPC) is written under its present name; the year closing a
count of people put through proceedings ('Twelve officers were investigated ... in
2018/19') is the figures' period, no breach year of the case told beside it; and another
force's example told among its figures -- one person's case in a clause of its own ('...
– one staffer was dismissed for ...') or a handful of people told by what they did ('Dorset
Police also dismissed three staff for misusing its intelligence system') -- is an incident of
that force, dated or not. Paraphrases written for these tests; each rule is paired with a
shape that must not change."""

from __future__ import annotations

from datetime import date

from incident_probe import cleaned_page, cleaned_rows

PUBLISHED = date(2024, 9, 3)
IOPC = "Independent Office for Police Conduct"


def run(text: str, nlp):  # type: ignore[no-untyped-def]
    return cleaned_page(nlp, text, PUBLISHED)


def incidents(text: str, nlp) -> set[tuple]:  # type: ignore[no-untyped-def]
    return cleaned_rows(nlp, text, PUBLISHED)


def test_the_ipcc_is_written_under_its_present_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officer dismissed over records checks\n\n"
        "A Cheshire Constabulary constable has been dismissed for searching police systems "
        "for details of women he had met on duty.\n\n"
        "The Independent Police Complaints Commission said its managed investigation found "
        "more than 90 checks with no policing purpose.\n"
    )
    regs = {i.regulator for i in run(text, nlp).incidents}
    assert regs == {IOPC}


def test_the_iopc_itself_and_the_ico_keep_their_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Force reprimanded over email\n\n"
        "Essex Police has been reprimanded by the Information Commissioner's Office after an "
        "officer emailed a victim's statement to the suspect's brother in 2022.\n"
    )
    regs = {i.regulator for i in run(text, nlp).incidents}
    assert regs == {"Information Commissioner's Office"}


def test_year_closing_a_count_of_people_investigated_is_no_breach_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officers investigated over computer misuse\n\n"
        "Twelve officers of the Police Service of Northern Ireland were investigated for "
        "misusing police systems in 2018/19, and 21 in the two years before, the service "
        "said in answer to a request.\n\n"
        "In a case the Police Ombudsman took up, an audit showed that an officer had opened "
        "records about an investigation into his own behaviour.\n"
    )
    found = incidents(text, nlp)
    assert found == {("Police Service of Northern Ireland", "unauthorised_access", None)}


def test_a_span_closing_a_count_of_people_disciplined_is_no_breach_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officers disciplined over records checks\n\n"
        "More than 50 officers in the region were disciplined for misusing police computers "
        "between 2006 and 2011, figures released under the Freedom of Information Act show.\n\n"
        "In the most serious case, a Lincolnshire Police constable who searched for "
        "the details of people he had dealt with at work was dismissed.\n"
    )
    found = run(text, nlp).incidents
    assert {i.force for i in found} == {"Lincolnshire Police"}
    assert {i.breach_year for i in found} == {None}


def test_a_date_before_the_proceeding_still_dates_the_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officers disciplined\n\n"
        "Two Cumbria Constabulary officers looked up the records of a murder victim in 2019 "
        "and were later disciplined, the force said.\n"
    )
    assert {i.breach_year for i in run(text, nlp).incidents} == {2019}


STATS = (
    "Police staff disciplined over IT misuse\n\n"
    "Forces disciplined 190 officers and staff for misusing police computers over the last "
    "two financial years, figures from a think tank show.\n\n"
    "Kent Police recorded the most, 41 cases, most of them misuse of email. The Metropolitan "
    "Police followed with 16 staff disciplined – one staffer was dismissed for looking up a "
    "neighbour's details on the crime records system, and three were warned over social "
    "media posts.\n\n"
    "Dorset Police also dismissed three staff for misusing its intelligence system.\n"
)


def test_other_forces_examples_among_figures_are_incidents(nlp) -> None:  # type: ignore[no-untyped-def]
    forces = {f for f, _, _ in incidents(STATS, nlp)}
    assert {"Metropolitan Police Service", "Dorset Police"} <= forces


def test_a_force_given_only_figures_has_no_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    forces = {f for f, _, _ in incidents(STATS, nlp)}
    assert "Kent Police" not in forces


def test_national_figures_of_police_staff_sanctioned_make_a_relevant_page(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police staff misuse data, figures show\n\n"
        "A Freedom of Information request found 312 members of police staff had been "
        "disciplined for data protection offences.\n\n"
        "In one case, an officer was fired after checking the records of a neighbour he had "
        "fallen out with.\n\n"
        "The request was made to all 43 forces in England and Wales.\n"
    )
    assert run(text, nlp).relevant


def test_figures_of_officers_disciplined_for_other_misconduct_stay_irrelevant(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police misconduct figures published\n\n"
        "A Freedom of Information request found 140 police officers had been disciplined "
        "for misconduct last year.\n\n"
        "Most of the cases involved rudeness to the public or neglect of duty.\n\n"
        "The request was made to all 43 forces in England and Wales.\n"
    )
    assert not run(text, nlp).relevant


def test_people_sanctioned_in_bulk_make_no_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police officers face data protection scrutiny\n\n"
        "Growing numbers of Welsh police officers have been convicted of breaking data "
        "protection law, a radio investigation has found.\n\n"
        "Seven convictions were recorded in 2016.\n\n"
        "South Wales Police is looking into more than 30 further cases.\n"
    )
    ex = run(text, nlp)
    assert ex.relevant
    assert not ex.incidents


def test_a_handful_told_by_what_they_did_keeps_its_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officers sacked over records checks\n\n"
        "Two Dorset Police officers have been sacked after they looked up the records of a "
        "murder victim for no policing purpose.\n\n"
        "A misconduct hearing found the pair had breached data protection rules.\n"
    )
    assert ("Dorset Police", "unauthorised_access", None) in incidents(text, nlp)
