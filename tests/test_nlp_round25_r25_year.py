"""Round 25 (breach year), each mechanism proved by paraphrases written for it, positive and
negative: records kept on, told by a finite keeping verb before their age ('the force held
custody images, some dating back to 2015'), were kept unlawfully from their oldest date; a
keeping by a participle, or records that were then stolen, keep their age apart from the
breach. A count back ('N weeks/months before') opens on any clause after 'before' ('six weeks
before colleagues raised concerns in January 2022'), not only on a determiner or pronoun;
'N months/weeks earlier' counts back from a month or day told before it, a month with no year
included ('spotted in February. Two months earlier, ...'), and before a subject too ('Two
years earlier the force had ...'); a month before a bare year stays either year. The age
told of a breach itself ('the breach, which came to light in March, dated back to the
previous autumn') is when it began, a month of no year anchoring 'the previous autumn' by the
page's date; the age of files is not. A date opening a sentence times its main verb, not the
first verb of a relative clause hung on the subject ('In 2020 a constable who had joined in
2015 looked up ...'). 'Last winter' began the December before the page's year, unless the
page is of January or February, when it may be this winter or the one before."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract
from extract.rules.dates import resolve_relative

PUBLISHED = date(2024, 6, 14)
HEADLINE = "Police force data breach\n\n"
LEAD = "Essex Police has been reprimanded by the Information Commissioner's Office. "


def year(nlp, text: str) -> int | None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=HEADLINE + LEAD + text, published=PUBLISHED), nlp)
    incident = next(i for i in ex.incidents if i.mention == "primary")
    return incident.breach_year


# --- a keeping verb before the records' age


def test_records_kept_before_their_age(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, want in [
        ("The force kept the records unlawfully, some dating back to 2015.", 2015),
        (
            "The database held arrest records and custody photographs, some dating back to "
            "2014, with no process to review them.",
            2014,
        ),
        ("Officers retained images of people never charged, some of them dating from 2012.", 2012),
        (
            "The force held custody photographs of thousands of people, the oldest dating back "
            "to 2016, despite never charging them.",
            2016,
        ),
    ]:
        assert year(nlp, text) == want, text


def test_records_of_an_age_that_were_not_kept_on(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in [
        # a participle: the laptop held them, no keeping by the force
        "A burglar took a laptop holding files dating back to 2005.",
        # the records kept were then stolen: the theft is the breach, not their age
        "A laptop which held files dating back to 2005 was stolen from a car in Leeds.",
    ]:
        assert year(nlp, text) is None, text


# --- counting back from the clause after 'before', or from a month told before 'earlier'


def test_a_count_back_before_any_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, want in [
        (
            "The spreadsheet was emailed to a journalist three months before officers noticed "
            "the error in February 2024.",
            2023,
        ),
        (
            "A sergeant accessed the records six weeks before colleagues raised concerns in "
            "January 2022.",
            2021,
        ),
        ("The list was put online three months before staff spotted it in February 2024.", 2023),
    ]:
        assert year(nlp, text) == want, text
    # negative: months before a bare year may fall in either year
    text = "The file was emailed to a reporter three months before officers noticed it in 2024."
    assert year(nlp, text) is None


def test_earlier_counts_back_from_a_month_told_before(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, want in [
        (
            "Officers spotted the error in February. Two months earlier, an officer had "
            "emailed the file to a journalist.",
            2023,
        ),
        (
            "The force found the mistake in March 2024. Three months earlier, a list had been "
            "emailed to a reporter.",
            2023,
        ),
        (
            "Staff spotted the mistake on 10 January 2024. Three weeks earlier the file had "
            "been sent to the wrong address.",
            2023,
        ),
        (
            "The force was fined in March 2023. Two years earlier the force had lost a laptop "
            "holding victims' details.",
            2021,
        ),
    ]:
        assert year(nlp, text) == want, text
    # negative: months before a bare year may fall in either year
    text = (
        "The force was fined in 2023. Two months earlier, an officer had emailed the file to "
        "a journalist."
    )
    assert year(nlp, text) is None


# --- the age of a breach itself


def test_a_breach_dating_back(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in [
        "The breach, which came to light in March, dated back to the previous autumn.",
        "The leak, which was discovered in April, dates back to the previous summer.",
    ]:
        assert year(nlp, text) == 2023, text
    # negative: files of an age lost last year: the loss's year, not the files' age
    text = "The force lost files, which dated back to 2005, in a burglary last year."
    assert year(nlp, text) == 2023


# --- an opening date times the main verb, past a relative clause on the subject


def test_an_opening_date_past_a_relative_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, want in [
        (
            "In 2020 a constable who had joined the force in 2015 looked up her ex-partner's "
            "record.",
            2020,
        ),
        (
            "In March 2019, a detective who was recruited in 2010 searched the database for "
            "his neighbours.",
            2019,
        ),
    ]:
        assert year(nlp, text) == want, text
    # negative: the relative clause's own date is its career fact, never the breach
    text = "A constable who had joined the force in 2015 looked up her ex-partner's record."
    assert year(nlp, text) is None


# --- last winter


def test_last_winter_begins_the_december_before(nlp) -> None:  # type: ignore[no-untyped-def]
    assert year(nlp, "The file, sent out last winter, was not found until April.") == 2023
    assert resolve_relative("last winter", date(2023, 12, 5)) == "2022"
    # negative: in January, last winter may be this one or the one before
    assert resolve_relative("last winter", date(2024, 1, 20)) is None
