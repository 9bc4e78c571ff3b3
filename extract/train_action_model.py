"""Train the regulator-action classifier (`extract/action_model.py`) from scratch.

    python -m extract.train_action_model [--corpus FILE] [--out DIR] [--epochs N]

The corpus is sentences written for the purpose (`extract/data/action_corpus.jsonl`: one
`{"text", "labels"}` object a line, `labels` actions of the severity order in
`actions.toml`, `["none"]` for a sentence telling no regulator's action), never text from the
evaluation articles. Training is the breach-type classifier's (`extract/train_type_model.py`):
the same architecture, the same seeded, single-threaded run.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from extract.action_model import MODEL_DIR
from extract.datafiles import data_path, load_toml
from extract.train_type_model import train

CORPUS = "action_corpus.jsonl"


def action_codes(data_dir: str | None = None) -> list[str]:
    """The actions, most severe first, as actions.toml orders them."""
    return list(load_toml("actions.toml", data_dir)["severity"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=data_path(CORPUS))
    ap.add_argument("--out", type=Path, default=data_path(MODEL_DIR))
    ap.add_argument("--epochs", type=int, default=12)
    a = ap.parse_args(argv)
    print(json.dumps(train(a.corpus, a.out, a.epochs, codes=action_codes())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
