"""Round 25c, branch r25c-relevance: a supplier's breach that took the force's own people's
details, a lost record told in a relative clause after it, a force itself fined over what
became of records, and a data word told as what a system was designed to respect. Every
sentence here was written for these tests; each test pairs what now passes with what must
still fail."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract
from extract.rules import relevance
from extract.sentences import split_sentences


def relevant(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).relevant


@pytest.mark.parametrize(
    ("own", "others"),
    [
        (
            "Police ID card firm hit by cyber attack\nA company that makes identity cards for "
            "police forces has been hit by a cyber attack, with the details of thousands of "
            "officers from Greater Manchester Police stolen.",
            "Printing firm hit by hackers\nA printing company has been hit by a cyber attack. "
            "Customers' card details were stolen. Merseyside Police is investigating.",
        ),
        (
            "Force staff data taken in contractor hack\nCyber attack on payroll firm exposes "
            "names of Derbyshire Constabulary staff",
            "Recruiter hacked\nA recruitment firm has been hit by a cyber attack in which the "
            "details of its staff were stolen. Kent Police is investigating.",
        ),
        (
            "Vetting supplier hacked\nA ransomware gang has hit a firm that supplies vetting "
            "services, with the details of officers from West Mercia Police exposed.",
            "Council hit by hackers\nHackers have stolen the personal details of council "
            "staff. Essex Police said the details of staff had been stolen and it was "
            "investigating.",
        ),
    ],
)
def test_a_suppliers_breach_of_the_forces_people_is_the_forces(nlp, own, others) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, own)
    assert not relevant(nlp, others)


@pytest.mark.parametrize(
    ("own", "advice"),
    [
        (
            "Police forces warn officers after IT supplier hacked\nNorthumbria Police and "
            "Durham Constabulary said the details of officers had been stolen in a ransomware "
            "attack on the firm.",
            "Police warn of scam calls\nNorthumbria Police said fraudsters had been calling "
            "residents claiming to be from their bank.",
        ),
        (
            "Force urges officers to be vigilant after data theft\nCleveland Police said the "
            "home addresses of officers had been stolen when hackers attacked a contractor.",
            "Force urges residents to be vigilant\nCleveland Police said criminals had been "
            "sending fake parcel delivery texts to steal bank details.",
        ),
    ],
)
def test_a_warning_to_officers_whose_details_were_stolen_is_no_advice(nlp, own, advice) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, own)
    assert not relevant(nlp, advice)


def test_a_loss_told_in_a_relative_clause_after_the_records(nlp) -> None:  # type: ignore[no-untyped-def]
    def lost(text: str) -> bool:
        return relevance.lost_records(split_sentences(nlp(text))[0])

    assert lost("The contractor held officers' photographs, which were stolen in 2023.")
    assert lost("It kept copies of witness statements that had later been lost.")
    assert not lost("The contractor held officers' photographs, which were taken in 2023.")
    assert not lost("It kept witness statements, which were not stolen.")
    assert relevant(
        nlp,
        "Printing firm goes into administration\nA Preston printing firm that worked for "
        "Lancashire Constabulary has gone into administration. The firm held police records "
        "including officers' photographs, which were stolen in 2023.",
    )


@pytest.mark.parametrize(
    ("fined", "other"),
    [
        (
            "Forces fined\nIn 2018 Kent Police was fined £80,000 after interview DVDs were "
            "left in a basement.",
            "Force fined over death\nIn 2018 Kent Police was fined £80,000 after a detainee "
            "died in a cell.",
        ),
        (
            "Fines in brief\nIn 2013 Essex Police was fined £120,000 after interview tapes "
            "were kept in an unlocked cupboard.",
            "Officer fined\nAn Essex Police officer was fined £500 after he left a loaded gun "
            "in a car.",
        ),
    ],
)
def test_a_force_fined_over_what_became_of_records(nlp, fined, other) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, fined)
    assert not relevant(nlp, other)


@pytest.mark.parametrize(
    ("aim", "breach"),
    [
        (
            "New police records system goes live\nKent Police has introduced a new records "
            "system. The force said the system was designed with data protection in mind. "
            "Access to records will be logged and audited, a spokesman said.",
            "Force admits breach\nGwent Police has admitted a data protection breach after an "
            "officer looked up records without a reason. Access to records will now be logged.",
        ),
        (
            "Force launches app\nGwent Police has launched an app for officers. The force said "
            "the app was built with privacy at its heart. Access to records will be logged.",
            "Privacy breach\nKent Police breached the privacy of a victim when an officer "
            "shared her details. The force said its new system had been designed with privacy "
            "in mind.",
        ),
    ],
)
def test_a_data_word_as_what_a_system_is_designed_to_respect(nlp, aim, breach) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, aim)
    assert relevant(nlp, breach)
