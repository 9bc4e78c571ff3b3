"""Round 24, branch r24-roundup: incidents told on pages of figures. A roundup gives another
force's figures and, in sentences apart from them, one of its cases ("Dyfed-Powys Police
recorded 110. In one case at Dyfed-Powys Police, a detective emailed ..."): the case is that
force's incident, read from the sentences stating no figures. A thing lost is still what was
lost when words tell what it held ("a laptop holding witness statements was stolen"). A case
introduced by "one" standing for the incident noun ("They included one where a detective left
case files on a train") is a case of its own. Every sentence here was written for these tests."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract

_DATED = "Tuesday, 5 March 2024\n\n"


def incidents(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=_DATED + text), nlp)
    return {(i.force, i.breach_type, i.breach_year) for i in ex.incidents}


_WALES = (
    "Police forces across Wales recorded more than 700 data breaches between 2019 and 2023.\n\n"
    "South Wales Police recorded the most, with 320. Gwent Police recorded 190 and "
    "Dyfed-Powys Police 110.\n\n"
)


def test_another_forces_case_told_apart_from_its_figures(nlp):
    for tail in (
        "In one case at Dyfed-Powys Police, a detective emailed a victim's statement to the "
        "suspect.",
        "At Dyfed-Powys Police, one officer was given a written warning after he emailed a "
        "victim's statement to the suspect.",
    ):
        found = incidents(
            nlp,
            _WALES + "At Gwent Police, a civilian worker shared a victim's address with her "
            "partner. " + tail,
        )
        assert ("Dyfed-Powys Police", "emailed_to_incorrect_recipient", None) in found


def test_another_forces_words_of_no_case_give_no_incident(nlp):
    for tail in (
        "A spokesperson for Dyfed-Powys Police said it had zero tolerance of misuse of "
        "its systems.",
        "Dyfed-Powys Police said every breach was investigated and lessons were learned.",
    ):
        found = incidents(nlp, _WALES + tail)
        assert not any(f == "Dyfed-Powys Police" for f, _, _ in found)


_DEVON = (
    "Data breaches at Devon and Cornwall Police have doubled in three years, figures show.\n\n"
    "The force recorded 310 breaches in 2023, up from 150 in 2020, according to data "
    "obtained under the Freedom of Information Act.\n\n"
)


def test_one_standing_for_the_case_opens_a_case(nlp):
    for tail, year in (
        ("They included one where a detective left a bag of case files on a train in 2022.", 2022),
        (
            "Among last year's incidents was one in which an officer left a folder of witness "
            "statements on a bus.",
            2023,
        ),
    ):
        found = incidents(nlp, _DEVON + tail)
        assert ("Devon and Cornwall Police", "loss_or_theft_of_paperwork", year) in found


def test_one_that_is_no_case_opens_none(nlp):
    for tail in (
        "The force said each one was looked at by its data protection team in 2023.",
        "Every one was reviewed, the force said, and staff were reminded of the rules.",
    ):
        assert incidents(nlp, _DEVON + tail) == set()


def test_a_thing_lost_with_what_it_held_is_one_case(nlp):
    found = incidents(
        nlp,
        _WALES + "At Dyfed-Powys Police, a laptop holding witness statements was stolen from "
        "a car in 2022.",
    )
    assert ("Dyfed-Powys Police", "loss_or_theft_of_device", 2022) in found


def test_a_thing_held_but_not_lost_is_no_case(nlp):
    found = incidents(
        nlp,
        _DEVON + "Every detective now has a laptop holding encrypted files, which "
        "will be locked away if it is stolen.",
    )
    assert found == set()


_STAFFS = "Staffordshire Police recorded 230 data breaches last year, figures show.\n\n"


def test_a_sanctioned_breach_told_in_passing_on_a_page_of_figures(nlp):
    for tail in (
        "Separately, West Mercia Police was reprimanded by the ICO in 2022 after a detective "
        "emailed a victim's statement to the suspect.",
        "West Mercia Police was previously reprimanded by the Information Commissioner after "
        "an officer emailed a witness statement to the suspect.",
    ):
        found = incidents(nlp, _STAFFS + tail)
        assert ("West Mercia Police", "emailed_to_incorrect_recipient", None) in found


def test_a_sanction_in_passing_telling_no_breach_is_no_incident(nlp):
    # a guard: no breach told, no incident read off the passing sanction's page of figures
    found = incidents(nlp, _STAFFS + "Separately, West Mercia Police was reprimanded in 2022.")
    assert not any(f == "West Mercia Police" for f, _, _ in found)


_NORTH_WEST = (
    "Forces across the North West recorded more than 2,000 data breaches in 2023, figures "
    "show.\n\nMerseyside Police recorded 640, Lancashire Constabulary 510 and Cumbria "
    "Constabulary 200.\n\n"
)


def test_a_roundup_list_of_cases_gives_each_force_its_own(nlp):
    found = incidents(
        nlp,
        _NORTH_WEST + "At Merseyside Police, a call handler looked up her neighbour's record; "
        "at Lancashire Constabulary, a detective emailed a witness statement to the suspect; "
        "and at Cumbria Constabulary, a bag of case files was left on a train.",
    )
    assert {(f, t) for f, t, _ in found} == {
        ("Merseyside Police", "unauthorised_access"),
        ("Lancashire Constabulary", "emailed_to_incorrect_recipient"),
        ("Cumbria Constabulary", "loss_or_theft_of_paperwork"),
    }


def test_any_call_handler_or_a_box_kept_is_no_case(nlp):
    for tail in (
        "Whenever a call handler looks up a record, an audit flags it, Merseyside Police said.",
        "Merseyside Police said a box of case files is kept in a locked room at each station.",
    ):
        found = incidents(nlp, _NORTH_WEST + tail)
        assert not any(f == "Merseyside Police" for f, _, _ in found)
