"""The sentence breach-type classifier (`extract/type_model.py`): shipped with the corpus it was
trained on, seeded, reading mechanisms in wording of its own, and only ever a second opinion
once the rules found a mechanism. Every sentence here was written for these tests."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from extract.datafiles import DATA_DIR, data_path, load_toml
from extract.nlp import build_nlp, get_nlp
from extract.rules.types import best_type, type_scores
from extract.sentences import split_sentences
from extract.train_sentence_model import corpus_digest, read_corpus
from extract.train_type_model import CORPUS, main, train, type_codes
from extract.type_model import MODEL_DIR, load_type_model, span_scores

THRESHOLD = float(load_toml("breach_types.toml")["cues"]["learned_threshold"])


def _scores(text: str) -> list[dict[str, float]]:
    return span_scores([s.span for s in split_sentences(get_nlp()(text))])


def _top(text: str) -> tuple[str, float]:
    return max(_scores(text)[0].items(), key=lambda kv: kv[1])


def test_the_shipped_model_was_trained_on_the_shipped_corpus() -> None:
    meta = json.loads((data_path(MODEL_DIR) / "meta.json").read_text(encoding="utf-8"))
    assert meta["breachkb"]["corpus_sha256"] == corpus_digest(data_path(CORPUS))


def test_every_code_of_the_taxonomy_has_sentences_to_learn_from() -> None:
    codes = type_codes()
    rows = read_corpus(data_path(CORPUS), codes)
    for code in codes:
        assert sum(code in labels for _, labels in rows) >= 100, code
    assert sum(not labels for _, labels in rows) >= 300  # sentences telling no mechanism


def test_a_label_outside_the_taxonomy_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "corpus.jsonl"
    bad.write_text('{"text": "A van was towed.", "labels": ["towed_away"]}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="towed_away"):
        read_corpus(bad, type_codes())


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("A detective trawled through the intelligence database to find out about his ex-wife.",
         "unauthorised_access"),
        ("A constable ran dozens of checks on a footballer's family with no policing reason.",
         "unauthorised_access"),
        ("Anyone who searched the force's site could read the names of rape victims.",
         "published_in_error"),
        ("A sergeant's pocket notebook, full of witness names, has never been recovered.",
         "loss_or_theft_of_paperwork"),
        ("Criminals locked the force's files and demanded a ransom in bitcoin.", "cyber_attack"),
        ("Statements were handed to the defendant's family by a clerk who had no right to do so.",
         "inappropriate_disclosure"),
        ("Boxes of custody records were dumped in a skip behind the former police station.",
         "insecure_disposal"),
        ("Staff kept recordings of every call for twelve years longer than allowed.", "other"),
    ],
)  # fmt: skip
def test_the_classifier_reads_a_mechanism_in_its_own_words(sentence: str, code: str) -> None:
    found, p = _top(sentence)
    assert (found, p >= THRESHOLD) == (code, True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kent Police apologised and said lessons would be learned from the matter.",
        "Last week the force received a formal reprimand from the data regulator.",
        "Officers have been reminded to lock their laptops away at night.",
    ],
)
def test_a_sentence_telling_no_mechanism_gets_no_code(sentence: str) -> None:
    assert max(_scores(sentence)[0].values()) < THRESHOLD


def test_the_classifier_never_makes_a_mechanism_the_rules_did_not_find() -> None:
    # no cue of any kind, though the classifier is sure what it would be
    text = "Anyone who searched the force's site could read the names of rape victims."
    sents = split_sentences(get_nlp()(text))
    assert type_scores(sents) == {}
    assert _top(text)[1] >= THRESHOLD
    assert best_type(sents) is None


def _data_copy(tmp: Path, weight: float | None, model: bool = True) -> str:
    """The packaged data folder with `learned_weight` set (or the model left out)."""
    ignore = None if model else shutil.ignore_patterns(MODEL_DIR)
    folder = tmp / "data"
    shutil.copytree(DATA_DIR, folder, ignore=ignore)
    if weight is not None:
        toml = folder / "breach_types.toml"
        text = re.sub(
            r"(?m)^learned_weight = .*$", f"learned_weight = {weight}", toml.read_text("utf-8")
        )
        toml.write_text(text, encoding="utf-8")
    return str(folder)


# The rules give both codes (a sending and a leak); the classifier reads the channel.
WEIGHED = "A detective sent the witness list to a local journalist from his personal email account."


@pytest.fixture(scope="module")
def weighted(tmp_path_factory: pytest.TempPathFactory) -> dict[float, object]:
    return {w: build_nlp(_data_copy(tmp_path_factory.mktemp(f"w{w}"), w)) for w in (0.0, 3.0)}


def test_the_classifier_weighs_the_codes_by_learned_weight(weighted: dict) -> None:
    chosen = {}
    for w, nlp in weighted.items():
        found = best_type(split_sentences(nlp(WEIGHED)))
        assert found is not None
        chosen[w] = found.value
    rules = type_scores(split_sentences(weighted[0.0](WEIGHED)))
    assert rules["inappropriate_disclosure"] > rules["insecure_transmission"] > 0
    # switched off, the rules' code; weighed in heavily, the classifier's
    assert chosen[0.0] == "inappropriate_disclosure"
    assert chosen[3.0] == _top(WEIGHED)[0] == "insecure_transmission"


def test_a_data_folder_without_a_model_leaves_the_rules_alone(tmp_path: Path) -> None:
    folder = _data_copy(tmp_path, None, model=False)
    assert load_type_model(folder) is None
    nlp = build_nlp(folder)
    sents = split_sentences(nlp(WEIGHED))
    assert span_scores([s.span for s in sents], folder) == [{}]
    found = best_type(sents)
    assert found is not None and found.value == "inappropriate_disclosure"


def test_training_is_seeded(tmp_path: Path) -> None:
    rows = data_path(CORPUS).read_text(encoding="utf-8").splitlines()
    small = tmp_path / "small.jsonl"
    small.write_text("\n".join(rows[::15]) + "\n", encoding="utf-8")  # every 15th sentence
    outs = [tmp_path / "a", tmp_path / "b"]
    for out in outs:
        report = train(small, out, epochs=2)
        assert report["sentences"] == len(rows[::15])
    a, b = ((out / "textcat_multilabel" / "model").read_bytes() for out in outs)
    assert a == b


def test_the_command_line_trains_from_the_corpus_it_is_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = data_path(CORPUS).read_text(encoding="utf-8").splitlines()
    small = tmp_path / "small.jsonl"
    small.write_text("\n".join(rows[::40]) + "\n", encoding="utf-8")
    out = tmp_path / "model"
    argv = ["--corpus", str(small), "--out", str(out), "--epochs", "1"]
    assert main(argv) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["sentences"] == len(rows[::40])
    assert report["labels"] == len(type_codes())
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert meta["breachkb"]["corpus_sha256"] == corpus_digest(small)
    assert meta["breachkb"]["epochs"] == 1
