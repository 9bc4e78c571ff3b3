"""Breach tallies, round 32: figures the statistics pages give that the tally rules missed.

- a figure dated "that year" / "that same year" (periods.py, tallies._BARE_END): the year told
  before ("Kent recorded 63 in 2021. Essex recorded 140 that year");
- a second item whose verb is left out (tally_types.gapped_cue): "Lost devices accounted for
  17 of them and unauthorised access for 33"; and "17 of them and ..." ends the first item;
- a count at a force before its category verb ("45 breaches at Sussex Police involved ...");
- a whole followed by the clause recording it, its subject named ("40 of the 611 breaches
  Kent Police recorded in 2022 involved lost devices", "... the 219 breaches it recorded");
- a list of "period: figure" lines under each force's heading (tally_tables._heading_force,
  and the next force's list keeps the caption of the run);
- a "Total" row under two or more forces' rows is no row of the page's force (a missing cell
  made it differ from their sum);
- force figures after a national figure of one kind count that kind ("Forces recorded 1,245
  cases of unauthorised access in 2022. Wiltshire Police recorded 31").

Negative guards (pass on main too): people disciplined, complaints, money, a one-force
table's Total, a force's overall total after a national typed one, a national total of all
breaches. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
import tally_rows

PUBLISHED = date(2023, 6, 1)
rows = partial(tally_rows.rows, published=PUBLISHED)
UA = "unauthorised_access"
EM = "emailed_to_incorrect_recipient"
DEV = "loss_or_theft_of_device"
PAP = "loss_or_theft_of_paperwork"
POST = "posted_to_incorrect_recipient"
RED = "failure_to_redact"

THAT_YEAR = [
    (
        "Warwickshire Police recorded 63 data breaches in 2021. West Mercia Police recorded 140 "
        "that year.",
        {("Warwickshire Police", "2021", None, 63), ("West Mercia Police", "2021", None, 140)},
    ),
    (
        "Norfolk Constabulary logged 143 breaches in 2022/23. Suffolk Constabulary logged 155 "
        "that year.",
        {
            ("Norfolk Constabulary", "2022-2023", None, 143),
            ("Suffolk Constabulary", "2022-2023", None, 155),
        },
    ),
    (
        "Cumbria Constabulary recorded 74 data breaches in 2019. Lancashire Constabulary "
        "reported 260 that same year.",
        {
            ("Cumbria Constabulary", "2019", None, 74),
            ("Lancashire Constabulary", "2019", None, 260),
        },
    ),
]

GAPPED = [
    (
        "Essex Police recorded 219 data breaches in 2021. Lost devices accounted for 17 of them "
        "and unauthorised access for 33.",
        {
            ("Essex Police", "2021", None, 219),
            ("Essex Police", "2021", DEV, 17),
            ("Essex Police", "2021", UA, 33),
        },
    ),
    (
        "Surrey Police recorded 188 breaches in 2021. Staff looking up records without a reason "
        "were behind 40 of them, and lost phones behind 12.",
        {
            ("Surrey Police", "2021", None, 188),
            ("Surrey Police", "2021", UA, 40),
            ("Surrey Police", "2021", DEV, 12),
        },
    ),
    (
        "Gwent Police recorded 87 data breaches in 2020. Emails sent to the wrong person "
        "accounted for 30 of those and lost laptops for 6.",
        {
            ("Gwent Police", "2020", None, 87),
            ("Gwent Police", "2020", EM, 30),
            ("Gwent Police", "2020", DEV, 6),
        },
    ),
    (
        "Merseyside Police recorded 290 breaches in 2021. Unauthorised access accounted for 45 "
        "of them and emails to the wrong recipient for 71.",
        {
            ("Merseyside Police", "2021", None, 290),
            ("Merseyside Police", "2021", UA, 45),
            ("Merseyside Police", "2021", EM, 71),
        },
    ),
]

AT_FORCE = [
    (
        "In 2022, 45 data breaches at Sussex Police involved emails sent to the wrong person, "
        "compared with 30 at Kent Police.",
        {("Sussex Police", "2022", EM, 45), ("Kent Police", "2022", EM, 30)},
    ),
    (
        "Figures for 2021 show 27 breaches at Cleveland Police involved lost or stolen devices.",
        {("Cleveland Police", "2021", DEV, 27)},
    ),
    (
        "During 2020/21, 19 incidents at Gwent Police involved letters posted to the wrong "
        "address.",
        {("Gwent Police", "2020-2021", POST, 19)},
    ),
    (
        "In 2022/23, 33 breaches within Merseyside Police involved emails sent to the wrong "
        "recipient.",
        {("Merseyside Police", "2022-2023", EM, 33)},
    ),
]

RECORDING_CLAUSE = [
    (
        "Figures show 40 of the 611 breaches Kent Police recorded in 2022 involved lost devices.",
        {("Kent Police", "2022", None, 611), ("Kent Police", "2022", DEV, 40)},
    ),
    (
        "Essex Police said 31 of the 219 breaches it recorded in 2021 involved emails sent to "
        "the wrong person.",
        {("Essex Police", "2021", None, 219), ("Essex Police", "2021", EM, 31)},
    ),
    (
        "Records show 22 of the 160 data breaches that Cleveland Police logged in 2023 involved "
        "lost paperwork.",
        {("Cleveland Police", "2023", None, 160), ("Cleveland Police", "2023", PAP, 22)},
    ),
    (
        "Norfolk Constabulary said 26 of the 143 breaches that it recorded in 2020 were emails "
        "sent to the wrong recipient.",
        {("Norfolk Constabulary", "2020", None, 143), ("Norfolk Constabulary", "2020", EM, 26)},
    ),
]

HEADED_LISTS = [
    (
        "Data breaches in East Anglia\n\nNorfolk Constabulary\n2020: 143\n2021: 117\n\n"
        "Suffolk Constabulary\n2020: 155\n2021: 170\n",
        {
            ("Norfolk Constabulary", "2020", None, 143),
            ("Norfolk Constabulary", "2021", None, 117),
            ("Suffolk Constabulary", "2020", None, 155),
            ("Suffolk Constabulary", "2021", None, 170),
        },
    ),
    (
        "Data breaches recorded by forces\n\nKent Police\n- 2021/22: 97\n- 2022/23: 104\n"
        "Essex Police\n- 2021/22: 88\n- 2022/23: 91\n",
        {
            ("Kent Police", "2021-2022", None, 97),
            ("Kent Police", "2022-2023", None, 104),
            ("Essex Police", "2021-2022", None, 88),
            ("Essex Police", "2022-2023", None, 91),
        },
    ),
    (
        "How many data breaches did each force record?\n\nDurham Constabulary:\n* 2019 - 101\n"
        "* 2020 - 119\n\nCleveland Police:\n* 2019 - 140\n* 2020 - 152\n",
        {
            ("Durham Constabulary", "2019", None, 101),
            ("Durham Constabulary", "2020", None, 119),
            ("Cleveland Police", "2019", None, 140),
            ("Cleveland Police", "2020", None, 152),
        },
    ),
    (
        "Data breaches at West Midlands forces\n\nWest Mercia Police\n2020: 121\n2021: 140\n"
        "Warwickshire Police\n2020: 58\n2021: 63\n",
        {
            ("West Mercia Police", "2020", None, 121),
            ("West Mercia Police", "2021", None, 140),
            ("Warwickshire Police", "2020", None, 58),
            ("Warwickshire Police", "2021", None, 63),
        },
    ),
]

TOTAL_ROWS = [
    (
        "Here are the data breaches by force:\n\n"
        "Force                      2020    2021    2022    Officers sacked\n"
        "Cumbria Constabulary         n/a     70     81      2\n"
        "Lancashire Constabulary     260     271     250      5\n"
        "Total                       260     341     331      7\n",
        {
            ("Cumbria Constabulary", "2021", None, 70),
            ("Cumbria Constabulary", "2022", None, 81),
            ("Lancashire Constabulary", "2020", None, 260),
            ("Lancashire Constabulary", "2021", None, 271),
            ("Lancashire Constabulary", "2022", None, 250),
        },
    ),
    (
        "Police data breaches, 2021 to 2023\n\nForce    2021    2022    2023\n"
        "Kent Police    312    n/a    351\nEssex Police    219    240    255\n"
        "Total    531    240    606\n",
        {
            ("Kent Police", "2021", None, 312),
            ("Kent Police", "2023", None, 351),
            ("Essex Police", "2021", None, 219),
            ("Essex Police", "2022", None, 240),
            ("Essex Police", "2023", None, 255),
        },
    ),
]

NATIONAL_KIND = [
    (
        "Across the 43 forces, 1,245 cases of unauthorised access were recorded in 2022. "
        "Wiltshire Police accounted for 31.",
        {("Wiltshire Police", "2022", UA, 31)},
    ),
    (
        "Forces in England and Wales recorded 1,245 cases of unauthorised access in 2022. "
        "Wiltshire Police recorded 31 and Dorset Police 12.",
        {("Wiltshire Police", "2022", UA, 31), ("Dorset Police", "2022", UA, 12)},
    ),
    (
        "UK police forces recorded 980 breaches involving lost devices in 2021. Kent Police had "
        "the most, with 74.",
        {("Kent Police", "2021", DEV, 74)},
    ),
    (
        "Nationally, forces recorded 1,900 cases of staff misusing police systems between 2019 "
        "and 2021. Essex Police recorded 150 over the period.",
        {("Essex Police", "2019-2021", UA, 150)},
    ),
]

GUARDS = [
    (
        "Kent Police recorded 312 data breaches in 2022. Twelve officers were disciplined that "
        "year.",
        {("Kent Police", "2022", None, 312)},
    ),
    (
        "Sussex Police recorded 401 breaches in 2022. The force received 37 complaints that year.",
        {("Sussex Police", "2022", None, 401)},
    ),
    (
        "Essex Police recorded 219 data breaches in 2021. Lost devices accounted for 17 of them "
        "and the force paid £4,000 for 33 new laptops.",
        {("Essex Police", "2021", None, 219), ("Essex Police", "2021", DEV, 17)},
    ),
    (
        "Kent Police data breaches by type, 2022\n\nType    2022\n"
        "Emails sent to the wrong person    41\nLost devices    9\nTotal    67\n",
        {
            ("Kent Police", "2022", EM, 41),
            ("Kent Police", "2022", DEV, 9),
            ("Kent Police", "2022", None, 67),
        },
    ),
    (
        "Forces in England and Wales recorded 1,245 cases of unauthorised access in 2022. "
        "Wiltshire Police recorded 310 data breaches overall.",
        {("Wiltshire Police", "2022", None, 310)},
    ),
    (
        "Police forces recorded 10,200 data breaches in 2022. Dorset Police recorded 120.",
        {("Dorset Police", "2022", None, 120)},
    ),
]


@pytest.mark.parametrize(
    ("text", "want"),
    THAT_YEAR + GAPPED + AT_FORCE + RECORDING_CLAUSE + HEADED_LISTS + TOTAL_ROWS + NATIONAL_KIND,
)
def test_figures_found(nlp, text: str, want: set[tuple]) -> None:  # type: ignore[no-untyped-def]
    assert rows(text, nlp) == want


@pytest.mark.parametrize(("text", "want"), GUARDS)
def test_guards(nlp, text: str, want: set[tuple]) -> None:  # type: ignore[no-untyped-def]
    assert rows(text, nlp) == want
