"""Cues match on lemmas (one base form covers inflections), exact forms where the inflection
is the point, and acronym plurals the lookup table lacks."""

from __future__ import annotations

import pytest
import spacy

from extract.components.lemmas import lemma_of
from extract.models import Document
from extract.nlp import extract


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("fined", "fine"), ("Reprimanded", "reprimand"), ("stolen", "steal"), ("DVDs", "dvd"),
     ("USBs", "usb"), ("breaches", "breach")],
)  # fmt: skip
def test_lemmas(word: str, lemma: str) -> None:
    assert lemma_of(word) == lemma


@pytest.mark.parametrize(
    "verb", ["reprimanded", "has reprimanded", "is reprimanding", "reprimands"]
)
def test_one_cue_covers_every_inflection(nlp, verb: str) -> None:
    ex = extract(Document(text=f"The ICO {verb} Gwent Police over a data breach."), nlp)
    assert [i.action for i in ex.incidents] == ["reprimand"]


def test_exact_forms_keep_their_meaning(nlp) -> None:
    signed = "Gwent Police signed an undertaking with the ICO after a data breach."
    assert extract(Document(text=signed), nlp).incidents[0].action == "undertaking"
    undertaken = "Gwent Police said a review was undertaken by the ICO after a data breach."
    assert extract(Document(text=undertaken), nlp).incidents[0].action != "undertaking"


def test_a_noun_shares_no_cue_with_a_verb_of_another_sense(nlp) -> None:
    # "train" is not "training" (a system's history): the year still dates the loss.
    text = (
        "The ICO reprimanded Gwent Police after an officer left a laptop holding victims' "
        "details on a train in 2019."
    )
    assert extract(Document(text=text), nlp).incidents[0].breach_year == 2019


def test_the_memo_gives_what_normalise_gives(nlp) -> None:
    """The pipeline's lemmatiser remembers each word form's lemma; a second sight of a form,
    a doc from another vocabulary and a cleared memo all give `normalise`'s answer."""
    from extract.components.lemmas import Lemmatiser, normalise

    text = "Officers lost DVDs. The DVDs were lost; officers LOST the USBs and Stolen data."
    lemmatiser = Lemmatiser(nlp)
    expected = [t.norm_ for t in normalise(nlp.make_doc(text))]
    assert [t.norm_ for t in lemmatiser(nlp.make_doc(text))] == expected
    assert lemmatiser.memo  # it remembered the forms
    assert [t.norm_ for t in lemmatiser(nlp.make_doc(text))] == expected  # from the memo
    assert [t.lemma_ for t in lemmatiser(nlp.make_doc(text))] == expected
    assert expected[:4] == ["officer", "lose", "dvd", "."]
    other = spacy.blank("en")
    assert [t.norm_ for t in lemmatiser(other.make_doc(text))] == expected
    lemmatiser.MAX_MEMO = 3  # a full memo starts again
    assert [t.norm_ for t in lemmatiser(nlp.make_doc(text))] == expected
    assert 0 < len(lemmatiser.memo) < 20
    assert lemmatiser(nlp.make_doc("")).text == ""
