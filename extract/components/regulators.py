"""`breachkb_regulators_v1`: mentions of regulators -> `doc.spans["regulators"]`.

Labels are canonical names from `regulators.jsonl`. Context aliases ("the Commissioner",
"the watchdog") count only when the regulator is named in full in the same document; one
that several regulators share stands for the one named nearest before it (the IOPC's story
may name the ICO too, and "the watchdog" after "the IOPC" is the IOPC).
Misspelt names ("Information Comissioner") are found by fuzzy matching, not listed.
Campaign groups and laws are simply absent from the gazetteer. A description that fits every
nation's police oversight body ("the police watchdog", `national_aliases`) is the body of the
nation whose forces the text names (`oversees_police_of`): PIRC beside Police Scotland, the
Police Ombudsman beside the PSNI, the IOPC otherwise. A body's short title (`nation_aliases`:
"the Ombudsman") names it, its full name nowhere on the page, when every force the text names
is of the nation it oversees ("the Ombudsman found ..." in a story of the PSNI) and no
capitalised word before it makes it another's ("the Financial Ombudsman"). A page of a body's
topic (`topic_words`: "personal data") that names no regulator at all means that body by its
plainest description (`topic_aliases`: "the force reported itself to the regulator").

A sentence read alone, without its page (a classifier's training sentence), has no page to
support a context alias: `RegulatorRecognizer(..., every_alias=True)` takes every alias of
the gazetteer as a name ("the watchdog said ..." is a regulator's mention there).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from extract.aliases import STRONG, Alias, force_aliases, regulator_aliases
from extract.components.forces import SPAN_KEY as FORCES
from extract.components.gazetteer import GazetteerMatcher, acronyms
from extract.datafiles import load_jsonl, load_toml

SPAN_KEY = "regulators"


@Language.factory("breachkb_regulators_v1", default_config={"data_dir": ""})
def make_regulators(nlp: Language, name: str, data_dir: str) -> RegulatorRecognizer:
    return RegulatorRecognizer(nlp, data_dir or None)


class RegulatorRecognizer:
    def __init__(self, nlp: Language, data_dir: str | None, every_alias: bool = False) -> None:
        """`every_alias`: context aliases count as names, for sentences read without their
        page."""
        cues = load_toml("cues.toml", data_dir)
        not_typos = [*cues["acronyms"]["not_typos"], *acronyms(force_aliases(data_dir))]
        aliases = regulator_aliases(data_dir)
        if every_alias:  # a nation's short title ("the Ombudsman") too
            shorts = [
                Alias(text, r["name"], STRONG)
                for r in load_jsonl("regulators.jsonl", data_dir)
                for text in r.get("nation_aliases", [])
            ]
            aliases = [*(Alias(a.text, a.canonical, STRONG) for a in aliases), *shorts]
        self.matcher = GazetteerMatcher(
            nlp, aliases, not_typos=not_typos, fuzzy=True, resolve_shared=True
        )
        rows = load_jsonl("regulators.jsonl", data_dir)
        self.national = {a.lower() for r in rows for a in r.get("national_aliases", [])}
        self.overseer = {n: r["name"] for r in rows for n in r.get("oversees_police_of", [])}
        self.nation = {r["name"]: r.get("nation") for r in load_jsonl("forces.jsonl", data_dir)}
        self.short = PhraseMatcher(nlp.vocab, attr="LOWER")
        for r in rows:
            for text in r.get("nation_aliases", []):
                self.short.add(r["name"], [nlp.make_doc(text)])
        self.topic_aliases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.topic_words = PhraseMatcher(nlp.vocab, attr="LOWER")
        for r in rows:
            for text in r.get("topic_aliases", []):
                self.topic_aliases.add(r["name"], [nlp.make_doc(text)])
            for text in r.get("topic_words", []):
                self.topic_words.add(r["name"], [nlp.make_doc(text.lower())])

    def __call__(self, doc: Doc) -> Doc:
        spans = [self._of_nation(doc, s) for s in self.matcher(doc)]
        spans = spans or self._of_topic(doc)
        doc.spans[SPAN_KEY] = sorted(
            [*spans, *self._short_titles(doc, spans)], key=lambda s: s.start
        )
        return doc

    def _of_topic(self, doc: Doc) -> list[Span]:
        """A page naming no regulator: 'the regulator' is the body whose topic the page is
        about ('Kent Police reported itself to the regulator after personal data of 200
        victims was emailed to the wrong address'), if the page is of one body's topic."""
        topics = {doc.vocab.strings[m] for m, _, _ in self.topic_words(doc)}
        if len(topics) != 1:
            return []
        name = topics.pop()
        return [
            Span(doc, start, end, label=name, kb_id="context")
            for match_id, start, end in self.topic_aliases(doc)
            if doc.vocab.strings[match_id] == name
        ]

    def _short_titles(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'The Ombudsman' in a story whose forces are all of Northern Ireland: the Police
        Ombudsman, its full name unwritten (`nation_aliases`). Capitalised as a title, not
        inside another name ('the Financial Ombudsman', 'Local Government Ombudsman'), and
        not where the gazetteer already found a body."""
        nations = {self.nation.get(f.label_) for f in doc.spans.get(FORCES, [])}
        if len(nations) != 1:
            return []
        nation = nations.pop() or ""
        if any(s.label_ == self.overseer.get(nation) for s in spans):
            return []  # named in full: its context aliases ("the Ombudsman") already count
        covered = {i for s in spans for i in range(s.start, s.end)}
        out = []
        for match_id, start, end in self.short(doc):
            name = doc.vocab.strings[match_id]
            if self.overseer.get(nation) != name or covered & set(range(start, end)):
                continue
            if not doc[start].text[:1].isupper():
                continue  # "an ombudsman", a common noun
            if start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start:
                continue  # "the Financial Ombudsman"
            out.append(Span(doc, start, end, label=name, kb_id="context"))
        return out

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
