"""Train the regulator-action classifier (`extract/action_model.py`) from scratch.

    python -m extract.train_action_model [--corpus FILE] [--out DIR] [--epochs N]

The corpus is sentences written for the purpose (`extract/data/action_corpus.jsonl`: one
`{"text", "labels"}` object a line, `labels` actions of the severity order in
`actions.toml`, `["none"]` for a sentence telling no regulator's action), never text from the
evaluation articles. Training is `extract/train_sentence_model.py`'s, shared with the
breach-type classifier: the same architecture, the same seeded, single-threaded run. Each
sentence's regulators are masked as at run time (`extract.action_model.masked`): found by
the regulator gazetteer with every alias taken as a name (a sentence here has no page to
support "the watchdog"), each replaced by actions.toml's `[learned] placeholder`, which the
model's meta.json records.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from spacy.tokens import Doc

from extract import train_sentence_model
from extract.action_model import MODEL_DIR, kept_before, masked, placeholder
from extract.components.regulators import SPAN_KEY, RegulatorRecognizer
from extract.datafiles import data_path, load_toml

CORPUS = "action_corpus.jsonl"


def action_codes(data_dir: str | None = None) -> list[str]:
    """The actions, most severe first, as actions.toml orders them."""
    return list(load_toml("actions.toml", data_dir)["severity"])


def corpus_masker(data_dir: str | None = None) -> Callable[[Doc], Doc]:
    """A training sentence (read by the extractor's reader) with its regulators masked."""
    from extract.nlp import build_nlp

    recognizer = RegulatorRecognizer(build_nlp(data_dir), data_dir, every_alias=True)
    word, kept = placeholder(data_dir), kept_before(data_dir)

    def mask(doc: Doc) -> Doc:
        doc = recognizer(doc)
        return masked(doc[:], list(doc.spans[SPAN_KEY]), word, kept)

    return mask


def train(corpus: Path, out: Path, epochs: int = 12, data_dir: str | None = None) -> dict:
    """Train the action classifier on `corpus`, its regulators masked, and save to `out`."""
    return train_sentence_model.train(
        corpus,
        out,
        action_codes(data_dir),
        epochs,
        data_dir,
        prepare=corpus_masker(data_dir),
        meta={"placeholder": placeholder(data_dir)},
    )


def main(argv: list[str] | None = None) -> int:
    return train_sentence_model.main(
        argv, __doc__.split("\n\n")[0], data_path(CORPUS), data_path(MODEL_DIR), train
    )


if __name__ == "__main__":
    sys.exit(main())
