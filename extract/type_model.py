"""A learned second opinion on the breach type of a sentence.

The type rules (`extract/rules/types.py`) see only the cue phrases listed in
`breach_types.toml`; a reporter's own wording for a known mechanism ("trawled through the
intelligence system", "the pocket book was never recovered") gives them less to go on. A small
spaCy `textcat_multilabel`, trained from scratch on sentences written for it
(`extract/data/type_corpus.jsonl`, by `python -m extract.train_type_model`), reads every word
of a sentence instead. It ships in `extract/data/type_model/`: nothing is downloaded.

It reads the lemmas our pipeline puts in NORM, so it sees a sentence as the rules do. Scores
are kept on the document, so a sentence scored for one incident is not scored again for the
next.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.language import Language
from spacy.tokens import Span

from extract.datafiles import data_path

MODEL_DIR = "type_model"
PIPE = "textcat_multilabel"
_KEPT = "breachkb_type_model"  # doc.user_data key: (start, end) -> {code: probability}


@cache
def load_type_model(data_dir: str | None = None) -> Language | None:
    """The trained classifier of `data_dir` (the packaged data by default), or None when that
    folder holds none: a data folder of one's own need not ship one, and the rules then work
    alone."""
    import spacy

    path = data_path(MODEL_DIR, data_dir)
    if not (path / "config.cfg").is_file():
        return None
    return spacy.load(path)


def span_scores(spans: Sequence[Span], data_dir: str | None = None) -> list[dict[str, float]]:
    """The probability of each type code for each span (sentences of one document), scored in
    one batch; [{}, ...] without a model."""
    model = load_type_model(data_dir)
    if model is None or not spans:
        return [{} for _ in spans]
    doc = spans[0].doc
    kept: dict[tuple[int, int], dict[str, float]] = doc.user_data.setdefault(_KEPT, {})
    todo = [s for s in spans if (s.start, s.end) not in kept]
    if todo:
        pipe = model.get_pipe(PIPE)
        labels = list(pipe.labels)  # type: ignore[attr-defined]
        rows = pipe.predict([s.as_doc() for s in todo])  # type: ignore[attr-defined]
        for span, row in zip(todo, rows, strict=True):
            kept[(span.start, span.end)] = {code: float(row[i]) for i, code in enumerate(labels)}
    return [kept[(s.start, s.end)] for s in spans]
