"""Regulators and actions, round 35b. A predicate joined with no subject of its own after a
relative clause ('the Ombudsman said it was aware of a case in which an officer shared a
photo, and was making enquiries') goes on from the clause the relative clause hangs in: the
inquiry is the regulator's. A regulator weighing a report it was sent ('the data watchdog is
assessing a report from the force') was told of the breach: a referral, even when the report
is said to come 'from' or be 'provided by' the force. A regulator's file sent on to
prosecutors ('the IOPC sent a file to the CPS') tells it dealt with the case. A regulator's audit
or practice recommendation the breach prompted ('after', 'following') ties it to the breach;
an audit with no breach told does not. An inquiry 'separately' run is another matter's, and
a regulator named only as the rules a sentence goes by ('under ICO rules') is no regulator of
the breach. Every sentence here was written for these tests."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract

ICO = "Information Commissioner's Office"
IOPC = "Independent Office for Police Conduct"
PONI = "Police Ombudsman for Northern Ireland"


def _facts(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return (
        {i.regulator for i in ex.incidents if i.regulator},
        {i.action for i in ex.incidents if i.action and i.action != "none"},
    )


def test_enquiries_after_a_relative_clause_are_the_regulators(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Images passed on\nThe Police Ombudsman said it knew of an incident in 2022 in which a "
        "PSNI constable forwarded pictures of a crash victim to a group chat, and was making "
        "enquiries."
    )
    assert _facts(nlp, text) == ({PONI}, {"investigation"})


def test_force_saying_the_same_keeps_its_own_enquiries(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Records viewed\nStaffordshire Police said it was aware of a case in which a call "
        "handler read a friend's crime report in 2023, and was making enquiries."
    )
    assert _facts(nlp, text) == (set(), set())


def test_regulator_assessing_a_report_was_told(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Letter to wrong address\nA letter naming a rape complainant was sent to the wrong "
        "address by Gwent Police in June 2023. The data watchdog is assessing a report from "
        "the force."
    )
    assert _facts(nlp, text) == ({ICO}, {"referral"})


def test_assessing_what_the_force_provided_is_told(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Spreadsheet error\nThe ICO said it was assessing details provided by Cleveland "
        "Police after a list of informants was attached to an email in 2024."
    )
    assert _facts(nlp, text) == ({ICO}, {"referral"})


def test_file_sent_to_prosecutors_is_the_regulators_inquiry(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officer may be charged\nThe IOPC has sent a file to the Crown Prosecution Service "
        "after a Cheshire Constabulary PC searched police systems for his former girlfriend "
        "in 2022."
    )
    assert _facts(nlp, text)[0] == {IOPC}


def test_audit_after_a_breach_names_the_regulator(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Watchdog audits force\nThe Information Commissioner's Office carried out an audit of "
        "Cumbria Constabulary after case files were found in a skip in 2019."
    )
    assert _facts(nlp, text)[0] == {ICO}


def test_audit_the_force_asked_for_names_no_regulator(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Audit welcomed\nThe ICO completed a consensual audit of Warwickshire Police's records "
        "management this spring and gave it reasonable assurance."
    )
    assert _facts(nlp, text) == (set(), set())


def test_inquiry_run_separately_is_another_matter(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Informant named\nA Cambridgeshire Constabulary detective revealed an informant's "
        "identity to a suspect in 2021, a court heard. The IOPC is separately investigating "
        "the force over a car chase."
    )
    assert _facts(nlp, text) == (set(), set())


def test_regulator_named_as_the_rules_is_no_regulator(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Worker sacked\nA Leicestershire Police worker was dismissed after reading her "
        "sister's file in 2022. Under ICO rules, bodies must report serious breaches within "
        "72 hours."
    )
    assert _facts(nlp, text) == (set(), set())


def test_regulator_under_investigation_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Force under investigation\nSuffolk Constabulary is under ICO investigation after "
        "officers' home addresses were emailed to a journalist in 2023."
    )
    assert _facts(nlp, text) == ({ICO}, {"investigation"})


def test_audit_to_check_how_data_is_looked_after_names_no_regulator(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Force passes data audit\nDorset Police invited the ICO to carry out an audit "
        "because it wanted to know how well it looks after people's data. The regulator "
        "rated it highly."
    )
    assert _facts(nlp, text) == (set(), set())
