"""Round 38 (branch r38-realtune): real pages of one shape the extractor could not read -- a
case sheet whose headline is the force's name and whose body is label lines naming no force
('What: Loss of personal data', 'When: 3 May 2013', 'Regulator: ICO', 'Action: Monetary
penalty of £85,000'), as breach registers and case summaries print them. The headline's force
is the sheet's subject; the first date line above the sanction dates the breach; on such a
sheet, with no other type read, a report lost is paperwork lost. Paraphrases written for
these tests; each pairs what must be read with what must not."""

from __future__ import annotations


def _page(text: str):  # type: ignore[no-untyped-def]
    from extract.pipeline import process

    return process(text.encode(), path="page.txt")[1]


def _story(text: str, nlp):  # type: ignore[no-untyped-def]
    from extract.models import Document
    from extract.nlp import extract

    return extract(Document(text=text), nlp)


def test_headline_force_over_a_case_sheet_is_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    sheet = (
        "Cleveland Police\n\nBreach details\n\nWhat: Loss of sensitive personal data.\n"
        'How much: "Several" records.\nWhen: 3 May 2013\n\nRegulatory action\n\n'
        "Regulator: ICO\nAction: Monetary penalty of £85,000\nWhen: 9 January 2014\n\n"
        "Why the regulator acted\n\nBreach of act: File stolen from a car and later found in a "
        "park.\n"
    )
    ex = _page(sheet)
    assert ex.relevant
    # the sheet's first date line dates the breach, not the penalty's under it
    assert {(i.force, i.fine_amount, i.breach_year) for i in ex.incidents} == {
        ("Cleveland Police", 85000, 2013)
    }
    summary = (
        "Dorset Police - case summary\n\nIncident\n\nDate of incident: 12 February 2019\n"
        "Summary: An unencrypted memory stick holding interview recordings was lost in "
        "transit.\nRecords affected: about 40\n\nOutcome\n\nRegulator: Information "
        "Commissioner's Office\nOutcome: Reprimand issued on 4 November 2019\n"
    )
    ex = _page(summary)
    assert ex.relevant
    assert {(i.force, i.action) for i in ex.incidents} == {("Dorset Police", "reprimand")}


def test_sheet_naming_no_breach_of_the_force_is_not_one(nlp) -> None:  # type: ignore[no-untyped-def]
    # the sheet's sanction falls on another body
    other = (
        "Kent Police\n\nBreach details\n\nWhat: Council emailed a list of benefit claimants to "
        "the wrong recipients.\nWhen: 3 May 2013\n\nRegulatory action\n\nRegulator: ICO\n"
        "Action: Monetary penalty of £85,000 on Medway Council\n"
    )
    assert not _page(other).relevant
    # a force's page on data protection: nothing gone wrong, no sanction
    policy = (
        "Surrey Police\n\nOur commitment to data protection\n\nWe take the security of your "
        "personal information seriously. If you think your data has been lost or misused, you "
        "can complain to the Information Commissioner's Office, which can issue fines of up "
        "to £17.5 million.\n"
    )
    assert not _page(policy).relevant
    # a headline that is a story, not a name: the old rule (never tied) still holds
    story = (
        "Kent Police warns residents about fraudsters after retailer breach\n\n"
        "Fraudsters are calling people whose details were stolen from a retailer.\n\n"
        "The ICO fined the retailer £500,000.\n"
    )
    assert {i.force for i in _page(story).incidents} == set()


def test_a_report_lost_on_a_sheet_is_paperwork(nlp) -> None:  # type: ignore[no-untyped-def]
    sheet = (
        "Cleveland Police\n\nBreach details\n\nWhat: Loss of sensitive personal data.\n"
        "When: 3 May 2013\n\nRegulatory action\n\nRegulator: ICO\nAction: Monetary penalty of "
        "£70,000\n\nBreach of act: Report lost and later printed in a newspaper.\n"
    )
    assert {i.breach_type for i in _page(sheet).incidents} == {"loss_or_theft_of_paperwork"}
    # reports about a lost device are no paper lost
    ex = _story("Reports of a lost laptop belonging to Kent Police were passed to the ICO.", nlp)
    assert {i.breach_type for i in ex.incidents} == {"loss_or_theft_of_device"}
