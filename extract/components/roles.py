"""`breachkb_roles_v1`: who did what to whom -> `doc.spans["roles"]`.

Role templates (spaCy `Matcher` patterns in extract/data/roles.jsonl) over the merged
entities FORCE and REGULATOR and lemmas: "the ICO fined <FORCE>" makes the force a `target`
(the breacher), "a letter meant for <FORCE>" a `recipient`, "<FORCE> arrested a man" an
`enforcer`. Each match is a span labelled with the role; its kb_id says which force of the
match takes the role ("first" or "last"). A template may name the `voice` of the verb after
the force: "<force> is being investigated" (passive) makes a target, "<force> has arrested"
(active) an enforcer, never the other way round. A `former` force ("a former Essex Police
officer") is judged by the rules: a past employer only when the story names another force at
fault. The rules read them through `force_roles`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extract.datafiles import load_jsonl

SPAN_KEY = "roles"
SPEAKER = "speaker"  # the force voices a statement ("Kent Police said ..."): rules judge its role
# The force is told of what happened ("..., Kent Police was told"): judged as a speaker, but
# it wins over the passive target template its words also match ("Kent Police was told to").
TOLD = "told"
TARGET = "target"  # a regulator acts on the force: its breach
INVESTIGATOR = "investigator"  # the force looks into a loss: another's, or its own


@Language.factory("breachkb_roles_v1", default_config={"data_dir": ""})
def make_roles(nlp: Language, name: str, data_dir: str) -> RoleTemplates:
    return RoleTemplates(nlp, data_dir or None)


class RoleTemplates:
    def __init__(self, nlp: Language, data_dir: str | None) -> None:
        self.matcher = Matcher(nlp.vocab)
        for i, row in enumerate(load_jsonl("roles.jsonl", data_dir)):
            voice = row.get("voice", "")
            self.matcher.add(
                f"{row['role']}|{row['anchor']}|{voice}|{i}", [row["pattern"]], greedy="LONGEST"
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
            role, anchor, voice, _ = doc.vocab.strings[match_id].split("|")
            if any(t.is_space and "\n" in t.text for t in doc[start:end]):
                continue  # a headline's last word and the next line's first: two sentences
            if voice and (voice == "passive") != _passive_verb(doc[start:end]):
                continue  # "Kent Police has been prosecuted" enforces nothing; "is investigating"
            spans.append(Span(doc, start, end, label=role, kb_id=anchor))
        doc.spans[SPAN_KEY] = sorted(spans, key=lambda s: (s.start, s.end))
        return doc


def _passive_verb(match: Span) -> bool:
    """The verb after the force in a '<force> has been arrested' match is in the passive
    voice (a template's `voice` says which voice it means)."""
    from extract.sentences import is_passive  # sentences imports nothing from components

    after = [t for t in match if t.ent_type_ != "FORCE" and t.norm_ not in {"be", "have"}]
    return bool(after) and is_passive(match.doc[match.start : after[0].i + 1])


def force_roles(doc: Doc) -> dict[int, tuple[str, Span]]:
    """Start token of a force mention -> (role, the template match that gave it)."""
    mentions = doc.spans.get("forces", [])
    out: dict[int, tuple[str, Span]] = {}
    # A force that speaks may also act in the same words ("Kent Police, which was fined,
    # said ..."): any other role of the mention comes first.
    # A force told of the news after it ("..., Kent Police was told") hears it: that comes
    # before the passive target its words also match ("Kent Police was told to improve").
    matches = sorted(
        doc.spans.get(SPAN_KEY, []), key=lambda m: (m.label_ != TOLD, m.label_ == SPEAKER)
    )
    for match in matches:
        inside = [m for m in mentions if match.start <= m.start and m.end <= match.end]
        if not inside:
            continue
        mention = inside[0] if match.kb_id_ == "first" else inside[-1]
        had = out.get(mention.start)
        if (
            had is not None
            and had[0] == TARGET
            and match.label_ == INVESTIGATOR
            and had[1].start < match.start < mention.start
        ):
            # "the IOPC asked Dyfed-Powys Police to assist": the regulator's request hangs on
            # a nearer verb that makes the force a helper of the inquiry, not its subject
            out[mention.start] = (INVESTIGATOR, match)
            continue
        out.setdefault(mention.start, (SPEAKER if match.label_ == TOLD else match.label_, match))
    return out
