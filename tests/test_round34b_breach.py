"""Round 34b, branch r34b-breach: breaches told that yielded no incident at all.

Mechanisms proved here: on a page telling of the force's people disciplined (a discipline
word befalling its staff, or a misconduct hearing or panel), a member of staff handing on
what the police hold -- pictures, footage, photographs -- is a breach whoever's data it is,
unless it is the sharer's own ('a video of himself'); images that are an offence in
themselves ('indecent images', 'private sexual photographs') are no people's data the police
hold. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract
from tests.incident_probe import incident_rows


def _run(nlp, text: str):  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp)


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "Constable sacked over scene photos\n\nA Cumbria Constabulary constable has been "
            "dismissed after he shared pictures of a murder scene in a group chat with his "
            "football team. A misconduct panel found gross misconduct proven.",
            "Cumbria Constabulary",
        ),
        (
            "Officer posted prisoner picture\n\nA Durham Constabulary officer uploaded a "
            "photograph of a man in a cell to Snapchat with a joke about him. He has been "
            "dismissed for gross misconduct.",
            "Durham Constabulary",
        ),
        (
            "Worker sent accident pictures to friends\n\nA member of staff at Dorset Police "
            "sent pictures of a fatal motorway crash to friends, a misconduct hearing was "
            "told. She would have been sacked had she not resigned.",
            "Dorset Police",
        ),
    ],
)
def test_disciplined_staff_handing_on_pictures_is_a_breach(nlp, text, force) -> None:  # type: ignore[no-untyped-def]
    ex = _run(nlp, text)
    assert ex.relevant
    assert [i.force for i in ex.incidents] == [force]


@pytest.mark.parametrize(
    "text",
    [
        "Officer convicted over images\n\nA Kent Police sergeant has been jailed after "
        "sending indecent images of children to other men in an online chat. He was "
        "dismissed from the force.",
        "Constable shared private photos\n\nA Gwent Police constable has been found guilty "
        "of sharing private sexual photographs of a former partner without consent. He was "
        "sacked at a misconduct hearing.",
        "Officer's dance video goes viral\n\nA Suffolk Constabulary officer shared a video of "
        "himself dancing in uniform on social media. He was given a written warning at a "
        "misconduct meeting.",
        "Appeal photo released\n\nNorfolk Constabulary has shared a picture of a man it wants "
        "to speak to after a burglary in Norwich, on its Facebook page.",
    ],
)
def test_sharing_that_is_no_police_data_breach_is_not_relevant(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not _run(nlp, text).relevant


def test_a_document_put_online_holding_witnesses_names_is_a_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _run(
        nlp,
        "Witness names online\n\nSuffolk Constabulary published a report on its website "
        "which included the names of three witnesses in an arson case. The force said it "
        "was removed the next day.",
    )
    assert ex.relevant
    assert [i.force for i in ex.incidents] == ["Suffolk Constabulary"]


@pytest.mark.parametrize(
    "text",
    [
        "Burglary figures down\n\nSurrey Police published a report on its website that "
        "showed the number of burglary victims in Woking had fallen by a fifth.",
        "Watchdog criticises force\n\nThe inspectorate published a report on its website "
        "which named the officers in charge of the failed inquiry at Kent Police.",
    ],
)
def test_a_published_report_with_no_protected_persons_details_is_no_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not _run(nlp, text).relevant


def test_a_case_dated_in_may_opens_like_any_other_month(nlp) -> None:  # type: ignore[no-untyped-def]
    # The month is no modal 'may': the case opens as it does in June.
    figures = "Figures show Kent Police recorded 40 data breaches in 2023.\n\n"
    case = (
        "Among them was an incident in {} 2023 in which a laptop holding witness statements "
        "was stolen from an officer's car."
    )
    expected = {("Kent Police", "loss_or_theft_of_device", 2023)}
    fields = ("force", "breach_type", "breach_year")
    for month in ("June", "May"):
        assert incident_rows(nlp, figures + case.format(month), *fields) == expected


def test_what_may_happen_opens_no_case(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures show Kent Police recorded 40 data breaches in 2023.\n\nThe force said an "
        "incident may occur in which a laptop is stolen from an officer's car."
    )
    assert incident_rows(nlp, text, "force", "breach_type") == set()
