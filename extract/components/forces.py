"""`breachkb_forces_v1`: mentions of UK police forces -> `doc.spans["forces"]`.

Each span's label is the force's canonical name; `kb_id` says how it was found (strong,
context, near_miss). Place-name references ("Gravesend Police") resolve through
`places.toml`; legacy forces keep their own name (their successor is in the data).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extract.aliases import force_aliases, regulator_aliases
from extract.components.gazetteer import GazetteerMatcher, acronyms
from extract.datafiles import load_toml

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

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPAN_KEY] = self.matcher(doc)
        return doc
