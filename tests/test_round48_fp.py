"""Round 48 (fp): two kinds of distractor judged a police data breach.

- The police only on the case of another body's breach: a force tied to the breach only in
  sentences where it investigates, arrests or searches, or where the hacked body "is working
  with" it, on a page that says whose the data were (a firm's customers, a health board's
  patients, a council's own servers): no police breach
  (`relevance.investigates_anothers_breach`, `police_partner` in cues.toml [relevance],
  `attribution.tells_bodys_holding`). A force's own data leaked, its officers' names taken
  from its supplier, or an attack on it, stays its breach whoever investigates.
- Officers sent to the wrong address: people went there, no letter did ("officers were sent
  to the wrong house", "Officer Sent to the Wrong Address", "Police sent to wrong address 40
  times", "a 'wrong address' raid", "were given the wrong address"; `given_verbs`,
  `visit_nouns` in breach_types.toml). A letter or a file sent there is still a
  misdirection.
- Review 1 mends: the force's own people arrested or investigated, "the force said it was
  working with the ICO", and a deed of its own people ("left on a train by a detective")
  keep the breach its own; only the passive ("had been sent") or a headline's opening sends
  people, so "the statement, which officers sent to the wrong flat" stays misdirected.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract import nlp
from extract.components.breach_types import CUES_KEY
from extract.models import Document


def _run(text: str):
    return nlp.extract(Document(text=text))


# --- the police only on another body's case --------------------------------------------------

OTHERS_CASE = [
    # arrest and search over a firm's hack, the firm's customers' data
    "Boy arrested over broadband firm hack\n\n"
    "Police arrested a 16-year-old boy in Wales on Monday over a cyber attack on a broadband"
    " firm that may have led to the theft of data from its three million customers.\n\n"
    '"A 16-year-old boy was arrested on suspicion of Computer Misuse Act offences," the'
    " Metropolitan Police said in a statement.\n\n"
    "The police said they were searching an address in Cardiff in connection with the arrest.",
    # a council working with the force's cyber crime team over its own servers
    "Council admits data stolen in cyber attack\n\n"
    "A borough council has admitted that some data on its IT systems was stolen in a cyber"
    " attack last month.\n\n"
    '"We continue to work with the cyber crime team at Essex Police as part of this criminal'
    ' investigation," a director said.',
    # a health board's patients, the board working with the force
    "Patient data stolen from health board published online\n\n"
    "Hackers who attacked a health board have published patient and staff data on the dark"
    " web.\n\nThe health board is working with Police Scotland and the National Cyber Security"
    " Centre.",
    # the force making an arrest over a telecoms firm's hack
    "Arrest made after telecoms hack\n\n"
    "Just days after a telecoms firm said it had been the victim of a hack on its computer"
    " systems, the Metropolitan Police said it had made an arrest.\n\n"
    "The firm said the hack may have affected all of its customers, whose names and bank"
    " details may have been taken.",
]


@pytest.mark.parametrize("text", OTHERS_CASE)
def test_the_police_on_another_bodys_case_is_no_police_breach(text: str) -> None:
    ex = _run(text)
    assert not ex.relevant, ex.relevance_reason


OWN_CASE = [
    # its own list leaked, detectives investigating and arresting
    "Man arrested after police officers' details leaked\n\n"
    "A man has been arrested after the names of 2,000 Durham Constabulary officers were leaked"
    " online.\n\nThe force said a spreadsheet listing its officers had been published on its"
    " website in error, and detectives are investigating.",
    # its own laptop stolen, police investigating
    "Laptop with witness details stolen from police car\n\n"
    "Police are investigating after a laptop holding the names and addresses of witnesses was"
    " stolen from a Kent Police officer's car.\n\nThe force has told the Information"
    " Commissioner's Office.",
    # its supplier hacked, its officers' names taken, the force working with the NCA
    "Police officers' names stolen in attack on ID card firm\n\n"
    "Hackers attacked a company that makes warrant cards for Cleveland Police, and the names and"
    " photographs of officers were stolen.\n\nThe force said it was working with the National"
    " Crime Agency.",
    # the force investigating its own slip: a mishandling of its own, no outsider's deed
    "Force emails addresses to wrong person\n\n"
    "Avon and Somerset Police has launched an investigation after it emailed the addresses of"
    " 150 customers of a garage to the wrong person.",
    # residents' addresses shown in the force's own email: its own slip, whoever inquires
    "Residents' addresses exposed in police email\n\n"
    "An inquiry is under way after Gwent Police sent an email that showed the addresses of"
    " 90 residents to everyone on the list.",
    # its own officer, investigated by the force
    "Officer investigated for passing victims' details to a journalist\n\n"
    "Essex Police is investigating how one of its officers passed the details of crime victims"
    " to a journalist.\n\nThe force said it had referred itself to the Information"
    " Commissioner's Office.",
]


@pytest.mark.parametrize("text", OWN_CASE)
def test_a_forces_own_breach_stays_its_own_whoever_investigates(text: str) -> None:
    ex = _run(text)
    assert ex.relevant, ex.relevance_reason


def test_clients_named_apart_from_any_data_tell_no_firms_holding() -> None:
    # "clients" only as a solicitor's, no data of theirs: the raid is a visit, not a firm's
    # breach (and no misdirection either)
    ex = _run(
        "Family paid damages after wrong-address raid\n\n"
        "A solicitor said several of the clients he has represented suffered raids like it.\n\n"
        "Officers from Surrey Police broke down the family's door at 6am."
    )
    assert not ex.relevant, ex.relevance_reason


# --- people sent to the wrong address ----------------------------------------------------------


def _cues(text: str) -> set[str]:
    doc = nlp.get_nlp()(text)
    return {c.label_ for c in doc.spans[CUES_KEY]}


MISDIRECTIONS = {"posted_to_incorrect_recipient", "_misdirected", "emailed_to_incorrect_recipient"}


@pytest.mark.parametrize(
    "text",
    [
        "Death inquiry: officer sent to the wrong address",
        "In dozens of cases officers were sent to the wrong address.",
        "Police Scotland sent to wrong address 40 times",
        "Two officers were sent to the wrong flat after a call handler's error.",
        "A family is suing the force over a 'wrong address' raid.",
        "Those officers were then given the wrong address.",
    ],
)
def test_people_sent_to_a_wrong_address_is_no_misdirection(text: str) -> None:
    assert not _cues(text) & MISDIRECTIONS


@pytest.mark.parametrize(
    "text",
    [
        "A letter was sent to the wrong address.",
        "The force sent the file to the wrong address.",
        "The victim's statement was sent to the wrong address by officers.",
        "Officers sent a letter naming the witness to the wrong house.",
    ],
)
def test_a_letter_or_file_sent_to_a_wrong_address_is_still_misdirected(text: str) -> None:
    assert _cues(text) & MISDIRECTIONS


def test_a_wrong_address_raid_story_is_no_police_breach() -> None:
    ex = _run(
        "Family to sue force over wrong-address raid\n\n"
        "A family is suing Thames Valley Police after armed officers broke down their front door"
        " in a 'wrong address' raid.\n\nThe force has apologised."
    )
    assert not ex.relevant, ex.relevance_reason


def test_figures_of_officers_sent_to_wrong_houses_are_no_police_breach() -> None:
    ex = _run(
        "Police sent to wrong address 40 times, figures show\n\n"
        "Call handlers at Police Scotland sent officers to the wrong house on 40 occasions last"
        " year, figures released under freedom of information show.\n\n"
        "In one case officers were sent to the wrong address while a vulnerable man waited."
    )
    assert not ex.relevant, ex.relevance_reason


def test_a_letter_to_a_wrong_house_stays_a_police_breach() -> None:
    ex = _run(
        "Police letter meant for rape victim went to neighbour\n\n"
        "A letter from Essex Police meant for a rape victim was sent to the wrong house,"
        " revealing details of her case to a neighbour.\n\nThe force said it was reviewing its"
        " procedures."
    )
    assert ex.relevant, ex.relevance_reason


# --- review 1 mends: the force's own people and deeds, the police after "with" ----------------

OWN_PEOPLE_CASES = [
    # the force's own employee arrested: policing of its own, not of an outsider's breach
    "Police employee held over record checks\n\n"
    "A civilian employee at Norfolk Constabulary has been arrested on suspicion of misconduct"
    " in public office.\n\nThe employee is accused of checking residents' personal details"
    " without a policing reason between 2018 and 2020.\n\nNorfolk Constabulary said the"
    " employee had been arrested and suspended, and the force's anti-corruption team was"
    " investigating.",
    # a constable who works for the force, arrested by its own unit, passed victims' details on
    "Constable held over accident victims' details\n\n"
    "A police constable has been arrested on suspicion of passing the details of road accident"
    " victims to a claims management firm between 2015 and 2017.\n\nThe constable, who works"
    " for Avon and Somerset Police, was arrested by officers from the force's anti-corruption"
    " unit.\n\nThe claims firm used the patient data to cold-call people in hospital.",
    # a detective lost seized customer records; the force says it works with the regulator
    "Detective lost seized customer records on train\n\n"
    "A bag of customer records seized during a fraud inquiry was left on a train in Leeds by a"
    " detective in 2020.\n\nWest Yorkshire Police said it was working with the Information"
    " Commissioner's Office and had told the firm.",
    # the force's contractor dumped residents' papers; the force works with the regulator
    "Shredding company left police statements in skip\n\n"
    "A company contracted by Dorset Police to destroy documents left residents' statements in an"
    " open skip in Poole in 2022.\n\nThe papers held names, addresses and accounts of"
    " neighbour disputes.\n\nDorset Police said it was working with the Information"
    " Commissioner's Office and had ended the contract.",
    # detained people's details emailed out by the force's officer, the force investigating
    "Details of detained people emailed to stranger\n\n"
    "The names of 25 people held under mental health law were emailed to a member of the public"
    " by mistake in 2022.\n\nThe patient details had been gathered by a joint team with the"
    " local health trust.\n\nDurham Constabulary, whose officer sent the email, said it had"
    " begun an investigation and told the Information Commissioner's Office.",
]


@pytest.mark.parametrize("text", OWN_PEOPLE_CASES)
def test_the_forces_own_people_or_deeds_keep_the_breach_its_own(text: str) -> None:
    ex = _run(text)
    assert ex.relevant, ex.relevance_reason


# --- review 1 mends: data sent by officers in the active voice stays misdirected --------------


@pytest.mark.parametrize(
    "text",
    [
        "The witness statement, which officers sent to the wrong flat, gave her name.",
        "Kent Police sent to the wrong house the statement of a woman who reported an assault.",
        "The statement Sussex Police sent to the wrong address named her children.",
    ],
)
def test_data_officers_sent_to_a_wrong_address_is_still_misdirected(text: str) -> None:
    assert _cues(text) & MISDIRECTIONS


@pytest.mark.parametrize(
    "text",
    [
        "The two officers had been dispatched to the wrong house by mistake.",
        "Officers from Gwent Police had been sent to the wrong address 30 times last year.",
    ],
)
def test_people_who_had_been_sent_to_a_wrong_address_is_no_misdirection(text: str) -> None:
    assert not _cues(text) & MISDIRECTIONS


def test_details_police_sent_to_the_wrong_person_stay_a_police_breach() -> None:
    ex = _run(
        "Abuse victim's address reached former partner\n\n"
        "A woman had to move home after information that police sent to the wrong person reached"
        " her violent ex-partner in 2020.\n\nThe information included her new address in Derby."
        "\n\nDerbyshire Constabulary apologised and said the officer had been given advice."
    )
    assert ex.relevant, ex.relevance_reason


def test_a_firms_employee_arrested_while_detectives_investigate_is_no_police_breach() -> None:
    # a staff word with no police beside it is the firm's; "are investigating" is no passive
    ex = _run(
        "Phone firm worker held over customer data sale\n\n"
        "A former employee of a mobile phone company has been arrested after the details of"
        " its customers were sold to cold callers.\n\n"
        "Detectives from Kent Police are investigating the sale of the data."
    )
    assert not ex.relevant, ex.relevance_reason
