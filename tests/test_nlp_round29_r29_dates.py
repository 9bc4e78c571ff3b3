"""Round 29 (breach year), each mechanism proved by paraphrases written for these tests (no
sentence comes from an eval article), positive and negative:

- a wrong the story tells of (a problem, failings, an issue) that began or started at a date
  dates the breach ('the problem began in 2018 when ...'); an inquiry that began does not;
- a decision named as what an act after a sentence-opening date was done for ('In October
  2021, staff put together a bundle for an employment tribunal') does not make the date the
  decision's: the date is the act's, and sets the scene for the breach told next;
- a number after 'a' or 'an' names one thing ('a 999 call', 'a 101 call'), no figure that
  makes the sentence's dates a statistic's baselines; a rate ('a 20 per cent rise') stays one;
- quitting the job is a career event ('He quit in 2023'), not the story's date;
- a document put out at a date and then saying what happened ('A report published in 2024
  found that the force had sent ...') dates the document, not what it found;
- a date in a clause of hearing, saying or finding, the breach told after it in a 'that'
  clause in a perfect tense ('A court heard in May 2024 that the officer had searched ...'),
  is the telling's date, not the breach's;
- a count back after the pluperfect verb of a clause hung on the recipient ('posted the
  letter to an address he had left four years earlier') times the recipient's history, not
  the sending.
"""

from __future__ import annotations

from incident_probe import incident_rows


def _doc(title: str, day: str, body: str) -> str:
    return f"{title}\nPublished {day}\n\n{body}"


def years(nlp, text: str) -> set[int]:  # type: ignore[no-untyped-def]
    return {y for (y,) in incident_rows(nlp, text, "breach_year") if y}


# --- a wrong that began or started at a date


def test_wrong_that_began_dates_the_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, want in [
        (_doc("Kent Police ordered to delete records", "3 March 2024",
              "Kent Police has been ordered by the Information Commissioner's Office to delete "
              "thousands of records it kept unlawfully.\n\nThe problem began in 2018 when the "
              "force moved to a new records system and stopped deleting old files."), {2018}),
        (_doc("Essex Police reprimanded", "12 May 2023",
              "Essex Police has been reprimanded by the ICO.\n\nThe failings started in 2019, "
              "when staff stopped checking the retention dates of custody records."), {2019}),
        (_doc("Humberside Police reprimanded", "9 September 2024",
              "Humberside Police has been reprimanded by the ICO for keeping victims' data too "
              "long.\n\nThe failings started in 2017 after the force stopped its annual review "
              "of stored files."), {2017}),
        (_doc("Derbyshire Constabulary reprimanded", "9 September 2024",
              "Derbyshire Constabulary has been reprimanded for holding DNA profiles "
              "unlawfully.\n\nThe ICO said the issue began in 2015 and was not spotted until "
              "2022."), {2015}),
    ]:  # fmt: skip
        assert years(nlp, text) == want, text


def test_inquiry_that_began_or_problem_found_is_no_breach_date(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard: an inquiry's start and a problem's coming to light stay other roles' dates."""
    for text in [
        _doc("Devon and Cornwall Police reprimanded", "9 September 2024",
             "Devon and Cornwall Police has been reprimanded.\n\nThe investigation began in 2023 "
             "after a complaint from a member of the public."),
        _doc("Cumbria Constabulary reprimanded", "9 September 2024",
             "Cumbria Constabulary has been reprimanded for publishing officers' salaries "
             "online.\n\nThe problem came to light in 2023 when a journalist noticed the file."),
    ]:  # fmt: skip
        assert years(nlp, text) == set(), text


# --- a decision an act was done for


def test_decision_an_act_was_for_leaves_the_date_the_acts(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, want in [
        (_doc("Dorset Police reprimanded", "1 March 2024",
              "Dorset Police has been reprimanded.\n\nIn October 2021, staff put together a "
              "bundle for an employment tribunal. It included the medical records of an officer "
              "who was not a party to the case.\n\nThe force reported itself in November 2021."),
         {2021}),
        (_doc("Suffolk Constabulary fined", "1 March 2024",
              "The ICO has fined Suffolk Constabulary £70,000.\n\nIn May 2022, a paralegal "
              "assembled a pack of statements for the defence in advance of a court hearing. "
              "The pack showed a witness's home address.\n\nThe force told the ICO in July "
              "2022."), {2022}),
    ]:  # fmt: skip
        assert years(nlp, text) == want, text


def test_decision_at_or_for_which_stays_the_decisions(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard: a hearing attended, a sanction handed out or a fine 'for' a breach."""
    for text in [
        _doc("Officer dismissed", "2 June 2024",
             "In March 2024, a West Midlands Police constable appeared at a misconduct hearing "
             "over the misuse of police systems."),
        _doc("Gloucestershire Police fined", "2 June 2024",
             "In May 2024, Gloucestershire Police was fined £10,000 for a data breach."),
        _doc("Bedfordshire Police reprimanded", "1 March 2024",
             "In January 2024, the ICO issued Bedfordshire Police with a reprimand for a breach "
             "at a court hearing.\n\nThe watchdog said an officer had read out a victim's "
             "address."),
    ]:  # fmt: skip
        assert years(nlp, text) == set(), text


# --- a number that names one thing; quitting


def test_numbered_call_is_no_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, want in [
        (_doc("Ex-officer barred", "2 June 2024",
              "A former officer shared a domestic abuse victim's address with her former "
              "partner, a misconduct panel found.\n\nTom Reed was a constable with Avon and "
              "Somerset Police when, in the autumn of 2022, he copied details of a 999 call into "
              "a message on his own phone.\n\nHe resigned in 2023."), {2022}),
        (_doc("Ex-PC misconduct", "2 June 2024",
              "A former officer showed a victim's details to a friend, a hearing found.\n\nAmy "
              "Cole was a PC with Kent Police when, in the winter of 2021, she photographed the "
              "notes of a 101 call on a work computer.\n\nShe resigned in 2023."), {2021}),
    ]:  # fmt: skip
        assert years(nlp, text) == want, text


def test_quitting_is_a_career_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _doc(
        "Ex-PC misconduct", "2 June 2024",
        "A former officer showed a victim's details to a friend, a hearing found.\n\nSam Patel "
        "was a PC with Kent Police when, in the winter of 2021, he photographed a crime log on "
        "a work computer.\n\nHe quit in 2023.",
    )  # fmt: skip
    assert years(nlp, text) == {2021}


def test_rate_stays_a_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard: 'a 20 per cent rise in breaches in 2023' is a statistic, no incident date."""
    text = _doc(
        "Breaches rise",
        "2 June 2024",
        "Kent Police recorded a 20 per cent rise in data breaches in 2023, figures show.",
    )
    assert years(nlp, text) == set()


# --- a document put out, then what it says


def test_document_put_out_then_what_it_found(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in [
        _doc("Kent Police audit", "12 October 2024",
             "An ICO audit report published in 2024 found that Kent Police had sent personal "
             "data to the wrong people."),
        _doc("Essex Police reprimand", "12 October 2024",
             "A decision notice released in 2024 said that Essex Police had emailed a victim's "
             "address to her abuser."),
        _doc("Audit", "12 October 2024",
             "A review published in March 2024 found that Gwent Police officers had shared "
             "photographs of crime scenes on WhatsApp."),
    ]:  # fmt: skip
        assert years(nlp, text) == set(), text


def test_data_published_stays_the_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard: a document holding people's data, itself put out, is the breach."""
    text = _doc(
        "Leak",
        "12 October 2024",
        "A report containing the names of informants was published online by Derbyshire "
        "Constabulary in 2023.",
    )
    assert years(nlp, text) == {2023}


# --- a count back in the recipient's clause


def test_count_back_in_recipients_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, want in [
        (_doc("Letter blunder", "10 November 2024",
              "In March 2024, Avon and Somerset Police sent a letter containing a victim's "
              "details to a flat she had left two years earlier."), {2024}),
        (_doc("Post blunder", "10 November 2024",
              "In June 2023, Dorset Police posted a copy of a witness statement to an address he "
              "had left three years before."), {2023}),
    ]:  # fmt: skip
        assert years(nlp, text) == want, text


def test_count_back_of_the_breach_itself(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard: papers or a laptop left somewhere that long ago are the breach."""
    for text, want in [
        (_doc("Laptop lost", "10 November 2024",
              "Kent Police has been reprimanded after an officer left a laptop containing "
              "victims' details on a train two years ago."), {2022}),
        (_doc("Papers lost", "10 November 2024",
              "Essex Police has been reprimanded by the ICO. A detective said she had left the "
              "case papers on a bus two years earlier."), {2022}),
    ]:  # fmt: skip
        assert years(nlp, text) == want, text


# --- a telling, then what had happened


def test_telling_then_what_had_happened(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in [
        _doc("Court", "4 June 2024",
             "A court heard in May 2024 that a Durham Constabulary officer had searched the "
             "police computer for details of his ex-girlfriend."),
        _doc("Inspection", "4 June 2024",
             "Inspectors who visited Dorset Police in 2022 found that officers had accessed "
             "records without a policing purpose."),
        _doc("Court", "4 June 2024",
             "Jurors heard in April 2024 that a Cheshire Constabulary officer had passed details "
             "of an investigation to a drug dealer."),
    ]:  # fmt: skip
        assert years(nlp, text) == set(), text


def test_telling_that_is_the_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard: telling a neighbour what had happened to a woman is itself the disclosure."""
    text = _doc(
        "Reprimand", "4 June 2024",
        "Dorset Police has been reprimanded by the ICO.\n\nIn 2022 a PCSO told a neighbour "
        "that a woman living nearby had been raped.",
    )  # fmt: skip
    assert years(nlp, text) == {2022}
