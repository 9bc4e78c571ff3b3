"""Breach tallies, round 51: a report's one span dates the figure of a force compared far down
the page ("Only Essex Police, with 350 breaches, had a worse record"), and a ranking that
names its own measure ("the forces with the most breaches were ...") counts totals, not the
kind an earlier sentence counted. Paraphrases written for these tests; each mechanism has
cases that must fire and near misses that must not."""

from __future__ import annotations

from datetime import date

from tally_rows import cleaned_tally_rows

PUBLISHED = date(2024, 3, 1)


def rows(text: str, nlp) -> set[tuple]:  # type: ignore[no-untyped-def]
    return cleaned_tally_rows(text, nlp, PUBLISHED)


HEAD = "Campaigners publish police data figures\n\n"

# sentences with no figure and no period, putting the comparison far from the report's span
FILLER = (
    'A Kent Police spokesman said: "We take the handling of information very seriously."\n\n'
    '"Every officer is trained in data protection."\n\n'
    '"Where staff fall short, we act."\n\n'
    "The group wants tougher penalties for officers who misuse systems.\n\n"
    "It says victims should be told when their details are looked up.\n\n"
    "Ministers have said they will consider the findings.\n\n"
)


def test_report_span_dates_a_distant_comparison(nlp) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + (
        "A report by a privacy campaign group found forces logged 4,100 data breaches between "
        "January 2017 and December 2021.\n\n"
        "Kent Police was named as one of the worst offenders, with 301 breaches over the "
        "period.\n\n" + FILLER + "Only Essex Police, with 350 breaches, had a worse record.\n\n"
        "By comparison, neighbouring Suffolk Constabulary logged just 40 breaches.\n"
    )
    assert rows(text, nlp) == {
        ("Kent Police", "2017-2021", None, 301),
        ("Essex Police", "2017-2021", None, 350),
        ("Suffolk Constabulary", "2017-2021", None, 40),
    }


def test_page_of_two_periods_lends_no_span(nlp) -> None:  # type: ignore[no-untyped-def]
    # the page dates figures by a span and by a year: which one the far figure is of is unsaid
    text = HEAD + (
        "A report by a privacy campaign group found forces logged 4,100 data breaches between "
        "January 2017 and December 2021.\n\n"
        "Kent Police was named as one of the worst offenders, with 301 breaches over the "
        "period, and 80 in 2021 alone.\n\n" + FILLER + "Only Essex Police, with 350 breaches, "
        "had a worse record.\n"
    )
    got = rows(text, nlp)
    assert ("Kent Police", "2017-2021", None, 301) in got
    assert not any(r[0] == "Essex Police" for r in got)


def test_single_year_is_no_report_span(nlp) -> None:  # type: ignore[no-untyped-def]
    # one year's figure is no study over a span: a far figure stays undated
    text = HEAD + (
        "Kent Police logged 120 data breaches in 2021, figures show.\n\n"
        + FILLER
        + "Only Essex Police, with 350 breaches, had a worse record.\n"
    )
    assert rows(text, nlp) == {("Kent Police", "2021", None, 120)}


def test_ranking_naming_breaches_counts_totals(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police commit more than ten data breaches every week\n\n"
        "A freedom of information request by a campaign group found 3,000 breaches in police "
        "forces between June 1 2012 and December 31 2016, more than 900 of them involving "
        "access to personal information without a policing purpose.\n\n"
        "Information was shared inappropriately with third parties on more than 700 "
        "occasions.\n\n"
        "The report says the forces with the most breaches are Kent Police with 488, Surrey "
        "with 202 and Essex with 168.\n"
    )
    assert rows(text, nlp) == {
        ("Kent Police", "2012-2016", None, 488),
        ("Surrey Police", "2012-2016", None, 202),
        ("Essex Police", "2012-2016", None, 168),
    }


def test_bare_figures_after_a_kind_keep_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: no measure named before the bare figures, so they go on counting the kind
    text = (
        "Force data breach figures\n\n"
        "Kent Police recorded 45 cases of lost or stolen laptops in 2022, the figures show. "
        "Essex Police recorded 30 and Surrey Police 12.\n"
    )
    got = rows(text, nlp)
    assert ("Essex Police", "2022", None, 30) not in got
    assert ("Kent Police", "2022", "loss_or_theft_of_device", 45) in got
