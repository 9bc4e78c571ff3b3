"""A learned second opinion on a regulator's action told in a sentence.

The action rules (`extract/rules/actions.py`) read an action from the cue words of
`actions.toml` in the regulator's clause; a reporter's own wording ("the watchdog is looking
into what went wrong", "officials from the commissioner's office have been making
enquiries") gives them nothing to go on. A small spaCy `textcat_multilabel`
(`extract/sentence_model.py`), trained from scratch on sentences written for it
(`extract/data/action_corpus.jsonl`, by `python -m extract.train_action_model`), reads the
whole sentence and gives each action of the severity order a probability. It ships in
`extract/data/action_model/`.

It never sees a regulator's name. Every regulator mention of the sentence (the pipeline's
`regulators` spans; for a training sentence, the same gazetteer with every alias taken as a
name) is replaced by one placeholder word, `[learned] placeholder` of actions.toml, a
leading "the" kept ("the ICO said" and "the watchdog said" both read "the regulator said").
So it learns what a sentence says the regulator does, never that a name means an inquiry:
"The ICO said so." and "The Information Commissioner said so." are one sentence to it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Doc, Span

from extract.datafiles import load_toml
from extract.sentence_model import span_probs

MODEL_DIR = "action_model"


def placeholder(data_dir: str | None = None) -> str:
    """The word that stands for every regulator mention (actions.toml [learned])."""
    return str(load_toml("actions.toml", data_dir).get("learned", {}).get("placeholder", ""))


def kept_before(data_dir: str | None = None) -> frozenset[str]:
    """The words opening a regulator's mention that stay before the placeholder
    (actions.toml [learned] `kept_before`: "the ICO" reads "the regulator")."""
    learned = load_toml("actions.toml", data_dir).get("learned", {})
    return frozenset(w.lower() for w in learned.get("kept_before", []))


def masked(
    span: Span, regulators: Sequence[Span], word: str, kept: Collection[str] = frozenset()
) -> Doc:
    """`span` as a Doc of its own, each of `regulators` inside it one `word` (a first word
    of the mention in `kept`, its "the", kept before it); every other token keeps its text,
    spacing and NORM (the lemma)."""
    starts = {r.start: r for r in regulators if span.start <= r.start and r.end <= span.end}
    words: list[str] = []
    spaces: list[bool] = []
    norms: list[str] = []
    i = span.start
    doc = span.doc
    while i < span.end:
        reg = starts.get(i)
        if reg is None or not word:
            tok = doc[i]
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))
            norms.append(tok.norm_)
            i += 1
            continue
        first = doc[reg.start]
        if first.lower_ in kept and len(reg) > 1:
            words.append(first.text)
            spaces.append(True)
            norms.append(first.norm_)
        words.append(word)
        spaces.append(bool(doc[reg.end - 1].whitespace_))
        norms.append(word.lower())
        i = reg.end
    out = Doc(doc.vocab, words=words, spaces=spaces)
    for tok, norm in zip(out, norms, strict=True):
        tok.norm_ = norm
    return out


def action_scores(spans: Sequence[Span], data_dir: str | None = None) -> list[dict[str, float]]:
    """The probability of each action for each span, its regulators masked (`masked`);
    [{}, ...] without a model."""
    word, kept = placeholder(data_dir), kept_before(data_dir)

    def prepare(span: Span) -> Doc:
        return masked(span, list(span.doc.spans.get("regulators", [])), word, kept)

    return span_probs(MODEL_DIR, spans, data_dir, prepare=prepare)
