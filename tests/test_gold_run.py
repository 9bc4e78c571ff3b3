"""Running the pipeline over gold documents (extract.gold_run) and scoring what it produced."""

from __future__ import annotations

import json
from pathlib import Path

from extract.gold_run import Extracted, evaluate, facts_from_extraction, score_extracted
from extract.models import Document, Extraction, IncidentFact
from scoring.gold import GoldArticle
from scoring.normalise import field_values


def test_score_extracted_counts_cleaning_and_rejected_documents():
    seed = GoldArticle(
        id="s",
        path="s.txt",
        relevant=True,
        boilerplate=("Top Stories",),
        must_keep=("The force was fined.", "It apologised."),
    )
    kept = Extracted(seed, Document(text="The force was fined.\nTop Stories"), Extraction(True))
    rejected = Extracted(seed, None, Extraction(relevant=False), error="s.txt: empty document")
    report = score_extracted([kept, rejected])
    assert report.errors == ["s.txt: empty document"]
    assert (report.cleaning.boilerplate, report.cleaning.boilerplate_left) == (2, 1)
    assert (report.cleaning.must_keep, report.cleaning.must_keep_lost) == (4, 3)
    assert report.figures()["cleaning.must_keep_kept"] == 0.25
    assert {d.field for d in report.disagreements} >= {"boilerplate", "must_keep"}


def test_facts_from_extraction_reads_the_fine_amount_and_drops_action_none():
    fact = IncidentFact(force="Kent Police", fine_amount=80000, action="none")
    facts = facts_from_extraction(Extraction(relevant=True, incidents=[fact]))
    assert field_values(facts, "fine") == {80000: 80000}
    assert field_values(facts, "action") == {}


def test_evaluate_runs_the_pipeline_and_a_rejected_document_predicts_nothing(tmp_path: Path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "fine.txt").write_text(
        "Kent Police fined £80,000 over lost files\n\n"
        "The Information Commissioner's Office fined Kent Police £80,000 after officers lost "
        "files holding victims' personal data in 2019.\n",
        encoding="utf-8",
    )
    (tmp_path / "docs" / "empty.txt").write_bytes(b"")
    records = [
        {
            "id": "fine",
            "path": "docs/fine.txt",
            "relevant": True,
            "incidents": [{"force": "Kent Police", "fine_gbp": 80000}],
        },
        {"id": "empty", "path": "docs/empty.txt", "relevant": True},
    ]
    gold = tmp_path / "t.gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    report = evaluate(gold)
    assert report.documents == 2
    assert len(report.errors) == 1 and "empty.txt" in report.errors[0]
    assert report.fields["force"].tp == 1
    assert report.fields["fine"].tp == 1
    assert report.relevance_correct == 1  # the rejected document is predicted not relevant
