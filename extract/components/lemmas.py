"""`breachkb_lemmas_v1`: every token's NORM (and LEMMA) becomes its lower-case lemma.

Cue phrases are matched on NORM, so one entry covers its inflections and capitalisations:
"fine" matches "Fined", "fines" and "fining"; "lose data" matches "lost data". The lemmas
come from spaCy's English lookup table (the `spacy-lookups-data` package, no model and no
download); pattern phrases go through `normalise` too, so both sides agree ("data" is
"datum" on both).
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from importlib.resources import files

import numpy
from spacy.attrs import LEMMA, LOWER, NORM, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc


@cache
def lemma_table() -> dict[str, str]:
    """The English lemma lookup table of `spacy-lookups-data`, word -> lemma, read once."""
    path = files("spacy_lookups_data") / "data" / "en_lemma_lookup.json.gz"
    with gzip.open(str(path), "rt", encoding="utf-8") as fh:
        return dict(json.load(fh))


def lemma_of(word: str) -> str:
    lower = word.lower()
    lemma = lemma_table().get(lower)
    if lemma is not None:
        return lemma
    # The table lacks acronym plurals: "DVDs", "USBs", "PCs" are plurals of "dvd", "usb", "pc".
    if len(word) > 2 and word[-1] == "s" and word[:-1].isupper():
        return lower[:-1]
    return lower


def normalise(doc: Doc) -> Doc:
    """Set NORM and LEMMA of every token to its lower-case lemma (one bulk array write:
    setting `token.norm_` one by one costs more than the lookups)."""
    if not len(doc):
        return doc
    table = lemma_table()
    strings = doc.vocab.strings
    ids = [strings.add(table.get(t.lower_) or lemma_of(t.text)) for t in doc]
    doc.from_array([NORM, LEMMA], numpy.array([ids, ids], dtype="uint64").T)  # type: ignore[arg-type]
    return doc


def pattern_doc(nlp: Language, phrase: str) -> Doc:
    """A cue phrase tokenised and normalised like the documents it is matched against."""
    return normalise(nlp.make_doc(phrase))


@Language.factory("breachkb_lemmas_v1")
def make_lemmas(nlp: Language, name: str) -> Lemmatiser:
    return Lemmatiser(nlp)


class Lemmatiser:
    """`normalise` with a memo from word form (ORTH) to lemma: a news text repeats its words,
    and looking a known form up skips the token objects and string work `normalise` does."""

    MAX_MEMO = 200_000  # word forms; a crawl's vocabulary grows without end

    def __init__(self, nlp: Language) -> None:
        self.strings = nlp.vocab.strings
        self.memo: dict[int, int] = {}  # ORTH hash -> lemma hash, in `self.strings`

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        if strings is not self.strings:
            return normalise(doc)  # a doc from another vocabulary: hashes would not match
        if not len(doc):
            return doc
        if len(self.memo) > self.MAX_MEMO:
            self.memo.clear()
        memo, table = self.memo, lemma_table()
        ids = []
        for orth, lower in doc.to_array([ORTH, LOWER]).tolist():
            lemma = memo.get(orth)
            if lemma is None:  # as in `normalise`: the lower-case form's lemma, else the word's
                lemma = strings.add(table.get(strings[lower]) or lemma_of(strings[orth]))
                memo[orth] = lemma
            ids.append(lemma)
        doc.from_array([NORM, LEMMA], numpy.array([ids, ids], dtype="uint64").T)  # type: ignore[arg-type]
        return doc


class PhraseSet:
    """Cue phrases under keys, matched on lemmas; a phrase written "=like this" matches those
    exact word forms only (case-insensitive), for the few cues whose inflection is the point
    ("=had been fined", "=undertaking" but not "undertaken"). Curly apostrophes are added."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.lemmas = PhraseMatcher(nlp.vocab, attr="NORM")
        self.exact = PhraseMatcher(nlp.vocab, attr="LOWER")

    def add(self, key: str, phrases: list[str]) -> None:
        variants = [*phrases, *(p.replace("'", "\u2019") for p in phrases if "'" in p)]
        lemmas = [pattern_doc(self.nlp, p) for p in variants if not p.startswith("=")]
        exact = [self.nlp.make_doc(p[1:].lower()) for p in variants if p.startswith("=")]
        if lemmas:
            self.lemmas.add(key, lemmas)
        if exact:
            self.exact.add(key, exact)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        return [*self.lemmas(doc), *self.exact(doc)]
