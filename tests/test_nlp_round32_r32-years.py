"""Round 32 (r32-years): a later line of a story telling another, earlier breach of the same
force is an incident of its own with its own year, and the story keeps its year
(extract/assemble.py `_earlier_occasion`). Another occasion is marked by a word (cues.toml
[passing] `occasion`: "three years earlier", "the same error", "it follows a breach", "the
second such case"), by an incident introduced on its own ("reported an incident in 2020 in
which ..."), or by a breach of another kind dated as a breach. A later year (a decision, a
report, the breach told again), an earlier year no word marks that dates something else (a
statement given, a list drawn up) and a reference date of figures split nothing. And a date in
the label of a list item of sanctions ("Reprimands / - Kent Police (June 2023). Staff
accessed ...") is when the item was dealt with, no breach year.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.incident_probe import incident_rows


def _years(nlp, text: str) -> set[tuple]:  # type: ignore[no-untyped-def]
    return incident_rows(nlp, text, "force", "breach_year")


SPLIT = [
    (
        "Published 9 February 2022\nAn officer from Cleveland Police left a bag of case papers"
        " on a bus in October 2021. Three years earlier, in 2018, officers from the same force"
        " had left files in a car park.",
        {("Cleveland Police", 2021), ("Cleveland Police", 2018)},
    ),
    (
        "Published 11 October 2023\nGwent Police wrongly disclosed a witness's address to a"
        " suspect in March 2023. The force had made the same error in 2020, when a victim's"
        " details were passed to her attacker.",
        {("Gwent Police", 2023), ("Gwent Police", 2020)},
    ),
    (
        "Published 5 June 2024\nWiltshire Police has apologised after an officer's body-worn"
        " camera footage was posted online in February 2024. It follows a breach in 2022, when"
        " the force lost a USB stick holding interview recordings.",
        {("Wiltshire Police", 2024), ("Wiltshire Police", 2022)},
    ),
    (
        "Published 1 March 2022\nEssex Police officers looked up a celebrity's record without a"
        " policing purpose in 2021. This is the second such case for the force, after a"
        " civilian worker was caught accessing the records of her neighbours in 2019.",
        {("Essex Police", 2021), ("Essex Police", 2019)},
    ),
    (
        "Published 8 August 2024\nAn officer from Leicestershire Police looked up the records"
        " of a footballer without a policing purpose in 2023. The force also reported an"
        " incident in 2020 in which a bag of case files was stolen from a car.",
        {("Leicestershire Police", 2023), ("Leicestershire Police", 2020)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT)
def test_an_earlier_occasion_marked_as_one_is_its_own_incident(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _years(nlp, text) == expected


def test_an_earlier_breach_of_another_kind_dated_as_a_breach_is_its_own_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Published 28 April 2023\nThe Police Service of Northern Ireland accidentally published"
        " the surnames of officers online in 2023, the ICO said. In 2015 the service had lost a"
        " laptop containing details of informants."
    )
    assert _years(nlp, text) == {
        ("Police Service of Northern Ireland", 2023),
        ("Police Service of Northern Ireland", 2015),
    }


# Negative guards: nothing here is another occasion; these pass on main too.
ONE = [
    # a later year: the sanction, the report, the finding, the sequel of the same breach
    (
        "Published 14 March 2024\nDurham Constabulary emailed a victim's statement to the wrong"
        " address in June 2023. In 2024 the ICO issued the force with a reprimand.",
        {("Durham Constabulary", 2023)},
    ),
    (
        "Published 2 February 2023\nAvon and Somerset Police lost a memory stick holding"
        " interview recordings in 2021. The force reported the loss to the Information"
        " Commissioner's Office in 2022, and the ICO found it had failed to encrypt the device.",
        {("Avon and Somerset Police", 2021)},
    ),
    (
        "Published 19 November 2024\nWest Mercia Police published a report containing the"
        " names of witnesses on its website in 2023. The error was spotted in 2024 and the"
        " document was removed.",
        {("West Mercia Police", 2023)},
    ),
    # an earlier year no word marks, dating what led up to the breach
    (
        "Published 1 June 2023\nA Surrey Police officer shared a victim's address with her"
        " attacker in 2023. The woman had given a statement to the force in 2021 about the"
        " abuse.",
        {("Surrey Police", 2023)},
    ),
    (
        "Published 8 August 2024\nCheshire Constabulary lost a laptop holding custody records"
        " in May 2024. The laptop, bought in 2019, had not been encrypted.",
        {("Cheshire Constabulary", 2024)},
    ),
    # the same occasion told again with the same year
    (
        "Published 9 May 2023\nNorth Yorkshire Police emailed a victim's statement to the"
        " wrong solicitor in February 2023. The same officer had sent the statement to a"
        " journalist earlier that month.",
        {("North Yorkshire Police", 2023)},
    ),
    # the year before is a reference date of figures, not a breach's
    (
        "Published 4 March 2025\nPolice forces in the Midlands recorded 600 data breaches in"
        " three years.\nThe figures, released under Freedom of Information laws, run to the end"
        " of 2024.\nWest Mercia Police recorded 150 and Warwickshire Police 90.\nThe regulator"
        " has acted before. In 2023 it reprimanded Warwickshire Police after a list of 200"
        " witnesses was emailed to the wrong council in the spring of 2022.",
        {("Warwickshire Police", 2022)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONE)
def test_a_later_or_unmarked_year_splits_nothing(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _years(nlp, text) == expected


# A date in the label of a list item of sanctions is when the item was dealt with
# (extract/rules/dates.py `_sanction_item_label`); the item's breach year is what its text
# states, else none.
LABELLED = [
    (
        "Published 10 August 2023\nReprimands issued to police forces this year\n- Surrey"
        " Police (March 2023). An officer emailed a victim's address to the man she had"
        " reported.\n- Sussex Police (May 2023). A memory stick containing interview"
        " recordings was lost in 2022.\n- Kent Police (June 2023). Staff accessed the records"
        " of a footballer without a policing purpose.",
        {("Surrey Police", None), ("Sussex Police", 2022), ("Kent Police", None)},
    ),
    (
        "Published 3 April 2024\nICO enforcement action, 2023/24\nReprimands\n- Dorset Police"
        " (November 2023): a witness statement was sent to the defendant's solicitor with the"
        " witness's address unredacted.\n- Devon and Cornwall Police (January 2024): an"
        " officer lost a notebook containing victims' details in 2023.",
        {("Dorset Police", None), ("Devon and Cornwall Police", 2023)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABELLED)
def test_a_sanction_items_label_date_is_no_breach_year(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _years(nlp, text) == expected


# Negative guards: a list naming no sanction, and a date the breach's verb goes on from.
UNLABELLED = [
    (
        "Published 30 November 2022\nRecent police data breaches\n- Essex Police (October"
        " 2022). A list of 300 firearms licence holders was emailed to the wrong recipient.",
        {("Essex Police", 2022)},
    ),
    (
        "Published 30 November 2023\nReprimands\n- Norfolk Constabulary, in March 2022,"
        " emailed a victim's statement to the wrong solicitor.",
        {("Norfolk Constabulary", 2022)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNLABELLED)
def test_a_date_outside_a_sanction_label_keeps_its_breach_year(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _years(nlp, text) == expected
