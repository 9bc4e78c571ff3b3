"""Round 19, branch r19-relevance: answering a request is no sign of lateness ('in answer
to an FOI request', 'the force later said'), so a breach told that way is no compliance
story; the force as the subject that underwent its breach ('Kent Police has suffered a data
breach', 'Essex Police admits data leak') names the breach as its own; a data word naming a
job, document or process ('a data protection impact assessment', 'the data protection
officer') is no sign of a breach. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract
from extract.rules.relevance import data_breach_words
from extract.sentences import split_sentences


def relevant(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    return extract(Document(text=text), nlp).relevant


# --- answering a request is not answering it late


@pytest.mark.parametrize(
    "text",
    [
        "Essex Police was reprimanded by the ICO after a data breach, the force said in answer "
        "to a Freedom of Information request.",
        "Durham Constabulary was reprimanded by the ICO over a data breach, the force later "
        "said in reply to a Freedom of Information request.",
    ],
)
def test_an_answer_to_a_request_is_no_lateness(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Essex Police was reprimanded by the ICO for answering Freedom of Information requests "
        "late.",
        "Durham Constabulary was reprimanded by the ICO after leaving hundreds of Freedom of "
        "Information requests unanswered.",
    ],
)
def test_late_or_unanswered_requests_stay_compliance(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


# --- the force underwent its breach


@pytest.mark.parametrize(
    "text",
    [
        "Kent Police has suffered a data breach. The force apologised.",
        "Norfolk Constabulary admits data leak. The force apologised to those affected.",
        "Cleveland Police experienced a serious data breach in the spring, the force said.",
    ],
)
def test_the_force_underwent_its_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kent Police said it had not suffered a data breach. The force said the claims were false.",
        "Kent Police has suffered a fall in recruitment. A data breach at a council was reported.",
    ],
)
def test_no_breach_undergone(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


# --- a data word naming a job, document or process


def _first(nlp, text: str):  # type: ignore[no-untyped-def]
    return split_sentences(nlp(text))[0]


@pytest.mark.parametrize(
    "text",
    [
        "Surrey Police completed a data protection impact assessment before buying drones.",
        "The force has appointed a new data protection officer.",
        "All call handlers will attend data protection training next month.",
    ],
)
def test_a_data_word_naming_a_process_is_no_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not data_breach_words(_first(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Surrey Police reported a data protection breach to the regulator.",
        "The officer was found to have breached data protection law.",
        "Personal data of witnesses was sent to the wrong address.",
    ],
)
def test_data_words_still_tell_a_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert data_breach_words(_first(nlp, text))


# --- a warning given as a sanction is no advice


@pytest.mark.parametrize(
    "text",
    [
        "Arrest video shared on WhatsApp. A Devon and Cornwall Police officer has been given a "
        "final written warning after sharing body-worn video footage of an arrest.",
        "Crash footage shared on WhatsApp. A Gwent Police call handler received a written "
        "warning after sharing CCTV footage of a crash.",
    ],
)
def test_a_warning_given_as_a_sanction_is_no_advice(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


def test_advice_to_the_public_stays_advice(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(
        nlp,
        "Police send advice on scam texts. Kent Police has emailed residents with advice about "
        "fake messages.",
    )


# --- a cyber attack on the force's own systems


@pytest.mark.parametrize(
    "text",
    [
        "Police confirm cyber attack. Derbyshire Constabulary has confirmed that it was the "
        "victim of a ransomware attack that disrupted its systems.",
        "Cyber attack on police. Lincolnshire Police was hit by a ransomware attack on Tuesday.",
        "Police systems offline. A ransomware attack on Dorset Police took its systems offline.",
    ],
)
def test_a_cyber_attack_on_the_force_is_its_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Gym chain hacked. Thames Valley Police said officers were among members affected by "
        "a ransomware attack on a gym chain.",
        "Police warn of cyber attacks. Officers from Kent Police said ransomware attacks had "
        "risen sharply.",
        "Council hit by hackers. Essex Police is investigating a ransomware attack on "
        "Basildon Council.",
    ],
)
def test_an_attack_on_others_is_not_the_forces(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(nlp, text)


# --- the force apologised for its breach; 'the force' stands for the force named


@pytest.mark.parametrize(
    "text",
    [
        "Police say sorry. Kent Police has apologised for a data breach. The force said it had "
        "written to those affected.",
        "Inquiry under way. Sussex Police said a data breach at the force was being investigated.",
    ],
)
def test_an_apology_or_the_force_names_its_breach(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert relevant(nlp, text)


def test_an_apology_over_a_councils_breach_is_not_the_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not relevant(
        nlp,
        "Police apologise. Kent Police apologised after a data breach at Medway Council "
        "exposed residents' details.",
    )
