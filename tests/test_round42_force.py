"""Round 42 (r42-force): a force whose name a reporter misspelt is kept by the scans.

The force gazetteer already matched a force's own name with its long first word misspelt
("Leicestshire Police"), but the raw-page scan and the NLP's gate (which run without spaCy)
looked only for names as written, so such a page was rejected before the gazetteer saw it.
The test now lives in extract/typos.py, which both the gazetteer and the scans use.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.models import Document
from extract.nlp import extract
from extract.raw_scan import scan, scan_document
from extract.typos import allowed_edits, names_misspelt_force, within

# (page, the force it names misspelt)
MISSPELT = [
    (
        "Force apologises\n\nLeicestshire Police has apologised after an email listing 200 "
        "informants went to the wrong person in 2022.",
        "Leicestershire Police",
    ),
    (
        "Police data leak\n\nNottinghamshre Police accidentally published the details of 300 "
        "crime victims on its website in 2020, the ICO said.",
        "Nottinghamshire Police",
    ),
    (
        "Data breach\n\nNorthumbia Police sent the personal data of 80 victims to the wrong "
        "recipient in 2021.",
        "Northumbria Police",
    ),
    (
        "Laptop lost\n\nStaffordshre Constabulary lost an unencrypted laptop holding witness "
        "statements in 2019, the force admitted.",
        "Staffordshire Police",
    ),
    (
        "Reprimand\n\nThe Metropolitian Police was reprimanded by the ICO after officers "
        "disclosed a victim's address to her former partner in 2023.",
        "Metropolitan Police Service",
    ),
    (
        "Files found\n\nWarwickshrie Police said files about 40 suspects were found in a skip "
        "in 2018.",
        "Warwickshire Police",
    ),
]

# Pages that name no force, however close a word comes to one.
NO_FORCE = [
    # a long word near a force's place, but no police word after it
    "Leicestshire council sent the wrong letters to 300 tenants in 2022.",
    # the police word, but the word before it is three edits from any force's place
    "Lancasterton Police is a fictional force in a television drama.",
    # a short place is never tried misspelt ("Kent" is one edit from too many words)
    "Knet Police is a band playing in Leeds on Friday.",
]


@pytest.mark.parametrize(("text", "force"), MISSPELT)
def test_a_misspelt_force_is_kept_by_both_scans_and_found(text: str, force: str) -> None:
    doc = clean(text.encode(), path="page.txt")
    assert scan(text.encode(), None).keep, text
    assert scan_document(doc).keep, text
    found = {i.force for i in extract(doc).incidents}
    assert force in found, (text, found)


@pytest.mark.parametrize("text", NO_FORCE)
def test_no_force_misspelt_or_not_still_rejected(text: str) -> None:
    assert not scan_document(Document(text=text)).keep, text
    assert not extract(Document(text=text), gate=False).relevant, text


def test_markup_between_the_words_is_slack_only_for_the_raw_page() -> None:
    html = b"<p>Officers of <a href='/x'>Leicestshire</a> <b>Police</b> lost a laptop.</p>"
    assert scan(html, None).keep
    folded = "officers of leicestshire a b police lost a laptop"
    assert not names_misspelt_force(folded)
    assert names_misspelt_force(folded, slack=2)


def test_a_possessive_between_the_words_is_allowed() -> None:
    assert names_misspelt_force("cambridgshire s police force")


@pytest.mark.parametrize(
    ("word", "target", "edits", "close"),
    [
        ("leicestshire", "leicestershire", 2, True),
        ("leicstshire", "leicestershire", 2, False),
        ("northumbia", "northumbria", 1, True),
        ("northumbira", "northumbria", 1, False),  # a swap is two edits
        ("kent", "kent", 0, True),
    ],
)
def test_bounded_edit_distance(word: str, target: str, edits: int, close: bool) -> None:
    assert within(word, target, edits) is close


def test_edits_grow_with_the_word() -> None:
    assert [allowed_edits(w) for w in ("kent", "surrey", "lancashire")] == [0, 1, 2]


def test_every_misspelt_name_the_gazetteer_finds_the_scan_keeps(nlp) -> None:  # type: ignore[no-untyped-def]
    """The two tests agree: each force name tried misspelt (a letter dropped from the middle
    of its first word) is that force's span in the pipeline and keeps its page in the scan."""
    from extract.aliases import force_aliases
    from extract.typos import force_names

    canonical = {a.text: a.canonical for a in force_aliases()}
    checked = 0
    for name in force_names():
        first, _, rest = name.partition(" ")
        if len(first) < 8 or "-" in first or "'" in name or not rest:
            continue
        misspelt = f"{first[:5]}{first[6:]} {rest}"
        text = f"Yesterday {misspelt} lost a laptop."
        parsed = nlp(text)
        assert canonical[name] in {s.label_ for s in parsed.spans["forces"]}, misspelt
        assert scan_document(Document(text=text)).keep, misspelt
        assert scan(text.encode(), None).keep, misspelt
        checked += 1
    assert checked > 20
