"""`breachkb_forces_v1`: mentions of UK police forces -> `doc.spans["forces"]`.

Each span's label is the force's canonical name; `kb_id` says how it was found (strong,
context, near_miss). Place-name references ("Gravesend Police") resolve through
`places.toml`; legacy forces keep their own name (their successor is in the data), save a
force only renamed ("Hampshire Constabulary", now "Hampshire and Isle of Wight
Constabulary") on a page that also names it by its new name: one force, called by both.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.aliases import CONTEXT, force_aliases, regulator_aliases
from extract.components.gazetteer import GazetteerMatcher, acronyms
from extract.datafiles import load_jsonl, load_toml

SPAN_KEY = "forces"


@Language.factory("breachkb_forces_v1", default_config={"data_dir": ""})
def make_forces(nlp: Language, name: str, data_dir: str) -> ForceRecognizer:
    return ForceRecognizer(nlp, data_dir or None)


class ForceRecognizer:
    def __init__(self, nlp: Language, data_dir: str | None) -> None:
        cues = load_toml("cues.toml", data_dir)
        self.matcher = GazetteerMatcher(
            nlp,
            force_aliases(data_dir),
            context_words=cues["roles"]["police_context"],
            blocked_suffixes=cues["roles"]["not_force_suffix"],
            definite_not_before=cues["roles"].get("definite_alias_not_before", []),
            not_typos=[*cues["acronyms"]["not_typos"], *acronyms(regulator_aliases(data_dir))],
        )
        self.not_before = {w.lower() for w in cues["roles"].get("definite_alias_not_before", [])}
        self.renamed = {
            row["name"]: row["successor"]
            for row in load_jsonl("forces.jsonl", data_dir)
            if row.get("renamed") and row.get("successor")
        }

    def __call__(self, doc: Doc) -> Doc:
        spans = [s for s in self.matcher(doc) if s.kb_id_ != CONTEXT or self._names_a_force(s)]
        doc.spans[SPAN_KEY] = self._new_names(spans)
        return doc

    def _names_a_force(self, span: Span) -> bool:
        """A bare place name or short form is a force's name only as a proper noun, written
        with a capital ('Herts officers', not 'the beds officers slept in'), and not when the
        next word makes it another body's ('Met Office forecasters')."""
        words = [t for t in span if t.lower_ != "the"]
        if not words or not words[0].text[:1].isupper():
            return False
        after = span.doc[span.end] if span.end < len(span.doc) else None
        return after is None or after.lower_ not in self.not_before

    def _new_names(self, spans: list[Span]) -> list[Span]:
        """A renamed force's old name stands for its new one where the page also uses the new
        name ('the force, known as Hampshire Constabulary until 2022')."""
        named = {s.label_ for s in spans}
        return [
            Span(s.doc, s.start, s.end, label=self.renamed[s.label_], kb_id=s.kb_id_)
            if s.label_ in self.renamed and self.renamed[s.label_] in named
            else s
            for s in spans
        ]
