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
from spacy.tokens import Doc, Span

from extract.datafiles import load_toml


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


@cache
def _context() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load_toml("lemmas.toml")
    return (
        frozenset(data["determiners"]),
        frozenset(data["function_words"]),
        frozenset(data["contraction_hosts"]),
    )


@cache
def noun_readings() -> frozenset[str]:
    """Word forms that are nouns as well as what the table makes of them: the table lemmatises
    their plural to them ("strangers" -> "stranger", "numbers" -> "number") but them to
    something else ("stranger" -> "strange"). Participles in "-ing" stay verbs (patterns
    read "the handling of" as "handle")."""
    table = lemma_table()
    return frozenset(
        w
        for w, lemma in table.items()
        if lemma != w
        and len(w) > 2
        and w.isalpha()
        and lemma.isalpha()  # not the ordinals ("first" -> "1")
        and not w.endswith("ing")
        and (table.get(w + "s") == w or table.get(w + "es") == w)
    )


@cache
def verb_lemmas() -> frozenset[str]:
    """Lemmas that are verbs: those the table gives an "-ing" form ("sending" -> "send").
    A form whose lemma differs from it is a verb's inflection only when the lemma is one:
    "an" -> "a", "these" -> "this", "first" -> "1" are no verbs."""
    return frozenset(
        lemma for w, lemma in lemma_table().items() if w.endswith("ing") and lemma != w
    )


_POSSESSIVES = frozenset(("'s", "\u2019s"))


def readings(word: str) -> list[str]:
    """A listed word's lemmas as documents may carry them: the table's, and for a noun form
    its noun reading too ("stranger": "strange" and "stranger")."""
    lemma = normalise_word(word)
    return [lemma, word.lower()] if word.lower() in noun_readings() else [lemma]


def normalise_word(word: str) -> str:
    return lemma_table().get(word.lower()) or lemma_of(word)


def in_context(lowers: list[str]) -> list[tuple[int, str]]:
    """(index, lemma) for the words whose table lemma the words around them correct: a noun
    form heading its phrase after a determiner keeps its noun reading ("handed to a stranger"
    is "stranger", not "strange"), and a possessive "'s" stays "'s" (only "he's", "it's",
    "there's" ... are "have"), see extract/data/lemmas.toml."""
    determiners, function_words, hosts = _context()
    nouns = noun_readings()
    changed = []
    n = len(lowers)
    for i in range(1, n):
        w = lowers[i]
        if w in _POSSESSIVES:
            if lowers[i - 1] not in hosts:
                changed.append((i, "'s"))
        elif w in nouns and lowers[i - 1] in determiners:
            nxt = lowers[i + 1] if i + 1 < n else ""
            if not nxt[:1].isalpha() or nxt in function_words:
                changed.append((i, w))
    return changed


def normalise(doc: Doc) -> Doc:
    """Set NORM and LEMMA of every token to its lower-case lemma (one bulk array write:
    setting `token.norm_` one by one costs more than the lookups)."""
    if not len(doc):
        return doc
    table = lemma_table()
    strings = doc.vocab.strings
    ids = [strings.add(table.get(t.lower_) or lemma_of(t.text)) for t in doc]
    for i, lemma in in_context([t.lower_ for t in doc]):
        ids[i] = strings.add(lemma)
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
        # Two flat columns: `tolist` of a two-column array builds a list per token.
        lowers = doc.to_array(LOWER).tolist()
        for orth, lower in zip(doc.to_array(ORTH).tolist(), lowers, strict=True):
            lemma_id = memo.get(orth)
            if lemma_id is None:  # as in `normalise`: the lower-case form's lemma, else the word's
                lemma_id = strings.add(table.get(strings[lower]) or lemma_of(strings[orth]))
                memo[orth] = lemma_id
            ids.append(lemma_id)
        for i, lemma in in_context([strings[lower] for lower in lowers]):
            ids[i] = strings.add(lemma)
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
        lemmas += [d for d in map(self._noun_reading, lemmas) if d is not None]
        exact = [self.nlp.make_doc(p[1:].lower()) for p in variants if p.startswith("=")]
        if lemmas:
            self.lemmas.add(key, lemmas)
        if exact:
            self.exact.add(key, exact)

    def _noun_reading(self, pattern: Doc) -> Doc | None:
        """The pattern with its noun forms read as nouns ("stranger", not "strange"), as the
        documents read them after a determiner; None when it has no such form."""
        nouns = noun_readings()
        if not any(t.lower_ in nouns and t.norm_ != t.lower_ for t in pattern):
            return None
        doc = self.nlp.make_doc(pattern.text)
        strings = doc.vocab.strings
        ids = [
            strings.add(t.lower_ if t.lower_ in nouns else p.norm_)
            for t, p in zip(doc, pattern, strict=True)
        ]
        doc.from_array([NORM, LEMMA], numpy.array([ids, ids], dtype="uint64").T)  # type: ignore[arg-type]
        return doc

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        return [*self.lemmas(doc), *self.exact(doc)]

    def spans(self, doc: Doc) -> list[Span]:
        """The same matches as Spans labelled with their key, made inside the matchers (a
        Python loop building them costs more, at hundreds of cues a page)."""
        return [*self.lemmas(doc, as_spans=True), *self.exact(doc, as_spans=True)]
