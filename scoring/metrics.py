"""Precision, recall and F1 of extraction against gold: the figures `breachkb eval` prints and
the eval gate pins.

Comparison is on the *set* of non-null values of each field per article, micro-averaged over
articles, so a fact repeated by two incidents of one article counts once and a missed fact
counts once.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any

from scoring.clustering import ClusterScore
from scoring.gold import GoldArticle
from scoring.normalise import FIELDS, ArticleFacts, count_rows, field_values, incident_tuples


@dataclass
class Score:
    """Micro-averaged counts. With nothing to find and nothing claimed, P = R = F1 = 1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: Iterable[Hashable], predicted: Iterable[Hashable]) -> None:
        gold_set, predicted_set = set(gold), set(predicted)
        self.tp += len(gold_set & predicted_set)
        self.fp += len(predicted_set - gold_set)
        self.fn += len(gold_set - predicted_set)

    def to_json(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Disagreement:
    """One field of one document where gold and prediction differ (for `eval --diff`)."""

    document: str
    field: str
    gold: list[Any]
    predicted: list[Any]


@dataclass
class Cleaning:
    """Gold `boilerplate` lines the cleaner left in and `must_keep` lines it lost."""

    boilerplate: int = 0
    boilerplate_left: int = 0
    must_keep: int = 0
    must_keep_lost: int = 0

    @property
    def boilerplate_removed(self) -> float:
        return 1 - self.boilerplate_left / self.boilerplate if self.boilerplate else 1.0

    @property
    def must_keep_kept(self) -> float:
        return 1 - self.must_keep_lost / self.must_keep if self.must_keep else 1.0


@dataclass
class EvalReport:
    """Every figure `breachkb eval` prints, plus the disagreements behind them."""

    documents: int = 0
    fields: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in FIELDS})
    incident: Score = field(default_factory=Score)
    breach_counts: Score = field(default_factory=Score)
    relevance_correct: int = 0
    disagreements: list[Disagreement] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # documents the extractor rejected
    clustering: ClusterScore | None = None
    cleaning: Cleaning = field(default_factory=lambda: Cleaning())

    @property
    def relevance_accuracy(self) -> float:
        return self.relevance_correct / self.documents if self.documents else 1.0

    def figures(self, *, measured: bool = False) -> dict[str, float]:
        """Flat name -> value, the form `baseline.json` pins.

        With `measured`, leave out the figures that are 1.0 by construction: a precision
        with nothing claimed, a recall with nothing to find, an F1 with neither, clustering
        with no gold incident, accuracy over no document. A floor on one of those would
        only punish the first claim, right or wrong.
        """
        out: dict[str, float] = {}
        scores = {**self.fields, "incident": self.incident, "breach_counts": self.breach_counts}
        for name, score in scores.items():
            if not measured or score.tp + score.fp:
                out[f"{name}.precision"] = round(score.precision, 4)
            if not measured or score.tp + score.fn:
                out[f"{name}.recall"] = round(score.recall, 4)
            if not measured or score.tp + score.fp + score.fn:
                out[f"{name}.f1"] = round(score.f1, 4)
        if not measured or self.documents:
            out["relevance.accuracy"] = round(self.relevance_accuracy, 4)
        if self.clustering is not None and (not measured or self.clustering.items):
            out["clustering.precision"] = round(self.clustering.precision, 4)
            out["clustering.recall"] = round(self.clustering.recall, 4)
            out["clustering.f1"] = round(self.clustering.f1, 4)
        if self.cleaning.boilerplate or self.cleaning.must_keep:
            out["cleaning.boilerplate_removed"] = round(self.cleaning.boilerplate_removed, 4)
            out["cleaning.must_keep_kept"] = round(self.cleaning.must_keep_kept, 4)
        return out

    def to_json(self, *, diff: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "documents": self.documents,
            "fields": {name: score.to_json() for name, score in self.fields.items()},
            "incident": self.incident.to_json(),
            "breach_counts": self.breach_counts.to_json(),
            "relevance": {
                "accuracy": round(self.relevance_accuracy, 4),
                "correct": self.relevance_correct,
                "total": self.documents,
            },
            "errors": self.errors,
        }
        if self.clustering is not None:
            out["clustering"] = self.clustering.to_json()
        if self.cleaning.boilerplate or self.cleaning.must_keep:
            out["cleaning"] = vars(self.cleaning) | {
                "boilerplate_removed": round(self.cleaning.boilerplate_removed, 4),
                "must_keep_kept": round(self.cleaning.must_keep_kept, 4),
            }
        if diff:
            out["disagreements"] = [vars(d) for d in self.disagreements]
        return out


def _sorted(values: Iterable[Any]) -> list[Any]:
    return sorted(values, key=lambda v: json.dumps(v, sort_keys=True, default=str))


def _compare(
    report: EvalReport,
    score: Score,
    document: str,
    name: str,
    gold: dict[Hashable, Any],
    predicted: dict[Hashable, Any],
) -> None:
    score.add(gold, predicted)
    if set(gold) != set(predicted):
        report.disagreements.append(
            Disagreement(document, name, _sorted(gold.values()), _sorted(predicted.values()))
        )


def score_articles(pairs: Iterable[tuple[str, ArticleFacts, ArticleFacts]]) -> EvalReport:
    """Score (document id, gold, predicted) triples. A non-relevant article still counts its
    predicted incidents, as false positives."""
    report = EvalReport()
    for document, gold, predicted in pairs:
        report.documents += 1
        if gold.relevant == predicted.relevant:
            report.relevance_correct += 1
        else:
            report.disagreements.append(
                Disagreement(document, "relevant", [gold.relevant], [predicted.relevant])
            )
        for name in FIELDS:
            _compare(
                report,
                report.fields[name],
                document,
                name,
                field_values(gold, name),
                field_values(predicted, name),
            )
        _compare(
            report,
            report.incident,
            document,
            "incident",
            incident_tuples(gold),
            incident_tuples(predicted),
        )
        _compare(
            report,
            report.breach_counts,
            document,
            "breach_counts",
            count_rows(gold),
            count_rows(predicted),
        )
    return report


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def cleaning_misses(article: GoldArticle, text: str) -> tuple[list[str], list[str]]:
    """(boilerplate lines still in `text`, must-keep lines missing from it), whitespace-blind."""
    squashed = _squash(text)
    left = [line for line in article.boilerplate if _squash(line) in squashed]
    missing = [line for line in article.must_keep if _squash(line) not in squashed]
    return left, missing


def add_cleaning(report: EvalReport, article: GoldArticle, text: str) -> None:
    """Count one article's `boilerplate`/`must_keep` lines against its cleaned `text`."""
    left, lost = cleaning_misses(article, text)
    report.cleaning.boilerplate += len(article.boilerplate)
    report.cleaning.boilerplate_left += len(left)
    report.cleaning.must_keep += len(article.must_keep)
    report.cleaning.must_keep_lost += len(lost)
    if left:
        report.disagreements.append(Disagreement(article.id, "boilerplate", [], left))
    if lost:
        report.disagreements.append(Disagreement(article.id, "must_keep", lost, []))
