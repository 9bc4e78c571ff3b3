"""Round 17 (breach year), each mechanism proved by paraphrases written for it, positive and
negative: relative dates that were left unresolved ('a year earlier', 'six weeks ago', 'the
previous summer', 'the following March', 'that autumn', 'this summer', 'over Christmas',
'in January of last year'); 'two years after an officer emailed ...' dates the clause after
it back from the date told before it; a masthead's byline may open on a lower-case 'by' and
an outlet's name may run to four words; a relative aside (', which happened in 2021,') ends at
its comma, so the regulator after it is no recipient of its verb; a year premodifying a
document ('in its 2023 annual report') dates the document."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract
from extract.rules.dates import printed_date
from extract.sentences import split_sentences

PUBLISHED = date(2024, 6, 10)


def primary(nlp, text: str, published: date | None = PUBLISHED) -> int | None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text, published=published), nlp)
    incident = next(i for i in ex.incidents if i.mention == "primary")
    return incident.breach_year


# --- "a year earlier", "six weeks ago"


def test_a_year_earlier_counts_back_from_the_date_told(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk Constabulary was reprimanded by the ICO in 2020 after a detective sent a "
        "victim's statement to the wrong solicitor a year earlier."
    )
    assert primary(nlp, text) == 2019
    # negative: "a year before the hearing" is an event, not a date
    text = (
        "Norfolk Constabulary was reprimanded by the ICO after a detective sent a victim's "
        "statement to the wrong solicitor a year before the hearing."
    )
    assert primary(nlp, text) is None


def test_weeks_ago_count_back_from_the_page(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk Constabulary has apologised after a sergeant left a folder of witness "
        "details on a train six weeks ago. The force has told the ICO."
    )
    assert primary(nlp, text, date(2024, 1, 20)) == 2023
    assert primary(nlp, text, date(2024, 6, 20)) == 2024
    # negative: weeks to come date nothing
    text = (
        "Norfolk Constabulary has apologised after a sergeant left a folder of witness "
        "details on a train. The ICO will decide in six weeks whether to act."
    )
    assert primary(nlp, text, date(2024, 1, 20)) is None


# --- a season or a month counted from a date told before it


def test_the_previous_summer_counts_back_from_the_date_told(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk Constabulary was reprimanded by the ICO in March 2021. The force had lost a "
        "laptop holding the names of informants the previous summer."
    )
    assert primary(nlp, text) == 2020
    text = (
        "Norfolk Constabulary was reprimanded by the ICO in November 2021. The force had lost "
        "a laptop holding the names of informants the previous summer."
    )
    assert primary(nlp, text) == 2021
    # negative: before a bare year, "the previous summer" may be either year's
    text = (
        "Norfolk Constabulary was reprimanded by the ICO in 2021. The force had lost a laptop "
        "holding the names of informants the previous summer."
    )
    assert primary(nlp, text) is None


def test_the_following_month_and_that_season_count_from_the_date_told(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk Constabulary has been reprimanded by the ICO. It opened a new custody suite "
        "in October 2019. The following March an officer emailed a detainee's medical notes "
        "to a journalist."
    )
    assert primary(nlp, text) == 2020
    text = (
        "Norfolk Constabulary has been reprimanded by the ICO. It opened a new custody suite "
        "in 2019. That autumn an officer emailed a detainee's medical notes to a journalist."
    )
    assert primary(nlp, text) == 2019
    # negative: with no date told before, "the following March" dates nothing, and "that
    # may" is no month
    text = (
        "Norfolk Constabulary has been reprimanded by the ICO. The following March an officer "
        "emailed a detainee's medical notes to a journalist, a leak that may have put him at "
        "risk."
    )
    assert primary(nlp, text) is None


def test_this_summer_once_begun_and_christmas_count_from_the_page(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk Constabulary has told the ICO that an officer left a bag of case papers on a "
        "bus this summer."
    )
    assert primary(nlp, text, date(2024, 9, 12)) == 2024
    assert primary(nlp, text, date(2024, 3, 12)) is None  # still to come in March
    text = (
        "Norfolk Constabulary has told the ICO that an officer left a bag of case papers on a "
        "bus over Christmas."
    )
    assert primary(nlp, text, date(2024, 1, 15)) == 2023
    # negative: a Christmas party is a thing, not a time
    text = (
        "Norfolk Constabulary has told the ICO that an officer left a bag of case papers on a "
        "bus after a Christmas party."
    )
    assert primary(nlp, text, date(2024, 1, 15)) is None


def test_a_month_of_last_year_is_last_years(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk Constabulary has been reprimanded after an officer emailed a victim's new "
        "address to her former partner in January of last year."
    )
    assert primary(nlp, text) == 2023
    # negative: "in January" alone is this year's, before a June page
    text = (
        "Norfolk Constabulary has been reprimanded after an officer emailed a victim's new "
        "address to her former partner in January."
    )
    assert primary(nlp, text) == 2024


# --- "two years after an officer emailed ..."


def test_years_after_a_clause_date_it_back_from_the_date_told(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk Constabulary was fined £60,000 by the ICO in 2023, two years after an "
        "officer emailed a spreadsheet of informants to a council."
    )
    assert primary(nlp, text) == 2021
    text = (
        "Norfolk Constabulary has been reprimanded by the ICO, three years after an officer "
        "emailed a spreadsheet of informants to a council."
    )
    assert primary(nlp, text) == 2021
    # negative: a past sentence with no date has no time to count back from
    text = (
        "Norfolk Constabulary was reprimanded by the ICO three years after an officer "
        "emailed a spreadsheet of informants to a council."
    )
    assert primary(nlp, text) is None


# --- a masthead: a lower-case "by", a four-word outlet


def test_a_masthead_with_a_lower_case_byline_dates_the_page(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk Constabulary staff details stolen\n"
        "Public Sector Tech Weekly | Security | 12 September 2023 | by Jo Bloggs\n"
        "Norfolk Constabulary has told the ICO that a hacker stole the personal details of its "
        "staff from a payroll supplier last month."
    )
    assert primary(nlp, text, None) == 2023
    assert printed_date(split_sentences(nlp(text))) == date(2023, 9, 12)
    # negative: a byline item holding a sentence's lower-case words is no masthead
    text = text.replace("by Jo Bloggs", "by Jo Bloggs, who has covered it for us")
    assert printed_date(split_sentences(nlp(text))) is None


# --- a relative aside's breach verb has no recipient after its closing comma


def test_a_relative_aside_ends_at_its_comma(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk Constabulary was reprimanded by the ICO in 2023. Its data protection officer "
        "reported the breach, which happened in 2021, to the ICO within three days."
    )
    assert primary(nlp, text) == 2021
    # negative: a breach verb with the regulator as its own recipient dates the report
    text = (
        "Norfolk Constabulary was reprimanded by the ICO in 2023 after an officer emailed a "
        "victim's address to her abuser. The force disclosed the error to the ICO in 2022."
    )
    assert primary(nlp, text) is None


# --- a year premodifying a document dates the document


def test_a_year_before_a_document_dates_the_document(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk Constabulary has been reprimanded by the ICO. In its 2023 annual report the "
        "force said an officer had emailed a victim's address to her abuser."
    )
    assert primary(nlp, text) is None
    # negative: a year before an event noun is the event's
    text = (
        "Norfolk Constabulary has been reprimanded by the ICO. In the 2022 incident an officer "
        "emailed a victim's address to her abuser."
    )
    assert primary(nlp, text) == 2022


# --- "the previous year" after a financial year, or after a span


def test_the_previous_year_counts_back_from_a_financial_year(nlp) -> None:  # type: ignore[no-untyped-def]
    from extract.rules.dates import date_value

    def previous(text: str) -> str | None:
        doc = nlp(text)
        [span] = [d for d in doc.spans["dates"] if d.kb_id_ == "the previous year"]
        return date_value(span, PUBLISHED)

    assert (
        previous(
            "The force logged 90 breaches in 2020/21. The previous year an officer lost a laptop."
        )
        == "2019"
    )
    # negative: after a span, before which year is unclear
    assert (
        previous(
            "The force logged 90 breaches between 2018 and 2021. The previous year an officer "
            "lost a laptop."
        )
        is None
    )
