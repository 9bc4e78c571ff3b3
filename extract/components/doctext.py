"""The document's text, kept once: `Doc.text` rebuilds the string from tokens on every call.

`TextKeepingTokenizer` wraps the pipeline's tokenizer and stores the input string in
`doc.user_data`; components and the assembly read it through `doc_text`.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

_KEY = "breachkb_text"


class TextKeepingTokenizer:
    """Delegates to a spaCy tokenizer and remembers the text of each Doc."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data[_KEY] = text
        return doc

    def __getattr__(self, name: str) -> Any:
        # to_disk/to_bytes/pipe/explain... behave like the wrapped tokenizer.
        return getattr(self.__dict__["tokenizer"], name)


def doc_text(doc: Doc) -> str:
    """`doc.text`, from the copy the tokenizer kept when there is one."""
    text = doc.user_data.get(_KEY)
    return text if isinstance(text, str) else doc.text
