"""Page hints: the force named around the text (headline, URL, site) when the text only says
'the force', with evidence that says where it came from; a regulator's own page makes its
first-person actions its own."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract

ONLY_THE_FORCE = (
    "The force has been reprimanded by the ICO after an officer emailed a victim's address to "
    "the wrong person."
)


def test_force_from_the_url_when_the_text_says_only_the_force(nlp) -> None:
    doc = Document(text=ONLY_THE_FORCE, url="https://news.example/2021/gwent-police-reprimanded")
    ex = extract(doc, nlp)
    assert ex.relevant and ex.incidents[0].force == "Gwent Police"
    where = [e for e in ex.incidents[0].evidence if e.field == "force"]
    assert where[0].source == "URL" and "gwent police" in where[0].sentence


def test_force_from_the_headline_that_the_text_lacks(nlp) -> None:
    doc = Document(text=ONLY_THE_FORCE, title="Dyfed-Powys Police reprimanded over email")
    fact = extract(doc, nlp).incidents[0]
    assert fact.force == "Dyfed-Powys Police"
    assert fact.evidence[0].source == "headline"


def test_force_from_a_police_site(nlp) -> None:
    doc = Document(text=ONLY_THE_FORCE, url="https://www.kent.police.uk/news/statement")
    assert extract(doc, nlp).incidents[0].force == "Kent Police"


def test_no_hint_no_force(nlp) -> None:
    assert not extract(Document(text=ONLY_THE_FORCE), nlp).relevant
    unrelated = Document(text=ONLY_THE_FORCE, url="https://news.example/2021/weather-report")
    assert not extract(unrelated, nlp).relevant


def test_a_force_named_in_the_text_wins_over_the_url(nlp) -> None:
    doc = Document(
        text="Gwent Police has been reprimanded by the ICO after a data breach.",
        url="https://news.example/kent-police-story",
    )
    assert [i.force for i in extract(doc, nlp).incidents] == ["Gwent Police"]


def test_a_regulators_own_page_owns_its_first_person_investigation(nlp) -> None:
    text = (
        "Officer shared images of detainees\n\nWe investigated a Gwent Police officer who "
        "shared images of detainees with friends. Our investigation found he had no policing "
        "purpose."
    )
    iopc = extract(Document(text=text, url="https://www.policeconduct.gov.uk/our-work/x"), nlp)
    fact = iopc.incidents[0]
    assert (fact.regulator, fact.action) == (
        "Independent Office for Police Conduct",
        "investigation",
    )
    elsewhere = extract(Document(text=text, url="https://news.example/x"), nlp).incidents[0]
    assert elsewhere.regulator == "Information Commissioner's Office"  # the implied regulator


WE_SENT_IT = (
    "We are contacting 40 people after an email containing their personal information was sent "
    "to the wrong recipient. We have informed the Information Commissioner's Office."
)


def test_on_a_forces_own_page_we_is_the_force(nlp) -> None:
    own = Document(text=WE_SENT_IT, url="https://www.cumbria.police.uk/news/data-incident")
    ex = extract(own, nlp)
    assert [(i.force, i.breach_type, i.action) for i in ex.incidents] == [
        ("Cumbria Constabulary", "emailed_to_incorrect_recipient", "referral")
    ]
    # The same words on anyone else's page name no force.
    other = Document(text=WE_SENT_IT, url="https://www.example-council.gov.uk/news/data-incident")
    assert not extract(other, nlp).relevant


def test_on_a_forces_own_page_our_review_is_no_regulators_investigation(nlp) -> None:
    text = (
        "We have apologised after a letter with a witness's details was posted to the wrong "
        "address. We have informed the Information Commissioner's Office. We are reviewing how "
        "addresses are checked before letters go out."
    )
    own = Document(text=text, url="https://www.cumbria.police.uk/news/letter-error")
    assert [(i.force, i.action) for i in extract(own, nlp).incidents] == [
        ("Cumbria Constabulary", "referral")
    ]
    # The same review on a regulator's own page is the regulator's.
    regulator = text.replace("We have apologised after", "Cumbria Constabulary apologised after")
    ico = extract(Document(text=regulator, url="https://ico.org.uk/action-weve-taken/x"), nlp)
    assert [i.action for i in ico.incidents] == ["investigation"]
