"""Clean + extract in worker processes: the whole path per document, not just the NLP.

Cleaning (trafilatura) is most of the cost on HTML, so parallelising only spaCy
(`extract_many(n_process=...)`) leaves the heavy half on one core. Here each worker runs
`extract.pipeline.process` on raw bytes; workers are warmed once (imports, pipeline, data
files), pages go out in chunks, results come back in input order.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from extract.errors import RejectedDocument
from extract.models import Document, Extraction


@dataclass(frozen=True)
class RawInput:
    """One document to process, with the hints `extract.clean.clean` takes."""

    raw: bytes
    path: str | None = None
    url: str | None = None
    content_type: str | None = None


Outcome = tuple[Document, Extraction] | RejectedDocument


def warm_worker() -> None:
    """Build what every document needs before the first one arrives."""
    from extract.boilerplate import load_cues
    from extract.nlp import get_nlp
    from extract.relevance_gate import gate_pattern

    get_nlp()
    load_cues()
    gate_pattern()


def process_one(item: RawInput) -> tuple[Document, Extraction] | tuple[str, str | None]:
    """Worker side; a rejection travels back as (reason, path) and is rebuilt by the caller."""
    from extract.pipeline import process

    try:
        doc, ex = process(
            item.raw,
            path=item.path,
            url=item.url,
            content_type=item.content_type,
        )
    except RejectedDocument as exc:
        return exc.reason, exc.path
    doc.raw = b""  # the caller has the bytes: do not send them back
    return doc, ex


def outcome(item: RawInput, result: tuple[object, object]) -> Outcome:
    """Rebuild what `process_one` sent back: the document (with its bytes) or the rejection."""
    first, second = result
    if isinstance(first, Document) and isinstance(second, Extraction):
        first.raw = item.raw
        return first, second
    return RejectedDocument(str(first), second if isinstance(second, str) else None)


def process_many(
    items: Iterable[RawInput | bytes], workers: int = 2, chunksize: int = 8
) -> Iterator[Outcome]:
    """(Document, Extraction) per input in order, or the `RejectedDocument` saying why not.

    `workers <= 1` runs in this process (no pool start-up cost for small jobs).
    """
    inputs = (i if isinstance(i, RawInput) else RawInput(i) for i in items)
    if workers <= 1:
        warm_worker()
        for item in inputs:
            yield outcome(item, process_one(item))
        return
    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    with context.Pool(workers, initializer=warm_worker) as pool:
        pending: deque[RawInput] = deque()  # sent, awaiting their result (imap keeps order)

        def feed() -> Iterator[RawInput]:
            for item in inputs:
                pending.append(item)
                yield item

        for result in pool.imap(process_one, feed(), chunksize=chunksize):
            yield outcome(pending.popleft(), result)
