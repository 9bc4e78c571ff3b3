"""Breach tallies, round 25b: a bare figure after a verb that makes its subject the thing
measured ("Staffing was 3,200") counts that subject, and no other force's figure compared
with it is a breach count; a force named after a later compared figure is that figure's own.
Paraphrases written for these tests; each pairs what must become a row with what must not."""

from __future__ import annotations

import tally_rows

LEAD = "Sussex Police recorded 410 data breaches in 2022. "


def test_a_comparison_of_another_measure_gives_no_row(nlp) -> None:  # type: ignore[no-untyped-def]
    for second in (
        "Staffing was 3,200, compared with 3,900 at Kent Police.",
        "Its budget stood at 3,200, against 3,900 at Kent Police.",
        "Emergency calls rose to 3,200, compared with 3,900 at Kent Police.",
    ):
        assert tally_rows.rows(LEAD + second, nlp) == {("Sussex Police", "2022", None, 410)}
    # breaches compared: the other force's figure is a row
    assert tally_rows.rows(LEAD + "That compares with 390 at Kent Police.", nlp) == {
        ("Sussex Police", "2022", None, 410),
        ("Kent Police", "2022", None, 390),
    }
    text = "Sussex Police recorded 410 data breaches in 2022, compared with 350 at Kent Police."
    assert tally_rows.rows(text, nlp) == {
        ("Sussex Police", "2022", None, 410),
        ("Kent Police", "2022", None, 350),
    }


def test_the_force_after_a_compared_figure_is_that_figures_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = LEAD + "The total was 410, compared with 390 at Kent Police."
    assert tally_rows.rows(text, nlp) == {
        ("Sussex Police", "2022", None, 410),
        ("Kent Police", "2022", None, 390),
    }


def test_a_part_of_a_whole_recorded_by_an_agent_keeps_its_category(nlp) -> None:  # type: ignore[no-untyped-def]
    lead = "Gwent Police logged 84 data breaches in 2021. "
    for second in (
        "Nine of the 84 breaches logged by the force were emails sent to the wrong person.",
        "Nine of the 84 breaches recorded by Gwent Police in 2021 involved emails sent to "
        "the wrong person.",
    ):
        assert tally_rows.rows(lead + second, nlp) == {
            ("Gwent Police", "2021", None, 84),
            ("Gwent Police", "2021", "emailed_to_incorrect_recipient", 9),
        }
