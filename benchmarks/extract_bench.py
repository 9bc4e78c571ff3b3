"""Throughput of the full extract (clean + nlp) against bare trafilatura, in one run.

Measures, on the same HTML pages:
  1. bare `trafilatura.extract(html, include_comments=False)`, one process (the reference);
  2. breachkb `extract.pipeline.process` on the HTML, one process, with the time split
     between cleaning and NLP and the NLP split per spaCy component;
  3. the same on plain text (the clean text of those pages, or `--texts DIR`);
  4. with `--workers N > 1`: N warmed processes, each running the whole path (clean + NLP)
     on its chunks of pages, as `extract.parallel.process_many` does.
Ratios are documents/s against (1). Targets: (2) >= 0.7x, (4) with 2 workers >= 1.3x.
Most pages of a news corpus mention the police without naming a force, place or national
figure; the NLP's gate decides those without spaCy, so the gate is timed over every clean
text and the per-component split (the rules after the pipeline included) over the texts
spaCy does read.

    .venv/bin/python benchmarks/extract_bench.py --pages ../shared/aeb/html --workers 2
"""

from __future__ import annotations

import argparse
import gzip
import multiprocessing
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import trafilatura

if TYPE_CHECKING:
    from extract.models import Document


@dataclass
class Run:
    name: str
    documents: int
    words: int
    seconds: float  # wall clock
    cpu: float  # CPU seconds of every process doing the work: robust to a busy machine

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def docs_per_cpu_s(self) -> float:
        return self.documents / self.cpu if self.cpu else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def read_pages(folder: Path, limit: int | None) -> list[bytes]:
    files = sorted(p for p in folder.iterdir() if p.name.endswith((".html", ".htm", ".html.gz")))
    if not files:
        sys.exit(f"error: no .html or .html.gz pages in {folder}")
    files = files[:limit] if limit else files
    return [gzip.decompress(p.read_bytes()) if p.suffix == ".gz" else p.read_bytes() for p in files]


def read_texts(folder: Path, limit: int | None) -> list[bytes]:
    files = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
    if not files:
        sys.exit(f"error: no .txt files in {folder}")
    return [p.read_bytes() for p in (files[:limit] if limit else files)]


def words(text: str | None) -> int:
    return len(text.split()) if text else 0


def timed(name: str, items: Sequence[bytes], work: Callable[[bytes], int]) -> Run:
    start, cpu = time.perf_counter(), time.process_time()
    total = sum(work(item) for item in items)
    return Run(name, len(items), total, time.perf_counter() - start, time.process_time() - cpu)


def bare_trafilatura(page: bytes) -> int:
    return words(trafilatura.extract(page, include_comments=False))


def bare_with_metadata(page: bytes) -> int:
    # What the cleaner needs (title, author, date) costs trafilatura this much more.
    return words(trafilatura.extract(page, include_comments=False, with_metadata=True))


@dataclass
class Split:
    clean: float = 0.0
    nlp: float = 0.0
    rejected: int = 0


def full_extract(
    items: Sequence[bytes], content_type: str, split: Split
) -> tuple[Run, list[Document]]:
    """clean + nlp, one process, timing each half; returns the clean documents too."""
    from extract.clean import clean
    from extract.errors import RejectedDocument
    from extract.nlp import extract

    docs: list[Document] = []
    total_words = 0
    start, cpu = time.perf_counter(), time.process_time()
    for raw in items:
        t0 = time.perf_counter()
        try:
            doc = clean(raw, content_type=content_type)
        except RejectedDocument:
            split.rejected += 1
            split.clean += time.perf_counter() - t0
            continue
        t1 = time.perf_counter()
        extract(doc)
        split.clean += t1 - t0
        split.nlp += time.perf_counter() - t1
        docs.append(doc)
        total_words += words(doc.text)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    name = f"clean+nlp on {content_type}, 1 process"
    return Run(name, len(items), total_words, seconds, cpu), docs


def fresh_pipeline() -> None:
    """Forget the cached pipeline and build a new one, so every timed run starts with the
    same cold vocabulary (spaCy creates a lexeme for each word it has not seen yet) and no
    period phrases remembered from an earlier run (extract.rules.periods memoises them)."""
    from extract.nlp import get_nlp
    from extract.rules.periods import clear_cache

    get_nlp.cache_clear()
    clear_cache()
    get_nlp()


def gated(docs: Sequence[Document]) -> tuple[list[Document], float]:
    """The documents spaCy reads (those the NLP's gate, `extract.nlp._gate`, does not decide)
    and the seconds the gate took over all of them."""
    from extract.nlp import _gate, get_nlp

    nlp = get_nlp()
    start = time.perf_counter()
    read = [d for d in docs if _gate(d, nlp) is None]
    return read, time.perf_counter() - start


ASSEMBLE = "rules after the pipeline (assemble)"


def component_times(docs: Sequence[Document]) -> dict[str, float]:
    """Seconds spent in each spaCy component (tokenizer included) and in the rules after the
    pipeline (`assemble`) over `docs`, with a fresh (cold) pipeline. Each is timed on its own,
    so nothing is a difference of two timings (which went negative once most pages skipped
    spaCy)."""
    from extract.assemble import assemble
    from extract.nlp import build_nlp, hints_of

    nlp = build_nlp()
    times: dict[str, float] = {"tokenizer": 0.0}
    for document in docs:
        t0 = time.perf_counter()
        doc = nlp.make_doc(document.text or "")
        times["tokenizer"] += time.perf_counter() - t0
        for name, component in nlp.pipeline:
            t0 = time.perf_counter()
            doc = component(doc)
            times[name] = times.get(name, 0.0) + time.perf_counter() - t0
        t0 = time.perf_counter()
        assemble(doc, document.published, hints_of(document))
        times[ASSEMBLE] = times.get(ASSEMBLE, 0.0) + time.perf_counter() - t0
    return times


def bare_spacy_seconds(texts: Sequence[str]) -> float:
    """The floor for the NLP: `spacy.blank("en")` + sentencizer, cold, on the same texts."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    start = time.perf_counter()
    for text in texts:
        nlp(text)
    return time.perf_counter() - start


def _warm_worker() -> None:
    from extract.parallel import warm_worker

    warm_worker()


def _worker_chunk(args: tuple[list[bytes], str, bool]) -> tuple[int, int, float]:
    """One worker's share, through the shipped worker path (`extract.parallel.process_one`:
    clean + gated NLP per document); returns (documents, words, CPU seconds)."""
    from extract.parallel import RawInput, process_one

    items, content_type, warm_up = args
    if warm_up:  # hold the worker so every worker gets one warm-up call
        time.sleep(0.5)
    cpu = time.process_time()
    count = total_words = 0
    for raw in items:
        result = process_one(RawInput(raw, content_type=content_type))
        if isinstance(result[0], str):
            continue  # rejected: (reason, path)
        count += 1
        total_words += words(result[0].text)
    return count, total_words, time.process_time() - cpu


def parallel_extract(items: Sequence[bytes], content_type: str, workers: int) -> Run:
    """N warm worker processes; the timer covers only the work, not spaCy start-up."""
    # Small chunks, so that no worker idles while the other finishes a big last one.
    size = max(1, min(8, -(-len(items) // (workers * 4))))
    chunks = [(list(items[i : i + size]), content_type, False) for i in range(0, len(items), size)]
    from extract.nlp import get_nlp

    get_nlp.cache_clear()  # forked workers build their own, cold
    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    with context.Pool(workers, initializer=_warm_worker) as pool:
        # Every worker cleans and extracts one page first: imports, caches, lazy data files.
        pool.map(_worker_chunk, [(list(items[:1]), content_type, True)] * workers, chunksize=1)
        start = time.perf_counter()
        results = pool.map(_worker_chunk, chunks, chunksize=1)
        seconds = time.perf_counter() - start
    name = f"clean+nlp on {content_type}, {workers} processes"
    return Run(name, len(items), sum(r[1] for r in results), seconds, sum(r[2] for r in results))


def report(runs: list[Run], reference: Run) -> None:
    """Wall-clock throughput and ratio, then per-CPU-second throughput and ratio."""
    print(
        f"{'run':46} {'docs':>5} {'docs/s':>7} {'words/s':>8} {'ratio':>6}"
        f" {'docs/cpu-s':>10} {'cpu ratio':>9}"
    )
    for run in runs:
        ratio = run.docs_per_s / reference.docs_per_s if reference.docs_per_s else 0.0
        cpu_ratio = run.docs_per_cpu_s / reference.docs_per_cpu_s if reference.cpu else 0.0
        print(
            f"{run.name:46} {run.documents:5d} {run.docs_per_s:7.1f} {run.words_per_s:8.0f}"
            f" {ratio:5.2f}x {run.docs_per_cpu_s:10.1f} {cpu_ratio:8.2f}x"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=Path("../shared/aeb/html"))
    parser.add_argument("--texts", type=Path, default=None, help="plain-text folder (.txt)")
    parser.add_argument("--workers", type=int, default=2, help="also run N processes if N > 1")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N pages")
    parser.add_argument("--repeat", type=int, default=1, help="run the page list N times")
    args = parser.parse_args(argv)
    if not args.pages.is_dir():
        sys.exit(f"error: --pages {args.pages} is not a folder")

    pages = read_pages(args.pages, args.limit) * args.repeat
    print(f"{len(pages)} HTML pages from {args.pages}; {multiprocessing.cpu_count()} CPUs")
    _warm_worker()  # spaCy pipeline built before any timer starts
    trafilatura.extract(pages[0], include_comments=False)
    _worker_chunk(([pages[0]], "html", False))  # the cleaner's imports and lazy data too

    reference = timed("bare trafilatura.extract, 1 process", pages, bare_trafilatura)
    with_metadata = timed("  same, with_metadata=True (not a target)", pages, bare_with_metadata)
    html_split = Split()
    fresh_pipeline()
    html_run, clean_docs = full_extract(pages, "html", html_split)
    clean_texts = [d.text for d in clean_docs]
    if args.texts:
        texts = read_texts(args.texts, args.limit) * args.repeat
    else:
        texts = [t.encode("utf-8") for t in clean_texts]
    text_split = Split()
    fresh_pipeline()
    text_run, _ = full_extract(texts, "text", text_split)
    runs = [reference, with_metadata, html_run, text_run]
    if args.workers > 1:
        runs.append(parallel_extract(pages, "html", args.workers))
        runs.append(parallel_extract(texts, "text", args.workers))
    report(runs, reference)

    for label, split in (("HTML", html_split), ("text", text_split)):
        total = split.clean + split.nlp
        print(
            f"{label}: clean {split.clean:.2f}s ({split.clean / (total or 1):.0%}), "
            f"nlp {split.nlp:.2f}s ({split.nlp / (total or 1):.0%}), rejected {split.rejected}"
        )
    read, gate_seconds = gated(clean_docs)
    times = component_times(read)
    total = sum(times.values())
    print(
        f"the NLP's gate over the {len(clean_docs)} clean HTML texts: {gate_seconds:.3f}s; "
        f"it lets {len(read)} through to spaCy"
    )
    print(f"nlp by component (fresh pipeline, on those {len(read)} texts):")
    for name, seconds in sorted(times.items(), key=lambda kv: -kv[1]):
        print(f"  {name:36} {seconds:7.3f}s {seconds / total if total else 0.0:6.1%}")
    print(f"  total {total:.3f}s")
    bare = bare_spacy_seconds([d.text or "" for d in read])
    print(f"bare spacy.blank('en') + sentencizer on the same texts: {bare:.3f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
