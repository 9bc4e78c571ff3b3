"""`breachkb_cues_v1`: cue phrases of `cues.toml` -> `doc.spans["cues"]`.

One PhraseMatcher pass for every cue list; a span's label is "<table>.<list>", e.g.
"money.fine", "dates.event", "actions.reprimand". The assembly step reads them by sentence.
Phrases match on lemmas (NORM, set by `breachkb_lemmas_v1`): "fine" also finds "fined".
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

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
        doc.spans[SPAN_KEY] = [s for s in self.phrases.spans(doc) if not _bare_place(s)]
        return doc


_ORGANISATION = "roles.organisation"
# Prepositions before a bare singular noun that make it a place or a state, not a body:
# "pictures of people in hospital", "was sent to prison", "released from prison".
_PLACE_PREPS = {"in", "to", "from", "into", "at"}


def _bare_place(span: Span) -> bool:
    """An organisation word with no determiner, right after a preposition of place ('in
    hospital', 'to prison', 'at school'): where someone is, not a body that acts or is at
    fault. 'a hospital', 'the prison service', 'Prison' as a name stay bodies."""
    if span.label_ != _ORGANISATION or len(span) != 1 or span.start == 0:
        return False
    tok = span[0]
    if not tok.is_lower or tok.lower_.endswith("s"):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.is_alpha and not nxt.is_stop:
        return False  # "to prison officers", "in hospital records": a modifier of a noun
    return tok.doc[tok.i - 1].lower_ in _PLACE_PREPS
