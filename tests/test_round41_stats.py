"""Statistics pages, round 41: every single case such a page tells in passing is an incident
of its own, with its own kind and year. A case of a kind already told is another incident
when it is of another year (or undated beside dated ones); one person's case opening on its
year ('In 2011 a special constable was sacked for ...') is a case dated by that year; a
handful of people told by what they did ('Four constables got a final warning for ...')
is a case, but not outcomes counted ('Three officers and two staff were sacked ..., figures
show'); 'one of them to an officer who ...' picks a case out of a count, and 'A second
dismissal came ...' opens the next one. Forces named only beside figures stay rows.
Paraphrases written for these tests; each rule is paired with a shape that must not change."""

from __future__ import annotations

from datetime import date

from incident_probe import cleaned_page, cleaned_rows

PUBLISHED = date(2018, 6, 1)
UA, ID = "unauthorised_access", "inappropriate_disclosure"


def run(text: str, nlp):  # type: ignore[no-untyped-def]
    return cleaned_page(nlp, text, PUBLISHED)


def incidents(text: str, nlp) -> set[tuple]:  # type: ignore[no-untyped-def]
    return cleaned_rows(nlp, text, PUBLISHED)


def test_cases_opening_on_their_year_are_dated_incidents(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent police logged 64 data breaches\n\n"
        "Kent Police recorded 64 breaches of data protection rules between 2010 and 2014, "
        "figures released under Freedom of Information show.\n\n"
        "In 2011 a special constable was sacked for looking up the records of his former "
        "girlfriend on police systems.\n\n"
        "In 2013 a member of staff was dismissed for passing details of a witness to a friend.\n"
    )
    assert incidents(text, nlp) == {("Kent Police", UA, 2011), ("Kent Police", ID, 2013)}


def test_two_cases_of_one_kind_in_two_years_are_two_incidents(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sussex police breaches revealed\n\n"
        "Sussex Police recorded 88 data breaches between 2012 and 2016, a Freedom of "
        "Information request shows.\n\n"
        "In 2013 a call handler was sacked for checking the record of her former partner.\n\n"
        "In 2015 a constable was dismissed for searching the police national computer for "
        "details of a neighbour.\n"
    )
    assert incidents(text, nlp) == {("Sussex Police", UA, 2013), ("Sussex Police", UA, 2015)}


def test_a_handful_told_by_what_they_did_is_a_case(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dorset staff warned over leaks\n\n"
        "Dorset Police dealt with 23 breaches of data protection law in 2019, the force said "
        "in answer to a request.\n\n"
        "Three members of staff received final written warnings for sharing details of a "
        "victim with a journalist.\n"
    )
    assert incidents(text, nlp) == {("Dorset Police", ID, None)}


def test_outcomes_counted_with_their_source_are_no_case(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Staff sacked over database misuse\n\n"
        "Three Essex police officers and two civilian staff were sacked for illegally "
        "searching the police database, new figures reveal.\n\n"
        "Between 2007 and 2010, 14 officers and five civilians at Essex Police were "
        "disciplined for data protection offences, a campaign group found.\n"
    )
    assert incidents(text, nlp) == set()


def test_one_of_them_picks_a_case_out_of_a_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data breaches at Surrey Police\n\n"
        "Surrey Police recorded 51 data breaches between 2014 and 2017.\n\n"
        "Managers handed out seven written warnings, one of them to a sergeant who ran "
        "checks on a relative's car without a policing purpose.\n\n"
        "In 2016 a member of staff was dismissed for passing a victim's address to her "
        "attacker.\n"
    )
    assert incidents(text, nlp) == {("Surrey Police", UA, None), ("Surrey Police", ID, 2016)}


def test_a_second_sanction_opens_the_next_case(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Two police workers quit over data misuse\n\n"
        "Kent Police recorded 12 data breaches last year, up from four in 2016.\n\n"
        "One officer resigned in 2016 after disclosing a suspect's address to a relative.\n\n"
        "A second resignation followed in 2017, when a call handler looked up her neighbours "
        "on force systems.\n"
    )
    assert incidents(text, nlp) == {("Kent Police", ID, 2016), ("Kent Police", UA, 2017)}


def test_forces_named_only_beside_figures_are_no_incidents(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Forces reveal breach figures\n\n"
        "Kent Police recorded 40 data breaches in 2018, Essex Police 32 and Sussex Police 20, "
        "figures obtained under the Freedom of Information Act show.\n\n"
        "Most of the breaches involved emails sent to the wrong address.\n\n"
        "Sanctions ranged from words of advice to dismissal.\n"
    )
    assert incidents(text, nlp) == set()
