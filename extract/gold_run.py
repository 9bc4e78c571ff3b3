"""Run the pipeline over the documents of a gold file and score what it found (`scoring`
does the scoring; this module only feeds it)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from extract.errors import RejectedDocument
from extract.models import Document, Extraction
from scoring.gold import GoldArticle, load_gold, resolve_document
from scoring.metrics import EvalReport, add_cleaning, score_articles
from scoring.normalise import ArticleFacts, facts_from_gold, facts_from_record


@dataclass
class Extracted:
    """One gold article with the document and extraction the pipeline produced for it."""

    gold: GoldArticle
    document: Document | None
    extraction: Extraction
    error: str | None = None


def facts_from_extraction(extraction: Extraction) -> ArticleFacts:
    """Scoring view of an extraction (the same as its `breachkb extract --format json` line)."""
    return facts_from_record(extraction.to_json())


def extract_gold(gold_file: str | Path, root: str | Path | None = None) -> Iterator[Extracted]:
    """Run clean + nlp over every gold document; a rejected document predicts nothing."""
    from extract.pipeline import process  # imported late: loading spaCy is slow

    for article in load_gold(gold_file):
        path = resolve_document(gold_file, article, root)
        try:
            document, extraction = process(path.read_bytes(), path=str(path), url=article.url)
        except RejectedDocument as exc:
            yield Extracted(article, None, Extraction(relevant=False), error=str(exc))
            continue
        yield Extracted(article, document, extraction)


def score_extracted(results: Iterable[Extracted]) -> EvalReport:
    """Score pipeline output against its gold articles, cleaning included."""
    results = list(results)
    report = score_articles(
        (r.gold.id, facts_from_gold(r.gold), facts_from_extraction(r.extraction)) for r in results
    )
    report.errors = [r.error for r in results if r.error]
    for r in results:
        add_cleaning(report, r.gold, r.document.text if r.document is not None else "")
    return report


def evaluate(gold_file: str | Path, root: str | Path | None = None) -> EvalReport:
    """Extract every document of a gold file and score it."""
    return score_extracted(extract_gold(gold_file, root))
