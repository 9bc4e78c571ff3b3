"""Training shared by the sentence classifiers of `extract/sentence_model.py`.

The breach-type classifier (`extract/train_type_model.py`) and the regulator-action
classifier (`extract/train_action_model.py`) learn the same way from their own corpora of
sentences written for the purpose: the same small architecture, read by the extractor's own
tokenizer and lemmatiser (so the model sees the lemmas it will see at run time), seeded and
single-threaded (the same corpus gives the same model). Each script brings only its labels
and how a sentence is prepared.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extract.sentence_model import PIPE

if TYPE_CHECKING:
    from spacy.tokens import Doc

SEED = 0

# Small on purpose: a few thousand sentences, a model of a few megabytes, a few milliseconds
# a document. Lemmas (NORM), word shape and affixes feed a window encoder; a bag of words
# and pairs sits beside it.
MODEL: dict[str, Any] = {
    "@architectures": "spacy.TextCatEnsemble.v2",
    "tok2vec": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {
            "@architectures": "spacy.MultiHashEmbed.v2",
            "width": 64,
            "rows": [2000, 1000, 500, 1000, 200],
            "attrs": ["NORM", "LOWER", "PREFIX", "SUFFIX", "SHAPE"],
            "include_static_vectors": False,
        },
        "encode": {
            "@architectures": "spacy.MaxoutWindowEncoder.v2",
            "width": 64,
            "window_size": 1,
            "maxout_pieces": 3,
            "depth": 2,
        },
    },
    "linear_model": {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": False,
        "length": 2**15,
        "ngram_size": 2,
        "no_output_layer": False,
    },
}


def corpus_digest(path: Path) -> str:
    """The corpus's SHA-256, kept in the model's meta.json: a test tells a corpus edited
    without retraining."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_corpus(path: Path, codes: list[str]) -> list[tuple[str, set[str]]]:
    """(text, labels) pairs; a label outside `codes` is an error worth stopping for."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        labels = {x for x in row.get("labels", []) if x != "none"}
        unknown = labels - set(codes)
        if unknown:
            raise ValueError(f"{path}:{n}: labels outside {codes}: {sorted(unknown)}")
        rows.append((str(row["text"]), labels))
    return rows


def train(
    corpus: Path, out: Path, codes: list[str], epochs: int = 12, data_dir: str | None = None,
    prepare: Callable[[Doc], Doc] | None = None, meta: dict[str, Any] | None = None,
) -> dict:  # fmt: skip
    """Train on `corpus`, save to `out`; returns a short report (sentences, labels, loss).
    `codes` are the labels; `prepare` turns each
    sentence, as the extractor's reader read it, into what the model learns from (the
    sentence itself by default), as the model will be asked at run time; `meta` is kept in
    the model's meta.json beside the corpus digest."""
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    from extract.nlp import build_nlp

    rows = read_corpus(corpus, codes)
    reader = build_nlp(data_dir)
    keep = ["breachkb_linebreaks_v1", "breachkb_lemmas_v1"]
    with reader.select_pipes(enable=keep):
        docs = list(reader.pipe(text for text, _ in rows))
    if prepare is not None:
        docs = [prepare(doc) for doc in docs]
    fix_random_seed(SEED)
    model = spacy.blank("en")
    pipe = model.add_pipe(PIPE, config={"model": MODEL, "threshold": 0.5})
    for code in codes:
        pipe.add_label(code)  # type: ignore[attr-defined]
    examples = [
        Example.from_dict(doc, {"cats": {c: float(c in labels) for c in codes}})
        for doc, (_, labels) in zip(docs, rows, strict=True)
    ]
    optimizer = model.initialize(lambda: examples)
    order = random.Random(SEED)
    losses: dict[str, float] = {}
    for _ in range(epochs):
        order.shuffle(examples)
        losses = {}
        for batch in minibatch(examples, size=16):
            model.update(batch, sgd=optimizer, drop=0.2, losses=losses)
    digest = corpus_digest(corpus)
    model.meta["breachkb"] = {
        "corpus_sha256": digest,
        "epochs": epochs,
        "seed": SEED,
        **(meta or {}),
    }
    out.mkdir(parents=True, exist_ok=True)
    model.to_disk(out)
    loss = round(losses.get(PIPE, 0.0), 4)
    return {"sentences": len(rows), "labels": len(codes), "last_loss": loss}


def main(
    argv: list[str] | None,
    description: str,
    corpus: Path,
    out: Path,
    run: Callable[[Path, Path, int], dict],
) -> int:
    """The command line of a training script: `--corpus`, `--out`, `--epochs`; `run` trains
    and returns the report printed as JSON."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--corpus", type=Path, default=corpus)
    ap.add_argument("--out", type=Path, default=out)
    ap.add_argument("--epochs", type=int, default=12)
    a = ap.parse_args(argv)
    print(json.dumps(run(a.corpus, a.out, a.epochs)))
    return 0
