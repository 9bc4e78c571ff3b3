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
