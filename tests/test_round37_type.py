"""Round 37, breach types (extract/rules/types.py, extract/data/breach_types.toml):

- papers sent and never got there are lost: "went astray", "was never delivered", "lost in
  transit", and an envelope or a parcel is paper carried;
- the wrong file attached to an email is a misdirected email;
- a share of a tally ("recorded 312 breaches, most of them emails sent to the wrong person",
  "the most common cause was ...") tells the kinds a total holds, not an incident's kind
  (`_tally_share`); "the most serious of them" singles one out and is no share.

Every sentence here was written for these tests; none is quoted from an article.
"""

from __future__ import annotations

import pytest

from tests.incident_probe import field_values
from tests.type_probe import best_type_of

ICO = " The Information Commissioner's Office reprimanded the force over the data breach."

TRANSIT = [
    ("An envelope of custody records posted by Cleveland Police in 2021 was never delivered.",
     "loss_or_theft_of_paperwork"),
    ("Case papers sent by Lincolnshire Police between two stations in 2023 went astray.",
     "loss_or_theft_of_paperwork"),
    ("A parcel of witness statements sent by Dorset Police to a barrister was lost in transit "
     "in 2019.", "loss_or_theft_of_paperwork"),
    # control: a wrong address is a misdirection
    ("Durham Constabulary posted a witness statement to the wrong address in 2022.",
     "posted_to_incorrect_recipient"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "code"), TRANSIT)
def test_papers_that_never_arrived_are_lost(nlp, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == code


ATTACHED = [
    "A Humberside Police employee attached the wrong spreadsheet to an email to a council in "
    "2022, sending details of 1,000 crime victims.",
    "Gloucestershire Constabulary sent a reply in 2021 in which the wrong document was "
    "attached, holding another family's details.",
]


@pytest.mark.parametrize("text", ATTACHED)
def test_a_wrong_attachment_is_a_misdirected_email(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert best_type_of(nlp, text) == "emailed_to_incorrect_recipient"


SHARES = [
    ("Figures show Dorset Police recorded 312 data breaches between 2019 and 2023, most of them "
     "emails sent to the wrong person. The most serious came in 2021, when a laptop holding "
     "witness statements was stolen from a patrol car.", "loss_or_theft_of_device"),
    ("Wiltshire Police logged 48 breaches in 2023, mainly misdirected emails. In one case that "
     "year a notebook with witness details was left on a bus and never recovered.",
     "loss_or_theft_of_paperwork"),
    # control: the most serious case singled out is the incident
    ("Sussex Police logged 95 breaches in 2022. The most serious was a letter sent to the wrong "
     "address.", "posted_to_incorrect_recipient"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "code"), SHARES)
def test_a_share_of_a_tally_does_not_type_the_incident(nlp, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text + ICO, "breach_type") == {code}


OTHER_BODIES = [
    ("Force reprimanded over lost papers\n\nCumbria Constabulary has been reprimanded by the "
     "Information Commissioner's Office after an officer left a folder of witness statements "
     "on a train in 2021.\n\nThe decision comes weeks after a hospital trust was fined when "
     "hackers stole patient records.", {"loss_or_theft_of_paperwork"}),
    ("Detective sacked over record checks\n\nA Dorset Police detective has been dismissed for "
     "looking up police records about his friends with no policing purpose in 2022. The force "
     "referred itself to the ICO.\n\nIn a separate case, a district council was reprimanded "
     "for putting tenants' personal data on its website by mistake.", {"unauthorised_access"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "codes"), OTHER_BODIES)
def test_another_bodys_breach_is_no_case_of_the_force(nlp, text: str, codes: set) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_type") == codes
