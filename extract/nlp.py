"""The spaCy pipeline: `spacy.blank("en")` + sentencizer + our rule components.

No statistical model and nothing downloaded: every component is a gazetteer, phrase or
regex matcher precompiled once when the pipeline is built (`get_nlp` caches it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from extract import EXTRACTOR_VERSION
from extract import components as _components  # noqa: F401  (registers the factories)
from extract.assemble import assemble
from extract.components.doctext import TextKeepingTokenizer
from extract.models import Document, Extraction
from extract.relevance_gate import mentions_police
from extract.rules.hints import PageHints

PIPES = (
    "breachkb_linebreaks_v1",
    "breachkb_lemmas_v1",
    "breachkb_forces_v1",
    "breachkb_regulators_v1",
    "breachkb_cues_v1",
    "breachkb_breach_types_v1",
    "breachkb_money_v1",
    "breachkb_dates_v1",
    "breachkb_context_v1",
    "breachkb_roles_v1",
)


# Mojibake "拢80,000" (a pound sign read as GBK): the sign must be its own token, like "£".
_MOJIBAKE_PREFIXES = ("拢",)


# "fined£150,000": a word glued to a currency sign splits before the sign, so "fined" is
# still a word of its own (a fine cue) and the amount still an amount.
_GLUED_CURRENCY = r"(?<=[A-Za-z])(?=[£$€拢])"


def _tokenizer_rules(
    nlp: Language,
) -> tuple[list[str | re.Pattern[str]], list[str | re.Pattern[str]]]:
    """spaCy's English prefixes and infixes, with ours added."""
    prefixes = [*(nlp.Defaults.prefixes or ()), *_MOJIBAKE_PREFIXES]
    infixes = [*(nlp.Defaults.infixes or ()), _GLUED_CURRENCY]
    return prefixes, infixes


@spacy.registry.tokenizers("breachkb_tokenizer_v1")
def _create_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's default tokenizer (`spacy.Tokenizer.v1`) built with our prefixes and infixes
    from the start: setting them on a built tokenizer reloads its ~4,000 special cases once
    per attribute (a quarter of a second of every pipeline build, forkserver included)."""

    def create(nlp: Language) -> Tokenizer:
        prefixes, infixes = _tokenizer_rules(nlp)
        suffixes = nlp.Defaults.suffixes
        return Tokenizer(
            nlp.vocab,
            rules=nlp.Defaults.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(prefixes).search,
            suffix_search=compile_suffix_regex(suffixes).search if suffixes else None,
            infix_finditer=compile_infix_regex(infixes).finditer,
            token_match=nlp.Defaults.token_match,
            url_match=nlp.Defaults.url_match,
        )

    return create


_TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "breachkb_tokenizer_v1"}}}


# Components that read extract/data files: built from `data_dir` when one is given.
_DATA_PIPES = {
    "breachkb_forces_v1",
    "breachkb_regulators_v1",
    "breachkb_cues_v1",
    "breachkb_breach_types_v1",
    "breachkb_context_v1",
    "breachkb_roles_v1",
}


def build_nlp(data_dir: str | None = None) -> Language:
    """A fresh pipeline (tests and benchmarks may want their own); `data_dir` replaces the
    packaged extract/data folder for the components and the rules alike."""
    nlp = spacy.blank("en", config=_TOKENIZER_CONFIG)
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer, data_dir)
    nlp.add_pipe("sentencizer")
    for name in PIPES:
        config = {"data_dir": data_dir or ""} if name in _DATA_PIPES else {}
        nlp.add_pipe(name, config=config)
    return nlp


def pipeline_data_dir(nlp: Language) -> str | None:
    return getattr(nlp.tokenizer, "data_dir", None)


@cache
def get_nlp() -> Language:
    """The shared pipeline of this process."""
    return build_nlp()


def hints_of(doc: Document) -> PageHints:
    """The headline (when the text does not start with it), URL and site of a document."""
    title = doc.title if doc.title and not (doc.text or "").lstrip().startswith(doc.title) else None
    return PageHints(title=title, url=doc.url, site=doc.site_name)


def _gated(reason: str = "no UK police force named") -> Extraction:
    """The result for a text the relevance gate skips: not relevant, for `reason` (by default
    what assemble says for no force)."""
    return Extraction(relevant=False, relevance_reason=reason, extractor_version=EXTRACTOR_VERSION)


def _gate(doc: Document, nlp: Language) -> str | None:
    """Why spaCy need not read this document, or None when it must.

    First the cheap look: a text that names no police cannot be relevant, unless the page is
    a force's own (its "we" is the force). Then, with the shipped data, the raw scan's
    condition on the cleaned document (`extract.raw_scan.scan_document`), which rejects only
    pages the full path finds irrelevant with no incident and no figure (tests/test_raw_scan*.py
    and tests/test_nlp_gate.py check it over every fixture and eval text, spaCy run on each):
    most news pages that mention the police in passing name no force, place or national figure,
    and parsing them was most of the extractor's time. A page kept only by the national route
    is parsed whatever its headline says, and so is a rejected page with a phrase of a figure
    for all forces: neither can be relevant, but the full path lists the national figures it
    reads there. The scan's vocabulary is that of the shipped
    data, so a pipeline built from another data folder keeps the cheap look only."""
    data_dir = pipeline_data_dir(nlp)
    if not (mentions_police(doc.text or "", data_dir) or hints_of(doc).own_voice()):
        return "no UK police force named"
    if data_dir is None:
        from extract.raw_scan import scan_document

        verdict = scan_document(doc, headline=False)
        if not verdict.keep and not verdict.national:
            return verdict.reason
    return None


def story_date(doc: Document) -> date | None:
    """The page's date that relative dates in the story count from. A day taken only from
    the URL ('/2009/03/09/', `Document.published_from_url`; a plain text's, or an HTML page's
    whose markup states no date) is none: the
    story states no year there, so 'in December' or 'last Thursday' tells no breach year
    (the page keeps the day as its publication date all the same)."""
    return None if doc.published_from_url else doc.published


def extract(doc: Document, nlp: Language | None = None, *, gate: bool = True) -> Extraction:
    """Facts of one cleaned document; `gate=False` runs spaCy even on texts naming no police."""
    text = doc.text or ""
    nlp = nlp or get_nlp()
    if gate and (reason := _gate(doc, nlp)) is not None:
        return _gated(reason)
    return assemble(nlp(text), story_date(doc), hints_of(doc))


def extract_many(
    docs: Iterable[Document], n_process: int = 1, batch_size: int = 32, *, gate: bool = True
) -> Iterator[Extraction]:
    """Facts of many documents, in order; `n_process > 1` parses in worker processes."""
    nlp = get_nlp()
    skipped: dict[int, Extraction] = {}  # gated results waiting for their turn

    def to_parse() -> Iterator[tuple[str, tuple[int, date | None, PageHints]]]:
        for i, doc in enumerate(docs):
            text = doc.text or ""
            if gate and (reason := _gate(doc, nlp)) is not None:
                skipped[i] = _gated(reason)
            else:
                yield text, (i, story_date(doc), hints_of(doc))

    done = 0
    for parsed, (i, published, hints) in nlp.pipe(
        to_parse(), as_tuples=True, n_process=n_process, batch_size=batch_size
    ):
        while done < i:  # every skipped document before this one is known by now
            yield skipped.pop(done)
            done += 1
        yield assemble(parsed, published, hints)
        done = i + 1
    while done in skipped:
        yield skipped.pop(done)
        done += 1
