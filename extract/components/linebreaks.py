"""`breachkb_linebreaks_v1`: a new sentence starts after every line break.

Clean text keeps titles, captions and list items on their own lines without final
punctuation; the punctuation-based sentencizer alone would glue them to the next sentence.
Runs after `sentencizer`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("breachkb_linebreaks_v1")
def linebreaks(doc: Doc) -> Doc:
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc
