"""Round 45 (relevance): who breached whose data.

A page is relevant when a police body is the breacher or the keeper of the data, and not
when the police only investigate, comment or stand beside another body's loss. Four
mechanisms, each tested at its edge with a case that must fire and a near miss:

- another body's breach in the lead (`relevance.another_body_at_fault`) now also reads the
  lost thing named as the body's in attributive form ('a stolen Home Office laptop', no
  force or police staff subject before it) and a breach 'by' a body after what was lost
  ('the loss of 25 million records by HMRC'; 'at' keeps the old reach); and it no longer
  reads 'the organisation' as another body when a force is the last body named before it;
- a force named as one of the investigators ('being investigated by the Metropolitan
  Police, an internal inquiry and the ICO') is no force sanctioned after the lead, but a
  force at fault under investigation still is;
- the agent of a passive who is one of the force's people ('sent by an officer from
  Gloucestershire Police who was investigating ...') makes the force the doer, not a
  bystander; 'by' must open the agent phrase.

Every sentence here was written for these tests, after real reporting (not eval pages)."""

from __future__ import annotations

import pytest

from extract import nlp
from extract.models import Document


def _run(text: str):
    return nlp.extract(Document(text=text))


RELEVANT = [
    # the force's own officer as the agent of a passive, then a clause of what they did
    (
        "Force fined over group email\n\nA police force has been fined £60,000 after an officer"
        " sent one email exposing the addresses of abuse survivors.\n\nThe message went to 40"
        " people by an officer from Wiltshire Police who was investigating historic"
        " allegations, and every recipient could see the others' details.\n\nThe Information"
        " Commissioner's Office found that the force had broken data protection law.",
        "Wiltshire Police",
    ),
    (
        "Victims' details shared in error\n\nThe statements were emailed to a suspect by a"
        " member of staff at Dyfed-Powys Police who was preparing a court file.\n\nThe force"
        " has apologised and told the ICO about the breach.",
        "Dyfed-Powys Police",
    ),
    # "the organisation" after the force is named: the force, not another body
    (
        "Force admits data blunders\n\nCumbria Constabulary has admitted a third breach this"
        " year.\n\nThe organisation lost a USB drive listing its informants by name.",
        "Cumbria Constabulary",
    ),
    (
        "Force rocked by run of data losses\n\nThe PSNI has been hit by another serious data"
        " breach.\n\nA string of earlier losses has already embarrassed the organisation and"
        " angered its officers.\n\nIn May the PSNI lost a folder of officers' names on a"
        " train.",
        "Police Service of Northern Ireland",
    ),
    # the force at fault under investigation after another body's sanctioned breach: the
    # force is investigated, not an investigator
    (
        "Council fined over tenants leak\n\nThe ICO has fined a council £50,000 after it leaked"
        " the addresses of 300 tenants.\n\nThe council apologised.\n\nSeparately, the"
        " Information Commissioner's Office has opened an investigation after Kent Police"
        " emailed a victim's statement to a suspect.",
        "Kent Police",
    ),
    (
        "Council fined over tenants leak\n\nThe ICO has fined a council £50,000 after it leaked"
        " the addresses of 300 tenants.\n\nThe council apologised.\n\nKent Police, which"
        " emailed a victim's statement to a suspect in a separate case, faces an ICO"
        " investigation.",
        "Kent Police",
    ),
    # the force's officer lost another body's device: the loser is the force's, not the body
    (
        "Officer loses council laptop\n\nA Kent Police officer lost a council laptop holding the"
        " names of 40 vulnerable children while working in a joint safeguarding team.\n\nKent"
        " Police said it had told the ICO.",
        "Kent Police",
    ),
    # 'at' a body after a long 'of' phrase: where the children are, not whose loss
    (
        "Folder left on bus\n\nDurham Constabulary reported the loss of a folder of documents"
        " about children at a council care home.\n\nAn officer left the folder on a bus, the"
        " force said.",
        "Durham Constabulary",
    ),
]


NOT_RELEVANT = [
    # the lost thing named as another body's; the force only investigates
    (
        "Officers examine stolen Home Office laptop\n\nDetectives are looking at how a stolen"
        " Home Office laptop came to be sold at a market stall.\n\nA Greater Manchester Police"
        " spokesman said inquiries were continuing."
    ),
    (
        "Officers examine stolen hospital laptop\n\nDetectives are looking at how a stolen NHS"
        " laptop came to be sold at a car boot sale.\n\nA Kent Police spokesman said inquiries"
        " were continuing."
    ),
    # the breach 'by' a body after what was lost; the force among the investigators
    (
        "Watchdog joins inquiry into lost discs\n\nThe complaints commission is to investigate"
        " the loss of 25 million child benefit records by Revenue and Customs (HMRC).\n\nThe"
        " loss is now being investigated by: the Metropolitan Police, an internal inquiry and"
        " an investigation by the Information Commissioner's Office.\n\nThe discs have never"
        " been found."
    ),
    # the force handed the data to another body, which leaked it: 'the organisation' is that
    # body, named after the force
    (
        "Support service leaks victims list\n\nKent Police shared the details of 200 victims with"
        " Safe Haven, a support service.\n\nThe organisation then leaked the list online by"
        " mistake.\n\nSafe Haven apologised."
    ),
]


@pytest.mark.parametrize(("text", "force"), RELEVANT)
def test_police_body_breacher_is_relevant(text: str, force: str) -> None:
    ex = _run(text)
    assert ex.relevant, ex.relevance_reason
    assert force in {i.force for i in ex.incidents}


@pytest.mark.parametrize("text", NOT_RELEVANT)
def test_police_only_investigating_is_not_relevant(text: str) -> None:
    ex = _run(text)
    assert not ex.relevant, ex.relevance_reason


def test_near_miss_force_laptop_stolen_stays_relevant() -> None:
    """The force's own laptop ('a stolen Kent Police laptop'): no other body named before the
    thing, so the force's loss stands."""
    ex = _run(
        "Stolen police laptop held victims' details\n\nA stolen Kent Police laptop held the"
        " names of 300 victims of crime.\n\nThe force said the laptop was taken from an"
        " officer's car and has told the Information Commissioner's Office."
    )
    assert ex.relevant, ex.relevance_reason


def test_near_miss_council_named_outside_force_sentence() -> None:
    """A council's own breach in the lead, with no force at fault in that sentence, still
    makes the page another body's."""
    ex = _run(
        "Council reprimanded after leaking tenants' details\n\nA council has been reprimanded"
        " after it emailed tenants' details to the wrong people.\n\nKent Police said it had"
        " been told about the email."
    )
    assert not ex.relevant, ex.relevance_reason


def test_near_miss_officer_as_recipient() -> None:
    """'sent to an officer from Kent Police': the staff word after 'to', not 'by' -- the
    force received, it did not send."""
    ex = _run(
        "Hospital fined over email\n\nAn NHS trust has been fined after patient records were"
        " sent to an officer from Kent Police by mistake.\n\nThe trust apologised."
    )
    assert not ex.relevant, ex.relevance_reason


def test_agent_phrase_must_open_with_by(nlp) -> None:  # type: ignore[no-untyped-def]
    """'sent by mistake to an officer at Essex Police': 'by' opens no agent phrase (a 'to'
    and a noun stand between it and the staff word) -- the force received, it did not send."""
    from extract.sentences import _done_by_own_staff, split_sentences

    doc = nlp("Patient records were sent by mistake to an officer at Essex Police.")
    sent = split_sentences(doc)[0]
    (force,) = [m for m in sent.forces if m.label_ == "Essex Police"]
    assert not _done_by_own_staff(sent, force)
    doc = nlp("Patient records were sent to a suspect by an officer at Essex Police.")
    sent = split_sentences(doc)[0]
    (force,) = [m for m in sent.forces if m.label_ == "Essex Police"]
    assert _done_by_own_staff(sent, force)
