"""Train the sentence breach-type classifier (`extract/type_model.py`) from scratch.

    python -m extract.train_type_model [--corpus FILE] [--out DIR] [--epochs N]

The corpus is sentences written for the purpose (`extract/data/type_corpus.jsonl`: one
`{"text", "labels"}` object a line, `labels` a list of taxonomy codes, empty or `["none"]` for a
sentence telling no mechanism), never text from the evaluation articles. Each sentence is read
by the extractor's own tokenizer and lemmatiser, so the classifier sees the lemmas it will see
at run time. Training is `extract/train_sentence_model.py`'s, shared with the action
classifier.
"""

from __future__ import annotations

import sys
from pathlib import Path

from extract import train_sentence_model
from extract.datafiles import data_path, load_toml
from extract.type_model import MODEL_DIR

CORPUS = "type_corpus.jsonl"


def type_codes(data_dir: str | None = None) -> list[str]:
    """The taxonomy's codes, in the order breach_types.toml lists them."""
    return list(load_toml("breach_types.toml", data_dir)["types"])


def train(corpus: Path, out: Path, epochs: int = 12, data_dir: str | None = None) -> dict:
    """Train the type classifier on `corpus` (labels: the taxonomy's codes), save to `out`."""
    return train_sentence_model.train(corpus, out, type_codes(data_dir), epochs, data_dir)


def main(argv: list[str] | None = None) -> int:
    return train_sentence_model.main(
        argv, __doc__.split("\n\n")[0], data_path(CORPUS), data_path(MODEL_DIR), train
    )


if __name__ == "__main__":
    sys.exit(main())
