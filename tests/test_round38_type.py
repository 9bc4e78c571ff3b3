"""Round 38, breach type and year in the shapes real reports use (extract/rules/types.py,
extract/rules/dates.py, extract/components/breach_types.py):

- a misconduct report closes its sentence with who told it ("..., a hearing heard.", "..., a
  tribunal was told."): the teller is no date's event, so a time told in a verbless clause
  before it ("while off duty in March this year") is the look-up's (`_reporting_tail`);
- "unauthorised access to a supplier's IT system" told in the same sentence as the cyber
  attack, with no police worker named, is the attack's access, not an insider's look-up;
- details that "appeared online" or "surfaced on the internet", the details first, were
  published in error; a person appearing online or in court is no publication;
- a disclosing verb with "to a member of the public" however far on ("revealed to a member of
  the public that a man had been arrested") is an inappropriate disclosure.

Every sentence here was written for these tests; none is quoted from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.incident_probe import field_values

ICO = (
    " The force has apologised and reported the data breach to the Information"
    " Commissioner's Office."
)

TOLD_TO_A_HEARING = [
    ("A Devon and Cornwall Police PC looked up two call logs without a legitimate reason while "
     "off duty in March this year, a hearing heard.", date(2022, 11, 7), 2022),
    ("A Gwent Police constable searched the force's records for her ex-husband's new partner "
     "while on leave in May 2021, a misconduct panel was told.", date(2022, 6, 1), 2021),
    ("A Dyfed-Powys Police sergeant checked the intelligence file of a friend while working a "
     "night shift in October 2020, a tribunal heard.", date(2022, 6, 1), 2020),
    ("A West Mercia Police detective viewed crime reports about his neighbours while off duty "
     "in the summer of 2019, a hearing was told.", date(2021, 2, 1), 2019),
    # controls: the date told in the main clause, or opening the sentence
    ("A North Wales Police call handler accessed records about her cousin without a policing "
     "purpose in January 2023, the panel heard.", date(2024, 3, 1), 2023),
    ("While off duty in June 2021, a Cheshire Constabulary PC looked up a woman he had met on "
     "a dating app, a hearing heard.", date(2022, 6, 1), 2021),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "year"), TOLD_TO_A_HEARING)
def test_a_closing_teller_dates_nothing(nlp, text: str, published: date, year: int) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text + ICO, "breach_year", published) == {year}


def test_the_hearing_date_is_still_no_breach_date(nlp) -> None:  # type: ignore[no-untyped-def]
    # the hearing's own date, inside the teller's clause, stays the hearing's
    text = (
        "A Hertfordshire Constabulary PC accessed her sister's records without a policing "
        "reason, a hearing in April 2024 heard."
    )
    assert field_values(nlp, text + ICO, "breach_year", date(2024, 5, 2)) == set()


ATTACK_ACCESS = [
    ("The Metropolitan Police said there had been unauthorised access to the IT system of a "
     "company that prints its warrant cards, after a cyber attack on the firm.", "cyber_attack"),
    ("Greater Manchester Police said a ransomware attack on a supplier meant there had been "
     "unauthorised access to a server holding officers' names and photographs.",
     "cyber_attack"),
    ("Cleveland Police confirmed unauthorized access to a contractor's network following a "
     "cyber-attack last week.", "cyber_attack"),
    # controls: an insider named in the sentence, or the attack told apart
    ("A Durham Constabulary officer gained unauthorised access to the force's systems to look "
     "up a former partner after a cyber attack had taken the systems offline.",
     "unauthorised_access"),
    ("A Lancashire Constabulary member of staff made unauthorised access to the records of a "
     "murder victim, a hearing heard. The force had suffered a ransomware attack a month "
     "earlier, which was unrelated.", "unauthorised_access"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "code"), ATTACK_ACCESS)
def test_access_told_with_the_attack_is_the_attack(nlp, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text + ICO, "breach_type") == {code}


TURNED_UP_ONLINE = [
    ("The names and roles of every Police Service of Northern Ireland employee mistakenly "
     "appeared online for several hours on Tuesday.", {"published_in_error"}),
    ("The surname, initial, rank and unit of all Cumbria Constabulary officers appeared "
     "online for two hours.", {"published_in_error"}),
    ("A list of Suffolk Constabulary informants surfaced on the internet after a file was "
     "uploaded in error.", {"published_in_error"}),
    # controls: a person appearing online or in court is no publication
    ("Sussex Police's chief constable appeared online in a video to launch a recruitment "
     "campaign.", set()),
    ("A Bedfordshire Police officer appeared in court charged with misconduct in public "
     "office.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "codes"), TURNED_UP_ONLINE)
def test_details_that_turned_up_online_were_published(nlp, text: str, codes: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text + ICO, "breach_type") == codes


TOLD_TO_THE_PUBLIC = [
    ("A Lincolnshire Police constable revealed to a member of the public that a local man had "
     "been arrested, a hearing was told.", {"inappropriate_disclosure"}),
    ("The hearing was told the Sussex Police sergeant had disclosed that a suspect had been "
     "arrested to a member of the public, who passed it on.", {"inappropriate_disclosure"}),
    ("A Thames Valley Police detective divulged the name of a rape complainant to a member of "
     "the public in a pub.", {"inappropriate_disclosure"}),
    # controls: members of the public as the ones who did something, or given advice
    ("Surrey Police revealed that members of the public had reported 40 scam calls in a "
     "week.", set()),
    ("Essex Police gave crime prevention advice to members of the public at a market stall.",
     set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "codes"), TOLD_TO_THE_PUBLIC)
def test_let_out_to_a_member_of_the_public(nlp, text: str, codes: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text + ICO, "breach_type") == codes
