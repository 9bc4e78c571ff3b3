"""Small sentence classifiers shipped in `extract/data/`, as second opinions for the rules.

Each is a spaCy `textcat_multilabel` trained from scratch on sentences written for it (never
text from the evaluation articles) and saved in a folder of the data directory: the breach
type classifier (`type_model/`, `extract/type_model.py`) and the regulator-action classifier
(`action_model/`, `extract/action_model.py`). A data folder of one's own need not ship them:
without one, the rules work alone. Scores are kept on the document, so a sentence asked
about twice is scored once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.datafiles import data_path

PIPE = "textcat_multilabel"


@cache
def load_model(folder: str, data_dir: str | None = None) -> Language | None:
    """The classifier saved in `folder` of `data_dir` (the packaged data by default), or
    None when there is none."""
    import spacy

    path = data_path(folder, data_dir)
    if not (path / "config.cfg").is_file():
        return None
    return spacy.load(path)


def span_probs(
    folder: str,
    spans: Sequence[Span],
    data_dir: str | None = None,
    prepare: Callable[[Span], Doc] | None = None,
) -> list[dict[str, float]]:
    """The probability of each label for each span (sentences of one document), scored in
    one batch; [{}, ...] without a model. `prepare` makes the Doc the model reads of a span
    (the span as it stands by default), as its training sentences were made."""
    model = load_model(folder, data_dir)
    if model is None or not spans:
        return [{} for _ in spans]
    doc = spans[0].doc
    kept: dict[tuple[int, int], dict[str, float]] = doc.user_data.setdefault(
        f"breachkb_{folder}", {}
    )
    todo = [s for s in spans if (s.start, s.end) not in kept]
    if todo:
        pipe = model.get_pipe(PIPE)
        labels = list(pipe.labels)  # type: ignore[attr-defined]
        make = prepare or Span.as_doc
        rows = pipe.predict([make(s) for s in todo])  # type: ignore[attr-defined]
        for span, row in zip(todo, rows, strict=True):
            kept[(span.start, span.end)] = {code: float(row[i]) for i, code in enumerate(labels)}
    return [kept[(s.start, s.end)] for s in spans]
