"""`breachkb_regulators_v1`: mentions of regulators -> `doc.spans["regulators"]`.

Labels are canonical names from `regulators.jsonl`. Context aliases ("the Commissioner",
"the watchdog") count only when the regulator is named in full in the same document; one
that several regulators share stands for the one named nearest before it (the IOPC's story
may name the ICO too, and "the watchdog" after "the IOPC" is the IOPC).
Misspelt names ("Information Comissioner") are found by fuzzy matching, not listed.
Campaign groups and laws are simply absent from the gazetteer. A description that fits every
nation's police oversight body ("the police watchdog", `national_aliases`) is the body of the
nation whose forces the text names (`oversees_police_of`): PIRC beside Police Scotland, the
Police Ombudsman beside the PSNI, the IOPC otherwise.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.aliases import force_aliases, regulator_aliases
from extract.components.forces import SPAN_KEY as FORCES
from extract.components.gazetteer import GazetteerMatcher, acronyms
from extract.datafiles import load_jsonl, load_toml

SPAN_KEY = "regulators"


@Language.factory("breachkb_regulators_v1", default_config={"data_dir": ""})
def make_regulators(nlp: Language, name: str, data_dir: str) -> RegulatorRecognizer:
    return RegulatorRecognizer(nlp, data_dir or None)


class RegulatorRecognizer:
    def __init__(self, nlp: Language, data_dir: str | None) -> None:
        cues = load_toml("cues.toml", data_dir)
        not_typos = [*cues["acronyms"]["not_typos"], *acronyms(force_aliases(data_dir))]
        self.matcher = GazetteerMatcher(
            nlp, regulator_aliases(data_dir), not_typos=not_typos, fuzzy=True, resolve_shared=True
        )
        rows = load_jsonl("regulators.jsonl", data_dir)
        self.national = {a.lower() for r in rows for a in r.get("national_aliases", [])}
        self.overseer = {n: r["name"] for r in rows for n in r.get("oversees_police_of", [])}
        self.nation = {r["name"]: r.get("nation") for r in load_jsonl("forces.jsonl", data_dir)}

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPAN_KEY] = [self._of_nation(doc, s) for s in self.matcher(doc)]
        return doc

    def _of_nation(self, doc: Doc, span: Span) -> Span:
        """'The police watchdog' in a story of Police Scotland is PIRC, not the IOPC."""
        if span.text.lower() not in self.national:
            return span
        nations = {self.nation.get(f.label_) for f in doc.spans.get(FORCES, [])}
        if len(nations) != 1:
            return span
        body = self.overseer.get(nations.pop() or "")
        if body is None or body == span.label_:
            return span
        return Span(doc, span.start, span.end, label=body, kb_id=span.kb_id_)
