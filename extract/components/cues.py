"""`breachkb_cues_v1`: cue phrases of `cues.toml` -> `doc.spans["cues"]`.

One PhraseMatcher pass for every cue list; a span's label is "<table>.<list>", e.g.
"money.fine", "dates.event", "actions.reprimand". The assembly step reads them by sentence.
Phrases match on lemmas (NORM, set by `breachkb_lemmas_v1`): "fine" also finds "fined".
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from extract.components.lemmas import pattern_doc
from extract.datafiles import load_toml

SPAN_KEY = "cues"
# Tables of cues.toml that are not phrase lists.
_NOT_PHRASES = {"numbers", "acronyms", "money_glue"}


@Language.factory("breachkb_cues_v1", default_config={"data_dir": ""})
def make_cues(nlp: Language, name: str, data_dir: str) -> CueMatcher:
    return CueMatcher(nlp, data_dir or None)


class CueMatcher:
    def __init__(self, nlp: Language, data_dir: str | None) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        self.exact = PhraseMatcher(nlp.vocab, attr="LOWER")  # "=had been fined"
        for table, lists in load_toml("cues.toml", data_dir).items():
            if table in _NOT_PHRASES:
                continue
            for key, phrases in lists.items():
                if not isinstance(phrases, list):
                    continue
                variants = [*phrases, *(p.replace("'", "\u2019") for p in phrases if "'" in p)]
                lemmas = [pattern_doc(nlp, p) for p in variants if not p.startswith("=")]
                exact = [nlp.make_doc(p[1:].lower()) for p in variants if p.startswith("=")]
                if lemmas:
                    self.matcher.add(f"{table}.{key}", lemmas)
                if exact:
                    self.exact.add(f"{table}.{key}", exact)

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPAN_KEY] = [
            Span(doc, start, end, label=match_id)
            for matcher in (self.matcher, self.exact)
            for match_id, start, end in matcher(doc)
        ]
        return doc
