"""Dates with roles and precision: the breach date only from a breach event; discovery,
report and decision dates kept apart; statutes, systems, bounds, page stamps and statistics
date nothing. Paraphrases written for each role."""

from __future__ import annotations

from datetime import date

import pytest

from extract.components.dates import find_dates
from extract.models import Document
from extract.nlp import extract

OPEN = "Kent Police was reprimanded by the ICO. "


def dates(nlp, text: str, published: date | None = None) -> dict:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text, published=published), nlp)
    fact = next(i for i in ex.incidents if i.mention == "primary")
    return {
        "breach": fact.breach_date,
        "precision": fact.breach_date_precision,
        "year": fact.breach_year,
        "discovered": fact.discovered,
        "reported": fact.reported,
        "decided": fact.decided,
    }


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("An officer lost a laptop holding victims' details on 14 August 2019.", "2019-08-14",
         "day"),
        ("Letters were posted to the wrong addresses in March 2019.", "2019-03", "month"),
        ("In 2019 an officer emailed a witness statement to the wrong person.", "2019", "year"),
        ("Between March 2017 and June 2018, an officer accessed records with no policing "
         "purpose.", "2017-03", "month"),
        ("From 2015 to 2017 staff looked up the records of neighbours.", "2015", "year"),
        ("The 2016 loss of a case file left witnesses at risk.", "2016", "year"),
    ],
)  # fmt: skip
def test_breach_date_and_its_precision(nlp, text: str, value: str, precision: str) -> None:
    got = dates(nlp, OPEN + text)
    assert (got["breach"], got["precision"], got["year"]) == (value, precision, int(value[:4]))


def test_relative_dates_resolve_against_publication(nlp) -> None:
    text = OPEN + "Last year an officer emailed a victim's details to the wrong person."
    assert dates(nlp, text, date(2021, 5, 4))["breach"] == "2020"
    assert dates(nlp, text)["breach"] is None  # no publication date, no year


@pytest.mark.parametrize(
    ("text", "role", "value"),
    [
        ("A laptop was stolen in 2018 but the loss was only discovered in March 2019.",
         "discovered", "2019-03"),
        ("A laptop was stolen in 2018. The force reported the breach to the ICO in April 2019.",
         "reported", "2019-04"),
        ("A laptop was stolen in 2018. The ICO issued the reprimand in June 2020.",
         "decided", "2020-06"),
    ],
)  # fmt: skip
def test_other_dates_keep_their_role(nlp, text: str, role: str, value: str) -> None:
    got = dates(nlp, OPEN + text)
    assert got[role] == value
    assert got["year"] == 2018  # never the discovery, report or decision year


@pytest.mark.parametrize(
    "text",
    [
        "It breached the Data Protection Act 2018 when letters were sent to the wrong people.",
        "The database, set up in 2011, was found to hold inaccurate records.",
        "Letters went to the wrong addresses at some point before 3 April 2019, the ICO said.",
        "Posted on 5 December 2018 by a staff reporter. Letters went to the wrong addresses.",
        "Officers committed 300 breaches between 2009 and 2013, figures show.",
        "The ICO opened its investigation in October 2017 after letters went astray.",
    ],
)
def test_dates_that_are_no_breach_date(nlp, text: str) -> None:
    assert dates(nlp, OPEN + text)["year"] is None


def test_a_date_in_a_hypothetical_clause_dates_nothing(nlp) -> None:
    assert (
        dates(nlp, OPEN + "Staff could lose more laptops in 2019 unless they are locked away.")[
            "year"
        ]
        is None
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("on 21/10/2024", [("day", "2024-10-21")]),
        ("dated 2018-03-13", [("day", "2018-03-13")]),
        ("in the 2022/23 financial year", [("fy", "2022/2023")]),
        ("between 2012 and 2016", [("span", "2012/2016")]),
        ("in 2012-16", [("span", "2012/2016")]),
        ("between March and September 2021", [("span", "2021-03/2021-09")]),
        ("records from the 1990s", [("decade", "1990s")]),
        ("in 2015 and 2016", [("year", "2015"), ("year", "2016")]),
        ("a £2015 payment and 1,2015 items", []),
        ("on Monday March 19", [("relative", "19 march")]),  # the date, not the weekday
        ("on Christmas Eve 2019", [("day", "2019-12-24")]),
        ("over New Year's Eve", [("relative", "31 december")]),
        ("in mid-2020", [("year", "2020")]),
        ("pre-2018 systems", []),
        ("last year and two years ago", [("relative", "last year"), ("relative", "two years ago")]),
        ("eighteen months ago", [("relative", "eighteen months ago")]),
    ],
)
def test_date_expressions(text: str, found: list) -> None:
    assert [(kind, value) for _, _, kind, value in find_dates(text)] == found


def test_reported_speech_dates_what_it_reports(nlp) -> None:
    text = (
        OPEN + "A misconduct hearing was told that between March and June 2019 the officer "
        "looked up the records of his neighbours."
    )
    got = dates(nlp, text)
    assert got["year"] == 2019 and got["decided"] is None


def test_a_policy_date_in_another_clause_is_no_breach_date(nlp) -> None:
    text = (
        OPEN + "Discs were sent to an old address in October 2015, even though the force's "
        "own guidance, issued in 2012, required tracked post."
    )
    assert dates(nlp, text)["year"] == 2015


@pytest.mark.parametrize(
    "dateline",
    ["CARLISLE, Thursday, 6 June 2024", "Date 6 June 2024", "Posted on 6 June 2024 at 09:00"],
)
def test_a_dateline_printed_in_the_text_dates_relative_words(nlp, dateline: str) -> None:
    text = f"{OPEN}\n{dateline}\nThe error happened three years ago, when an officer emailed a "
    text += "witness statement to the wrong person."
    assert dates(nlp, text)["breach"] == "2021"


def test_a_date_in_a_sentence_of_the_story_is_no_dateline(nlp) -> None:
    text = (
        f"{OPEN}\nOn 6 June 2024 the chief constable apologised to the witness.\n"
        "The error happened three years "
        "ago, when an officer emailed a witness statement to the wrong person."
    )
    assert dates(nlp, text)["breach"] is None


def test_a_month_of_last_or_this_year_keeps_its_month(nlp) -> None:
    text = OPEN + "The laptop was stolen in October last year, the force said."
    assert dates(nlp, text, date(2022, 2, 1))["breach"] == "2021-10"
    text = OPEN + "The laptop was stolen in January this year, the force said."
    assert dates(nlp, text, date(2022, 5, 1))["breach"] == "2022-01"
    assert find_dates("Delays may last years.") == []


@pytest.mark.parametrize(
    "when", ["on 3 April last year", "on April 3rd last year", "on the 3rd of April last year"]
)
def test_a_day_of_last_year_keeps_its_year_and_day(nlp, when: str) -> None:
    text = OPEN + f"The laptop was stolen {when}, the force said."
    assert dates(nlp, text, date(2022, 5, 1))["breach"] == "2021-04-03"


def test_a_day_with_no_year_is_the_latest_before_publication(nlp) -> None:
    text = OPEN + "The laptop was stolen on 3 April, the force said."
    assert dates(nlp, text, date(2022, 2, 1))["breach"] == "2021-04-03"
    assert dates(nlp, text, date(2022, 5, 1))["breach"] == "2022-04-03"


@pytest.mark.parametrize(
    "text",
    [
        "Between 2016 and 2018, calls with witnesses were captured and stored on a server.",
        "From 2016 the force retained custody images of people never charged.",
        "In 2016 the force collected more data on protesters than it needed.",
    ],
)
def test_unlawful_processing_is_dated_by_its_own_event(nlp, text: str) -> None:
    assert dates(nlp, OPEN + text)["year"] == 2016


def test_a_sequel_shares_the_date_told_before_it(nlp) -> None:
    text = (
        OPEN + "The witness moved house in 2019 after the trial ended. Weeks later, an officer "
        "emailed her new address to the wrong person."
    )
    assert dates(nlp, text)["year"] == 2019
    # A sequel telling of something else dates no breach; nor does a date it does not follow.
    other = (
        OPEN + "The witness moved house in 2019 after the trial ended. Weeks later, she "
        "started a new job. An officer emailed her new address to the wrong person."
    )
    assert dates(nlp, other)["year"] is None


def test_a_building_is_no_systems_history(nlp) -> None:
    text = OPEN + "Case files were left in a disused building in 2019."
    assert dates(nlp, text)["year"] == 2019
    built = OPEN + "The records system, built in 2015, let staff see every file."
    assert dates(nlp, built)["year"] is None


def test_a_day_without_a_year_counts_back_from_the_publication_date(nlp) -> None:
    text = OPEN + "An email with victims' details was sent to the wrong person on 2 June."
    assert dates(nlp, text, date(2024, 6, 14))["breach"] == "2024-06-02"
    assert dates(nlp, text, date(2024, 3, 1))["breach"] == "2023-06-02"  # the June before
    assert dates(nlp, text)["breach"] is None  # nothing to count from
    assert [k for _, _, k, _ in find_dates("on 2 June 2023")] == ["day"]


def test_a_weekday_governed_by_the_breach_counts_back_from_the_publication_date(nlp) -> None:
    text = OPEN + "A clerk emailed victims' details to the wrong address on Monday."
    assert dates(nlp, text, date(2020, 1, 2))["breach"] == "2019-12-30"  # a Thursday
    said = OPEN + "The force said on Monday that a laptop was stolen in 2017."
    assert dates(nlp, said, date(2020, 1, 2))["year"] == 2017


def test_a_weekday_before_a_day_and_month_is_that_days(nlp) -> None:
    text = OPEN + "The photograph was uploaded to the force's Facebook page on Tuesday 4 May."
    assert dates(nlp, text, date(2021, 5, 9))["breach"] == "2021-05-04"
    heard = OPEN + "An officer who leaked a file in 2017 appeared in court on Thursday 9 May."
    assert dates(nlp, heard, date(2019, 5, 12))["year"] == 2017  # the hearing's day is no breach


def test_a_holiday_names_its_day(nlp) -> None:
    text = OPEN + "A box of custody records was left in a lay-by on Christmas Eve."
    assert dates(nlp, text, date(2023, 1, 6))["breach"] == "2022-12-24"
    assert dates(nlp, OPEN + "A laptop was stolen on Boxing Day 2018.")["breach"] == "2018-12-26"
    party = [(k, v) for _, _, k, v in find_dates("at a Halloween party in 2019")]
    assert party == [("relative", "31 october"), ("year", "2019")]


def test_a_breach_that_began_is_dated_by_its_beginning(nlp) -> None:
    assert dates(nlp, OPEN + "The error began in 2016 and lasted three years.")["year"] == 2016
    system = OPEN + "The force began using the database in 2016. Staff later leaked records."
    assert dates(nlp, system)["year"] is None


def test_an_inquiry_word_dates_nothing_only_when_it_is_the_regulators(nlp) -> None:
    text = (
        OPEN
        + "The ICO acted after files were lost by the force's major investigation team in 2021."
    )
    assert dates(nlp, text)["year"] == 2021
    probe = OPEN + "Files were lost. The ICO opened an investigation in 2022."
    assert dates(nlp, probe)["year"] is None


def test_it_emerged_is_a_discovery(nlp) -> None:
    text = OPEN + "It emerged in 2021 that an officer had emailed records to the wrong person."
    got = dates(nlp, text)
    assert (got["year"], got["discovered"]) == (None, "2021")
    # "since 2017" stays a bound: an ongoing practice's start is not the breach's date.
    since = OPEN + "An officer had been sending files by unencrypted email since 2017."
    assert dates(nlp, since)["year"] is None


def test_a_month_with_no_year_is_the_latest_such_month(nlp) -> None:
    text = OPEN + "In January an officer emailed a victim's details to the wrong person."
    assert dates(nlp, text, date(2023, 5, 1))["breach"] == "2023-01"
    assert dates(nlp, text, date(2023, 1, 1))["breach"] == "2023-01"
    later = OPEN + "In November an officer emailed a victim's details to the wrong person."
    assert dates(nlp, later, date(2023, 5, 1))["breach"] == "2022-11"
    assert find_dates("in March 2020") == [(3, 13, "month", "2020-03")]


def test_an_advert_word_in_the_story_does_not_hide_its_date(nlp) -> None:
    text = OPEN + "The email was sent in March 2023 to promote a community event."
    assert dates(nlp, text)["year"] == 2023
    advert = OPEN + "Book now for the largest privacy event of 2023. Files were lost."
    assert dates(nlp, advert)["year"] is None


def test_a_year_before_the_breach_noun_in_a_headline_is_the_breachs(nlp) -> None:
    text = "Kent Police fined over 2019 data breach\n\n" + OPEN
    text += "An officer emailed victims' details to the wrong person."
    assert dates(nlp, text)["year"] == 2019
    fined = OPEN + "The force was fined in 2021 after victims' details were lost."
    assert dates(nlp, fined)["year"] is None


def test_eighteen_months_ago_counts_back_in_months(nlp) -> None:
    text = OPEN + "Eighteen months ago an officer emailed a victim's details to the wrong person."
    assert dates(nlp, text, date(2023, 5, 1))["breach"] == "2021-11"


def test_a_clause_with_its_own_verb_does_not_lend_its_date_to_a_later_event(nlp) -> None:
    # the date's clause has its own verb: the breach told after "but" or "after" is undated
    ended = OPEN + "The two forces ended their joint unit in 2016 but still share some records."
    assert dates(nlp, ended)["year"] is None
    other = OPEN + "In 2019 a hospital trust apologised after a similar email to its patients."
    assert dates(nlp, other)["year"] is None
    # a bare time phrase, or a subject with no verb yet, leans on the next clause's event
    bare = OPEN + "In 2016, when the unit closed, an officer lost a bag of statements."
    assert dates(nlp, bare)["year"] == 2016
    subject = OPEN + "In 2018 a detective who worked in the custody suite leaked a file."
    assert dates(nlp, subject)["year"] == 2018
    # an earlier clause's event still dates a "where" clause hanging on it
    stayed = OPEN + "A list of informants was published online, where it stayed in May 2020."
    assert dates(nlp, stayed)["year"] == 2020


def test_a_clause_telling_how_the_breach_happened_dates_it(nlp) -> None:
    text = (
        OPEN + "The ICO issued the reprimand in 2021 after the force handed a bundle to a "
        "defendant in 2019 without redacting the victim's address."
    )
    got = dates(nlp, text)
    assert (got["year"], got["decided"]) == (2019, "2021")
    plain = OPEN + "The ICO issued the reprimand in 2021 after the force gave a bundle to a lawyer."
    assert dates(nlp, plain)["year"] is None


def test_a_figure_standing_for_the_incidents_named_before_it_is_a_statistic(nlp) -> None:
    text = OPEN + "Councillors asked about data incidents after a report said 140 were logged"
    text += " last year."
    assert dates(nlp, text, date(2022, 3, 1))["year"] is None
    story = OPEN + "Last year an incident exposed the details of 140 people."
    assert dates(nlp, story, date(2022, 3, 1))["year"] == 2021


def test_money_paid_out_is_dated_by_the_payment(nlp) -> None:
    text = OPEN + "In 2020 the force paid out £90,000 to settle claims, figures it published show."
    assert dates(nlp, text)["year"] is None
    leak = OPEN + "In 2020 the force published a list of witnesses online by mistake."
    assert dates(nlp, leak)["year"] == 2020


def test_a_lost_thing_is_dated_by_its_finding_when_nothing_else_dates_it(nlp) -> None:
    found = OPEN + "A folder of witness statements was found on a train in October 2021."
    assert (dates(nlp, found)["year"], dates(nlp, found)["discovered"]) == (2021, "2021-10")
    lost = OPEN + "A laptop was stolen in 2019; it was found in a canal in March 2021."
    assert dates(nlp, lost)["year"] == 2019  # the loss's own date wins
    looked = OPEN + "An audit found in 2022 that an officer had looked up his neighbours."
    assert dates(nlp, looked)["year"] is None  # a look-up is no lost thing: found years later


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # before the date its own sentence gives
        ("Kent Police was fined in 2020 over a breach two years earlier, when a laptop holding "
         "victims' details was stolen.", 2018),
        # before the date of the sentence just before it
        ("The ICO fined Kent Police in 2020. Three years before, an officer had emailed a list "
         "of witnesses to the wrong person.", 2017),
        # no date near it: before the publication
        (OPEN + "A laptop holding victims' details had been stolen from an officer's car two "
         "years earlier, the force said.", 2020),
    ],
)  # fmt: skip
def test_years_earlier_count_back_from_the_nearest_date(nlp, text: str, year: int) -> None:
    assert dates(nlp, text, date(2022, 5, 1))["year"] == year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # after the date of the sentence just before it
        ("The ICO fined Kent Police in 2020. Two years later, an officer emailed a list of "
         "witnesses to the wrong person.", 2022),
        ("Kent Police moved to a new records system in 2015. The following year an officer "
         "emailed a list of witnesses to the wrong person.", 2016),
        ("In March 2011 Kent Police moved offices. A year later the force lost a USB stick "
         "holding witness statements.", 2012),
        # nothing before it to count from, or no count: no year, never the publication's
        (OPEN + "Two years later, an officer emailed a list of witnesses to the wrong person.",
         None),
        ("The ICO fined Kent Police in 2015. A few years later, an officer emailed a list of "
         "witnesses to the wrong person.", None),
    ],
)  # fmt: skip
def test_years_later_count_on_from_the_date_before(nlp, text: str, year: int | None) -> None:
    assert dates(nlp, text, date(2024, 5, 1))["year"] == year


def test_months_before_an_event_are_no_date() -> None:
    assert find_dates("Three months before the hearing, the officer resigned.") == []
    assert find_dates("He resigned two years before it was found.") == []


def test_data_kept_when_it_should_not_have_been_dates_the_breach_not_the_sanction(nlp) -> None:
    text = (
        "The ICO reprimanded Kent Police after recordings of calls with witnesses were kept "
        "without their consent between 2016 and 2020."
    )
    assert dates(nlp, text)["year"] == 2016


def test_a_case_that_dates_back_is_dated_by_its_event(nlp) -> None:
    """'dates back to' names the age of records ('files dating back to 2005'); said of the case
    itself, it tells when the breach happened."""
    case = OPEN + (
        "The case dates back to the spring of 2017, when boxes of case files went missing."
    )
    assert dates(nlp, case)["year"] == 2017
    records = OPEN + "Files dating back to 2005 went missing from a police station in 2019."
    assert dates(nlp, records)["year"] == 2019


def test_the_previous_year_counts_back_from_the_date_before_it(nlp) -> None:
    told = OPEN + (
        "The force admitted in 2021 that it had lost a USB stick holding interview recordings "
        "the previous year."
    )
    assert dates(nlp, told, date(2023, 6, 1))["year"] == 2020
    alone = OPEN + "The force lost a USB stick holding interview recordings the previous year."
    assert dates(nlp, alone, date(2023, 6, 1))["year"] == 2022


def test_a_state_of_exposure_since_a_date_began_then(nlp) -> None:
    """'missing since 2019' is when the breach began; 'fined twice since 2015' is a bound."""
    missing = OPEN + (
        "Officers found in March 2021 that boxes of witness statements had been missing since 2019."
    )
    assert dates(nlp, missing)["year"] == 2019
    bound = OPEN + "It has been fined twice since 2015 and lost a laptop in 2019."
    assert dates(nlp, bound)["year"] == 2019


def test_checks_on_people_are_the_breach_events_they_are(nlp) -> None:
    """'checks' are look-ups, like 'searches': the year they were made is the breach's."""
    text = (
        "A Kent Police constable has been sacked for looking up a neighbour on police systems "
        "without a policing purpose. He made the checks in 2019, a hearing was told in 2022."
    )
    assert dates(nlp, text)["year"] == 2019


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a closing "..., the regulator found." says who found it, not when
        ("Kent Police kept the fingerprints of 600 people who were never charged for longer "
         "than the law allowed, between 2015 and 2020, the regulator found.", 2015),
        # recorded "without telling them": the breach itself, no report to anyone
        ("Kent Police recorded calls with victims without telling them between 2016 and 2019, "
         "the ICO said in a reprimand.", 2016),
        # a report with its own date still dates the report
        ("Kent Police lost a laptop holding witness statements in 2018 and told the ICO in "
         "2019.", 2018),
    ],
)  # fmt: skip
def test_a_closing_reporting_clause_dates_nothing(nlp, text: str, year: int) -> None:
    assert dates(nlp, text)["year"] == year
