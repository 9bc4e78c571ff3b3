"""Round 16 relevance mechanisms, each proved by paraphrases written for it (positive and
negative): a system's name is no look-up, what a system or plan will let people do is no act,
an arrangement's "-ing" name is no act, another body hit by an attack is that body's breach, a
police-conduct regulator on a page of figures describes no data breach, people's data exposed
is records lost, and a few reporters' words for telling and prying."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract


def _judge(nlp, text: str):  # type: ignore[no-untyped-def]
    return extract(Document(text=text, published=date(2024, 3, 1)), nlp)


def test_a_systems_name_alone_is_no_look_up(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _judge(
        nlp,
        "Tablets for patrol cars\n\nEvery response car in Dorset Police now carries a tablet "
        "linked to the Police National Computer, the force said.",
    )
    assert not ex.relevant, ex.relevance_reason
    # positive: a name put through the system is a look-up
    ex = _judge(
        nlp,
        "Sergeant disciplined\n\nA Dorset Police sergeant ran his neighbour's name through the "
        "Police National Computer during a row over a hedge, a hearing heard.",
    )
    assert ex.relevant, ex.relevance_reason
    assert [i.breach_type for i in ex.incidents] == ["unauthorised_access"]


def test_what_a_system_will_let_officers_do_is_no_act(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _judge(
        nlp,
        "New handsets for officers\n\nSuffolk Constabulary is to buy 900 handsets that will let "
        "officers check records while they are out on patrol.",
    )
    assert not ex.relevant, ex.relevance_reason
    ex = _judge(
        nlp,
        "Force signs deal with councils\n\nPolice Scotland has signed a data-sharing agreement "
        "with local councils. Under the deal, officers will share personal data about "
        "vulnerable people with social workers.",
    )
    assert not ex.relevant, ex.relevance_reason
    # positive: what was done, with what will follow told beside it
    ex = _judge(
        nlp,
        "Officer to face hearing\n\nA Suffolk Constabulary officer checked the records of his "
        "former partner without a policing purpose and will face a misconduct hearing.",
    )
    assert ex.relevant, ex.relevance_reason
    # positive: a past enabling verb tells what happened
    ex = _judge(
        nlp,
        "Website flaw\n\nA flaw in a Suffolk Constabulary web form allowed members of the "
        "public to view the personal details of 300 people who had reported crimes.",
    )
    assert ex.relevant, ex.relevance_reason


def test_another_body_hit_by_an_attack_is_its_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _judge(
        nlp,
        "Hackers target school\n\nA secondary school in Derby has been hit by a ransomware "
        "attack in which the personal data of pupils was stolen. Derbyshire Constabulary said its "
        "officers were investigating.",
    )
    assert not ex.relevant, ex.relevance_reason
    # positive: the force itself hit
    ex = _judge(
        nlp,
        "Force hit by hackers\n\nDerbyshire Constabulary has been hit by a ransomware attack in "
        "which the personal details of 400 officers were stolen.",
    )
    assert ex.relevant, ex.relevance_reason


def test_a_conduct_regulator_on_a_page_of_figures_is_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _judge(
        nlp,
        "Complaint figures published\n\nPolice forces logged 70,000 complaint cases last "
        "year, statistics published by the IOPC show. Merseyside Police logged the most cases "
        "of any force, 3,100. The IOPC upheld 25 per cent of the reviews it completed.",
    )
    assert not ex.relevant, ex.relevance_reason
    # positive: a disclosure told on the same kind of page
    ex = _judge(
        nlp,
        "Complaint figures for 2022 published\n\nA Merseyside Police officer disclosed a "
        "witness's home address to a suspect she had seen committing a burglary, the IOPC "
        "found. "
        "Complaints against the force rose by 4 per cent last year.",
    )
    assert ex.relevant, ex.relevance_reason


def test_peoples_data_exposed_is_records_lost(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _judge(
        nlp,
        "Informants at risk\n\nThe identities of informants were exposed after Cumbria "
        "Constabulary papers were found in a supermarket car park.",
    )
    assert ex.relevant, ex.relevance_reason
    # negative: records that exposed something are no records exposed
    ex = _judge(
        nlp,
        "Inquiry criticises force\n\nCumbria Constabulary records exposed failings in how "
        "officers handled a missing person inquiry, a report found.",
    )
    assert not ex.relevant, ex.relevance_reason


def test_prying_verbs_are_look_ups(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _judge(
        nlp,
        "Detective warned\n\nA Kent Police detective who peeked at the personnel file of a "
        "colleague has been given a written warning.",
    )
    assert ex.relevant, ex.relevance_reason
    assert [i.breach_type for i in ex.incidents] == ["unauthorised_access"]
    # negative: a prying word with no records is nothing looked up
    ex = _judge(
        nlp,
        "Detective praised\n\nA Kent Police detective who nosed out a gang of car thieves has "
        "been given a commendation.",
    )
    assert not ex.relevant, ex.relevance_reason


def test_a_warned_officer_is_no_police_advice(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = _judge(
        nlp,
        "Constable warned for snooping\n\nA Gwent Police constable searched police systems for "
        "details of his former partner without a policing purpose, a hearing found.",
    )
    assert ex.relevant, ex.relevance_reason
    # negative: the force warning the public is advice
    ex = _judge(
        nlp,
        "Gwent Police warns of scam calls\n\nFraudsters are calling residents and asking for "
        "their bank details, the force said.",
    )
    assert not ex.relevant, ex.relevance_reason
