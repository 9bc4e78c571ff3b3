"""Round 57, branch r57-action57: the action classifier reads a sentence with every regulator
masked (actions.toml [learned] `placeholder`), in training as when asked, so a regulator's bare
name tells it nothing ("The ICO said so."); it reads what the sentence says the regulator
does. It is not asked where the regulator's decision is still to come or told with no outcome
(cues.toml [regulator] `decision`), nor in a line with no words of its own besides the name
(actions.toml [learned] `least_words`: a header, a label, a speaker's lead), nor where a
sentence defines the regulator (cues.toml [regulator] `defining`: "the ICO is the body
that upholds ..."). Every sentence here was written for these tests."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from extract.action_model import MODEL_DIR, action_scores, kept_before, masked, placeholder
from extract.datafiles import DATA_DIR, data_path, load_toml
from extract.models import Document
from extract.nlp import build_nlp, extract
from extract.rules.actions import actions_in
from extract.sentences import split_sentences
from extract.train_action_model import corpus_masker

_LEAD = "Avon and Somerset Police lost a box of interview notes in 2022. "
_ICO = "Information Commissioner's Office"
LEARNED = load_toml("actions.toml")["learned"]


def primary(nlp, text: str, lead: str = _LEAD):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=lead + text), nlp)
    return next(i for i in ex.incidents if i.mention == "primary")


def _sent(nlp, text: str, n: int = 0):  # type: ignore[no-untyped-def]
    return split_sentences(nlp(text))[n]


# A regulator named, doing nothing to the force: said, welcomed, rated, guidance, declined to
# comment, its powers "up to".
BARE = [
    "The ICO said so.",
    "A spokesman for the Information Commissioner's Office called the force helpful throughout.",
    "The ICO welcomed the constabulary's plan to retrain its call handlers.",
    "The data watchdog rated the force's records team as good in its last report.",
    "The ICO has published guidance telling forces to encrypt every laptop they issue.",
    "The Information Commissioner's Office declined to comment on the loss.",
    "The ICO can fine an organisation up to £17.5m under data protection law.",
    "The privacy watchdog has powers to impose penalties of up to 4% of turnover.",
]


@pytest.mark.parametrize("text", BARE)
def test_a_bare_mention_gives_no_action(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, text)
    assert inc.action is None


@pytest.mark.parametrize("text", BARE)
def test_a_bare_mention_is_below_the_threshold(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    sent = _sent(nlp, _LEAD + text, 1)
    assert sent.regulators  # the regulator is found, and masked
    [probs] = action_scores([sent.span])
    assert probs["investigation"] < float(LEARNED["threshold"])


# A regulator's inquiry told in ordinary words: no cue of actions.toml says so.
INQUIRIES = [
    "The ICO is now trying to find out how the notes ended up in a skip.",
    "Staff from the Information Commissioner's Office are going through the force's "
    "records to work out what went wrong.",
    "Officials at the data watchdog have been piecing together how the box went missing.",
]


@pytest.mark.parametrize("text", INQUIRIES)
def test_an_inquiry_in_ordinary_words_is_an_investigation(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    inc = primary(nlp, text)
    assert (inc.regulator, inc.action) == (_ICO, "investigation")


@pytest.mark.parametrize(
    "tail",
    [
        "is now trying to find out how the notes ended up in a skip.",
        "said it was content with what the constabulary had done since.",
    ],
)
def test_the_answer_does_not_change_with_the_regulators_name(nlp, tail: str) -> None:  # type: ignore[no-untyped-def]
    # the full name on the page first, so "the watchdog" and "the commissioner" are the ICO
    first = "On Monday the Information Commissioner's Office heard of the loss. "
    scores = []
    for name in ("The ICO", "The watchdog", "The information commissioner", "The regulator"):
        sent = _sent(nlp, first + f"{name} {tail}", 1)
        assert sent.regulators, name
        scores.append(action_scores([sent.span])[0])
    assert all(s == scores[0] for s in scores), scores


def test_the_masked_sentence_keeps_the_article_and_the_words_around(nlp) -> None:  # type: ignore[no-untyped-def]
    word = placeholder()
    text = "The ICO's staff met the data watchdog and the Information Commissioner's Office."
    sent = _sent(nlp, text)
    doc = masked(sent.span, sent.regulators, word, kept_before())
    assert doc.text == f"The {word}'s staff met the {word} and the {word}."
    assert [t.norm_ for t in doc][1] == word.lower()
    assert doc[4].norm_ == "meet"  # the other words keep their lemma
    assert masked(sent.span, [], word, kept_before()).text == text
    # a mention that opens with "the" ("the watchdog", a context alias) keeps it only as a
    # kept word (actions.toml [learned] kept_before)
    later = _sent(nlp, text + " Later the watchdog wrote to the force.", 1)
    assert masked(later.span, later.regulators, word, kept_before()).text.startswith(
        f"Later the {word} wrote"
    )
    assert masked(later.span, later.regulators, word).text.startswith(f"Later {word} wrote")


def test_a_training_sentence_masks_an_alias_without_its_page(nlp) -> None:  # type: ignore[no-untyped-def]
    # alone, "the watchdog" is no regulator of the page; the corpus masks it all the same
    text = "The watchdog said it was going through the force's paperwork."
    assert not nlp(text).spans["regulators"]
    reader = nlp
    with reader.select_pipes(enable=["breachkb_linebreaks_v1", "breachkb_lemmas_v1"]):
        doc = reader(text)
    out = corpus_masker()(doc)
    assert out.text == f"The {placeholder()} said it was going through the force's paperwork."


def test_the_shipped_model_was_trained_with_the_shipped_placeholder() -> None:
    meta = json.loads((data_path(MODEL_DIR) / "meta.json").read_text(encoding="utf-8"))
    assert meta["breachkb"]["placeholder"] == placeholder() == LEARNED["placeholder"]


@pytest.mark.parametrize(
    "text",
    [
        # its decision still to come
        "The ICO will decide whether any action against the force is warranted.",
        "The ICO is going through the papers to decide whether any action is needed.",
        "The data watchdog said it was weighing up its options after the loss.",
        # its file closed, no outcome told
        "The Information Commissioner's Office has since closed the file on the matter.",
    ],
)
def test_a_decision_to_come_or_a_closed_file_is_no_inquiry(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert actions_in(_sent(nlp, _LEAD + text, 1)) == []
    inc = primary(nlp, text)
    assert (inc.regulator, inc.action) == (_ICO, None)  # still the incident's regulator


def test_without_a_decision_word_the_same_regulator_is_asked(nlp) -> None:  # type: ignore[no-untyped-def]
    # the negative of the case above: the same regulator, going through the papers
    text = "The ICO is going through the papers to find out what went wrong."
    assert [a for a, _ in actions_in(_sent(nlp, _LEAD + text, 1))] == ["investigation"]


def _threshold_zero(tmp: Path) -> str:
    """The packaged data with the classifier's threshold at 0: whatever it is asked, it
    answers investigation, so a test sees only whether it was asked."""
    folder = tmp / "data"
    shutil.copytree(DATA_DIR, folder)
    toml = folder / "actions.toml"
    toml.write_text(
        re.sub(r"(?m)^threshold = .*$", "threshold = 0.0", toml.read_text(encoding="utf-8")),
        encoding="utf-8",
    )
    return str(folder)


@pytest.fixture(scope="module")
def ask_all(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return build_nlp(_threshold_zero(tmp_path_factory.mktemp("zero")))


@pytest.mark.parametrize(
    "line",
    [
        "Regulator: Information Commissioner's Office",
        "What is the ICO?",
        "Press release | Information Commissioner's Office | 4 March 2025",
        "The ICO added:",
    ],
)
def test_a_line_with_no_words_of_its_own_is_not_asked(ask_all, line: str) -> None:  # type: ignore[no-untyped-def]
    sent = _sent(ask_all, _LEAD + "\n\n" + line, 1)
    assert sent.regulators
    assert actions_in(sent) == []


def test_a_line_with_words_of_its_own_is_asked(ask_all) -> None:  # type: ignore[no-untyped-def]
    # the negative: the same regulator, with a few words saying what it did
    sent = _sent(ask_all, _LEAD + "\n\nThe ICO wrote to the chief constable last week.", 1)
    assert [a for a, _ in actions_in(sent)] == ["investigation"]


@pytest.mark.parametrize(
    "text",
    [
        "The ICO is the body that upholds information rights across Britain.",
        "The ICO, which is a public body, said so.",
        "The data watchdog is one of the regulators that oversee public bodies.",
    ],
)
def test_a_sentence_defining_the_regulator_is_not_asked(ask_all, text: str) -> None:  # type: ignore[no-untyped-def]
    assert actions_in(_sent(ask_all, _LEAD + text, 1)) == []


def test_a_regulator_that_is_doing_something_is_asked(ask_all) -> None:  # type: ignore[no-untyped-def]
    # the negative: "is" before a verb of doing, not before what the body is
    text = "The ICO is gathering evidence from the force about the lost notes."
    assert [a for a, _ in actions_in(_sent(ask_all, _LEAD + text, 1))] == ["investigation"]
