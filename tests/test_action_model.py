"""The regulator-action classifier (`extract/action_model.py`): shipped with the corpus it was
trained on, reading an inquiry in wording no cue lists, and taken only where a regulator is
named, asserted, and the cues found no action. Every sentence here was written for these
tests."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from extract.action_model import MODEL_DIR, action_scores
from extract.datafiles import DATA_DIR, data_path, load_toml
from extract.nlp import build_nlp, get_nlp
from extract.rules.actions import _learned_actions, actions_in
from extract.sentence_model import load_model
from extract.sentences import split_sentences
from extract.train_action_model import CORPUS, action_codes
from extract.train_sentence_model import corpus_digest, read_corpus

LEARNED = load_toml("actions.toml")["learned"]

# A regulator at work in words of the reporter's own: no cue of actions.toml says so.
INQUIRIES = [
    "Staff from the Information Commissioner's Office are now going through the force's "
    "records to establish what happened.",
    "The ICO is trying to establish how the spreadsheet came to be online.",
    "Officials at the data watchdog are piecing together how the memory stick went missing.",
]


def _first(nlp, text: str):  # type: ignore[no-untyped-def]
    return split_sentences(nlp(text))[0]


def _data_copy(
    tmp: Path, actions: list[str] | None, model: bool = True, threshold: float | None = None
) -> str:
    """The packaged data folder with `[learned] actions` or `threshold` set (or the model
    left out)."""
    ignore = None if model else shutil.ignore_patterns(MODEL_DIR)
    folder = tmp / "data"
    shutil.copytree(DATA_DIR, folder, ignore=ignore)
    if actions is not None:
        toml = folder / "actions.toml"
        text = re.sub(r"(?m)^actions = .*$", f"actions = {json.dumps(actions)}", toml.read_text())
        toml.write_text(text, encoding="utf-8")
    if threshold is not None:
        toml = folder / "actions.toml"
        text = re.sub(r"(?m)^threshold = .*$", f"threshold = {threshold}", toml.read_text())
        toml.write_text(text, encoding="utf-8")
    return str(folder)


@pytest.fixture(scope="module")
def rules_only(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return build_nlp(_data_copy(tmp_path_factory.mktemp("off"), []))


def test_the_shipped_model_was_trained_on_the_shipped_corpus() -> None:
    meta = json.loads((data_path(MODEL_DIR) / "meta.json").read_text(encoding="utf-8"))
    assert meta["breachkb"]["corpus_sha256"] == corpus_digest(data_path(CORPUS))


def test_every_action_has_sentences_to_learn_from() -> None:
    codes = action_codes()
    rows = read_corpus(data_path(CORPUS), codes)
    for code in codes:
        assert sum(code in labels for _, labels in rows) >= 100, code
    assert sum(not labels for _, labels in rows) >= 300  # sentences telling no action


@pytest.mark.parametrize("sentence", INQUIRIES)
def test_a_regulator_inquiry_in_unlisted_words_is_read(sentence: str, rules_only) -> None:  # type: ignore[no-untyped-def]
    assert actions_in(_first(rules_only, sentence)) == []  # the cues alone see nothing
    sent = _first(get_nlp(), sentence)
    found = actions_in(sent)
    assert [a for a, _ in found] == ["investigation"]
    assert found[0][1] == sent.regulators[0]  # the regulator named is the one acting


@pytest.mark.parametrize(
    "sentence",
    [
        # the classifier reads an inquiry, but nobody in the sentence is a regulator
        "Kent Police is trying to establish how the spreadsheet came to be online.",
        "Detectives are piecing together how the memory stick went missing.",
        # a regulator named, but the sentence tells no inquiry
        "The ICO publishes guidance on how forces should store memory sticks.",
    ],
)
def test_no_regulator_or_no_inquiry_gives_no_action(sentence: str) -> None:
    assert actions_in(_first(get_nlp(), sentence)) == []


def test_the_classifier_reads_the_inquiry_in_those_words() -> None:
    sents = [_first(get_nlp(), s) for s in INQUIRIES]
    for probs in action_scores([s.span for s in sents]):
        assert probs["investigation"] >= float(LEARNED["threshold"])


def test_a_data_folder_without_a_model_leaves_the_rules_alone(tmp_path: Path) -> None:
    folder = _data_copy(tmp_path, None, model=False)
    assert load_model(MODEL_DIR, folder) is None
    nlp = build_nlp(folder)
    sent = _first(nlp, INQUIRIES[0])
    assert action_scores([sent.span], folder) == [{}]
    assert actions_in(sent) == []


def test_a_cue_the_rules_set_aside_is_not_overruled(tmp_path: Path) -> None:
    # "inquiry" is a cue the rules weigh: the force's own, not the ICO's. The classifier,
    # asked alone at no threshold, gives an inquiry whatever it reads; it is not asked.
    text = (
        "The force's inquiry is still under way and its findings will be shared with the ICO "
        "in due course."
    )
    sent = _first(build_nlp(_data_copy(tmp_path, None, threshold=0.0)), text)
    assert [a for a, _ in _learned_actions(sent)] == ["investigation"]
    assert actions_in(sent) == []


def test_a_regulator_closing_the_matter_is_not_read_as_an_inquiry(tmp_path: Path) -> None:
    # at no threshold at all the classifier's answer is taken whatever it is; the closing
    # ("decided to take no further action") is the rules' to read, so it is not asked
    nlp = build_nlp(_data_copy(tmp_path, None, threshold=0.0))
    closed = _first(nlp, "The ICO went over the papers and then chose to take no further action.")
    assert [a for a, _ in _learned_actions(closed)] == ["investigation"]
    assert actions_in(closed) == []
    open_ = _first(nlp, INQUIRIES[1])
    assert [a for a, _ in actions_in(open_)] == ["investigation"]
