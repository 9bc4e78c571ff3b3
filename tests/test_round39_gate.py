"""Round 39: the raw scan's condition is part of the NLP's gate on every path.

A letter meeting a digit ends a word in the scan (a table glued to its figures names its
forces), the NLP's gate rejects what the scan of the cleaned text rejects (with its reason),
and `gate=False` still parses every page. Every text here was written for these tests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extract.models import Document
from extract.nlp import extract, extract_many
from extract.raw_scan import flatten, scan, scan_document

# A table whose cells lost their separators on the way to text: force names run into the
# figures before and after them, and the page names no force anywhere else.
GLUED_TABLE = (
    "Police data breaches, 2020-2022\n"
    "Force202020212022Norfolk Constabulary8811276Suffolk Constabulary5963101"
    "Source: information requests\n\n"
    "Campaigners said the numbers should be published each year."
)
# Mentions the police, names no force, place or national figure: the scan rejects it.
NO_FORCE = (
    "A man was arrested after a car was driven into a shop window on Saturday night.\n\n"
    "Police said nobody was hurt and asked witnesses to come forward."
)


def test_flattening_ends_a_word_where_a_letter_meets_a_digit() -> None:
    flat = flatten(b"<td>Constabulary9410188Suffolk</td><td>2019a</td><td>b2c</td>")
    assert flat == b" Constabulary 9410188 Suffolk 2019 a b 2 c "
    assert flatten(b"<p>Kent Police 2021</p>") == b" Kent Police 2021 "


@pytest.mark.parametrize(
    "text",
    [
        GLUED_TABLE,
        "Officers shared data.\nForce2019Suffolk12",  # a place glued on both sides
        "Officers shared data.\nRankGwent Police1Dyfed-Powys Police2",
        "Breaches: 2021Kent Police44 (FOI).",
    ],
)
def test_a_force_glued_to_figures_is_kept_by_both_looks(text: str) -> None:
    raw = text.encode()
    assert scan(raw).keep, text
    assert scan(raw).keep == scan(raw, first_look=False).keep
    assert scan_document(Document(text=text)).keep, text


def test_the_glued_table_keeps_its_rows_with_the_gate_on() -> None:
    doc = Document(text=GLUED_TABLE, published=date(2023, 2, 1))
    full = extract(doc, gate=False)
    rows = {(c.force, c.period, c.count) for c in full.breach_counts}
    assert ("Norfolk Constabulary", "2020", 88) in rows, rows
    assert ("Suffolk Constabulary", "2022", 101) in rows, rows
    assert extract(doc) == full
    assert next(extract_many([doc])) == full


def test_a_page_the_scan_rejects_gives_the_scan_reason() -> None:
    doc = Document(text=NO_FORCE)
    verdict = scan_document(doc, headline=False)
    assert not verdict.keep
    gated = extract(doc)
    assert not gated.relevant and gated.relevance_reason == verdict.reason
    assert gated.relevance_reason.startswith("scan of the cleaned text:")
    assert [e.relevance_reason for e in extract_many([doc, doc])] == [verdict.reason] * 2


def test_gate_false_still_parses_every_page() -> None:
    doc = Document(text=NO_FORCE + "\n\nKent Police later said the car had been stolen.")
    assert extract(doc).relevance_reason != scan_document(doc).reason  # kept: a force named
    bare = Document(text=NO_FORCE)
    full = extract(bare, gate=False)
    assert not full.relevant
    assert not full.relevance_reason.startswith("scan of the cleaned text")  # the NLP's reason
    assert [e.relevance_reason for e in extract_many([bare], gate=False)] == [full.relevance_reason]


def test_a_pipeline_from_another_data_folder_keeps_the_cheap_look_only(tmp_path: Path) -> None:
    """The scan's vocabulary is the shipped data's: with another data folder only the cheap
    look gates, so a page the scan would reject is parsed."""
    import shutil

    from extract.nlp import build_nlp

    data = tmp_path / "data"
    shutil.copytree(Path(__file__).resolve().parent.parent / "extract" / "data", data)
    nlp = build_nlp(str(data))
    doc = Document(text=NO_FORCE)
    assert extract(doc, nlp) == extract(doc, nlp, gate=False)


# A force called by the nation, capital or town it polices, in every shape the forces
# component reads (nations.toml): the scan must keep each, since the full path finds a force.
DESCRIBED = [
    "The police service in Northern Ireland published its officers' surnames by mistake in 2023.",
    "The force in Scotland emailed a victim's statement to the wrong address in 2022.",
    "The constabulary in Belfast emailed victims' personal data to the wrong person in 2021.",
    "The police force in London sent informants' names to a reporter in 2020.",
    "The Scottish national police service lost a laptop of witness details in 2019.",
    "The capital's force posted a spreadsheet of officers' home addresses online in 2022.",
    "London's national police service shared a victim's address with her attacker in 2021.",
    "The force in Plymouth emailed a list of informants to a journalist in 2023.",
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_a_force_described_by_where_it_polices_is_kept(text: str) -> None:
    doc = Document(text=text)
    full = extract(doc, gate=False)
    assert full.forces, text  # the extractor reads a force (a story of it is relevant) ...
    assert scan_document(doc, headline=False).keep, text  # ... so the scan must
    assert extract(doc) == full
