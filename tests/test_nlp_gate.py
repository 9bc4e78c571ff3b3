"""The relevance pre-gate (extract.relevance_gate, then the raw scan's condition on the cleaned
text): it skips spaCy only where the full pipeline would find no force, no incident and no
tally, and extract_many keeps documents in order."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language

from extract.clean import clean
from extract.errors import RejectedDocument
from extract.models import Document
from extract.nlp import extract, extract_many
from extract.raw_scan import scan_document
from extract.relevance_gate import gate_pattern, mentions_police

DATA = Path(__file__).parent / "data"
_SUFFIXES = (".txt", ".html", ".htm", ".html.gz")


def _corpus() -> list[tuple[str, Document]]:
    """Every article in tests/data (eval dev/audit, dedup, clean, site pages, aeb pages),
    cleaned as the loader would clean it."""
    out = []
    for path in sorted(DATA.rglob("*")):
        if not path.is_file() or not path.name.endswith(_SUFFIXES):
            continue
        try:
            out.append((str(path.relative_to(DATA)), clean(path.read_bytes(), path=str(path))))
        except RejectedDocument:
            continue
    return out


CORPUS = _corpus()


@pytest.mark.parametrize(
    "text",
    [
        "Greater Manchester Police was fined.",
        "GMP apologised for the error.",
        "Kent officers lost a memory stick.",
        "The Chief Constable of Kent wrote to victims.",
        "Heddlu Gwent said the files were recovered.",
        "Scotland Yard confirmed the leak.",
        "The POLICE said nothing.",
        "Durham Constabulary was reprimanded.",
    ],
)
def test_gate_passes_texts_naming_police(text: str) -> None:
    assert mentions_police(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council was fined by the ICO over a spreadsheet of tenants.",
        "A recipe for spiced honey pear jam.",
        "gmp is not the acronym when written in lower case here.",
        "",
    ],
)
def test_gate_skips_texts_naming_no_police(text: str) -> None:
    assert not mentions_police(text)


def test_corpus_has_texts_on_both_sides_of_the_gate() -> None:
    gated = [name for name, doc in CORPUS if not mentions_police(doc.text)]
    assert len(CORPUS) >= 40
    assert gated, "no test text is skipped: the gate test below proves nothing"
    assert len(gated) < len(CORPUS)


@pytest.mark.parametrize("name,doc", CORPUS, ids=[name for name, _ in CORPUS])
def test_gate_never_changes_a_result_that_matters(name: str, doc: Document, nlp: Language) -> None:
    full = extract(doc, nlp, gate=False)
    gated = extract(doc, nlp, gate=True)
    assert gated.relevant == full.relevant
    assert gated.incidents == full.incidents
    assert gated.breach_counts == full.breach_counts
    assert gated.national_counts == full.national_counts
    assert gated.outcome_counts == full.outcome_counts
    if not mentions_police(doc.text):  # skipped: the full pipeline found nothing either
        assert not full.relevant and not full.forces
        assert not full.incidents and not full.breach_counts
        assert gated.relevance_reason == "no UK police force named"
    elif not (verdict := scan_document(doc, headline=False)).keep and not verdict.national:
        # the cleaned-text scan (a rejected page with a phrase of a figure for all forces is
        # parsed all the same: `extract.nlp._gate`)
        # Irrelevant with no incident and no figure either way; only the reason differs, and
        # the list of forces named in passing, which spaCy alone reads on such a page.
        assert not full.relevant
        assert gated.relevance_reason == verdict.reason and not gated.forces
    else:
        assert gated == full


def test_extract_many_keeps_order_with_skipped_documents() -> None:
    docs = [doc for _, doc in CORPUS[:30]]
    docs += [replace(docs[0], text="A recipe for jam."), replace(docs[0], text="")]
    many = list(extract_many(docs, batch_size=4))
    assert many == [extract(doc) for doc in docs]
    assert many[-1].relevance_reason == "no UK police force named"


@pytest.mark.parametrize(
    "text",
    [
        "The poLİce said nothing.",  # İ, ı, ſ and the Kelvin sign match ASCII letters in (?i)
        "Poıice Scotland",
        "ſcotland Yard",
        "\u212aent Police",
        "SCOTLAND YARD and the PSNI",
        "psni in lower case, policy and forcing words",
        "Le café de la Polícia",
        "",
    ],
)
def test_the_fast_gate_answers_as_the_regex_does(text: str) -> None:
    assert mentions_police(text) == (gate_pattern().search(text) is not None)


def test_a_non_ascii_key_falls_back_to_the_case_insensitive_regex(monkeypatch) -> None:
    from extract import relevance_gate

    monkeypatch.setattr(relevance_gate, "_gate_keys", lambda data_dir=None: (["heddlu", "ŵyr"], []))
    relevance_gate._fast_patterns.cache_clear()
    try:
        assert relevance_gate._fast_patterns() is None
        assert mentions_police("Ŵyr Police") == (gate_pattern().search("Ŵyr Police") is not None)
    finally:
        relevance_gate._fast_patterns.cache_clear()
