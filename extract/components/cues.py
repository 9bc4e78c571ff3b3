"""`breachkb_cues_v1`: cue phrases of `cues.toml` -> `doc.spans["cues"]`.

One PhraseMatcher pass for every cue list; a span's label is "<table>.<list>", e.g.
"money.fine", "dates.event", "actions.reprimand". The assembly step reads them by sentence.
Phrases match on lemmas (NORM, set by `breachkb_lemmas_v1`): "fine" also finds "fined".
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.lemmas import PhraseSet
from extract.datafiles import load_toml

SPAN_KEY = "cues"
# Tables of cues.toml that are not phrase lists.
_NOT_PHRASES = {"acronyms", "money_glue"}


@Language.factory("breachkb_cues_v1", default_config={"data_dir": ""})
def make_cues(nlp: Language, name: str, data_dir: str) -> CueMatcher:
    return CueMatcher(nlp, data_dir or None)


class CueMatcher:
    def __init__(self, nlp: Language, data_dir: str | None) -> None:
        self.phrases = PhraseSet(nlp)
        for table, lists in load_toml("cues.toml", data_dir).items():
            if table in _NOT_PHRASES:
                continue
            for key, phrases in lists.items():
                if isinstance(phrases, list):
                    self.phrases.add(f"{table}.{key}", phrases)

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPAN_KEY] = self.phrases.spans(doc)
        return doc
