"""The raw scan keeps what the forces component can read as a force: a town, nation or capital
its people are placed in, and a bare short form before its people (round 38: these pages were
rejected by the scan of crawls and WARC loads although the extractor finds them relevant)."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract
from extract.raw_scan import scan, scan_document

KEPT = [
    "Officers in Cardiff posted a rape victim's statement to her neighbour by mistake in 2021.",
    "Detectives in Exeter left a bag of witness statements on a bus in 2020, the ICO said.",
    "Police in Northern Ireland wrongly published the names of 300 staff online in 2022.",
    "Scotland's police service emailed a list of informants to a journalist in 2019.",
    "A Met sergeant searched the crime database for his former partner's address in 2018.",
]
REJECTED = [
    "Floods in Cardiff closed roads and schools on Tuesday, the council said.",
    "The Met Office warned of snow across Scotland's hills this weekend.",
]


@pytest.mark.parametrize("text", KEPT)
def test_a_force_named_by_its_place_or_short_form_is_kept(text: str) -> None:
    doc = Document(text=text)
    assert extract(doc, gate=False).relevant, text  # the extractor keeps it ...
    assert scan_document(doc).keep, text  # ... so the scan must
    assert scan(text.encode(), None).keep, text


@pytest.mark.parametrize("text", REJECTED)
def test_a_place_without_a_police_word_is_still_rejected(text: str) -> None:
    assert not scan_document(Document(text=text)).keep, text
