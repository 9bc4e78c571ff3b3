"""Breach tallies, round 33b: national figures with a country's name, shares at a short form,
counts whose noun takes an infinitive, and repetitions dated before the workforce.

- "Forces across England and Wales recorded 9,000 ...": a country's name right before the
  recording verb is where the forces' figure was counted, no other body recording it
  (tally_forces.other_recorder), so the share named after it ("of which 410 were at ...") is
  that force's total;
- "including 640 at the Met": a force named after 'at'/'by' with its article, as a short form
  is written (tallies._by_named);
- "nine failures to redact documents": the count's noun takes an infinitive naming what was
  failed or done, the category (tally_types.row_category); "12 reports to the ICO" is none;
- "In 2022 staff at Kent Police sent data to the wrong email address 45 times": a year put
  before the workforce dates its repetition as one after it does (tally_cues._crowd_dated);
  one officer's repetitions stay out;
- "... 612 officers and staff were disciplined for misusing police computers. The forces with
  the highest numbers were Lancashire (97), Essex (61) ...": a ranking in prose, its figures
  in brackets, right after a sentence counting people disciplined for an offence counts those
  people, as the same ranking set out as a list does (tally_tables.people_caption): outcomes,
  never breach rows (round 54).

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
import tally_rows

rows = partial(tally_rows.rows, published=date(2023, 6, 1))
people = partial(tally_rows.people, published=date(2023, 6, 1))
# a count of people put through misconduct proceedings: an outcome, never a breach row
PEOPLE = "people disciplined"
MET = "Metropolitan Police Service"
UA = "unauthorised_access"
EM = "emailed_to_incorrect_recipient"
LP = "loss_or_theft_of_paperwork"
FR = "failure_to_redact"
PO = "posted_to_incorrect_recipient"

CASES = [
    # a national figure named by its country, then a force's share
    (
        "Police data\n\nForces across England and Wales recorded 9,300 breaches in 2021, "
        "of which 510 were at Essex Police.",
        {("Essex Police", "2021", None, 510)},
    ),
    (
        "Police data\n\nThe 43 forces in England and Wales logged 8,700 breaches in 2020, "
        "including 330 at Kent Police.",
        {("Kent Police", "2020", None, 330)},
    ),
    (
        "Police data\n\nForces in England and Wales reported 8,700 data breaches in 2020, "
        "Home Office figures show.",
        set(),
    ),
    # another body still recording its own figure
    ("Council data\n\nLeeds City Council recorded 212 data breaches in 2022.", set()),
    # a share at a short form with its article
    (
        "Police data\n\nForces recorded 9,300 breaches in 2021, including 640 at the Met.",
        {(MET, "2021", None, 640)},
    ),
    (
        "Police data\n\nForces across England and Wales recorded 9,300 breaches in 2021, "
        "including 640 at the Met.",
        {(MET, "2021", None, 640)},
    ),
    # a count's noun taking an infinitive
    (
        "Lincolnshire Police breaches\n\nLincolnshire Police recorded 14 cases of lost "
        "paperwork and six failures to redact witness statements in 2022.",
        {
            ("Lincolnshire Police", "2022", LP, 14),
            ("Lincolnshire Police", "2022", FR, 6),
        },
    ),
    (
        "Kent Police breaches\n\nKent Police recorded 150 data breaches in 2021. There were "
        "14 cases of lost paperwork and eight failures to redact.",
        {
            ("Kent Police", "2021", None, 150),
            ("Kent Police", "2021", LP, 14),
            ("Kent Police", "2021", FR, 8),
        },
    ),
    (
        "Kent Police breaches\n\nKent Police recorded 150 data breaches in 2021, including 11 "
        "failures to remove personal details from documents.",
        {("Kent Police", "2021", None, 150), ("Kent Police", "2021", FR, 11)},
    ),
    (
        "Kent Police breaches\n\nKent Police recorded 150 data breaches in 2021, and made 12 "
        "reports to the ICO.",
        {("Kent Police", "2021", None, 150)},
    ),
    (
        "Kent Police breaches\n\nKent Police recorded 150 data breaches in 2021. There were 40 "
        "failures to follow procedure.",
        {("Kent Police", "2021", None, 150)},
    ),
    # a repetition dated before its workforce
    (
        "Police data breaches\n\nIn 2023 staff at Essex Police sent emails to the wrong "
        "recipient 52 times.",
        {("Essex Police", "2023", EM, 52)},
    ),
    (
        "Police data breaches\n\nIn 2023, staff at Essex Police lost paperwork on 17 occasions.",
        {("Essex Police", "2023", LP, 17)},
    ),
    (
        "Police data breaches\n\nDuring 2022 Essex Police staff sent letters to the wrong "
        "address 22 times.",
        {("Essex Police", "2022", PO, 22)},
    ),
    (
        "Police data breaches\n\nLast year officers at Essex Police accessed records without a "
        "policing purpose 40 times.",
        {("Essex Police", "2022", UA, 40)},
    ),
    # a ranking in prose right after a sentence counting people disciplined for an offence
    (
        "Misuse of police systems\n\nFigures released under the Freedom of Information Act "
        "show 612 officers and staff were disciplined for misusing police computers between "
        "2016 and 2019. The forces with the highest numbers were Lancashire (97), Essex (61) "
        "and Dorset (30).",
        {
            ("Lancashire Constabulary", "2016-2019", PEOPLE, 97),
            ("Essex Police", "2016-2019", PEOPLE, 61),
            ("Dorset Police", "2016-2019", PEOPLE, 30),
        },
    ),
    # the same ranking after people sacked: no offence's count
    (
        "Police misconduct\n\nFigures released under the Freedom of Information Act show 61 "
        "officers were dismissed between 2016 and 2019. The forces with the highest numbers "
        "were Lancashire (9), Essex (6) and Dorset (3).",
        set(),
    ),
    # one person's repetitions: no force's count
    (
        "Police data breaches\n\nIn 2023 an officer at Essex Police looked up his neighbour "
        "30 times.",
        set(),
    ),
    (
        "Police data breaches\n\nIn 2023 a PC at Essex Police searched for his ex-partner 14 "
        "times.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round33b_metstats(nlp, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    found = rows(text, nlp) | {(f, p, PEOPLE, n) for f, p, n in people(text, nlp)}
    assert found == expected
