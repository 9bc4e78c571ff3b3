"""Breach tallies, round 43b: figures for all forces on pages that also name one force. A
bulleted breakdown under a national figure stays national item after item (not the page's
force from the third item on), and a figure naming no force, stated before the page's force
is first named on a page of national figures, is national too. Paraphrases written for these
tests; each mechanism has a case that must fire and a near miss that must not."""

from __future__ import annotations

from datetime import date

from tally_rows import cleaned_tally_rows

PUBLISHED = date(2025, 9, 3)


def rows(text: str, nlp) -> set[tuple]:  # type: ignore[no-untyped-def]
    return cleaned_tally_rows(text, nlp, PUBLISHED)


DASHED_NATIONAL_LIST = (
    "Privacy group finds thousands of police data breaches\n"
    "\n"
    "A privacy group found that forces across England and Wales logged 3,140 data "
    "breaches between 2019 and 2022, including:\n"
    "\n"
    "- 1,020 cases of unauthorised access to records\n"
    "- 940 cases of information disclosed to third parties\n"
    "- 31 cases of misuse of the Police National Computer\n"
    "\n"
    "Kent Police recorded 212 breaches over the period.\n"
)

BULLETED_NATIONAL_LIST = (
    "Police data breaches top 5,000\n"
    "\n"
    "Across all forces there were 5,200 data breaches between 2020 and 2023, a "
    "campaign group found. These included:\n"
    "• 1,400 instances of inappropriate access to information\n"
    "• 1,100 instances of disclosure to third parties\n"
    "• 60 cases involving lost laptops\n"
    "\n"
    "Lancashire Constabulary had the highest number, with 410.\n"
)

FORCE_LIST = (
    "Kent Police logged 300 data breaches in 2022\n"
    "\n"
    "Kent Police recorded 300 data breaches in 2022, including:\n"
    "\n"
    "- 120 emails sent to the wrong person\n"
    "- 40 lost devices\n"
    "- 12 cases of unauthorised access\n"
)

NATIONAL_THEN_TOP_FORCE = (
    "More than 9,000 police data breaches in two years\n"
    "\n"
    "UK police forces logged more than 9,000 data breaches over the past two years, "
    "freedom of information figures show.\n"
    "\n"
    "Forces reported 4,100 breaches in 2022/23, rising to 4,900 the year after.\n"
    "\n"
    "The figures also named the forces with the most breaches. Greater Manchester "
    "Police topped the list.\n"
)

FORCE_FIRST = (
    "Data breaches rise at Kent Police\n"
    "\n"
    "Kent Police recorded 310 data breaches in 2023, figures show.\n"
    "\n"
    "Across England and Wales, police forces logged 9,000 breaches that year.\n"
    "\n"
    "The force logged 280 the year before.\n"
)

NO_NATIONAL_FIGURE = (
    "Data breaches rise at the force\n"
    "\n"
    "Data breaches at the force rose to 140 in 2023, up from 120 in 2022, figures show.\n"
    "\n"
    "A Dorset Police spokesman said every breach was taken seriously.\n"
)

NATIONAL_PART = (
    "Police forces report 6,000 breaches\n"
    "\n"
    "Police forces in the UK recorded 6,000 data breaches in 2021, according to a claims firm.\n"
    "\n"
    "Police recorded 2,900 of them as emails sent to the wrong address.\n"
    "\n"
    "A spokesman for Merseyside Police said the force took data protection seriously.\n"
)

SHARES_IN_NATIONAL_LIST = (
    "Thousands of police data breaches\n"
    "\n"
    "Police forces across the country reported 2,315 breaches between 2011 and 2015, including:\n"
    "  • 869 (38%) cases of inappropriate access to information\n"
    "  • 877 (38%) cases of disclosure to third parties\n"
    "  • 25 cases of misuse of the Police National Computer\n"
    "\n"
    "Humberside Police recorded 168 breaches over the period, the third most.\n"
)

FORCE_BESIDE_NATIONAL = (
    "Sussex Police records 175 data breaches\n"
    "\n"
    "Sussex Police recorded 175 data breaches in 2024/25, figures show.\n"
    "\n"
    "Nationally, forces recorded 4,759 breaches in the same year.\n"
    "\n"
    "Of Sussex Police's breaches, 60 were emails sent to the wrong person.\n"
)

NATIONAL_YEAR = (
    "Thousands of breaches logged by police\n"
    "\n"
    "British forces logged upwards of 3,000 data breaches during 2021, a survey shows.\n"
    "\n"
    "Forces recorded 3,114 breaches in 2021, including 350 involving lost devices.\n"
    "\n"
    "West Yorkshire Police said it was working to cut the number.\n"
)


def test_every_item_of_a_national_list_stays_national(nlp) -> None:  # type: ignore[no-untyped-def]
    assert rows(DASHED_NATIONAL_LIST, nlp) == {("Kent Police", "2019-2022", None, 212)}
    assert rows(BULLETED_NATIONAL_LIST, nlp) == {
        ("Lancashire Constabulary", "2020-2023", None, 410)
    }
    assert rows(SHARES_IN_NATIONAL_LIST, nlp) == {("Humberside Police", "2011-2015", None, 168)}


def test_a_force_list_keeps_its_typed_items(nlp) -> None:  # type: ignore[no-untyped-def]
    assert rows(FORCE_LIST, nlp) == {
        ("Kent Police", "2022", None, 300),
        ("Kent Police", "2022", "emailed_to_incorrect_recipient", 120),
        ("Kent Police", "2022", "loss_or_theft_of_device", 40),
        ("Kent Police", "2022", "unauthorised_access", 12),
    }


def test_figures_before_the_force_is_named_on_a_national_page_are_national(nlp) -> None:  # type: ignore[no-untyped-def]
    assert rows(NATIONAL_THEN_TOP_FORCE, nlp) == set()
    assert rows(NATIONAL_PART, nlp) == set()
    assert rows(NATIONAL_YEAR, nlp) == set()


def test_a_force_named_first_keeps_its_unnamed_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    assert rows(FORCE_FIRST, nlp) == {
        ("Kent Police", "2023", None, 310),
        ("Kent Police", "2022", None, 280),
    }
    assert rows(FORCE_BESIDE_NATIONAL, nlp) == {
        ("Sussex Police", "2024-2025", None, 175),
        ("Sussex Police", "2024-2025", "emailed_to_incorrect_recipient", 60),
    }


def test_a_force_named_late_on_a_page_without_national_figures_keeps_them(nlp) -> None:  # type: ignore[no-untyped-def]
    assert rows(NO_NATIONAL_FIGURE, nlp) == {
        ("Dorset Police", "2023", None, 140),
        ("Dorset Police", "2022", None, 120),
    }
