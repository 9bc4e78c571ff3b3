"""`breachkb_breach_types_v1`: breach-type and key-term phrases -> span groups.

`doc.spans["breach_cues"]`: label = taxonomy code, kb_id = strength (strong|weak|objects|loss).
`doc.spans["key_terms"]`: label = normalised term ("usb stick", "dvd"). Scoring lives in the
assembly step; the weights are documented in `breach_types.toml`.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extract.components.lemmas import PhraseSet, normalise
from extract.datafiles import load_toml

CUES_KEY = "breach_cues"
TERMS_KEY = "key_terms"
STRENGTHS = ("strong", "weak", "objects")
# A pair's action and object belong to one clause: none of these in between.
_CLAUSE_BREAKS = [
    "and",
    "but",
    "which",
    "who",
    "after",
    "before",
    "when",
    "while",
    "because",
    ",",
    ";",
    ":",
    ".",
    "!",
    "?",
    "(",
    ")",
    '"',
    "“",
    "”",
    "-",
    "–",
    "—",
]


@Language.factory("breachkb_breach_types_v1", default_config={"data_dir": ""})
def make_breach_types(nlp: Language, name: str, data_dir: str) -> BreachTypeMatcher:
    return BreachTypeMatcher(nlp, data_dir or None)


class BreachTypeMatcher:
    def __init__(self, nlp: Language, data_dir: str | None) -> None:
        data = load_toml("breach_types.toml", data_dir)
        # Lemmas (NORM): "lost laptop" also finds "lost laptops", "stolen" also "stole".
        self.cues = PhraseSet(nlp)
        self.terms = PhraseSet(nlp)
        for code, spec in data["types"].items():
            for strength in STRENGTHS:
                phrases = spec.get(strength, [])
                if phrases:
                    self.cues.add(f"{code}|{strength}", phrases)
        self.pairs = Matcher(nlp.vocab)
        pair_lists = [(code, spec.get("pairs", [])) for code, spec in data["types"].items()]
        pair_lists.append(("_misdirected", data["cues"].get("misdirected_pairs", [])))
        for code, pairs in pair_lists:
            for actions, objects, *apart in pairs:
                most = int(apart[0]) if apart else 6  # words allowed in between
                # "=named": that word form only (the verb, not the noun "names")
                lemmas = [a for a in actions if not a.startswith("=")]
                forms = [a[1:] for a in actions if a.startswith("=")]
                firsts = [{"NORM": {"IN": lemmas}}] if lemmas else []
                firsts += [{"LOWER": {"IN": forms}}] if forms else []
                patterns: list[list[dict[str, Any]]] = [
                    [
                        first,
                        {"NORM": {"NOT_IN": _CLAUSE_BREAKS}, "OP": f"{{0,{most}}}"},
                        {"NORM": {"IN": objects}},
                    ]
                    for first in firsts
                ]
                self.pairs.add(f"{code}|strong", patterns, greedy="FIRST")
        self._add_unremoved(nlp, data["cues"])
        self.cues.add("_loss|loss", data["cues"]["loss"])
        for key in ("processing", "misdirected", "email_media", "post_media"):
            self.cues.add(f"_{key}|{key}", data["cues"][key])
        for term, variants in data["terms"].items():
            self.terms.add(term, variants)

    def _add_unremoved(self, nlp: Language, cues: dict[str, list[str]]) -> None:
        """Redaction in other words: a failure to remove what identifies someone, active
        ('without removing the victim's address') or passive ('her address had not been
        removed'), as strong `failure_to_redact` pairs."""
        first = [w.split()[0] for w in cues["unremoved_removals"]]
        things = [w.split()[-1] for w in cues["unremoved_things"]]
        gap: dict[str, Any] = {"NORM": {"NOT_IN": _CLAUSE_BREAKS}}
        fail: dict[str, Any] = {"NORM": {"IN": cues["unremoved_failures"]}}
        remove: dict[str, Any] = {
            "NORM": {"IN": [normalise(nlp.make_doc(w))[0].norm_ for w in first]}
        }
        thing: dict[str, Any] = {
            "NORM": {"IN": [normalise(nlp.make_doc(w))[0].norm_ for w in things]}
        }
        active: list[dict[str, Any]] = [
            fail, {**gap, "OP": "{0,2}"}, remove, {**gap, "OP": "{0,4}"}, thing
        ]  # fmt: skip
        passive: list[dict[str, Any]] = [
            thing, {**gap, "OP": "{0,4}"}, fail, {**gap, "OP": "{0,2}"}, remove
        ]  # fmt: skip
        self.pairs.add("failure_to_redact|strong", [active, passive], greedy="FIRST")

    def __call__(self, doc: Doc) -> Doc:
        by_code: dict[str, list[Span]] = {}
        for match_id, start, end in self.cues(doc):
            code, strength = doc.vocab.strings[match_id].split("|")
            by_code.setdefault(code, []).append(Span(doc, start, end, label=code, kb_id=strength))
        # "usb stick" must not also count as "usb": longest match per code. A pair is one more
        # cue beside them (once per action word), never hiding the phrases inside it.
        cues = [s for spans in by_code.values() for s in filter_spans(spans)]
        strong_starts = {(c.label_, c.start) for c in cues if c.kb_id_ == "strong"}
        paired: set[tuple[str, int]] = set(strong_starts)  # a phrase already says it
        for match_id, start, end in sorted(self.pairs(doc), key=lambda m: (m[1], m[2])):
            code, strength = doc.vocab.strings[match_id].split("|")
            # a misdirection already spelt out by a phrase ("sent to the wrong address")
            spelt = code == "_misdirected" and any(s == start for _, s in strong_starts)
            if (code, start) not in paired and not spelt:
                paired.add((code, start))
                cues.append(Span(doc, start, end, label=code, kb_id=strength))
        # The pair's action word is no extra weak cue of its own ("disclosed ... to a friend").
        cues = [
            c
            for c in cues
            if not (c.kb_id_ == "weak" and (c.label_, c.start) in paired - strong_starts)
        ]
        doc.spans[CUES_KEY] = sorted(cues, key=lambda s: s.start)
        doc.spans[TERMS_KEY] = filter_spans(
            [Span(doc, s, e, label=m) for m, s, e in self.terms(doc)]
        )
        return doc
