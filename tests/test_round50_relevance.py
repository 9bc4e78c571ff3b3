"""Round 50 (relevance): another body named beside the force's own breach is not at fault.

`relevance.another_body_at_fault` drops a page whose lead tells of another body's breach
(an organisation right before a breach word). Three readings now keep a force's own breach:

- the other body comes after the force's own breach, inside a phrase of where the data came
  from or whom it was about ('Kent Police data breach put names of pupils from schools
  online': `_data_subject_after`);
- the breach act has the police as its by-agent ('a housing association's tenant list was
  passed to a landlord by an officer of Kent Police': `_police_agent_after`), so the body
  before it is the data's source, not the doer;
- after a headline that puts a force at fault and names no other body, the force's police
  and crime commissioner only apologising over a breach told with no doer ('the county's
  police and crime commissioner apologised after victims' details appeared online':
  `_apologised_over`) is not at fault.

Near misses keep the other body at fault: a comma between the force's breach and the body,
the body right after the breach word ('data leak from council computer'), a police breach
only claimed ('claims of a police data leak ... rejected'), a by-agent that is no police, a
former police officer or another body's people ('by a CQC inspector', 'by an officer from
the council's housing team', 'by one of its officers', 'by the police watchdog'), 'by'
opening a means ('shared with police by mistake'), 'by' after another verb ('were found by police',
'referred by Sussex Police'), a commissioner sanctioned rather than apologising, and a body
other than the force's commissioner apologising. Every sentence was written for these
tests."""

from __future__ import annotations

import pytest

from extract import nlp
from extract.models import Document


def _run(text: str):  # type: ignore[no-untyped-def]
    return nlp.extract(Document(text=text))


RELEVANT = [
    # the other body after the force's own breach, in a phrase of the data's source
    (
        "Norfolk Constabulary data breach put names of pupils from schools online\n\n"
        "The force placed a spreadsheet on its website that named children who had been "
        "victims of crime.\n\nNorfolk Constabulary said the document had been removed and it "
        "was contacting the families affected.\n",
        "Norfolk Constabulary",
    ),
    # the police the by-agent of the act, after the recipient
    (
        "Council tenant records leaked by police officer\n\nA list of tenants from a housing "
        "association was passed to a landlord by an officer of Lancashire Constabulary in "
        "2022.\n\nThe officer has been sacked.\n",
        "Lancashire Constabulary",
    ),
    # ... and with the cue running on past its verb ("emailed by ... to a stranger")
    (
        "Charity's client names emailed by police\n\nNames of women a refuge charity had "
        "helped were emailed by a Sussex Police officer to a stranger.\n\nSussex Police "
        "apologised and informed the ICO.\n",
        "Sussex Police",
    ),
    # the force's commissioner only apologises, after a headline putting the force at fault
    (
        "Suffolk Constabulary apology over officers' data on website\n\nSuffolk's police and "
        "crime commissioner apologised after home addresses of serving officers appeared "
        "online.\n\nThe list could be seen on the force website for a week, a spokesman "
        "said.\n",
        "Suffolk Constabulary",
    ),
    # a police rank heading the by-agent's group
    (
        "Carers' list sold to gang\n\nA list of foster carers kept by a county council was "
        "sold to a gang by a serving police sergeant, a court heard.\n\nDorset Police said it "
        "was deeply sorry and had referred itself to the ICO in 2023.\n",
        "Dorset Police",
    ),
    # a former officer of a named force: the force's when it was done
    (
        "Foster carers' list sold to gang\n\nA list of foster carers kept by a county council "
        "was sold to a gang by a former Cheshire Constabulary officer, a court heard.\n\nHe "
        "had copied the list while serving in 2020.\n",
        "Cheshire Constabulary",
    ),
]

NOT_RELEVANT = [
    # a comma ends the force's phrase: the council is a body of its own, at fault
    "Hampshire Constabulary data breach claim, council reprimanded\n\nA council has been "
    "reprimanded after it sent tenants' details to a stranger by post.\n\nHampshire "
    "Constabulary said none of its officers was involved and it holds no such records.\n",
    # the by-agent is no police: staff of the bank, and the police only speak
    "Bank fined over leak\n\nA bank has been fined after customer data was leaked by staff, "
    "according to detectives from the Metropolitan Police.\n\nThe bank said it had improved "
    "its systems.\n",
    # 'by' opens a means, not an agent
    "Council shared school data with police\n\nA council shared pupils' records with police "
    "by mistake, the ICO found.\n\nThe council was reprimanded and Gwent Police deleted the "
    "files.\n",
    # 'by' belongs to another verb: the police found what the council lost
    "Council files found by police\n\nFiles a council lost in 2021 were found by police in a "
    "skip.\n\nThe council has apologised to residents and was reprimanded by the ICO. Kent "
    "Police returned the files.\n",
    # the commissioner sanctioned, not only apologising: its own breach
    "Norfolk Constabulary apology over crime victims' data on website\n\nNorfolk's police "
    "and crime commissioner was reprimanded after personal details of crime victims appeared "
    "online.\n\nThe commissioner's office had put the names on its own website, a "
    "spokesman said.\n",
    # the by-agent a former officer, working for the council: no longer the force's
    "Council records leaked by former police officer\n\nA list of council tenants was leaked "
    "by a former police officer who now works for the council's housing team.\n\nThe "
    "council has been reprimanded by the ICO. Durham Constabulary said the man left the "
    "force in 2015.\n",
    # the body right after the breach word: where the leak was, not the data's subject
    "Lancashire Police data leak from council computer\n\nA council worker leaked a list of "
    "victims that the police had shared with the council.\n\nThe council was reprimanded "
    "by the ICO.\n",
    # the by-agent another body's inspector: a noun of that body before the police-ish word
    "Care home residents' records leaked by inspector\n\nRecords about residents at three "
    "care homes in Devon were leaked online by a CQC inspector, the care watchdog has said. "
    "Devon and Cornwall Police confirmed a man aged 60 had been interviewed under caution. "
    "The watchdog said it had reported itself to the Information Commissioner's Office.\n",
    # a police breach only claimed, and the claim rejected: no data's subject to clear
    "Police data leak claims about school pupils rejected\n\nClaims of a police data leak "
    "involving details of school pupils were rejected by Kent Police on Tuesday. The force "
    "said the names had been posted by a primary school itself on its own website. The "
    "school has removed the page.\n",
    # a council, no police overseer, apologises; and 'by Sussex Police' is another verb's
    # agent ('referred by'), not the act's
    "Sussex Police abuse victims' records exposed\n\nBrighton Council apologised after "
    "details of abuse victims referred by Sussex Police appeared online. The list sat in a "
    "housing paper that one of its staff had wrongly uploaded to the council's website. The "
    "council has reported itself to the Information Commissioner's Office.\n",
    # "police" only modifies another body's name: the police watchdog is no force
    "Complainants' addresses posted online\n\nAddresses of tenants who had complained about "
    "Bradford Council were posted online by the police watchdog. The Independent Office for "
    "Police Conduct has referred itself to the ICO over its report on a West Yorkshire Police "
    "inquiry.\n",
    # "police and crime panel": another body's name, not the police
    "Survivors list leaked\n\nA list of survivors helped by a Surrey charity was leaked by "
    "the police and crime panel, which oversees the commissioner. Surrey Police said it had "
    "played no part. The panel has reported itself to the ICO.\n",
    # a bare "officer" is any body's: the council's housing officer, "one of its officers"
    "Tenant list handed to landlord\n\nA list of tenants kept by Wirral Council was handed "
    "to a private landlord by an officer from the council's housing team. Merseyside "
    "Police said it had been told. The council was reprimanded by the ICO.\n",
    "Carers' list sold to gang\n\nA list of foster carers kept by Wirral Council was sold "
    "to a gang by one of its officers, a court heard. Merseyside Police said the man had "
    "been charged. The council was reprimanded by the ICO.\n",
]


@pytest.mark.parametrize(("text", "force"), RELEVANT)
def test_force_breach_beside_another_body(text: str, force: str) -> None:
    ex = _run(text)
    assert ex.relevant, ex.relevance_reason
    assert force in {i.force for i in ex.incidents}


@pytest.mark.parametrize("text", NOT_RELEVANT)
def test_another_bodys_breach_kept(text: str) -> None:
    ex = _run(text)
    assert not ex.relevant, ex.relevance_reason
