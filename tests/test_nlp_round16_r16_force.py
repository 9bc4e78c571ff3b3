"""Round 16 (r16-force): force attribution. A force that investigates a loss is no party to
it where the story names another force at fault; ... Every text is a paraphrase written for
the mechanism, with positive and negative cases."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract


def incidents(nlp, text: str, url: str | None = None):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text, url=url, published=date(2024, 3, 10)), nlp)
    return sorted((i.force, i.breach_type, i.breach_year) for i in ex.incidents)


def forces(nlp, text: str, url: str | None = None) -> set[str]:  # type: ignore[no-untyped-def]
    return {f for f, _, _ in incidents(nlp, text, url)}


# --- a force investigating another force's loss is no party to it


def test_a_force_investigating_another_forces_loss_is_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Thames Valley detective loses case notes; Hampshire Constabulary investigating\n\n"
        "A Thames Valley Police detective lost a folder of case notes naming witnesses while "
        "on a night out in Southampton in 2023. "
        "Thames Valley Police said it had told the Information Commissioner's Office."
    )
    assert forces(nlp, text) == {"Thames Valley Police"}
    text = (
        "Officer passed intelligence to gang, court told\n\n"
        "A Merseyside Police officer passed confidential intelligence reports to a gang of "
        "drug dealers in 2021, a court heard. "
        "He was caught after an inquiry by the Independent Office for Police Conduct and "
        "Cheshire Constabulary's anti-corruption unit."
    )
    assert forces(nlp, text) == {"Merseyside Police"}
    # negative: no other force at fault, so the force reviews its own breach
    text = (
        "Kent Police reviewing email blunder\n\n"
        "Kent Police emailed a victim's statement to the man she had accused in 2023. "
        "The force said it had told the Information Commissioner's Office."
    )
    assert forces(nlp, text) == {"Kent Police"}
    # negative: a force investigating a crime against a business stays an enforcer
    text = (
        "Suffolk Constabulary investigating hack at Ipswich estate agent\n\n"
        "Hackers stole the passport scans of 4,000 clients from an Ipswich estate agent in "
        "2023. The firm reported the attack to the Information Commissioner's Office."
    )
    assert forces(nlp, text) == set()


# --- on a page of figures, one person's breach told beside them is a case of its own

_FIGURES = (
    "Lancashire Constabulary recorded 318 data breaches between 2020 and 2023, according "
    "to figures released under the Freedom of Information Act. "
    "The force logged 96 breaches last year, up from 81 the year before. "
)


def test_one_persons_breach_beside_the_figures_is_an_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _FIGURES + (
        "The figures emerged a month after a sergeant was dismissed for emailing a victim's "
        "statement to the wrong email address. The hearing was told he sent it in 2022. "
        "A spokesman said every breach was taken seriously."
    )
    assert incidents(nlp, text) == [
        ("Lancashire Constabulary", "emailed_to_incorrect_recipient", 2022)
    ]
    # how many times one person did it dates the case too: no figure of the page's
    text = _FIGURES + (
        "The release follows the sacking of a detective who looked up the records of his "
        "former wife. He made 45 checks between March and June 2021."
    )
    assert incidents(nlp, text) == [("Lancashire Constabulary", "unauthorised_access", 2021)]
    # negative: what should happen whenever an officer does it is no case
    text = _FIGURES + (
        "Auditors said alerts should be raised whenever an officer looks up the records of "
        "a relative, as happened in 2021."
    )
    assert incidents(nlp, text) == []
    # negative: no date of the breach anywhere, so no case is told, only a remark
    text = _FIGURES + "It is a year since an officer was sacked for looking up records."
    assert incidents(nlp, text) == []


def test_a_case_dated_in_its_own_sentence_keeps_its_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _FIGURES + (
        "In one case in 2022, an officer emailed a victim's statement to the wrong address. "
        "The hearing was told he had also shared her address in 2021."
    )
    assert incidents(nlp, text) == [
        ("Lancashire Constabulary", "emailed_to_incorrect_recipient", 2022)
    ]
    # negative: a case with no date of its own takes the one the story tells next
    text = _FIGURES + (
        "In one case, an officer lost a bag of case files on a bus. "
        "The loss happened in 2021 and was reported to the Information Commissioner's Office."
    )
    assert ("Lancashire Constabulary", "loss_or_theft_of_paperwork", 2021) in incidents(nlp, text)


def test_another_forces_case_among_its_figures_is_an_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _FIGURES + (
        "Cumbria Constabulary recorded 58 breaches over the same period, including one in "
        "2021 when a laptop holding witness statements was stolen from an officer's car."
    )
    assert ("Cumbria Constabulary", "loss_or_theft_of_device", 2021) in incidents(nlp, text)
    # negative: another force's figures alone tell no incident of its own
    text = _FIGURES + (
        "Cumbria Constabulary recorded 58 breaches over the same period, most of them "
        "emails sent to the wrong address."
    )
    assert not any(f == "Cumbria Constabulary" for f, _, _ in incidents(nlp, text))


# --- a story of an unnamed force, another force named only after the lead: the page's force

_UNNAMED = (
    "Police say sorry after abuse victims' details posted to wrong address\n\n"
    "A police force has said sorry after a letter listing the names of abuse victims was "
    "posted to the wrong address in February. "
    "The force said it had reported the error to the Information Commissioner's Office. "
    "Campaigners said the blunder echoed one by Wiltshire Police two years ago."
)


def test_the_pages_force_tells_the_unnamed_forces_story(nlp) -> None:  # type: ignore[no-untyped-def]
    url = "https://www.example-news.co.uk/news/dorset-police-letter-victims-wrong-address-4412"
    assert "Dorset Police" in forces(nlp, _UNNAMED, url)
    assert "Wiltshire Police" not in forces(nlp, _UNNAMED, url)
    # negative: no page force to turn to; the force only compared with it is still none
    assert forces(nlp, _UNNAMED) == set()
    # negative: a lead that names its force keeps it, whatever the URL says
    named = _UNNAMED.replace("A police force has", "Gloucestershire Constabulary has")
    assert "Gloucestershire Constabulary" in forces(nlp, named, url)
    assert "Dorset Police" not in forces(nlp, named, url)
