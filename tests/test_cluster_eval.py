"""Clustering eval: gold labels and KB incidents on a real migrated SQLite file."""

from __future__ import annotations

from pathlib import Path

from extract.gold_run import Extracted
from extract.models import Document, Extraction, IncidentFact
from kb.cluster_eval import cluster_score, gold_labels
from scoring.gold import GoldArticle

GMP = "Greater Manchester Police"


def test_gold_labels_fall_back_to_the_article_group_for_its_first_incident_only():
    article = GoldArticle(
        id="a",
        path="a.txt",
        relevant=True,
        incident_group="dvds",
        incidents=({"force": GMP}, {"force": GMP}, {"force": GMP, "incident_group": "usb"}),
    )
    labels = gold_labels([Extracted(article, None, Extraction(relevant=True))])
    assert labels == {("a", 0): "dvds", ("a", 1): "a#1", ("a", 2): "usb"}


def test_cluster_score_over_a_scratch_kb(tmp_path: Path):
    """Two articles stating the same fact resolve to one incident (ARCHITECTURE: same force,
    compatible year and type), a third force's fact to another: a perfect clustering."""
    fact = IncidentFact(force=GMP, breach_year=2015, breach_type="loss_or_theft_of_device")
    texts = {
        "x": "Greater Manchester Police lost DVDs of victim interviews in the post in 2015.",
        "y": "The DVDs Greater Manchester Police lost in 2015 held interviews with victims.",
        "z": "Kent Police left interview tapes in an abandoned station in 2009.",
    }
    facts = {"x": fact, "y": fact, "z": IncidentFact(force="Kent Police", breach_year=2009)}
    groups = {"x": "dvds", "y": "dvds", "z": "tapes"}
    results = [
        Extracted(
            GoldArticle(
                id=key,
                path=f"{key}.txt",
                relevant=True,
                incident_group=groups[key],
                incidents=({"force": facts[key].force},),
            ),
            Document(text=text, raw=text.encode(), path=f"{key}.txt"),
            Extraction(relevant=True, incidents=[facts[key]]),
        )
        for key, text in texts.items()
    ]
    score = cluster_score(results, url=f"sqlite:///{tmp_path / 'kb.sqlite'}")
    assert score.items == 3 and score.matched == 3
    assert (score.precision, score.recall) == (1.0, 1.0)
