"""Round 21 (breach year), each mechanism proved by paraphrases written for it, positive and
negative: an event noun's lemma met as an inflected verb ('a report was leaked') is no noun
that a verb before it takes as object; a discovery verb as an infinitive of purpose ('looked
up the records to find out about her') tells what the act was for, not the breach's finding;
a state kept since a date may carry an adverb in -ly after its auxiliary ('had been publicly
available ... since 2017')."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract

PUBLISHED = date(2024, 3, 1)


def primary(nlp, text: str, published: date | None = PUBLISHED) -> int | None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text, published=published), nlp)
    incident = next(i for i in ex.incidents if i.mention == "primary")
    return incident.breach_year


# --- an event word as an inflected verb is no object noun


def test_an_event_verb_form_is_no_object_of_the_word_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sussex Police has been reprimanded by the ICO after a confidential report was leaked "
        "to the press in February last year."
    )
    assert primary(nlp, text) == 2023
    # negative: the noun after a verb of telling is still the telling's object
    text = (
        "Sussex Police has been reprimanded by the ICO. The force reported the leak to the "
        "ICO in February last year."
    )
    assert primary(nlp, text) is None


# --- "to find out": what the act was for


def test_a_discovery_infinitive_of_purpose_is_no_finding(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A Dorset Police sergeant has been jailed for misconduct in public office. From 2020 "
        "until his arrest in 2022, he used police computers to find out about women he met."
    )
    assert primary(nlp, text) == 2020
    # negative: a finding the force was able to make stays a finding
    text = (
        "A Dorset Police sergeant has been jailed for misconduct in public office after "
        "looking up police records. The force was able to discover the searches in 2022."
    )
    assert primary(nlp, text) is None


# --- a state kept since a date, with an adverb after its auxiliary


def test_a_state_with_an_adverb_since_a_date_dates_the_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cumbria Police has apologised after crime victims' names were found on its website. "
        "The list had been publicly available on the site since 2018."
    )
    assert primary(nlp, text) == 2018
    # negative: a state word after an adverb with no auxiliary before them is no state kept
    text = (
        "Cumbria Police has apologised after crime victims' names were found on its website. "
        "The force said such lists, once publicly available, had been banned since 2018."
    )
    assert primary(nlp, text) is None
