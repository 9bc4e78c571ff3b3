"""Round 9 mechanisms, each proved by paraphrases written for it (positive and negative):
verbs of beginning before an event noun, policing named with an event word, and a relative
clause set off by commas as an aside whose dates the main verb does not govern."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract

OPEN = "Kent Police was reprimanded by the ICO. "


def year(nlp, text: str, published: date | None = None) -> int | None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text, published=published), nlp)
    fact = next(i for i in ex.incidents if i.mention == "primary")
    return fact.breach_year


# --- a verb of beginning or going on before an event noun dates the event itself


def test_beginning_the_searches_dates_the_breach(nlp) -> None:
    text = OPEN + "A sergeant started his unlawful searches in the autumn of 2017 and was sacked."
    assert year(nlp, text) == 2017
    # negative: a system that began is still no breach
    text = OPEN + "The records system began operating in 2012. Letters went to the wrong homes."
    assert year(nlp, text) is None


def test_a_beginning_in_another_clause_does_not_date_a_later_one(nlp) -> None:
    text = (
        OPEN + "An officer began the searches in 2018 and went on until he was arrested in "
        "March 2020."
    )
    assert year(nlp, text) == 2018
    # negative: the arrest's own clause is not governed by the beginning before it
    text = OPEN + "An officer began the checks and went on until he was arrested in March 2020."
    assert year(nlp, text) is None


# --- police work named with an event word is no breach event


def test_a_stop_and_search_date_is_no_breach_date(nlp) -> None:
    text = (
        OPEN + "A man stopped in a stop and search in 2014 found his name in a list that was "
        "posted online by mistake in May 2021."
    )
    assert year(nlp, text) == 2021
    # negative: records searched still date the breach
    text = OPEN + "A constable carried out a search of the records of his neighbours in 2015."
    assert year(nlp, text) == 2015


def test_a_search_warrant_date_is_no_breach_date(nlp) -> None:
    text = OPEN + "A search warrant was executed in 2015. Letters were posted to wrong homes."
    assert year(nlp, text) is None
    text = OPEN + "Officers searched the database for her address in 2015."
    assert year(nlp, text) == 2015


# --- a relative clause set off by commas is an aside


def test_a_date_in_a_relative_aside_is_not_the_main_verbs(nlp) -> None:
    text = (
        OPEN + "The records team, which answered 900 requests in 2019, emailed a victim's "
        "address to her attacker in June 2021."
    )
    assert year(nlp, text) == 2021
    # negatives: an aside that tells the breach keeps its date; without a closing comma the
    # clause runs on to its verb
    text = (
        OPEN + "The sergeant, who looked up his neighbour's record in 2018, was dismissed "
        "last month."
    )
    assert year(nlp, text, date(2021, 3, 1)) == 2018
    text = OPEN + "It named the officer who in 2019 emailed the file to the wrong address."
    assert year(nlp, text) == 2019


# --- role templates: a force that only received or handed back the data is no breacher


def forces(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(i.force for i in extract(Document(text=text), nlp).incidents if i.force)


def action(nlp, text: str) -> str | None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return next(i for i in ex.incidents if i.mention == "primary").action


def incidents(nlp, text: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return [(i.force, i.breach_year, i.action) for i in ex.incidents]


def test_data_sent_to_someone_inside_another_force_makes_it_a_recipient(nlp) -> None:
    text = (
        "Essex Police emailed a victim's statement to the wrong solicitor. The mistake "
        "happened in October 2022, when a forwarding rule copied the file to a shared inbox "
        "at Kent Police."
    )
    assert incidents(nlp, text) == [("Essex Police", 2022, None)]
    # negative: an officer of the force who sent it is still its breacher
    text = (
        "A victim's address was emailed in error to her former partner by an officer at Kent "
        "Police in 2022."
    )
    assert forces(nlp, text) == ["Kent Police"]


def test_a_force_handing_found_papers_back_is_no_breacher(nlp) -> None:
    text = (
        "A folder of victim statements was left on a bus by a Surrey detective in 2024. A "
        "passenger gave it to the driver, and Kent Police officers later handed it back to "
        "the constabulary. The constabulary reported the incident to the ICO."
    )
    assert incidents(nlp, text) == [("Surrey Police", 2024, "referral")]
    # negative: a force that handed data back to the wrong person did the breach
    text = (
        "Kent Police officers returned a victim's unredacted statement to the suspect in "
        "error in 2021."
    )
    assert forces(nlp, text) == ["Kent Police"]


# --- a regulator with a relative clause hung on it acts in that clause


def test_a_regulator_which_is_investigating_has_opened_an_investigation(nlp) -> None:
    text = (
        "Kent Police lost a laptop holding victims' details in 2023. The force reported the "
        "breach to the Information Commissioner's Office (ICO), which is now investigating."
    )
    assert action(nlp, text) == "investigation"
    # negatives: a regulator's remit, or its weighing of a report, is no inquiry of its own
    text = (
        "Kent Police lost a laptop holding victims' details in 2023. The force reported the "
        "breach to the ICO, which investigates breaches of data protection law."
    )
    assert action(nlp, text) == "referral"
    text = (
        "Kent Police lost a laptop holding victims' details in 2023. The force reported the "
        "breach to the ICO, which is assessing what it was told."
    )
    assert action(nlp, text) == "referral"


def test_a_regulator_which_said_it_is_investigating_has_opened_an_investigation(nlp) -> None:
    text = (
        "Kent Police lost a laptop holding victims' details in 2023. The force reported the "
        "breach to the ICO, which said on Friday it was making enquiries."
    )
    assert action(nlp, text) == "investigation"
    # negatives: what the regulator says others must do, or may do later, is no inquiry
    text = (
        "Kent Police lost a laptop holding victims' details in 2023. The force reported the "
        "breach to the ICO, which said forces must investigate such losses."
    )
    assert action(nlp, text) == "referral"
    text = (
        "Kent Police lost a laptop holding victims' details in 2023. The force reported the "
        "breach to the ICO, which said it would decide in due course whether to investigate."
    )
    assert action(nlp, text) == "referral"


# --- a statistics page that also tells one breach in full keeps that breach an incident


FIGURES = (
    "Kent Police recorded 120 data breaches in 2022 and 140 in 2023, figures obtained by "
    "this paper show. "
)


def test_one_breach_told_beside_figures_in_plain_words_is_an_incident(nlp) -> None:
    text = (
        "Police email error sent victim's address to her abuser. " + FIGURES + "In March 2023 "
        "a domestic abuse victim's new address was emailed to her former partner. A member of "
        "staff updating her on the case attached the wrong document and sent the email to him "
        "instead of her. Kent Police reported the breach to the Information Commissioner's "
        "Office."
    )
    ex = extract(Document(text=text, published=date(2024, 5, 1)), nlp)
    assert [(i.force, i.breach_type, i.breach_year) for i in ex.incidents] == [
        ("Kent Police", "emailed_to_incorrect_recipient", 2023)
    ]
    assert len(ex.breach_counts) == 2
    # negative: breach kinds spoken of in aggregate are no one breach
    text = (
        FIGURES + "Emails sent to the wrong person were the most common problem, and staff "
        "were reminded to check addresses. Kent Police reported three of the breaches to the "
        "Information Commissioner's Office."
    )
    ex = extract(Document(text=text, published=date(2024, 5, 1)), nlp)
    assert ex.incidents == [] and len(ex.breach_counts) == 2


# --- a month told relative to the publication date anchors "within days" after it


def test_a_relative_month_anchors_the_sequel(nlp) -> None:
    text = (
        OPEN + "A passenger was filmed falling at a station in June last year. Within days, "
        "officers had shared the footage of her in a WhatsApp group."
    )
    assert year(nlp, text, date(2025, 2, 26)) == 2024
    # negative: a sequel that tells no breach takes no date
    text = (
        OPEN + "A passenger was filmed falling at a station in June last year. Within days, "
        "she was back at work. Officers later shared the footage of her in a WhatsApp group."
    )
    assert year(nlp, text, date(2025, 2, 26)) is None


# --- talking about someone's arrest is a verbal disclosure


def btype(nlp, text: str) -> str | None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return next(i for i in ex.incidents if i.mention == "primary").breach_type


def test_discussing_an_arrest_with_friends_is_a_verbal_disclosure(nlp) -> None:
    text = (
        "Kent Police reported a data breach to the ICO after an officer discussed a "
        "neighbour's arrest with friends at a barbecue."
    )
    assert btype(nlp, text) == "verbal_disclosure"
    # negative: an arrest told before the talk is not what was talked about
    text = (
        "Kent Police reported a data breach to the ICO after an officer who had made an "
        "arrest discussed his shifts with friends at a barbecue."
    )
    assert btype(nlp, text) != "verbal_disclosure"


# --- a force that receives the public's reports of crime is no breacher


def test_a_force_receiving_reports_of_crime_is_a_recipient(nlp) -> None:
    text = (
        "Kent Police received 5,100 reports of hacking in 2022/23, up from 4,200 in 2021/22. "
        "Criminals hacked email accounts and stole personal data from small firms, detectives "
        "said."
    )
    ex = extract(Document(text=text), nlp)
    assert not ex.relevant and ex.incidents == []
    # negative: a force named before its own breach is still its breacher
    text = (
        "Kent Police emailed 300 victims' addresses to the wrong list in 2023 and received "
        "complaints about the blunder; it reported the breach to the ICO."
    )
    assert forces(nlp, text) == ["Kent Police"]


# --- a force investigating a crime against a business, and told of it, is no breacher


def test_a_force_investigating_an_attack_on_a_business_is_no_breacher(nlp) -> None:
    text = (
        "Kent Police investigating ransomware attack on Maidstone estate agency. Hackers stole "
        "the names and bank details of 5,000 tenants from the agency's systems in March. The "
        "agency reported the attack to the Information Commissioner's Office and to Kent "
        'Police. Detective Sergeant Amy Hale of Kent Police said: "We are working with the '
        'agency to find those responsible."'
    )
    ex = extract(Document(text=text), nlp)
    assert not ex.relevant and ex.incidents == []
    # negative: a force investigating its own mistake is still its breacher
    text = (
        "Kent Police emailed a victim's address to her ex-partner in March and is "
        "investigating how it happened. The force reported the breach to the Information "
        "Commissioner's Office."
    )
    assert forces(nlp, text) == ["Kent Police"]
