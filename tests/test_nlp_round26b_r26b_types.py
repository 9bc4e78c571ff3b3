"""Round 26b, breach type: a break-in into a computer rather than a building, a device word
that only qualifies a computer system, papers left where anyone could reach them, and
pictures released with faces not blurred. Paraphrases written for these tests, not taken
from any article."""

from __future__ import annotations

import pytest
from type_probe import first_incident_type

_CLOSE = " The force has apologised for the data breach."


def breach_type(nlp, text: str) -> str | None:
    return first_incident_type(nlp, text + _CLOSE)


@pytest.mark.parametrize(
    "text",
    [
        "Norfolk Police said staff records were taken by a gang that broke into its network.",
        "A teenager broke into a Dyfed-Powys Police database and copied the names of informants.",
        "Thieves got into the email account of a Suffolk Police inspector and read his messages.",
    ],
)
def test_break_into_a_computer_is_an_attack(nlp, text: str) -> None:
    assert breach_type(nlp, text) == "cyber_attack"
    # a building or a car broken into stays a theft
    assert (
        breach_type(nlp, "Burglars broke into a Norfolk Police van and stole a laptop.")
        == "loss_or_theft_of_device"
    )


def test_computer_qualifying_a_system_is_no_device(nlp) -> None:
    text = (
        "Intruders broke into the computer system of Cleveland Police and stole the home "
        "addresses of 300 officers."
    )
    assert breach_type(nlp, text) == "cyber_attack"
    assert (
        breach_type(nlp, "A computer holding witness statements was stolen from Cleveland Police.")
        == "loss_or_theft_of_device"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Wiltshire Police kept bags of paperwork in an unlocked cupboard in a public corridor.",
        "A sergeant at Wiltshire Police left bundles of case files in an unsecured room.",
    ],
)
def test_papers_left_where_anyone_could_reach_them(nlp, text: str) -> None:
    assert breach_type(nlp, text) == "loss_or_theft_of_paperwork"
    assert breach_type(nlp, "Wiltshire Police kept bags of paperwork in a locked cupboard.") is None


def test_papers_left_in_an_empty_building(nlp) -> None:
    text = "Wiltshire Police left boxes of witness statements in an empty office block."
    assert breach_type(nlp, text) == "insecure_disposal"
    assert breach_type(nlp, "Wiltshire Police left boxes of witness statements at HQ.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Avon and Somerset Police shared a video of the arrest without blurring the faces of "
        "two children.",
        "Avon and Somerset Police put out a clip in which the faces of two boys had not been "
        "pixelated.",
        "Avon and Somerset Police posted unblurred footage of a woman being detained.",
    ],
)
def test_faces_not_blurred_are_a_redaction_failure(nlp, text: str) -> None:
    assert breach_type(nlp, text) == "failure_to_redact"
    assert (
        breach_type(nlp, "Avon and Somerset Police shared a video of a man whose face was blurred.")
        != "failure_to_redact"
    )


def test_a_cyber_incident_is_an_attack(nlp) -> None:
    text = "A company that runs Gwent Police's payroll suffered a cyber incident last month."
    assert breach_type(nlp, text) == "cyber_attack"
    assert breach_type(nlp, "Gwent Police dealt with a serious incident last month.") is None


def test_wrong_details_on_a_file_are_inaccurate(nlp) -> None:
    text = "Gwent Police held incorrect information about a man on its intelligence database."
    assert breach_type(nlp, text) == "inaccurate_data"
    assert (
        breach_type(nlp, "Gwent Police gave incorrect information to callers about bin days.")
        != "inaccurate_data"
    )


def test_kept_data_of_those_never_charged_with_a_long_owner(nlp) -> None:
    text = "Gwent Police kept the personal data of several thousand people who were never charged."
    assert breach_type(nlp, text) == "other"
    assert (
        breach_type(nlp, "Gwent Police kept the road closed for hours and nobody was charged.")
        != "other"
    )


def test_email_past_a_relative_clause_shows_addresses(nlp) -> None:
    text = (
        "An email sent by Dorset Police to more than 50 people who had complained about "
        "officers exposed the email addresses of everyone on the list."
    )
    assert breach_type(nlp, text) == "failure_to_use_bcc"
    # no message shows them: the attackers did
    assert (
        breach_type(
            nlp, "Criminals who attacked Dorset Police exposed the email addresses of staff."
        )
        != "failure_to_use_bcc"
    )


def test_access_gained_to_a_network_is_an_attack(nlp) -> None:
    text = "Somebody gained access to its network and copied payroll files, Dorset Police said."
    assert breach_type(nlp, text) == "cyber_attack"
    assert (
        breach_type(nlp, "A Dorset Police officer gained access to the server room without a pass.")
        != "cyber_attack"
    )
