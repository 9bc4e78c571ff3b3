"""Single breaches told on statistics pages (extract.assemble, extract.rules.attribution):
which stories beside a page's figures become incidents, and what each one is. Paraphrases
written for these tests."""

from __future__ import annotations

from datetime import date

from extract.models import Document, Extraction
from extract.nlp import extract

PUBLISHED = date(2024, 3, 1)


def run(text: str, nlp) -> Extraction:  # type: ignore[no-untyped-def]
    return extract(Document(text=text, published=PUBLISHED), nlp)


def incidents(ex: Extraction) -> set[tuple[str, str | None, int | None]]:
    return {(i.force, i.breach_type, i.breach_year) for i in ex.incidents}


def test_what_follows_a_case_is_the_cases_not_the_pages(nlp) -> None:  # type: ignore[no-untyped-def]
    # The regulator told of the theft is told of the one case, not of a breach of the page's
    # own: the page's figures (and its talk of misdirected letters) stay no incident.
    text = (
        "Sussex Police data breaches climb\n\nSussex Police recorded 120 data breaches in "
        "2022, up from 95 in 2021, figures released under the Freedom of Information Act "
        "show. Letters posted to the wrong address were the most frequent mistake. In one "
        "case, in March 2022, a laptop holding witness statements was stolen from an "
        "officer's car. The force reported the theft to the Information Commissioner's "
        "Office, which took no further action."
    )
    ex = run(text, nlp)
    assert ex.relevant
    assert incidents(ex) == {("Sussex Police", "loss_or_theft_of_device", 2022)}
    [case] = ex.incidents
    assert case.regulator == "Information Commissioner's Office"


def test_a_case_opened_mid_sentence_is_an_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    # "..., and one officer was sacked after ...": one case told in the second clause of a
    # sentence about people disciplined.
    text = (
        "Hundreds of data breaches at Dorset Police\n\nDorset Police logged 310 data breaches "
        "in 2022, according to figures obtained under the Freedom of Information Act. Seven "
        "members of staff were disciplined over the breaches, and one officer was sacked "
        "after accessing records about his former partner."
    )
    ex = run(text, nlp)
    assert incidents(ex) == {("Dorset Police", "unauthorised_access", None)}


def test_a_clause_without_a_case_cue_is_no_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hundreds of data breaches at Dorset Police\n\nDorset Police logged 310 data breaches "
        "in 2022, according to figures obtained under the Freedom of Information Act. Seven "
        "members of staff were disciplined over the breaches, and the force said it was "
        "reviewing training."
    )
    assert run(text, nlp).incidents == []


def test_a_number_ending_in_one_opens_no_case(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Twenty-one of these ...": a figure of the breaches, not one of them told as a case.
    text = (
        "Data breaches at Wiltshire Police\n\nWiltshire Police recorded 240 data breaches in "
        "2023, figures released under the Freedom of Information Act show. Twenty-one of "
        "these involved staff looking at records without a policing purpose."
    )
    ex = run(text, nlp)
    assert ex.relevant
    assert ex.incidents == []
