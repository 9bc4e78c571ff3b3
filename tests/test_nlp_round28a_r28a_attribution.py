"""The story's own breach told again is no second incident (extract/assemble.py `_told_again`):
a line marked 'in passing' about the story's own force, of the same kind and sanction, with a
year only one of the two states -- a court's sequel after the story ('Separately, he was fined
£800 by magistrates'), or the story's lead that a stray 'for a second time' marked as an
earlier breach. An earlier breach that differs in time or sanction stays apart (guards).
Every sentence here was written for these tests."""

from __future__ import annotations

from incident_probe import incident_rows

LEAD_AGAIN = """Family forced to move again after police email blunder
A woman who escaped an abusive partner says she has had to move house for a second time \
after Dyfed-Powys Police emailed her new address to a stranger.
The force was reprimanded by the Information Commissioner's Office over the error, which \
happened in March 2022 when a call handler sent an email without checking the recipient.
A Dyfed-Powys Police spokesperson said: "We are truly sorry. We have retrained staff."
The ICO's reprimand found the force had ignored earlier warnings."""

SEQUEL_NORFOLK = """Norfolk officer who searched records for ex-partner sacked
A Norfolk Constabulary officer who looked up his former girlfriend on police systems has been \
dismissed, the IOPC said.
PC John Smith carried out 30 searches between January 2020 and May 2021 with no policing \
purpose.
Norfolk Constabulary referred the matter to the IOPC in June 2021.
Separately, Smith admitted an offence under the Computer Misuse Act at Norwich Magistrates' \
Court in March and was fined £800.
The IOPC said the public expected officers to respect confidential information."""

SEQUEL_AVON = """Former Avon and Somerset officer barred over database misuse
An Avon and Somerset Police officer who checked records on his neighbours would have been \
sacked had he not resigned, a panel found.
The officer carried out dozens of checks on police databases between April 2019 and February \
2020 without a policing purpose.
Avon and Somerset Police referred him to the IOPC in 2020.
Separately, he pleaded guilty at Bristol Magistrates' Court in June to misusing a computer and \
was fined £1,200."""

EARLIER_FINE = """Police force fined for losing DVDs of victim interviews
Cheshire Constabulary has been fined £120,000 by the Information Commissioner after DVDs \
holding victim interviews were lost in the post in 2016.
Cheshire Constabulary was previously fined £100,000 in 2013 after an unencrypted memory stick \
was lost.
The force said it had apologised to the victims."""

EARLIER_SANCTION = """Force reprimanded over email blunder
Lancashire Constabulary has been reprimanded by the ICO after an officer emailed a victim's \
statement to the wrong person in 2022.
The force had previously been fined £80,000 after a similar email was sent to the wrong person.
The force said it had retrained staff."""


def test_lead_marked_as_earlier_is_the_story(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = incident_rows(nlp, LEAD_AGAIN, "force", "breach_type", "breach_year")
    assert rows == {("Dyfed-Powys Police", "emailed_to_incorrect_recipient", 2022)}


def test_court_sequel_is_no_second_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = incident_rows(nlp, SEQUEL_NORFOLK, "force", "breach_type", "breach_year")
    assert rows == {("Norfolk Constabulary", "unauthorised_access", 2020)}


def test_court_sequel_told_by_pronoun(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = incident_rows(nlp, SEQUEL_AVON, "force", "breach_year")
    assert rows == {("Avon and Somerset Police", 2019)}


def test_guard_earlier_fine_stays_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = incident_rows(nlp, EARLIER_FINE, "force", "fine_amount")
    assert rows == {("Cheshire Constabulary", 120000), ("Cheshire Constabulary", 100000)}


def test_guard_earlier_sanction_stays_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = incident_rows(nlp, EARLIER_SANCTION, "force", "breach_year")
    assert rows == {("Lancashire Constabulary", 2022), ("Lancashire Constabulary", None)}
