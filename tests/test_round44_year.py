"""Round 44 (r44-year): the day of a hearing taken for the breach's year.

Reports of misconduct and court cases date the step of the proceedings ("the hearing took
place on Monday", "was held last month") in the page's year, while the breach was earlier or
is not dated at all. The subject of "took place" was found only right before the verb, so a
phrase naming whom the step was about ("a hearing for the officer took place"), an aside
("the hearing, which was open to the public, took place"; "– who had retired –") or the
step's own relative clause ("the hearing, which took place in January, found") left the date
to the breach (`_proceeding_happened`, `_before_aside`; `proceeding_parties` in cues.toml
[dates]). And "a hearing for the constable was held in March" read "for the constable" as
what the hearing was for, as in "sentenced for offences committed in 2019", leaving the
date loose (`_step_predicate`). A breach's own "took place" keeps its date.

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.incident_probe import field_values

PAGE_DAY = date(2023, 6, 3)
BREACH = (
    "A Dyfed-Powys Police constable looked up the records of his neighbours on the police"
    " national computer without a policing purpose. "
)

CASES = [
    # the step of the proceedings, with whom it was about or an aside before its verb
    (BREACH + "A misconduct hearing for the officer took place at headquarters on Tuesday.", set()),
    (BREACH + "The gross misconduct hearing into the constable took place last month.", set()),
    (BREACH + "The trial of the officer took place in March.", set()),
    (
        BREACH + "A misconduct hearing for the officer, who has since left the force, took"
        " place on Tuesday.",
        set(),
    ),
    (
        BREACH + "A gross misconduct hearing for the sergeant – who had retired by then – took"
        " place last Thursday.",
        set(),
    ),
    (
        BREACH + "The accelerated hearing, which took place in January, found his actions"
        " amounted to gross misconduct.",
        set(),
    ),
    (BREACH + "A gross misconduct hearing for the constable was held in March.", set()),
    (BREACH + "The hearing into his conduct was held last month.", set()),
    (BREACH + "The appeal by the constable took place in February.", set()),
    (
        BREACH + "The audit of the force's systems, carried out by the regulator, took place in"
        " April.",
        set(),
    ),
    # near misses: the breach's own verb of happening keeps its date
    (BREACH + "The checks took place in January.", {2023}),
    (BREACH + "The breach, which took place in January, was reported to the regulator.", {2023}),
    (
        BREACH + "The searches of the records took place between March 2020 and May 2021.",
        {2020},
    ),
    # the breach dated elsewhere keeps its year beside the hearing's day
    (
        "A Dyfed-Powys Police constable looked up the records of his neighbours on the police"
        " national computer between March 2020 and May 2021. A misconduct hearing for the"
        " constable – by then on leave – took place on Tuesday.",
        {2020},
    ),
]


@pytest.mark.parametrize(("text", "years"), CASES)
def test_a_hearings_day_is_not_the_breach_year(nlp, text: str, years: set) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_year", published=PAGE_DAY) == years


def test_an_offence_the_sentence_was_for_keeps_its_own_time(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A former Dyfed-Powys Police worker was sentenced for offences committed in 2019, when"
        " she looked up the records of her neighbours on the police national computer."
    )
    assert field_values(nlp, text, "breach_year", published=PAGE_DAY) == {2019}
