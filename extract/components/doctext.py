"""The document's text, kept once: `Doc.text` rebuilds the string from tokens on every call.

`TextKeepingTokenizer` wraps the pipeline's tokenizer and stores the input string in
`doc.user_data`; components and the assembly read it through `doc_text`.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

_KEY = "breachkb_text"
_DATA_KEY = "breachkb_data_dir"


class TextKeepingTokenizer:
    """Delegates to a spaCy tokenizer and remembers the text of each Doc, and the data folder
    the pipeline was built from (so the rules read the same data files as the components)."""

    def __init__(self, tokenizer: Any, data_dir: str | None = None) -> None:
        self.tokenizer = tokenizer
        self.data_dir = data_dir

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data[_KEY] = text
        if self.data_dir:
            doc.user_data[_DATA_KEY] = self.data_dir
        return doc

    def __getattr__(self, name: str) -> Any:
        # to_disk/to_bytes/pipe/explain... behave like the wrapped tokenizer.
        return getattr(self.__dict__["tokenizer"], name)


def doc_text(doc: Doc) -> str:
    """`doc.text`, from the copy the tokenizer kept when there is one."""
    text = doc.user_data.get(_KEY)
    return text if isinstance(text, str) else doc.text


def doc_data_dir(doc: Doc) -> str | None:
    """The `extract/data` folder of the pipeline that made `doc` (None: the packaged one)."""
    value = doc.user_data.get(_DATA_KEY)
    return value if isinstance(value, str) else None
