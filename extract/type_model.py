"""A learned second opinion on the breach type of a sentence.

The type rules (`extract/rules/types.py`) see only the cue phrases listed in
`breach_types.toml`; a reporter's own wording for a known mechanism ("trawled through the
intelligence system", "the pocket book was never recovered") gives them less to go on. A small
spaCy `textcat_multilabel` (`extract/sentence_model.py`), trained from scratch on sentences
written for it (`extract/data/type_corpus.jsonl`, by `python -m extract.train_type_model`),
reads every word of a sentence instead. It ships in `extract/data/type_model/`: nothing is
downloaded. It reads the lemmas our pipeline puts in NORM, so it sees a sentence as the rules
do.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Span

from extract.sentence_model import load_model, span_probs

MODEL_DIR = "type_model"
__all__ = ["MODEL_DIR", "load_type_model", "span_scores"]


def load_type_model(data_dir: str | None = None) -> Language | None:
    """The trained classifier of `data_dir`, or None when that folder holds none."""
    return load_model(MODEL_DIR, data_dir)


def span_scores(spans: Sequence[Span], data_dir: str | None = None) -> list[dict[str, float]]:
    """The probability of each type code for each span; [{}, ...] without a model."""
    return span_probs(MODEL_DIR, spans, data_dir)
