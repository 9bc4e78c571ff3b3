"""A learned second opinion on a regulator's action told in a sentence.

The action rules (`extract/rules/actions.py`) read an action from the cue words of
`actions.toml` in the regulator's clause; a reporter's own wording ("the watchdog is looking
into what went wrong", "officials from the commissioner's office have been making
enquiries") gives them nothing to go on. A small spaCy `textcat_multilabel`
(`extract/sentence_model.py`), trained from scratch on sentences written for it
(`extract/data/action_corpus.jsonl`, by `python -m extract.train_action_model`), reads the
whole sentence and gives each action of the severity order a probability. It ships in
`extract/data/action_model/`.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from extract.sentence_model import span_probs

MODEL_DIR = "action_model"


def action_scores(spans: Sequence[Span], data_dir: str | None = None) -> list[dict[str, float]]:
    """The probability of each action for each span; [{}, ...] without a model."""
    return span_probs(MODEL_DIR, spans, data_dir)
