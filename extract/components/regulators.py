"""`breachkb_regulators_v1`: mentions of regulators -> `doc.spans["regulators"]`.

Labels are canonical names from `regulators.jsonl`. Context aliases ("the Commissioner",
"the watchdog") count only when the regulator is named in full in the same document.
Misspelt names ("Information Comissioner") are found by fuzzy matching, not listed.
Campaign groups and laws are simply absent from the gazetteer.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extract.aliases import force_aliases, regulator_aliases
from extract.components.gazetteer import GazetteerMatcher, acronyms
from extract.datafiles import load_toml

SPAN_KEY = "regulators"


@Language.factory("breachkb_regulators_v1", default_config={"data_dir": ""})
def make_regulators(nlp: Language, name: str, data_dir: str) -> RegulatorRecognizer:
    return RegulatorRecognizer(nlp, data_dir or None)


class RegulatorRecognizer:
    def __init__(self, nlp: Language, data_dir: str | None) -> None:
        cues = load_toml("cues.toml", data_dir)
        not_typos = [*cues["acronyms"]["not_typos"], *acronyms(force_aliases(data_dir))]
        self.matcher = GazetteerMatcher(
            nlp, regulator_aliases(data_dir), not_typos=not_typos, fuzzy=True
        )

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPAN_KEY] = self.matcher(doc)
        return doc
