"""The scorer on synthetic gold and predictions: independent of the extractor's quality."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.errors import BreachKBError
from extract.models import BreachCount, Extraction, IncidentFact
from scoring.clustering import bcubed, match_incidents
from scoring.gold import EvalDataError, GoldArticle, load_gold, resolve_document
from scoring.metrics import Score, cleaning_misses, score_articles
from scoring.normalise import FIELDS, ArticleFacts, facts_from_record, normalise_name
from scoring.split import half_of, load_split, partition, set_name, split_sets

GMP_FINE = {
    "force": "Greater Manchester Police",
    "breach_year": 2015,
    "breach_type": "loss_or_theft_of_device",
    "fine_gbp": 150000,
    "regulator": "Information Commissioner's Office",
    "action": "monetary_penalty",
}
KENT_REPRIMAND = {
    "force": "Kent Police",
    "breach_year": None,
    "breach_type": "insecure_disposal",
    "fine_gbp": None,
    "regulator": "Information Commissioner's Office",
    "action": "reprimand",
}


def gold(*incidents: dict, relevant: bool = True, counts: tuple[dict, ...] = ()) -> ArticleFacts:
    return facts_from_record(
        {"relevant": relevant, "incidents": list(incidents), "breach_counts": list(counts)}
    )


def predicted(*facts: IncidentFact, relevant: bool = True, counts=()) -> ArticleFacts:
    """The scoring view of an extraction: its `breachkb extract --format json` record."""
    return facts_from_record(
        Extraction(relevant=relevant, incidents=list(facts), breach_counts=list(counts)).to_json()
    )


def as_fact(incident: dict, **changes) -> IncidentFact:
    values = {k: v for k, v in incident.items() if k != "fine_gbp"}
    values["fine_amount"] = incident["fine_gbp"]
    values.update(changes)
    return IncidentFact(**values)


def test_perfect_prediction_scores_one_everywhere():
    report = score_articles(
        [
            ("a", gold(GMP_FINE), predicted(as_fact(GMP_FINE))),
            ("b", gold(KENT_REPRIMAND), predicted(as_fact(KENT_REPRIMAND))),
            ("c", gold(relevant=False), predicted(relevant=False)),
        ]
    )
    assert all(value == 1.0 for value in report.figures().values()), report.figures()
    assert report.fields["force"].tp == 2
    assert report.fields["fine"].tp == 1  # Kent's null fine is no value at all
    assert report.disagreements == []


def test_measured_figures_leave_out_those_that_are_one_by_construction():
    report = score_articles(
        [("a", gold(KENT_REPRIMAND), predicted(as_fact(KENT_REPRIMAND, regulator=None)))]
    )
    figures, measured = report.figures(), report.figures(measured=True)
    # No fine in gold or claimed: all three are 1.0 by construction and are left out.
    assert figures["fine.f1"] == figures["fine.precision"] == figures["fine.recall"] == 1.0
    assert not {"fine.f1", "fine.precision", "fine.recall"} & set(measured)
    assert not {"breach_counts.f1", "breach_counts.precision"} & set(measured)
    # A regulator to find and none claimed: recall and F1 are measured (0), precision is not.
    assert measured["regulator.recall"] == measured["regulator.f1"] == 0.0
    assert "regulator.precision" not in measured
    assert measured["force.precision"] == measured["force.recall"] == 1.0  # real hits
    assert measured["relevance.accuracy"] == 1.0
    assert set(measured) < set(figures)
    assert "clustering.f1" not in measured  # no clustering scored
    report.clustering = bcubed({}, {})
    assert "clustering.f1" in report.figures() and "clustering.f1" not in report.figures(
        measured=True
    )


def test_empty_prediction_has_zero_recall_and_no_false_claims():
    report = score_articles(
        [
            ("a", gold(GMP_FINE), predicted(relevant=False)),
            ("b", gold(KENT_REPRIMAND), predicted(relevant=False)),
        ]
    )
    for name in FIELDS:
        assert report.fields[name].recall == 0.0
        assert report.fields[name].precision == 1.0  # nothing claimed
        assert report.fields[name].f1 == 0.0
    assert report.incident.fn == 2
    assert report.relevance_accuracy == 0.0
    assert {d.field for d in report.disagreements} >= {"relevant", "force", "incident"}


def test_partial_prediction_counts_each_value_once_per_article():
    wrong_year = as_fact(GMP_FINE, breach_year=2012)
    report = score_articles([("a", gold(GMP_FINE), predicted(wrong_year, as_fact(GMP_FINE)))])
    year = report.fields["breach_year"]
    assert (year.tp, year.fp, year.fn) == (1, 1, 0)
    assert year.precision == 0.5 and year.recall == 1.0
    assert year.f1 == pytest.approx(2 / 3)
    force = report.fields["force"]  # two predicted facts, one force: one true positive
    assert (force.tp, force.fp, force.fn) == (1, 0, 0)
    assert (report.incident.tp, report.incident.fp) == (1, 1)
    year_diff = [d for d in report.disagreements if d.field == "breach_year"]
    assert year_diff[0].gold == [2015] and year_diff[0].predicted == [2012, 2015]


def test_micro_average_sums_counts_over_articles():
    report = score_articles(
        [
            ("a", gold(GMP_FINE), predicted(as_fact(GMP_FINE, breach_type="other"))),
            ("b", gold(KENT_REPRIMAND), predicted(as_fact(KENT_REPRIMAND))),
            ("c", gold(KENT_REPRIMAND), predicted(as_fact(KENT_REPRIMAND))),
        ]
    )
    kind = report.fields["breach_type"]
    assert (kind.tp, kind.fp, kind.fn) == (2, 1, 1)
    assert kind.f1 == pytest.approx(2 / 3)


def test_incidents_of_a_non_relevant_article_are_false_positives():
    report = score_articles([("x", gold(relevant=False), predicted(as_fact(GMP_FINE)))])
    assert report.relevance_accuracy == 0.0
    assert report.fields["force"].fp == 1
    assert report.fields["force"].precision == 0.0
    assert report.incident.fp == 1


def test_action_none_counts_as_null():
    none_action = dict(KENT_REPRIMAND, action="none")
    report = score_articles(
        [("a", gold(none_action), predicted(as_fact(none_action, action=None)))]
    )
    assert report.fields["action"].tp + report.fields["action"].fp == 0
    assert report.fields["action"].f1 == 1.0


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Dyfed-Powys Police", "Dyfed Powys"),
        ("Information Commissioner's Office", "Information Commissioners Office"),
        ("Information Commissioner’s Office", "information commissioner's office"),
        ("Lancashire Constabulary", "Lancashire Police"),
        ("the Metropolitan Police Service", "Metropolitan Police"),
        ("Police Scotland", "SCOTLAND"),
    ],
)
def test_names_that_should_compare_equal(left, right):
    assert normalise_name(left) == normalise_name(right)


@pytest.mark.parametrize(
    ("left", "right"),
    [("Kent Police", "Essex Police"), ("South Yorkshire Police", "North Yorkshire Police")],
)
def test_names_that_should_differ(left, right):
    assert normalise_name(left) != normalise_name(right)


def test_force_names_match_after_normalisation():
    variant = as_fact(
        GMP_FINE, force="greater manchester", regulator="Information Commissioners Office"
    )
    report = score_articles([("a", gold(GMP_FINE), predicted(variant))])
    assert report.fields["force"].f1 == 1.0
    assert report.fields["regulator"].f1 == 1.0
    assert report.incident.f1 == 1.0


def test_breach_counts_sum_rows_of_the_same_force_period_and_type():
    gold_rows = (
        {
            "force": "West Midlands Police",
            "period": "2016",
            "breach_type": "loss_or_theft_of_device",
            "count": 5,
        },
        {
            "force": "West Midlands Police",
            "period": "2016",
            "breach_type": "loss_or_theft_of_device",
            "count": 4,
        },
        {"force": "West Midlands Police", "period": "2011-2015", "breach_type": None, "count": 488},
    )
    right = [
        BreachCount("West Midlands", "2016", "loss_or_theft_of_device", 9),
        BreachCount("West Midlands Police", "2011–2015", None, 488),
    ]
    report = score_articles([("a", gold(counts=gold_rows), predicted(counts=right))])
    assert (report.breach_counts.tp, report.breach_counts.fp, report.breach_counts.fn) == (2, 0, 0)

    wrong = [BreachCount("West Midlands Police", "2016", "loss_or_theft_of_device", 5)]
    report = score_articles([("a", gold(counts=gold_rows), predicted(counts=wrong))])
    assert (report.breach_counts.tp, report.breach_counts.fp, report.breach_counts.fn) == (0, 1, 2)


def test_nothing_to_find_and_nothing_claimed_is_perfect():
    score = Score()
    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)


def test_report_json_is_serialisable_and_carries_every_field():
    report = score_articles([("a", gold(GMP_FINE), predicted(as_fact(GMP_FINE, fine_amount=1)))])
    data = json.loads(json.dumps(report.to_json(diff=True)))
    assert set(data["fields"]) == set(FIELDS)
    assert data["fields"]["fine"]["f1"] == 0.0
    assert any(d["field"] == "fine" for d in data["disagreements"])


def test_load_gold_names_the_bad_line(tmp_path: Path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "1", "path": "a.txt", "relevant": true}\n{"id": "2"\n')
    with pytest.raises(EvalDataError, match=r"gold.jsonl:2"):
        load_gold(path)


def test_eval_data_error_is_a_breachkb_error():
    assert issubclass(EvalDataError, BreachKBError)


def test_resolve_document_looks_in_the_gold_folder_then_its_parents(tmp_path: Path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("x")
    (tmp_path / "eval" / "dev").mkdir(parents=True)
    (tmp_path / "eval" / "dev" / "b.txt").write_text("y")
    gold_file = tmp_path / "eval" / "gold.jsonl"
    seed = GoldArticle(id="s", path="seeds/a.txt", relevant=True)
    dev = GoldArticle(id="d", path="dev/b.txt", relevant=True)
    assert resolve_document(gold_file, seed, None) == tmp_path / "seeds" / "a.txt"
    assert resolve_document(gold_file, dev, None) == tmp_path / "eval" / "dev" / "b.txt"
    assert (
        resolve_document(gold_file, dev, tmp_path / "eval") == tmp_path / "eval" / "dev" / "b.txt"
    )
    with pytest.raises(EvalDataError, match="not found"):
        resolve_document(gold_file, seed, tmp_path / "eval")


def test_cleaning_misses_reports_leftover_boilerplate_and_lost_lines():
    article = GoldArticle(
        id="a",
        path="a.txt",
        relevant=True,
        boilerplate=("Credit: PA", "Top Stories"),
        must_keep=("The force was fined.", "It apologised."),
    )
    left, missing = cleaning_misses(article, "The force  was\nfined. Credit: PA")
    assert left == ["Credit: PA"]
    assert missing == ["It apologised."]


def test_bcubed_perfect_split_and_merged_clusterings():
    truth = {1: "a", 2: "a", 3: "b"}
    perfect = bcubed(truth, {1: "x", 2: "x", 3: "y"})
    assert (perfect.precision, perfect.recall) == (1.0, 1.0)
    merged = bcubed(truth, {1: "x", 2: "x", 3: "x"})
    assert merged.recall == 1.0
    assert merged.precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)
    split = bcubed(truth, {1: "x", 3: "y"})  # item 2 unmatched: its own cluster
    assert split.precision == 1.0
    assert split.recall == pytest.approx((1 / 2 + 1 / 2 + 1) / 3)
    assert split.matched == 2


def test_match_incidents_needs_the_same_force_and_prefers_agreement():
    gold_incidents = [GMP_FINE, dict(GMP_FINE, breach_year=None, fine_year=2012)]
    facts = [
        as_fact(KENT_REPRIMAND).to_json(),
        as_fact(GMP_FINE, breach_year=None).to_json(),
        as_fact(GMP_FINE, force="Greater Manchester").to_json(),
    ]
    assert match_incidents(gold_incidents, facts) == {0: 2, 1: 1}
    assert match_incidents([KENT_REPRIMAND], [as_fact(GMP_FINE).to_json()]) == {}


# ------------------------------------------------------------ tuning and checking halves


def test_load_split_maps_each_reference_to_its_half(tmp_path: Path):
    path = tmp_path / "split.json"
    path.write_text(json.dumps({"note": "x", "tuning": ["dev/1"], "checking": ["dev/2", "d3/9"]}))
    split = load_split(path)
    assert split == {"dev/1": "tuning", "dev/2": "checking", "d3/9": "checking"}
    assert split_sets(split) == {"dev", "d3"}
    path.write_text(json.dumps({"tuning": []}))  # no checking half: not a split file
    with pytest.raises(EvalDataError, match="cannot read the split file"):
        load_split(path)


def test_partition_puts_each_article_in_its_half_and_all_of_them_in_all():
    split = {"dev2/a": "tuning", "dev2/b": "checking", "dev/c": "checking"}
    articles = [GoldArticle(id=i, path=f"{i}.txt", relevant=True) for i in ("a", "b", "c", "d")]
    gold_file = Path("somewhere/dev2.gold.jsonl")
    assert set_name(gold_file) == "dev2"
    assert half_of(gold_file, articles[0], split) == "tuning"
    assert half_of(gold_file, articles[2], split) is None  # dev/c is another set's article
    parts = partition(gold_file, articles, split, article=lambda a: a)
    assert [a.id for a in parts["tuning"]] == ["a"]
    assert [a.id for a in parts["checking"]] == ["b"]
    assert [a.id for a in parts["all"]] == ["a", "b", "c", "d"]
    assert partition("audit.gold.jsonl", articles, split, article=lambda a: a).keys() == {"all"}


def test_scoring_imports_no_spacy_pipeline_or_kb():
    """scoring is shared by extract and kb, so it must load without either's heavy layers."""
    code = (
        "import sys, scoring.gold, scoring.normalise, scoring.metrics, scoring.clustering, "
        "scoring.split, scoring.floors; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('spacy', 'kb', 'crawler', 'sqlalchemy') or m in ('extract.pipeline', 'extract.nlp')))"
    )
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
