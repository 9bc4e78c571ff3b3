"""The spaCy pipeline: `spacy.blank("en")` + sentencizer + our rule components.

No statistical model and nothing downloaded: every component is a gazetteer, phrase or
regex matcher precompiled once when the pipeline is built (`get_nlp` caches it).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import cast

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex

from extract import components as _components  # noqa: F401  (registers the factories)
from extract.assemble import assemble
from extract.components.doctext import TextKeepingTokenizer
from extract.models import Document, Extraction

PIPES = (
    "breachkb_linebreaks_v1",
    "breachkb_forces_v1",
    "breachkb_regulators_v1",
    "breachkb_cues_v1",
    "breachkb_breach_types_v1",
    "breachkb_money_v1",
    "breachkb_dates_v1",
)


# "fined£150,000" and mojibake "拢80,000": the currency sign must be its own token so the
# fine cue before it is seen.
_CURRENCY_INFIX = r"(?<=[A-Za-z])(?:£|拢)(?=\d)"
_MOJIBAKE_PREFIXES = ("拢",)


def _tune_tokenizer(nlp: Language) -> None:
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    infixes = [*(nlp.Defaults.infixes or ()), _CURRENCY_INFIX]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    prefixes = [*(nlp.Defaults.prefixes or ()), *_MOJIBAKE_PREFIXES]
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search


def build_nlp() -> Language:
    """A fresh pipeline (tests and benchmarks may want their own)."""
    nlp = spacy.blank("en")
    _tune_tokenizer(nlp)
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    nlp.add_pipe("sentencizer")
    for name in PIPES:
        nlp.add_pipe(name)
    return nlp


@cache
def get_nlp() -> Language:
    """The shared pipeline of this process."""
    return build_nlp()


def extract(doc: Document, nlp: Language | None = None) -> Extraction:
    """Facts of one cleaned document."""
    nlp = nlp or get_nlp()
    return assemble(nlp(doc.text or ""), doc.published)


def extract_many(
    docs: Iterable[Document], n_process: int = 1, batch_size: int = 32
) -> Iterator[Extraction]:
    """Facts of many documents, in order; `n_process > 1` parses in worker processes."""
    nlp = get_nlp()
    pairs = ((d.text or "", d.published) for d in docs)
    for parsed, published in nlp.pipe(
        pairs, as_tuples=True, n_process=n_process, batch_size=batch_size
    ):
        yield assemble(parsed, published)
