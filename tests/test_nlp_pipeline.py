"""The pipeline contract: blank English + our components, cached, robust, offsets exact."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest

from extract import EXTRACTOR_VERSION
from extract.models import Document, Extraction
from extract.nlp import PIPES, build_nlp, extract, extract_many, get_nlp

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

ARTICLE = (
    "Durham Constabulary fined £90,000 over lost laptop\n\n"
    "Durham Constabulary has been fined £90,000 by the Information Commissioner's Office "
    "after an unencrypted laptop holding witness statements was stolen from a car in 2019.\n\n"
    "The force said it had since encrypted every device."
)


def test_get_nlp_is_cached_and_has_no_statistical_model(nlp):
    assert get_nlp() is nlp
    assert nlp.pipe_names == ["sentencizer", *PIPES]
    assert nlp.meta.get("vectors", {}).get("width", 0) == 0
    assert not any(name in nlp.pipe_names for name in ("tagger", "parser", "ner"))


def test_build_nlp_gives_a_fresh_pipeline(nlp):
    assert build_nlp() is not nlp


def test_extract_returns_an_extraction_with_version(nlp):
    ex = extract(Document(text=ARTICLE), nlp)
    assert isinstance(ex, Extraction)
    assert ex.extractor_version == EXTRACTOR_VERSION
    assert ex.relevant
    assert ex.forces == ["Durham Constabulary"]


def test_evidence_offsets_point_into_the_document_text(nlp):
    text = ARTICLE
    ex = extract(Document(text=text), nlp)
    evidence = [e for i in ex.incidents for e in i.evidence]
    assert {e.field for e in evidence} >= {"force", "fine_amount", "breach_year", "breach_type"}
    for e in evidence:
        assert text[e.start : e.end] == e.sentence
        assert e.sentence.strip() == e.sentence


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "Kent Police",
        "£££ 2019 2020s ICO GMP GMB",
        "\x00\x01 binary-ish \ufffd\ufffd text",
        "Greater Manchester Police fined £1",
        "拢" * 50,
    ],
)
def test_never_crashes_on_odd_input(nlp, text):
    ex = extract(Document(text=text), nlp)
    assert isinstance(ex.relevant, bool)
    assert ex.relevance_reason


def test_random_truncations_keep_offsets_exact(nlp):
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    rnd = random.Random(7)
    for text in texts:
        for _ in range(15):
            a = rnd.randrange(len(text))
            piece = text[a : rnd.randrange(a, len(text) + 1)]
            ex = extract(Document(text=piece), nlp)
            for fact in ex.incidents:
                for e in fact.evidence:
                    assert piece[e.start : e.end] == e.sentence


def test_extract_many_keeps_order_and_matches_extract(nlp):
    docs = [Document(text=p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    docs.append(Document(text=ARTICLE, published=date(2020, 1, 1)))
    one_by_one = [extract(d, nlp).to_json() for d in docs]
    batched = [e.to_json() for e in extract_many(docs, batch_size=2)]
    assert batched == one_by_one


@pytest.mark.slow
def test_extract_many_with_worker_processes(nlp):
    docs = [Document(text=p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    docs = docs * 3
    expected = [extract(d, nlp).to_json() for d in docs]
    assert [e.to_json() for e in extract_many(docs, n_process=2, batch_size=2)] == expected


def test_a_data_dir_replaces_the_data_for_components_and_rules(tmp_path) -> None:
    """`build_nlp(data_dir)`: the rules read the same data files as the components."""
    import shutil
    import tomllib
    from pathlib import Path

    from extract.datafiles import DATA_DIR
    from extract.nlp import build_nlp

    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    actions = tomllib.loads((Path(DATA_DIR) / "actions.toml").read_text())["severity"]
    reordered = ["reprimand", *[a for a in actions if a != "reprimand"]]
    (data / "actions.toml").write_text(f"severity = {reordered!r}\n".replace("'", '"'))
    text = (
        "The ICO issued an enforcement notice to Gwent Police and reprimanded the force over a "
        "data breach."
    )
    packaged = extract(Document(text=text), build_nlp())
    own = extract(Document(text=text), build_nlp(str(data)))
    assert packaged.incidents[0].action == "enforcement_notice"
    assert own.incidents[0].action == "reprimand"  # the rule read the replaced severity order
