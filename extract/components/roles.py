"""`breachkb_roles_v1`: who did what to whom -> `doc.spans["roles"]`.

Role templates (spaCy `Matcher` patterns in extract/data/roles.jsonl) over the merged
entities FORCE and REGULATOR and lemmas: "the ICO fined <FORCE>" makes the force a `target`
(the breacher), "a letter meant for <FORCE>" a `recipient`, "<FORCE> arrested a man" an
`enforcer`. Each match is a span labelled with the role; its kb_id says which force of the
match takes the role ("first" or "last"). The rules read them through `force_roles`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extract.datafiles import load_jsonl

SPAN_KEY = "roles"


@Language.factory("breachkb_roles_v1", default_config={"data_dir": ""})
def make_roles(nlp: Language, name: str, data_dir: str) -> RoleTemplates:
    return RoleTemplates(nlp, data_dir or None)


class RoleTemplates:
    def __init__(self, nlp: Language, data_dir: str | None) -> None:
        self.matcher = Matcher(nlp.vocab)
        for i, row in enumerate(load_jsonl("roles.jsonl", data_dir)):
            self.matcher.add(
                f"{row['role']}|{row['anchor']}|{i}", [row["pattern"]], greedy="LONGEST"
            )

    def __call__(self, doc: Doc) -> Doc:
        if not doc.spans.get("forces"):
            doc.spans[SPAN_KEY] = []  # roles are roles of forces
            return doc
        entities = [Span(doc, s.start, s.end, label="FORCE") for s in doc.spans.get("forces", [])]
        entities += [
            Span(doc, s.start, s.end, label="REGULATOR") for s in doc.spans.get("regulators", [])
        ]
        doc.ents = filter_spans(entities)
        spans = []
        for match_id, start, end in self.matcher(doc):
            role, anchor, _ = doc.vocab.strings[match_id].split("|")
            spans.append(Span(doc, start, end, label=role, kb_id=anchor))
        doc.spans[SPAN_KEY] = sorted(spans, key=lambda s: (s.start, s.end))
        return doc


def force_roles(doc: Doc) -> dict[int, tuple[str, Span]]:
    """Start token of a force mention -> (role, the template match that gave it)."""
    mentions = doc.spans.get("forces", [])
    out: dict[int, tuple[str, Span]] = {}
    for match in doc.spans.get(SPAN_KEY, []):
        inside = [m for m in mentions if match.start <= m.start and m.end <= match.end]
        if not inside:
            continue
        mention = inside[0] if match.kb_id_ == "first" else inside[-1]
        out.setdefault(mention.start, (match.label_, match))
    return out
