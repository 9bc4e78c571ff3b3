"""Rules added by the overfitting audit (tests/data/eval/heldout_audit/): each general rule
with a text it must fire on and a text it must leave alone. The texts are not the audit
articles' sentences, so the rules are tested as rules, not as memorised examples."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract


def primary(text: str, nlp):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    assert ex.relevant, ex.relevance_reason
    return ex.incidents[0]


# ------------------------------------------------ paperwork loss needs no article's wording


def test_document_falling_out_of_a_bag_is_a_paperwork_loss(nlp):
    fact = primary(
        "Essex Police fined over witness file\n\nEssex Police was fined £40,000 by the ICO "
        "after a witness file fell out of an officer's rucksack on a bus and was never found.",
        nlp,
    )
    assert fact.breach_type == "loss_or_theft_of_paperwork"


def test_a_document_that_was_not_lost_is_no_paperwork_loss(nlp):
    fact = primary(
        "Essex Police reprimanded over witness file\n\nEssex Police was reprimanded by the "
        "ICO after a witness file was emailed to the wrong recipient.",
        nlp,
    )
    assert fact.breach_type == "emailed_to_incorrect_recipient"


# ------------------------------------------------ verbal disclosure on the telephone


def test_address_told_in_a_phone_call_is_verbal_disclosure(nlp):
    fact = primary(
        "Dorset Police reprimanded\n\nDorset Police has been reprimanded by the ICO after an "
        "officer revealed a witness's address to the suspect's brother in a phone call.",
        nlp,
    )
    assert fact.breach_type == "verbal_disclosure"


def test_a_mobile_phone_that_was_stolen_is_not_verbal_disclosure(nlp):
    fact = primary(
        "Dorset Police reprimanded\n\nDorset Police has been reprimanded by the ICO after an "
        "officer's mobile phone holding witness details was stolen.",
        nlp,
    )
    assert fact.breach_type == "loss_or_theft_of_device"


# ------------------------------------------------ a break-in dates the breach


def test_year_of_a_break_in_is_the_breach_year(nlp):
    fact = primary(
        "Avon and Somerset Police fined £60,000\n\nAvon and Somerset Police has been fined "
        "£60,000 by the ICO. Case papers were taken when an officer's car was broken into in "
        "2016.",
        nlp,
    )
    assert fact.breach_year == 2016


def test_year_of_the_fine_is_not_the_breach_year(nlp):
    fact = primary(
        "Avon and Somerset Police fined £60,000\n\nCase papers were taken when an officer's "
        "car was broken into. Avon and Somerset Police was fined £60,000 by the ICO in 2018.",
        nlp,
    )
    assert fact.breach_year is None


# ------------------------------------------------ whose investigation


def test_investigation_carried_out_by_another_body_is_not_the_regulators(nlp):
    fact = primary(
        "Essex Police data stolen in cyber attack\n\nEssex Police said it had reported the "
        "breach to the ICO and that an investigation into the cyber attack was being carried "
        "out by the National Crime Agency.",
        nlp,
    )
    assert fact.action == "referral"


def test_investigation_carried_out_by_the_regulator_is_the_regulators(nlp):
    fact = primary(
        "Essex Police data stolen in cyber attack\n\nEssex Police said the cyber attack had "
        "exposed personal data and an investigation was being carried out by the ICO.",
        nlp,
    )
    assert fact.action == "investigation"


# ------------------------------------------------ a force must be tied to the breach


def test_force_that_only_comments_on_another_bodys_breach_is_not_relevant(nlp):
    ex = extract(
        Document(
            text="Care home fined £20,000\n\nA care home company has been fined £20,000 by the "
            "ICO after residents' personal data was left in a skip. The ICO said the breach "
            "was serious. Sussex Police said no criminal offence had been committed."
        ),
        nlp,
    )
    assert not ex.relevant
    assert "never tied" in ex.relevance_reason


def test_force_tied_only_through_the_force_is_relevant(nlp):
    ex = extract(
        Document(
            text="Police fined £80,000\n\nThe ICO has fined Suffolk Constabulary £80,000. "
            "The force lost a laptop holding the personal data of victims."
        ),
        nlp,
    )
    assert ex.relevant
    assert ex.incidents[0].force == "Suffolk Constabulary"


# ------------------------------------------------ a supplier's breach still dates the force's


def test_sentence_about_the_suppliers_attack_dates_the_breach(nlp):
    fact = primary(
        "Durham officers' details stolen\n\nDetails of Durham Constabulary officers were "
        "stolen in a cyber attack on a supplier. The attack on the company happened in "
        "April 2022. Durham Constabulary reported the breach to the ICO.",
        nlp,
    )
    assert fact.breach_year == 2022
    assert fact.action == "referral"


def test_a_companys_own_fine_stays_out_of_the_forces_incident(nlp):
    fact = primary(
        "Durham Constabulary reprimanded\n\nDurham Constabulary was reprimanded by the ICO "
        "after letters were sent to the wrong address. A company was fined £50,000 in 2019 "
        "after it lost customer letters.",
        nlp,
    )
    assert fact.fine_amount is None
    assert fact.breach_year is None
    assert fact.action == "reprimand"


# ------------------------------------------------ tallies over a span of years


def _counts(text: str, nlp) -> set[tuple]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return {(c.force, c.period, c.breach_type, c.count) for c in ex.breach_counts}


def test_category_counts_take_the_only_span_stated(nlp):
    rows = _counts(
        "Suffolk breaches\n\nSuffolk Constabulary recorded 210 data breaches between 2018 and "
        "2020. The most common were emails sent to the wrong recipient, with 64 cases.",
        nlp,
    )
    assert ("Suffolk Constabulary", "2018-2020", None, 210) in rows
    assert ("Suffolk Constabulary", "2018-2020", "emailed_to_incorrect_recipient", 64) in rows


def test_category_counts_of_a_single_year_keep_that_year(nlp):
    rows = _counts(
        "Suffolk breaches\n\nSuffolk Constabulary recorded 70 data breaches in 2020. The most "
        "common were emails sent to the wrong recipient, with 25 cases.",
        nlp,
    )
    assert ("Suffolk Constabulary", "2020", None, 70) in rows
    assert ("Suffolk Constabulary", "2020", "emailed_to_incorrect_recipient", 25) in rows


def test_a_total_followed_by_a_stray_type_word_is_still_a_total(nlp):
    rows = _counts(
        "Breach figures\n\nEssex Police recorded 311 data breaches in 2020, according to "
        "figures released under freedom of information laws.",
        nlp,
    )
    assert ("Essex Police", "2020", None, 311) in rows


def test_a_total_naming_the_force_beats_a_general_headline_figure(nlp):
    rows = _counts(
        "Police forces reported more than 1,000 data breaches\n\nEssex Police recorded 311 "
        "data breaches in 2020.",
        nlp,
    )
    assert ("Essex Police", "2020", None, 311) in rows
    assert not any(count == 1000 for *_, count in rows)


def test_the_sentence_after_a_total_breaks_it_down(nlp):
    rows = _counts(
        "Breach figures\n\nEssex Police recorded 311 data breaches in 2020. Of these, 87 "
        "involved personal data sent to the wrong recipient by email.",
        nlp,
    )
    assert ("Essex Police", "2020", "emailed_to_incorrect_recipient", 87) in rows


def test_a_following_sentence_without_a_category_adds_no_row(nlp):
    rows = _counts(
        "Breach figures\n\nEssex Police recorded 311 data breaches in 2020. Of these, 20 were "
        "serious enough to report.",
        nlp,
    )
    assert rows == {("Essex Police", "2020", None, 311)}


# ------------------------------------------------ insider misuse prosecuted in court


def test_officer_who_accessed_police_systems_for_money_is_unauthorised_access(nlp):
    fact = primary(
        "Officer jailed\n\nA former Cleveland Police officer has been jailed for selling "
        "victims' personal details. The court heard he accessed police systems hundreds of "
        "times in 2018 and was paid £5,000 by a company.",
        nlp,
    )
    assert fact.force == "Cleveland Police"
    assert fact.breach_type == "unauthorised_access"
    assert fact.breach_year == 2018
    assert fact.fine_amount is None


def test_an_upgrade_of_police_systems_is_not_unauthorised_access(nlp):
    fact = primary(
        "Cleveland Police reprimanded\n\nCleveland Police was reprimanded by the ICO after "
        "letters were sent to the wrong address while its police systems were upgraded.",
        nlp,
    )
    assert fact.breach_type == "posted_to_incorrect_recipient"
