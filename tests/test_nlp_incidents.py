"""Article-level rules: relevance, incidents primary and in passing, tallies."""

from __future__ import annotations

from datetime import date

import pytest

from extract.assemble import only_regulator
from extract.models import Document
from extract.nlp import extract
from extract.rules.relevance import lost_records
from extract.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "reason_word"),
    [
        (
            "Retailer fined £1.2m\n\nThe ICO fined a retailer £1.2 million after hackers stole "
            "customer data in a data breach.",
            "no UK police force",
        ),
        (
            "Council reprimanded\n\nThe ICO reprimanded Durham County Council after personal data "
            "was emailed to the wrong recipient.",
            "no UK police force",
        ),
        (
            "Mayor's office reprimanded\n\nThe ICO reprimanded the Mayor's Office for Policing "
            "and Crime after a web form exposed the personal data of people who complained about "
            "the Metropolitan Police.",
            "bystander",
        ),
        (
            "Police commissioner's office reprimanded\n\nThe Office of the Police and Crime "
            "Commissioner for Cumbria was reprimanded by the ICO after an email exposed the "
            "personal data of 150 people. Cumbria Constabulary said it was not involved.",
            "no data breach by Cumbria",
        ),
        (
            "Hacker arrested\n\nWest Midlands Police arrested a man after hackers stole the "
            "personal data of customers from a retailer. The ICO fined the retailer £500,000.",
            "investigator",
        ),
        (
            "CPS fined over lost DVDs\n\nThe Crown Prosecution Service has been fined £325,000 "
            "by the ICO after DVDs of police interviews were lost in the post. The DVDs had been "
            "recorded by Kent Police.",
            "no data breach by Kent",
        ),
        (
            "Man arrested\n\nKent Police arrested a man after a burglary in Maidstone.",
            "investigator",
        ),
        (
            "Conference 2019\n\nThe Chief Constable of Kent Police will speak about data "
            "protection at our conference. Registration now open.",
            "attributed",
        ),
        (
            "Police warn of phishing scam\n\nKent Police warns residents that fraudsters are "
            "phishing for personal data.",
            "advice",
        ),
    ],
)
def test_not_relevant(nlp, text, reason_word):
    ex = extract(Document(text=text), nlp)
    assert not ex.relevant
    assert reason_word in ex.relevance_reason
    assert ex.incidents == []


def test_relevant_article_says_why(nlp):
    text = "Kent Police fined £100,000 after interview tapes were abandoned in a police station."
    ex = extract(Document(text=text), nlp)
    assert ex.relevant
    assert "Kent Police" in ex.relevance_reason


def test_earlier_breach_in_passing_is_its_own_incident(nlp):
    text = (
        "Cheshire Constabulary fined £80,000 over letters\n\n"
        "Cheshire Constabulary has been fined £80,000 by the ICO after letters were posted to "
        "the wrong addresses in 2020.\n\n"
        "It is the second time the force has been penalised. In 2017 it was fined £120,000 "
        "after a memory stick was stolen in a burglary."
    )
    ex = extract(Document(text=text), nlp)
    primary, passing = ex.incidents
    assert (primary.mention, primary.fine_amount, primary.breach_year) == ("primary", 80_000, 2020)
    assert primary.breach_type == "posted_to_incorrect_recipient"
    assert primary.fine_year is None
    assert (passing.mention, passing.fine_amount, passing.fine_year) == ("passing", 120_000, 2017)
    assert passing.breach_type == "loss_or_theft_of_device"
    assert passing.breach_year is None
    assert passing.regulator == primary.regulator == "Information Commissioner's Office"


def test_article_without_an_earlier_breach_has_one_incident(nlp):
    text = "Cheshire Constabulary has been fined £80,000 by the ICO after letters were misposted."
    assert len(extract(Document(text=text), nlp).incidents) == 1


def test_tally_article_gives_counts_not_incidents(nlp):
    text = (
        "Norfolk Constabulary recorded 31 data breaches in 2018\n\n"
        "Norfolk Constabulary recorded 31 data breaches in 2018, figures show. There were "
        "twelve cases of emails sent to the wrong recipient, four of lost USB sticks and one "
        "breach of 'misuse of systems'.\n\n"
        "Between 2014 and 2017 the force reported a total number of breaches of (96)."
    )
    ex = extract(Document(text=text), nlp)
    assert ex.relevant and ex.incidents == []
    rows = {(c.period, c.breach_type): c.count for c in ex.breach_counts}
    assert rows == {
        ("2018", None): 31,
        ("2018", "emailed_to_incorrect_recipient"): 12,
        ("2018", "loss_or_theft_of_device"): 4,
        ("2018", "unauthorised_access"): 1,
        ("2014-2017", None): 96,
    }
    assert {c.force for c in ex.breach_counts} == {"Norfolk Constabulary"}


def test_counts_of_other_things_are_not_tallies(nlp):
    text = (
        "South Yorkshire Police reprimanded by the ICO after deleting evidence linked to 126 "
        "criminal cases; three criminal cases were affected by the personal data loss."
    )
    ex = extract(Document(text=text), nlp)
    assert ex.breach_counts == []
    assert len(ex.incidents) == 1


def test_tally_of_several_forces_counts_each_force(nlp):
    text = (
        "Kent Police recorded 120 data breaches in 2019, while Essex Police recorded 95 "
        "breaches, figures obtained by campaigners show."
    )
    ex = extract(Document(text=text), nlp)
    rows = {(c.force, c.period, c.breach_type): c.count for c in ex.breach_counts}
    assert rows == {("Kent Police", "2019", None): 120, ("Essex Police", "2019", None): 95}


def test_earlier_total_of_another_year(nlp):
    text = "Police Scotland recorded 412 data protection breaches in 2021, up from 350 in 2020."
    ex = extract(Document(text=text), nlp)
    rows = {(c.period, c.breach_type): c.count for c in ex.breach_counts}
    assert rows == {("2021", None): 412, ("2020", None): 350}


def test_year_after_the_fine_is_the_fine_year_even_with_a_breach_word_after(nlp):
    text = (
        "Devon and Cornwall Police has been fined £85,000 after personal data was emailed to "
        "the wrong recipient in January 2020.\n\n"
        "The force was previously fined £60,000 in 2017 over lost paperwork."
    )
    ex = extract(Document(text=text), nlp)
    passing = [i for i in ex.incidents if i.mention == "passing"]
    assert [(i.fine_amount, i.fine_year, i.breach_year) for i in passing] == [(60_000, 2017, None)]
    assert passing[0].breach_type == "loss_or_theft_of_paperwork"


def test_another_bodys_sanction_is_not_a_police_breach(nlp) -> None:
    text = (
        "Council reprimanded after sending tenant list to police by mistake\n\n"
        "A borough council has been reprimanded by the ICO after a list of tenants was emailed "
        "to Surrey Police in error. The force deleted the message and alerted the council."
    )
    assert not extract(Document(text=text), nlp).relevant
    own = (
        "Police reprimanded after sending tenant list to council by mistake\n\n"
        "Surrey Police has been reprimanded by the ICO after a list of tenants was emailed to "
        "a borough council in error."
    )
    assert extract(Document(text=own), nlp).relevant


@pytest.mark.parametrize(
    "headline",
    ["Police supplier hit by ransomware", "Surrey Police's IT contractor hacked",
     "Firm working for Surrey Police hit by cyber attack"],
)  # fmt: skip
def test_a_police_suppliers_breach_of_the_forces_data_is_the_forces(nlp, headline) -> None:
    text = (
        f"{headline}\n\nSurrey Police said the names and payroll numbers of 900 officers may "
        "have been copied when a company that runs its payroll was hit by a ransomware attack."
    )
    ex = extract(Document(text=text), nlp)
    assert ex.relevant, ex.relevance_reason
    assert [(i.force, i.breach_type) for i in ex.incidents] == [("Surrey Police", "cyber_attack")]


def test_a_company_police_investigate_is_no_supplier(nlp) -> None:
    text = (
        "Retailer hit by ransomware\n\nA supermarket company was hit by a ransomware attack "
        "in which customers' card details were stolen. Surrey Police is investigating."
    )
    assert not extract(Document(text=text), nlp).relevant


def test_an_audit_without_a_breach_is_not_relevant(nlp) -> None:
    audit = (
        "Surrey Police praised in data audit\n\nThe ICO audited how Surrey Police handles "
        "personal data and made 12 recommendations on data protection training."
    )
    assert not extract(Document(text=audit), nlp).relevant
    lost = "Surrey Police lost the personal data of 300 witnesses, the ICO said."
    assert extract(Document(text=lost), nlp).relevant


def test_an_foi_backlog_notice_is_compliance_not_a_breach(nlp) -> None:
    text = (
        "ICO issues enforcement notice to Surrey Police over FOI backlog\n\nThe ICO has issued "
        "an enforcement notice to Surrey Police after the force failed to respond to hundreds "
        "of freedom of information requests on time."
    )
    assert not extract(Document(text=text), nlp).relevant
    breach = (
        "ICO issues enforcement notice to Surrey Police\n\nThe ICO has issued an enforcement "
        "notice to Surrey Police after a spreadsheet released in response to a freedom of "
        "information request exposed victims' names."
    )
    assert extract(Document(text=breach), nlp).relevant


def test_a_federation_at_fault_is_not_the_force(nlp) -> None:
    text = (
        "Police federation apologises after email exposed members' details\n\nThe federation "
        "sent an email to 900 members of Kent Police without using blind copy."
    )
    assert not extract(Document(text=text), nlp).relevant


def test_sent_to_the_wrong_person_is_a_breach_without_a_data_word(nlp):
    text = "Cumbria Constabulary emailed a victim's statement to the wrong person last week."
    ex = extract(Document(text=text), nlp)
    assert ex.relevant
    assert ex.incidents[0].breach_type == "emailed_to_incorrect_recipient"
    no_misdirection = "Cumbria Constabulary emailed a victim's statement to her solicitor."
    assert not extract(Document(text=no_misdirection), nlp).relevant


def test_a_breach_told_in_full_beside_the_forces_figures_is_still_an_incident(nlp):
    figures = "Norfolk Constabulary recorded 212 data breaches in 2022/23, figures show."
    story = (
        "Norfolk Constabulary test website exposed victims' details\n\n"
        "A test copy of the force's website was left publicly accessible for six months. "
        "The force said it had reported the breach to the ICO, which is making enquiries. "
        + figures
    )
    ex = extract(Document(text=story), nlp)
    assert [(i.breach_type, i.regulator) for i in ex.incidents] == [
        ("published_in_error", "Information Commissioner's Office")
    ]
    assert [(c.period, c.count) for c in ex.breach_counts] == [("2022-2023", 212)]
    # Figures with breach kinds and talk of referrals in general tell no one breach.
    aggregate = (
        "Norfolk Constabulary data breaches\n\n"
        + figures
        + " Of these, 40 were emails sent to the wrong recipient. Forces refer only the most "
        "serious breaches to the ICO."
    )
    ex = extract(Document(text=aggregate), nlp)
    assert ex.relevant and ex.incidents == []


def test_a_case_on_a_statistics_page_takes_the_regulator_told_of_it_next(nlp):
    text = (
        "Norfolk Constabulary recorded 212 data breaches in 2022/23, figures show.\n\n"
        "In one case, an officer emailed a victim's new address to the wrong person. The "
        "force reported itself to the Information Commissioner's Office, which took no further "
        "action."
    )
    ex = extract(Document(text=text), nlp)
    [case] = ex.incidents
    assert (case.breach_type, case.regulator, case.action) == (
        "emailed_to_incorrect_recipient",
        "Information Commissioner's Office",
        None,
    )
    told = text.replace(", which took no further action", "")
    assert extract(Document(text=told), nlp).incidents[0].action == "referral"
    other = text.replace("which took no further action", "and the officer faced no further action")
    assert extract(Document(text=other), nlp).incidents[0].action == "referral"


def test_looking_people_up_on_police_systems_is_a_breach_without_a_data_word(nlp):
    text = "A Kent Police officer was sacked for using police systems to look up a woman he met."
    ex = extract(Document(text=text), nlp)
    assert ex.relevant and ex.incidents[0].breach_type == "unauthorised_access"
    other = "A Kent Police officer was sacked for using a patrol car to visit a woman he met."
    assert not extract(Document(text=other), nlp).relevant


ROUNDUP = (
    "Three forces reprimanded\n\n"
    "Three forces were reprimanded by the ICO over data failings. "
    "Norfolk Constabulary was reprimanded after an officer passed a victim's address to her "
    "ex-partner in 2021. "
    "Suffolk Constabulary was reprimanded after a spreadsheet was published online in 2022. "
    "A hidden worksheet in it listed the names of 300 witnesses. "
    "Essex Police was reprimanded after letters were posted to the wrong address in 2020."
)


def test_a_sentence_naming_no_one_goes_on_with_the_force_before_it(nlp) -> None:
    """In a roundup, the sentence after one force's item tells more of that item."""
    ex = extract(Document(text=ROUNDUP), nlp)
    got = {i.force: (i.breach_type, i.breach_year) for i in ex.incidents}
    assert got == {
        "Norfolk Constabulary": ("inappropriate_disclosure", 2021),
        "Suffolk Constabulary": ("published_in_error", 2022),
        "Essex Police": ("posted_to_incorrect_recipient", 2020),
    }


def test_a_sentence_about_the_force_returns_to_the_primary_story(nlp) -> None:
    text = (
        "Kent Police was reprimanded by the ICO after an officer shared a victim's address with "
        "her ex-partner in 2021. Essex Police was fined £40,000 for a similar leak in 2015. "
        "The force said the officer had posted the address on social media and then shared "
        "it online."
    )
    ex = extract(Document(text=text), nlp)
    kent = next(i for i in ex.incidents if i.force == "Kent Police")
    essex = next(i for i in ex.incidents if i.force == "Essex Police")
    assert kent.mention == "primary"
    assert not any("social media" in e.sentence for e in essex.evidence)


def test_a_penalty_over_a_lost_device_is_a_breach_without_a_data_word(nlp):
    text = (
        "Penalty stands\n\nA £45,000 penalty on Gwent Police was confirmed on appeal. The "
        "penalty was imposed after a memory stick of case notes went missing in 2016."
    )
    ex = extract(Document(text=text), nlp)
    assert ex.relevant
    [fact] = ex.incidents
    assert (fact.force, fact.breach_type, fact.breach_year) == (
        "Gwent Police",
        "loss_or_theft_of_device",
        2016,
    )


def test_a_device_lost_with_no_penalty_or_personal_data_stays_irrelevant(nlp):
    text = (
        "Lost property\n\nGwent Police said a memory stick of training slides went missing "
        "in 2016 and was later found in a staff canteen."
    )
    assert not extract(Document(text=text), nlp).relevant


def test_an_address_shared_with_an_attacker_is_a_disclosure(nlp):
    text = (
        "A Gwent Police constable told a woman's attacker where she now lived, the force has "
        "admitted. An officer from Gwent Police also shared her new address with her "
        "stalker in March 2019."
    )
    ex = extract(Document(text=text), nlp)
    assert ex.relevant
    assert {f.breach_type for f in ex.incidents} <= {
        "inappropriate_disclosure",
        "verbal_disclosure",
    }
    assert 2019 in {f.breach_year for f in ex.incidents}


@pytest.mark.parametrize("carrier", ["a list", "a spreadsheet", "a document", "notes"])
def test_people_named_in_a_list_sent_astray_are_personal_data(nlp, carrier: str):
    text = f"Gwent Police emailed {carrier} of witnesses to the wrong person."
    ex = extract(Document(text=text), nlp)
    assert ex.relevant
    assert ex.incidents[0].breach_type == "emailed_to_incorrect_recipient"


def test_a_list_published_with_no_breach_cue_is_no_breach(nlp):
    text = "Gwent Police published a list of road closures for the weekend on its website."
    assert not extract(Document(text=text), nlp).relevant


def test_a_regulators_sanction_naming_no_one_is_on_the_force_just_told_of(nlp) -> None:
    """'Essex Police published ... The ICO issued a reprimand.': the sanction is Essex's,
    not the primary force's; a policy of the regulator in general is nobody's."""
    text = (
        "Forces keep getting it wrong\n\n"
        "Hertfordshire Constabulary was fined £60,000 in 2019 after losing a hard drive. "
        "In 2022 Bedfordshire Police published a list of informants' names on its website by "
        "mistake. The Information Commissioner's Office issued a reprimand."
    )
    ex = extract(Document(text=text), nlp)
    got = {i.force: (i.action, i.regulator) for i in ex.incidents}
    assert got["Bedfordshire Police"] == ("reprimand", "Information Commissioner's Office")
    passive = text.replace(
        "The Information Commissioner's Office issued a reprimand.",
        "A reprimand was issued by the Information Commissioner's Office.",
    )
    got = {i.force: i.action for i in extract(Document(text=passive), nlp).incidents}
    assert got["Bedfordshire Police"] == "reprimand"
    policy = (
        "Forces keep getting it wrong\n\n"
        "Hertfordshire Constabulary was fined £60,000 in 2019 after losing a hard drive. "
        "Bedfordshire Police logged 40 data breaches in 2022. The Information Commissioner's "
        "Office now keeps fines for the gravest cases of all."
    )
    forces = [i.force for i in extract(Document(text=policy), nlp).incidents]
    assert forces == ["Hertfordshire Constabulary"]


def test_an_unnamed_other_forces_breach_is_no_part_of_the_story(nlp) -> None:
    """'Last year another force sent ...': its date and mechanism are not the named force's."""
    text = (
        "Force apologises for email\n\n"
        "Wiltshire Police emailed 150 job applicants in May with every address visible in the "
        "'To' field instead of using blind copy. The force has told the Information "
        "Commissioner's Office. Two years ago another force lost a memory stick with the "
        "names of informants."
    )
    ex = extract(Document(text=text, published=date(2023, 8, 1)), nlp)
    [inc] = ex.incidents
    assert (inc.force, inc.breach_year, inc.breach_type) == (
        "Wiltshire Police",
        2023,
        "failure_to_use_bcc",
    )
    named = text.replace("another force", "the force")
    years = {
        i.breach_year
        for i in extract(Document(text=named, published=date(2023, 8, 1)), nlp).incidents
    }
    assert 2021 in years


def test_one_of_these_opens_a_case_but_every_one_of_these_does_not(nlp) -> None:
    text = (
        "Force's breaches rise\n\n"
        "Lincolnshire Police recorded 52 data breaches in 2022, figures show. One of these, "
        "in March 2022, saw a letter about a custody case posted to the wrong address. The "
        "force reported it to the Information Commissioner's Office."
    )
    ex = extract(Document(text=text), nlp)
    assert [(i.breach_type, i.breach_year) for i in ex.incidents] == [
        ("posted_to_incorrect_recipient", 2022)
    ]
    every = (
        "Force's breaches rise\n\n"
        "Lincolnshire Police recorded 52 data breaches in 2022, figures show. Every one of "
        "these was a letter posted to the wrong address, the force said."
    )
    assert extract(Document(text=every), nlp).incidents == []


def test_an_action_with_no_regulator_near_it_takes_the_only_one_the_text_names(nlp) -> None:
    text = (
        "Police data failures\n\n"
        "In 2021 Essex Police published victims' names online by mistake. The Information "
        "Commissioner's Office issued a reprimand. Kent Police was served with an enforcement "
        "notice in 2020 after it kept custody photographs of innocent people. Surrey Police "
        "was reprimanded in 2022 after a man was wrongly recorded as a suspect in 2020."
    )
    got = {i.force: i.regulator for i in extract(Document(text=text), nlp).incidents}
    assert got["Surrey Police"] == "Information Commissioner's Office"
    # Two regulators named, or the one named only as not involved: nobody's to give.
    for other in (
        "The ICO reprimanded Kent Police. The IOPC said so.",
        "Kent Police was reprimanded. The ICO was not involved.",
    ):
        assert only_regulator(split_sentences(nlp(other))) is None, other
    only = only_regulator(split_sentences(nlp("Kent Police was reprimanded. The ICO said so.")))
    assert only is not None and only.value == "Information Commissioner's Office"


def test_a_regulator_closing_the_matter_just_told_makes_that_forces_incident(nlp) -> None:
    """'X emailed ... The ICO looked into it and chose to take no action.': X's breach is an
    incident with the ICO as its regulator and no action; a force merely named is none."""
    text = (
        "Lessons not learned\n\n"
        "Cheshire Constabulary was fined £30,000 in 2018 after losing a hard drive. In 2020 "
        "Merseyside Police sent a victim's statement to the wrong email address. The "
        "Information Commissioner's Office looked at the case and decided to take no action."
    )
    got = {i.force: i for i in extract(Document(text=text), nlp).incidents}
    merseyside = got["Merseyside Police"]
    assert (merseyside.breach_type, merseyside.regulator, merseyside.action) == (
        "emailed_to_incorrect_recipient",
        "Information Commissioner's Office",
        None,
    )
    assert got["Cheshire Constabulary"].action == "monetary_penalty"
    named = text.replace(
        "In 2020 Merseyside Police sent a victim's statement to the wrong email address.",
        "Merseyside Police covers the neighbouring county.",
    )
    forces = {i.force for i in extract(Document(text=named), nlp).incidents}
    assert forces == {"Cheshire Constabulary"}


@pytest.mark.parametrize(
    "text",
    [
        "Kent Police lost the records of 200 victims.",
        "The records of 90 witnesses were stolen from Kent Police.",
        "Kent Police said the personal details of 40 witnesses had been stolen.",
        "Kent Police lost the custody images of 200 people.",
    ],
)
def test_records_themselves_lost_are_a_breach(nlp, text: str) -> None:
    """No medium named, but people's records lost or stolen: a breach, of no known type."""
    ex = extract(Document(text=text), nlp)
    assert ex.relevant, ex.relevance_reason
    assert [i.force for i in ex.incidents] == ["Kent Police"]


@pytest.mark.parametrize(
    "text",
    [
        "A Kent Police officer lost his job over the records.",
        "The records of the officers who lost their jobs were kept by Kent Police.",
        "Kent Police lost contact with the family of a missing man.",
    ],
)
def test_a_loss_that_is_no_loss_of_records(nlp, text: str) -> None:
    assert not extract(Document(text=text), nlp).relevant


def test_data_kept_unlawfully_is_unlawful_processing(nlp) -> None:
    text = "Kent Police unlawfully kept the fingerprints of 300 people who were never charged."
    ex = extract(Document(text=text), nlp)
    assert ex.relevant, ex.relevance_reason
    assert [(i.force, i.breach_type) for i in ex.incidents] == [("Kent Police", "other")]
    # People who were never charged are no outcome figure: the page is no statistics page.
    assert not ex.outcome_counts
    kept = "Kent Police kept the fingerprints of a man who was later charged with burglary."
    assert not extract(Document(text=kept), nlp).relevant


@pytest.mark.parametrize(
    "text",
    [
        "The breach at Kent Police, which happened in 2018, was only discovered in 2020.",
        "A Kent Police data breach exposed the details of 40 victims.",
    ],
)
def test_a_breach_named_as_the_forces_own_is_an_incident(nlp, text: str) -> None:
    ex = extract(Document(text=text), nlp)
    assert ex.relevant, ex.relevance_reason
    assert [i.force for i in ex.incidents] == ["Kent Police"]


@pytest.mark.parametrize(
    "text",
    [
        "Kent Police said there had been no breach at the force.",
        "Kent Police is investigating a data breach at a local company.",
    ],
)
def test_a_breach_denied_or_elsewhere_is_not_the_forces(nlp, text: str) -> None:
    assert not extract(Document(text=text), nlp).relevant


def test_a_fine_after_records_went_missing_is_a_paperwork_breach(nlp) -> None:
    text = "Kent Police was fined after boxes of witness statements went missing."
    ex = extract(Document(text=text), nlp)
    assert [(i.force, i.breach_type, i.action) for i in ex.incidents] == [
        ("Kent Police", "loss_or_theft_of_paperwork", "monetary_penalty")
    ]
    # "data theft" names a crime, not records lost; "records went missing" tells of a loss
    crime = "Reports of data theft rose in the county last year, Kent Police said."
    assert not lost_records(split_sentences(nlp(crime))[0])
    assert lost_records(split_sentences(nlp("Custody records went missing last year."))[0])


def test_advice_in_the_lead_is_no_breach(nlp) -> None:
    advice = (
        "Residents told to stay safe online\n\nKent Police is urging residents to protect "
        "their accounts after reports of cyber crime in the county rose last year.\n\n"
        "Officers received 300 reports of computer misuse in 2023, among them hacking of email "
        "accounts and ransomware. Fraudsters also use details taken in data breaches at shops "
        "to make their calls more convincing, the force said."
    )
    assert not extract(Document(text=advice), nlp).relevant
    breach = (
        "Force apologises\n\nKent Police is urging victims to come forward after an officer "
        "lost a laptop holding their statements."
    )
    assert extract(Document(text=breach), nlp).relevant


def test_an_earlier_breach_told_with_its_own_date_and_mechanism_is_its_own_incident(nlp):
    """'separate from the 2020 incident in which ... were published online in error': a
    breach set apart from the story, with how and when it happened, is an incident of its own
    even with no sanction, and its date is not the story's. Set apart without a date or a
    mechanism, or told 'previously' with no sanction, it stays part of the story."""
    text = (
        "Norfolk Constabulary reprimanded over lost witness statements\n\n"
        "The ICO reprimanded Norfolk Constabulary after a folder of witness statements was "
        "lost on a bus in March 2022. The loss is separate from the 2020 incident in which "
        "the force's staff list was published online in error."
    )
    ex = extract(Document(text=text), nlp)
    got = sorted((i.mention, i.breach_type, i.breach_year) for i in ex.incidents)
    assert got == [
        ("passing", "published_in_error", 2020),
        ("primary", "loss_or_theft_of_paperwork", 2022),
    ]
    vague = text.replace(
        " The loss is separate from the 2020 incident in which the force's staff list was "
        "published online in error.",
        " The loss is separate from an earlier complaint.",
    )
    ex = extract(Document(text=vague), nlp)
    assert [(i.mention, i.breach_year) for i in ex.incidents] == [("primary", 2022)]
    own = (
        "The ICO has fined Kent Police £100,000 over a list of informants. The list had "
        "previously been published online in error in March 2019, the regulator said."
    )
    ex = extract(Document(text=own), nlp)  # the story has no breach but this one: its own
    got = [(i.mention, i.breach_type, i.breach_year) for i in ex.incidents]
    assert got == [("primary", "published_in_error", 2019)]
    laptop = (
        "The ICO has fined Kent Police £100,000 after a list of informants was published "
        "online in error in March 2019. The force had previously lost a laptop in 2015."
    )
    ex = extract(Document(text=laptop), nlp)
    got = sorted((i.mention, i.breach_type, i.breach_year) for i in ex.incidents)
    assert got == [
        ("passing", "loss_or_theft_of_device", 2015),
        ("primary", "published_in_error", 2019),
    ]


def test_an_earlier_mention_that_adds_nothing_is_no_incident(nlp):
    """'He was also fined £700' by the court: read as an earlier sanction it has no breach,
    date, fine or action of its own, so it adds no incident; one that does stays."""
    text = (
        "A Gwent Police constable who looked up his neighbour's record without a policing "
        "purpose in 2021 was given a suspended sentence at Cardiff Crown Court. He was also "
        "fined £700 and ordered to pay costs. The force referred the case to the IOPC."
    )
    ex = extract(Document(text=text), nlp)
    assert [(i.mention, i.breach_year) for i in ex.incidents] == [("primary", 2021)]
    earlier = text.replace(
        "He was also fined £700 and ordered to pay costs.",
        "The force had been fined £90,000 by the ICO in 2017 after losing a laptop.",
    )
    ex = extract(Document(text=earlier), nlp)
    assert sorted(i.mention for i in ex.incidents) == ["passing", "primary"]


def test_a_tip_in_a_headline_is_a_dump_not_advice(nlp) -> None:
    """Advice is 'tips' to the public; a singular 'tip' in a headline is where things are
    dumped (or a tip-off), no advice."""
    dumped = (
        "Police files found on tip\n\nBundles of Bedfordshire Police custody records were "
        "found at a council tip in 2018 after being thrown out with old furniture."
    )
    ex = extract(Document(text=dumped), nlp)
    assert [(i.force, i.breach_type) for i in ex.incidents] == [
        ("Bedfordshire Police", "insecure_disposal")
    ]
    advice = (
        "Police tips to keep your accounts safe\n\nKent Police is urging residents to use "
        "strong passwords after a rise in hacking of their email accounts and data theft."
    )
    assert not extract(Document(text=advice), nlp).relevant
