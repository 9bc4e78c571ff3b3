"""Breach tallies, round 33: a whole no force is named for, and the forces' shares of it.

- "There were 2,315 breaches between 2011 and 2015. Of those, West Midlands Police accounted
  for 488": the whole (no force named in its sentence) is wider than one force, so it is no
  row of the page's force, and each named force's share is that force's total
  (tallies._share_named, _SHARE_END); the same for a smaller total the next sentence names the
  page's force for (tallies._unnamed_wider);
- a share after a national figure named by where it happened ("of which 410 were at West
  Yorkshire Police"), and a second share in the same sentence ("..., and 300 at the Met");
- a figure a multiple of which the one before is ("almost double the 44 recorded in 2020"),
  compared with, so dated by its own period;
- an FOI request put as a statement under its label or as a plea ("Request: Please tell me
  how many ...", "Question 1: Number of data breaches in 2014.") is the question the answer
  after it replies to (tally_state.is_request);
- a list under a lead counting people disciplined for an offence, or under a ranking lead
  right after a sentence that counts them, counts those people, as the campaign reports'
  force lists do (tally_tables.people_caption): outcomes, never breach rows (round 54);
- a bare figure a misconduct verb takes as its object, right after a sentence naming the
  offence ("... were disciplined for misusing databases. West Midlands Police disciplined 83,
  South Yorkshire Police 42").

Negative guards: a part by some property of the page force's own whole ("reported 6 of them
to the ICO", "150 of them were minor"), a whole the sentence gives to "the force". Every
sentence here was written for these tests."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
import tally_rows

rows = partial(tally_rows.rows, published=date(2016, 7, 1))
people = partial(tally_rows.people, published=date(2016, 7, 1))
UA = "unauthorised_access"
# a count of people put through misconduct proceedings: an outcome (`outcome_counts`), never a
# breach row
PEOPLE = "people disciplined"
EM = "emailed_to_incorrect_recipient"

SHARES = [
    (
        "Police data breaches\n\nThere were 2,315 data breaches by police between 2011 and 2015, "
        "the report says. Of those, West Midlands Police accounted for 488.",
        {("West Midlands Police", "2011-2015", None, 488)},
    ),
    (
        "Police data breaches\n\nThere were 2,315 data breaches by police between 2011 and 2015. "
        "West Midlands Police recorded 488 of them.",
        {("West Midlands Police", "2011-2015", None, 488)},
    ),
    (
        "Police data breaches\n\nThere were 2,315 data breaches by police between 2011 and 2015. "
        "West Midlands Police recorded 488.",
        {("West Midlands Police", "2011-2015", None, 488)},
    ),
    (
        "Data breaches\n\nThere were 1,900 breaches recorded between 2016 and 2019. Of those, "
        "Essex Police recorded 240 and Kent Police 310.",
        {("Essex Police", "2016-2019", None, 240), ("Kent Police", "2016-2019", None, 310)},
    ),
    (
        "Kent Police data breaches\n\nThere were 2,315 data breaches between 2011 and 2015, the "
        "report says. Kent Police recorded 120 of them, including 40 cases of staff looking up "
        "records for personal reasons.",
        {("Kent Police", "2011-2015", None, 120), ("Kent Police", "2011-2015", UA, 40)},
    ),
    (
        "Forces recorded 9,000 breaches in 2022, of which 410 were at West Yorkshire Police.",
        {("West Yorkshire Police", "2022", None, 410)},
    ),
    (
        "There were 2,315 breaches between 2011 and 2015 across all forces. Of these, 488 were "
        "at West Midlands Police and 300 at Kent Police.",
        {("West Midlands Police", "2011-2015", None, 488), ("Kent Police", "2011-2015", None, 300)},
    ),
]

OWN_PARTS = [
    (
        "Norfolk Constabulary\n\nThere were 143 breaches in 2022. Norfolk Constabulary reported "
        "6 of them to the ICO.",
        {("Norfolk Constabulary", "2022", None, 143)},
    ),
    (
        "Sussex Police\n\nThe force logged 180 breaches in 2021. Sussex Police said 150 of them "
        "were minor.",
        {("Sussex Police", "2021", None, 180)},
    ),
    (
        "Lincolnshire Police\n\nThere were 63 breaches in 2023. Lincolnshire Police said 31 were "
        "emails sent in error.",
        {("Lincolnshire Police", "2023", None, 63), ("Lincolnshire Police", "2023", EM, 31)},
    ),
    (
        "Surrey Police\n\nThere were 188 data breaches in 2021. Surrey Police recorded 150 in "
        "2020.",
        {("Surrey Police", "2021", None, 188), ("Surrey Police", "2020", None, 150)},
    ),
    (
        "Cheshire Constabulary data breaches\n\nThe constabulary recorded 120 breaches in 2021. "
        "Cheshire Constabulary said 80 were down to human error.",
        {("Cheshire Constabulary", "2021", None, 120)},
    ),
]

MISCONDUCT = [
    (
        "Database abuse by police\n\nA campaign group report found 904 police staff were "
        "disciplined for misusing databases between 2007 and 2010. West Midlands Police "
        "disciplined 83, South Yorkshire Police 42 and Northumbria Police 39.",
        {
            ("West Midlands Police", "2007-2010", PEOPLE, 83),
            ("South Yorkshire Police", "2007-2010", PEOPLE, 42),
            ("Northumbria Police", "2007-2010", PEOPLE, 39),
        },
    ),
    (
        "Snooping staff\n\nFigures obtained by a campaign group show 700 police staff were "
        "disciplined for misusing police computers between 2012 and 2015. Lancashire "
        "Constabulary disciplined 27 and Cumbria Constabulary 9.",
        {
            ("Lancashire Constabulary", "2012-2015", PEOPLE, 27),
            ("Cumbria Constabulary", "2012-2015", PEOPLE, 9),
        },
    ),
]

MULTIPLES = [
    (
        "Gwent Police recorded 90 breaches in 2014 - almost double the 47 recorded in 2013.",
        {("Gwent Police", "2014", None, 90), ("Gwent Police", "2013", None, 47)},
    ),
    (
        "Dorset Police logged 130 breaches in 2015, more than double the 61 logged in 2014.",
        {("Dorset Police", "2015", None, 130), ("Dorset Police", "2014", None, 61)},
    ),
    (
        "Durham Constabulary recorded 66 breaches in 2015, twice the 33 recorded a year "
        "earlier in 2014.",
        {("Durham Constabulary", "2015", None, 66), ("Durham Constabulary", "2014", None, 33)},
    ),
]

REQUESTS = [
    (
        "Gwent Police FOI\n\nRequest: Please tell me how many data breaches Gwent Police "
        "recorded in 2013 and 2014.\nResponse: 2013 - 70; 2014 - 91.",
        {("Gwent Police", "2013", None, 70), ("Gwent Police", "2014", None, 91)},
    ),
    (
        "Warwickshire Police FOI 2015/204\n\nQuestion 1: Number of data breaches in 2014.\n"
        "Answer: 52.",
        {("Warwickshire Police", "2014", None, 52)},
    ),
    (
        "Request: Please confirm the number of data breaches involving emails sent to the "
        "wrong recipient at Wiltshire Police in 2015.\nResponse: 14",
        {("Wiltshire Police", "2015", EM, 14)},
    ),
    (
        "Dorset Police FOI\nRequest: Please tell me how many staff were dismissed for misusing "
        "police systems in 2015.\nResponse: 3",
        set(),
    ),
]

PEOPLE_LISTS = [
    (
        "Database misuse report\n\nBetween 2012 and 2015, 640 police staff were disciplined "
        "for misusing police computers. The forces with the highest numbers were:\n"
        "- Lancashire - 57\n- Cheshire - 41\n- Cumbria - 19",
        {
            ("Lancashire Constabulary", "2012-2015", PEOPLE, 57),
            ("Cheshire Constabulary", "2012-2015", PEOPLE, 41),
            ("Cumbria Constabulary", "2012-2015", PEOPLE, 19),
        },
    ),
    (
        "Database misuse report\n\nBetween 2012 and 2015, police forces faced complaints "
        "about data handling. The forces with the most officers disciplined for breaching the "
        "Data Protection Act were:\nLancashire: 57\nCheshire: 41",
        {
            ("Lancashire Constabulary", "2012-2015", PEOPLE, 57),
            ("Cheshire Constabulary", "2012-2015", PEOPLE, 41),
        },
    ),
    # breaches listed under a lead naming them, though people disciplined were told before
    (
        "Data breaches report\n\nKent Police recorded 97 breaches in 2015 and 12 officers were "
        "disciplined. Breaches by force:\nKent Police - 97\nEssex Police - 88",
        {("Kent Police", "2015", None, 97), ("Essex Police", "2015", None, 88)},
    ),
    # people sacked are an outcome, no tally
    (
        "Database misuse report\n\nBetween 2012 and 2015, 98 police staff were sacked for "
        "misusing police computers. The forces with the highest numbers were:\n"
        "- Lancashire - 7\n- Cheshire - 5",
        set(),
    ),
]
# a figure that is its own clause's subject ("three were dismissed") is no object of the
# misconduct verb before it: people dismissed are an outcome, no tally
SUBJECTS = [
    (
        "Police snooping report\n\nThe report found 904 police staff were disciplined for "
        "misusing data between 2012 and 2015. In Cheshire, 44 staff faced disciplinary action "
        "and three were dismissed.",
        {("Cheshire Constabulary", "2012-2015", PEOPLE, 44)},
    ),
    (
        "Police snooping report\n\nFigures show 700 police staff were disciplined for "
        "misusing police systems between 2012 and 2015. At Gwent Police, 21 staff were "
        "disciplined and two were sacked.",
        {("Gwent Police", "2012-2015", PEOPLE, 21)},
    ),
]
ALL = SUBJECTS + SHARES + OWN_PARTS + MISCONDUCT + MULTIPLES + REQUESTS + PEOPLE_LISTS


@pytest.mark.parametrize("text,expected", ALL)
def test_round33_stats(nlp, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    found = rows(text, nlp) | {(f, p, PEOPLE, n) for f, p, n in people(text, nlp)}
    assert found == expected
