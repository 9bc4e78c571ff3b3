"""Round 44: a quote mark inside brackets close by quotes a short name given in passing
('fined Example Police ("EP") £90,000'), as regulators' notices write it, not speech; it ends
no clause (extract/sentences.py `_clause_word`), so the amount after it stays in the clause of
"fined". A quote of speech still ends its clause. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract
from extract.sentences import clause_bounds, split_sentences


def fines(nlp, sentence: str) -> set:  # type: ignore[no-untyped-def]
    text = "Police force fined\n\n" + sentence
    return {i.fine_amount for i in extract(Document(text=text), nlp).incidents}


@pytest.mark.parametrize(
    "sentence",
    [
        'The Information Commissioner\'s Office has fined Greater Manchester Police ("GMP")'
        " £120,000 after a memory stick was lost in 2019.",
        "The ICO has fined the Police Service of Northern Ireland (“PSNI”) £450,000 after a"
        " list of officers was published online in 2022.",
    ],
)
def test_a_quoted_short_name_in_brackets_keeps_the_fine(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert fines(nlp, sentence) - {None}


def _clause_text(nlp, sentence: str, word: str) -> str:  # type: ignore[no-untyped-def]
    doc = nlp(sentence)
    sent = split_sentences(doc)[0]
    i = next(t.i for t in doc if t.text == word)
    lo, hi = clause_bounds(sent, i)
    return doc[lo:hi].text


def test_the_bracketed_quote_ends_no_clause_but_speech_still_does(nlp) -> None:  # type: ignore[no-untyped-def]
    named = 'The ICO fined Dorset Police ("the force") £70,000 for the loss.'
    assert "fined" in _clause_text(nlp, named, "£")
    speech = 'The chief constable said "we are sorry" and £5,000 went to charity.'
    assert "said" not in _clause_text(nlp, speech, "£")
