"""Round 41: tallies of lost or stolen kit on statistics pages (a figure whose noun is the kit
itself: "lost 14 laptops and 230 radios"), a breach told by its verb ("broke data
protection laws 44 times") and a sentence's whole beside the parts it adds up. Paraphrases
written for these tests; each pairs what must become a row with what must not."""

from __future__ import annotations

from tally_rows import rows

DEVICE = "loss_or_theft_of_device"


def test_kit_lost_over_a_span_counts_device_losses(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gadgets go missing\n\nFigures released under freedom of information laws show that "
        "Norfolk Constabulary lost 1,130 phones, laptops and tablets between 2012 and 2016."
    )
    assert rows(text, nlp) == {("Norfolk Constabulary", "2012-2016", DEVICE, 1130)}


def test_kit_of_two_forces_in_one_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Radios missing\n\nAccording to figures obtained by campaigners, Kent Police reported "
        "412 lost or stolen radios between 2015 and 2018, while Sussex Police reported 156 over "
        "the same years."
    )
    found = rows(text, nlp)
    assert ("Kent Police", "2015-2018", DEVICE, 412) in found
    assert ("Sussex Police", "2015-2018", DEVICE, 156) in found


def test_kit_named_with_a_few_words_before_the_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kit losses\n\nThe statistics show Cumbria Constabulary mislaid 31 encrypted memory "
        "sticks in 2019."
    )
    assert rows(text, nlp) == {("Cumbria Constabulary", "2019", DEVICE, 31)}


def test_a_story_of_stolen_laptops_is_no_tally(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Burglary at station\n\nThree laptops were stolen from a Gwent Police office in "
        "Newport in 2021, the force said."
    )
    assert rows(text, nlp) == set()


def test_kit_nobody_lost_is_no_zero_row(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Devices lost\n\nFigures obtained under FOI show Dorset Police lost 88 mobile phones "
        "in 2020. No tablets were lost or stolen that year."
    )
    assert rows(text, nlp) == {("Dorset Police", "2020", DEVICE, 88)}


def test_kit_listed_after_including_is_part_of_the_figure_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Devices lost\n\nFigures obtained under FOI show Durham Constabulary lost 64 devices "
        "in 2018, including 12 laptops and 40 radios."
    )
    assert rows(text, nlp) == {("Durham Constabulary", "2018", DEVICE, 64)}


def test_a_total_beside_its_parts_is_the_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Devices lost\n\nThe figures show Cheshire Constabulary lost 7 laptops, 40 radios and "
        "103 phones between 2016 and 2019, a total of 150."
    )
    assert rows(text, nlp) == {("Cheshire Constabulary", "2016-2019", DEVICE, 150)}


def test_a_breakdown_item_of_kit_keeps_its_place_in_the_breakdown(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Breach figures\n\nFigures obtained by the paper show Essex Police logged 90 data "
        "breaches in 2022. Of these, 51 were emails sent to the wrong person and 14 lost or "
        "stolen phones."
    )
    found = rows(text, nlp)
    assert ("Essex Police", "2022", None, 90) in found
    assert ("Essex Police", "2022", DEVICE, 14) in found


def test_broke_data_protection_laws_so_many_times(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Data laws broken\n\nFigures show Durham Constabulary officers and staff broke data "
        "protection laws 44 times between 2009 and 2013."
    )
    assert rows(text, nlp) == {("Durham Constabulary", "2009-2013", None, 44)}


def test_occasions_on_which_staff_broke_the_rules(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures\n\nThe figures show 19 occasions on which Bedfordshire Police staff broke data "
        "protection rules between 2014 and 2016."
    )
    assert rows(text, nlp) == {("Bedfordshire Police", "2014-2016", None, 19)}


def test_an_officer_looking_up_records_many_times_is_no_tally(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officer sacked\n\nA Kent Police constable looked up his neighbour's records 30 times "
        "in 2019, a hearing was told."
    )
    assert rows(text, nlp) == set()


def test_one_officer_breaking_the_rules_many_times_is_no_tally(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officer sacked\n\nFigures show PC Dale Hurst of Kent Police broke data protection "
        "laws 30 times between 2016 and 2018, and an officer at Essex Police broke data "
        "protection rules 12 times in 2019."
    )
    assert rows(text, nlp) == set()
