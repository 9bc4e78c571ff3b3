"""Score extraction against gold annotations (tests/data/eval/README.md describes the format).

Pure scoring: functions take gold records and predictions and return dataclasses; the
`breachkb eval` command and the eval gate test print or compare them. Comparison is on the
*set* of non-null values of each field per article, micro-averaged over articles, so a fact
repeated by two incidents of one article counts once and a missed fact counts once.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from breachkb.errors import BreachKBError
from extract.errors import RejectedDocument
from extract.models import Document, Extraction

FIELDS = ("force", "breach_year", "breach_type", "fine", "regulator", "action")
NAME_FIELDS = frozenset({"force", "regulator"})
# Words that vary between mentions of the same body ("Kent Police" / "Kent Constabulary").
NAME_STOPWORDS = frozenset({"police", "service", "constabulary", "the"})


class EvalDataError(BreachKBError):
    """A gold file that cannot be read or a gold document that cannot be found."""


# ---------------------------------------------------------------- gold records


@dataclass(frozen=True)
class GoldArticle:
    """One line of a gold JSONL file."""

    id: str
    path: str
    relevant: bool
    incident_group: str | None = None
    incidents: tuple[dict[str, Any], ...] = ()
    breach_counts: tuple[dict[str, Any], ...] = ()
    boilerplate: tuple[str, ...] = ()
    must_keep: tuple[str, ...] = ()
    url: str | None = None


def load_gold(path: str | Path) -> list[GoldArticle]:
    """Read a gold JSONL file; a malformed line raises `EvalDataError` naming the line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalDataError(f"{path}: cannot read gold file ({exc})") from exc
    articles = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            articles.append(
                GoldArticle(
                    id=str(obj.get("id") or obj["path"]),
                    path=obj["path"],
                    relevant=bool(obj["relevant"]),
                    incident_group=obj.get("incident_group"),
                    incidents=tuple(obj.get("incidents") or ()),
                    breach_counts=tuple(obj.get("breach_counts") or ()),
                    boilerplate=tuple(obj.get("boilerplate") or ()),
                    must_keep=tuple(obj.get("must_keep") or ()),
                    url=obj.get("url"),
                )
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise EvalDataError(f"{path}:{number}: bad gold record ({exc!r})") from exc
    return articles


def resolve_document(gold_file: str | Path, article: GoldArticle, root: str | Path | None) -> Path:
    """Find a gold document: under `root` if given, else the gold file's folder or its parents
    (seeds gold paths are relative to the project root), else the working directory."""
    relative = Path(article.path)
    if root is not None:
        candidates = [Path(root) / relative]
    else:
        folder = Path(gold_file).resolve().parent
        candidates = [p / relative for p in (folder, *folder.parents)] + [Path.cwd() / relative]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise EvalDataError(f"{article.id}: gold document {article.path} not found (try --root DIR)")


# ---------------------------------------------------------------- normalisation


def normalise_name(name: str) -> str:
    """Case-fold a force/regulator name and drop the words that vary between mentions.

    "Dyfed-Powys Police" == "dyfed powys"; "Information Commissioner's Office" ==
    "Information Commissioners Office"; "Police Scotland" == "Scotland".
    """
    text = unicodedata.normalize("NFKC", name).casefold()
    text = re.sub(r"['\u2018\u2019`]", "", text)  # apostrophes join, never split
    words = re.findall(r"\w+", text)
    return " ".join(w for w in words if w not in NAME_STOPWORDS)


@dataclass
class ArticleFacts:
    """What one article says (gold) or what the extractor found (predicted), in scoring form."""

    relevant: bool
    incidents: list[dict[str, Any]] = field(default_factory=list)  # keys: FIELDS
    breach_counts: list[dict[str, Any]] = field(default_factory=list)


def _fact_values(incident: Mapping[str, Any]) -> dict[str, Any]:
    # Gold calls the fine `fine_gbp`, IncidentFact calls it `fine_amount`.
    fine = incident["fine_gbp"] if "fine_gbp" in incident else incident.get("fine_amount")
    action = incident.get("action")
    return {
        "force": incident.get("force"),
        "breach_year": incident.get("breach_year"),
        "breach_type": incident.get("breach_type"),
        "fine": fine,
        "regulator": incident.get("regulator"),
        "action": None if action == "none" else action,
    }


def facts_from_record(record: Mapping[str, Any]) -> ArticleFacts:
    """Scoring view of a gold record or of one `breachkb extract --format json` line."""
    return ArticleFacts(
        relevant=bool(record.get("relevant")),
        incidents=[_fact_values(i) for i in record.get("incidents") or ()],
        breach_counts=[dict(c) for c in record.get("breach_counts") or ()],
    )


def facts_from_gold(article: GoldArticle) -> ArticleFacts:
    return facts_from_record(
        {
            "relevant": article.relevant,
            "incidents": article.incidents,
            "breach_counts": article.breach_counts,
        }
    )


def facts_from_extraction(extraction: Extraction) -> ArticleFacts:
    return facts_from_record(extraction.to_json())


def _key(field_name: str, value: Any) -> Hashable:
    if field_name in NAME_FIELDS:
        return normalise_name(str(value))
    if field_name in ("breach_year", "fine"):
        try:
            return int(value)
        except (TypeError, ValueError):
            return str(value)
    return str(value).strip().casefold()


def field_values(facts: ArticleFacts, field_name: str) -> dict[Hashable, Any]:
    """Non-null values of one field over an article's incidents: comparison key -> shown value."""
    values: dict[Hashable, Any] = {}
    for incident in facts.incidents:
        value = incident.get(field_name)
        if value is not None and value != "":
            values.setdefault(_key(field_name, value), value)
    return values


def incident_tuples(facts: ArticleFacts) -> dict[Hashable, Any]:
    """(force, type, year, fine) per incident; a null part stays null and must match null."""
    values: dict[Hashable, Any] = {}
    for incident in facts.incidents:
        parts = ("force", "breach_type", "breach_year", "fine")
        shown = tuple(incident.get(p) for p in parts)
        key = tuple(None if v is None else _key(p, v) for p, v in zip(parts, shown, strict=True))
        values.setdefault(key, shown)
    return values


def count_rows(facts: ArticleFacts) -> dict[Hashable, Any]:
    """(force, period, type, count) with rows of the same force/period/type summed."""
    totals: dict[tuple[Any, ...], int] = {}
    shown: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    for row in facts.breach_counts:
        force, period, kind = row.get("force"), row.get("period"), row.get("breach_type")
        key = (
            normalise_name(str(force or "")),
            re.sub(r"\s+", "", str(period or "")).replace("\u2013", "-"),
            None if kind is None else str(kind),
        )
        totals[key] = totals.get(key, 0) + int(row.get("count") or 0)
        shown.setdefault(key, (force, period, kind))
    return {(*key, total): (*shown[key], total) for key, total in totals.items()}


# ---------------------------------------------------------------- scores


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
class ClusterScore:
    """B-cubed precision/recall over gold incidents (see `bcubed`)."""

    precision: float
    recall: float
    items: int
    matched: int  # gold incidents that found a predicted fact

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "items": self.items,
            "matched": self.matched,
        }


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

    def figures(self) -> dict[str, float]:
        """Flat name -> value, the form `baseline.json` pins."""
        out: dict[str, float] = {}
        scores = {**self.fields, "incident": self.incident, "breach_counts": self.breach_counts}
        for name, score in scores.items():
            out[f"{name}.precision"] = round(score.precision, 4)
            out[f"{name}.recall"] = round(score.recall, 4)
            out[f"{name}.f1"] = round(score.f1, 4)
        out["relevance.accuracy"] = round(self.relevance_accuracy, 4)
        if self.clustering is not None:
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


# ---------------------------------------------------------------- cleaning checks


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def cleaning_misses(article: GoldArticle, text: str) -> tuple[list[str], list[str]]:
    """(boilerplate lines still in `text`, must-keep lines missing from it), whitespace-blind."""
    squashed = _squash(text)
    left = [line for line in article.boilerplate if _squash(line) in squashed]
    missing = [line for line in article.must_keep if _squash(line) not in squashed]
    return left, missing


# ---------------------------------------------------------------- clustering


def bcubed(
    gold: Mapping[Hashable, Hashable], predicted: Mapping[Hashable, Hashable]
) -> ClusterScore:
    """B-cubed precision/recall of a predicted clustering against gold clusters.

    Items are the keys of `gold`; an item missing from `predicted` is its own singleton
    cluster (so an unmatched incident costs recall, never precision of others).
    """
    items = list(gold)
    if not items:
        return ClusterScore(1.0, 1.0, 0, 0)
    unmatched = object()
    labels = {i: predicted.get(i, (unmatched, i)) for i in items}
    gold_members: dict[Hashable, set[Hashable]] = {}
    pred_members: dict[Hashable, set[Hashable]] = {}
    for item in items:
        gold_members.setdefault(gold[item], set()).add(item)
        pred_members.setdefault(labels[item], set()).add(item)
    precision = recall = 0.0
    for item in items:
        g, p = gold_members[gold[item]], pred_members[labels[item]]
        both = len(g & p)
        precision += both / len(p)
        recall += both / len(g)
    matched = sum(1 for i in items if i in predicted)
    return ClusterScore(precision / len(items), recall / len(items), len(items), matched)


def match_incidents(
    gold: Sequence[Mapping[str, Any]], predicted: Sequence[Mapping[str, Any]]
) -> dict[int, int]:
    """Pair gold incidents of one article with predicted facts of the same article.

    Rule: a pair must agree on the (normalised) force; among those, pairs that agree on more
    of breach_type, breach_year and fine (null agrees with null) go first, ties broken by
    position. Each predicted fact serves at most one gold incident. Returns gold index ->
    predicted index.
    """
    gold_facts = [_fact_values(g) for g in gold]
    pred_facts = [_fact_values(p) for p in predicted]
    candidates = []
    for gi, g in enumerate(gold_facts):
        for pi, p in enumerate(pred_facts):
            if g["force"] is None or p["force"] is None:
                continue
            if _key("force", g["force"]) != _key("force", p["force"]):
                continue
            agree = sum(
                1
                for part in ("breach_type", "breach_year", "fine")
                if (g[part] is None) == (p[part] is None)
                and (g[part] is None or _key(part, g[part]) == _key(part, p[part]))
            )
            candidates.append((-agree, gi, pi))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in sorted(candidates):
        if gi not in pairs and pi not in used:
            pairs[gi] = pi
            used.add(pi)
    return pairs


# ---------------------------------------------------------------- running the extractor


@dataclass
class Extracted:
    """One gold article with the document and extraction the pipeline produced for it."""

    gold: GoldArticle
    document: Document | None
    extraction: Extraction
    error: str | None = None


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
    """Score pipeline output against its gold articles."""
    results = list(results)
    report = score_articles(
        (r.gold.id, facts_from_gold(r.gold), facts_from_extraction(r.extraction)) for r in results
    )
    report.errors = [r.error for r in results if r.error]
    for r in results:
        text = r.document.text if r.document is not None else ""
        left, lost = cleaning_misses(r.gold, text)
        report.cleaning.boilerplate += len(r.gold.boilerplate)
        report.cleaning.boilerplate_left += len(left)
        report.cleaning.must_keep += len(r.gold.must_keep)
        report.cleaning.must_keep_lost += len(lost)
        if left:
            report.disagreements.append(Disagreement(r.gold.id, "boilerplate", [], left))
        if lost:
            report.disagreements.append(Disagreement(r.gold.id, "must_keep", lost, []))
    return report


def evaluate(gold_file: str | Path, root: str | Path | None = None) -> EvalReport:
    """Extract every document of a gold file and score it."""
    return score_extracted(extract_gold(gold_file, root))
